"""Clean text scraped from news pages: the article body, its title and related headlines.

Scraped text keeps what the browser showed around an article: navigation ("Previous Article"),
comment prompts, share buttons, stray script values ("false"), other articles' headlines. No
library cleans this in plain text, so the rules are ours (docs/cleaning.md). The phrases are
data, one TSV file per language under `extract/debris/`; this module only holds the rules.

The cleaner never rewrites a line: it keeps or drops whole lines (joining the lines of a
hard-wrapped paragraph with a space), so every paragraph of the body can be found in the input.
It is linear in the size of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from crossroads.model import Related

KINDS = frozenset(
    {
        "line",
        "prefix",
        "suffix",
        "contains",
        "tokens",
        "regex",
        "inline",
        "dateword",
        "month",
        "separator",
    }
)
# `dateword` roles that say which date a header line gives ("Published: …", "Updated: …"), and
# the little words a written date may hold ("24 de febrero", "1er mars", "March 3rd").
MARKER_ROLES = frozenset({"published", "updated"})
FILLER_ROLES = frozenset({"filler", "ordinal"})
MONTH_NUMBERS = frozenset(str(number) for number in range(1, 13))
# Roles that open a list of other articles: headlines right after them are `related`.
OPENERS = frozenset({"nav", "pager", "related"})
# Roles after which a list of headlines is over.
CLOSERS = frozenset(
    {"comment", "comment-link", "subscribe", "copyright", "follow", "auth", "cookie", "tags"}
)
# How strongly a debris line separates two runs of prose (see _scores). Article navigation
# ("Next Article") and comment prompts end the article: what follows them is another article's
# teaser or readers' comments, prose that must not join the body however long it is.
HARD_BARRIER = 10**12
BARRIER_PENALTY = {
    "nav": HARD_BARRIER,
    "comment": HARD_BARRIER,
    "related": 100,
    "comment-link": 150,
}
# Prose seen before an end-of-article marker for later prose to be discounted (see _scores):
# a standfirst or a disclaimer above a "Comments" button does not make an article.
ENDED_AFTER_CHARS = 300
# A short line costs 40, the next one in a row 80 and each one after it 80: one subheading
# inside an article costs little, a menu of twenty labels separates what is on either side
# (80 measured best on whole-page text of the extraction benchmark, see docs/cleaning.md).
SHORT_PENALTY = 40
MAX_SHORT_PENALTY = 80
# Prose after the end of the article counts for a tenth (readers' comments, teasers).
AFTER_END_DISCOUNT = 10
# A prefix of these roles does not apply to a line that ends like a sentence ("Posted in Kabul
# since 2019, the envoy…", "More from the statement was released…") unless the prefix ends
# with a colon ("Photo: …", "Read more: …") and the line has at most GUARD_WORDS words.
GUARDED_ROLES = frozenset({"tags", "meta", "caption", "related"})
GUARD_WORDS = 12
PREFIX_MAX_WORDS = 30
CONTAINS_MAX_WORDS = 60
REGEX_MAX_CHARS = 300
LINE_MAX_CHARS = 300
DATELINE_MAX_WORDS = 10
# A header line with a full date in it ("Afrique Horizons | 20 février 2026 | English edition")
# is a date line when it has at most this many words.
DATED_MAX_WORDS = 16
# Breadcrumbs and menus: each piece between separators has at most this many words and
# characters; two pieces suffice when the first is a menu word ("Startseite > Politik").
CRUMB_MAX_WORDS = 5
CRUMB_MAX_CHARS = 40
CRUMB_MIN_PIECES = 3
HEADLINE_MAX_WORDS = 20
HEADLINE_MAX_CHARS = 200
RELATED_MIN_WORDS = 3
# How far above the body its headline is looked for (bylines, date lines, share bars between).
TITLE_LOOKBACK = 12
# Lines above the title where its date is looked for when none is found below it.
DATE_ABOVE_TITLE = 3
# A line of at most this many words, or in capitals, looks like a site's name (see _site_name).
SITE_NAME_MAX_WORDS = 2
TITLE_CASE_RATIO = 0.6
TITLE_CASE_STRICT = 0.85
PROSE_MIN_WORDS = 3
PROSE_LONG_WORDS = 25
WRAP_MIN_WIDTH = 0.6
WRAP_FULL_WIDTH = 0.85

# Characters that take no room (and soft hyphens): removed. str.translate is slow on large
# non-ASCII texts, so a regular expression does it.
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
_APOSTROPHES = ("’", "‘", "`", "´", "ʼ")
_WORD = re.compile(r"\w+")
_FIRST_ALNUM = re.compile(r"[^\W_]")
_LEAD = re.compile(r"^[\W_]+")
_LETTER = re.compile(r"[^\W\d_]")
_TOKEN = re.compile(r"[^\s|,·•/]+")
_REST_LEAD = " :-–—|»›>"
_DATE_OR_TIME = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
)
# Numeric dates: year first (ISO), day first with dots (European), or with slashes or dashes,
# which are read only when the order cannot matter (see _numeric_dates).
_YEAR = r"(?:19|20)\d\d"
_YEAR_FIRST = re.compile(rf"(?<![\d.])({_YEAR})([-/.])([01]?\d)\2([0-3]?\d)(?!\d)")
_DOTTED = re.compile(rf"(?<![\d.])([0-3]?\d)\.([01]?\d)\.({_YEAR})(?![\d])")
_SLASHED = re.compile(rf"(?<![\d/-])([0-3]?\d)([/-])([0-3]?\d)\2({_YEAR})(?!\d)")
_NUMERIC_DAY = re.compile(rf"\d{{1,2}}[./-]\d{{1,2}}[./-]{_YEAR}|{_YEAR}[./-]\d{{1,2}}[./-]\d")
_HAS_YEAR = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
# Closing marks after a sentence's end, and the space tokenised text puts before them
# ("… with respect . ”").
_CLOSING = "\"'”’»)]}* "
_SENTENCE_END = ".!?…。！？"
_NO_HEADLINE_END = ".…,;:。"
_HINT_SEPARATORS = "|-–—:·•"


@dataclass(frozen=True, slots=True)
class CleanedText:
    """The article found in scraped text. `text` paragraphs are separated by a blank line."""

    title: str | None
    text: str
    related: tuple[Related, ...]
    published: str | None = None  # YYYY-MM-DD, from a date line between title and body


@dataclass(frozen=True, slots=True)
class Hit:
    """A line recognised as debris: its role, and for a prefix match what follows it."""

    role: str
    rest: str = ""
    exact: bool = True


# --- whitespace and keys -------------------------------------------------------------------


def normalise_line(line: str) -> str:
    """One line without zero-width characters, with every run of spaces (NBSP too) as one."""
    return " ".join(_ZERO_WIDTH.sub("", line).split())


def normalise_lines(raw: str) -> list[str]:
    """All lines of a text, normalised; blank lines stay (empty) because they part blocks."""
    return [" ".join(line.split()) for line in _ZERO_WIDTH.sub("", raw).splitlines()]


def _fold(text: str) -> str:
    """The form phrases are compared in: case-folded, with one kind of apostrophe."""
    folded = text.casefold()
    for mark in _APOSTROPHES:
        if mark in folded:
            folded = folded.replace(mark, "'")
    return folded


def _strip_ends(folded: str) -> str:
    """Without punctuation, bullets or arrows at either end ("» Next Article:" → "next article").

    A loop from the end, not a regular expression: `[\\W_]+$` is tried at every position of
    the line and costs too much on long lines.
    """
    first = _FIRST_ALNUM.search(folded)
    if first is None:
        return ""
    return folded[first.start() : _alnum_end(folded)]


def _alnum_end(text: str) -> int:
    """Where the text's last letter or digit ends: trailing punctuation is not part of a key."""
    end = len(text)
    while end and not text[end - 1].isalnum():
        end -= 1
    return end


