from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from factx.evaluation import conll
from factx.evaluation.scoring import Counts, Span

from .fakes import FakeExtractor, entity_fact, find

# Two documents; this copy ENDS each document with -DOCSTART-. "Bayern Munich" and "Ajax" are
# two ORG mentions in a row (B- starts the second), "West Indian" one MISC mention.
CONLL = """\
SOCCER NN I-NP O
- : O O
BAYERN NNP I-NP I-ORG
WIN VB I-VP O

Bayern NNP I-NP I-ORG
Munich NNP I-NP I-ORG
Ajax NNP I-NP B-ORG
drew VBD I-VP O
in IN I-PP O
Amsterdam NNP I-NP I-LOC
. . O O
-DOCSTART- -X- O O

West NNP I-NP I-MISC
Indian NNP I-NP I-MISC
Phil NNP I-NP I-PER
Simmons NNP I-NP I-PER
. . O O
-DOCSTART- -X- O O
"""


def gold(doc: conll.ConllDoc) -> list[tuple[str, str]]:
    return [(doc.text[s.start : s.end], s.label) for s in doc.entities]


def test_parse_rebuilds_texts_and_iob1_mentions() -> None:
    first, second = conll.parse_conll(CONLL)
    assert first.text == "SOCCER - BAYERN WIN\n\nBayern Munich Ajax drew in Amsterdam ."
    assert gold(first) == [
        ("BAYERN", "ORG"), ("Bayern Munich", "ORG"), ("Ajax", "ORG"), ("Amsterdam", "LOC"),
    ]  # fmt: skip
    assert second.text == "West Indian Phil Simmons ."
    assert gold(second) == [("West Indian", "MISC"), ("Phil Simmons", "PER")]


def facts(article_id: str, text: str, ref: date | None) -> list[Any]:
    if "Ajax" not in text:
        return [entity_fact(text, "NORP", [find(text, "West Indian")])]
    return [
        entity_fact(text, "GPE", [find(text, "Bayern Munich")]),  # right span, wrong type
        entity_fact(text, "ORG", [find(text, "Ajax drew")]),  # overlaps only
        entity_fact(text, "GPE", [find(text, "Amsterdam")]),
        entity_fact(text, "DATE", [find(text, "WIN")]),  # not a name: not counted
    ]


def raw_ner(texts: Sequence[str]) -> list[list[Span]]:
    return [[Span(*find(t, "Phil Simmons"), "PERSON")] if "Phil" in t else [] for t in texts]


def test_evaluate_scores_factx_and_the_raw_model(tmp_path: Path) -> None:
    (tmp_path / conll.FILE).write_text(CONLL, encoding="utf-8")
    report = conll.evaluate(FakeExtractor(facts), tmp_path, raw_ner=raw_ner)
    # Gold: BAYERN, Bayern Munich, Ajax (ORG), Amsterdam (LOC), West Indian (MISC), Phil Simmons.
    assert report.metric("factx span+type") == Counts(tp=2, fp=2, fn=4)
    assert report.metric("factx span only") == Counts(tp=3, fp=1, fn=3)
    assert report.metric("factx span+type overlap") == Counts(tp=3, fp=1, fn=3)
    assert report.metric("factx ORG") == Counts(tp=0, fp=1, fn=3)
    assert report.metric("factx ORG overlap") == Counts(tp=1, fp=0, fn=2)
    assert report.metric("factx MISC") == Counts(tp=1, fp=0, fn=0)
    assert report.metric("spacy PER") == Counts(tp=1, fp=0, fn=0)
    assert report.metric("spacy span+type") == Counts(tp=1, fp=0, fn=5)
    assert report.info["gold mentions"] == 6


def test_a_leading_the_is_left_out_of_predictions() -> None:
    text = "the United States and The Fed"
    spans = [Span(0, 17, "LOC"), Span(22, 29, "ORG"), Span(0, 3, "LOC"), Span(4, 10, "LOC")]
    assert [text[s.start : s.end] for s in conll.without_article(text, spans)] == [
        "United States", "Fed", "the", "United",
    ]  # fmt: skip


GROUND = """\
The DT I-NP I-LOC
Oval NNP I-NP I-LOC
was VBD I-VP O
full JJ I-ADJP O
. . O O
-DOCSTART- -X- O O
"""


def test_a_gold_name_holding_its_the_matches_a_prediction_that_holds_it(tmp_path: Path) -> None:
    # CoNLL keeps "The" in a few grounds and titles; both sides lose it, so the same span scores.
    (tmp_path / conll.FILE).write_text(GROUND, encoding="utf-8")

    def ground(article_id: str, text: str, ref: date | None) -> list[Any]:
        return [entity_fact(text, "FAC", [find(text, "The Oval")])]

    report = conll.evaluate(FakeExtractor(ground), tmp_path)
    assert report.metric("factx span+type") == Counts(tp=1, fp=0, fn=0)


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    report = conll.evaluate(FakeExtractor(facts), tmp_path)
    assert report.problem_count == 1 and report.info["documents"] == 0
