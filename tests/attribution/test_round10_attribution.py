"""Round 10: attribution errors a hand audit of real news found (invented sentences).

Each test shows the construction the audit met, with invented people; real countries only.
"""

from __future__ import annotations

from collections.abc import Callable

from attribution_helpers import by_cue

from crossroads.model import Statement

Extract = Callable[..., list[Statement]]


def test_he_after_a_participle_clause_is_the_new_speaker(statements: Extract) -> None:
    """ "Speaking alongside him, X said …" then "He added …": X, not the man "him" meant,
    though only that man had been seen with "he" before."""
    text = (
        "Spanish Foreign Minister Tomas Ortel called on the United Nations to act. "
        '"It must act now," he added. '
        "Speaking alongside him, German Foreign Minister Jonas Brandl said the reports "
        "were serious. He demanded a prompt explanation of the attack."
    )
    st = by_cue(statements(text), "demanded")
    assert st.speaker.name == "Jonas Brandl"


def test_known_gender_still_wins_over_an_earlier_object(statements: Extract) -> None:
    """The subject rule is for the centre of the text: a "she" seen earlier still beats a man
    named only as an object two sentences back."""
    text = (
        "Senator Mara Voss met Pavel Dorn in Vienna. She said the talks went well. "
        "The meeting lasted two hours. She added that a deal was close."
    )
    st = by_cue(statements(text), "added")
    assert st.speaker.name == "Mara Voss"


def test_a_country_that_assumes_is_no_speaker(statements: Extract) -> None:
    """Private cognition of a country is the writer's view of it, not a report."""
    text = (
        "Hungary, in its laws and in daily practice, assumes it would never be as generous "
        "to migrants as Austria is."
    )
    assert [st.cue for st in statements(text)] == []


def test_an_extraposed_it_does_not_imagine(statements: Extract) -> None:
    text = "It is hard to imagine that the council would approve the plan."
    assert [st for st in statements(text) if st.cue.lower() == "imagine"] == []


def test_a_person_who_assumes_still_holds_a_belief(statements: Extract) -> None:
    """PolNeAR marks a person's private cognition as an attribution: it stays."""
    st = by_cue(statements("Foreign Minister Lena Varga assumes the talks will fail."), "assumes")
    assert st.speaker.name == "Lena Varga"
    assert st.content == "the talks will fail"


def test_a_group_of_people_still_feels(statements: Extract) -> None:
    """ "Many Hungarians feel …" is a group's view, not the state's: kept."""
    found = statements("Many Hungarians feel that the new law is unfair.")
    assert by_cue(found, "feel").content == "the new law is unfair"


def test_the_nation_named_by_its_people_does_not_imagine(statements: Extract) -> None:
    found = statements("The Hungarians imagine that Brussels will give in.")
    assert [st for st in found if st.cue.lower() == "imagine"] == []


def test_tweeted_after_a_quote_set_off_by_spaces(statements: Extract) -> None:
    """Tokenised newswire sets curly quotes off with spaces ("“ Great to be here , ”"): the
    marks only ever open or close, so the quote and its tweet are still found."""
    text = "“ Great to be in Madrid , Spain , ” Ada Quill tweeted upon landing in Spain ."
    st = by_cue(statements(text), "tweeted")
    assert (st.kind, st.content, st.speaker.name) == (
        "direct",
        "Great to be in Madrid , Spain",
        "Ada Quill",
    )


def test_tweeted_colon_then_a_spaced_quote(statements: Extract) -> None:
    text = "Quill , a senator , tweeted : “ Thank you for your service . It is time to unite . ”"
    st = by_cue(statements(text), "tweeted")
    assert st.kind == "direct"
    assert st.content == "Thank you for your service . It is time to unite ."


def test_doubled_marks_set_off_by_spaces(statements: Extract) -> None:
    text = "`` We will respond to this attack , '' Quill said on Friday ."
    st = by_cue(statements(text), "said")
    assert (st.kind, st.content) == ("direct", "We will respond to this attack")


def test_tweets_in_running_text(statements: Extract) -> None:
    """ "X tweeted: «…»", "X wrote on Twitter that …", "«…», X tweeted" all make statements."""
    found = statements(
        'Senator Ada Quill tweeted: "Russia must pay for this attack." '
        "Ivo Marek wrote on Twitter that the sanctions were too weak. "
        '"We will respond," Quill tweeted.'
    )
    assert [(st.cue, st.kind) for st in found] == [
        ("tweeted", "direct"),
        ("wrote", "indirect"),
        ("tweeted", "direct"),
    ]


def test_a_full_stop_quote_keeps_a_bare_cue_after_it(statements: Extract) -> None:
    """'"…." Petrov said.': a cue with no message of its own still introduces the quote."""
    st = by_cue(statements('"The border will stay closed for a week." Petrov said.'), "said")
    assert (st.kind, st.speaker.text) == ("direct", "Petrov")


def test_a_news_agency_source_is_a_media_actor(statements: Extract) -> None:
    """ "according to Egypt's state news agency": the outlet reports; its actor is the
    country's media (MED), not the state itself."""
    text = (
        "The truce calls for both sides to halt attacks, according to Hungary's state news "
        "agency MTI."
    )
    st = by_cue(statements(text), "according to")
    assert st.speaker.actor is not None
    assert (st.speaker.actor.country, st.speaker.actor.sector) == ("HUN", "MED")


def test_a_spaced_possessive_keeps_the_affiliation(statements: Extract) -> None:
    """Tokenised newswire writes "Hungary 's Defense Ministry": the role still codes (MIL)."""
    text = "Hungary 's Defense Ministry said the exercise would end on Friday ."
    st = by_cue(statements(text), "said")
    assert st.speaker.actor is not None
    assert (st.speaker.actor.country, st.speaker.actor.sector) == ("HUN", "MIL")
