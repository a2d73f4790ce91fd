"""Test helpers shared across folders: the evaluation data's place, and running the real CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_39bd9204a7620f14.txt"
EXAMPLES = ROOT / "examples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when the evaluation data is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"{path} is absent: the public evaluation data is not checked out beside the project"
        )
    return path


def run_cli(
    *args: str, stdin: bytes | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m crossroads ARGS` as a user would, capturing both streams."""
    return subprocess.run(
        [sys.executable, "-m", "crossroads", *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
