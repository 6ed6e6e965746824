"""PolNeAR attribution scoring (brat standoff): cue, source and content spans of claims.

Following BBC's citron evaluation, each of the three parts is scored on its own, with an exact
(same offsets) and an overlap (any shared character) criterion. Unlike citron, matching is
one-to-one, like every other set in this harness.

Predictions come from claim facts with claim_type "attributed". Their cue and speaker spans are
read with getattr because those offsets are optional in the record contract; a claim without
them simply predicts no cue or source span.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factx.evaluation.report import SetReport
from factx.evaluation.running import DEFAULT_BATCH_SIZE, ExtractorLike, Item, cap, extract_all
from factx.evaluation.scoring import (
    Counts,
    MatchMode,
    Span,
    count_matches,
    match_spans,
    unique,
)
from factx.evaluation.tempeval import parse_date
from factx.records import ArticleRecord, ClaimFact

NAME = "polnear"
PARTS = ("cue", "source", "content")
GOLD_LABELS = {"Cue": "cue", "Source": "source", "Content": "content"}
# (start field, end field) of each part on a claim fact.
CLAIM_FIELDS = {
    "cue": ("cue_start", "cue_end"),
    "source": ("speaker_start", "speaker_end"),
    "content": ("content_start", "content_end"),
}


@dataclass(frozen=True)
class BratSpan:
    label: str
    fragments: tuple[tuple[int, int], ...]
    text: str

    @property
    def hull(self) -> Span:
        # Claim facts have one contiguous content span, so a discontinuous gold span is compared
        # as the range from its first to its last character.
        return Span(min(s for s, _ in self.fragments), max(e for _, e in self.fragments))


@dataclass(frozen=True)
class PolnearDoc:
    article: str
    ann_name: str
    text: str
    published: date | None
    gold: dict[str, tuple[Span, ...]]  # part -> unique spans


def parse_ann(ann_text: str, problem: Callable[[str], None], name: str) -> list[BratSpan]:
    """The text-bound annotations (T lines) of a brat .ann file; bad lines are reported."""
    spans: list[BratSpan] = []
    for number, line in enumerate(ann_text.splitlines(), 1):
        if not line.startswith("T"):
            continue
        try:
            _, middle, covered = line.split("\t", 2)
            label, offsets = middle.split(" ", 1)
            fragments = []
            for fragment in offsets.split(";"):
                start, end = (int(x) for x in fragment.split())
                if not 0 <= start <= end:
                    raise ValueError(f"bad offsets {fragment!r}")
                fragments.append((start, end))
        except ValueError as exc:
            problem(f"{name}:{number}: skipped line: {exc}")
            continue
        # File order is kept: brat's covered text follows it, and it is not always ascending.
        spans.append(BratSpan(label, tuple(fragments), covered))
    return spans


def gold_parts(
    text: str, spans: Sequence[BratSpan], problem: Callable[[str], None], name: str
) -> dict[str, tuple[Span, ...]]:
    gold: dict[str, list[Span]] = {part: [] for part in PARTS}
    for span in spans:
        part = GOLD_LABELS.get(span.label)
        if part is None:
            continue
        if span.hull.end > len(text):
            problem(f"{name}: {span.label} span {span.fragments} beyond the text; skipped")
            continue
        # brat joins the fragments of a discontinuous span with a space in the covered text.
        covered = " ".join(text[s:e] for s, e in span.fragments)
        if covered != span.text:
            problem(f"{name}: {span.label} text mismatch at {span.hull.start}")
        gold[part].append(span.hull)
    return {part: tuple(unique(sorted(spans_))) for part, spans_ in gold.items()}


def read_publication_dates(path: Path) -> dict[str, date]:
    """filename -> publication date from metadata.tsv (best effort: dates are only a context)."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return {
                row["filename"]: d
                for row in csv.DictReader(f, delimiter="\t")
                if (d := parse_date(row.get("publication_date"))) is not None
            }
    except (OSError, KeyError, csv.Error):
        return {}


