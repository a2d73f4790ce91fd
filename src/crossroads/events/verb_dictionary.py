"""User verb dictionaries in the TABARI / PETRARCH format, read and matched on the parse.

Why: analysts who code with CAMEO keep their own verb dictionaries (the PETRARCH validation
suite, project dictionaries tuned to a region or a period). `--verbs FILE` lets such a
dictionary decide how its verbs are coded, over the built-in rules, as `--actors` does for
actors. The format: synonym sets (`&NAME` then `+WORD` lines), verb blocks headed
`--- VERB [code] ---` listing the block's verbs (`BREAK`, `CORDON_OFF`, each with an optional
code of its own) and patterns (`- * {DIPLOMATIC TIES} [080]`, `- HEAVILY * [122]`).

A pattern is read as the ordered words it names before and after the verb: bare words, synonym
sets, `{noun phrases}` and `(prepositional phrases)`; the markers `$ + ^ %` (source, target,
compound actors) are left to the coder's own reading of the parse. A verb is found by its
word form, then its lemma ("left" may have a block of its own). Words before `*` are looked
for before the verb in its clause (a complement clause with a subject of its own is a clause
of its own), words after it in the verb's phrase, in order, as the word's form or lemma
("RESOLUTION" matches "resolutions"; PETRARCH's stem matching, where a word without a closing
`_` also starts longer words, is not done: "MEET" would be "meeting", and the validation
suite's own records code "postponed their meeting" as a postponed meeting, not as `* MEET`).
The words of a `{noun phrase}` must be one phrase of the parse; a `(prepositional phrase)`
opens with a preposition, not the `to` of an infinitive. The pattern naming the most words
wins, then the first in the file; with none the verb's own code applies. The code `---` says
the verb or pattern is no event; a code with no PLOVER type (CAMEO 01 and 02 statements, codes
of other schemes) says nothing, and the built-in rules decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from crossroads.events.arguments import SUBJECT_DEPS
from crossroads.events.discards import NO_DISCARDS, Discards, discard_lists
from crossroads.events.lexicon import Rule
from crossroads.events.ontology import data_yaml, ontology, plover_of_cameo

HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
VERB = re.compile(r"^(\+?)([A-Z][A-Z'\-]*(?:_\+?[A-Z'\-]*)*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?")
PATTERN = re.compile(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(\S*))?")
ELEMENT = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")
MARKERS = frozenset({"$", "+", "^", "%"})


@dataclass(slots=True)
class Block:
    """One verb block: its code as written ('---': no event), its verbs (name, '+' mark, own
    code as written or '') and its patterns (body, code, origin)."""

    raw_code: str
    verbs: list[tuple[str, str, str]] = field(default_factory=list)
    patterns: list[tuple[str, str, str]] = field(default_factory=list)
    # a verb's forms as written after it ('+CORDON_OFF {+CORDONED_OFF …}'): the parser's
    # lemma of an uncommon verb may not be the dictionary's ('cordoned' → 'cordone')
    forms: dict[str, list[str]] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return first_code(self.raw_code)


def first_code(raw: str) -> str:
    """'042:043' → '042' (the source's code); '---', ':173' or junk → ''."""
    code = raw.split(":")[0].strip()
    return code if code.isdigit() else ""


def paired_code(raw: str) -> str:
    """'042:043' → '043' (the recipient's act back: a visit hosted); no pair or junk → ''."""
    parts = raw.split(":")
    code = parts[1].strip() if len(parts) == 2 else ""
    return code if code.isdigit() else ""


def read_dictionary(text: str) -> tuple[dict[str, list[str]], list[Block]]:
    """Synonym sets (&NAME → words) and verb blocks of a PETRARCH verb dictionary."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: list[str] | None = None
    for line in text.splitlines():
        line = line.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("&"):
            current_set = synsets.setdefault(line.split()[0], [])
        elif (match := HEADER.match(line)) is not None:
            blocks.append(Block(match.group(2)))
            current_set = None
        elif current_set is not None and line.startswith("+"):
            current_set.append(line[1:].split()[0])
        elif blocks and line.startswith("-"):
            _add_pattern(blocks[-1], line)
        elif blocks and (match := VERB.match(line)) is not None:
            code = match.group(4)[1:-1] if match.group(4) else ""
            blocks[-1].verbs.append((match.group(2), match.group(1), code))
            if match.group(3):
                forms = [f.lstrip("+") for f in match.group(3).strip("{}").split()]
                blocks[-1].forms[match.group(2)] = forms
    return synsets, blocks


def _add_pattern(block: Block, line: str) -> None:
    match = PATTERN.match(line)
    if match is not None:
        block.patterns.append((match.group(1), match.group(2), (match.group(3) or "").upper()))


def plover_row(code: str) -> tuple[str, str]:
    """(type, mode) of a CAMEO code; ('-', '-') when it has no PLOVER type."""
    kind = plover_of_cameo(code) if code and code != "---" else None
    if kind is None:
        return "-", "-"
    table = ontology().cameo
    row = next((table[code[:n]] for n in range(len(code), 1, -1) if code[:n] in table), None)
    mode = row.mode if row is not None else ""
    return kind, mode if mode in ontology().modes[kind] else "-"


class VerbDictionaryError(ValueError):
    """A verb dictionary or discard list that cannot be read, or that names no verb block or
    no phrase (the run stops before any article is coded: a file silently ignored would
    change every event)."""


# One slot of a pattern: the words that may fill it (a word, or a synonym set's members).
Slot = frozenset[str]


@dataclass(frozen=True, slots=True)
class Pattern:
    """Words before and after the verb, in order, and the rule they code (a blocker for `---`,
    None for a code with no PLOVER type)."""

    before: tuple[Slot, ...]
    after: tuple[Slot, ...]
    rule: Rule | None
    compound: bool = False  # '%': the subject is coordinated ('Kenya and Uganda postponed')
    # how many slots after the verb come before the party the pattern marks ('+', or '$'
    # where the source follows the verb): None when it marks none
    marked_at: int | None = None
    # the slots before and after the verb that each '{noun phrase}' spans, as (first, end)
    phrases_before: tuple[tuple[int, int], ...] = ()
    phrases_after: tuple[tuple[int, int], ...] = ()
    # the slots before and after the verb that open a '(prepositional phrase)'
    openers_before: frozenset[int] = frozenset()
    openers_after: frozenset[int] = frozenset()

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)


@dataclass(frozen=True, slots=True)
class DictionaryVerb:
    """A verb of the dictionary: its particle (`CORDON_OFF`), own rule and its set's patterns."""

    particle: str | None
    rule: Rule | None
    patterns: tuple[Pattern, ...]


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    """Verbs by lemma, read from one or more files (a later file's verb replaces an earlier's),
    and the discard lists that go with them."""

    verbs: dict[str, tuple[DictionaryVerb, ...]]
    discards: Discards = NO_DISCARDS

    def match(self, verb: Token, lemma: str) -> DictionaryMatch:
        """The dictionary's rule for this verb (a blocker: no event; None: the dictionary
        says nothing), the noun of the pattern that matched and where it marks a party."""
        entry = next(
            (
                e
                for word in dict.fromkeys((verb.lower_, lemma))
                for e in self.verbs.get(word, ())
                if _has_particle(verb, e.particle)
            ),
            None,
        )
        if entry is None:
            return DictionaryMatch(None)
        if entry.patterns:
            phrase = _Phrase.around(verb)
            for pattern in entry.patterns:  # most words first
                found = phrase.match(pattern)
                if found is not None:
                    return DictionaryMatch(
                        pattern.rule, _pattern_noun(found), _mark(pattern, found, verb)
                    )
        return DictionaryMatch(entry.rule)


@dataclass(frozen=True, slots=True)
class DictionaryMatch:
    """A verb's dictionary rule, the noun its pattern names, and the word after which the
    pattern marks a party ('WARN * THEIR ^ ABOUT +': the party warned about follows 'about')."""

    rule: Rule | None
    noun: Token | None = None
    mark: Token | None = None


def _mark(pattern: Pattern, found: list[Token], verb: Token) -> Token | None:
    if pattern.marked_at is None:
        return None
    return found[pattern.marked_at - 1] if pattern.marked_at else verb


def _has_particle(verb: Token, particle: str | None) -> bool:
    return particle is None or any(
        c.lower_ == particle and c.dep_ in ("prt", "prep", "advmod") for c in verb.children
    )


# A word of the phrase: the token, its form and its lemma.
Word = tuple[Token, str, str]


@dataclass(frozen=True, slots=True)
class _Phrase:
    """The words a verb's patterns are matched on, read once per verb: the sentence before the
    verb and the verb's phrase after it; `forms` lets most patterns fail without a scan."""

    before: tuple[Word, ...]
    after: tuple[Word, ...]
    forms: frozenset[str]
    compound_subject: bool

    @classmethod
    def around(cls, verb: Token) -> _Phrase:
        before = tuple(_word_of(t) for t in _clause_of(verb).subtree if t.i < verb.i)
        after = tuple(_word_of(t) for t in verb.subtree if t.i > verb.i)
        forms = frozenset(f for _, *pair in (*before, *after) for f in pair)
        compound = any(c.dep_ in SUBJECT_DEPS and c.conjuncts for c in verb.children)
        return cls(before, after, forms, compound)

    def match(self, pattern: Pattern) -> list[Token] | None:
        """The words after the verb that fill the pattern, or None when it does not match."""
        if pattern.compound and not self.compound_subject:
            return None
        if any(slot.isdisjoint(self.forms) for slot in (*pattern.before, *pattern.after)):
            return None
        before = _in_order(pattern.before, self.before, pattern.openers_before)
        if before is None or not _phrases_hold(before, pattern.phrases_before):
            return None
        after = _in_order(pattern.after, self.after, pattern.openers_after)
        if after is None or not _phrases_hold(after, pattern.phrases_after):
            return None
        return after


def _clause_of(verb: Token) -> Token:
    """The head of the clause a verb's pattern words before it are read in: the verb's own,
    climbing through complements that have no subject of their own ('INCHING … *' matches
    'is inching nearer to accord'; 'INDICATED *' does not match 'indicated it deplored')."""
    head = verb
    while head.dep_ == "xcomp" and head.head is not head:
        head = head.head
    return head


def _word_of(token: Token) -> Word:
    return token, token.lower_, token.lemma_.lower()


def _in_order(
    slots: Sequence[Slot], words: Sequence[Word], openers: frozenset[int] = frozenset()
) -> list[Token] | None:
    """The tokens that fill `slots` in order, or None when one is not found. A slot that opens
    a '(prepositional phrase)' is not filled by the 'to' of an infinitive ('(TO) *' is no
    'inching nearer to accord')."""
    found: list[Token] = []
    remaining = iter(words)
    for n, slot in enumerate(slots):
        token = next(
            (
                t
                for t, form, lemma in remaining
                if (form in slot or lemma in slot) and not (n in openers and _infinitival(t))
            ),
            None,
        )
        if token is None:
            return None
        found.append(token)
    return found


def _infinitival(token: Token) -> bool:
    return token.tag_ == "TO" and token.dep_ == "aux"


def _phrases_hold(found: list[Token], phrases: Sequence[tuple[int, int]]) -> bool:
    return all(_one_phrase(found[first:end]) for first, end in phrases)


def _one_phrase(tokens: Sequence[Token]) -> bool:
    """Whether the words that fill a '{noun phrase}' are one phrase of the parse: each hangs
    on another of them or on the head the phrase hangs on, not through a conjunction. The
    words need not touch ('{NEW &TIETYPES RELATIONS}' codes 'new global economic relations'),
    but 'new global economic trade relations' is economic trade, and 'death and injury total'
    is no '{DEATH TOTAL}' (both as the UD-PETRARCH suite codes them)."""
    inside = {t.i for t in tokens}
    top = min(tokens, key=lambda t: len(list(t.ancestors)))
    return all(
        t is top or (t.dep_ != "conj" and (t.head.i in inside or t.head == top.head))
        for t in tokens
    )


def _pattern_noun(found: list[Token]) -> Token | None:
    """The last noun the pattern names after the verb: the noun its recipient may hang on."""
    return next((t for t in reversed(found) if t.pos_ in ("NOUN", "PROPN")), None)


@dataclass(frozen=True, slots=True)
class _Policy:
    """What verb_import.yaml says of imported and user rules: recipient slots per type, the
    prepositions tried after them, and the flags taken over from a built-in rule."""

    targets: dict[str, list[str]]
    prepositions: tuple[str, ...]
    inherited: frozenset[str]


@cache
def _policy() -> _Policy:
    policy = data_yaml("verb_import.yaml")
    return _Policy(
        targets=policy["targets"],
        prepositions=tuple(policy["user_dictionary"]["recipient_prepositions"]),
        inherited=frozenset(policy["inherited_flags"]),
    )


def inherited_flags() -> frozenset[str]:
    """Flags a dictionary rule takes over from the built-in rule of the same verb
    (verb_import.yaml `inherited_flags`: a joint act stays joint)."""
    return _policy().inherited


def _rule(
    raw_code: str, *, source: str, prepositions: Sequence[str], flags: Iterable[str] = ()
) -> Rule | None:
    if raw_code.strip().startswith("---"):
        return Rule(type="-", cameo="-", mode=None, targets=(), flags=frozenset(), source=source)
    code = first_code(raw_code)
    kind, mode = plover_row(code)
    if kind == "-":
        return None
    policy = _policy()
    targets = tuple(dict.fromkeys([*prepositions, *policy.targets[kind], *policy.prepositions]))
    rule = Rule(
        type=kind,
        cameo=code,
        mode=None if mode == "-" else mode,
        targets=targets,
        flags=frozenset({"needs_target", "any_slot", *flags}),
        source=source,
    )
    back_code = paired_code(raw_code)
    back_kind, back_mode = plover_row(back_code)
    if back_kind == "-":
        return rule
    back = replace(
        rule, type=back_kind, cameo=back_code, mode=None if back_mode == "-" else back_mode
    )
    return replace(rule, reverse=back)


def _word(token: str) -> str:
    """'SANCTIONS' → 'sanctions', 'CORDON_OFF' → 'cordon off' (a closing '_' dropped)."""
    return token.rstrip("_").replace("_", " ").lower()


def _expand(name: str, synsets: dict[str, list[str]], seen: frozenset[str] = frozenset()) -> Slot:
    """A synonym set's one-word members, nested sets included."""
    words: set[str] = set()
    for member in synsets.get(name.rstrip("_"), synsets.get(name, [])):
        if member.startswith("&") and member not in seen:
            words |= _expand(member, synsets, seen | {name})
        elif "_" not in member.rstrip("_"):
            words.add(_word(member))
    return frozenset(words)


@dataclass(slots=True)
class _Side:
    """One side of a pattern as read: its slots, the prepositions its phrases open with, and
    where its markers stand (counted in slots before them)."""

    slots: list[Slot] = field(default_factory=list)
    prepositions: list[str] = field(default_factory=list)
    markers: dict[str, int] = field(default_factory=dict)
    phrases: list[tuple[int, int]] = field(default_factory=list)
    openers: set[int] = field(default_factory=set)


def _side(text: str, synsets: dict[str, list[str]]) -> _Side:
    side = _Side()
    for element in ELEMENT.findall(text):
        words = element.strip("(){}").split()
        first = len(side.slots)
        if element.startswith("(") and words and words[0] not in MARKERS:
            side.prepositions.append(_word(words[0]))
            side.openers.add(first)
        for word in words:
            if word in MARKERS:
                side.markers.setdefault(word, len(side.slots))
            if word in MARKERS or not word.strip("_"):
                continue
            is_set = word.startswith("&")
            side.slots.append(_expand(word, synsets) if is_set else frozenset({_word(word)}))
        if element.startswith("{") and len(side.slots) - first > 1:
            side.phrases.append((first, len(side.slots)))
    return side


def _patterns(block: Block, synsets: dict[str, list[str]], source: str) -> tuple[Pattern, ...]:
    patterns = []
    for body, raw_code, _origin in block.patterns:
        if "*" not in body:
            continue
        before_text, after_text = body.split("*", 1)
        before, after = _side(before_text, synsets), _side(after_text, synsets)
        if not all((*before.slots, *after.slots)):
            continue  # an undefined set, or one of multi-word members only: nothing to match
        # '%' before the verb: a compound subject whose members act on each other
        compound = "%" in before.markers
        # '+ * … $': the subject receives, the party after the verb acts ('receive money')
        inverted = "+" in before.markers and "$" in after.markers
        flags = ("symmetric",) * compound + ("inverted",) * inverted
        rule = _rule(raw_code, source=source, prepositions=after.prepositions, flags=flags)
        marked_at = after.markers.get("$" if inverted else "+")
        patterns.append(
            Pattern(
                tuple(before.slots),
                tuple(after.slots),
                rule,
                compound,
                marked_at,
                tuple(before.phrases),
                tuple(after.phrases),
                frozenset(before.openers),
                frozenset(after.openers),
            )
        )
    # the pattern naming the most words wins, then the first in the file (a stable sort)
    return tuple(sorted(patterns, key=lambda p: -p.size))


def _verb_entries(
    block: Block, synsets: dict[str, list[str]], source: str
) -> Iterable[tuple[str, DictionaryVerb]]:
    patterns = _patterns(block, synsets, source)
    for name, _plus, code in block.verbs:
        rule = _rule(code or block.raw_code, source=source, prepositions=())
        for written in (name, *block.forms.get(name, ())):
            parts = _word(written.strip("_")).split()
            if len(parts) > 2 or any(p.startswith("+") for p in parts[1:]):
                continue  # 'WIRE_+TAP' (its head word last), three-word verbs: not read
            particle = parts[1] if len(parts) == 2 else None
            yield parts[0], DictionaryVerb(particle, rule, patterns)


def parse_verb_dictionary(text: str, *, source: str) -> dict[str, tuple[DictionaryVerb, ...]]:
    """Verbs by lemma; a verb in several blocks keeps all its entries, particles first."""
    synsets, blocks = read_dictionary(text)
    found: dict[str, list[DictionaryVerb]] = {}
    for block in blocks:
        for lemma, entry in _verb_entries(block, synsets, source):
            found.setdefault(lemma, []).append(entry)
    return {
        lemma: tuple(sorted(entries, key=lambda e: e.particle is None))
        for lemma, entries in found.items()
    }


def load_verb_dictionary(paths: Sequence[Path], *, discards: Sequence[Path] = ()) -> VerbDictionary:
    """One dictionary from several verb files and discard lists; a clear error for a file that
    cannot be read or that names no verb block (no phrase, for a discard list)."""
    verbs: dict[str, tuple[DictionaryVerb, ...]] = {}
    for path in paths:
        found = parse_verb_dictionary(_read(path), source=path.name)
        if not found:
            raise VerbDictionaryError(f"{path}: no verb block ('--- VERB [code] ---') found")
        verbs.update(found)
    lists, empty = discard_lists([_read(path) for path in discards])
    if empty:
        raise VerbDictionaryError(f"{discards[empty[0]]}: no discard phrase found")
    return VerbDictionary(verbs, lists)


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8", errors="replace")
    except OSError as error:
        raise VerbDictionaryError(f"{path}: {error.strerror or error}") from error


_active: list[VerbDictionary] = []


def active_verb_dictionary() -> VerbDictionary | None:
    """The user verb dictionary of this process (`use_verb_dictionary`), if any."""
    return _active[-1] if _active else None


def use_verb_dictionary(dictionary: VerbDictionary | None) -> None:
    """Make `dictionary` decide its verbs for every article this process codes (None: none),
    as `use_gazetteer` does for actors."""
    _active.clear()
    if dictionary is not None:
        _active.append(dictionary)


@contextmanager
def using_verb_dictionary(dictionary: VerbDictionary | None) -> Iterator[None]:
    """`use_verb_dictionary` for a block of code, then the previous one again."""
    previous = active_verb_dictionary()
    use_verb_dictionary(dictionary)
    try:
        yield
    finally:
        use_verb_dictionary(previous)
