"""Each data category of the gazetteer: countries, capitals and seats, regions, organisations,
roles, and leaders bounded by their terms."""

from __future__ import annotations

import pytest

from crossroads.actors import default_gazetteer, find_actors, resolve_mention, role_sector


def _code(text: str, date: str | None = None) -> tuple[str | None, str | None, str | None]:
    actor = resolve_mention(text, date=date)
    assert actor is not None, text
    return actor.country, actor.sector, actor.org


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Myanmar", "MMR"),
        ("Burma", "MMR"),
        ("Czechia", "CZE"),
        ("the Czech Republic", "CZE"),
        ("Eswatini", "SWZ"),
        ("Swaziland", "SWZ"),
        ("the Russian Federation", "RUS"),
        ("Kazakh", "KAZ"),
        ("Kazakhstani", "KAZ"),
        ("Uzbek", "UZB"),
        ("Emirati", "ARE"),
        ("the U.S.", "USA"),
        ("Cote d’Ivoire", "CIV"),
        ("Bolivia", "BOL"),
    ],
)
def test_country_names_and_demonyms(text: str, code: str) -> None:
    assert _code(text) == (code, None, None)


def test_lowercase_common_words_are_not_countries() -> None:
    assert find_actors("we ate turkey and chad is my friend; tell us") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Kremlin", ("RUS", "GOV", None)),
        ("the White House", ("USA", "GOV", None)),
        ("the Pentagon", ("USA", "MIL", None)),
        ("Downing Street", ("GBR", "GOV", None)),
        ("Beijing", ("CHN", "GOV", None)),
        ("Ankara", ("TUR", "GOV", None)),
        ("Astana", ("KAZ", "GOV", None)),
        ("Brussels", (None, "IGO", "EU")),
    ],
)
def test_capitals_and_seats_stand_for_governments(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert _code(text) == expected


def test_capital_as_place_is_flagged() -> None:
    said, place = find_actors("Moscow said talks in Moscow went well.")
    assert said.is_capital and not said.locative
    assert place.is_capital and place.locative


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Central Asia", "CAS"),
        ("the West", "WST"),
        ("Europe", "EUR"),
        ("the Gulf states", "PGS"),
        ("the Caucasus", "CAU"),
        ("the Middle East", "MEA"),
        ("Africa", "AFR"),
        ("Latin America", "LAM"),
        ("South Asia", "SAS"),
        ("Southeast Asia", "SEA"),
        ("the Balkans", "BLK"),
        ("Eastern Europe", "EEU"),
        ("North America", "NMR"),
    ],
)
def test_regions(text: str, code: str) -> None:
    assert _code(text)[0] == code


def test_region_members() -> None:
    assert default_gazetteer().members["CAS"] == ("KAZ", "KGZ", "TJK", "TKM", "UZB")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("the United Nations", "UN"),
        ("the UN Security Council", "UNSC"),
        ("NATO", "NATO"),
        ("the European Union", "EU"),
        ("the Shanghai Cooperation Organisation", "SCO"),
        ("CSTO", "CSTO"),
        ("the Eurasian Economic Union", "EAEU"),
        ("ASEAN", "ASEAN"),
        ("the African Union", "AU"),
        ("OSCE", "OSCE"),
        ("BRICS", "BRICS"),
        ("the G7", "G7"),
        ("G20", "G20"),
        ("the IAEA", "IAEA"),
        ("the International Monetary Fund", "IMF"),
        ("the World Health Organization", "WHO"),
        ("OPEC", "OPEC"),
        ("the World Bank", "WB"),
        ("the Arab League", "ARL"),
        ("the Gulf Cooperation Council", "GCC"),
        ("ECOWAS", "ECOWAS"),
    ],
)
def test_organisations_have_no_country(text: str, org: str) -> None:
    country, sector, found = _code(text)
    assert (country, found) == (None, org)
    assert sector in ("IGO", "JUD", "LEG")


def test_who_the_pronoun_is_not_the_who() -> None:
    assert find_actors("who said it?") == []


@pytest.mark.parametrize(
    ("noun", "sector"),
    [
        ("spokesperson", "GOV"),
        ("minister", "GOV"),
        ("president", "GOV"),
        ("diplomat", "GOV"),
        ("ambassador", "GOV"),
        ("troops", "MIL"),
        ("army", "MIL"),
        ("forces", "MIL"),
        ("navy", "MIL"),
        ("military", "MIL"),
        ("rebels", "REB"),
        ("militants", "REB"),
        ("insurgents", "REB"),
        ("protesters", "CVL"),
        ("residents", "CVL"),
        ("civilians", "CVL"),
        ("police", "COP"),
        ("parliament", "LEG"),
        ("lawmakers", "LEG"),
        ("court", "JUD"),
        ("judge", "JUD"),
        ("opposition", "OPP"),
        ("party", "PTY"),
        ("company", "BUS"),
        ("firm", "BUS"),
        ("media", "MED"),
        ("journalists", "MED"),
        ("NGO", "NGO"),
        ("charity", "NGO"),
        ("ambassadors", "GOV"),
    ],
)
def test_role_sectors(noun: str, sector: str) -> None:
    assert role_sector(noun) == sector


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish troops", ("TUR", "MIL", None)),
        ("NATO forces", (None, "MIL", "NATO")),
        ("the Pentagon spokesman", ("USA", "MIL", None)),
        ("Moscow police", ("RUS", "COP", None)),
        ("Syrian rebels", ("SYR", "REB", None)),
        ("Iranian lawmakers", ("IRN", "LEG", None)),
        ("the President of France", ("FRA", "GOV", None)),
        ("a UN envoy", (None, "IGO", "UN")),
    ],
)
def test_compounds(text: str, expected: tuple[str | None, ...]) -> None:
    assert _code(text, "2024-03-01") == expected
