"""One invented sentence per PLOVER event type, coded end to end (real parser, real actors)."""

from __future__ import annotations

import pytest
from event_helpers import code, triples

CASES = [
    ("Japan and India agreed to expand trade.", ("AGREE", "JPN", "IND")),
    (
        "The Chinese foreign minister met his Russian counterpart in Beijing.",
        ("CONSULT", "CHN", "RUS"),
    ),
    ("France praised Germany for its leadership.", ("SUPPORT", "FRA", "DEU")),
    ("Egypt conceded to Israel on the border dispute.", ("CONCEDE", "EGY", "ISR")),
    ("Brazil and Argentina cooperated on border security.", ("COOPERATE", "BRA", "ARG")),
    ("Germany sent humanitarian aid to Ukraine.", ("AID", "DEU", "UKR")),
    ("Russia withdrew its troops from Georgia.", ("RETREAT", "RUS", "GEO")),
    ("Turkey urged Sweden to extradite the suspects.", ("REQUEST", "TUR", "SWE")),
    ("Iran accused Israel of sabotage.", ("ACCUSE", "IRN", "ISR")),
    ("Hungary rejected the proposal of Austria.", ("REJECT", "HUN", "AUT")),
    ("North Korea threatened South Korea with retaliation.", ("THREATEN", "PRK", "KOR")),
    ("Farmers in France protested against the government.", ("PROTEST", "FRA", "FRA")),
    ("Canada expelled two Russian diplomats.", ("SANCTION", "CAN", "RUS")),
    ("Russia deployed troops to the Belarus border.", ("MOBILIZE", "RUS", "BLR")),
    ("Chinese police arrested two Taiwanese activists.", ("COERCE", "CHN", "TWN")),
    ("Armenia's army shelled Azerbaijan.", ("ASSAULT", "ARM", "AZE")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0] for c in CASES])
def test_each_type(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in triples(code(text))


def test_all_sixteen_types_are_covered() -> None:
    assert len({expected[0] for _, expected in CASES}) == 16


def test_event_carries_scales_and_evidence() -> None:
    text = "Iran accused Israel of sabotage. Nothing else happened."
    (event,) = code(text)
    assert (event.cameo_root, event.quad, event.intensity) == ("11", "verbal_conflict", -2.0)
    assert text[event.evidence.start : event.evidence.end] == event.evidence.text
    assert event.evidence.text == "Iran accused Israel of sabotage."
    assert 0.0 < event.confidence <= 1.0


def test_modes_from_the_text() -> None:
    airstrike = code("Israeli jets carried out airstrikes on Syria.")
    assert [(e.type, e.mode) for e in airstrike] == [("ASSAULT", "airstrike")]
    shelling = code("Armenia's army shelled Azerbaijan.")
    assert shelling[0].mode == "shelling"
    strike = code("Dockworkers in France went on strike against the government.")
    assert [(e.type, e.mode) for e in strike] == [("PROTEST", "strike")]
