"""CoNLL-2003 English (eng.testa) scoring: entity mentions of factx beside the raw model's.

The file is one token per line (`TOKEN POS CHUNK NER`), IOB1 tags, a blank line between
sentences; in this copy a `-DOCSTART-` line ENDS each document. A text is rebuilt per document:
tokens joined by single spaces, sentences by a blank line (CoNLL keeps no paragraphs, so each
sentence is one; the first is the headline, as in a news file). Every token keeps its offsets.

OntoNotes labels map PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC and the other name labels to
MISC; numbers and times are no CoNLL names and are dropped.

CoNLL leaves "the" out of most names ("the [United States]"), while factx (like OntoNotes and
MEANTIME) includes it where it is the name's own article; a leading "the" is taken off both
systems' spans before scoring, so the scores compare names, not conventions. It is taken off the
gold spans too, since CoNLL keeps it in a few titles and grounds ("The Oval", "The Crying Game",
12 of the dev split's 5,942 mentions), where a system that kept it would otherwise be scored wrong.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factx.evaluation.meantime import RawNer
from factx.evaluation.mentions import add_mention_rows, fact_mentions, mapped
from factx.evaluation.report import SetReport
from factx.evaluation.running import DEFAULT_BATCH_SIZE, ExtractorLike, Item, cap, extract_all
from factx.evaluation.scoring import Span

NAME = "conll2003 entities"
FILE = "eng.testa"
TYPES = ("PER", "ORG", "LOC", "MISC")
LABEL_MAP = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
    "EVENT": "MISC", "WORK_OF_ART": "MISC", "PRODUCT": "MISC", "LAW": "MISC", "LANGUAGE": "MISC",
}  # fmt: skip

_ARTICLE = re.compile(r"(?:the|The|THE) ")


@dataclass(frozen=True)
class ConllDoc:
    name: str
    text: str
    entities: tuple[Span, ...]


def parse_conll(raw: str) -> list[ConllDoc]:
    """The documents of a CoNLL-2003 file, with their texts and gold mentions."""
    docs: list[ConllDoc] = []
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in raw.splitlines():
        fields = line.split()
        if not fields:
            sentences.append([])
        elif fields[0] == "-DOCSTART-":
            _add_doc(docs, sentences)
            sentences = [[]]
        else:
            sentences[-1].append((fields[0], fields[-1]))
    _add_doc(docs, sentences)
    return docs


def _add_doc(docs: list[ConllDoc], sentences: list[list[tuple[str, str]]]) -> None:
    sentences = [s for s in sentences if s]
    if not sentences:
        return
    parts: list[str] = []
    spans: list[Span] = []
    position = 0
    open_type, open_start, open_end = "", 0, 0

    def close() -> None:
        nonlocal open_type
        if open_type:
            spans.append(Span(open_start, open_end, open_type))
        open_type = ""

    for index, sentence in enumerate(sentences):
        if index:
            parts.append("\n\n")
            position += 2
            close()
        for number, (word, tag) in enumerate(sentence):
            if number:
                parts.append(" ")
                position += 1
            start, end = position, position + len(word)
            parts.append(word)
            position = end
            kind = tag[2:] if tag[:2] in ("I-", "B-") else ""
            # IOB1: B- starts a new mention right after one of the same type.
            if not kind or kind != open_type or tag.startswith("B-"):
                close()
                if kind:
                    open_type, open_start = kind, start
            open_end = end
    close()
    docs.append(ConllDoc(f"conll-{len(docs):03d}", "".join(parts), tuple(spans)))


def without_article(text: str, spans: Sequence[Span]) -> list[Span]:
    """The spans with a leading "the " left out (CoNLL's convention, see the module docstring)."""
    out = []
    for s in spans:
        match = _ARTICLE.match(text, s.start, s.end)
        out.append(Span(match.end(), s.end, s.label) if match and match.end() < s.end else s)
    return out


def load(data_dir: Path, report: SetReport) -> list[ConllDoc]:
    try:
        raw = (data_dir / FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        report.problem(f"{FILE}: unreadable: {exc}")
        return []
    return parse_conll(raw)


def evaluate(
    extractor: ExtractorLike,
    data_dir: Path,
    raw_ner: RawNer | None = None,
    limit: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> SetReport:
    started = time.perf_counter()
    report = SetReport(NAME)
    docs = cap(load(data_dir, report), limit)
    items: list[Item] = [(d.name, d.text, None) for d in docs]
    records = extract_all(extractor, items, report.problem, batch_size)
    pairs: list[tuple[Sequence[Span], Sequence[Span]]] = [
        (
            without_article(d.text, d.entities),
            without_article(d.text, fact_mentions(r, LABEL_MAP)) if r else [],
        )
        for d, r in zip(docs, records, strict=True)
    ]
    add_mention_rows(report, "factx", pairs, TYPES)
    if raw_ner is not None:
        raw = raw_ner([d.text for d in docs])
        add_mention_rows(
            report,
            "spacy",
            [
                (without_article(d.text, d.entities), without_article(d.text, mapped(s, LABEL_MAP)))
                for d, s in zip(docs, raw, strict=True)
            ],
            TYPES,
        )
    else:
        report.add("spacy span+type", None, "raw model not run")
    report.info["documents"] = len(docs)
    report.info["gold mentions"] = sum(len(d.entities) for d in docs)
    report.seconds = time.perf_counter() - started
    return report
