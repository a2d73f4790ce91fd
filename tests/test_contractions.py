"""Contractions split around the apostrophe ("didn ’ t") read as unsplit ones.

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

import pytest
from event_helpers import code_attributed

from crossroads.nlp import load_nlp


def tokens(text: str) -> list[tuple[str, str, str]]:
    doc = load_nlp()(text)
    assert doc.text == text
    return [(t.text, t.lower_, t.dep_) for t in doc]


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_a_split_negation_is_one_negation_token(apostrophe: str) -> None:
    text = f"Kenya didn {apostrophe} t attack Uganda."
    assert tokens(text) == [
        ("Kenya", "kenya", "nsubj"),
        ("did", "did", "aux"),
        (f"n {apostrophe} t", "n't", "neg"),
        ("attack", "attack", "ROOT"),
        ("Uganda", "uganda", "dobj"),
        (".", ".", "punct"),
    ]


def test_the_offsets_of_a_rejoined_token_point_into_the_text() -> None:
    text = "They can ’ t and won ’ t talk to Uganda, we ’ ll see."
    doc = load_nlp()(text)
    rejoined = [t for t in doc if " " in t.text]
    assert [t.text for t in rejoined] == ["n ’ t", "n ’ t", "’ ll"]
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in doc)
    assert [t.lower_ for t in rejoined] == ["n't", "n't", "'ll"]
    assert [doc[t.i - 1].text for t in rejoined[:2]] == ["ca", "wo"]


def test_a_curly_clitic_matches_word_lists_written_straight() -> None:
    doc = load_nlp()("We’ll see, and they’d go, but it isn’t done.")
    assert {"'ll", "'d", "n't"} <= {t.lower_ for t in doc}


@pytest.mark.parametrize("text", ["the ' d-day ' plan", "the letter ' t ' stands"])
def test_quotes_around_letters_are_no_contractions(text: str) -> None:
    assert all(" " not in t.text for t in load_nlp()(text))


def test_a_split_negation_negates_the_event() -> None:
    (event,) = code_attributed("Kenya didn ’ t attack Uganda on Monday.")
    assert (event.type, event.negated) == ("ASSAULT", True)


def test_a_split_future_clitic_is_an_announced_act() -> None:
    events = code_attributed("Kenya's army said we ’ ll impose sanctions on Uganda.")
    assert [(e.type, e.hypothetical) for e in events if e.target] == [("THREATEN", False)]


def test_a_split_possessive_is_parsed_as_one() -> None:
    """'Okello ’ s' reads as "Okello's": a possessor and its case marker, not punctuation."""
    doc = load_nlp()("The Kenyan leader praised Mr. Okello ’ s courage on Friday.")
    okello = next(t for t in doc if t.text == "Okello")
    assert (okello.dep_, okello.head.text) == ("poss", "courage")
    assert [(t.text, t.dep_) for t in okello.children] == [("Mr.", "compound"), ("’ s", "case")]


def test_a_split_possessive_gives_the_source_its_country() -> None:
    events = code_attributed("Kenya ’ s army shelled Uganda ’ s border posts on Monday.")
    assert [(e.type, e.source.country, e.target and e.target.country) for e in events] == [
        ("ASSAULT", "KEN", "UGA")
    ]


def test_capitals_read_as_the_lowercase_contraction() -> None:
    assert [(t.text, t.norm_, t.dep_) for t in load_nlp()("KENYA DIDN ’ T ATTACK UGANDA.")][
        1:3
    ] == [
        ("DID", "do", "aux"),
        ("N ’ T", "not", "neg"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan ’ t said.",  # no contraction spaCy would split
        "They backed Plan ‘ D ’ and Plan ‘ S ’ today.",  # quotation marks, not apostrophes
    ],
)
def test_what_spacy_would_not_split_is_left_alone(text: str) -> None:
    assert all(" " not in t.text for t in load_nlp()(text))


def test_a_clitic_at_the_end_of_a_paragraph_is_rejoined() -> None:
    doc = load_nlp()("Kenya said it ’ s\n\nready.")
    assert "’ s" in [t.text for t in doc]


def test_what_the_caller_attached_to_the_text_survives_the_rebuild() -> None:
    [(doc, context)] = load_nlp().pipe([("Kenya didn ’ t go.", {"id": 7})], as_tuples=True)
    assert context == {"id": 7}
    assert "n ’ t" in [t.text for t in doc]


def test_the_other_tokens_of_a_rebuilt_doc_keep_their_norms_and_lemmas() -> None:
    """The rebuild copies every other token from the doc's arrays: a NORM a tokenizer
    exception gives ('gonna' → 'going' + 'to') must survive it, as in a doc left alone."""
    rebuilt = load_nlp()("They ’ re gonna vote and didn ’ t wait.")
    untouched = load_nlp()("They are gonna vote.")
    assert [(t.text, t.norm_) for t in rebuilt][:5] == [
        ("They", "they"),
        ("’ re", "are"),
        ("gon", "going"),
        ("na", "to"),
        ("vote", "vote"),
    ]
    assert [t.norm_ for t in untouched][2:4] == ["going", "to"]
    assert [(t.text, t.lemma_) for t in rebuilt][6:8] == [("did", "do"), ("n ’ t", "not")]
