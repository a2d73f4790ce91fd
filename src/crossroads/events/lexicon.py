"""The coder's rules, read from the data files into precomputed lookups.

Why: `code_events` must stay one cheap pass over the sentences, so every rule file is read once
per process and turned into dicts keyed by lemma (verbs), by (verb, noun) pair (patterns) and
into frozen sets (modifier cues).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Token

from crossroads.events.ontology import PLOVER_TYPES, data_yaml, ontology, read_tsv

# Modifiers that make a multi-word noun with their head ('martial law', 'hunger strike').
MULTIWORD_DEPS = frozenset({"amod", "compound"})
# Hand rule files whose rows may say 'not an event' with type '-' (a blocker).
HAND_BLOCKER_FILES = frozenset({"verbs.tsv", "patterns.tsv"})


@dataclass(frozen=True, slots=True)
class Rule:
    """One way of coding an event: its type, CAMEO code, mode and where its recipient is."""

    type: str
    cameo: str
    mode: str | None
    targets: tuple[str, ...]
    flags: frozenset[str]
    particle: str | None = None
    source: str = "verbs.tsv"
    # a user dictionary's paired code ('[042:043]'): the recipient's act back to the source
    reverse: Rule | None = None

    def has(self, flag: str) -> bool:
        return flag in self.flags

    @property
    def blocks(self) -> bool:
        """A hand row of type '-': the construction is no event ('issued a travel warning',
        'welcomed home'), so no later rule of the verb codes it."""
        return self.type == "-"

    @property
    def generated(self) -> bool:
        """Imported from the CAMEO verb dictionary rather than written by hand."""
        return self.source.endswith("_cameo.tsv")


@dataclass(frozen=True, slots=True)
class SaidClass:
    """A class of statements (accusations, requests …) and the words that signal it."""

    type: str
    cameo: str
    mode: str | None
    cue_verbs: frozenset[str]
    words: frozenset[str]
    needs_cue_verb: bool
    target_from: tuple[str, ...]
    active_words: bool = False


@dataclass(frozen=True, slots=True)
class Modality:
    """PLOVER's reading of intentions and obligations (modifiers.yaml `intent`, `obligation`):
    which cues mark them and what a cooperative or conflictual act becomes under them."""

    intent_modals: frozenset[str]
    weak_modals: frozenset[str]
    speech_governors: frozenset[str]
    intent_governors: frozenset[str]
    schedule_governors: frozenset[str]
    future_forms: frozenset[str]
    trip_verbs: frozenset[str]
    unsaid_governors: frozenset[str]
    agree_codes: dict[str, str]
    threaten_codes: dict[str, str]
    ultimatum_markers: frozenset[str]
    ultimatum_conjunctions: frozenset[str]
    question_markers: frozenset[str]
    forecast_words: frozenset[str]
    obligation_modals: frozenset[str]
    obligation_cameo: str


def _modality(mods: dict[str, Any]) -> Modality:
    intent, duty = mods["intent"], mods["obligation"]
    return Modality(
        intent_modals=word_set(intent["modals"]),
        weak_modals=word_set(intent["weak_modals"]),
        speech_governors=word_set(intent.get("speech_governors")),
        intent_governors=word_set(intent["governors"]),
        schedule_governors=word_set(intent.get("schedule_governors")),
        future_forms=word_set(intent.get("future_forms")),
        trip_verbs=word_set(intent.get("trip_verbs")),
        unsaid_governors=word_set(intent.get("unsaid_governors")),
        agree_codes={str(k): str(v) for k, v in intent["agree"].items()},
        threaten_codes={str(k): str(v) for k, v in intent["threaten"].items()},
        ultimatum_markers=word_set(intent["ultimatum_markers"]),
        ultimatum_conjunctions=word_set(intent.get("ultimatum_conjunctions")),
        question_markers=word_set(intent.get("question_markers")),
        forecast_words=word_set(intent.get("forecast_words")),
        obligation_modals=word_set(duty["modals"]),
        obligation_cameo=str(duty["cameo"]),
    )


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All rules and cues, as lookups."""

    verbs: dict[str, tuple[Rule, ...]]
    patterns: dict[tuple[str, str], Rule]
    cameo_verbs: dict[str, tuple[Rule, ...]]
    nouns: dict[str, Rule]
    cameo_patterns: dict[tuple[str, str, str], Rule | None]
    # the verbs the pattern tables name (a verb no pattern names needs none of them looked up)
    pattern_verbs: frozenset[str]
    cameo_pattern_verbs: frozenset[str]
    negation_deps: frozenset[str]
    negation_words: frozenset[str]
    negation_focus_adverbs: frozenset[str]
    negation_governors: frozenset[str]
    modals: frozenset[str]
    hypothetical_governors: frozenset[str]
    conditional_markers: frozenset[str]
    about_to: bool
    blocked_domains: frozenset[str]
    region_modifiers: frozenset[str]
    region_heads: frozenset[str]
    region_codes: frozenset[str]
    state_heads: dict[str, str | None]
    possessive_pronouns: dict[str, str]
    light_nouns: frozenset[str]
    instrument_nouns: frozenset[str]
    nominalizations: dict[str, str]
    announcing_verbs: frozenset[str]
    cue_pronouns: frozenset[str]
    content_pronouns: frozenset[str]
    person_nouns: frozenset[str]
    place_target_types: frozenset[str]
    lemma_fixes: dict[str, str]
    said: tuple[SaidClass, ...]
    accuse_tone: float | None
    modality: Modality
    victim_verbs: frozenset[str] = frozenset()
    question_marks: frozenset[str] = frozenset()
    question_breaks: frozenset[str] = frozenset()
    reporter_sectors: frozenset[str] = frozenset()
    reporter_cues: frozenset[str] = frozenset()


