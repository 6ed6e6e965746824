"""Word lists kept as data (`factx/data/*.json`): read once, as frozen sets by key."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def word_sets(file_name: str) -> dict[str, frozenset[str]]:
    """The lists of one data file by key; keys starting with "_" are comments."""
    text = resources.files("factx.data").joinpath(file_name).read_text("utf-8")
    data: dict[str, list[str]] = json.loads(text)
    return {key: frozenset(value) for key, value in data.items() if not key.startswith("_")}
