"""Direct quotations found from the quotation marks alone, before any parse is read.

Newswire uses every style: straight double quotes, curly quotes, guillemets, German low-high
quotes, and single quotes (which are also apostrophes). A quote may run over several paragraphs:
by convention each new paragraph re-opens the quote and only the last one closes it. The scan is
one pass over the quotation marks, so it is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"''|``|[\"“”«»„‘’']|\n\s*\n")
# '' and `` are the doubled single quotes of older newswire and of typewriter-style text.
_DOUBLE_OPEN = {"“": "”", "«": "»", "„": "“", '"': '"', "''": "''", "``": "''"}
_ALSO_CLOSES = {"„": "”", "“": '"', '"': "”"}
_SINGLE_OPEN = {"‘": "’", "'": "'"}
_OPEN_BEFORE = " \t\n([{—–-/:;,"
MAX_SINGLE = 400
# Marks with one direction only: a space beside them cannot make them mean the other thing.
_SPACED_OPENERS = frozenset({"«", "“", "``"})
_SPACED_CLOSERS = frozenset({"»", "”", "''"})


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: `start`/`end` bound the words between the marks (marks excluded)."""

    start: int
    end: int
    open_mark: int
    close_mark: int

    def contains(self, pos: int) -> bool:
        return self.open_mark <= pos <= self.close_mark


def _opens(text: str, i: int, width: int = 1) -> bool:
    """A mark opens a quote when it starts a word: after a space or at the start. Marks that
    only ever open (guillemets, curly and doubled opening quotes) may be set off by a space,
    as French typesetting and tokenised newswire ("“ We will win , ” she said") do."""
    after = i + width
    before_ok = i == 0 or text[i - 1] in _OPEN_BEFORE
    spaced_ok = text[i : i + width] in _SPACED_OPENERS or (
        after < len(text) and not text[after].isspace()
    )
    return before_ok and after < len(text) and spaced_ok


def _closes(text: str, i: int, width: int = 1) -> bool:
    """A mark closes a quote when it ends a word: not between two letters (an apostrophe).
    A mark that only ever closes (”, », '') may follow a space."""
    if i == 0 or (text[i - 1].isspace() and text[i : i + width] not in _SPACED_CLOSERS):
        return False
    return i + width >= len(text) or not text[i + width].isalnum()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Without surrounding spaces and a trailing comma ("We will win," she said)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _make(text: str, open_mark: int, close_mark: int, width: int = 1) -> Quote | None:
    start, end = _strip(text, open_mark + width, close_mark)
    return Quote(start, end, open_mark, close_mark) if end > start else None


def find_quotes(text: str) -> list[Quote]:
    """Every balanced quotation in `text`, in order, outermost only."""
    quotes: list[Quote] = []
    state = _ScanState()
    for match in _MARK.finditer(text):
        quote = state.feed(text, match)
        if quote is not None:
            quotes.append(quote)
    return quotes


class _ScanState:
    """The open quote, if any, while scanning the marks of a text left to right."""

    def __init__(self) -> None:
        self.open_at = -1
        self.closer = ""
        self.single = False
        self.skip = -1

    def feed(self, text: str, match: re.Match[str]) -> Quote | None:
        mark, i = match.group(), match.start()
        if mark[0] == "\n":
            self._paragraph_break(text, match.end())
            return None
        if i == self.skip:
            return None
        if self.open_at < 0:
            self._try_open(text, mark, i)
            return None
        return self._try_close(text, mark, i)

    def _try_open(self, text: str, mark: str, i: int) -> None:
        if mark in _DOUBLE_OPEN and _opens(text, i, len(mark)):
            self.open_at, self.closer, self.single = i, mark, False
        elif mark in _SINGLE_OPEN and _opens(text, i):
            self.open_at, self.closer, self.single = i, mark, True

    def _try_close(self, text: str, mark: str, i: int) -> Quote | None:
        opener = self.closer
        table = _SINGLE_OPEN if self.single else _DOUBLE_OPEN
        wanted = {table[opener], _ALSO_CLOSES.get(opener, table[opener])}
        if self.single and i - self.open_at > MAX_SINGLE:
            self.open_at = -1
            self._try_open(text, mark, i)
            return None
        if mark not in wanted or not _closes(text, i, len(mark)):
            return None
        open_at, self.open_at = self.open_at, -1
        return _make(text, open_at, i, len(opener))

    def _paragraph_break(self, text: str, next_start: int) -> None:
        """A new paragraph re-opening a double quote continues it; otherwise it is dropped."""
        if self.open_at < 0:
            return
        continues = text[next_start : next_start + 1] in _DOUBLE_OPEN
        if self.single or not continues:
            self.open_at = -1
            return
        self.skip = next_start


__all__ = ["Quote", "find_quotes"]
