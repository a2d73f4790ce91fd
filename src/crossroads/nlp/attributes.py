"""The model's attribute rules, applied by table lookup instead of spaCy's Matcher.

The English model's `attribute_ruler` maps each fine tag to its part of speech and
morphology, and some words to their lemma ('gets' → 'get', 'gon na' → 'go to'): 179 rules,
almost all on one token and by equality. spaCy runs them through a Matcher, which tries every
rule at every token: about an eighth of the whole parse. `AttributeTable` gives the same
annotation from the same rules. Each rule token is a test of a token's key (TAG, LOWER, DEP,
IS_SPACE): values it accepts (an equality or an 'IN' list), values it refuses ('NOT_IN') or
a regular expression. What the one-token rules set, and which longer rules may start, is
worked out once per key and memoised; a longer rule is then checked only where it may start.
A word no rule names nor matches stands in the key as OTHER_WORD, so the memo holds one entry
per tag and dependency for all such words (1,178 keys after 200 articles), not one per word.
As in the ruler, all rules are matched on the doc as the tagger and parser left it, then
applied in their order, a later rule overriding an earlier one. A rule of any other form stays
with a Matcher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.types import Ints2d

ATTRIBUTES = "crossroads_attributes"
STOCK_ATTRIBUTES = "attribute_ruler"
# What a rule token may test, in the order of a token's key.
KEY_NAMES = ("TAG", "LOWER", "DEP", "IS_SPACE")
KEY_ATTRS = (TAG, LOWER, DEP, IS_SPACE)
FLAG_KEYS = frozenset({"IS_SPACE"})
# What rules set as arrays over the whole doc; TAG and DEP (set on space tokens only) are set
# token by token.
ARRAY_ATTRS = (POS, MORPH, LEMMA)
ARRAY_COLUMN = {attr: column for column, attr in enumerate(ARRAY_ATTRS)}

Key = tuple[int, ...]
# A key's word when no rule names it: the memo then holds one entry per tag and dependency,
# not one per word of the corpus (it would grow with every new word). No hash is negative.
OTHER_WORD = -1
WORD_PART = KEY_NAMES.index("LOWER")


@dataclass(frozen=True, slots=True)
class NotIn:
    """A 'NOT_IN' test: the values a key part must not have."""

    values: frozenset[int]


Test = frozenset[int] | NotIn | re.Pattern[str] | None  # None: the key part is not tested
Settings = dict[int, tuple[int, int]]  # attribute id → (rule, value) of the last rule setting it


@dataclass(frozen=True, slots=True)
class TokenTest:
    """One token of a rule: a test of each part of a token's key."""

    tests: tuple[Test, ...]

    def matches(self, key: Key, strings: StringStore) -> bool:
        for value, test in zip(key, self.tests, strict=True):
            if test is None:
                continue
            if isinstance(test, frozenset):
                if value not in test:
                    return False
            elif isinstance(test, NotIn):
                if value in test.values:
                    return False
            elif value == OTHER_WORD or not test.search(strings[value]):
                return False
        return True

    def words(self) -> tuple[frozenset[int], list[re.Pattern[str]]]:
        """The words this test names (by hash) and its patterns over words."""
        test = self.tests[WORD_PART]
        if isinstance(test, frozenset):
            return test, []
        if isinstance(test, NotIn):
            return test.values, []
        return frozenset(), [] if test is None else [test]


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule's pattern (one alternative of it): the rule's position and its token tests."""

    position: int
    tokens: tuple[TokenTest, ...]


@dataclass(slots=True)
class KeyReading:
    """What the rules make of one key: the settings of the one-token rules it matches, and the
    longer rules whose first token it matches."""

    settings: Settings
    starts: tuple[Rule, ...]


@dataclass(slots=True)
class AttributeTable:
    """The pipeline component: the rules of an `AttributeRuler`, compiled."""

    vocab: Vocab
    settings: list[dict[int, int]]  # per rule position: attribute id → value
    token_of_match: list[int]  # per rule position: which token of its match it annotates
    rules: list[Rule]  # in rule order
    matcher: Matcher  # the rules of another form
    named_words: frozenset[int]  # the words some rule names ...
    word_patterns: list[re.Pattern[str]]  # ... or may match
    memo: dict[Key, KeyReading] = field(default_factory=dict)
    # the key part of each word seen: one int per word, as spaCy's string store keeps one string
    word_memo: dict[int, int] = field(default_factory=dict)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys: list[Key] = [
            (tag, self._word(word), dep, space)
            for tag, word, dep, space in doc.to_array(list(KEY_ATTRS)).tolist()
        ]
        readings = [self._reading(key) for key in keys]
        found = [reading.settings for reading in readings]
        for position, start, end in self._longer_matches(doc, keys, readings):
            token = range(start, end)[self.token_of_match[position]]
            found[token] = merged = dict(found[token])  # the memo's own stays as it is
            for attr, value in self.settings[position].items():
                if position > merged.get(attr, (-1, 0))[0]:
                    merged[attr] = (position, value)
        _apply(doc, found)
        return doc

    def _word(self, word: int) -> int:
        """The word as its key part: itself where a rule names it or may match it, else
        OTHER_WORD."""
        part = self.word_memo.get(word)
        if part is None:
            text = self.vocab.strings[word]
            kept = word in self.named_words or any(p.search(text) for p in self.word_patterns)
            part = self.word_memo[word] = word if kept else OTHER_WORD
        return part

    def _reading(self, key: Key) -> KeyReading:
        reading = self.memo.get(key)
        if reading is None:
            settings: Settings = {}
            starts = []
            for rule in self.rules:  # in rule order: a later rule overrides
                if not rule.tokens[0].matches(key, self.vocab.strings):
                    continue
                if len(rule.tokens) > 1:
                    starts.append(rule)
                    continue
                for attr, value in self.settings[rule.position].items():
                    settings[attr] = (rule.position, value)
            reading = self.memo[key] = KeyReading(settings, tuple(starts))
        return reading

    def _longer_matches(
        self, doc: Doc, keys: list[Key], readings: list[KeyReading]
    ) -> list[tuple[int, int, int]]:
        """(rule position, start, end) of each match of a longer rule or a Matcher rule."""
        matches = [
            (rule.position, start, start + len(rule.tokens))
            for start, reading in enumerate(readings)
            for rule in reading.starts
            if self._continues(rule, keys, start)
        ]
        if len(self.matcher):
            found = cast(Any, self.matcher(doc, allow_missing=True, as_spans=False))
            matches += [(int(self.vocab.strings[m]), s, e) for m, s, e in found]
        return sorted(matches)

    def _continues(self, rule: Rule, keys: list[Key], start: int) -> bool:
        following = keys[start + 1 : start + len(rule.tokens)]
        return len(following) == len(rule.tokens) - 1 and all(
            test.matches(key, self.vocab.strings)
            for test, key in zip(rule.tokens[1:], following, strict=True)
        )


def _apply(doc: Doc, found: list[Settings]) -> None:
    """Set what the rules found: POS, MORPH and LEMMA as arrays over the doc (a token no rule
    sets keeps its value), TAG and DEP token by token (the rules set them on spaces only)."""
    rows = doc.to_array(list(ARRAY_ATTRS)).tolist()
    for i, (row, settings) in enumerate(zip(rows, found, strict=True)):
        for attr, (_, value) in settings.items():
            if attr in ARRAY_COLUMN:
                row[ARRAY_COLUMN[attr]] = value
            elif attr == TAG:
                doc[i].tag = value
            elif attr == DEP:
                doc[i].dep = value
    doc.from_array(list(ARRAY_ATTRS), cast(Ints2d, numpy.array(rows, dtype=numpy.uint64)))


def compile_ruler(ruler: AttributeRuler) -> AttributeTable:
    """The table of a loaded ruler's rules (its patterns, normalised settings and indices)."""
    rules: list[Rule] = []
    matcher = Matcher(ruler.vocab)
    for position, entry in enumerate(ruler.patterns):
        alternatives = cast(list[list[dict[str, Any]]], entry["patterns"])
        compiled = [_rule(position, pattern, ruler.vocab) for pattern in alternatives]
        if all(rule is not None for rule in compiled):
            rules.extend(rule for rule in compiled if rule is not None)
        else:
            matcher.add(str(position), alternatives)
    tests = [test.words() for rule in rules for test in rule.tokens]
    return AttributeTable(
        vocab=ruler.vocab,
        settings=[dict(a) for a in ruler.attrs],
        token_of_match=list(ruler.indices),
        rules=rules,
        matcher=matcher,
        named_words=frozenset().union(*(named for named, _ in tests)),
        word_patterns=[pattern for _, patterns in tests for pattern in patterns],
    )


