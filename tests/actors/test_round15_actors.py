"""Round 15 actors: stance nouns, titled leaders, state media, officials and national parties.

Errors the hand audits of real news found: "voiced strong opposition to the plan" coded an
opposition actor; "Chairman Kim" resolved to no one; RT, the Russian state broadcaster, was no
actor (so "RT says ..." was a statement of no one); "the US energy secretary" had no sector;
national parties named without their country ("the opposition Labour Party") had none.
Sentences use invented people; real countries, parties and institutions are named.
"""

from __future__ import annotations

import pytest

from crossroads.actors import find_actors, resolve_mention


def _sectors(text: str, *, date: str = "2019-06-01") -> list[tuple[str | None, str | None]]:
    return [(m.actor.country, m.actor.sector) for m in find_actors(text, date=date)]


@pytest.mark.parametrize(
    "text",
    [
        "The Zarvanian delegation voiced strong opposition to the plan.",
        "Senator Dana Whitcombe's opposition to the troop surge cost her votes.",
        "Students marched in opposition to the new curfew.",
        "The ministry reiterated its firm opposition to the tariffs.",
        "A liberal opposition research firm paid the consultants.",
    ],
)
def test_opposition_as_a_stance_is_no_actor(text: str) -> None:
    assert all(sector != "OPP" for _, sector in _sectors(text))


def test_a_country_voicing_opposition_stays_the_country() -> None:
    assert _sectors("Officials noted US opposition to any such step.") == [("USA", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The opposition has threatened to boycott the assembly.", (None, "OPP")),
        ("Mediators urged the Kenyan opposition to join the talks.", ("KEN", "OPP")),
        ("He called on the government and the opposition to respect the truce.", (None, "OPP")),
    ],
)
def test_the_opposition_as_a_party_stays(text: str, expected: tuple[str | None, str]) -> None:
    assert expected in _sectors(text)


def test_chairman_kim_is_the_north_korean_leader_of_the_day() -> None:
    now = resolve_mention("Chairman Kim", date="2019-02-27")
    assert now is not None and (now.name, now.country, now.sector) == ("Kim Jong Un", "PRK", "GOV")
    before = resolve_mention("Chairman Kim", date="2005-06-01")
    assert before is not None and before.name == "Kim Jong Il"
    assert resolve_mention("Defense Minister Kim", date="2019-02-27") is None


@pytest.mark.parametrize("mention", ["RT", "the Russian-funded RT", "Russia Today"])
def test_rt_is_russian_state_media(mention: str) -> None:
    actor = resolve_mention(mention, date="2017-03-01")
    assert actor is not None and (actor.country, actor.sector) == ("RUS", "MED")


def test_rt_is_matched_in_capitals_only() -> None:
    assert resolve_mention("the rt value", date="2017-03-01") is None


@pytest.mark.parametrize(
    ("mention", "date", "expected"),
    [
        ("the US energy secretary", "2019-10-01", ("USA", "GOV")),
        ("Indian home minister", "2019-10-01", ("IND", "GOV")),
        ("Energy Secretary Rick Perry", "2019-10-01", ("USA", "GOV")),
        ("Governor Rick Perry", "2010-10-01", ("USA", "GOV")),
    ],
)
def test_portfolio_titles_keep_their_country_and_sector(
    mention: str, date: str, expected: tuple[str, str]
) -> None:
    actor = resolve_mention(mention, date=date)
    assert actor is not None and (actor.country, actor.sector) == expected


def test_a_bare_perry_is_the_us_official_only_on_evidence() -> None:
    text = "Energy Secretary Rick Perry met the minister. Perry said the talks went well."
    found = [m.actor for m in find_actors(text, date="2019-10-01")]
    assert [(a.name, a.country) for a in found] == [("Rick Perry", "USA"), ("Rick Perry", "USA")]
    assert resolve_mention("Dana Perry said", date="2019-10-01") is None