def article_of(ann_path: Path) -> str:
    """`<article>_<annotator>.ann` -> `<article>` (article names contain underscores too)."""
    return ann_path.stem.rsplit("_", 1)[0]


def load_dir(data_dir: Path, report: SetReport) -> list[PolnearDoc]:
    test = data_dir / "test"
    published = read_publication_dates(data_dir / "metadata.tsv")
    chosen: dict[str, Path] = {}
    # One annotator per article: the first .ann by file name, so runs are reproducible.
    for ann_path in sorted((test / "attributions").glob("*.ann")):
        chosen.setdefault(article_of(ann_path), ann_path)
    docs: list[PolnearDoc] = []
    for article, ann_path in sorted(chosen.items()):
        try:
            text = (test / "text" / f"{article}.txt").read_text(encoding="utf-8")
            spans = parse_ann(ann_path.read_text(encoding="utf-8"), report.problem, ann_path.name)
        except (OSError, UnicodeDecodeError) as exc:
            report.problem(f"{article}: skipped: {exc}")
            continue
        gold = gold_parts(text, spans, report.problem, ann_path.name)
        docs.append(PolnearDoc(article, ann_path.name, text, published.get(article), gold))
    return docs


def claim_part_span(claim: ClaimFact, part: str) -> Span | None:
    start_name, end_name = CLAIM_FIELDS[part]
    start, end = getattr(claim, start_name, None), getattr(claim, end_name, None)
    if isinstance(start, int) and isinstance(end, int) and start <= end:
        return Span(start, end)
    return None


def attributed_claims(record: ArticleRecord | None) -> list[ClaimFact]:
    if record is None:
        return []
    return [f for f in record.facts if isinstance(f, ClaimFact) and f.claim_type == "attributed"]


def predicted_parts(claims: Sequence[ClaimFact]) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = {}
    for part in PARTS:
        spans = [s for c in claims if (s := claim_part_span(c, part)) is not None]
        out[part] = unique(sorted(spans))
    return out


_EDGE = " \t\n\"'“”‘’.,;:!?"


def core(text: str, span: Span) -> Span:
    """A content span without the edges conventions disagree on: PolNeAR's contents (and
    factx's, see `factx.extract.content_marks`) keep a leading "that" and the quote marks and
    final punctuation of a quotation; other systems leave them out. Scoring without them shows
    which words were found whatever the convention."""
    start, end = span.start, span.end
    while start < end and text[start] in _EDGE:
        start += 1
    if text[start : start + 5].lower() == "that ":
        start += 5
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return Span(start, end)


def score(
    docs: Sequence[PolnearDoc], records: Sequence[ArticleRecord | None], report: SetReport
) -> None:
    modes: tuple[tuple[str, MatchMode], ...] = (("exact", "strict"), ("overlap", "relaxed"))
    totals = {(part, label): Counts() for part in PARTS for label, _ in modes}
    predicted_claims = 0
    predicted_spans = dict.fromkeys(PARTS, 0)
    has_fields = dict.fromkeys(PARTS, False)
    core_counts = Counts()
    for doc, record in zip(docs, records, strict=True):
        claims = attributed_claims(record)
        predicted_claims += len(claims)
        pred = predicted_parts(claims)
        core_counts = core_counts + count_matches(
            unique(core(doc.text, g) for g in doc.gold["content"]),
            unique(core(doc.text, p) for p in pred["content"]),
            "strict",
        )
        for part in PARTS:
            has_fields[part] |= any(hasattr(c, CLAIM_FIELDS[part][0]) for c in claims)
            predicted_spans[part] += len(pred[part])
            for label, mode in modes:
                totals[part, label] = totals[part, label] + count_matches(
                    doc.gold[part], pred[part], mode
                )
    for part in PARTS:
        for label, _ in modes:
            if has_fields[part] or not predicted_claims:
                report.add(f"{part} {label}", totals[part, label])
            else:
                # Zeros would read as "found nothing" when the records cannot say where it is.
                fields = "/".join(CLAIM_FIELDS[part])
                report.add(f"{part} {label}", None, f"claim facts have no {fields}")
    if has_fields["content"] or not predicted_claims:
        report.add("content exact, core", core_counts, "edge marks and a leading 'that' aside")
    report.info["predicted attributed claims"] = predicted_claims
    for part in PARTS:
        report.info[f"gold {part} spans"] = sum(len(d.gold[part]) for d in docs)
        report.info[f"predicted {part} spans"] = predicted_spans[part]


