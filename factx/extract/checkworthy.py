"""Check-worthy statements: body sentences that assert a checkable figure, date or event."""

from __future__ import annotations

from factx.extract.lookup import FactIndex


def score(start: int, end: int, index: FactIndex) -> float | None:
    """How checkable the sentence from start to end is (0.5 to 1), or None if it is not."""
    inside = [
        f
        for f in index.valued_in(start, end)
        # "recently" or "now" alone makes nothing checkable; a calendar date does.
        if getattr(f, "type", "") != "date" or getattr(f, "value", "")[:1].isdigit()
    ]
    figures = [f for f in inside if getattr(f, "type", "") in ("money", "percent", "quantity")]
    if not inside:
        return None
    value = min(1.0, 0.4 + 0.25 * len(figures) + 0.1 * (len(inside) - len(figures)))
    return round(value, 2) if value >= 0.5 else None