@pytest.mark.parametrize(
    ("mention", "date", "expected"),
    [
        ("the opposition Labour Party", "2019-06-01", ("GBR", "OPP")),
        ("Labour leader Ann Whitcombe", "2019-06-01", ("GBR", "OPP")),
        ("Labour said on Monday", "2005-06-01", ("GBR", "PTY")),
        ("the Tories", "2019-06-01", ("GBR", "PTY")),
        ("Likud", "2019-06-01", ("ISR", "PTY")),
        ("Likud", "2007-06-01", ("ISR", "OPP")),
        ("the BJP", "2010-06-01", ("IND", "OPP")),
        ("the DUP", "2019-06-01", ("GBR", "PTY")),
    ],
)
def test_national_parties_take_their_country_and_status_of_the_day(
    mention: str, date: str, expected: tuple[str, str]
) -> None:
    actor = resolve_mention(mention, date=date)
    assert actor is not None and (actor.country, actor.sector) == expected


def test_labour_in_lower_case_is_work() -> None:
    assert resolve_mention("labour market reforms", date="2019-06-01") is None


@pytest.mark.parametrize(
    "text",
    [
        "Zarvania, a key US ally, closed its border.",
        "America's allies in Asia met in Tokyo.",
        "Russia's neighbours watched the drills.",
        "Washington's partners were not consulted.",
        "Zarvania, Syria's close ally, sent envoys.",
    ],
)
def test_a_state_named_before_a_noun_of_relation_is_the_other_party(text: str) -> None:
    named = {m.actor.country for m in find_actors(text, date="2019-06-01")}
    assert not named & {"USA", "RUS", "SYR"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("European allies criticised the decision.", "EUR"),
        ("Britain partnered with France on the mission.", "GBR"),
        ("The United States and its allies imposed sanctions.", "USA"),
    ],
)
def test_demonyms_and_states_acting_with_partners_stay(text: str, country: str) -> None:
    assert country in {m.actor.country for m in find_actors(text, date="2019-06-01")}


def test_an_organisations_allies_are_its_members() -> None:
    actor = resolve_mention("NATO allies", date="2019-06-01")
    assert actor is not None and actor.org == "NATO"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Britain-based Syrian Observatory for Human Rights said", ("SYR", "NGO")),
        ("the London-based Syrian Observatory", ("SYR", "NGO")),
        ("Lebanon-based Hezbollah", ("LBN", "REB")),
        ("the Baghdad-based central government", ("IRQ", "GOV")),
    ],
)
def test_a_place_based_before_a_named_group_is_where_it_sits(
    text: str, expected: tuple[str, str]
) -> None:
    actor = resolve_mention(text, date="2016-01-01")
    assert actor is not None and (actor.country, actor.sector) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [("some U.S.-based Israel advocacy groups", "USA"), ("a London-based lawyer", "GBR")],
)
def test_a_place_based_before_anything_else_stays(text: str, country: str) -> None:
    actor = resolve_mention(text, date="2016-01-01")
    assert actor is not None and actor.country == country


def test_president_moon_is_the_south_korean_president_of_the_day() -> None:
    actor = resolve_mention("President Moon", date="2018-06-01")
    assert actor is not None and (actor.name, actor.country) == ("Moon Jae-in", "KOR")
    text = "Secretary-General Ban Ki Moon called for calm."
    assert [m.actor.org for m in find_actors(text, date="2014-06-01")] == ["UN"]


@pytest.mark.parametrize(
    ("mention", "date", "expected"),
    [
        ("Secretary of State John Kerry", "2014-06-01", ("John Kerry", "GOV")),
        ("Sen. John Kerry", "2005-06-01", ("John Kerry", "LEG")),
        ("Defense Secretary Chuck Hagel", "2014-06-01", ("Chuck Hagel", "GOV")),
        ("Gen. Martin Dempsey", "2014-06-01", ("Martin Dempsey", "MIL")),
        ("Secretary of State Rex Tillerson", "2017-06-01", ("Rex Tillerson", "GOV")),
        ("Vice President Mike Pence", "2018-06-01", ("Mike Pence", "GOV")),
    ],
)
def test_us_officials_the_news_quotes_by_name(
    mention: str, date: str, expected: tuple[str, str]
) -> None:
    actor = resolve_mention(mention, date=date)
    assert actor is not None and (actor.name, actor.country, actor.sector) == (
        expected[0],
        "USA",
        expected[1],
    )