def _lead_key(folded: str) -> str:
    """A folded line without its leading punctuation ("» Read more" reads as "read more")."""
    return _LEAD.sub("", folded, count=1)


def _trail_key(folded: str) -> str:
    """A folded line without its trailing punctuation, for matching suffix phrases."""
    return folded[: _alnum_end(folded)]


def _has_letter(text: str) -> bool:
    return _LETTER.search(text) is not None


def _first_alpha(text: str) -> str:
    return next((ch for ch in text if ch.isalpha()), "")


def _last_word(text: str) -> str:
    start = len(text)
    while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:]


def _boundary(text: str, at: int) -> bool:
    """True when a phrase ending at `at` does not end inside a word of `text`."""
    return at >= len(text) or not text[at - 1].isalnum() or not text[at].isalnum()


# --- the lexicon -----------------------------------------------------------------------------


def read_debris_rows(text: str, *, source: str) -> Iterator[tuple[str, str, str]]:
    """Rows of one debris TSV file (kind, role, phrase); a malformed row is an error."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in KINDS or not parts[2].strip():
            raise ValueError(f"{source}:{number}: expected 'kind<TAB>role<TAB>phrase': {line!r}")
        if parts[0] == "month" and parts[1] not in MONTH_NUMBERS:
            raise ValueError(f"{source}:{number}: a month's role is its number, 1-12: {line!r}")
        yield parts[0], parts[1], parts[2].strip()


@dataclass(frozen=True, slots=True)
class DebrisLexicon:
    """The phrases that mark page debris, indexed so that one line costs a few look-ups."""

    lines: Mapping[str, str]
    prefixes: Mapping[str, tuple[tuple[str, str], ...]]
    suffixes: Mapping[str, tuple[tuple[str, str], ...]]
    contains: Mapping[str, tuple[tuple[str, str], ...]]
    tokens: frozenset[str]
    regex: re.Pattern[str] | None
    regex_roles: Mapping[str, str]
    datewords: frozenset[str]
    months: Mapping[str, int]
    crumb_separators: tuple[str, ...]
    piece_separators: tuple[str, ...]
    named_date: re.Pattern[str] | None
    markers: re.Pattern[str] | None
    marker_roles: Mapping[str, str]
    inline: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, str]]) -> DebrisLexicon:
        """Index rows by kind; phrases are folded once here, not per line."""
        acc = _Rows()
        for kind, role, phrase in rows:
            acc.add(kind, role, phrase)
        return acc.build()

    def cut_inline(self, line: str) -> str:
        """The line without the debris an `inline` row finds inside it (a site's pop-up card
        run into a sentence), its spaces normalised again. A row's group named `keep` is text
        of the sentence the match holds: it stays."""
        if not self.inline or not line:
            return line
        for pattern in self.inline:
            line = pattern.sub(_kept, line)
        return " ".join(line.split())

    def classify(self, line: str) -> Hit | None:
        """The debris role of one normalised line, or None when it is not debris."""
        if not _has_letter(line):
            return Hit("noise")
        folded = _fold(line)
        role = self.lines.get(_strip_ends(folded)) if len(folded) <= LINE_MAX_CHARS else None
        if role is not None:
            return Hit(role)
        words = folded.count(" ") + 1
        if words <= PREFIX_MAX_WORDS:
            hit = self._short_line(line, folded, words)
            if hit is not None:
                return hit
        if words <= CONTAINS_MAX_WORDS:
            return self._contains(folded)
        return None

    def _contains(self, folded: str) -> Hit | None:
        """Cookie notices and copyright lines: a phrase anywhere, as whole words."""
        found = [phrases for word, phrases in self.contains.items() if word in folded]
        for phrase, role in (item for phrases in found for item in phrases):
            at = folded.find(phrase)
            while at >= 0:
                if _boundary(folded, at + len(phrase)) and (at == 0 or _boundary(folded, at)):
                    return Hit(role, exact=False)
                at = folded.find(phrase, at + 1)
        return None

    def _short_line(self, line: str, folded: str, words: int) -> Hit | None:
        """The role of a line short enough to be a label, cheapest tests first: a prefix or
        suffix phrase, a share bar, a pattern, a date line, a breadcrumb trail."""
        hit = self._prefix(line, folded, words) or self._suffix(line, folded)
        if hit is None and self._only_tokens(folded):
            hit = Hit("social")
        if hit is None and len(line) <= REGEX_MAX_CHARS:
            hit = self._regex(line)
        if hit is None and words <= DATELINE_MAX_WORDS and self._dateline(line, folded):
            hit = Hit("meta")
        if hit is None and words <= DATED_MAX_WORDS and self._dated(line, folded):
            hit = Hit("meta")
        if hit is None and self._crumbs(line):
            hit = Hit("breadcrumb")
        return hit

    def _prefix(self, line: str, folded: str, words: int) -> Hit | None:
        """A line opening with a known phrase ("Read more: …"); what follows is kept in `rest`
        (it may be a headline). Guarded roles do not take a line that reads like a sentence."""
        lead = _lead_key(folded)
        first = _WORD.match(lead)
        if first is None:
            return None
        for phrase, role in self.prefixes.get(first.group(0), ()):
            if not (lead.startswith(phrase) and _boundary(lead, len(phrase))):
                continue
            if role in GUARDED_ROLES and _guarded(line, phrase, words):
                continue
            rest = _rest_after(line, phrase)
            return Hit(role, rest=rest, exact=not rest)
        return None

    def _suffix(self, line: str, folded: str) -> Hit | None:
        """A line ending with a known phrase ("© 2026 … All rights reserved", "<headline> Read
        more"), as whole words. A phrase of a guarded role does not end a sentence: "… where
        readers can read more." is prose."""
        trail = _trail_key(folded)
        for phrase, role in self.suffixes.get(_last_word(trail), ()):
            start = len(trail) - len(phrase)
            if not trail.endswith(phrase) or (start > 0 and trail[start - 1].isalnum()):
                continue
            if role in GUARDED_ROLES and _ends_sentence(line):
                continue
            return Hit(role, exact=False)
        return None

    def _only_tokens(self, folded: str) -> bool:
        """Share bars: a line made only of network names and share verbs."""
        seen = False
        for part in _TOKEN.finditer(folded):
            token = _strip_ends(part.group(0))
            if token and token not in self.tokens:
                return False
            seen = seen or bool(token)
        return seen

    def _regex(self, line: str) -> Hit | None:
        """A line matching one of the `regex` rows; the group that matched names the role."""
        found = self.regex.match(line) if self.regex is not None else None
        if found is None or found.lastgroup is None:
            return None
        return Hit(self.regex_roles[found.lastgroup])

    def _dateline(self, line: str, folded: str) -> bool:
        """A line like "Published: Monday, 3 March 2024 12:40": a date and only date words."""
        if not _DATE_OR_TIME.search(line):
            return False
        for word in folded.split(" "):
            word = _strip_ends(word)
            if len(word) >= 4 and word.isalpha() and word not in self.datewords:
                return False
        return True

    def _dated(self, line: str, folded: str) -> bool:
        """A header line that gives a full date among other things ("Vistula Daily |
        17.02.2026", "Posted on February 28, 2026 by Amelia Rourke").

        A headline that names a day ("Elections on 5 March 2026: what to expect") is not one:
        the date must fill a piece of the line between separators, or follow a "published" or
        "updated" word.
        """
        if _ends_sentence(line) or not _HAS_YEAR.search(line):
            return False
        return self._marked_date(folded) or any(map(self._date_piece, self._pieces(line)))

    def _marked_date(self, folded: str) -> bool:
        """A full date after a "published"/"updated" word ("Posted on 28 February 2026 by…")."""
        found = self.dates(folded)
        if not found or self.markers is None:
            return False
        return any(mark.start() < found[0][0] for mark in self.markers.finditer(folded))

    def _date_piece(self, piece: str) -> bool:
        """Only date words, and a day or month: "17.02.2026", "March 2026", "03/05/2026"
        (a date line whose date cannot be read is still a date line)."""
        folded = _fold(piece)
        if not self._dateline(piece, folded):
            return False
        return _NUMERIC_DAY.search(folded) is not None or any(
            _strip_ends(word) in self.months for word in folded.split(" ")
        )

    def _pieces(self, line: str) -> list[str]:
        """The parts of a line between separators ("A | B – C" → A, B, C)."""
        pieces = [line]
        for separator in self.piece_separators:
            cut = f" {separator} "
            if cut in line:
                pieces = [part for piece in pieces for part in piece.split(cut)]
        return pieces

    def _crumbs(self, line: str) -> bool:
        """Breadcrumbs and link menus: "Home / Region / Security", "About us | Contacts | Ads".

        Every piece is short and no sentence; three pieces, or two when the first is a menu
        word ("Startseite > Politik"). "Title | Site" has two pieces and is no breadcrumb.
        """
        for separator in self.crumb_separators:
            cut = f" {separator} "
            if cut in line and self._crumb_pieces(line.split(cut)):
                return True
        return False

    def _crumb_pieces(self, pieces: Sequence[str]) -> bool:
        """Whether the pieces are a breadcrumb trail: all short, and three or more unless the
        first is a menu word ("Home", "Startseite")."""
        if not all(map(_is_crumb, pieces)):
            return False
        home = self.lines.get(_strip_ends(_fold(pieces[0]))) == "chrome"
        return home or len(pieces) >= CRUMB_MIN_PIECES

    # --- dates in header lines ---------------------------------------------------------------

    def dates(self, folded: str) -> list[tuple[int, str]]:
        """Full dates written in a folded line, as (position, YYYY-MM-DD), in line order.

        Month names come from the `month` rows. Numbers with dots are read day first
        (05.03.2026 is 5 March); with slashes or dashes only when the order cannot matter
        (31/03/2026, 03/31/2026, 05/05/2026); a year first is ISO order.
        """
        if not _HAS_YEAR.search(folded):
            return []
        return sorted([*_numeric_dates(folded), *self._named_dates(folded)])

    def _named_dates(self, folded: str) -> Iterator[tuple[int, str]]:
        """Dates with a month name, day first or month first (see `_Rows._named_date`)."""
        if self.named_date is None:
            return
        for match in self.named_date.finditer(folded):
            day, month, year = match.group("d", "m", "y")
            if month is None:
                day, month, year = match.group("d2", "m2", "y2")
            iso = _iso(int(year), self.months.get(month, 0), int(day))
            if iso is not None:
                yield match.start(), iso

    def header_dates(self, line: str) -> list[tuple[str, str]]:
        """The dates of a header line, each with the kind that the nearest marker word before
        it gives: "published", "updated", or "" ("Published 3 March | Updated 4 March")."""
        folded = _fold(line)
        found = self.dates(folded)
        if not found or self.markers is None:
            return [("", iso) for _, iso in found]
        marks = [
            (mark.start(), self.marker_roles[mark.group(0)])
            for mark in self.markers.finditer(folded)
        ]
        return [(_kind_at(start, marks), iso) for start, iso in found]


@dataclass
class _Rows:
    """Accumulates TSV rows by kind while a lexicon is built."""

    lines: dict[str, str] = field(default_factory=dict)
    prefixes: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    suffixes: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    contains: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    tokens: set[str] = field(default_factory=set)
    regexes: list[tuple[str, str]] = field(default_factory=list)
    inlines: list[str] = field(default_factory=list)
    datewords: set[str] = field(default_factory=set)
    months: dict[str, int] = field(default_factory=dict)
    markers: dict[str, str] = field(default_factory=dict)
    fillers: dict[str, set[str]] = field(default_factory=dict)
    separators: dict[str, list[str]] = field(default_factory=dict)

    def add(self, kind: str, role: str, phrase: str) -> None:
        """File one row under its kind: phrases are matched folded, so they are stored folded;
        regular expressions and separators are used as written. An unknown kind is ignored
        (`read_debris_rows` rejects it when the rows come from a file)."""
        folded = _fold(phrase)
        match kind:
            case "line":
                self._add_line(role, folded)
            case "prefix":
                self._add_prefix(role, folded)
            case "suffix":
                key = _trail_key(folded)
                self.suffixes.setdefault(_last_word(key), []).append((key, role))
            case "contains":
                self._add_contains(role, folded)
            case "tokens":
                self.tokens.add(_strip_ends(folded))
            case "regex":
                re.compile(phrase)  # a bad pattern fails here, on its own
                self.regexes.append((phrase, role))
            case "inline":
                re.compile(phrase)
                self.inlines.append(phrase)
            case "dateword" | "month":
                self._add_dateword(kind, role, folded)
            case "separator":
                self.separators.setdefault(role, []).append(phrase)

    def _add_line(self, role: str, folded: str) -> None:
        """A whole-line phrase, keyed without its punctuation at either end (none left: no key)."""
        key = _strip_ends(folded)
        if key:
            self.lines[key] = role

    def _add_prefix(self, role: str, folded: str) -> None:
        """A line-start phrase, filed under its first word: a line only tries the phrases that
        start with its own first word. A phrase ending with a colon ("related:") is filed a
        second time with a space before the colon, as tokenised text writes it ("Related : …",
        the form of corpora that split punctuation off words)."""
        key = _lead_key(folded).rstrip()
        first = _WORD.match(key)
        if first is None:
            return
        found = self.prefixes.setdefault(first.group(0), [])
        found.append((key, role))
        if key.endswith(":") and not key.endswith(" :"):
            found.append((f"{key[:-1]} :", role))

    def _add_contains(self, role: str, folded: str) -> None:
        """A phrase found anywhere in a line, filed under its longest word (the rarest key)."""
        key = max(_WORD.findall(folded), key=len)
        self.contains.setdefault(key, []).append((folded, role))

    def _add_dateword(self, kind: str, role: str, folded: str) -> None:
        """Every word of a date phrase may stand in a date line; months, markers and fillers
        also build the date patterns."""
        self.datewords.update(_strip_ends(word) for word in folded.split())
        if kind == "month":
            number = int(role)  # read_debris_rows checked that it is 1–12
            if self.months.setdefault(folded, number) != number:
                raise ValueError(f"month {folded!r} is given two numbers")
        elif role in MARKER_ROLES:
            self.markers[folded] = role
        elif role in FILLER_ROLES:
            self.fillers.setdefault(role, set()).add(folded)

    def build(self) -> DebrisLexicon:
        """The lexicon, frozen, with its lookup tables and date patterns compiled."""

        # Longest phrases first, so that "read more:" wins over "read more".
        def longest(found: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
            return tuple(sorted(found, key=lambda item: -len(item[0])))

        return DebrisLexicon(
            lines=dict(self.lines),
            prefixes={word: longest(found) for word, found in self.prefixes.items()},
            suffixes={word: longest(found) for word, found in self.suffixes.items()},
            contains={word: tuple(found) for word, found in self.contains.items()},
            tokens=frozenset(self.tokens),
            regex=_union(self.regexes),
            regex_roles={f"r{i}": role for i, (_, role) in enumerate(self.regexes)},
            datewords=frozenset(self.datewords),
            months=dict(self.months),
            crumb_separators=tuple(self.separators.get("breadcrumb", ())),
            piece_separators=tuple(sep for found in self.separators.values() for sep in found),
            named_date=self._named_date(),
            markers=_words_pattern(self.markers),
            marker_roles=dict(self.markers),
            inline=tuple(re.compile(pattern) for pattern in self.inlines),
        )

    def _named_date(self) -> re.Pattern[str] | None:
        """Day, month name and year in either order ("24 de febrero de 2026", "March 10th,
        2026"), on folded text; None without any month row."""
        if not self.months:
            return None
        month = _alternation(self.months)
        fill = _alternation(self.fillers.get("filler", ()))
        ordinal = _alternation(self.fillers.get("ordinal", ()))
        day_first = (
            rf"(?<![\w.])(?P<d>[0-3]?\d)(?:\.|{ordinal})?\s*(?:(?:{fill})\s+)?"
            rf"(?P<m>{month})(?!\w)\.?,?\s*(?:(?:{fill})\s+)?(?P<y>{_YEAR})(?!\d)"
        )
        month_first = (
            rf"(?<!\w)(?P<m2>{month})(?!\w)\.?\s*(?P<d2>[0-3]?\d)(?:{ordinal})?(?!\d),?\s*"
            rf"(?P<y2>{_YEAR})(?!\d)"
        )
        return re.compile(f"{day_first}|{month_first}")


def _kept(match: re.Match[str]) -> str:
    """What an `inline` match leaves: its `keep` group, else a space."""
    kept = match.groupdict().get("keep")
    return f"{kept} " if kept else " "


def _union(patterns: Sequence[tuple[str, str]]) -> re.Pattern[str] | None:
    """All `regex` rows as one pattern; the name of the group that matched gives the role."""
    if not patterns:
        return None
    groups = (f"(?P<r{i}>{pattern})" for i, (pattern, _) in enumerate(patterns))
    return re.compile("|".join(groups), re.IGNORECASE)


def _alternation(phrases: Iterable[str]) -> str:
    """A regular-expression alternation of literal phrases, longest first ("(?!)" if none)."""
    escaped = [re.escape(phrase) for phrase in sorted(phrases, key=len, reverse=True)]
    return "|".join(escaped) if escaped else "(?!)"


def _words_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """Phrases found as whole words; None when there are none."""
    alternation = _alternation(phrases)
    return None if alternation == "(?!)" else re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def _is_crumb(piece: str) -> bool:
    """One piece of a breadcrumb or menu: a short label, not a sentence."""
    piece = piece.strip()
    if not piece or len(piece) > CRUMB_MAX_CHARS or piece.count(" ") >= CRUMB_MAX_WORDS:
        return False
    return _has_letter(piece) and not _ends_sentence(piece)


def _iso(year: int, month: int, day: int) -> str | None:
    """YYYY-MM-DD, or None when there is no such day (31 February, month 13)."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric_dates(text: str) -> Iterator[tuple[int, str]]:
    """Dates in digits: ISO and year-first, day-first with dots, slashes when unambiguous."""
    for match in _YEAR_FIRST.finditer(text):
        iso = _iso(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        if iso is not None:
            yield match.start(), iso
    for match in _DOTTED.finditer(text):
        iso = _iso(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if iso is not None:
            yield match.start(), iso
    for match in _SLASHED.finditer(text):
        iso = _unambiguous(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        if iso is not None:
            yield match.start(), iso


def _unambiguous(first: int, second: int, year: int) -> str | None:
    """03/31/2026 and 31/03/2026 can be read one way only; 05/03/2026 is refused, as US and
    European sites write it for different days."""
    if first > 12:
        return _iso(year, second, first)
    if second > 12 or first == second:
        return _iso(year, first, second)
    return None


def _kind_at(position: int, marks: Sequence[tuple[int, str]]) -> str:
    """The role of the last marker word before `position`, or ""."""
    kind = ""
    for at, role in marks:
        if at < position:
            kind = role
    return kind


def _guarded(line: str, phrase: str, words: int) -> bool:
    """Whether a line starting with a tag, byline or caption phrase is a sentence after all."""
    if not _ends_sentence(line):
        return False
    return words > GUARD_WORDS or not phrase.endswith(":")


def _rest_after(line: str, phrase: str) -> str:
    """What follows a prefix phrase in the original line ("Read more: <this>")."""
    count = len(phrase.split())
    parts = _LEAD.sub("", line, count=1).split(" ", count)
    return parts[count].lstrip(_REST_LEAD) if len(parts) > count else ""


def _package_rows() -> Iterator[tuple[str, str, str]]:
    """The rows of the debris files shipped with the package, in file-name order."""
    folder = resources.files("crossroads.extract").joinpath("debris")
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".tsv"):
            yield from read_debris_rows(entry.read_text(encoding="utf-8"), source=entry.name)


@cache
def default_lexicon() -> DebrisLexicon:
    """The lexicon shipped with crossroads (every extract/debris/*.tsv), built once."""
    return DebrisLexicon.from_rows(_package_rows())


def load_lexicon(paths: Iterable[Path], *, with_defaults: bool = True) -> DebrisLexicon:
    """A lexicon with a user's own TSV files added to (or instead of) the shipped ones."""
    rows: list[tuple[str, str, str]] = list(_package_rows()) if with_defaults else []
    for path in paths:
        rows.extend(read_debris_rows(Path(path).read_text(encoding="utf-8"), source=str(path)))
    return DebrisLexicon.from_rows(rows)


# --- line shapes -----------------------------------------------------------------------------


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSING)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def _starts_lower(text: str) -> bool:
    return _first_alpha(text).islower()


def _title_ratio(words: Sequence[str]) -> float:
    """Share of the longer words that are capitalised: high for Title Case Headlines."""
    long = [word for word in words if sum(ch.isalpha() for ch in word) >= 4]
    pool = long or [word for word in words if _has_letter(word)]
    if not pool:
        return 0.0
    return sum(_first_alpha(word).isupper() for word in pool) / len(pool)


def _is_headline(text: str, words: Sequence[str]) -> bool:
    """Short, starts with a capital, no final period: how headlines look in scraped text."""
    if not 2 <= len(words) <= HEADLINE_MAX_WORDS or len(text) > HEADLINE_MAX_CHARS:
        return False
    if text.rstrip(_CLOSING)[-1:] in _NO_HEADLINE_END or "://" in text or "@" in text:
        return False
    first = next((ch for ch in text if ch.isalnum()), "")
    if not first or first.islower():
        return False
    lettered = sum(_has_letter(word) for word in words)
    numbers = sum(not _has_letter(word) and any(ch.isdigit() for ch in word) for word in words)
    return lettered >= 2 and 2 * lettered >= len(words) and numbers <= 1


def _is_prose(text: str, words: Sequence[str]) -> bool:
    """A sentence, not a label: ends like a sentence, or is too long to be anything else."""
    if len(words) >= PROSE_LONG_WORDS:
        return True
    if len(words) < PROSE_MIN_WORDS or not _ends_sentence(text):
        return False
    # "Is Europe Ready For War?" is a headline, although it ends like a sentence.
    question = text.rstrip(_CLOSING)[-1:] in "?!"
    return not (question and len(words) <= 15 and _title_ratio(words) >= TITLE_CASE_STRICT)


# --- units: lines, or the lines of one hard-wrapped paragraph ------------------------------------


@dataclass(slots=True)
class _Unit:
    text: str
    hit: Hit | None
    words: list[str] = field(init=False)
    prose: bool = field(init=False)
    _headline: bool | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.words = self.text.split(" ")
        self.prose = self.hit is None and _is_prose(self.text, self.words)

    @property
    def headline(self) -> bool:
        """Computed on demand: most units never need it."""
        if self._headline is None:
            self._headline = self.hit is None and _is_headline(self.text, self.words)
        return self._headline


def _blocks(lines: Sequence[str]) -> Iterator[list[str]]:
    """Runs of non-empty lines (blank lines part blocks)."""
    block: list[str] = []
    for line in lines:
        if line:
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _is_wrapped(block: Sequence[str], hits: Sequence[Hit | None]) -> bool:
    """A hard-wrapped block: at least half its line breaks fall inside a sentence."""
    pairs = inside = 0
    for i in range(len(block) - 1):
        if hits[i] is None and hits[i + 1] is None:
            pairs += 1
            inside += not _ends_sentence(block[i]) and _starts_lower(block[i + 1])
    return pairs > 0 and 2 * inside >= pairs


def _continues(line: str, following: str, *, width: int) -> bool:
    """In a wrapped block, whether `following` carries on the paragraph of `line`."""
    if len(line) < WRAP_MIN_WIDTH * width:
        return False
    full = len(line) >= WRAP_FULL_WIDTH * width
    return full or not _ends_sentence(line) or _starts_lower(following)


def _merge_block(
    block: Sequence[str], hits: Sequence[Hit | None], lexicon: DebrisLexicon
) -> Iterator[_Unit]:
    """The units of one block: each line, or wrapped lines joined back into paragraphs."""
    if not _is_wrapped(block, hits):
        yield from (_Unit(line, hit) for line, hit in zip(block, hits, strict=True))
        return
    width = max(map(len, block))
    current: list[str] = []
    for i, (line, hit) in enumerate(zip(block, hits, strict=True)):
        if hit is not None:
            yield _Unit(line, hit)
            continue
        current.append(line)
        following = block[i + 1] if i + 1 < len(block) and hits[i + 1] is None else None
        if following is None or not _continues(line, following, width=width):
            joined = " ".join(current)
            yield _Unit(joined, lexicon.classify(joined) if len(current) > 1 else None)
            current = []


def _units(
    lines: Sequence[str], lexicon: DebrisLexicon, boilerplate: frozenset[str]
) -> list[_Unit]:
    """The page as units: each line classified, hard-wrapped paragraphs joined into one."""
    units: list[_Unit] = []
    seen: dict[str, Hit | None] = {}  # pages repeat their menus: classify each line once
    for block in _blocks(lines):
        hits = [_classify(line, lexicon, boilerplate, seen) for line in block]
        units.extend(_merge_block(block, hits, lexicon))
    return units


def _classify(
    line: str, lexicon: DebrisLexicon, boilerplate: frozenset[str], seen: dict[str, Hit | None]
) -> Hit | None:
    """A line's debris role (`seen` caches it per page); a site boilerplate line that is not
    debris otherwise becomes "site"."""
    if line not in seen:
        seen[line] = lexicon.classify(line)
    hit = seen[line]
    # A repeated "Next Article" keeps its role: it still ends the body and opens a list.
    return Hit("site") if hit is None and line in boilerplate else hit


# --- title, body and related ----------------------------------------------------------------


def _opener_state(after_opener: bool, hit: Hit) -> bool:
    """Whether headlines that follow this debris line are other articles' headlines."""
    if hit.role in OPENERS:
        return True
    return False if hit.role in CLOSERS else after_opener


def _matches_hint(text: str, hint: str) -> bool:
    """The hint, possibly followed by a site name ("Title | Site")."""
    key = _fold(text)
    if key == hint:
        return True
    return hint.startswith(key + " ") and hint[len(key) + 1 : len(key) + 2] in _HINT_SEPARATORS


def _hint_line(units: Sequence[_Unit], hint: str) -> int | None:
    """The line equal to the hint (or to its start, before "| Site"), above the first prose."""
    for i, unit in enumerate(units):
        if unit.hit is None and _matches_hint(unit.text, hint):
            return i
        if unit.prose:
            break
    return None


def _first_title(units: Sequence[_Unit]) -> int | None:
    """The first line that is no debris, if it looks like a headline."""
    after_opener = False
    for i, unit in enumerate(units):
        if unit.hit is not None:
            after_opener = _opener_state(after_opener, unit.hit)
        elif not (after_opener and unit.headline):
            return i if unit.headline else None
    return None


def _listed(units: Sequence[_Unit], end: int) -> set[int]:
    """Headlines before `end` that follow "Related"/"Next Article": other articles' titles."""
    listed: set[int] = set()
    after_opener = False
    for i in range(end):
        unit = units[i]
        if unit.hit is not None:
            after_opener = _opener_state(after_opener, unit.hit)
        elif after_opener and unit.headline:
            listed.add(i)
        else:
            after_opener = False
    return listed


def _site_name(unit: _Unit) -> bool:
    """A line shaped like a site's name rather than a headline: all capitals or two words."""
    return len(unit.words) < SITE_NAME_MAX_WORDS + 1 or unit.text.isupper()


def _reserve(unit: _Unit) -> bool:
    """A title to take when nothing better is found: a site-name-shaped headline, or a
    headline that the site repeats (other pages of the site list it as related)."""
    if unit.hit is None:
        return unit.headline
    return unit.hit.role == "site" and _is_headline(unit.text, unit.words)


def _title_above(
    units: Sequence[_Unit], span: tuple[int, int] | None
) -> tuple[int | None, int | None]:
    """The headline closest above the body, past its byline, date lines, share bar and
    breadcrumbs; and a reserve (`_reserve`) met on the way."""
    if span is None:
        return None, None
    listed = _listed(units, span[0])
    reserve = None
    for i in range(span[0] - 1, max(span[0] - TITLE_LOOKBACK, 0) - 1, -1):
        unit = units[i]
        if unit.hit is None and not unit.headline and _site_name(unit):
            continue  # "Reuters", "News24": a source or a label between headline and body
        if unit.hit is None and (i in listed or not unit.headline):
            break
        if unit.hit is None and not _site_name(unit):
            return i, reserve
        if reserve is None and _reserve(unit):
            reserve = i
    return None, reserve


def _choose_title(units: Sequence[_Unit], span: tuple[int, int] | None) -> int | None:
    """Without a hint: the headline closest above the body; else the first line when it looks
    like a headline and not like a site name; else a reserve (see `_title_above`)."""
    near, reserve = _title_above(units, span)
    if near is not None:
        return near
    first = _first_title(units)
    if first is not None and not _site_name(units[first]):
        return first
    return reserve if reserve is not None else first


def _scores(units: Sequence[_Unit], title_at: int | None) -> Iterator[int]:
    """Prose counts by its length; labels and navigation count against a run.

    Once prose has been followed by an end-of-article marker ("Next Article", "Leave a
    Comment"), later prose is readers' comments or another article's teaser: it counts for a
    tenth, so that it wins only when the page showed almost nothing before.
    """
    seen_prose = streak = 0
    ended = False
    for i, unit in enumerate(units):
        hit = unit.hit
        if i == title_at:
            yield 0
        elif hit is not None:
            ended = ended or (_ends_article(hit) and seen_prose >= ENDED_AFTER_CHARS)
            yield _debris_score(hit)
        elif unit.prose:
            seen_prose += len(unit.text)
            streak = 0
            yield len(unit.text) // (AFTER_END_DISCOUNT if ended else 1)
        else:
            streak += 1
            yield -min(SHORT_PENALTY * streak, MAX_SHORT_PENALTY)


def _ends_article(hit: Hit) -> bool:
    """Whether a debris line ends the article ("Next Article", "Leave a Comment")."""
    return BARRIER_PENALTY.get(hit.role) == HARD_BARRIER


def _debris_score(hit: Hit) -> int:
    """A debris line's cost to a run: its barrier penalty, none for an inline "Related: …"
    line (a teaser inside the article does not split it)."""
    inline = not hit.exact and hit.role == "related"
    return 0 if inline else -BARRIER_PENALTY.get(hit.role, 0)


def _best_run(units: Sequence[_Unit], title_at: int | None) -> tuple[int, int] | None:
    """The run of units with the most prose (maximum-sum subarray, one pass)."""
    best, span = 0, None
    run, start = 0, 0
    for i, score in enumerate(_scores(units, title_at)):
        if run <= 0:
            run, start = 0, i
        run += score
        if run > best:
            best, span = run, (start, i)
    return span


def _is_related(unit: _Unit, *, after_opener: bool, trailing: bool, in_body: bool) -> bool:
    """Headlines after "Next Article" / "Related", or Title Cased after the body."""
    if not unit.headline or (in_body and unit.prose):
        return False
    if after_opener:
        return True
    strong = len(unit.words) >= RELATED_MIN_WORDS and _title_ratio(unit.words) >= TITLE_CASE_RATIO
    return trailing and strong


def _sort_units(
    units: Sequence[_Unit], span: tuple[int, int] | None, title_at: int | None
) -> tuple[list[str], list[str]]:
    """Body paragraphs and related headlines, in the order of the page."""
    first, last = span if span is not None else (len(units), len(units) - 1)
    body: list[str] = []
    related: list[str] = []
    after_opener = False
    for i, unit in enumerate(units):
        if unit.hit is not None:
            related.extend(_debris_headline(unit, unit.hit, after_opener=after_opener))
            after_opener = _opener_state(after_opener, unit.hit)
            continue
        in_body = first <= i <= last
        if i != title_at and _is_related(
            unit, after_opener=after_opener, trailing=i > last, in_body=in_body
        ):
            related.append(unit.text)
            continue
        after_opener = False
        if in_body and i != title_at:
            body.append(unit.text)
    return body, related


def _debris_headline(unit: _Unit, hit: Hit, *, after_opener: bool) -> Iterator[str]:
    """The headline a debris line holds, if any: what follows an opener on its line
    ("Related: …"), or, in a list after an opener, a headline the site lists on many of its
    pages (a site boilerplate line)."""
    if hit.role in OPENERS and _is_headline(hit.rest, hit.rest.split()):
        yield hit.rest
    elif after_opener and hit.role == "site" and _is_headline(unit.text, unit.words):
        yield unit.text


def _unique_related(headlines: Iterable[str], title: str | None) -> tuple[Related, ...]:
    """Related headlines once each, in page order, never the article's own title (menus and
    "Next Article" blocks repeat headlines)."""
    seen = {_fold(title)} if title else set()
    found: list[Related] = []
    for headline in headlines:
        key = _fold(headline)
        if key not in seen:
            seen.add(key)
            found.append(Related(title=headline))
    return tuple(found)


@lru_cache(maxsize=64)
def _normalised_set(lines: frozenset[str]) -> frozenset[str]:
    """Site boilerplate lines normalised as page lines are (cached: one set serves a site's
    many pages)."""
    return frozenset(filter(None, map(normalise_line, lines)))


def clean_scraped_text(
    raw: str,
    *,
    title_hint: str | None = None,
    site_boilerplate: frozenset[str] = frozenset(),
    lexicon: DebrisLexicon | None = None,
) -> CleanedText:
    """The article in text scraped from a page: title, clean body and related headlines.

    `site_boilerplate` holds lines known to repeat across pages of the site
    (`SiteBoilerplate.lines_for`); they are dropped wherever they appear. A text with no
    prose gives `text == ""`: the caller decides that this is no article.
    """
    lexicon = lexicon or default_lexicon()
    lines = [lexicon.cut_inline(line) for line in normalise_lines(raw)]
    units = _units(lines, lexicon, _normalised_set(site_boilerplate))
    hint = normalise_line(title_hint or "")
    title_at, span = _title_and_body(units, hint)
    body, related = _sort_units(units, span, title_at)
    title = units[title_at].text if title_at is not None else (hint or None)
    return CleanedText(
        title=title,
        text="\n\n".join(body),
        related=_unique_related(related, title),
        published=_published(_header_zone(units, title_at, span), lexicon),
    )


def _title_and_body(units: Sequence[_Unit], hint: str) -> tuple[int | None, tuple[int, int] | None]:
    """Where the title is, and the run of units that is the body.

    The body is the run with the most prose; the title line scores nothing in it, so it is
    found first: the line matching the hint, else the first headline-like line. Without a
    hint, the title is then chosen again, knowing where the body is (`_choose_title`).
    """
    title_at = _hint_line(units, _fold(hint)) if hint else None
    span = _best_run(units, title_at if title_at is not None else _first_title(units))
    if not hint:
        title_at = _choose_title(units, span)
    elif title_at is None:
        title_at = _first_title(units)
    return title_at, span


def _header_zone(
    units: Sequence[_Unit], title_at: int | None, span: tuple[int, int] | None
) -> Iterator[_Unit]:
    """Where a page gives its date: the lines between the title and the body (the lines just
    above the body when no title was found), then date lines among the body's first units,
    then the few lines just above the title (a date printed above the headline)."""
    if span is None:
        return
    first = span[0]
    above = title_at is not None and title_at < first
    start = title_at + 1 if title_at is not None and above else max(first - TITLE_LOOKBACK, 0)
    yield from units[start:first]
    for unit in units[first : first + TITLE_LOOKBACK]:
        if unit.hit is not None and unit.hit.role == "meta":
            yield unit
    if title_at is not None and above:
        yield from units[max(title_at - DATE_ABOVE_TITLE, 0) : title_at]


def _published(zone: Iterable[_Unit], lexicon: DebrisLexicon) -> str | None:
    """The first date marked "published", else the first unmarked, else the first "updated".

    Only date lines are read (lines the lexicon took for debris: "Published: …", "Site |
    17.02.2026", bylines with a date), never a headline or a sentence of the body: "on 3 March
    2026 the minister…" is an event's date, not the article's.
    """
    first: dict[str, str] = {}
    for unit in zone:
        if unit.hit is None or len(unit.words) > DATED_MAX_WORDS:
            continue
        for kind, iso in lexicon.header_dates(unit.text):
            first.setdefault(kind, iso)
    return first.get("published") or first.get("") or first.get("updated")


# --- lines that repeat across the pages of one site ---------------------------------------------


class SiteBoilerplate:
    """Learns the lines a site repeats on many pages (menus, footers, its own slogans).

    Each `observe` call is one page. A page whose longest line was already seen on that site
    is a copy (a re-crawl, a URL variant) and is not counted again, so that an article fetched
    three times does not become boilerplate. Counts of lines seen on one page only are
    dropped when a site holds more than `max_lines` distinct lines, to bound memory.
    """

    def __init__(self, *, min_pages: int = 3, max_lines: int = 200_000) -> None:
        if min_pages < 1:
            raise ValueError("min_pages must be at least 1")
        self._min_pages = min_pages
        self._max_lines = max_lines
        self._counts: dict[str, Counter[str]] = {}
        self._pages: dict[str, set[int]] = {}  # hashes of the pages' longest lines
        self._cache: dict[str, frozenset[str]] = {}

    def observe(self, site: str, lines: Iterable[str]) -> None:
        """Count the distinct lines of one page of `site` (raw text is split into lines)."""
        if isinstance(lines, str):
            lines = lines.splitlines()
        page = {normalise_line(line) for line in lines}
        page.discard("")
        if not page or not self._is_new_page(site, max(page, key=len)):
            return
        counts = self._counts.setdefault(site, Counter())
        counts.update(page)
        if len(counts) > self._max_lines:
            for line in [line for line, seen in counts.items() if seen < 2]:
                del counts[line]
        self._cache.pop(site, None)

    def _is_new_page(self, site: str, fingerprint: str) -> bool:
        """Whether a page of `site` with this longest line has not been counted yet."""
        pages = self._pages.setdefault(site, set())
        key = hash(fingerprint)  # an int per page, not the line: memory stays small
        if key in pages:
            return False
        pages.add(key)
        return True

    def lines_for(self, site: str) -> frozenset[str]:
        """Lines seen on at least `min_pages` distinct pages of `site`."""
        if site not in self._cache:
            counts = self._counts.get(site, Counter())
            self._cache[site] = frozenset(
                line for line, seen in counts.items() if seen >= self._min_pages
            )
        return self._cache[site]
