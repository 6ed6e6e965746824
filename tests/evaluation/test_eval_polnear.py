from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from factx.evaluation import polnear
from factx.evaluation.polnear import gold_parts, parse_ann
from factx.evaluation.scoring import Counts, Span
from factx.records import ClaimFact

from .fakes import FakeExtractor, claim_fact, find

TEXT = 'Post backs Clinton.\n\nThe paper said "she is smart" and "ready," adding more.\n'
ANN = (
    "T1\tSource 0 4\tPost\n"
    "T2\tCue 5 10\tbacks\n"
    "T3\tContent 11 18\tClinton\n"
    "T4\tAttribution 5 10\tbacks\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 21 30\tThe paper\n"
    "T6\tCue 31 35\tsaid\n"
    # A discontinuous content whose fragments are listed out of order, as in the real files.
    "T7\tContent 56 61;37 49\tready she is smart\n"
    "T8\tDiscuss 64 70\tadding\n"
    "T9\tCue 5 oops\tbroken\n"
)


def test_parse_ann_keeps_fragment_order_and_reports_bad_lines() -> None:
    problems: list[str] = []
    spans = parse_ann(ANN, problems.append, "a.ann")
    assert [s.label for s in spans] == [
        "Source",
        "Cue",
        "Content",
        "Attribution",
        "Source",
        "Cue",
        "Content",
        "Discuss",
    ]
    assert spans[6].fragments == ((56, 61), (37, 49))
    assert spans[6].hull == Span(37, 61)
    assert len(problems) == 1 and "a.ann:10" in problems[0]


def test_gold_parts_checks_covered_text() -> None:
    problems: list[str] = []
    gold = gold_parts(TEXT, parse_ann(ANN, problems.append, "a.ann"), problems.append, "a.ann")
    assert gold["cue"] == (Span(5, 10), Span(31, 35))
    assert gold["source"] == (Span(0, 4), Span(21, 30))
    assert gold["content"] == (Span(11, 18), Span(37, 61))
    assert len(problems) == 1  # only the broken line; every covered text matched
    bad = parse_ann("T1\tCue 0 4\tNope\n", problems.append, "b.ann")
    gold_parts(TEXT, bad, problems.append, "b.ann")
    assert "text mismatch" in problems[-1]


def facts(article_id: str, text: str, ref: date | None) -> list[Any]:
    return [
        # Exact cue, exact source, content overlapping only.
        claim_fact(text, find(text, "Clinton."), cue=find(text, "backs"), speaker=(0, 4)),
        # No cue/speaker offsets at all: contributes a content span only.
        claim_fact(text, (37, 61)),
        # Factual claims are not attributions.
        claim_fact(text, find(text, "adding"), claim_type="factual", cue=(64, 70)),
    ]


def write_data(root: Path) -> None:
    (root / "test" / "text").mkdir(parents=True)
    (root / "test" / "attributions").mkdir()
    (root / "test" / "text" / "nyt_2016-10-01_post.txt").write_text(TEXT, encoding="utf-8")
    # Two annotators: the first file name wins.
    (root / "test" / "attributions" / "nyt_2016-10-01_post_aaaa.ann").write_text(ANN)
    (root / "test" / "attributions" / "nyt_2016-10-01_post_bbbb.ann").write_text("")
    (root / "metadata.tsv").write_text(
        "compartment\tfilename\tpublication_date\ntest\tnyt_2016-10-01_post\t2016-10-01\n"
    )


def test_evaluate(tmp_path: Path) -> None:
    write_data(tmp_path)
    extractor = FakeExtractor(facts)
    report = polnear.evaluate(extractor, tmp_path)
    assert extractor.calls == [("nyt_2016-10-01_post", date(2016, 10, 1))]
    assert report.metric("cue exact") == Counts(tp=1, fp=0, fn=1)
    assert report.metric("source exact") == Counts(tp=1, fp=0, fn=1)
    assert report.metric("content exact") == Counts(tp=1, fp=1, fn=1)
    assert report.metric("content overlap") == Counts(tp=2, fp=0, fn=0)
    assert report.info["predicted attributed claims"] == 2
    assert report.info["predicted cue spans"] == 1


def test_claims_without_cue_offsets_predict_no_cue_or_source(tmp_path: Path) -> None:
    write_data(tmp_path)

    def plain_claims(article_id: str, text: str, ref: date | None) -> list[Any]:
        return [
            ClaimFact(
                id="c",
                text=text[11:19],
                start=11,
                end=19,
                sentence=0,
                paragraph=0,
                content=text[11:19],
                content_start=11,
                content_end=19,
                claim_type="attributed",
            )
        ]

    report = polnear.evaluate(FakeExtractor(plain_claims), tmp_path)
    cue = report.metric("cue exact")
    source = report.metric("source overlap")
    assert cue is not None and (cue.tp, cue.fp) == (0, 0) and cue.fn > 0
    assert source is not None and (source.tp, source.fp) == (0, 0) and source.fn > 0
    assert report.metric("content overlap") == Counts(tp=1, fp=0, fn=1)


def test_core_leaves_out_marks_and_a_leading_that() -> None:
    text = 'He said that the plan works. She said, "We will win."'
    gold = Span(text.index("that"), text.index(" She"))
    assert text[slice(*polnear.core(text, gold)[:2])] == "the plan works"
    quoted = Span(text.index('"'), len(text))
    assert text[slice(*polnear.core(text, quoted)[:2])] == "We will win"
    thatcher = "Thatcher resigned"
    assert polnear.core(thatcher, Span(0, len(thatcher)))[:2] == (0, len(thatcher))


def test_errors_list_missed_and_spurious_contents(tmp_path: Path) -> None:
    write_data(tmp_path)

    def some_claims(article_id: str, text: str, ref: date | None) -> list[Any]:
        return [
            claim_fact(text, find(text, "Clinton."), cue=find(text, "backs"), speaker=(0, 4)),
            claim_fact(text, find(text, "more"), cue=find(text, "adding")),  # no gold there
        ]  # the paper's content is missed

    errors = tmp_path / "errors.tsv"
    polnear.evaluate(FakeExtractor(some_claims), tmp_path, errors=errors)
    rows = [line.split("\t") for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [row[:4] for row in rows] == [
        ["nyt_2016-10-01_post", "missed", "said", 'she is smart" and "ready'],
        ["nyt_2016-10-01_post", "spurious", "", "more"],
        # Cues and sources by the same criterion: the paper's cue and source are missed, and
        # "adding" (no gold cue) is spurious; the Post's cue and source are found.
        ["nyt_2016-10-01_post", "missed cue", "", "said"],
        ["nyt_2016-10-01_post", "spurious cue", "", "adding"],
        ["nyt_2016-10-01_post", "missed source", "", "The paper"],
    ]
    assert "[[more]]" in rows[1][4]
