"""The C YAML parser reads every data file of the package exactly as the Python one does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from crossroads.yaml_data import load_yaml

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "crossroads"
DATA_FILES = sorted(PACKAGE.rglob("*.yaml"))


def test_the_package_has_yaml_data() -> None:
    assert len(DATA_FILES) >= 10


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_load_yaml_reads_as_safe_load(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.safe_load(text)


def test_load_yaml_refuses_python_objects() -> None:
    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.system ['true']")
