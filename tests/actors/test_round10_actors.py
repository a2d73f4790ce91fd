"""Round 10 of the actors layer: an actor's name is the person or body the text names.

A role a person holds sway over ("Putin's spokesman", "the Trump administration") was coded
with the right country and sector but named after the person; a role of a role holder ("the
Russian president's spokesman") ended at the first role and was named after the president.
"""

from __future__ import annotations

import pytest

from crossroads.actors import find_actors
from crossroads.actors.resolve import ActorMention


def _only(text: str, date: str | None = None) -> ActorMention:
    mentions = find_actors(text, date=date)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "date", "name", "code"),
    [
        ("Putin's spokesman", "2018-07-21", "Russia", ("RUS", "GOV")),
        ("the Trump administration", "2018-07-21", "United States", ("USA", "GOV")),
        ("Merkel's government", "2012-05-01", "Germany", ("DEU", "GOV")),
        # a role that is an office names its holder of the day
        ("Putin's foreign minister", "2018-07-21", "Sergey Lavrov", ("RUS", "GOV")),
        # a former holder's office is not today's holder's
        ("Obama's defence secretary", "2018-07-21", "United States", ("USA", "ELI")),
    ],
)
def test_role_of_a_person_is_named_as_the_body(
    text: str, date: str, name: str, code: tuple[str, str]
) -> None:
    mention = _only(text, date)
    assert mention.actor.name == name
    assert (mention.actor.country, mention.actor.sector) == code


def test_person_alone_keeps_the_person_name() -> None:
    assert _only("Putin", "2018-07-21").actor.name == "Vladimir Putin"
    assert _only("Putin", "2018-07-21").person == "Vladimir Putin"


def test_role_of_a_person_names_no_person() -> None:
    assert _only("Putin's spokesman", "2018-07-21").person is None


def test_role_of_a_role_holder_ends_the_mention() -> None:
    mention = _only("the Russian president's spokesman", "2018-07-21")
    assert mention.text == "Russian president's spokesman"
    assert (mention.actor.name, mention.actor.country, mention.actor.sector) == (
        "Russia",
        "RUS",
        "GOV",
    )


def test_named_aide_of_a_titled_leader() -> None:
    mention = _only("US President Sam Ford's national security adviser Kim Dale")
    assert mention.text.endswith("Kim Dale")
    assert mention.person == "Kim Dale"
    assert (mention.actor.name, mention.actor.country, mention.actor.sector) == (
        "United States",
        "USA",
        "GOV",
    )


@pytest.mark.parametrize(
    "text", ["the Estonian premier's nationals", "the Russian president's citizens"]
)
def test_possessed_role_of_no_servant_sector_is_not_joined(text: str) -> None:
    mention = _only(text)
    assert mention.text.endswith(("premier", "president"))
    assert mention.actor.sector == "GOV"


def test_national_security_adviser_is_government_not_citizen() -> None:
    mention = _only("Estonian national security adviser Kaia Rand")
    assert (mention.actor.country, mention.actor.sector) == ("EST", "GOV")
    assert mention.person == "Kaia Rand"


def test_event_names_the_envoy_not_the_president() -> None:
    """The event layer takes the mention's actor: a president's envoy meeting a minister is
    named after Russia, never after the president of the day."""
    from crossroads.attribution import extract_statements
    from crossroads.events import code_events
    from crossroads.nlp import load_nlp

    doc = load_nlp()("The Russian president's envoy met Estonian Foreign Minister Tomas Vell.")
    date = "2018-07-21"
    events = code_events(doc, extract_statements(doc, published=date), published=date)
    sources = {(e.source.name, e.source.country) for e in events if e.source is not None}
    assert ("Russia", "RUS") in sources
    assert all(name != "Vladimir Putin" for name, _ in sources)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "the" + a national plural is the nation acting: the bare country, like "the French"
        ("The Iranians said they would not negotiate.", ("IRN", None)),
        ("The Canadians have refused to back down.", ("CAN", None)),
        ("the French have refused", ("FRA", None)),
        # a bare or counted plural is the people
        ("Iranians protested in the capital.", ("IRN", "CVL")),
        ("thousands of Iranians", ("IRN", "CVL")),
        # particular people after "the": a relative clause, a participle of captivity, the
        # object of a release
        ("the Americans who were held", ("USA", "CVL")),
        ("the Britons detained in the port", ("GBR", "CVL")),
        ("thanked Ruritania for releasing the Americans", ("USA", "CVL")),
        # a plural placed somewhere is people of that place (the event coder's residence rule)
        ("The Albanians of southern Montenegro are demanding autonomy.", ("ALB", "CVL")),
    ],
)
def test_national_plural_after_the_is_the_nation(text: str, code: tuple[str, str | None]) -> None:
    found = [m for m in find_actors(text) if m.kind in ("people", "adjective")]
    assert len(found) == 1, found
    assert (found[0].actor.country, found[0].actor.sector) == code


def test_ethnic_people_after_the_stays_civilians() -> None:
    mention = _only("the Yoruba said")
    assert (mention.actor.country, mention.actor.sector) == ("NGA", "CVL")


@pytest.mark.parametrize(
    "text", ["China expert Gordon Vell", "Iran hawks", "Middle East analysts", "Russia watchers"]
)
def test_country_watched_by_a_role_is_no_actor(text: str) -> None:
    assert find_actors(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a Chinese expert", "CHN"),  # the demonym is a nationality
        ("Russia's experts", "RUS"),  # a possessive is the body's own
        ("Israel hands over the prisoners", "ISR"),  # a verb, not a role
    ],
)
def test_country_of_its_own_people_stays(text: str, code: str) -> None:
    assert [m.actor.country for m in find_actors(text)] == [code]


def test_speaker_watching_a_country_takes_no_country() -> None:
    """The speaker lookup reads the role words: "China expert" is no Chinese official."""
    from crossroads.actors import resolve_person

    assert resolve_person("Gordon Vell", "China expert") is None
