"""The article body of an HTML page: trafilatura's text, cleaned line by line, with its lead.

Measured choices (see docs/eval.md and `crossroads eval extraction`):
* `favor_precision`: body F1 0.964 against 0.960 without it (precision 0.958 against 0.942,
  recall 0.971 against 0.978); debris in the body becomes false statements and events later;
* trafilatura's body is then cleaned line by line (one-line teasers "READ MORE: …", wire credit
  lines, a first line repeating the title, debris lines at its two ends) and given back the
  lead paragraph it leaves out when a site sets the lead apart from the article-body element:
  body F1 0.9641 -> 0.9671.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from lxml.html import HtmlElement
from trafilatura import bare_extraction

from crossroads.extract.knowledge import flat, page_knowledge, related_markers
from crossroads.extract.text import default_lexicon, normalise_line

WORDS = re.compile(r"\w+")
LEAD_TAGS = ("div", "p", "section", "header", "h2", "span")
BODY_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": True,
}


def body_text(tree: HtmlElement, *, url: str | None) -> str:
    """The article body by trafilatura (it works on a copy: `tree` stays whole for us)."""
    document = bare_extraction(tree, url=url, with_metadata=False, **BODY_OPTIONS)
    text = getattr(document, "text", None) or ""
    return str(text).strip()


# --- the lead paragraph trafilatura leaves out -------------------------------------------------


def with_lead(tree: HtmlElement, text: str) -> str:
    """The body with the page's lead paragraph in front when trafilatura left it out.

    Many sites set the lead (standfirst) apart, above the element marked as the article body;
    trafilatura then reads that element only. A lead counts when its class says so
    (`page.yaml`), it is a sentence to a short paragraph long, the body does not hold it
    already, and the body's first paragraph follows it closely in the page.
    """
    first_line = next(iter(text.splitlines()), "")
    if not first_line:
        return text
    body = flat(text)
    for element in _with_class(tree, frozenset(page_knowledge()["lead_classes"])):
        lead = flat(element.text_content())
        if _lead_sized(lead) and lead not in body and _followed_by(element, first_line):
            return f"{lead}\n{text}"
    return text


def _lead_sized(lead: str) -> bool:
    """Whether a text is a sentence to a short paragraph long: a lead, not a whole story."""
    knowledge = page_knowledge()
    return knowledge["lead_min_words"] <= len(lead.split()) <= knowledge["lead_max_words"]


def _with_class(tree: HtmlElement, classes: frozenset[str]) -> Iterator[HtmlElement]:
    """Text blocks with one of `classes` among their class tokens (a walk over the block tags
    is faster here than an XPath test of every class)."""
    for element in tree.iter(*LEAD_TAGS):
        label = element.get("class")
        if label and not classes.isdisjoint(label.lower().split()):
            yield element


def _followed_by(lead: HtmlElement, first_line: str, *, levels: int = 3) -> bool:
    """Whether the body's first paragraph comes after `lead`, within a few levels above it."""
    start = flat(first_line)[:60]
    node: HtmlElement | None = lead
    for _ in range(levels):
        if node is None or not start:
            return False
        if any(start in flat(sibling.text_content()) for sibling in node.itersiblings()):
            return True
        node = node.getparent()
    return False


# --- lines that are not the article's own text -------------------------------------------------


def clean_body(text: str, *, title: str | None) -> str:
    """The body without the lines that are not the article's own text.

    Dropped: one-line teasers for other articles ("READ MORE: …", `related.yaml`), a wire
    service's credit line ("(Reporting by …; Editing by …)", `page.yaml`), a first line that
    repeats the headline (the title is kept apart in `title`), and page debris left at the
    body's two ends (date and byline lines, "Comments", "Subscribe to …", copyright notices).
    """
    lines = text.splitlines()
    last = len(lines) - 1
    kept = [
        line
        for number, line in enumerate(lines)
        if not _is_teaser(line) and not _is_credit(line, last=number == last)
    ]
    kept = _peel_debris(kept)
    if kept and title and _words(kept[0]) == _words(title):
        kept = _peel_debris(kept[1:])
    return "\n".join(kept).strip()


def _peel_debris(lines: list[str]) -> list[str]:
    """`lines` less the debris lines at either end, a few at most on each side.

    Debris is what the text cleaner's lexicon (`extract/debris/*.tsv`) files under one of the
    roles in `page.yaml`; only the ends are read, where trafilatura lets such lines through.
    """
    roles = frozenset(page_knowledge()["edge_debris_roles"])
    limit = page_knowledge()["edge_debris_max_lines"]
    start, end = 0, len(lines)
    while start < min(limit, end) and _is_debris(lines[start], roles):
        start += 1
    while end > max(start, len(lines) - limit) and _is_debris(lines[end - 1], roles):
        end -= 1
    return lines[start:end]


def _is_debris(line: str, roles: frozenset[str]) -> bool:
    """Whether the scraped-text lexicon files the line under one of `roles`."""
    folded = normalise_line(line)
    hit = default_lexicon().classify(folded) if folded else None
    return hit is not None and hit.role in roles


def _words(text: str) -> list[str]:
    """Case-folded words: a first line repeats the title whatever its case and punctuation."""
    return WORDS.findall(text.casefold())


def _is_credit(line: str, *, last: bool) -> bool:
    """A wire credit line: "(Reporting by …; Editing by …)" and its kin.

    A body sentence may start "Reporting by the broadcaster showed …", so the line must also
    look like a credit: in parentheses, split by semicolons, or the last line of the body.
    """
    knowledge = page_knowledge()
    stripped = line.strip()
    if len(stripped.split()) > knowledge["credit_max_words"]:
        return False
    shaped = last or ";" in stripped or (stripped.startswith("(") and stripped.endswith(")"))
    prefixes = tuple(knowledge["credit_prefixes"])
    return shaped and stripped.lstrip("([").casefold().startswith(prefixes)


# --- one-line teasers for other articles ("READ MORE: …") --------------------------------------


def _is_teaser(line: str) -> bool:
    """A one-line teaser: a known prefix, a separator, then a headline at most."""
    match = _teaser_pattern().match(line)
    if match is None:
        return False
    headline = match.group("headline") or ""  # a lone label ("Read more") has none
    return len(headline.split()) <= related_markers()["teaser_max_words"]


def teaser_headline(line: str) -> str | None:
    """The headline a teaser line announces ("READ MORE: Iran …" gives "Iran …"), or None."""
    match = _teaser_pattern().match(line)
    if match is None or not _is_teaser(line):
        return None
    return flat(match.group("headline") or "") or None


def _teaser_prefixes() -> list[str]:
    """Teaser prefixes, longest first, so that "related stories" wins over "related"."""
    return sorted(related_markers()["teaser_prefixes"], key=len, reverse=True)


@cache
def _teaser_pattern() -> re.Pattern[str]:
    """A prefix, then an optional separator and headline: compiled once from `related.yaml`."""
    alternatives = "|".join(re.escape(prefix) for prefix in _teaser_prefixes())
    return re.compile(
        rf"^\s*(?:{alternatives})\s*(?:[:|»>\-–—]+\s*(?P<headline>.*?))?\s*$",
        re.IGNORECASE,
    )
