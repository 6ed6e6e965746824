"""ClaimBuster check-worthiness: is a debate sentence a factual claim?

Each sentence is extracted as the one body paragraph of an article under a neutral headline; it
is predicted check-worthy when factx returns a claim fact that overlaps it and is "factual" or
attributed with a check-worthiness score (its content is check-worthy). The headline is needed
because factx takes an article's first line as its title and finds no check-worthy statement in
a title.
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factx.evaluation.report import SetReport
from factx.evaluation.running import DEFAULT_BATCH_SIZE, ExtractorLike, Item, cap, extract_all
from factx.evaluation.scoring import Counts, Ratio, Span, overlaps
from factx.records import ArticleRecord, ClaimFact

NAME = "claimbuster"
FILE_NAME = "dev.csv"
REQUIRED_COLUMNS = ("sentence_id", "label", "text")
HEADLINE = "Debate transcript\n\n"


@dataclass(frozen=True)
class Sentence:
    sentence_id: str
    label: bool
    text: str


def parse_csv(raw: str, problem: Callable[[str], None]) -> list[Sentence]:
    """Rows of `sentence_id,label,text`; rows with a bad label or no text are reported."""
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        problem(f"{FILE_NAME}: missing columns {missing}; found {reader.fieldnames}")
        return []
    sentences: list[Sentence] = []
    for line, row in enumerate(reader, 2):
        label, text = (row.get("label") or "").strip(), (row.get("text") or "").strip()
        if label not in ("0", "1") or not text:
            problem(f"{FILE_NAME}:{line}: skipped row (label {label!r}, {len(text)} chars)")
            continue
        sentences.append(Sentence((row.get("sentence_id") or "").strip(), label == "1", text))
    return sentences


def article_text(sentence: str) -> str:
    return HEADLINE + sentence


def is_predicted_claim(record: ArticleRecord, sentence_text: str) -> bool:
    """A factual claim, or an attributed one whose content is check-worthy (it has a score),
    overlaps the sentence: "The CBO said the deficit doubled" is as checkable as its content."""
    sentence = Span(len(HEADLINE), len(HEADLINE) + len(sentence_text))
    return any(
        isinstance(f, ClaimFact)
        and (f.claim_type == "factual" or f.score is not None)
        and overlaps(Span(f.start, f.end), sentence)
        for f in record.facts
    )


def score(
    sentences: Sequence[Sentence], records: Sequence[ArticleRecord | None], report: SetReport
) -> None:
    tp = fp = fn = tn = 0
    for sentence, record in zip(sentences, records, strict=True):
        # A failed extraction predicts nothing, as a silent extractor would.
        predicted = record is not None and is_predicted_claim(record, sentence.text)
        if predicted and sentence.label:
            tp += 1
        elif predicted:
            fp += 1
        elif sentence.label:
            fn += 1
        else:
            tn += 1
    report.add("check-worthy", Counts(tp, fp, fn))
    report.add("accuracy", Ratio(tp + tn, tp + fp + fn + tn))
    report.info["positives"] = tp + fn
    report.info["negatives"] = fp + tn
    report.info["predicted positives"] = tp + fp


def evaluate(
    extractor: ExtractorLike,
    data_dir: Path,
    limit: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> SetReport:
    started = time.perf_counter()
    report = SetReport(NAME)
    try:
        raw = (data_dir / FILE_NAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        report.problem(f"{FILE_NAME}: unreadable: {exc}")
        raw = ""
    sentences = cap(parse_csv(raw, report.problem), limit) if raw else []
    # Row numbers make the ids unique even if a sentence_id repeats.
    items: list[Item] = [
        (f"cb{i}-{s.sentence_id}", article_text(s.text), None) for i, s in enumerate(sentences)
    ]
    records = extract_all(extractor, items, report.problem, batch_size)
    score(sentences, records, report)
    report.info["sentences"] = len(sentences)
    report.seconds = time.perf_counter() - started
    return report
