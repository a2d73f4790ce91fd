"""A possessive spaced by a tokenised corpus ("Kenya 's", "Kenya ’ s") still gives the role
after it its country, as "Kenya's" does. Invented people; real countries."""

from __future__ import annotations

import pytest

from crossroads.actors import find_actors


@pytest.mark.parametrize("possessive", ["'s", "’s", " 's", " ’ s", " ' s"])
def test_a_role_after_a_spaced_possessive_is_the_country_s(possessive: str) -> None:
    text = f"Kenya{possessive} foreign minister met the press."
    (mention,) = find_actors(text)
    assert (mention.text, mention.actor.country, mention.role) == (
        f"Kenya{possessive} foreign minister",
        "KEN",
        "foreign minister",
    )


def test_the_role_of_a_role_holder_through_a_spaced_possessive() -> None:
    (mention,) = find_actors("The Russian president ’ s spokesman Ivo Darsky spoke.")
    assert (mention.actor.country, mention.role) == ("RUS", "spokesman")


def test_a_quoted_letter_s_is_no_possessive() -> None:
    assert [m.text for m in find_actors("Kenya said the ' s ' in the name was a typo.")] == [
        "Kenya"
    ]
