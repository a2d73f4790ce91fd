"""YAML data files read with libyaml's C parser where PyYAML was built with it.

The pure-Python parser takes about a tenth of a second for the larger rule files; the C one
gives the same values (every data file is checked by `tests/test_yaml_data.py`) ten times
faster, which a short run pays once per process.
"""

from __future__ import annotations

from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # PyYAML without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def load_yaml(text: str) -> Any:
    """`yaml.safe_load`, with the C parser when there is one."""
    return yaml.load(text, Loader=_Loader)
