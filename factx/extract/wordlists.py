"""Word lists kept as data (`factx/data/*.json`): read once, as frozen sets by key."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def data_file(file_name: str) -> dict[str, Any]:
    """One data file as parsed, read once for all the modules that use it (never changed)."""
    text = resources.files("factx.data").joinpath(file_name).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def word_sets(file_name: str) -> dict[str, frozenset[str]]:
    """The lists of one data file by key; keys starting with "_" are comments."""
    data = data_file(file_name)
    return {key: frozenset(value) for key, value in data.items() if not key.startswith("_")}
