"""Office holders resolved against the article's date."""

from __future__ import annotations

import pytest

from crossroads.actors import find_actors, office_holder, resolve_mention
from crossroads.actors.gazetteer import default_gazetteer


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("the US president", "2010-06-01", "Barack Obama"),
        ("the US president", "2022-06-01", "Joe Biden"),
        ("the US president", "2025-06-01", "Donald Trump"),
        ("the Japanese prime minister", "2019-01-01", "Shinzo Abe"),
        ("the Japanese prime minister", "2022-01-01", "Fumio Kishida"),
        ("the British prime minister", "2023-03-01", "Rishi Sunak"),
        ("the German chancellor", "2023-03-01", "Olaf Scholz"),
        ("the Russian foreign minister", "2024-01-01", "Sergey Lavrov"),
        ("Japan's foreign minister", "2022-05-01", "Yoshimasa Hayashi"),
        ("the Russian president", "2023-01-01", "Vladimir Putin"),
    ],
)
def test_title_resolves_to_holder_on_date(text: str, date: str, name: str) -> None:
    actor = resolve_mention(text, date=date)
    assert actor is not None
    assert actor.name == name
    assert actor.sector == "GOV"


def test_same_title_changes_hands_on_the_day_of_transfer() -> None:
    before = resolve_mention("the US president", date="2021-01-19")
    after = resolve_mention("the US president", date="2021-01-20")
    assert before is not None and after is not None
    assert (before.name, after.name) == ("Donald Trump", "Joe Biden")


@pytest.mark.parametrize("text", ["Putin", "President Putin", "Russian President Vladimir Putin"])
def test_putin_forms(text: str) -> None:
    mention = find_actors(text, date="2023-02-01")[0]
    assert (mention.actor.country, mention.actor.sector) == ("RUS", "GOV")
    assert mention.person == "Vladimir Putin"
    assert mention.text == text


def test_reign_leaders_from_the_past() -> None:
    actor = resolve_mention("President Yeltsin", date="1995-01-01")
    assert actor is not None
    assert (actor.country, actor.sector) == ("RUS", "GOV")


def test_former_holder_keeps_country_but_not_office() -> None:
    actor = resolve_mention("Merkel", date="2024-01-01")
    assert actor is not None
    assert (actor.country, actor.sector) == ("DEU", "ELI")


def test_ambiguous_surname_without_date_is_no_actor() -> None:
    assert resolve_mention("Johnson") is None
    assert resolve_mention("Johnson", date="2020-05-01") is None  # several listed Johnsons
    dated = resolve_mention("Prime Minister Johnson", date="2020-05-01")
    assert dated is not None and dated.country == "GBR"


def test_office_holder_today_without_date() -> None:
    holder = office_holder(default_gazetteer(), "RUS", "foreign_minister", None)
    assert holder is not None and holder.name == "Sergey Lavrov"
