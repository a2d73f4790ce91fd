"""Round 12 rules: said events and modality inside direct quotes and news-outlet reports,
found on real news once direct quotes were recognised more often.

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code_attributed


def test_a_quoted_question_states_no_intention() -> None:
    # 'would' in a speaker's own words is a threat; asked, it threatens nothing
    asked = code_attributed('Uganda\'s army chief said: " Why would we ever attack Kenya? "')
    assert not [e for e in asked if e.type == "THREATEN"]
    assert all(e.hypothetical for e in asked)
    stated = code_attributed('Uganda\'s army chief said: " We would attack Kenya. "')
    assert [e for e in stated if e.type == "THREATEN"]


def test_a_cue_word_in_a_quoted_question_classifies_no_statement() -> None:
    asked = code_attributed('Uganda\'s foreign minister said: " Is Kenya a hostile neighbour? "')
    assert not [e for e in asked if e.type == "ACCUSE"]
    stated = code_attributed('Uganda\'s foreign minister said: " Kenya is a hostile neighbour. "')
    assert [e for e in stated if e.type == "ACCUSE"]


def test_a_news_agency_reporting_takes_no_position() -> None:
    reported = code_attributed("According to Egypt's state news agency, Israel is hostile.")
    assert not [e for e in reported if e.source is not None and e.source.country == "EGY"]
    # a ministry saying so accuses
    said = code_attributed("Egypt's foreign minister said Israel is hostile.")
    assert [e for e in said if e.type == "ACCUSE"]


def test_an_officials_own_resignation_concedes_to_no_one() -> None:
    resigned = "Kenyan Defense Minister Bram Okoro announced his resignation on Sunday."
    assert not code_attributed(resigned)
    # a resignation demanded by another party is still that party's request
    demanded = code_attributed("Uganda demanded the resignation of Kenya's defense minister.")
    assert [e for e in demanded if e.type == "REQUEST"]


def test_defending_an_attack_backs_no_victim() -> None:
    for text in ("Kenya defended its strike on Uganda.", "Kenya justified the raid on Uganda."):
        assert not [e for e in code_attributed(text) if e.type == "SUPPORT"]
    assert [e for e in code_attributed("Kenya defended Uganda.") if e.type == "SUPPORT"]
