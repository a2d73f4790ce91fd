"""The hand-audit scripts read each corpus they name (scripts/audit_events.py).

The corpora are the public evaluation data in ../shared; the tests skip when it is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from audit_events import (
    CORPORA,
    UNGDC,
    Coded,
    document_voice,
    event_key,
    read_articles,
    uniform_draw,
)

needs_ungdc = pytest.mark.skipif(not UNGDC.exists(), reason=f"no UNGDC corpus at {UNGDC}")


@needs_ungdc
def test_speeches_are_read_in_session_and_file_order_with_their_year() -> None:
    first = read_articles(3, corpus="ungdc")
    later = read_articles(2, offset=1, corpus="ungdc")
    assert [s[0] for s in first[1:]] == [s[0] for s in later]
    assert all(s[0].endswith("_2022") and s[2] == "2022-09-20" for s in first)
    assert all(len(s[1]) > 1000 for s in first)


def test_each_corpus_keeps_its_own_verdicts() -> None:
    audits = {audit for _, audit in CORPORA.values()}
    assert len(audits) == len(CORPORA)
    assert CORPORA["allsides"][1].name == "events_allsides.tsv"


@needs_ungdc
def test_a_draw_of_speech_events_is_stable_and_keyed_by_speech() -> None:
    from crossroads.events import code_events
    from crossroads.nlp import load_nlp

    speech_id, text, date = read_articles(1, corpus="ungdc")[0]
    events = code_events(load_nlp()(text), [], published=date)
    coded = [Coded(event_key(speech_id, e), e) for e in events]
    assert len(coded) >= 3
    assert all(c.key.startswith(speech_id + ":") for c in coded)
    assert uniform_draw(coded, 2, 1) == uniform_draw(list(reversed(coded)), 2, 1)


def test_a_speech_speaks_in_its_states_voice_and_news_in_none() -> None:
    kenya = document_voice("ungdc", "KEN_77_2022")
    assert kenya is not None and (kenya.country, kenya.sector) == ("KEN", "GOV")
    union = document_voice("ungdc", "EU_77_2022")
    assert union is not None and union.org == "EU"
    assert document_voice("allsides", "KEN_77_2022") is None
