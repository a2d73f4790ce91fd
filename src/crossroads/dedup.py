"""Near-duplicate articles (syndicated wire copies) by MinHash over word 5-grams.

Syndicated copies are the main source of double counting in event data. Each article gets a
MinHash signature; banded LSH keys find candidates among everything stored before (the keys
live in the store, so this works across runs) and the estimated Jaccard similarity decides.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

NUM_PERM = 128
SHINGLE_WORDS = 5
THRESHOLD = 0.7
"""Estimated Jaccard similarity of 5-gram sets from which an article is a copy of another."""
SEED = 7
WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Signature:
    """An article's MinHash values and the LSH band keys derived from them."""

    article_id: str
    values: np.ndarray
    band_keys: tuple[int, ...]

    def similarity(self, other: np.ndarray) -> float:
        return float(np.count_nonzero(self.values == other)) / NUM_PERM


@cache
def _bands() -> tuple[int, int]:
    bands, rows = _optimal_param(THRESHOLD, NUM_PERM, 0.5, 0.5)
    return int(bands), int(rows)


@cache
def _empty_minhash() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED)


def shingles(text: str) -> set[bytes]:
    """Word 5-grams of the lower-cased text (the whole text when it is shorter)."""
    words = WORD.findall(text.lower())
    width = min(SHINGLE_WORDS, len(words))
    return {" ".join(words[i : i + width]).encode() for i in range(len(words) - width + 1)}


def signature(article_id: str, text: str) -> Signature:
    """The MinHash signature of a text, with one key per LSH band (band index in the key)."""
    minhash = _empty_minhash().copy()
    minhash.update_batch(list(shingles(text)))
    values = minhash.hashvalues.astype(np.uint32)
    return Signature(article_id=article_id, values=values, band_keys=band_keys(values))


def band_keys(values: np.ndarray) -> tuple[int, ...]:
    """The LSH band keys of a signature's MinHash values."""
    bands, rows = _bands()
    return tuple(_band_key(band, values[band * rows : (band + 1) * rows]) for band in range(bands))


def _band_key(band: int, rows: np.ndarray) -> int:
    """A stable 63-bit key (Python's own hash of bytes changes from process to process)."""
    digest = hashlib.blake2b(band.to_bytes(2, "big") + rows.tobytes(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def best_match(signature: Signature, candidates: dict[str, np.ndarray]) -> str | None:
    """The most similar candidate at or over the threshold; ties go to the smallest id."""
    scored = [(signature.similarity(values), cid) for cid, values in candidates.items()]
    passing = [
        (-score, cid) for score, cid in scored if score >= THRESHOLD and cid != signature.article_id
    ]
    return min(passing)[1] if passing else None


CandidateLookup = Callable[[Iterable[int]], dict[str, np.ndarray]]


class DuplicateFinder:
    """Finds, for each new article in turn, the earlier article it copies.

    Earlier means stored by a previous batch or run (found through `lookup`, the store's LSH
    keys) or seen before it in the batch being written.
    """

    def __init__(self, lookup: CandidateLookup) -> None:
        self._lookup = lookup
        self._recent_ids_by_key: dict[int, list[str]] = {}
        self._recent_values: dict[str, np.ndarray] = {}

    def duplicate_of(self, signature: Signature) -> str | None:
        return self.duplicates_of([signature])[0]

    def duplicates_of(self, signatures: Sequence[Signature]) -> list[str | None]:
        """`duplicate_of` of each signature in turn, with one question to the store for all of
        them: each is then compared with the stored articles sharing one of its band keys."""
        stored = self._lookup({key for s in signatures for key in s.band_keys})
        stored_keys = {article_id: set(band_keys(values)) for article_id, values in stored.items()}
        found = []
        for signature in signatures:
            keys = set(signature.band_keys)
            candidates = {i: v for i, v in stored.items() if stored_keys[i] & keys}
            found.append(self._against(signature, candidates))
        return found

    def _against(self, signature: Signature, candidates: dict[str, np.ndarray]) -> str | None:
        """The best match among the stored candidates and the batch's earlier articles."""
        for key in signature.band_keys:
            for article_id in self._recent_ids_by_key.get(key, ()):
                candidates[article_id] = self._recent_values[article_id]
        self._remember(signature)
        return best_match(signature, candidates)

    def _remember(self, signature: Signature) -> None:
        self._recent_values[signature.article_id] = signature.values
        for key in signature.band_keys:
            self._recent_ids_by_key.setdefault(key, []).append(signature.article_id)

    def forget_recent(self) -> None:
        """After a batch is stored, the store answers for it."""
        self._recent_ids_by_key.clear()
        self._recent_values.clear()
