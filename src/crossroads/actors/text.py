"""Tokens and lookup keys shared by the gazetteer and the resolver.

Both sides of a lookup go through `tokenize`, so a dictionary phrase and a stretch of article
text produce the same key whatever their hyphens, curly apostrophes, dots ("U.S.") or diacritics
("Türkiye", "Erdoğan"). Offsets stay in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

# A dotted abbreviation (U.S., U.A.E.), a word, or a possessive 's (straight or curly). A
# tokenised corpus spaces the possessive ("Russia 's", "Russia ’ s"): the token then starts at
# the space, so it stays glued to the name before it, and its key is still "'s".
TOKEN_RE = re.compile(r"[^\W_]+(?:(?:\.[^\W_]+)+\.?)?|[ ]?['’ʼ][ ]?s\b")
_FOLD = str.maketrans({"’": "'", "ʼ": "'", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss"})


class Token(NamedTuple):
    """A word of the text: its lookup key, its surface form and its offsets."""

    key: str
    text: str
    start: int
    end: int


@lru_cache(maxsize=1 << 17)
def fold(word: str) -> str:
    """The lookup key of one word: lower case, no dots, no spaces (a spaced possessive), no
    diacritics, straight apostrophe.

    Cached: an article repeats its words, and every token of every article is folded."""
    word = word.lower().translate(_FOLD).replace(".", "").replace(" ", "")
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokenize(text: str) -> list[Token]:
    """Split text into lookup tokens, keeping offsets into `text`."""
    tokens = []
    make = tuple.__new__  # Token's own __new__ is a Python function: this is the hot loop
    for match in TOKEN_RE.finditer(text):
        word = match.group()
        start, end = match.span()
        tokens.append(make(Token, (fold(word), word, start, end)))
    return tokens


def phrase_key(phrase: str) -> str:
    """The key of a dictionary phrase: its folded tokens joined by single spaces."""
    if phrase.isascii() and phrase.replace(" ", "").isalpha():
        return " ".join(phrase.lower().split())  # the common case, without the regex
    return " ".join(t.key for t in tokenize(phrase))


def is_acronym(form: str) -> bool:
    """An all-capitals form (US, WHO, U.N.) must match with the same case: "us", "who" are words."""
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=65536)
def _form_words(form: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(form))


def case_matches(form: str, surface: Sequence[str]) -> bool:
    """Whether the words `surface` may stand for the dictionary phrase `form` (see
    `_case_matches`); cached, since the same names recur across articles."""
    return _case_matches(form, tuple(surface))


@lru_cache(maxsize=1 << 16)
def _case_matches(form: str, surface: tuple[str, ...]) -> bool:
    """Whether the words `surface` may stand for the dictionary phrase `form`.

    Each capitalised word of the form needs a capital in the text (so "turkey", "male" and
    "the west coast" are not Türkiye, Malé and the West), an acronym word its exact capitals
    ("US", not "us"); lower-case words match any case.
    """
    words = _form_words(form)
    if len(words) != len(surface):
        return False
    for want, got in zip(words, surface, strict=True):
        if is_acronym(want):
            if got.replace(".", "") != want.replace(".", ""):
                return False
        elif want[:1].isupper() and not (got[:1].isupper() or got[:1].isdigit()):
            return False
    return True
