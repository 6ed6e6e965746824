"""Cross-article roll-ups over the records of a run: entities, figures, claims and a timeline.

Plain functions over `ArticleRecord`s, so they work on a fresh run as well as on a saved
`--format json` output (`factx.saved.read_saved`). Every list comes in a stated order.
"""

from __future__ import annotations

from collections.abc import Sequence

from factx.groups.claims import ClaimGroup, ClaimItem, by_entity, by_speaker
from factx.groups.entities import EntitySummary, entities, entity_names
from factx.groups.figures import FigureGroup, FigureItem, figures
from factx.groups.timeline import TimelineEntry, timeline
from factx.records import ArticleRecord

__all__ = [
    "ClaimGroup", "ClaimItem", "EntitySummary", "FigureGroup", "FigureItem", "TimelineEntry",
    "by_entity", "by_speaker", "entities", "entity_names", "figures", "rollups", "timeline",
]  # fmt: skip


def rollups(records: Sequence[ArticleRecord]) -> dict[str, list[dict[str, object]]]:
    """Every roll-up of a run as plain JSON-ready data."""
    people = entities(records)
    names = {e.entity_id: e.name for e in people}
    return {
        "entities": [e.as_dict() for e in people],
        "speakers": [g.as_dict() for g in by_speaker(records, names)],
        "about": [g.as_dict() for g in by_entity(records, names)],
        "figures": [g.as_dict() for g in figures(records)],
        "timeline": [e.as_dict() for e in timeline(records)],
    }
