"""Round 6 of the actors layer: misspelt country names, a place after a titled name, a
people's leaders, and office holders and groups the dictionaries lacked."""

from __future__ import annotations

from pathlib import Path

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
    """ "King Abdullah II in Istanbul" is Jordan's king in Turkey, not Turkey's."""
    mentions = find_actors("Queen Aldra Venn met King Abdullah II in Istanbul.", date="2005-03-01")
    king = next(m for m in mentions if "Abdullah" in m.text)
    assert (king.actor.country, king.text) == ("JOR", "King Abdullah II")
    assert any(m.text == "Istanbul" and m.actor.country == "TUR" for m in mentions)


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


def test_city_shared_by_two_countries_follows_the_named_country() -> None:
    text = "Rival militias in Tripoli fought on as shells hit the north Lebanese port."
    militias = next(m for m in find_actors(text) if "Tripoli" in m.text)
    assert (militias.actor.country, militias.actor.sector) == ("LBN", "REB")


@pytest.mark.parametrize(
    "text",
    [
        "The envoy flew from Beirut to Tripoli.",  # a capital names no country
        "Tripoli said Libya and Lebanon agreed.",  # both named: the gazetteer's sense stays
        "Tripoli said on Monday it would talk.",
    ],
)
def test_shared_city_keeps_its_own_country_otherwise(text: str) -> None:
    tripoli = next(m for m in find_actors(text) if m.text == "Tripoli")
    assert tripoli.actor.country == "LBY"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("MSF Belgium said the clinic had closed.", ("BEL", "NGO", "MSF")),
        ("Amnesty International Kenya said so.", ("KEN", "NGO", "AI")),
        ("MSF said Belgium would help.", (None, "NGO", "MSF")),  # not glued: two actors
    ],
)
def test_ngo_before_a_country_is_its_national_section(
    text: str, code: tuple[str | None, str, str]
) -> None:
    first = find_actors(text)[0]
    assert (first.actor.country, first.actor.sector, first.actor.org) == code


def test_an_intergovernmental_org_before_a_country_is_no_section() -> None:
    mentions = find_actors("NATO Turkey talks began.")
    assert mentions[0].actor.org == "NATO" and mentions[0].actor.country is None


def test_sentence_initial_article_is_no_title_word() -> None:
    """ "An" at the start of a sentence is no capitalised modifier of a title."""
    assert [m.text for m in find_actors("An Estonian diplomat said so.")] == ["Estonian diplomat"]


def test_tabari_article_matches_either_case(tmp_path: Path) -> None:
    """TABARI's THE_DALE_MARCH is "the Dale March": "the" matches "The" and "the"."""
    from crossroads.actors.tabari import convert, write_tsv
    from crossroads.actors.user import load_gazetteer

    source = tmp_path / "actors.txt"
    source.write_text("THE_DALE_MARCH [DLM]\nVORLAND_ [VRL]\n", encoding="utf-8")
    out = tmp_path / "actors.tsv"
    write_tsv(list(convert(source)), out)
    gaz = load_gazetteer([out])
    for text in ("Vorland and the Dale March agreed.", "The Dale March agreed."):
        assert "DLM" in {m.actor.country for m in find_actors(text, gazetteer=gaz)}


@pytest.mark.parametrize(
    ("text", "org"),
    [("al-Qaeda", "ALQ"), ("Al Qaeda", "ALQ"), ("ISIL", "ISIL"), ("Islamic State", "ISIL")],
)
def test_transnational_armed_groups_carry_an_org(text: str, org: str) -> None:
    actor = resolve_mention(text)
    assert actor is not None
    assert (actor.country, actor.sector, actor.org) == (None, "REB", org)


def test_country_slot_of_armed_group_is_img_and_un_troops_stay_igo() -> None:
    from crossroads.actors.evaluate import country_slot

    assert country_slot(resolve_mention("al-Qaeda")) == "IMG"
    assert country_slot(resolve_mention("U.N. helicopters")) == "IGO"
    assert country_slot(resolve_mention("MSF")) == "NGO"


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        ("the former Russian president", ("RUS", "ELI"), "Russia"),  # not today's holder
        ("Ousted President Zed Quill of Belgium", ("BEL", "ELI"), None),
        ("Belgium's former foreign minister", ("BEL", "ELI"), "Belgium"),
        ("the Russian president", ("RUS", "GOV"), "Vladimir Putin"),
        ("the former Soviet Union", ("RUS", None), None),  # no government role: unchanged
    ],
)
def test_former_government_roles_are_elite(
    text: str, code: tuple[str, str | None], name: str | None
) -> None:
    actor = resolve_mention(text, date="2023-06-01")
    assert actor is not None
    assert (actor.country, actor.sector) == code
    if name is not None:
        assert actor.name == name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("opposition groups in Nepal", ("NPL", "OPP")),  # Nepal is no prime minister here
        ("Nepal", ("NPL", None)),
        ("Palestinian armed groups", ("PSE", "REB")),
        ("a Yemeni terrorist group", ("YEM", "REB")),
        ("Irish nationalist guerrillas", ("IRL", "REB")),
        ("Chechen Islamist rebels", ("RUS", "REB")),  # a capitalised modifier is no name word
    ],
)
def test_groups_modifiers_and_country_names_shared_with_leaders(
    text: str, code: tuple[str, str | None]
) -> None:
    assert _code(text, "2009-06-01") == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("rebels in eastern Congo", ("COD", "REB")),
        ("Ethnic Hungarians in south Slovakia", ("SVK", "CVL")),
        ("rebels in South Sudan", ("SSD", "REB")),  # "South" begins the name: not skipped
        ("militants in the West Bank", ("PSE", "REB")),
    ],
)
def test_compass_word_between_preposition_and_place(text: str, code: tuple[str, str]) -> None:
    assert _code(text) == code


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Zarvania strengthened its forces in Chad.", {"TCD": None}),
        ("a multinational peace-keeping force in Haiti", {"HTI": None}),
        ("UN peacekeepers in Mali", {None: "MIL", "MLI": None}),
        ("Moslem forces in north Bosnia", {"BIH": "MIL"}),
        ("rebels in Darfur", {"SDN": "REB"}),
    ],
)
def test_foreign_or_possessed_forces_are_not_the_places(
    text: str, codes: dict[str | None, str | None]
) -> None:
    assert {m.actor.country: m.actor.sector for m in find_actors(text)} == codes


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("Hungarian, Romanian and Polish officials met.", True),
        ("cyber attacks on the United States, South Korea's defence ministry said.", False),
        ("attacks on the United States, South Korean officials said.", False),
    ],
)
def test_comma_shares_a_role_only_inside_a_closed_list(text: str, shared: bool) -> None:
    first = find_actors(text)[0]
    assert (first.actor.sector is not None) is shared
