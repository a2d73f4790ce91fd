"""scripts/events_ab.py: code parsed articles and diff two codings (invented articles)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from spacy.tokens import DocBin

from crossroads.nlp import parse_texts

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from events_ab import DOCS, META, code, diff

ARTICLES = [
    ("a1", "2020-03-02", "Kenya accused Uganda of arming the rebels on Monday."),
    ("a2", "2020-03-03", "The weather in Nairobi was mild on Tuesday."),
]


@pytest.fixture
def parsed(tmp_path: Path) -> Path:
    folder = tmp_path / "parsed"
    folder.mkdir()
    docs = DocBin(store_user_data=True)
    for doc in parse_texts(text for _, _, text in ARTICLES):
        docs.add(doc)
    docs.to_disk(folder / DOCS)
    (folder / META).write_text(json.dumps([(i, d) for i, d, _ in ARTICLES]), encoding="utf-8")
    return folder


def test_code_writes_one_row_per_event_with_its_sentence(parsed: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    assert code([parsed], out) == 1
    row = json.loads(out.read_text(encoding="utf-8"))
    assert row[:5] == ["a1", 0, "ACCUSE", ["KEN", None, None], ["UGA", None, None]]
    assert row[7].startswith("Kenya accused Uganda")


def test_diff_reports_the_events_only_one_side_has(
    parsed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, new = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    code([parsed], base)
    row = json.loads(base.read_text(encoding="utf-8"))
    row[2] = "REJECT"
    new.write_text(base.read_text(encoding="utf-8") + json.dumps(row) + "\n", encoding="utf-8")
    assert diff(base, new) == {"+": 1}
    assert diff(base, base) == {}
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 1 and printed[0].startswith('+ ["a1", 0, "REJECT"')
