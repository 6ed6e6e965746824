"""An article's facts and entity mentions by position, for the claims that point at them."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

from factx.records import EntityFact, FactBase

_FACT_KINDS = ("date", "money", "percent", "quantity")


_Row = tuple[int, int, Any]  # start, end and the fact (or the entity of a mention)


def _rows(items: Iterable[_Row]) -> tuple[list[_Row], list[int]]:
    rows = sorted(items, key=lambda row: row[0])
    return rows, [row[0] for row in rows]


def _rows_within(rows: list[_Row], starts: list[int], start: int, end: int) -> list[_Row]:
    """The rows that lie inside [start, end): a binary search, then a short walk."""
    found = []
    for at in range(bisect_left(starts, start), len(rows)):
        row = rows[at]
        if row[0] >= end:
            break
        if row[1] <= end:
            found.append(row)
    return found


def _within(rows: list[_Row], starts: list[int], start: int, end: int) -> list[Any]:
    """What the rows hold that lies inside [start, end)."""
    return [row[2] for row in _rows_within(rows, starts, start, end)]


class FactIndex:
    """The article's facts and entity mentions by position, so that looking up what lies in a
    span costs a binary search rather than a scan: a huge article has many of both."""

    def __init__(self, facts: Sequence[FactBase]) -> None:
        self.valued, self.valued_starts = _rows(
            (f.start, f.end, f) for f in facts if getattr(f, "type", None) in _FACT_KINDS
        )
        self.mentions, self.mention_starts = _rows(
            (m.start, m.end, e) for e in facts if isinstance(e, EntityFact) for m in e.mentions
        )
        self.ends_by_label: dict[str, tuple[list[int], list[EntityFact]]] = {}
        for _, end, entity in sorted(self.mentions, key=lambda x: x[1]):
            ends, entities = self.ends_by_label.setdefault(entity.label, ([], []))
            ends.append(end)
            entities.append(entity)

    def valued_in(self, start: int, end: int) -> list[FactBase]:
        return _within(self.valued, self.valued_starts, start, end)

    def entities_in(self, start: int, end: int) -> list[EntityFact]:
        return _within(self.mentions, self.mention_starts, start, end)

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, EntityFact]]:
        """The entity mentions inside [start, end), as (start, end, entity), by start."""
        return _rows_within(self.mentions, self.mention_starts, start, end)

    def last_before(self, start: int, labels: tuple[str, ...], since: int = 0) -> EntityFact | None:
        """The entity of the last mention with one of the labels that ends by `start` (and
        after `since`)."""
        best: tuple[int, EntityFact] | None = None
        for label in labels:
            ends, entities = self.ends_by_label.get(label, ([], []))
            at = bisect_right(ends, start)
            if at and ends[at - 1] > since and (best is None or ends[at - 1] > best[0]):
                best = (ends[at - 1], entities[at - 1])
        return best[1] if best else None

    def fact_ids(self, start: int, end: int) -> list[str]:
        ids = {f.id for f in self.valued_in(start, end)} | {
            e.id for e in self.entities_in(start, end)
        }
        return sorted(ids)
