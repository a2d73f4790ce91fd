"""Tokens and lookup keys shared by the gazetteer and the resolver.

Both sides of a lookup go through `tokenize`, so a dictionary phrase and a stretch of article
text produce the same key whatever their hyphens, curly apostrophes, dots ("U.S.") or diacritics
("Türkiye", "Erdoğan"). Offsets stay in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

# A dotted abbreviation (U.S., U.A.E.), a word, or a possessive 's (straight or curly).
_TOKEN_RE = re.compile(r"[^\W_]+(?:\.[^\W_]+)+\.?|[^\W_]+|['’ʼ]s\b")
_FOLD = str.maketrans({"’": "'", "ʼ": "'", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss"})


class Token(NamedTuple):
    """A word of the text: its lookup key, its surface form and its offsets."""

    key: str
    text: str
    start: int
    end: int


def fold(word: str) -> str:
    """The lookup key of one word: lower case, no dots, no diacritics, straight apostrophe."""
    word = word.lower().translate(_FOLD).replace(".", "")
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokenize(text: str) -> list[Token]:
    """Split text into lookup tokens, keeping offsets into `text`."""
    return [Token(fold(m.group()), m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def phrase_key(phrase: str) -> str:
    """The key of a dictionary phrase: its folded tokens joined by single spaces."""
    return " ".join(t.key for t in tokenize(phrase))


def is_acronym(form: str) -> bool:
    """An all-capitals form (US, WHO, U.N.) must match with the same case: "us", "who" are words."""
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def case_matches(form: str, surface: str) -> bool:
    """Whether text written as `surface` may stand for the dictionary phrase `form`.

    Acronyms need the exact capitals; a capitalised name needs a capital first letter (so
    "turkey" and "male" are not Türkiye and Malé); a lower-case form matches any case.
    """
    if is_acronym(form):
        return surface.replace(".", "") == form.replace(".", "")
    if form[:1].isupper():
        return surface[:1].isupper() or surface[:1].isdigit()
    return True
