"""Tone of a statement or an article: VADER's compound score in [-1, 1].

VADER is a lexicon (MIT) that runs offline in microseconds per sentence; it gives a GDELT-like
tone without a model download. The analyser loads its lexicon from disk, so it is built once per
process and shared.
"""

from __future__ import annotations

from functools import cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer


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


__all__ = ["text_tone"]
