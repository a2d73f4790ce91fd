"""Session 8: pop-up cards run into a sentence of scraped text.

The Hill's person card puts the person's full name, glued to other stories' headlines and
closed by MORE, inside the sentence that names the person ("Sen. Ilse Marnotte Ilse ( Isa )
Maria MarnotteZarvania recalls … MORE ( D-Ohio ) said …"). The event coder read the headlines
as the article's own sentences. People and places are invented.
"""

from __future__ import annotations

from crossroads.extract.text import clean_scraped_text, default_lexicon

CARD = (
    "Ilse ( Isa ) Maria MarnotteZarvania recalls its ambassador from the republic Senate "
    "passes the border bill | Deputies clash over the budget MORE"
)


def test_a_person_card_is_cut_from_its_sentence() -> None:
    raw = (
        f"Among those who backed the talks was Sen. Ilse Marnotte {CARD} ( D-Ohio ) , who said "
        "the vote had been close and that the Senate would meet again on Monday to finish ."
    )
    [paragraph] = clean_scraped_text(raw).text.split("\n\n")
    assert paragraph == (
        "Among those who backed the talks was Sen. Ilse Marnotte Ilse ( Isa ) Maria Marnotte "
        "( D-Ohio ) , who said the vote had been close and that the Senate would meet again on "
        "Monday to finish ."
    )


def test_prose_with_capitals_or_a_shouted_more_is_left_alone() -> None:
    lexicon = default_lexicon()
    for line in (
        "The company sold more PlayStation consoles in Zarvania than anywhere else last year .",
        "Protesters chanted for MORE jobs and fewer taxes outside the ministry on Monday .",
        "McDonald said the ministry wanted MORE time before the vote .",
        "Protesters used WhatsApp to organise and chanted NO MORE WAR outside the ministry .",
        "Executives at BlackRock said the fund would grow . READ MORE",
    ):
        assert lexicon.cut_inline(line) == line


def test_a_card_of_a_surname_with_a_capital_inside_is_cut() -> None:
    line = (
        "Leader Ilse McMarnotte Ilse ( Isa ) Maria McMarnotteZarvania recalls its envoy MORE "
        "( R-Ky. ) said the vote was close ."
    )
    assert default_lexicon().cut_inline(line) == (
        "Leader Ilse McMarnotte Ilse ( Isa ) Maria McMarnotte ( R-Ky. ) said the vote was close ."
    )
