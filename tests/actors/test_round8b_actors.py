"""Round 8b of the actors layer: errors found in events coded on real news (AllSides).

A country's own security council is its government, not the UN's; a surname is a listed office
holder only on evidence the article gives; a group of many countries standing in a place is not
that place's. People here are invented; the countries and the office-holder tables are real.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossroads.actors import Entry, find_actors, load_gazetteer, resolve_mention, resolve_person
from crossroads.actors.surnames import LEADERS_SOURCE

DATE = "2024-05-01"


def _codes(
    text: str, date: str | None = DATE
) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (m.text, m.actor.country, m.actor.sector, m.actor.org) for m in find_actors(text, date=date)
    ]


# --- security councils ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "Israel's National Security Council warned citizens against travel to Turkey.",
            "Israel's National Security Council",
            "ISR",
        ),
        ("Russia's Security Council met on Friday.", "Russia's Security Council", "RUS"),
        (
            "The Iranian Supreme National Security Council said the talks would go on.",
            "Iranian Supreme National Security Council",
            "IRN",
        ),
        (
            "A US National Security Council spokesman said the call was brief.",
            "US National Security Council spokesman",
            "USA",
        ),
    ],
)
def test_a_countrys_own_security_council_is_its_government(
    text: str, mention: str, country: str
) -> None:
    found = _codes(text)
    assert (mention, country, "GOV", None) in found
    assert all(org != "UNSC" for *_, org in found)


def test_a_bare_national_security_council_is_not_the_uns() -> None:
    found = _codes("Israeli officials said the National Security Council issued a warning.")
    assert all(org != "UNSC" for *_, org in found)


@pytest.mark.parametrize(
    "text", ["The Security Council met on Monday.", "The UN Security Council met on Monday."]
)
def test_the_security_council_alone_stays_the_uns(text: str) -> None:
    assert [org for *_, org in _codes(text)] == ["UNSC"]


# --- surnames ---------------------------------------------------------------------------------


def test_a_namesake_of_a_former_leader_is_no_actor() -> None:
    # Liberia's REIGN list has a leader known only as "Perry" (1996-1997).
    text = (
        "Dana Perry, a lawyer in Ohio, said the ruling was fair. Perry added that she would appeal."
    )
    assert all(country != "LBR" for _, country, _, _ in _codes(text))


def test_a_bare_surname_of_a_former_leader_is_no_actor() -> None:
    # Trinidad and Tobago's REIGN list has a leader known only as "Williams" (1962-1981).
    assert _codes("Williams said the talks had failed.") == []


def test_a_speaker_named_like_a_former_leader_speaks_for_no_country() -> None:
    assert resolve_person("Edgar Williams", None, date=DATE) is None
    assert resolve_person("Edgar Williams", "a lawyer", date=DATE) is None
    assert resolve_person("Perry", None, date=DATE) is None


def test_the_country_named_in_the_article_backs_a_former_leader() -> None:
    found = _codes("Liberia's former leader Perry returned to Monrovia on Friday.")
    assert ("Liberia's former leader Perry", "LBR", "ELI", None) in found


def test_a_title_inside_the_term_names_the_leader() -> None:
    actor = resolve_mention("President Perry", date="1997-01-01")
    assert actor is not None and actor.country == "LBR"
    assert resolve_mention("President Perry", date=DATE) is None


def test_a_famous_surname_still_names_its_person() -> None:
    actor = resolve_mention("Putin", date="2023-02-01")
    assert actor is not None and (actor.country, actor.sector) == ("RUS", "GOV")


def test_a_longer_name_ending_in_a_famous_surname_is_someone_else() -> None:
    text = "The painter Ivy Trump opened a show in the United States."
    assert [m.kind for m in find_actors(text, date=DATE)] == ["country"]


@pytest.fixture
def invented(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A hand-checked foreign minister Ada Quill of France, and a leader of Chad known to the
    generated tables only as "Quill" (as REIGN lists many leaders)."""
    tsv = tmp_path / "people.tsv"
    tsv.write_text(
        "name\taliases\tcountry\tsector\torg\toffice\tvalid_from\tvalid_to\n"
        "Ada Quill\tQuill\tFRA\tGOV\t\tforeign_minister\t2030-01-01\t2031-01-01\n",
        encoding="utf-8",
    )
    gaz = load_gazetteer([tsv])
    gaz.add(
        Entry(
            "Quill",
            "person",
            "Quill",
            country="TCD",
            sector="GOV",
            office="leader",
            valid_from="2029-01-01",
            valid_to="2032-01-01",
            source=LEADERS_SOURCE,
        )
    )
    return gaz


def test_a_surname_is_the_person_named_in_full_before(invented) -> None:  # type: ignore[no-untyped-def]
    # In 2031 Quill of Chad is in office and Ada Quill no longer: the article means her.
    text = "Ada Quill flew to Chad on Monday. Quill met officials in the capital."
    found = find_actors(text, date="2031-06-01", gazetteer=invented)
    people = [m for m in found if m.kind == "person"]
    assert [(m.text, m.actor.country) for m in people] == [("Ada Quill", "FRA"), ("Quill", "FRA")]


def test_an_ambiguous_surname_alone_is_no_actor(invented) -> None:  # type: ignore[no-untyped-def]
    found = find_actors("Quill met officials on Monday.", date="2030-06-01", gazetteer=invented)
    assert [m for m in found if m.kind == "person"] == []


# --- groups of many countries in a place ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("World leaders in China pledged to cut emissions.", "CHN"),
        ("Diplomats in Moscow said the talks had stalled.", "RUS"),
        ("The embassy in Kyiv closed on Friday.", "UKR"),
        ("Envoys in Nairobi met the rebels.", "KEN"),
    ],
)
def test_a_group_of_many_countries_is_not_the_places(text: str, place: str) -> None:
    found = find_actors(text, date=DATE)
    assert [(m.actor.country, m.locative) for m in found] == [(place, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lawmakers in Chile voted on Monday.", ("CHL", "LEG")),
        ("Rebels in Darfur attacked a convoy.", ("SDN", "REB")),
        ("Chinese diplomats in Moscow met the minister.", ("CHN", "GOV")),
    ],
)
def test_domestic_roles_still_take_the_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(country, sector) for _, country, sector, _ in _codes(text)]


def test_a_speakers_compound_surname_needs_the_term() -> None:
    # Barbados' REIGN list has "St. John" (1985-1986): a speaker of 2016 so called is not him.
    assert resolve_person("Edna St. John", None, date="2016-03-01") is None
    actor = resolve_person("Edna St. John", None, date="1985-06-01")
    assert actor is not None and actor.country == "BRB"


def test_a_given_name_opening_the_sentence_is_a_given_name() -> None:
    # Jamaica's listed "Miller" is Portia Simpson Miller: "Dana Miller" is someone else, even in
    # an article naming Jamaica, and so is the later bare "Miller".
    text = "Dana Miller said Jamaica was calm. Miller added that the port was open."
    assert [m.kind for m in find_actors(text, date="2014-05-01")] == ["country"]


def test_a_word_opening_the_sentence_is_no_given_name() -> None:
    found = find_actors("But Putin said the talks would go on.", date="2023-02-01")
    assert [(m.text, m.actor.country) for m in found] == [("Putin", "RUS")]
