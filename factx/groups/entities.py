"""The entities of a run with their aliases and salience, one row per entity_id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factx.records import ArticleRecord, EntityFact
from factx.rollup import rollup


@dataclass(frozen=True)
class EntitySummary:
    entity_id: str
    name: str
    label: str
    aliases: tuple[str, ...]  # every other name and alias used in any article, sorted
    articles: tuple[str, ...]
    mentions: int
    salience: float  # the mean of its salience in the articles that name it

    def as_dict(self) -> dict[str, object]:
        return {
            "entity_id": self.entity_id, "name": self.name, "label": self.label,
            "aliases": list(self.aliases), "articles": list(self.articles),
            "mentions": self.mentions, "salience": self.salience,
        }  # fmt: skip


def entities(records: Sequence[ArticleRecord]) -> list[EntitySummary]:
    """Most widely named first (the order of `factx entities`)."""
    aliases: dict[str, set[str]] = {}
    salience: dict[str, list[float]] = {}
    for record in records:
        for fact in record.facts:
            if isinstance(fact, EntityFact):
                aliases.setdefault(fact.entity_id, set()).update([fact.name, *fact.aliases])
                salience.setdefault(fact.entity_id, []).append(fact.salience or 0.0)
    return [
        EntitySummary(
            row.entity_id,
            row.name,
            row.label,
            tuple(sorted(aliases[row.entity_id] - {row.name})),
            tuple(row.articles),
            row.mentions,
            round(sum(salience[row.entity_id]) / len(salience[row.entity_id]), 3),
        )
        for row in rollup(records)
    ]


def entity_names(records: Sequence[ArticleRecord]) -> dict[str, str]:
    """Each entity id's name in the run: the fullest name any article gives it."""
    return {row.entity_id: row.name for row in rollup(records)}
