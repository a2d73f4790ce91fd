"""Scoring attributions on PolNeAR (brat files: Source, Cue, Content and Attribution events).

Matching rule (what `crossroads eval quotes` reports):

- Texts and annotations are tokenised with the same spaCy pipeline; punctuation and spaces do
  not count. Where a text has several annotators' files, the first file by name is the gold.
- A predicted attribution matches a gold one when the tokens they share are at least half of
  the gold content's tokens (PolNeAR content may be discontinuous; its segments are joined).
  Pairs are matched one to one, best overlap first. Predicted pieces of one quote split by
  its cue ('"A," she said, "B."') count as one prediction, as PolNeAR annotates them.
- precision = matched predictions / predictions, recall = matched gold / gold, F1 their
  harmonic mean; "speech" restricts to speech cues (said, told, according to, a colon …) on
  both sides, by the cue lexicon, leaving out beliefs (figures, thinks, wants, polls show).
  A stricter figure, where the shared tokens must also be half of the prediction's, is given.
- Speaker accuracy, over matched pairs whose gold has a source: correct when our speaker's
  words overlap the gold source, or our resolved name (or words) ends in the same word as the
  gold source ("Trump" / "Donald Trump"); for a pronoun source ("he"), also when our speaker
  is the same pronoun or our resolved name ends like the nearest named gold source before it
  (the entity the pronoun refers to, since PolNeAR leaves pronouns unresolved); for a relative
  "who"/"which" source, when our speaker ends at most 20 characters before it (the noun the
  relative clause hangs on).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from crossroads.attribution.extract import statements_with_cues
from crossroads.attribution.lexicon import cue_lexicon, pronouns
from crossroads.nlp import parse_texts

Segments = tuple[tuple[int, int], ...]
PRONOUN_SOURCES = frozenset(pronouns()) | {"you", "me", "us", "him", "them"}
RELATIVE_SOURCES = frozenset({"who", "which", "that"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass(frozen=True, slots=True)
class Prediction:
    """What a system says about one attribution, in the terms the scorer compares."""

    start: int
    end: int
    speech: bool
    speaker_text: str
    speaker_name: str | None
    speaker_start: int | None
    speaker_end: int | None
    group: int | None = None


@dataclass(frozen=True, slots=True)
class Gold:
    content: Segments
    cue: Segments
    source: Segments
    source_text: str


@dataclass(slots=True)
class Tally:
    """Counts over the whole split."""

    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0
    matched_pred: int = 0
    speech_gold: int = 0
    speech_pred: int = 0
    speech_matched_gold: int = 0
    speech_matched_pred: int = 0
    strict_matched: int = 0
    speaker_pairs: int = 0
    speaker_correct: int = 0
    documents: int = 0
    errors: list[str] = field(default_factory=list)


Extractor = Callable[[Doc], list[Prediction]]


def crossroads_predictions(doc: Doc) -> list[Prediction]:
    """Our statements as predictions; quote halves sharing a cue form one group."""
    found = []
    for candidate, st in statements_with_cues(doc):
        sp = st.speaker
        group = candidate.cue_start
        speech = candidate.cue_kind == "speech"
        found.append(
            Prediction(st.start, st.end, speech, sp.text, sp.name, sp.start, sp.end, group)
        )
    return found


def evaluate_quotes(
    data_dir: Path, split: str, *, extractor: Extractor | None = None, limit: int | None = None
) -> dict[str, object]:
    """Precision, recall and F1 (all cues and speech cues) and speaker accuracy on a split."""
    pairs = list(_gold_files(_split_dir(data_dir, split)))[:limit]
    texts = [text.read_text("utf-8") for text, _ in pairs]
    tally = Tally()
    predict = extractor or crossroads_predictions
    for (_, ann), doc in zip(pairs, parse_texts(texts), strict=True):
        _score_document(doc, _read_gold(ann), predict(doc), tally)
    return _report(split, tally)


def _split_dir(data_dir: Path, split: str) -> Path:
    for candidate in (data_dir / "data" / split, data_dir / split):
        if (candidate / "text").is_dir():
            return candidate
    raise FileNotFoundError(f"no PolNeAR split {split!r} under {data_dir}")


def _gold_files(split_dir: Path) -> Iterable[tuple[Path, Path]]:
    """(text, annotation) pairs: the first annotator's file of every text."""
    anns = sorted((split_dir / "attributions").glob("*.ann"))
    seen: set[str] = set()
    for ann in anns:
        stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        text = split_dir / "text" / f"{stem}.txt"
        if stem not in seen and text.exists():
            seen.add(stem)
            yield text, ann


def _segments(field_: str) -> Segments:
    parts = field_.split(" ", 1)[1].split(";")
    return tuple((int(a), int(b)) for a, b in (p.split() for p in parts))


