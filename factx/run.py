"""One extraction run: inputs -> articles -> records -> a writer, streaming, errors per file."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from factx import __version__
from factx.api import load
from factx.articles import (
    DEFAULT_GLOBS,
    MAX_BYTES,
    ArticleIds,
    Reading,
    find_inputs,
    read_article,
    read_articles,
)
from factx.errors import FactxError
from factx.extractor import Extractor, Item
from factx.golden import ArticleDiff, compare, golden_path, read_golden, write_golden
from factx.records import SCHEMA_VERSION, ArticleRecord, ErrorRecord
from factx.rollup import EntityRow, Rollup
from factx.safe import encodable

if TYPE_CHECKING:
    from rich.console import Console

LEGACY_ENCODINGS = ("cp1252", "latin-1")


class Writer(Protocol):
    def start(self) -> None: ...
    def article(self, record: ArticleRecord) -> None: ...
    def error(self, record: ErrorRecord) -> None: ...
    def finish(self) -> None: ...


def articles(
    paths: Sequence[str],
    globs: Sequence[str],
    reference_date: date | None,
    max_bytes: int = MAX_BYTES,
    reading: Reading | None = None,
    texts: dict[str, str] | None = None,
) -> Iterator[Item]:
    """Articles read lazily, in input order; a FactxError item stands for a file (or an
    archive's line) that failed. `texts`, if given, gets each article's text by id."""
    ids = ArticleIds()
    for found in find_inputs(paths, globs):
        if isinstance(found, FactxError):
            yield found
            continue
        try:
            for item in read_articles(
                found, ids, reference_date=reference_date, reading=reading, max_bytes=max_bytes
            ):
                if texts is not None and not isinstance(item, FactxError):
                    texts[item.id] = item.text
                yield item
        except FactxError as error:
            yield error
        except Exception as error:  # a bug on one odd file must not end the run
            yield FactxError(f"internal error: {type(error).__name__}: {error}", encodable(found))


def read_item(
    path: str,
    article_id: str,
    reference_date: date | None,
    max_bytes: int = MAX_BYTES,
    reading: Reading | None = None,
) -> Item:
    """One input file read into its Article, or the FactxError that stands for it."""
    try:
        return read_article(
            path, article_id, reference_date=reference_date, max_bytes=max_bytes, reading=reading
        )
    except FactxError as error:
        return error
    except Exception as error:  # a bug on one odd file must not end the run
        return FactxError(f"internal error: {type(error).__name__}: {error}", encodable(path))


def records(
    extractor: Extractor,
    paths: Sequence[str],
    globs: Sequence[str] | None,
    reference_date: date | None,
    failures: list[ErrorRecord],
    on_error: Callable[[ErrorRecord], None] | None = None,
    max_bytes: int = MAX_BYTES,
    reading: Reading | None = None,
    texts: dict[str, str] | None = None,
) -> Iterator[ArticleRecord]:
    """The records of a run's articles; each failed input is added to `failures` and reported."""
    inputs = articles(paths, globs or DEFAULT_GLOBS, reference_date, max_bytes, reading, texts)
    for result in extractor.run(inputs):
        if isinstance(result, ErrorRecord):
            failures.append(result)
            if on_error is not None:
                on_error(result)
        else:
            yield result


def _extractor(model: str | None, jobs: int) -> Extractor:
    # The language model is not loaded up front: plainly English articles never need it.
    extractor = load(model, jobs=jobs)
    # What is loaded lives as long as the run: frozen, the cyclic collector stops walking the
    # model's objects in every full collection (about 1.5% of a run's CPU), and workers forked
    # for --jobs do not copy the pages that walk would touch. The run owns the process, so
    # this is done here, not in the library's `load`.
    gc.freeze()
    return extractor


def _reporter(on_error: Callable[[str, str], None] | None) -> Callable[[ErrorRecord], None]:
    def report(error: ErrorRecord) -> None:
        if on_error is not None:
            on_error(error.path, error.error)

    return report


def writer_for(fmt: str, out: TextIO, extractor: Extractor, kinds: tuple[str, ...]) -> Writer:
    if fmt == "json":
        from factx.render.json import JsonWriter

        return JsonWriter(out, extractor.model)
    if fmt == "csv":
        from factx.render.csv import CsvWriter

        return CsvWriter(out, extractor.model)
    if fmt == "jsonl":
        from factx.render.json import JsonLinesWriter

        return JsonLinesWriter(out, extractor.model)
    from factx.render.table import TableWriter

    return TableWriter(console(out), extractor.model, kinds)


def console(out: TextIO | None = None) -> Console:
    """A Rich console that writes no escape codes at all when NO_COLOR is set.

    Rich alone drops only the colours under NO_COLOR and keeps bold and italics.
    """
    import os

    from rich.console import Console

    plain = "NO_COLOR" in os.environ
    return Console(file=out, color_system=None if plain else "auto")


def run_extract(
    paths: Sequence[str],
    *,
    out: TextIO,
    fmt: str = "json",
    globs: Sequence[str] | None = None,
    kinds: tuple[str, ...] | None = None,
    model: str | None = None,
    reference_date: date | None = None,
    jobs: int = 1,
    max_bytes: int = MAX_BYTES,
    on_error: Callable[[str, str], None] | None = None,
    on_warning: Callable[[str, str], None] | None = None,
    on_done: Callable[[bool], None] | None = None,
    reading: Reading | None = None,
    with_text: bool = False,
) -> int:
    """Extract every input and write it; returns how many inputs failed.

    `on_error(path, problem)` hears of every input that failed, `on_warning(path, note)` of
    inputs read with a fallback encoding and of values left out. Raises FactxError only for
    problems that stop the whole run (no model). `on_done(ok)` hears of each finished input
    (for progress). An article that cannot be written is an error of its own: the output
    stays valid. `reading` says how inputs are read; `with_text` adds each article's plain text.
    """
    extractor = _extractor(model, jobs)
    writer = writer_for(fmt, out, extractor, kinds or ())
    writer.start()
    failures: list[ErrorRecord] = []

    def failed(error: ErrorRecord) -> None:
        writer.error(error)
        _reporter(on_error)(error)
        if on_done is not None:
            on_done(False)

    texts: dict[str, str] | None = {} if with_text else None
    for result in records(
        extractor, paths, globs, reference_date, failures, failed, max_bytes, reading, texts
    ):
        if on_warning is not None:
            for note in warnings(result):
                on_warning(result.path, note)
        if texts is not None:
            result = result.model_copy(update={"text": texts.pop(result.id, None)})
        if kinds:
            result = _only(result, kinds)
        try:
            writer.article(result)
        except OSError:
            raise  # the output itself failed (a closed pipe, a full disk): the run's problem
        except Exception as error:  # the writer writes nothing of an article it cannot write
            failures.append(ErrorRecord(path=result.path, error=_internal(error)))
            failed(failures[-1])
            continue
        if on_done is not None:
            on_done(True)
        out.flush()
    writer.finish()
    out.flush()
    return len(failures)


def warnings(record: ArticleRecord) -> list[str]:
    """What a user should hear of an article that was read: a fallback encoding, values left out."""
    notes = list(record.warnings)
    if record.encoding in LEGACY_ENCODINGS:
        notes.insert(0, f"not valid UTF-8; read as {record.encoding}")
    if record.language not in (None, "en"):
        notes.append(
            f"the text looks {record.language!r}, not English: factx reads English, "
            "so its numbers and dates may be wrong"
        )
    if record.line:
        notes = [f"line {record.line}: {note}" for note in notes]
    return notes


def _internal(error: Exception) -> str:
    return f"internal error: {type(error).__name__}: {error}"


def _only(record: ArticleRecord, kinds: tuple[str, ...]) -> ArticleRecord:
    facts = [f for f in record.facts if f.type in kinds]
    if len(facts) == len(record.facts):
        return record
    return record.model_copy(update={"facts": facts})


@dataclass
class CheckOutcome:
    diffs: list[ArticleDiff] = field(default_factory=list)
    orphans: list[Path] = field(default_factory=list)  # goldens of no article in this run
    failed: int = 0
    written: list[Path] = field(default_factory=list)

    @property
    def differs(self) -> bool:
        return any(d.differs for d in self.diffs) or bool(self.orphans)


def run_check(
    paths: Sequence[str],
    *,
    golden: Path,
    update: bool = False,
    ignore: Sequence[str] = (),
    globs: Sequence[str] | None = None,
    kinds: tuple[str, ...] | None = None,
    model: str | None = None,
    reference_date: date | None = None,
    jobs: int = 1,
    max_bytes: int = MAX_BYTES,
    on_error: Callable[[str, str], None] | None = None,
) -> CheckOutcome:
    """Extract and compare each article with its golden file (or write them with update)."""
    extractor = _extractor(model, jobs)
    head = {
        "schema_version": SCHEMA_VERSION,
        "factx_version": __version__,
        "model": extractor.model.model_dump(),
    }
    outcome = CheckOutcome()
    seen: set[Path] = set()
    failures: list[ErrorRecord] = []
    report = _reporter(on_error)
    for result in records(
        extractor, paths, globs, reference_date, failures, report, max_bytes=max_bytes
    ):
        actual = (_only(result, kinds) if kinds else result).model_dump()
        path = golden_path(golden, result.id)
        seen.add(path)
        try:
            if update:
                outcome.written.append(write_golden(golden, actual, head))
            elif not path.exists():
                outcome.diffs.append(ArticleDiff(result.id, path, missing_golden=True))
            else:
                outcome.diffs.append(compare(read_golden(path), actual, path, ignore))
        except FactxError as error:  # one bad golden is that article's problem alone
            failures.append(ErrorRecord(path=error.path or str(path), error=error.message))
            report(failures[-1])
    outcome.failed = len(failures)
    if not update and golden.is_dir():
        outcome.orphans = sorted(p for p in golden.glob("*.json") if p not in seen)
    return outcome


def run_entities(
    paths: Sequence[str],
    *,
    globs: Sequence[str] | None = None,
    model: str | None = None,
    reference_date: date | None = None,
    jobs: int = 1,
    max_bytes: int = MAX_BYTES,
    on_error: Callable[[str, str], None] | None = None,
) -> tuple[list[EntityRow], int]:
    """The run's entities rolled up by entity_id, and how many inputs failed."""
    total = Rollup()
    failures: list[ErrorRecord] = []
    extractor = _extractor(model, jobs)
    report = _reporter(on_error)
    for result in records(
        extractor, paths, globs, reference_date, failures, report, max_bytes=max_bytes
    ):
        total.add(result)
    return total.sorted_rows(), len(failures)


def extract_one(
    path: str,
    *,
    kinds: tuple[str, ...] | None = None,
    model: str | None = None,
    reference_date: date | None = None,
    max_bytes: int = MAX_BYTES,
) -> tuple[str, ArticleRecord]:
    """The text and the record of one article (for `factx show`); FactxError if unreadable."""
    article = read_article(
        path, ArticleIds()(path), reference_date=reference_date, max_bytes=max_bytes
    )
    result = next(iter(load(model).run([article])))
    if isinstance(result, ErrorRecord):
        raise FactxError(result.error, result.path)
    return article.text, (_only(result, kinds) if kinds else result)


def input_files(paths: Sequence[str], globs: Sequence[str] | None = None) -> list[str]:
    """The files a run will read (to keep `--output` off them)."""
    return [f for f in find_inputs(paths, globs or DEFAULT_GLOBS) if isinstance(f, str)]


def count_inputs(paths: Sequence[str], globs: Sequence[str] | None = None) -> int | None:
    """How many inputs a run will have (for a progress bar); listing folders is cheap. None
    when an archive is among them: its articles are only counted by reading it."""
    from factx.formats import format_of

    found = list(find_inputs(paths, globs or DEFAULT_GLOBS))
    if any(isinstance(f, str) and format_of(f, "") == "jsonl" for f in found):
        return None
    return len(found)


def run_report(
    paths: Sequence[str],
    *,
    out: TextIO,
    from_json: Path | None = None,
    globs: Sequence[str] | None = None,
    kinds: tuple[str, ...] | None = None,
    model: str | None = None,
    reference_date: date | None = None,
    jobs: int = 1,
    max_bytes: int = MAX_BYTES,
    on_error: Callable[[str, str], None] | None = None,
    on_done: Callable[[bool], None] | None = None,
) -> int:
    """Write the HTML report of a run (or of a saved JSON run); returns how many inputs failed.

    The texts of a saved run are read back from the articles' paths where they still match.
    """
    from factx.render.report import report
    from factx.saved import read_saved, saved_text

    if from_json is not None:
        saved = read_saved(from_json)
        found, failures, info = saved.articles, list(saved.errors), saved.model
        texts: dict[str, str | None] = {r.id: saved_text(r) for r in found}
    else:
        extractor = _extractor(model, jobs)
        read: dict[str, str] = {}
        found, failures = [], []
        inputs = _keeping_texts(
            articles(paths, globs or DEFAULT_GLOBS, reference_date, max_bytes), read
        )
        for result in extractor.run(inputs):
            if isinstance(result, ErrorRecord):
                failures.append(result)
                _reporter(on_error)(result)
            else:
                found.append(result)
            if on_done is not None:
                on_done(isinstance(result, ArticleRecord))
        info, texts = extractor.model, dict(read)
    if kinds:
        found = [_only(r, kinds) for r in found]
    out.write(report(found, texts, model=info, errors=failures))
    return len(failures)


def _keeping_texts(items: Iterator[Item], texts: dict[str, str]) -> Iterator[Item]:
    """The items unchanged, each article's text kept by id on the way (the report shows it)."""
    for item in items:
        if not isinstance(item, FactxError):
            texts[item.id] = item.text
        yield item
