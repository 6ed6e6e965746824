"""Counting helpers shared by every data set: P/R/F1, accuracies and one-to-one span matching.

Spans are half-open character ranges `[start, end)`. Matching is one-to-one because a single
prediction must not be credited for several gold items (nor a gold item for several predictions).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

MatchMode = Literal["strict", "relaxed"]


class Span(NamedTuple):
    start: int
    end: int
    label: str = ""


def overlaps(a: Span, b: Span) -> bool:
    # Equal spans always match, so an empty gold span (the Recognizers "%" case) can be found.
    if a.start == b.start and a.end == b.end:
        return True
    return a.start < b.end and b.start < a.end


def overlap_length(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def unique(spans: Iterable[Span]) -> list[Span]:
    """Drop repeated spans, keeping the first occurrence's position."""
    return list(dict.fromkeys(spans))


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Ratio:
    """An accuracy: hits out of total; `value` is None when there was nothing to count."""

    hits: int = 0
    total: int = 0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass(frozen=True)
class AttributeScore:
    """An attribute (type, value) scored the TempEval-3 way.

    The official TempEval-3 scorer multiplies the relaxed-match F1 by the attribute's accuracy
    on the relaxed matches, so a system is penalised both for missing expressions and for
    normalising the found ones wrongly.
    """

    correct: int
    matched: int
    relaxed_f1: float

    @property
    def accuracy(self) -> float:
        return self.correct / self.matched if self.matched else 0.0

    @property
    def f1(self) -> float:
        return self.relaxed_f1 * self.accuracy


def match_spans(
    gold: Sequence[Span],
    pred: Sequence[Span],
    mode: MatchMode = "strict",
    typed: bool = False,
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching; returns (gold index, pred index) pairs sorted by gold index.

    Candidates are taken best first: exact matches before partial ones, then by longer overlap,
    then by position, which makes the result deterministic.
    """
    candidates: list[tuple[bool, int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if typed and g.label != p.label:
                continue
            exact = g.start == p.start and g.end == p.end
            if not exact and (mode == "strict" or not overlaps(g, p)):
                continue
            candidates.append((not exact, -overlap_length(g, p), gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def count_matches(
    gold: Sequence[Span],
    pred: Sequence[Span],
    mode: MatchMode = "strict",
    typed: bool = False,
) -> Counts:
    tp = len(match_spans(gold, pred, mode, typed))
    return Counts(tp=tp, fp=len(pred) - tp, fn=len(gold) - tp)


def numbers_equal(a: float | int | None, b: float | int | None) -> bool:
    """Compare normalised numbers, tolerating the 15-digit rounding of the reference files."""
    if a is None or b is None:
        return False
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)