def _read_gold(ann: Path) -> list[Gold]:
    spans: dict[str, tuple[Segments, str]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 3:
            spans[cols[0]] = (_segments(cols[1]), cols[2])
        elif line.startswith("E") and len(cols) >= 2:
            events.append(dict(arg.split(":", 1) for arg in cols[1].split()[1:]))
    return [_gold(e, spans) for e in events if e.get("Content") in spans]


def _gold(event: dict[str, str], spans: dict[str, tuple[Segments, str]]) -> Gold:
    content = spans[event["Content"]][0]
    cue = spans.get(event.get("Cue", ""), ((), ""))[0]
    source, source_text = spans.get(event.get("Source", ""), ((), ""))
    return Gold(content, cue, source, source_text)


# -- scoring ---------------------------------------------------------------------------


def _tokens(doc: Doc, segments: Iterable[tuple[int, int]], starts: list[int]) -> frozenset[int]:
    """Indices of the word tokens (no punctuation or space) inside the character segments."""
    found: set[int] = set()
    for a, b in segments:
        for i in range(bisect_left(starts, a), bisect_left(starts, b)):
            if not (doc[i].is_punct or doc[i].is_space):
                found.add(i)
    return frozenset(found)


def _score_document(doc: Doc, gold: list[Gold], preds: list[Prediction], tally: Tally) -> None:
    starts = [t.idx for t in doc]
    gold_tokens = [_tokens(doc, g.content, starts) for g in gold]
    groups = _group(preds)
    pred_tokens = [
        frozenset().union(*(_tokens(doc, [(p.start, p.end)], starts) for p in g)) for g in groups
    ]
    gold_speech = [_gold_is_speech(doc, g, starts) for g in gold]
    pred_speech = [g[0].speech for g in groups]
    matches = _match(gold_tokens, pred_tokens)
    tally.documents += 1
    tally.gold += len(gold)
    tally.predicted += len(groups)
    tally.matched_gold += len(matches)
    tally.matched_pred += len(matches)
    tally.speech_gold += sum(gold_speech)
    tally.speech_pred += sum(pred_speech)
    tally.speech_matched_gold += sum(gold_speech[gi] for gi, _ in matches)
    tally.speech_matched_pred += sum(pred_speech[pi] for _, pi in matches)
    tally.strict_matched += sum(
        len(gold_tokens[gi] & pred_tokens[pi]) * 2 >= len(pred_tokens[pi]) for gi, pi in matches
    )
    for gi, pi in matches:
        if gold[gi].source:
            tally.speaker_pairs += 1
            tally.speaker_correct += _speaker_ok(doc, gold, gi, groups[pi][0])


def _group_tokens(doc: Doc, group: list[Prediction], starts: list[int]) -> frozenset[int]:
    return _tokens(doc, [(p.start, p.end) for p in group], starts)


def _group(preds: list[Prediction]) -> list[list[Prediction]]:
    groups: dict[object, list[Prediction]] = {}
    for k, p in enumerate(preds):
        key = ("g", p.group, p.speaker_start) if p.group is not None else ("p", k)
        groups.setdefault(key, []).append(p)
    return list(groups.values())


def _match(gold: list[frozenset[int]], pred: list[frozenset[int]]) -> list[tuple[int, int]]:
    """One-to-one pairs whose shared tokens are at least half the gold's, best first."""
    scored = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            shared = len(g & p)
            if g and shared * 2 >= len(g):
                scored.append((shared / len(g | p), gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(scored, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _gold_is_speech(doc: Doc, gold: Gold, starts: list[int]) -> bool:
    text = " ".join(doc.text[a:b] for a, b in gold.cue).strip()
    if not text or text == ":":
        return bool(text)
    lemmas = " ".join(doc[i].lemma_.lower() for i in sorted(_tokens(doc, gold.cue, starts)))
    lexicon = cue_lexicon()
    return "speech" in (lexicon.kind_of(text), lexicon.kind_of(lemmas))


def _last_word(text: str | None) -> str:
    """The surname-like last word: without parentheses ("(R-Ga.)"), "Jr." or "'s"."""
    text = re.sub(r"\([^)]*\)", " ", text or "")
    words = [w.lower().removesuffix("'s") for w in re.findall(r"[A-Za-z][\w'-]*", text)]
    while words and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def _speaker_ok(doc: Doc, gold: list[Gold], gi: int, pred: Prediction) -> bool:
    g = gold[gi]
    s_start, s_end = pred.speaker_start, pred.speaker_end
    if (
        s_start is not None
        and s_end is not None
        and any(a < s_end and s_start < b for a, b in g.source)
    ):
        return True
    ours = {_last_word(pred.speaker_name), _last_word(pred.speaker_text)} - {""}
    source = g.source_text.strip().lower()
    if source in RELATIVE_SOURCES:
        return pred.speaker_end is not None and 0 <= g.source[0][0] - pred.speaker_end <= 20
    if source not in PRONOUN_SOURCES:
        return _last_word(g.source_text) in ours
    if pred.speaker_text.strip().lower() == source:
        return True
    return _antecedent(gold, gi) in ours


def _antecedent(gold: list[Gold], gi: int) -> str:
    """The nearest named gold source before a pronoun source: what the pronoun refers to."""
    at = gold[gi].source[0][0]
    named = [g for g in gold if g.source and g.source[0][0] < at]
    named = [g for g in named if g.source_text.strip().lower() not in PRONOUN_SOURCES]
    if not named:
        return ""
    return _last_word(max(named, key=lambda g: g.source[0][0]).source_text)


def _prf(matched_pred: int, predicted: int, matched_gold: int, gold: int) -> dict[str, float]:
    p = matched_pred / predicted if predicted else 0.0
    r = matched_gold / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _report(split: str, t: Tally) -> dict[str, object]:
    return {
        "split": split,
        "documents": t.documents,
        "gold": t.gold,
        "predicted": t.predicted,
        "all": _prf(t.matched_pred, t.predicted, t.matched_gold, t.gold),
        "speech": _prf(t.speech_matched_pred, t.speech_pred, t.speech_matched_gold, t.speech_gold),
        "strict_all": _prf(t.strict_matched, t.predicted, t.strict_matched, t.gold),
        "speech_gold": t.speech_gold,
        "speech_predicted": t.speech_pred,
        "speaker_accuracy": round(t.speaker_correct / t.speaker_pairs, 4)
        if t.speaker_pairs
        else 0.0,
        "speaker_pairs": t.speaker_pairs,
    }


MATCHING_RULE = (__doc__ or "").split("Matching rule", 1)[-1]

__all__ = ["MATCHING_RULE", "Prediction", "crossroads_predictions", "evaluate_quotes"]
