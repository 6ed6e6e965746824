"""Entity mention scores shared by the NER sets: exact and overlapping spans, overall and per type.

A system's predictions are scored with its labels mapped to the set's classes; the same rows are
written for factx and for the raw model, so the two can be read side by side.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from factx.evaluation.report import SetReport
from factx.evaluation.scoring import Counts, MatchMode, Span, count_matches, unique
from factx.records import ArticleRecord, EntityFact

# A model label -> the set's class, or None for labels that are not names (DATE, MONEY, ...).
LabelOf = Callable[[str], "str | None"] | Mapping[str, str]


def _label(label_of: LabelOf, label: str) -> str | None:
    return label_of.get(label) if isinstance(label_of, Mapping) else label_of(label)


def mapped(spans: Sequence[Span], label_of: LabelOf) -> list[Span]:
    """Spans with their labels mapped; the ones that map to None are dropped."""
    out = []
    for s in spans:
        label = _label(label_of, s.label)
        if label is not None:
            out.append(Span(s.start, s.end, label))
    return unique(sorted(out))


def fact_mentions(record: ArticleRecord, label_of: LabelOf) -> list[Span]:
    """Every mention of every entity fact, with the entity's label mapped."""
    spans: list[Span] = []
    for fact in record.facts:
        if isinstance(fact, EntityFact):
            places = [(m.start, m.end) for m in fact.mentions] or [(fact.start, fact.end)]
            spans.extend(Span(start, end, fact.label) for start, end in places)
    return mapped(spans, label_of)


def add_mention_rows(
    report: SetReport,
    system: str,
    pairs: Sequence[tuple[Sequence[Span], Sequence[Span]]],
    types: Sequence[str],
) -> None:
    """Rows `<system> span+type`, `span only` and per type, exact then `... overlap`."""
    modes: tuple[tuple[MatchMode, str], ...] = (("strict", ""), ("relaxed", " overlap"))
    for mode, suffix in modes:
        typed, untyped = Counts(), Counts()
        per_type = dict.fromkeys(types, Counts())
        for gold, pred in pairs:
            typed = typed + count_matches(gold, pred, mode, typed=True)
            untyped = untyped + count_matches(gold, pred, mode)
            for label in types:
                per_type[label] = per_type[label] + count_matches(
                    [g for g in gold if g.label == label],
                    [p for p in pred if p.label == label],
                    mode,
                )
        report.add(f"{system} span+type{suffix}", typed)
        report.add(f"{system} span only{suffix}", untyped)
        for label in types:
            report.add(f"{system} {label}{suffix}", per_type[label])
