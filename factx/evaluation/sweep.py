"""`make sweep`: every text of the development data through factx, checking that nothing breaks.

Not an accuracy measure: a robustness one. Each text (BBC and PolNeAR articles, TempEval and
MEANTIME documents, CoNLL-2003 documents, ClaimBuster sentences and the peer library's test
inputs, the short ones gathered into articles) is extracted and written in every format; the
sweep fails on any internal error, any output that does not parse, and any fact, mention or
claim part whose offsets do not give back its text.

    python -m factx.evaluation.sweep --data ../shared/eval-dev [--sample N]
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factx.articles import Article, decode, make_article
from factx.errors import FactxError
from factx.records import ArticleRecord, ErrorRecord

SHORT_TEXTS_PER_ARTICLE = 40  # sentences and test inputs, one paragraph each


@dataclass
class Text:
    name: str  # where it came from, e.g. "bbc-news/bbc/tech/001.txt"
    text: str


@dataclass
class Outcome:
    texts: int = 0
    articles: int = 0
    facts: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def texts(data: Path) -> Iterator[Text]:
    """Every text of the development data, in a stable order."""
    for path in sorted((data / "bbc-news").rglob("*.txt")):
        yield Text(_name(path, data), decode(path.read_bytes(), str(path))[0])
    for path in sorted((data / "polnear").rglob("*.txt")):
        yield Text(_name(path, data), decode(path.read_bytes(), str(path))[0])
    for path in sorted((data / "tempeval3-tbaq").rglob("*.tml")):
        yield Text(_name(path, data), _untagged(path.read_text("utf-8", errors="replace")))
    for path in sorted((data / "meantime-en").rglob("*.xml")):
        yield Text(_name(path, data), _meantime_text(path))
    yield from _conll(data / "conll2003-en-dev" / "eng.testa", data)
    yield from _gathered("claimbuster/dev.csv", _claimbuster(data / "claimbuster" / "dev.csv"))
    for path in sorted((data / "recognizers-text").rglob("*.json")):
        yield from _gathered(_name(path, data), _spec_inputs(path))


def _name(path: Path, data: Path) -> str:
    return str(path.relative_to(data))


def _untagged(xml: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def _meantime_text(path: Path) -> str:
    from factx.evaluation.meantime import parse_cat

    return parse_cat(path.read_bytes(), path.stem).text


def _conll(path: Path, data: Path) -> Iterator[Text]:
    if not path.exists():
        return
    documents = path.read_text("utf-8").split("-DOCSTART-")
    for number, document in enumerate(documents):
        sentences = [
            " ".join(line.split()[0] for line in block.splitlines() if line.split())
            for block in document.split("\n\n")
        ]
        body = "\n\n".join(s for s in sentences if s and s != "-X-")
        if body.strip():
            yield Text(f"{_name(path, data)}#{number}", body)


def _claimbuster(path: Path) -> list[str]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle) if row.get("text")]


def _spec_inputs(path: Path) -> list[str]:
    raw = path.read_text("utf-8-sig")
    try:
        cases = json.loads(raw)
    except ValueError:
        return []
    return [c["Input"] for c in cases if isinstance(c, dict) and isinstance(c.get("Input"), str)]


def _gathered(name: str, pieces: list[str]) -> Iterator[Text]:
    """Short texts as articles of SHORT_TEXTS_PER_ARTICLE paragraphs each."""
    for start in range(0, len(pieces), SHORT_TEXTS_PER_ARTICLE):
        chunk = pieces[start : start + SHORT_TEXTS_PER_ARTICLE]
        yield Text(f"{name}#{start}", "Sweep\n\n" + "\n\n".join(" ".join(p.split()) for p in chunk))


def sweep(items: Sequence[Text], *, model: str | None = None) -> Outcome:
    """Extract every text and check its output; the failures name the text and the problem."""
    from factx.api import load

    extractor = load(model)
    outcome = Outcome(texts=len(items))
    articles: dict[str, Article] = {}

    def inputs() -> Iterator[Article | FactxError]:
        for number, item in enumerate(items):
            try:
                article = make_article(item.text, article_id=f"t{number}", path=item.name)
            except FactxError as error:
                yield error
                continue
            articles[article.path] = article
            yield article

    for result in extractor.run(inputs()):
        if isinstance(result, ErrorRecord):
            if "internal error" in result.error:
                outcome.failures.append(f"{result.path}: {result.error}")
            continue
        article = articles.pop(result.path)
        outcome.articles += 1
        outcome.facts += len(result.facts)
        outcome.failures.extend(f"{result.path}: {p}" for p in problems(article.text, result))
        outcome.failures.extend(f"{result.path}: {p}" for p in _written(result, extractor.model))
    return outcome


def problems(text: str, record: ArticleRecord) -> Iterator[str]:
    """Every fact, mention and claim part whose offsets do not give back its text."""
    for fact in record.facts:
        if text[fact.start : fact.end] != fact.text:
            yield f"{fact.type} {fact.text!r} at {fact.start}: offsets give another text"
        for mention in getattr(fact, "mentions", []):
            if text[mention.start : mention.end] != mention.text:
                yield f"mention {mention.text!r} at {mention.start}: offsets give another text"
        for part in ("content", "speaker"):  # `cue` is a lemma, not the text
            value: Any = getattr(fact, part, None)
            start, end = getattr(fact, f"{part}_start", None), getattr(fact, f"{part}_end", None)
            if value is not None and start is not None and text[start:end] != value:
                yield f"claim {part} {value[:40]!r} at {start}: offsets give another text"


def _written(record: ArticleRecord, model: Any) -> Iterator[str]:
    """Problems writing the record in each format, and with reading the output back."""
    from factx.render.csv import CsvWriter
    from factx.render.json import JsonLinesWriter, JsonWriter

    for name, writer_class in (
        ("json", JsonWriter),
        ("jsonl", JsonLinesWriter),
        ("csv", CsvWriter),
    ):
        out = io.StringIO()
        try:
            writer = writer_class(out, model)
            writer.start()
            writer.article(record)
            writer.finish()
            if name == "json":
                json.loads(out.getvalue())
            elif name == "jsonl":
                for line in out.getvalue().splitlines():
                    json.loads(line)
            else:
                list(csv.reader(io.StringIO(out.getvalue())))
            out.getvalue().encode("utf-8")
        except Exception as error:
            yield f"{name} output: {type(error).__name__}: {error}"


def sample(items: list[Text], size: int, seed: int = 2026) -> list[Text]:
    """A fixed sample: the same texts on every machine, in their order."""
    if size >= len(items):
        return items
    chosen = sorted(random.Random(seed).sample(range(len(items)), size))
    return [items[i] for i in chosen]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m factx.evaluation.sweep", description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/eval-dev"))
    parser.add_argument("--sample", type=int, default=0, help="Only N texts (a fixed sample).")
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"sweep: no data at {args.data}", file=sys.stderr)
        return 2
    items = list(texts(args.data))
    if args.sample:
        items = sample(items, args.sample)
    outcome = sweep(items, model=args.model)
    for failure in outcome.failures:
        print(f"FAIL {failure}")
    print(
        f"sweep: {outcome.texts} texts, {outcome.articles} articles, {outcome.facts} facts, "
        f"{len(outcome.failures)} failures"
    )
    return 0 if outcome.ok else 1


if __name__ == "__main__":
    sys.exit(main())
