"""Attribution: who said what, as direct, indirect and according-to statements.

`extract_statements(doc, published=...)` reads a parsed article and returns `Statement`
records whose speakers are resolved (pronouns, descriptions and surnames to the full name or
institution named earlier) and coded as actors. The cue lexicon and the speaker descriptions
are data files under `crossroads/attribution/data/`.
"""

from crossroads.attribution.extract import extract_statements

__all__ = ["extract_statements"]
