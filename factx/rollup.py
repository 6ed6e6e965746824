"""The entities of a whole run, one row per entity_id, for `factx entities`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from factx.records import ArticleRecord, EntityFact


@dataclass
class EntityRow:
    entity_id: str
    names: Counter[str] = field(default_factory=Counter)
    other_names: set[str] = field(default_factory=set)
    labels: Counter[str] = field(default_factory=Counter)
    articles: list[str] = field(default_factory=list)
    mentions: int = 0

    @property
    def name(self) -> str:
        # The fullest name used anywhere; ties go to the most used, then alphabetical order.
        return max(self.names, key=lambda n: (len(n.split()), self.names[n], len(n), n))

    @property
    def label(self) -> str:
        return max(self.labels, key=lambda lab: (self.labels[lab], lab))

    def as_dict(self) -> dict[str, object]:
        return {
            "entity_id": self.entity_id,
            "name": self.name,
            "label": self.label,
            "articles": len(self.articles),
            "mentions": self.mentions,
            "first_seen": self.articles[0],
            "article_ids": list(self.articles),
            "aliases": sorted((self.other_names | set(self.names)) - {self.name}),
        }


class Rollup:
    """Adds up entity facts article by article, in input order."""

    def __init__(self) -> None:
        self.rows: dict[str, EntityRow] = {}

    def add(self, record: ArticleRecord) -> None:
        for fact in record.facts:
            if not isinstance(fact, EntityFact):
                continue
            row = self.rows.setdefault(fact.entity_id, EntityRow(fact.entity_id))
            row.names[fact.name] += 1
            row.other_names.update(fact.aliases)
            row.labels[fact.label] += len(fact.mentions)
            row.mentions += len(fact.mentions)
            if not row.articles or row.articles[-1] != record.id:
                row.articles.append(record.id)

    def sorted_rows(self) -> list[EntityRow]:
        """Most widely named first: by articles, then mentions, then name."""
        return sorted(self.rows.values(), key=lambda r: (-len(r.articles), -r.mentions, r.name))


def rollup(records: Iterable[ArticleRecord]) -> list[EntityRow]:
    total = Rollup()
    for record in records:
        total.add(record)
    return total.sorted_rows()
