"""Metadata values as formats give them (YAML dates, ISO strings, author lists) -> factx's."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

_ISO_DAY = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*")


def metadata_date(value: Any) -> date | None:
    """A complete calendar date from a metadata value, else None (never a guess).

    The day is the one written: "2024-03-05T23:30:00-05:00" is March 5, as the page says.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    match = _ISO_DAY.fullmatch(value)
    if match:
        try:
            return date.fromisoformat(match[1])
        except ValueError:
            return None
    from factx.published import explicit_date

    return explicit_date(value)


def metadata_text(value: Any) -> str | None:
    """A one-line string from a metadata value: a list of authors is joined with commas, an
    author given as {name: ...} is the name. Nothing deeper is looked into (YAML aliases can
    make a list that contains itself)."""
    if isinstance(value, list):
        parts = [_scalar(v.get("name") if isinstance(v, dict) else v) for v in value]
        return ", ".join(p for p in parts if p) or None
    return _scalar(value.get("name") if isinstance(value, dict) else value)


def _scalar(value: Any) -> str | None:
    if not isinstance(value, (str, int, float, date)) or isinstance(value, bool):
        return None
    text = " ".join(str(value).split())
    return text or None
