"""Transcript turns: a paragraph that opens with a speaker label in capitals and a colon.

Interviews and debates are printed as 'OKAFOR: Are you saying …' with no quotation marks;
each turn is a direct statement of the labelled speaker, whose label is usually a surname
named earlier in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from crossroads.attribution.candidates import Candidate
from crossroads.attribution.direct import TokenIndex

_TURN = re.compile(
    r"(?:^|\n)[\"“']?([A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}):[ \t]+(\S[^\n]*)"
)
MIN_TURN_CHARS = 12


def find_transcript_turns(doc: Doc, index: TokenIndex, text: str) -> Iterator[Candidate]:
    """A direct statement for every labelled turn of a transcript (`text` is `doc.text`)."""
    for match in _TURN.finditer(text):
        label_end = match.end(1)
        start, end = match.span(2)
        end = _trim_end(text, start, end)
        if end - start < MIN_TURN_CHARS or len(match.group(1)) < 2:
            continue
        speaker = index.at(label_end - 1)
        colon = index.at(label_end)
        if not _is_label(doc[speaker], match.group(1)):
            continue
        yield Candidate("direct", "speech", colon, colon + 1, start, end, speaker)


def _is_label(token: Token, label: str) -> bool:
    """CAPITALS ("PELL:") or a person's name ("Pat Rowe: …", a headline's speaker)."""
    if token.pos_ not in ("PROPN", "NOUN"):
        return False
    return label.isupper() or token.ent_type_ == "PERSON"


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"”'"):
        end -= 1
    return end


__all__ = ["find_transcript_turns"]
