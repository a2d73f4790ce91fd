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
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from crossroads.model import Related

KINDS = frozenset({"line", "prefix", "suffix", "contains", "tokens", "regex", "dateword"})
# Roles that open a list of other articles: headlines right after them are `related`.
OPENERS = frozenset({"nav", "related"})
# Roles after which a list of headlines is over.
CLOSERS = frozenset({"comment", "subscribe", "copyright", "follow", "auth", "cookie", "tags"})
# How strongly a debris line separates two runs of prose (see _score).
BARRIER_PENALTY = {"nav": 150, "comment": 150, "related": 100}
SHORT_PENALTY = 40
# A prefix match of these roles does not apply to a long sentence ("Posted in Kabul since…").
GUARDED_ROLES = frozenset({"tags", "meta", "caption"})
GUARD_WORDS = 12
PREFIX_MAX_WORDS = 30
CONTAINS_MAX_WORDS = 60
REGEX_MAX_CHARS = 300
DATELINE_MAX_WORDS = 10
HEADLINE_MAX_WORDS = 20
HEADLINE_MAX_CHARS = 200
RELATED_MIN_WORDS = 3
TITLE_CASE_RATIO = 0.6
TITLE_CASE_STRICT = 0.85
PROSE_MIN_WORDS = 3
PROSE_LONG_WORDS = 25
WRAP_MIN_WIDTH = 0.6
WRAP_FULL_WIDTH = 0.85

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_ENDS = re.compile(r"^[\W_]+|[\W_]+$")
_LEAD = re.compile(r"^[\W_]+")
_TRAIL = re.compile(r"[\W_]+$")
_FIRST_WORD = re.compile(r"\w+")
_LAST_WORD = re.compile(r"\w+$")
_TOKEN_SPLIT = re.compile(r"[\s|,·•/]+")
_REST_LEAD = " :-–—|»›>"
_DATE_OR_TIME = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
)
_CLOSING = "\"'”’»)]}*"
_SENTENCE_END = ".!?…。！？"
_NO_HEADLINE_END = ".…,;:。"
_HINT_SEPARATORS = "|-–—:·•"


@dataclass(frozen=True, slots=True)
class CleanedText:
    """The article found in scraped text. `text` paragraphs are separated by a blank line."""

    title: str | None
    text: str
    related: tuple[Related, ...]


@dataclass(frozen=True, slots=True)
class Hit:
    """A line recognised as debris: its role, and for a prefix match what follows it."""

    role: str
    rest: str = ""
    exact: bool = True


# --- whitespace and keys -------------------------------------------------------------------


def normalise_line(line: str) -> str:
    """One line without zero-width characters, with every run of spaces (NBSP too) as one."""
    return " ".join(line.translate(_ZERO_WIDTH).split())


def normalise_lines(raw: str) -> list[str]:
    """All lines of a text, normalised; blank lines stay (empty) because they part blocks."""
    return [normalise_line(line) for line in raw.splitlines()]


def _fold(text: str) -> str:
    """The form phrases are compared in: case-folded, with one kind of apostrophe."""
    return text.casefold().translate(_QUOTES)


def _strip_ends(folded: str) -> str:
    return _ENDS.sub("", folded)


def _lead_key(folded: str) -> str:
    return _LEAD.sub("", folded, count=1)


def _trail_key(folded: str) -> str:
    return _TRAIL.sub("", folded, count=1)


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _first_alpha(text: str) -> str:
    return next((ch for ch in text if ch.isalpha()), "")


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
        yield parts[0], parts[1], parts[2].strip()