def error_lines(docs: Sequence[PolnearDoc], records: Sequence[ArticleRecord | None]) -> list[str]:
    """Every content missed or spurious under the overlap criterion, one tab-separated line each.

    Columns: article, kind (missed | spurious, or "missed cue", "spurious source", ... for the
    other parts), the cue (of a missed content the gold cue
    nearest it: PolNeAR's cues stand next to their contents; of a spurious one factx's lemma),
    the content, the text around it. For listing what is missed by kind and frequency; the
    lines quote the data set, so they belong in a scratch file, never in the repo.
    """
    lines: list[str] = []
    for doc, record in zip(docs, records, strict=True):
        claims = attributed_claims(record)
        pred = predicted_parts(claims)["content"]
        gold = doc.gold["content"]
        pairs = match_spans(gold, pred, "relaxed")
        matched_gold, matched_pred = {g for g, _ in pairs}, {p for _, p in pairs}
        for i, span in enumerate(gold):
            if i not in matched_gold:
                cue = min(doc.gold["cue"], key=lambda c: _distance(c, span), default=None)
                cue_text = doc.text[cue.start : cue.end] if cue is not None else ""
                lines.append(_error_line(doc, "missed", cue_text, span))
        for i, span in enumerate(pred):
            if i not in matched_pred:
                cue_text = next(
                    (c.cue or "" for c in claims if claim_part_span(c, "content") == span), ""
                )
                lines.append(_error_line(doc, "spurious", cue_text, span))
        lines.extend(_part_error_lines(doc, claims))
    return lines


def _part_error_lines(doc: PolnearDoc, claims: Sequence[ClaimFact]) -> list[str]:
    """Cues and sources missed or spurious under the overlap criterion, with the claim's cue
    lemma as the cue column of a spurious one: whether a found content has the wrong cue or
    source, or an attribution was missed as a whole, shows beside the content lines."""
    lines: list[str] = []
    pred_parts = predicted_parts(claims)
    for part in ("cue", "source"):
        gold, pred = doc.gold[part], pred_parts[part]
        pairs = match_spans(gold, pred, "relaxed")
        matched_gold, matched_pred = {g for g, _ in pairs}, {p for _, p in pairs}
        lines.extend(
            _error_line(doc, f"missed {part}", "", span)
            for i, span in enumerate(gold)
            if i not in matched_gold
        )
        for i, span in enumerate(pred):
            if i in matched_pred:
                continue
            cue = next((c.cue or "" for c in claims if claim_part_span(c, part) == span), "")
            lines.append(_error_line(doc, f"spurious {part}", cue, span))
    return lines


def _distance(a: Span, b: Span) -> int:
    return max(0, b.start - a.end, a.start - b.end)


def _error_line(doc: PolnearDoc, kind: str, cue: str, span: Span) -> str:
    left = doc.text[max(0, span.start - 60) : span.start]
    right = doc.text[span.end : span.end + 60]
    around = f"{left}[[{doc.text[span.start : span.end]}]]{right}"
    cells = [doc.article, kind, cue, doc.text[span.start : span.end], around]
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
    items: list[Item] = [(d.article, d.text, d.published) for d in docs]
    records = extract_all(extractor, items, report.problem, batch_size)
    score(docs, records, report)
    if errors is not None:
        errors.write_text("".join(line + "\n" for line in error_lines(docs, records)), "utf-8")
    report.info["documents"] = len(docs)
    report.seconds = time.perf_counter() - started
    return report
