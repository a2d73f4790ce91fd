"""Article-body extraction scored as scrapinghub/article-extraction-benchmark scores it.

The published figures we compare with (trafilatura 0.960 F1, readability 0.955, ...) come from
that benchmark, so the metric here follows its rule exactly, or the comparison means nothing:

* tokens are the `\\w+` matches of Python's `re` (Unicode), case kept;
* a text becomes the multiset of its token 4-grams; a text of 1 to 3 tokens is one unit made
  of all its tokens, an empty text has none;
* per page, tp = size of the multiset intersection of truth and prediction, fp = prediction
  units left over, fn = truth units left over; the three are divided by tp+fp+fn so that long
  pages do not weigh more (this does not change a page's precision or recall);
* page precision = tp/(tp+fp) (1 when fp = fn = 0), page recall = tp/(tp+fn) (idem);
* P is the mean page precision over pages with a prediction (tp+fp > 0), R the mean page
  recall over pages with a truth (tp+fn > 0), and F1 = 2PR/(P+R) from the two means.

crossroads' `extract_html`, bare trafilatura (`trafilatura.extract(html, url=url)`, all defaults)
and trafilatura as the benchmark's runner calls it (`include_comments=False`, which gives the
published 0.960) run in the same call on the same pages, so their figures are comparable.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import trafilatura

from crossroads.eval.systems import first, format_systems, timed
from crossroads.extract.html import extract_html

TOKEN = re.compile(r"\w+")
NGRAM = 4

Extractor = Callable[[str, str], str]


@dataclass(frozen=True, slots=True)
class PageCounts:
    """True positives, false positives and false negatives of one page, normalised to sum 1."""

    tp: float
    fp: float
    fn: float


@dataclass(frozen=True, slots=True)
class Page:
    """One page of the extraction set: its key (sha256 of the url), url, HTML and gold body."""

    key: str
    url: str
    html: str
    truth: str


def tokens(text: str) -> list[str]:
    """Word tokens as the benchmark counts them: every `\\w+` match."""
    return TOKEN.findall(text or "")


def shingles(text: str, *, n: int = NGRAM) -> Counter[tuple[str, ...]]:
    """The multiset of token n-grams; a text shorter than n tokens is a single unit."""
    words = tokens(text)
    if not words:
        return Counter()
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)))


def match_counts(truth: str, prediction: str) -> PageCounts:
    """tp, fp, fn of one page from the multiset intersection of its shingles."""
    gold, guess = shingles(truth), shingles(prediction)
    tp = sum((gold & guess).values())
    fp = sum((guess - gold).values())
    fn = sum((gold - guess).values())
    total = tp + fp + fn
    if total == 0:
        return PageCounts(0.0, 0.0, 0.0)
    return PageCounts(tp / total, fp / total, fn / total)


def page_precision(counts: PageCounts) -> float:
    """tp/(tp+fp), with the benchmark's conventions for the degenerate cases."""
    return _page_ratio(counts, missed=counts.fp)


def page_recall(counts: PageCounts) -> float:
    """tp/(tp+fn), with the benchmark's conventions for the degenerate cases."""
    return _page_ratio(counts, missed=counts.fn)


def _page_ratio(counts: PageCounts, *, missed: float) -> float:
    """tp/(tp+missed): 1 for a page with nothing wrong either way (fp = fn = 0, an empty
    truth and prediction included), 0 when tp and `missed` are both 0 but the page is not."""
    if counts.fp == counts.fn == 0:
        return 1.0
    if counts.tp == missed == 0:
        return 0.0
    return counts.tp / (counts.tp + missed)


def summarise(pages: Sequence[PageCounts]) -> dict[str, float]:
    """P over pages with a prediction, R over pages with a truth, F1 from the two means."""
    precisions = [page_precision(c) for c in pages if c.tp + c.fp > 0]
    recalls = [page_recall(c) for c in pages if c.tp + c.fn > 0]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def iter_extraction_set(data_dir: Path) -> Iterator[Page]:
    """Pages of `ground-truth.json` in key order, HTML read from `html/<key>.html.gz` as UTF-8.

    The benchmark's own runners read the pages as UTF-8 text, so we do the same.
    """
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        with gzip.open(data_dir / "html" / f"{key}.html.gz", "rt", encoding="utf-8") as handle:
            html = handle.read()
        item = truth[key]
        yield Page(key=key, url=item.get("url", ""), html=html, truth=item.get("articleBody", ""))


def crossroads_body(html: str, url: str) -> str:
    """The body text crossroads extracts (empty when it finds no article)."""
    extraction = extract_html(html, url=url or None)
    return extraction.text if extraction is not None else ""


def trafilatura_body(html: str, url: str) -> str:
    """Bare trafilatura with all its defaults (reader comments included)."""
    return trafilatura.extract(html, url=url or None) or ""


def trafilatura_benchmark_body(html: str, url: str) -> str:
    """trafilatura as the benchmark's own runner calls it (no comments): the published 0.960."""
    return trafilatura.extract(html, url=url or None, include_comments=False) or ""


EXTRACTORS: dict[str, Extractor] = {
    "crossroads": crossroads_body,
    "trafilatura": trafilatura_body,
    "trafilatura_nocomments": trafilatura_benchmark_body,
}


def evaluate_extraction(
    data_dir: Path, *, extractors: dict[str, Extractor] | None = None, limit: int | None = None
) -> dict[str, Any]:
    """Benchmark figures of each extractor on the extraction set, plus per-page counts.

    Returns `{"pages": int, "systems": {name: {"precision", "recall", "f1", "seconds",
    "empty"}}, "details": [{"key", "url", name: {"tp", "fp", "fn"}, ...}]}`.
    """
    chosen = extractors or EXTRACTORS
    counts: dict[str, list[PageCounts]] = {name: [] for name in chosen}
    seconds = dict.fromkeys(chosen, 0.0)
    empty = dict.fromkeys(chosen, 0)
    details: list[dict[str, Any]] = []
    for page in first(iter_extraction_set(data_dir), limit):
        row: dict[str, Any] = {"key": page.key, "url": page.url}
        for name, extract in chosen.items():
            prediction, took = timed(extract, page.html, page.url)
            seconds[name] += took
            empty[name] += not tokens(prediction)
            counts[name].append(match_counts(page.truth, prediction))
            row[name] = asdict(counts[name][-1])
        details.append(row)
    systems = {
        name: {**summarise(counts[name]), "seconds": seconds[name], "empty": empty[name]}
        for name in chosen
    }
    return {"pages": len(details), "systems": systems, "details": details}


def format_extraction(result: dict[str, Any]) -> str:
    """A small table of the figures, one line per extractor, for people."""
    header = f"{result['pages']} pages (token 4-gram metric of article-extraction-benchmark)"
    return format_systems(header, result["systems"], _extraction_line)


def _extraction_line(name: str, figures: dict[str, Any]) -> str:
    """One extractor's precision, recall, F1, empty pages and time, three decimals."""
    return (
        f"{name:<22} precision={figures['precision']:.3f} recall={figures['recall']:.3f} "
        f"F1={figures['f1']:.3f} empty={figures['empty']} time={figures['seconds']:.1f}s"
    )
