"""The dated facts of a run on one time axis."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factx.groups.sentences import Sentences
from factx.records import ArticleRecord, DateFact


@dataclass(frozen=True)
class TimelineEntry:
    start: str  # the first day of the date's interval, YYYY-MM-DD
    end: str  # the day after its last, YYYY-MM-DD
    value: str
    text: str
    article: str
    fact_id: str
    entities: tuple[str, ...]  # entity ids named in the date's sentence
    offsets: tuple[int, int]  # where the date's text is in its article

    def as_dict(self) -> dict[str, object]:
        return {
            "start": self.start, "end": self.end, "value": self.value, "text": self.text,
            "article": self.article, "fact_id": self.fact_id, "entities": list(self.entities),
            "offsets": list(self.offsets),
        }  # fmt: skip


def timeline(records: Sequence[ArticleRecord]) -> list[TimelineEntry]:
    """Dates and times that resolve to an interval of days, in time order.

    Durations, sets and dates without a year ("XXXX-06-17") have no place on an axis.
    """
    entries = []
    for number, record in enumerate(records):
        sentences = Sentences(record)
        for fact in record.facts:
            if not isinstance(fact, DateFact) or fact.timex_type not in ("DATE", "TIME"):
                continue
            if not fact.interval:
                continue
            named = sentences.named_in(*sentences.window(fact.sentence))
            entities = tuple(dict.fromkeys(n.entity_id for n in named))
            start, end = fact.interval[0][:10], fact.interval[1][:10]
            entry = TimelineEntry(
                start, end, fact.value, fact.text, record.id, fact.id, entities,
                (fact.start, fact.end),
            )  # fmt: skip
            entries.append((start, number, fact.start, entry))
    return [entry for *_, entry in sorted(entries, key=lambda e: e[:3])]