def _rule(position: int, pattern: list[dict[str, Any]], vocab: Vocab) -> Rule | None:
    tokens = [_token_test(spec, vocab) for spec in pattern]
    if not tokens or any(t is None for t in tokens):
        return None
    return Rule(position, tuple(t for t in tokens if t is not None))


def _token_test(spec: dict[str, Any], vocab: Vocab) -> TokenTest | None:
    """The test of one pattern token over the key parts, or None for any other form (an
    operator, another attribute, a predicate other than 'IN', 'NOT_IN' and 'REGEX')."""
    if not set(spec) <= set(KEY_NAMES):
        return None
    tests: list[Test] = []
    for name in KEY_NAMES:
        if name not in spec:
            tests.append(None)
            continue
        test = _test(name, spec[name], vocab)
        if test is None:
            return None
        tests.append(test)
    return TokenTest(tuple(tests))


def _test(name: str, value: Any, vocab: Vocab) -> Test:
    if not isinstance(value, dict):
        return frozenset({_key_value(name, value, vocab)})
    if set(value) == {"IN"}:
        return frozenset(_key_value(name, v, vocab) for v in value["IN"])
    if set(value) == {"NOT_IN"}:
        return NotIn(frozenset(_key_value(name, v, vocab) for v in value["NOT_IN"]))
    if set(value) == {"REGEX"} and name not in FLAG_KEYS:
        return re.compile(str(value["REGEX"]))
    return None


def _key_value(name: str, value: Any, vocab: Vocab) -> int:
    """The value `Doc.to_array` gives for a key part: a string's hash, a flag's 0 or 1."""
    if name in FLAG_KEYS:
        return int(bool(value))
    return int(vocab.strings.add(str(value)))


@Language.factory(ATTRIBUTES)
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    """Compiles the pipeline's `attribute_ruler`, which `load_nlp` then removes."""
    return compile_ruler(cast(AttributeRuler, nlp.get_pipe(STOCK_ATTRIBUTES)))


__all__ = ["ATTRIBUTES", "STOCK_ATTRIBUTES", "AttributeTable", "compile_ruler"]
