"""Toponyms of a parsed text, resolved to a GeoNames city, a country or a US state.

Candidates are spaCy's GPE, LOC and FAC entities plus the actors layer's place, capital and
country mentions. A capital or seat standing for its government ("Moscow said", "the Kremlin
warned") is an actor, not a place, unless a place preposition precedes it ("in Moscow").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from crossroads.actors import ActorMention, find_actors
from crossroads.geo.gazetteer import City, GeoIndex, default_index, fold
from crossroads.model import Place
from crossroads.nlp import doc_text

_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ACTOR_KINDS = frozenset({"place", "capital", "country"})


@dataclass(frozen=True, slots=True)
class _Context:
    """What the article says about where it is: countries and US states it names."""

    countries: frozenset[str]
    us_states: frozenset[str]
    named: tuple[tuple[int, int, str], ...] = ()  # (start, end, ISO3) of each country named

    def near(self, text: str, end: int, index: GeoIndex) -> _Context:
        """Narrowed to the country or US state right after ", " ("Tripoli, Lebanon")."""
        tail = text[end : end + 40]
        if not tail.startswith(", "):
            return self
        for key in _leading_names(tail[2:]):
            if key in index.countries:
                return _Context(frozenset({index.countries[key].iso3}), frozenset())
            if key in index.us_states:
                return _Context(frozenset({"USA"}), frozenset({index.us_states[key]}))
        return self

    def without(self, start: int, end: int) -> _Context:
        """The countries named elsewhere: an ambiguous capital must not vote for itself."""
        others = frozenset(c for s, e, c in self.named if not (s < end and start < e))
        return _Context(others, self.us_states, self.named)


def _leading_names(tail: str) -> list[str]:
    """The first one to three words of `tail`, longest first, folded and without punctuation."""
    words = tail.split()[:3]
    names = [" ".join(words[:n]).rstrip(".,;:)'\"’") for n in range(len(words), 0, -1)]
    return [fold(n) for n in names]


def find_places(doc: Doc, *, published: str | None = None) -> list[Place]:
    """Every resolvable toponym of `doc.text`, in text order, with offsets into it.

    `published` is the article's day: the actor scan is then the one the other stages made.
    """
    index = default_index()
    text = doc_text(doc)
    mentions = find_actors(text, date=published)
    spans = _candidate_spans(doc, text, mentions, index)
    context = _context(text, spans, mentions, index)
    places = (_resolve(text, start, end, mentions, context, index) for start, end in spans)
    return [p for p in places if p is not None]


def _candidate_spans(
    doc: Doc, text: str, mentions: Sequence[ActorMention], index: GeoIndex
) -> list[tuple[int, int]]:
    """Entity spans (trimmed of 'the' and a possessive), then actor mentions none overlaps."""
    spans = [
        _extend(text, *_trim(text, e.start_char, e.end_char, index), index)
        for e in doc.ents
        if e.label_ in _LABELS and not _in_person_name(e)
    ]
    for m in mentions:
        span = _toponym_of(m)
        if span is not None and not _overlaps(*span, spans):
            spans.append(span)
    return sorted(s for s in spans if s[0] < s[1] and not _is_government(s, mentions))


def _toponym_of(m: ActorMention) -> tuple[int, int] | None:
    """The place words of a place-like mention: all of it, or its end ("rebels in Darfur")."""
    if m.kind not in _ACTOR_KINDS:
        return None
    if m.role is None:
        return m.start, m.end
    if m.text.endswith(m.actor.name):
        return m.end - len(m.actor.name), m.end
    return None


def _trim(text: str, start: int, end: int, index: GeoIndex) -> tuple[int, int]:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix, start, end):
            end -= len(suffix)
    first, _, rest = text[start:end].partition(" ")
    if rest and first.casefold() in index.words.get("determiner", frozenset()):
        start += len(first) + 1
    return start, end


def _in_person_name(ent: Span) -> bool:
    """A place-labelled word glued after a proper name is a surname ("Helena Vasconcelos Prado")."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return (
        before.pos_ == "PROPN"
        and before.is_title
        and before.ent_type_ not in _LABELS
        and before.whitespace_ != ""
    )


def _extend(text: str, start: int, end: int, index: GeoIndex) -> tuple[int, int]:
    """The longest known name that starts here and runs one or two words on ("Boa" + "Vista")."""
    words = text[end : end + 40].split(" ")[1:3]
    for n in range(len(words), 0, -1):
        longer = " ".join(words[:n]).rstrip(".,;:!?)'\"’”")
        if longer[:1].isupper():
            key = fold(text[start:end] + " " + longer)
            if key in index.cities or key in index.countries:
                return start, end + 1 + len(longer)
    return start, end


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _is_government(span: tuple[int, int], mentions: Sequence[ActorMention]) -> bool:
    """A capital or seat, not after a place preposition, names its government ("Moscow said")."""
    return any(
        m.is_capital and not m.locative and m.start <= span[0] and span[1] <= m.end
        for m in mentions
    )


def _context(
    text: str,
    spans: Sequence[tuple[int, int]],
    mentions: Sequence[ActorMention],
    index: GeoIndex,
) -> _Context:
    """Countries from actor mentions and country names; US states named anywhere as places."""
    keys = [(s, e, fold(text[s:e])) for s, e in spans]
    named = [(s, e, index.countries[k].iso3) for s, e, k in keys if k in index.countries]
    codes = {c.iso3 for c in index.countries.values()}
    named += [(m.start, m.end, c) for m in mentions if (c := m.actor.country) in codes and c]
    states = {index.us_states[k] for _, _, k in keys if k in index.us_states}
    countries = frozenset(c for _, _, c in named)
    return _Context(countries, frozenset(states), tuple(named))


def _resolve(
    text: str,
    start: int,
    end: int,
    mentions: Sequence[ActorMention],
    context: _Context,
    index: GeoIndex,
) -> Place | None:
    """A country name first, then the best city, then a US state or an actor-layer place."""
    name = text[start:end]
    key = fold(name)
    if key in index.countries:
        country = index.countries[key]
        return Place(name, country.name, country.iso3, None, None, start, end)
    local = context.without(start, end).near(text, end, index)
    if key in index.regions:
        return Place(name, index.regions[key], None, None, None, start, end)
    city = best_city(index.find_cities(name), name, context=local, index=index)
    if city is not None:
        return Place(name, city.name, city.country, city.lat, city.lon, start, end)
    if key in index.us_states:
        return Place(name, name, "USA", None, None, start, end)
    return _actor_place(name, start, end, mentions)


def best_city(
    cities: Sequence[City], name: str, *, context: _Context, index: GeoIndex
) -> City | None:
    """The likeliest city: in a named US state, in a named country, its own name, then largest."""

    def score(city: City) -> tuple[bool, bool, bool, int]:
        in_state = city.country == "USA" and city.admin1 in context.us_states
        return (
            in_state,
            city.country in context.countries,
            index.is_exact(name, city),
            city.population,
        )

    return max(cities, key=score, default=None)


def _actor_place(name: str, start: int, end: int, mentions: Sequence[ActorMention]) -> Place | None:
    """A place the actors layer knows (a region, an ISO subdivision): its country, no point."""
    for m in mentions:
        if _toponym_of(m) == (start, end) and m.kind in _ACTOR_KINDS and m.actor.country:
            return Place(name, m.actor.name, m.actor.country, None, None, start, end)
    return None
