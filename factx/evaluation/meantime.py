"""MEANTIME (CAT XML, Wikinews) scoring: named entities (factx vs raw spaCy), values, timexes.

The corpus is pre-tokenised, so the text handed to the extractor is rebuilt from the tokens:
single spaces inside a sentence, a newline between sentences. Sentence 0 is the headline and
sentence 1 the date line under it.

MEANTIME annotates only the start of each article: no markable lies beyond sentence index 5
(headline, date line, four body sentences) in 59 of the 60 documents, although articles run to
40 sentences. Predictions after the annotated part are therefore dropped, not counted as false
positives; the whole article is still extracted, so factx sees its full context.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Protocol, TypeVar

from factx.evaluation.mentions import add_mention_rows, fact_mentions, mapped
from factx.evaluation.report import SetReport
from factx.evaluation.running import DEFAULT_BATCH_SIZE, ExtractorLike, Item, cap, extract_all
from factx.evaluation.scoring import Counts, Span, count_matches, overlaps, unique
from factx.evaluation.tempeval import (
    Timex,
    TimexTally,
    add_timex_rows,
    parse_date,
    predicted_timexes,
    tally_timexes,
)
from factx.records import ArticleRecord, MoneyFact, PercentFact, QuantityFact

PARTS = ("entities", "values", "timex")
# The last sentence index that is always annotated (see the module docstring).
ANNOTATED_THROUGH_SENTENCE = 5
ENTITY_TYPES = ("PERSON", "ORG", "LOC", "OTHER")
VALUE_TYPES = ("MONEY", "PERCENT", "QUANTITY")

GOLD_ENTITY_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
PRED_ENTITY_MAP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
# OntoNotes labels for numbers and times are not names; MEANTIME annotates them as VALUE/TIMEX3,
# so counting them as OTHER entities would bury the entity scores in false positives.
NON_NAME_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
FACT_VALUE_TYPES: dict[type, str] = {
    MoneyFact: "MONEY",
    PercentFact: "PERCENT",
    QuantityFact: "QUANTITY",
}

# Raw NER over a batch of texts: the entity spans (label = the model's own label) of each text.
RawNer = Callable[[Sequence[str]], list[list[Span]]]


@dataclass(frozen=True)
class CatDoc:
    name: str
    text: str
    dct: date | None
    dct_span: Span | None
    entities: tuple[Span, ...]  # labels PERSON / ORG / LOC / OTHER
    values: tuple[Span, ...]  # labels MONEY / PERCENT / QUANTITY
    timexes: tuple[Timex, ...]  # without the DCT
    annotated_end: int  # character offset where the annotated part of the article ends


def gold_entity_label(ent_type: str) -> str:
    return GOLD_ENTITY_MAP.get(ent_type.upper(), "OTHER")


def pred_entity_label(label: str) -> str | None:
    """The MEANTIME class of an OntoNotes label, or None for labels that are not names."""
    label = label.upper()
    if label in NON_NAME_LABELS:
        return None
    return PRED_ENTITY_MAP.get(label, "OTHER")


def parse_cat(xml_text: str | bytes, name: str) -> CatDoc:
    """Parse one CAT XML document; raises ValueError when it is unusable."""
    try:
        root = ET.fromstring(xml_text)
    except ET.ParseError as exc:
        raise ValueError(f"not well-formed XML: {exc}") from exc
    text, token_spans, token_sentence, sentence_spans = _rebuild_text(root)
    if not token_spans:
        raise ValueError("no tokens")

    def anchor_span(markable: ET.Element) -> Span | None:
        found = (token_spans.get(a.get("t_id", "")) for a in markable.findall("token_anchor"))
        spans = [s for s in found if s is not None]
        if not spans:
            return None  # non-text-consuming markable (TAG_DESCRIPTOR only)
        return Span(min(s.start for s in spans), max(s.end for s in spans))

    markables = root.find("Markables")
    markable_list = list(markables) if markables is not None else []
    entity_types = {
        m.get("m_id", ""): m.get("ent_type", "")
        for m in markable_list
        if m.tag == "ENTITY" and m.get("ent_type")
    }
    refers_to: dict[str, str] = {}
    for rel in root.iterfind("Relations/REFERS_TO"):
        target = rel.find("target")
        if target is None:
            continue
        for source in rel.findall("source"):
            refers_to.setdefault(source.get("m_id", ""), target.get("m_id", ""))

    entities: list[Span] = []
    values: list[Span] = []
    timexes: list[Timex] = []
    dct: date | None = None
    dct_span: Span | None = None
    last_sentence = ANNOTATED_THROUGH_SENTENCE
    for m in markable_list:
        span = anchor_span(m)
        if span is None:
            continue
        for anchor in m.findall("token_anchor"):
            last_sentence = max(last_sentence, token_sentence.get(anchor.get("t_id", ""), 0))
        if m.tag == "ENTITY_MENTION" and m.get("syntactic_type") == "NAM":
            ent_type = entity_types.get(refers_to.get(m.get("m_id", ""), ""))
            if ent_type:
                entities.append(Span(span.start, span.end, gold_entity_label(ent_type)))
        elif m.tag == "VALUE" and m.get("type", "").upper() in VALUE_TYPES:
            values.append(Span(span.start, span.end, m.get("type", "").upper()))
        elif m.tag == "TIMEX3":
            if m.get("functionInDocument") == "CREATION_TIME":
                dct, dct_span = parse_date(m.get("value")), span
            else:
                timex_type = m.get("type", "").upper()
                timexes.append(Timex(span.start, span.end, timex_type, m.get("value", "")))

    if dct_span is None and len(sentence_spans) > 1:
        # Two files lack a CREATION_TIME timex; their date line is annotated as a plain timex,
        # which would be scored unlike the other 58 documents' date lines. Treat it as the DCT.
        line = sentence_spans[1]
        dct = _parse_date_line(text[line.start : line.end])
        if dct is not None:
            dct_span = line
            timexes = [t for t in timexes if not _inside(t.span, line)]

    return CatDoc(
        name=name,
        text=text,
        dct=dct,
        dct_span=dct_span,
        entities=tuple(unique(sorted(entities))),
        values=tuple(unique(sorted(values))),
        timexes=tuple(sorted(set(timexes), key=lambda t: (t.start, t.end))),
        annotated_end=sentence_spans[min(last_sentence, len(sentence_spans) - 1)].end,
    )


def _rebuild_text(
    root: ET.Element,
) -> tuple[str, dict[str, Span], dict[str, int], list[Span]]:
    """The text, each token's span and sentence ordinal, and each sentence's span."""
    parts: list[str] = []
    token_spans: dict[str, Span] = {}
    token_sentence: dict[str, int] = {}
    sentence_spans: list[Span] = []
    pos = 0
    sentence: str | None = None
    sentence_start = 0
    for token in root.iter("token"):
        word = token.text or ""
        if sentence is not None:
            separator = " " if token.get("sentence") == sentence else "\n"
            if separator == "\n":
                sentence_spans.append(Span(sentence_start, pos))
                sentence_start = pos + 1
            parts.append(separator)
            pos += 1
        sentence = token.get("sentence")
        parts.append(word)
        token_spans[token.get("t_id", "")] = Span(pos, pos + len(word))
        token_sentence[token.get("t_id", "")] = len(sentence_spans)
        pos += len(word)
    if sentence is not None:
        sentence_spans.append(Span(sentence_start, pos))
    return "".join(parts), token_spans, token_sentence, sentence_spans


def _parse_date_line(line: str) -> date | None:
    cleaned = " ".join(line.replace(",", " ").split())
    for fmt in ("%B %d %Y", "%A %B %d %Y", "%b %d %Y"):
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def load_dir(data_dir: Path, report: SetReport) -> list[CatDoc]:
    docs: list[CatDoc] = []
    for path in sorted(data_dir.glob("intra-doc_annotation/corpus_*/*.xml")):
        try:
            docs.append(parse_cat(path.read_bytes(), path.stem))
        except (OSError, ValueError) as exc:
            report.problem(f"{path.name}: skipped: {exc}")
    return docs


# --- predictions ---------------------------------------------------------------------------------


class _Located(Protocol):
    @property
    def start(self) -> int: ...


L = TypeVar("L", bound=_Located)


def in_scope(items: Sequence[L], doc: CatDoc) -> list[L]:
    return [item for item in items if item.start < doc.annotated_end]


def factx_values(record: ArticleRecord) -> list[Span]:
    spans = [
        Span(f.start, f.end, FACT_VALUE_TYPES[type(f)])
        for f in record.facts
        if type(f) in FACT_VALUE_TYPES
    ]
    return unique(sorted(spans))


def factx_timexes(record: ArticleRecord, dct_span: Span | None) -> list[Timex]:
    # The DCT is excluded from gold, so a date found on the date line is neither right nor wrong.
    return [
        t for t in predicted_timexes(record) if dct_span is None or not overlaps(t.span, dct_span)
    ]


# --- scoring -------------------------------------------------------------------------------------


def add_value_rows(
    report: SetReport, pairs: Sequence[tuple[Sequence[Span], Sequence[Span]]]
) -> None:
    for label in (*VALUE_TYPES, None):
        for mode in ("strict", "relaxed"):
            total = Counts()
            for gold, pred in pairs:
                if label is not None:
                    gold = [g for g in gold if g.label == label]
                    pred = [p for p in pred if p.label == label]
                total = total + count_matches(gold, pred, mode, typed=True)
            report.add(f"{label or 'all (typed)'} {mode}", total)


def evaluate(
    extractor: ExtractorLike,
    data_dir: Path,
    parts: Collection[str] = PARTS,
    raw_ner: RawNer | None = None,
    limit: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> list[SetReport]:
    started = time.perf_counter()
    load_report = SetReport("meantime")
    docs = cap(load_dir(data_dir, load_report), limit)
    items: list[Item] = [(d.name, d.text, d.dct) for d in docs]
    records = extract_all(extractor, items, load_report.problem, batch_size)
    pairs = [(d, r) for d, r in zip(docs, records, strict=True)]
    extraction_seconds = time.perf_counter() - started

    reports: list[SetReport] = []
    if "entities" in parts:
        report = _fresh("meantime entities", len(docs))
        add_mention_rows(
            report,
            "factx",
            [
                (d.entities, in_scope(fact_mentions(r, pred_entity_label), d) if r else [])
                for d, r in pairs
            ],
            ENTITY_TYPES,
        )
        if raw_ner is not None:
            raw = raw_ner([d.text for d in docs])
            add_mention_rows(
                report,
                "spacy",
                [
                    (d.entities, in_scope(mapped(s, pred_entity_label), d))
                    for d, s in zip(docs, raw, strict=True)
                ],
                ENTITY_TYPES,
            )
        else:
            report.add("spacy span+type", None, "raw model not run")
        report.info["gold mentions"] = sum(len(d.entities) for d in docs)
        reports.append(report)
    if "values" in parts:
        report = _fresh("meantime values", len(docs))
        add_value_rows(
            report, [(d.values, in_scope(factx_values(r), d) if r else []) for d, r in pairs]
        )
        for label in VALUE_TYPES:
            report.info[f"gold {label}"] = sum(v.label == label for d in docs for v in d.values)
        reports.append(report)
    if "timex" in parts:
        report = _fresh("meantime timex", len(docs))
        tally = TimexTally()
        for d, r in pairs:
            pred = in_scope(factx_timexes(r, d.dct_span), d) if r else []
            tally = tally + tally_timexes(d.timexes, pred)
        add_timex_rows(report, tally)
        report.info["gold timexes (no DCT)"] = sum(len(d.timexes) for d in docs)
        report.info["documents without DCT"] = sum(d.dct is None for d in docs)
        reports.append(report)

    if reports:
        # One extraction serves every part, so its problems and time are reported once.
        first = reports[0]
        first.problems = load_report.problems + first.problems
        first.problem_count += load_report.problem_count
        first.info["extraction seconds"] = round(extraction_seconds, 2)
        first.seconds = time.perf_counter() - started
    return reports


def _fresh(name: str, documents: int) -> SetReport:
    report = SetReport(name)
    report.info["documents"] = documents
    return report


def load_spacy_ner(model: str) -> RawNer:
    """Raw `doc.ents` of a plain spaCy pipeline, for comparing factx with the model it wraps."""
    import spacy  # deferred: loading spaCy is slow and tests never need it

    nlp = spacy.load(model)

    def run(texts: Sequence[str]) -> list[list[Span]]:
        return [
            [Span(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)
        ]

    return run
