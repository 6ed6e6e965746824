"""Money, percentages and quantities of a run grouped by what they measure.

A figure measures its unit (the currency, percent, or the counted noun of a quantity) of an
entity: the entity named inside the figure's phrase ("150 million US users"), else the last
one named before it in its sentence ("TikTok's revenue grew more than 30%"). Money and
percentages also need the noun of what they measure ("revenue", see measures.py) to be
compared: "$80 billion" of revenue and "$220 billion" of worth are two things. Figures with no
entity (or no measure noun) are grouped all the same, and never compared. Only the headline and
body count: a "SEE ALSO:" link or a credit line is not the article's own figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from factx.groups.measures import Measures
from factx.groups.sentences import Named, Sentences
from factx.records import ArticleRecord, MoneyFact, PercentFact, QuantityFact

Figure = MoneyFact | PercentFact | QuantityFact
ZONES = ("headline", "body")
# Values further apart than this are rarely two accounts of one figure (see `disagreeing`).
NEAR = 1.5
# A name that starts this close after a figure's end is inside its phrase ("150 million US users").
ADJACENT = 1


@dataclass(frozen=True)
class FigureItem:
    article: str
    fact_id: str
    text: str
    value: float | int
    qualifier: str | None

    def as_dict(self) -> dict[str, object]:
        return {
            "article": self.article, "fact_id": self.fact_id, "text": self.text,
            "value": self.value, "qualifier": self.qualifier,
        }  # fmt: skip


@dataclass
class FigureGroup:
    kind: str
    unit: str | None
    entity_id: str | None
    entity_name: str | None
    measure: str | None  # the noun of what a money or percent figure measures
    items: list[FigureItem] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(i.article for i in self.items))

    @property
    def values(self) -> list[float | int]:
        return sorted({_comparable(i.value) for i in self.items})

    @property
    def disagreeing(self) -> list[str]:
        """The fact ids of the figures that another article gives a different value for.

        Only for a named entity, with a measure noun for money and percentages; and only values
        within a factor of NEAR of each other: "150 million" and "170 million" users are two
        accounts of one figure, "5%" and "40%" of a market two different shares of it.
        """
        if self.entity_id is None or (self.kind != "quantity" and not self.measure):
            return []
        found = {
            item.fact_id
            for item in self.items
            for other in self.items
            if item.article != other.article and _near(item.value, other.value)
        }
        return [i.fact_id for i in self.items if i.fact_id in found]

    @property
    def differs(self) -> bool:
        """Articles give different values for the same thing (see `disagreeing`)."""
        return bool(self.disagreeing)

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind, "unit": self.unit, "entity_id": self.entity_id,
            "entity_name": self.entity_name, "measure": self.measure, "articles": self.articles,
            "values": self.values, "differs": self.differs, "disagreeing": self.disagreeing,
            "items": [i.as_dict() for i in self.items],
        }  # fmt: skip


def _near(one: float | int, other: float | int) -> bool:
    """Two different values of one sign, the larger at most NEAR times the smaller."""
    one, other = _comparable(one), _comparable(other)
    if one == other or one * other <= 0:
        return False
    low, high = sorted((abs(one), abs(other)))
    return high <= NEAR * low


def _comparable(value: float | int) -> float | int:
    # 150000000 and 150000000.0000001 (from "0.15 billion") are the same figure.
    return float(f"{value:.9g}") if isinstance(value, float) else value


def _unit(fact: Figure) -> str | None:
    if isinstance(fact, MoneyFact):
        # A rate is its own thing: "$48.64 a barrel" is not "$48.64".
        return f"{fact.currency} per {fact.per}" if fact.per and fact.currency else fact.currency
    return fact.unit


def _value(fact: Figure) -> float | int:
    return fact.amount if isinstance(fact, MoneyFact) else fact.value


def subject(fact: Figure, sentences: Sentences) -> Named | None:
    """The entity a figure is about: named in its phrase, else the last one before it."""
    low, high = sentences.window(fact.sentence)
    named = [n for n in sentences.named_in(low, high) if not fact.start <= n.start < fact.end]
    inside = [n for n in named if fact.end <= n.start <= fact.end + ADJACENT]
    if inside:
        return inside[0]
    before = [n for n in named if n.end <= fact.start]
    return before[-1] if before else None


def figures(records: Sequence[ArticleRecord]) -> list[FigureGroup]:
    """The figures of a run by (kind, unit, entity); groups whose articles disagree first."""
    groups: dict[tuple[str, str, str, str], FigureGroup] = {}
    for record in records:
        sentences, measures = Sentences(record), Measures(record)
        for fact in record.facts:
            if not isinstance(fact, MoneyFact | PercentFact | QuantityFact):
                continue
            if fact.zone not in ZONES:
                continue
            about = subject(fact, sentences)
            unit = _unit(fact)
            measure = None if isinstance(fact, QuantityFact) else measures.of(fact)
            key = (fact.type, unit or "", about.entity_id if about else "", measure or "")
            group = groups.get(key)
            if group is None:
                entity_id, name = (about.entity_id, about.name) if about else (None, None)
                group = groups[key] = FigureGroup(fact.type, unit, entity_id, name, measure)
            item = FigureItem(record.id, fact.id, fact.text, _value(fact), fact.qualifier)
            group.items.append(item)
    return sorted(
        groups.values(),
        key=lambda g: (not g.differs, g.entity_id is None, -len(g.articles), -len(g.items),
                       g.kind, g.unit or "", g.entity_name or "", g.measure or ""),
    )  # fmt: skip
