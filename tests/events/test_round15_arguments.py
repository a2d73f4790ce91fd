"""Round 15 argument rules: sources and targets of events found wrong or missing on real news
(a named party lost as the target, a wrong target, a wrong source).

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code_attributed, triples


def test_the_indirect_object_of_a_promised_gift_is_the_recipient() -> None:
    found = triples(code_attributed("Kenya agreed to give Uganda an extension."))
    assert ("AGREE", "KEN", "UGA") in found
    # a thing given to no party names no recipient
    found = triples(code_attributed("Kenya agreed to give the plan a second look."))
    assert ("AGREE", "KEN", None) in found
