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
    """A one-line string from a metadata value: a list of authors is joined with commas."""
    if isinstance(value, list):
        parts = [metadata_text(v) for v in value]
        return ", ".join(p for p in parts if p) or None
    if isinstance(value, dict):
        return metadata_text(value.get("name"))
    if value is None or isinstance(value, bool):
        return None
    text = " ".join(str(value).split())
    return text or None
