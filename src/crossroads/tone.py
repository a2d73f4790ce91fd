"""Tone of a statement (VADER's compound score in [-1, 1]) and of an article (GDELT-like).

VADER is a lexicon (MIT) that runs offline; the analyser loads its lexicon from disk, so it is
built once per process and shared. VADER's compound score suits a sentence or a statement but
saturates towards ±1 on a whole article, so an article's tone is GDELT's measure instead: the
share of positive words minus the share of negative words, in percent (typically −10 … +10),
with words judged by the VADER lexicon and flipped after a negation.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import IS_ALPHA, LOWER
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from vaderSentiment.vaderSentiment import NEGATE, SentimentIntensityAnalyzer

NEGATION_WINDOW = 3
"""A word is negated when one of the three words before it is a negation ("did not welcome")."""
NEGATIONS = frozenset(NEGATE) | {"not", "no", "never", "n't", "without"}


@cache
def _analyzer() -> SentimentIntensityAnalyzer:
    """One analyser per process: building it reads and parses the lexicon files."""
    return SentimentIntensityAnalyzer()


def text_tone(text: str) -> float:
    """VADER compound score of `text`, rounded to 4 places; 0.0 for blank text."""
    if not text.strip():
        return 0.0
    score = float(_analyzer().polarity_scores(text)["compound"])
    return round(max(-1.0, min(1.0, score)), 4)


def article_tone(doc: Doc) -> float:
    """GDELT-like tone of a parsed article: (positive − negative words) / words × 100. Words
    are read from the doc's arrays, as hashes of their lowercase form."""
    words = [word for is_alpha, word in doc.to_array([IS_ALPHA, LOWER]).tolist() if is_alpha]
    positive = negative = 0
    for i, word in enumerate(words):
        valence = _valence(word, doc.vocab.strings)
        if valence and not _NEGATION_IDS.isdisjoint(words[max(0, i - NEGATION_WINDOW) : i]):
            valence = -valence
        positive += valence > 0
        negative += valence < 0
    return round(100.0 * (positive - negative) / len(words), 3) if words else 0.0


_NEGATION_IDS = frozenset(get_string_id(word) for word in NEGATIONS)
_VALENCE: dict[int, float] = {}


def _valence(word: int, strings: StringStore) -> float:
    """The lexicon's valence of a lowercase word, by the word's hash (memoised: words recur)."""
    if word not in _VALENCE:
        _VALENCE[word] = _analyzer().lexicon.get(strings[word], 0.0)
    return _VALENCE[word]


__all__ = ["article_tone", "text_tone"]
