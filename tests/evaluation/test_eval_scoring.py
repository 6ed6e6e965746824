from __future__ import annotations

import pytest

from factx.evaluation.report import SetReport
from factx.evaluation.running import cap, extract_all
from factx.evaluation.scoring import (
    AttributeScore,
    Counts,
    Ratio,
    Span,
    count_matches,
    match_spans,
    numbers_equal,
    overlaps,
)

from .fakes import FakeExtractor


def test_counts_prf() -> None:
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 0.0
    assert Counts(1, 0, 0) + Counts(0, 2, 3) == Counts(1, 2, 3)


def test_ratio_and_attribute_score() -> None:
    assert Ratio(1, 4).value == 0.25
    assert Ratio().value is None
    # TempEval-3: attribute F1 = relaxed F1 * accuracy over the relaxed matches.
    score = AttributeScore(correct=3, matched=4, relaxed_f1=0.8)
    assert score.accuracy == 0.75
    assert score.f1 == pytest.approx(0.6)


def test_overlap_includes_equal_empty_spans() -> None:
    assert overlaps(Span(0, 5), Span(4, 9))
    assert not overlaps(Span(0, 5), Span(5, 9))
    assert overlaps(Span(3, 3), Span(3, 3))


def test_strict_matching_needs_same_offsets() -> None:
    gold = [Span(0, 5), Span(10, 15)]
    pred = [Span(0, 5), Span(10, 14), Span(20, 25)]
    assert count_matches(gold, pred, "strict") == Counts(tp=1, fp=2, fn=1)
    assert count_matches(gold, pred, "relaxed") == Counts(tp=2, fp=1, fn=0)


def test_relaxed_matching_is_one_to_one() -> None:
    # One long prediction covers two gold spans: only one of them may be credited.
    gold = [Span(0, 4), Span(5, 9)]
    pred = [Span(0, 9)]
    assert count_matches(gold, pred, "relaxed") == Counts(tp=1, fp=0, fn=1)


def test_greedy_prefers_exact_then_longest_overlap() -> None:
    gold = [Span(0, 10)]
    pred = [Span(0, 3), Span(0, 10), Span(2, 9)]
    assert match_spans(gold, pred, "relaxed") == [(0, 1)]
    assert match_spans(gold, [Span(0, 3), Span(2, 9)], "relaxed") == [(0, 1)]


def test_typed_matching_requires_same_label() -> None:
    gold = [Span(0, 5, "ORG")]
    assert count_matches(gold, [Span(0, 5, "LOC")], typed=True) == Counts(0, 1, 1)
    assert count_matches(gold, [Span(0, 5, "LOC")], typed=False) == Counts(1, 0, 0)


def test_numbers_equal_tolerates_rounding() -> None:
    assert numbers_equal(2 / 3, 0.666666666666667)
    assert numbers_equal(100, 100.0)
    assert not numbers_equal(1.0, 1.01)
    assert not numbers_equal(None, 1)


def test_cap_spreads_the_sample() -> None:
    assert cap(list(range(10)), 3) == [0, 3, 6]
    assert cap([1, 2], 5) == [1, 2]
    assert cap([1, 2], None) == [1, 2]
    assert cap([1, 2], 0) == []


def test_extract_all_falls_back_to_single_items() -> None:
    extractor = FakeExtractor(lambda article_id, text, ref: [], fail_on="bad")
    report = SetReport("x")
    items = [("a", "good", None), ("b", "bad text", None), ("c", "fine", None)]
    records = extract_all(extractor, items, report.problem, batch_size=2)
    assert [r.id if r else None for r in records] == ["a", None, "c"]
    assert report.problem_count == 1
    assert "b: extraction failed" in report.problems[0]


def test_extract_all_skips_error_records() -> None:
    report = SetReport("x")
    items = [("a", "text", None), ("b", "   ", None)]
    records = extract_all(FakeExtractor(lambda a, t, r: []), items, report.problem)
    assert records[0] is not None and records[1] is None
    assert report.problems == ["b: extraction failed: no text"]
