"""TempEval-3 style scoring of date facts on TimeML (TimeBank + AQUAINT).

Gold is every TIMEX3 inside `<TEXT>`; offsets refer to the text of TEXT with the tags removed
and XML entities decoded, which is exactly the text handed to the extractor.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from factx.evaluation.report import SetReport
from factx.evaluation.running import DEFAULT_BATCH_SIZE, ExtractorLike, Item, cap, extract_all
from factx.evaluation.scoring import AttributeScore, Counts, Span, count_matches, match_spans
from factx.records import ArticleRecord, DateFact

NAME = "tempeval3-tbaq"


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True)
class TimeMLDoc:
    doc_id: str
    text: str
    dct: date | None
    timexes: tuple[Timex, ...]


def parse_date(value: str | None) -> date | None:
    """The calendar date at the start of a TIMEX3-like value ("1998-08-07T06:18"), if any."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_timeml(xml_text: str | bytes, doc_id: str) -> TimeMLDoc:
    """Parse one TimeML document; raises ValueError when it has no usable TEXT."""
    try:
        root = ET.fromstring(xml_text)
    except ET.ParseError as exc:
        raise ValueError(f"not well-formed XML: {exc}") from exc
    text_elem = root.find("TEXT")
    if text_elem is None:
        raise ValueError("no <TEXT> element")
    dct_timex = root.find("DCT/TIMEX3")
    dct = parse_date(dct_timex.get("value")) if dct_timex is not None else None
    parts: list[str] = []
    timexes: list[Timex] = []
    _flatten(text_elem, parts, 0, timexes)
    timexes.sort(key=lambda t: (t.start, t.end))
    return TimeMLDoc(doc_id=doc_id, text="".join(parts), dct=dct, timexes=tuple(timexes))


def _flatten(elem: ET.Element, parts: list[str], pos: int, timexes: list[Timex]) -> int:
    """Append elem's text content to parts, record TIMEX3 offsets; return the end position."""
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        start = pos
        pos = _flatten(child, parts, pos, timexes)
        if child.tag == "TIMEX3":
            timexes.append(
                Timex(start, pos, child.get("type", "").upper(), child.get("value", "").strip())
            )
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def load_dir(data_dir: Path, report: SetReport) -> list[TimeMLDoc]:
    docs: list[TimeMLDoc] = []
    for path in sorted(data_dir.rglob("*.tml")):
        try:
            docs.append(parse_timeml(path.read_bytes(), path.stem))
        except (OSError, ValueError) as exc:
            report.problem(f"{path.name}: skipped: {exc}")
    return docs


@dataclass(frozen=True)
class TimexTally:
    """Corpus-level counts from which the TempEval-3 scores are computed."""

    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    type_correct: int = 0
    value_correct: int = 0

    def __add__(self, other: TimexTally) -> TimexTally:
        return TimexTally(
            self.strict + other.strict,
            self.relaxed + other.relaxed,
            self.type_correct + other.type_correct,
            self.value_correct + other.value_correct,
        )


def tally_timexes(gold: Sequence[Timex], pred: Sequence[Timex]) -> TimexTally:
    gold_spans = [t.span for t in gold]
    pred_spans = [t.span for t in pred]
    pairs = match_spans(gold_spans, pred_spans, "relaxed")
    return TimexTally(
        strict=count_matches(gold_spans, pred_spans, "strict"),
        relaxed=Counts(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs)),
        type_correct=sum(gold[g].type == pred[p].type for g, p in pairs),
        value_correct=sum(gold[g].value == pred[p].value for g, p in pairs),
    )


def add_timex_rows(report: SetReport, tally: TimexTally, prefix: str = "") -> None:
    relaxed_f1 = tally.relaxed.f1
    report.add(f"{prefix}strict extent", tally.strict)
    report.add(f"{prefix}relaxed extent", tally.relaxed)
    report.add(f"{prefix}type", AttributeScore(tally.type_correct, tally.relaxed.tp, relaxed_f1))
    report.add(f"{prefix}value", AttributeScore(tally.value_correct, tally.relaxed.tp, relaxed_f1))


def predicted_timexes(record: ArticleRecord) -> list[Timex]:
    return [
        Timex(f.start, f.end, f.timex_type, f.value)
        for f in record.facts
        if isinstance(f, DateFact)
    ]


def score(
    docs: Sequence[TimeMLDoc], records: Sequence[ArticleRecord | None], report: SetReport
) -> None:
    tally = TimexTally()
    for doc, record in zip(docs, records, strict=True):
        # A failed extraction still owes its gold: counting it as all misses keeps recall honest.
        pred = predicted_timexes(record) if record is not None else []
        tally = tally + tally_timexes(doc.timexes, pred)
    add_timex_rows(report, tally)


def error_lines(docs: Sequence[TimeMLDoc], records: Sequence[ArticleRecord | None]) -> list[str]:
    """Every miss, spurious date and wrong type/value, one tab-separated line each.

    Columns: document@DCT, kind (missed | spurious | extent | type | value), gold text, gold
    TYPE:value, predicted text, predicted TYPE:value, the text around the expression. For
    reading errors by class; the lines quote the data set, so they belong in a scratch file,
    never in the repo.
    """
    lines: list[str] = []
    for doc, record in zip(docs, records, strict=True):
        pred = predicted_timexes(record) if record is not None else []
        pairs = match_spans([t.span for t in doc.timexes], [t.span for t in pred], "relaxed")
        for gi, pi in pairs:
            g, p = doc.timexes[gi], pred[pi]
            if g.value != p.value:
                lines.append(_error_line(doc, "value", g, p))
            elif g.type != p.type:
                lines.append(_error_line(doc, "type", g, p))
            elif (g.start, g.end) != (p.start, p.end):
                lines.append(_error_line(doc, "extent", g, p))
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        for i, g in enumerate(doc.timexes):
            if i not in matched_gold:
                lines.append(_error_line(doc, "missed", g, None))
        for i, p in enumerate(pred):
            if i not in matched_pred:
                lines.append(_error_line(doc, "spurious", None, p))
    return lines


def _error_line(doc: TimeMLDoc, kind: str, gold: Timex | None, pred: Timex | None) -> str:
    where = gold or pred
    assert where is not None
    left = doc.text[max(0, where.start - 60) : where.start]
    right = doc.text[where.end : where.end + 60]
    cells = [
        f"{doc.doc_id}@{doc.dct.isoformat() if doc.dct else '-'}",
        kind,
        doc.text[gold.start : gold.end] if gold else "",
        f"{gold.type}:{gold.value}" if gold else "",
        doc.text[pred.start : pred.end] if pred else "",
        f"{pred.type}:{pred.value}" if pred else "",
        f"{left}[[{doc.text[where.start : where.end]}]]{right}",
    ]
    return "\t".join(" ".join(cell.split()) for cell in cells)


def evaluate(
    extractor: ExtractorLike,
    data_dir: Path,
    limit: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    errors: Path | None = None,
) -> SetReport:
    started = time.perf_counter()
    report = SetReport(NAME)
    docs = cap(load_dir(data_dir, report), limit)
    items: list[Item] = [(d.doc_id, d.text, d.dct) for d in docs]
    records = extract_all(extractor, items, report.problem, batch_size)
    score(docs, records, report)
    if errors is not None:
        errors.write_text("".join(line + "\n" for line in error_lines(docs, records)), "utf-8")
    report.info["documents"] = len(docs)
    report.info["gold timexes"] = sum(len(d.timexes) for d in docs)
    report.info["documents without DCT"] = sum(d.dct is None for d in docs)
    report.seconds = time.perf_counter() - started
    return report
