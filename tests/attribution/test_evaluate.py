"""The PolNeAR scorer on a small brat fixture written here, and the floor on the real split."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossroads.attribution.evaluate import MATCHING_RULE, evaluate_quotes
from support import SHARED

TEXT = (
    "Budget fight.\n\n"
    "Vera Lund said that the budget was late and badly planned.\n\n"
    "“We will not accept these cuts,” she said.\n\n"
    "Karl Brandt thinks the plan will fail next year.\n"
)


def _span(text: str, words: str) -> str:
    start = TEXT.index(words)
    return f"{start} {start + len(words)}\t{words}"


ANN = "\n".join(
    [
        "T1\tSource " + _span(TEXT, "Vera Lund"),
        "T2\tCue " + _span(TEXT, "said that"),
        "T3\tContent " + _span(TEXT, "the budget was late and badly planned"),
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        "T4\tSource " + _span(TEXT, "she"),
        "T5\tCue " + _span(TEXT, "said."),
        "T6\tContent " + _span(TEXT, "“We will not accept these cuts,”"),
        "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
        "T7\tSource " + _span(TEXT, "Karl Brandt"),
        "T8\tCue " + _span(TEXT, "thinks"),
        "T9\tContent " + _span(TEXT, "the plan will fail next year"),
        "E3\tAttribution:T8 Content:T9 Cue:T8 Source:T7",
    ]
)


def _fixture(root: Path) -> Path:
    split = root / "data" / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir(parents=True)
    (split / "text" / "doc_one.txt").write_text(TEXT, "utf-8")
    (split / "attributions" / "doc_one_ab12.ann").write_text(ANN, "utf-8")
    return root


def test_scores_on_a_hand_made_fixture(tmp_path: Path) -> None:
    report = evaluate_quotes(_fixture(tmp_path), "dev")
    assert (report["documents"], report["gold"]) == (1, 3)
    assert report["speech_gold"] == 2
    assert report["speech"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert report["speaker_accuracy"] == 1.0
    assert "half" in MATCHING_RULE


def test_missing_split_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        evaluate_quotes(tmp_path, "test")


@pytest.mark.shared
@pytest.mark.slow
def test_polnear_dev_floor() -> None:
    data = SHARED / "data" / "quotes" / "polnear"
    if not data.exists():
        pytest.skip("../shared/data/quotes/polnear is absent")
    report = evaluate_quotes(data, "dev")
    speech = report["speech"]
    assert isinstance(speech, dict)
    assert speech["f1"] >= 0.78
    assert speech["precision"] >= 0.83
    assert float(report["speaker_accuracy"]) >= 0.93  # type: ignore[arg-type]
