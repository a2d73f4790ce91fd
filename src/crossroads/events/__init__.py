"""Events stage: PLOVER event coding of a parsed article (see docs/events.md).

`code_events(doc, statements, published=...)` returns the article's events; the ontology, the
verb and pattern rules and the modifier cues are data files under `data/`.
"""

from crossroads.events.coder import code_events
from crossroads.events.ontology import PLOVER_TYPES, plover_of_cameo

__all__ = ["PLOVER_TYPES", "code_events", "plover_of_cameo"]