@dataclass(frozen=True, slots=True)
class DebrisLexicon:
    """The phrases that mark page debris, indexed so that one line costs a few look-ups."""

    lines: Mapping[str, str]
    prefixes: Mapping[str, tuple[tuple[str, str], ...]]
    suffixes: Mapping[str, tuple[tuple[str, str], ...]]
    contains: re.Pattern[str] | None
    contains_roles: Mapping[str, str]
    tokens: frozenset[str]
    regexes: tuple[tuple[re.Pattern[str], str], ...]
    datewords: frozenset[str]

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, str]]) -> DebrisLexicon:
        """Index rows by kind; phrases are folded once here, not per line."""
        acc = _Rows()
        for kind, role, phrase in rows:
            acc.add(kind, role, phrase)
        return acc.build()

    def classify(self, line: str) -> Hit | None:
        """The debris role of one normalised line, or None when it is not debris."""
        if not _has_letter(line):
            return Hit("noise")
        folded = _fold(line)
        role = self.lines.get(_strip_ends(folded))
        if role is not None:
            return Hit(role)
        words = folded.count(" ") + 1
        if words <= PREFIX_MAX_WORDS:
            hit = self._short_line(line, folded, words)
            if hit is not None:
                return hit
        if words <= CONTAINS_MAX_WORDS and self.contains is not None:
            found = self.contains.search(folded)
            if found is not None:
                return Hit(self.contains_roles[found.group(0)], exact=False)
        return None

    def _short_line(self, line: str, folded: str, words: int) -> Hit | None:
        hit = self._prefix(line, folded, words) or self._suffix(folded)
        if hit is None and self._only_tokens(folded):
            hit = Hit("social")
        if hit is None and len(line) <= REGEX_MAX_CHARS:
            hit = self._regex(line)
        if hit is None and words <= DATELINE_MAX_WORDS and self._dateline(line, folded):
            hit = Hit("meta")
        return hit

    def _prefix(self, line: str, folded: str, words: int) -> Hit | None:
        lead = _lead_key(folded)
        first = _FIRST_WORD.match(lead)
        if first is None:
            return None
        for phrase, role in self.prefixes.get(first.group(0), ()):
            if not (lead.startswith(phrase) and _boundary(lead, len(phrase))):
                continue
            if role in GUARDED_ROLES and words > GUARD_WORDS and _ends_sentence(line):
                continue
            rest = _rest_after(line, phrase)
            return Hit(role, rest=rest, exact=not rest)
        return None

    def _suffix(self, folded: str) -> Hit | None:
        trail = _trail_key(folded)
        last = _LAST_WORD.search(trail[-60:])
        if last is None:
            return None
        for phrase, role in self.suffixes.get(last.group(0), ()):
            start = len(trail) - len(phrase)
            if trail.endswith(phrase) and (start == 0 or not trail[start - 1].isalnum()):
                return Hit(role, exact=False)
        return None

    def _only_tokens(self, folded: str) -> bool:
        """Share bars: a line made only of network names and share verbs."""
        parts = [_strip_ends(part) for part in _TOKEN_SPLIT.split(folded)]
        parts = [part for part in parts if part]
        return bool(parts) and all(part in self.tokens for part in parts)

    def _regex(self, line: str) -> Hit | None:
        for pattern, role in self.regexes:
            if pattern.search(line):
                return Hit(role)
        return None

    def _dateline(self, line: str, folded: str) -> bool:
        """A line like "Published: Monday, 3 March 2024 12:40": a date and only date words."""
        if not _DATE_OR_TIME.search(line):
            return False
        for word in folded.split(" "):
            word = _strip_ends(word)
            if len(word) >= 4 and word.isalpha() and word not in self.datewords:
                return False
        return True