def _dash(value: str | None) -> str | None:
    value = (value or "").strip()
    return None if value in ("", "-") else value


def _split(value: str | None) -> tuple[str, ...]:
    value = _dash(value)
    return () if value is None else tuple(v.strip() for v in value.split(",") if v.strip())


def _rule(row: dict[str, str], *, source: str) -> Rule:
    kind = row["type"].strip()
    if kind == "-" and source in HAND_BLOCKER_FILES:
        return Rule(
            type="-",
            cameo="-",
            mode=None,
            targets=(),
            flags=frozenset(),
            particle=_dash(row.get("particle")),
            source=source,
        )
    if kind not in PLOVER_TYPES:
        raise ValueError(f"{source}: unknown PLOVER type {kind!r}")
    mode = _dash(row.get("mode"))
    if mode is not None and mode not in ontology().modes[kind]:
        raise ValueError(f"{source}: mode {mode!r} is not a mode of {kind}")
    return Rule(
        type=kind,
        cameo=row["cameo"].strip(),
        mode=mode,
        targets=_split(row.get("targets")),
        flags=frozenset(_split(row.get("flags"))),
        particle=_dash(row.get("particle")),
        source=source,
    )


def _verb_rules(name: str) -> dict[str, tuple[Rule, ...]]:
    """Rules by lemma; rules that need a particle come first so that they win."""
    found: dict[str, list[Rule]] = {}
    for row in read_tsv(name):
        found.setdefault(row["lemma"].strip(), []).append(_rule(row, source=name))
    return {k: tuple(sorted(v, key=lambda r: r.particle is None)) for k, v in found.items()}


def _noun_rules() -> dict[str, Rule]:
    """Event nouns ("attack", "meeting") by lemma."""
    nouns: dict[str, Rule] = {}
    for row in read_tsv("nouns.tsv"):
        rule = _rule(row, source="nouns.tsv")
        for noun in _split(row["noun"]):
            nouns.setdefault(noun, rule)
    return nouns


def _cameo_patterns() -> dict[tuple[str, str, str], Rule | None]:
    """Generated patterns keyed by (verb, preposition or '', noun); None: not an event."""
    patterns: dict[tuple[str, str, str], Rule | None] = {}
    for row in read_tsv("patterns_cameo.tsv"):
        key = (row["verb"], _dash(row["prep"]) or "", row["noun"])
        blocker = _dash(row["type"]) is None
        patterns[key] = None if blocker else _rule(row, source="patterns_cameo.tsv")
    return patterns


def _pattern_rules() -> dict[tuple[str, str], Rule]:
    patterns: dict[tuple[str, str], Rule] = {}
    for row in read_tsv("patterns.tsv"):
        rule = _rule(row, source="patterns.tsv")
        for verb in _split(row["verb"]):
            for noun in _split(row["noun"]):
                patterns.setdefault((verb, noun), rule)
    return patterns


