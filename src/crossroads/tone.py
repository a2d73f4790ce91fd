"""Tone of a statement (VADER's compound score in [-1, 1]) and of an article (GDELT-like).

VADER is a lexicon (MIT) that runs offline; the analyser loads its lexicon from disk, so it is
built once per process and shared. VADER's compound score suits a sentence or a statement but
saturates towards ±1 on a whole article, so an article's tone is GDELT's measure instead: the
share of positive words minus the share of negative words, in percent (typically −10 … +10),
with words judged by the VADER lexicon and flipped after a negation.
"""

from __future__ import annotations

from functools import cache

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
    """GDELT-like tone of a parsed article: (positive − negative words) / words × 100."""
    lexicon = _analyzer().lexicon
    words = positive = negative = 0
    recent: list[str] = []
    for token in doc:
        if not token.is_alpha:
            continue
        word = token.lower_
        words += 1
        valence = lexicon.get(word, 0.0)
        if valence and any(w in NEGATIONS for w in recent):
            valence = -valence
        positive += valence > 0
        negative += valence < 0
        recent = [*recent[-(NEGATION_WINDOW - 1) :], word]
    return round(100.0 * (positive - negative) / words, 3) if words else 0.0


__all__ = ["article_tone", "text_tone"]
