"""Round 6 of the actors layer: misspelt country names, a place after a titled name, a
people's leaders, and office holders and groups the dictionaries lacked."""

from __future__ import annotations

import pytest

from crossroads.actors import find_actors, resolve_mention
from crossroads.actors.fuzzy import one_edit
from crossroads.actors.gazetteer import default_gazetteer


def _code(text: str, date: str | None = None) -> tuple[str | None, str | None]:
    actor = resolve_mention(text, date=date)
    return (None, None) if actor is None else (actor.country, actor.sector)


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("ethopia", "ethiopia", True),  # a letter dropped
        ("quatar", "qatar", True),  # a letter added
        ("nigerain", "nigerian", True),  # neighbours swapped
        ("nigerian", "nigerien", True),  # a letter changed
        ("austria", "australia", False),
        ("niger", "nigeria", False),
        ("iran", "iran", False),  # the same word is no edit
    ],
)
def test_one_edit(a: str, b: str, near: bool) -> None:
    assert one_edit(a, b) is near
    assert one_edit(b, a) is near


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Officials in Ethopia said the border would reopen.", "ETH"),
        ("Troops left Afganistan in the spring.", "AFG"),
        ("The Phillippines military moved north.", "PHL"),
        ("Quatar's emir flew home.", "QAT"),
    ],
)
def test_misspelt_country_is_found(text: str, code: str) -> None:
    assert code in {m.actor.country for m in find_actors(text)}


def test_misspelt_demonym_plural_is_the_people() -> None:
    assert _code("Ghanians") == ("GHA", "CVL")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iran", "IRN"),
        ("Iraq", "IRQ"),
        ("Niger", "NER"),
        ("Nigeria", "NGA"),
        ("Nigerien", "NER"),
        ("Nigerian", "NGA"),
        ("Austria", "AUT"),
        ("Australia", "AUS"),
        ("Austrian", "AUT"),
        ("Australian", "AUS"),
    ],
)
def test_exact_names_never_cross(text: str, code: str) -> None:
    assert _code(text)[0] == code


@pytest.mark.parametrize("word", ["Irak", "Irank", "Nigr", "Nigeri", "Austrila"])
def test_short_or_far_words_are_no_country(word: str) -> None:
    """Four- and five-letter words are not read; "Nigeri" is one edit from both Niger and
    Nigeria, so it is neither; "Austrila" is two from Australia."""
    assert resolve_mention(word) is None


@pytest.mark.parametrize(
    "text",
    [
        "Hungry children queued for bread.",  # an English word one edit from Hungary
        "Columbia University hosted the talks.",  # a name one edit from Colombia
        "Sorbian villagers held a festival.",
        "Jordon Tamsk arrived on Monday.",  # a name glued to a further name word
    ],
)
def test_known_words_and_names_are_no_misspelling(text: str) -> None:
    assert find_actors(text) == []


def test_misspelling_index_follows_the_gazetteer() -> None:
    """A lower-case target never matches a lower-case word: only capitalised words are read."""
    assert find_actors("the ethopia file") == []
    assert default_gazetteer().misspelt("ethopia") is not None


def test_place_after_titled_name_is_where_he_is() -> None:
    """ "King Abdullah II in Tel Aviv" is Jordan's king in Israel, not Israel's."""
    mentions = find_actors("Queen Aldra Venn met King Abdullah II in Tel Aviv.", date="2005-03-01")
    king = next(m for m in mentions if "Abdullah" in m.text)
    assert (king.actor.country, king.text) == ("JOR", "King Abdullah II")
    assert any(m.text == "Tel Aviv" and m.actor.country == "ISR" for m in mentions)


def test_place_after_unknown_titled_name_does_not_make_him_its_own() -> None:
    mentions = find_actors("President Zed Quill in Kenya said so.")
    assert [m.text for m in mentions] == ["Kenya"]


def test_of_after_titled_name_still_links() -> None:
    assert _code("King Tomas Brel of Belgium") == ("BEL", "GOV")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Yoruba leaders", ("NGA", "ELI")),
        ("Igbo leaders", ("NGA", "ELI")),
        ("Yoruba rebels", ("NGA", "REB")),
        ("Nigerian leaders", ("NGA", "GOV")),
    ],
)
def test_a_peoples_leaders_are_its_elite(text: str, code: tuple[str, str]) -> None:
    assert _code(text) == code


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("President Ilham Aliyev", "2010-05-01", ("AZE", "GOV")),
        ("Archbishop Desmond Tutu", None, ("ZAF", "REL")),
        ("Vice-President Moody Awori", "2005-06-01", ("KEN", "GOV")),
        ("the FDD", "1999-01-01", ("BDI", "REB")),
        ("the FDD", "2010-01-01", ("BDI", "PTY")),
    ],
)
def test_added_office_holders_and_groups(
    text: str, date: str | None, code: tuple[str, str]
) -> None:
    assert _code(text, date) == code