def pattern_keys(noun: Token) -> list[str]:
    """The keys a pattern row may name a noun by, most specific first: its word form marked
    with '=' ('=demands': plural demands are political, the mass noun 'demand' is economic),
    a multi-word noun ('martial law', 'state of emergency'), then its lemma."""
    lemma = noun.lemma_.lower()
    keys = [f"={noun.lower_}"]
    keys += [f"{c.lemma_.lower()} {lemma}" for c in noun.children if c.dep_ in MULTIWORD_DEPS]
    keys += [
        f"{lemma} of {g.lemma_.lower()}"
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return [*keys, lemma]


def _said_classes(raw: dict[str, Any]) -> tuple[SaidClass, ...]:
    return tuple(
        SaidClass(
            type=c["type"],
            cameo=str(c["cameo"]),
            mode=c.get("mode"),
            cue_verbs=frozenset(c.get("cue_verbs") or ()),
            words=frozenset(c.get("words") or ()),
            needs_cue_verb=bool(c.get("needs_cue_verb")),
            target_from=tuple(c.get("target_from") or ("subject",)),
            active_words=bool(c.get("active_words")),
        )
        for c in raw["classes"]
    )


def first_word(phrase: str) -> str:
    """'call off' → 'call': the verb a pattern row's key ('call off', 'call for') opens with."""
    return phrase.split(" ", 1)[0]


def word_set(values: Any) -> frozenset[str]:
    """A data file's word list, lower-cased (an absent list is empty)."""
    return frozenset(str(v).lower() for v in values or ())


@cache
def lexicon() -> Lexicon:
    """The rules of this process, read on first use."""
    mods = data_yaml("modifiers.yaml")
    said = data_yaml("said.yaml")
    neg, hyp = mods["negation"], mods["hypothetical"]
    patterns, cameo_patterns = _pattern_rules(), _cameo_patterns()
    return Lexicon(
        verbs=_verb_rules("verbs.tsv"),
        patterns=patterns,
        cameo_verbs=_verb_rules("verbs_cameo.tsv"),
        nouns=_noun_rules(),
        cameo_patterns=cameo_patterns,
        pattern_verbs=frozenset(first_word(verb) for verb, _ in patterns),
        cameo_pattern_verbs=frozenset(verb for verb, _, _ in cameo_patterns),
        negation_deps=word_set(neg["deps"]),
        negation_words=word_set(neg["words"]),
        negation_focus_adverbs=word_set(neg["focus_adverbs"]),
        negation_governors=word_set(neg["governors"]),
        modals=word_set(hyp["modals"]),
        hypothetical_governors=word_set(hyp["governors"]),
        conditional_markers=word_set(hyp["markers"]),
        about_to=bool(hyp.get("about_to")),
        blocked_domains=frozenset(w for ws in mods["domains"].values() for w in word_set(ws)),
        region_modifiers=word_set(mods["region_anaphora"]["modifiers"]),
        region_heads=word_set(mods["region_anaphora"]["heads"]),
        region_codes=frozenset(str(c) for c in mods["region_anaphora"]["codes"]),
        state_heads={
            str(k): None if v is None else str(v) for k, v in mods["state_anaphora"].items()
        },
        possessive_pronouns={str(k): str(v) for k, v in mods["possessive_pronouns"].items()},
        light_nouns=word_set(mods["light_nouns"]),
        instrument_nouns=word_set(mods["instrument_nouns"]),
        nominalizations={str(k): str(v) for k, v in mods["nominalizations"]["nouns"].items()},
        announcing_verbs=word_set(mods["nominalizations"]["verbs"]),
        cue_pronouns=word_set(mods["speaker_pronouns"]["cue"]),
        content_pronouns=word_set(mods["speaker_pronouns"]["content"]),
        person_nouns=word_set(mods["person_nouns"]),
        place_target_types=frozenset(mods["place_target_types"]),
        lemma_fixes={str(k): str(v) for k, v in mods["lemma_fixes"].items()},
        said=_said_classes(said),
        accuse_tone=None if said["accuse_tone"] is None else float(said["accuse_tone"]),
        modality=_modality(mods),
        victim_verbs=word_set(said.get("victim_verbs")),
        question_marks=frozenset(str(m) for m in said["question"]["marks"]),
        question_breaks=frozenset(str(m) for m in said["question"]["breaks"]),
        reporter_sectors=frozenset(str(s) for s in said["reporter"]["sectors"]),
        reporter_cues=word_set(said["reporter"]["cues"]),
    )