@dataclass
class _Rows:
    """Accumulates TSV rows by kind while a lexicon is built."""

    lines: dict[str, str] = field(default_factory=dict)
    prefixes: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    suffixes: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    contains: dict[str, str] = field(default_factory=dict)
    tokens: set[str] = field(default_factory=set)
    regexes: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    datewords: set[str] = field(default_factory=set)

    def add(self, kind: str, role: str, phrase: str) -> None:
        folded = _fold(phrase)
        if kind == "line" and _strip_ends(folded):
            self.lines[_strip_ends(folded)] = role
        elif kind == "prefix":
            self._index(self.prefixes, _lead_key(folded).rstrip(), _FIRST_WORD, role)
        elif kind == "suffix":
            self._index(self.suffixes, _trail_key(folded), _LAST_WORD, role)
        elif kind == "contains":
            self.contains[folded] = role
        elif kind == "tokens":
            self.tokens.add(_strip_ends(folded))
        elif kind == "regex":
            self.regexes.append((re.compile(phrase, re.IGNORECASE), role))
        elif kind == "dateword":
            self.datewords.add(_strip_ends(folded))

    @staticmethod
    def _index(
        index: dict[str, list[tuple[str, str]]], key: str, word: re.Pattern[str], role: str
    ) -> None:
        found = word.search(key)
        if found is not None:
            index.setdefault(found.group(0), []).append((key, role))

    def build(self) -> DebrisLexicon:
        # Longest phrases first, so that "read more:" wins over "read more".
        def longest(found: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
            return tuple(sorted(found, key=lambda item: -len(item[0])))

        return DebrisLexicon(
            lines=dict(self.lines),
            prefixes={word: longest(found) for word, found in self.prefixes.items()},
            suffixes={word: longest(found) for word, found in self.suffixes.items()},
            contains=_alternation(self.contains),
            contains_roles=dict(self.contains),
            tokens=frozenset(self.tokens),
            regexes=tuple(self.regexes),
            datewords=frozenset(self.datewords),
        )


def _alternation(phrases: Mapping[str, str]) -> re.Pattern[str] | None:
    """One pattern for all `contains` phrases, whole words only, longest first."""
    if not phrases:
        return None
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")


def _rest_after(line: str, phrase: str) -> str:
    """What follows a prefix phrase in the original line ("Read more: <this>")."""
    count = len(phrase.split())
    parts = _LEAD.sub("", line, count=1).split(" ", count)
    return parts[count].lstrip(_REST_LEAD) if len(parts) > count else ""


def _package_rows() -> Iterator[tuple[str, str, str]]:
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
    headline: bool = field(init=False)

    def __post_init__(self) -> None:
        self.words = self.text.split(" ")
        self.prose = self.hit is None and _is_prose(self.text, self.words)
        self.headline = self.hit is None and _is_headline(self.text, self.words)


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
    units: list[_Unit] = []
    for block in _blocks(lines):
        hits = [Hit("site") if line in boilerplate else lexicon.classify(line) for line in block]
        units.extend(_merge_block(block, hits, lexicon))
    return units


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


def _find_title(units: Sequence[_Unit], hint: str) -> int | None:
    """The title: the line equal to the hint, else the first line if it looks like one."""
    if hint:
        for i, unit in enumerate(units):
            if unit.hit is None and _matches_hint(unit.text, hint):
                return i
            if unit.prose:
                break
    after_opener = False
    for i, unit in enumerate(units):
        if unit.hit is not None:
            after_opener = _opener_state(after_opener, unit.hit)
        elif not (after_opener and unit.headline):
            return i if unit.headline else None
    return None


def _score(unit: _Unit) -> int:
    """Prose counts by its length; labels and navigation count against a run."""
    if unit.hit is not None:
        inline = not unit.hit.exact and unit.hit.role == "related"
        return 0 if inline else -BARRIER_PENALTY.get(unit.hit.role, 0)
    return len(unit.text) if unit.prose else -SHORT_PENALTY


def _best_run(units: Sequence[_Unit], title_at: int | None) -> tuple[int, int] | None:
    """The run of units with the most prose (maximum-sum subarray, one pass)."""
    best, span = 0, None
    run, start = 0, 0
    for i, unit in enumerate(units):
        if run <= 0:
            run, start = 0, i
        run += 0 if i == title_at else _score(unit)
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
            if unit.hit.role in OPENERS and _is_headline(unit.hit.rest, unit.hit.rest.split()):
                related.append(unit.hit.rest)
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


def _unique_related(headlines: Iterable[str], title: str | None) -> tuple[Related, ...]:
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
    units = _units(
        normalise_lines(raw), lexicon or default_lexicon(), _normalised_set(site_boilerplate)
    )
    hint = normalise_line(title_hint or "")
    title_at = _find_title(units, _fold(hint))
    span = _best_run(units, title_at)
    body, related = _sort_units(units, span, title_at)
    title = units[title_at].text if title_at is not None else (hint or None)
    return CleanedText(title=title, text="\n\n".join(body), related=_unique_related(related, title))


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
        self._pages: dict[str, set[str]] = {}
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
        pages = self._pages.setdefault(site, set())
        if fingerprint in pages:
            return False
        pages.add(fingerprint)
        return True

    def lines_for(self, site: str) -> frozenset[str]:
        """Lines seen on at least `min_pages` distinct pages of `site`."""
        if site not in self._cache:
            counts = self._counts.get(site, Counter())
            self._cache[site] = frozenset(
                line for line, seen in counts.items() if seen >= self._min_pages
            )
        return self._cache[site]
