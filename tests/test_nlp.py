"""The spaCy pipeline as crossroads loads it."""

from __future__ import annotations

from crossroads.nlp import doc_text, load_nlp


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents]


def test_a_headline_line_does_not_run_into_the_first_sentence() -> None:
    text = "Talks stall over grain corridor\nOfficials in Ankara said the talks would resume."
    assert sentences(text) == [
        "Talks stall over grain corridor",
        "Officials in Ankara said the talks would resume.",
    ]


def test_sentences_inside_a_paragraph_are_still_split_by_the_parser() -> None:
    text = "Kenya recalled its envoy. Uganda protested.\n\nThe talks ended."
    assert sentences(text) == ["Kenya recalled its envoy.", "Uganda protested.", "The talks ended."]


def test_a_dateline_is_not_part_of_the_first_sentence() -> None:
    text = "Talks resume\nNAIROBI, March 3 (Lakeside Wire) – Kenya accused Uganda of shelling."
    assert sentences(text)[-2:] == [
        "NAIROBI, March 3 (Lakeside Wire) –",
        "Kenya accused Uganda of shelling.",
    ]
    assert sentences("KAMPALA — Uganda recalled its envoy.") == [
        "KAMPALA —",
        "Uganda recalled its envoy.",
    ]


def test_dashes_that_are_no_dateline_keep_the_sentence_whole() -> None:
    for text in (
        "UN-backed forces clashed with rebels - officials said.",
        "NATO - the alliance - said on Monday it would act.",
        "Kenya said - on Monday - that talks failed.",
    ):
        assert sentences(text) == [text]


def test_the_subject_after_a_dateline_is_the_speaker_and_the_source() -> None:
    from crossroads.attribution import extract_statements
    from crossroads.events import code_events

    doc = load_nlp()(
        "KAMPALA – Foreign ministers of the East African Community agreed on Wednesday "
        "to adopt a joint border plan."
    )
    statements = extract_statements(doc)
    assert [s.speaker.text for s in statements] == ["Foreign ministers"]
    assert all(e.source.country != "UGA" for e in code_events(doc, statements))


def test_an_infinitive_after_the_object_of_asking_is_its_complement() -> None:
    from crossroads.events import code_events

    doc = load_nlp()(
        "Kenya formally asked the African Union on Friday to intervene in the dispute."
    )
    intervene = next(t for t in doc if t.lower_ == "intervene")
    assert intervene.dep_ == "xcomp"
    requests = [e for e in code_events(doc, ()) if e.type == "REQUEST"]
    assert [(e.source.country, e.target and e.target.org) for e in requests] == [("KEN", "AU")]


def test_a_purpose_infinitive_after_a_thing_stays_a_purpose() -> None:
    doc = load_nlp()("Kenya wanted a test period of calm to see whether Uganda could keep a truce.")
    see = next(t for t in doc if t.lower_ == "see")
    assert see.dep_ != "xcomp"


def test_the_doc_text_is_joined_once_and_is_the_docs_text() -> None:
    doc = load_nlp()("Kenya didn ’ t attack Uganda.\n\nThe talks resumed.")
    text = doc_text(doc)
    assert text == doc.text
    assert doc_text(doc) is text
