"""Articles in, fact records out: runs the pipeline over paragraphs and assembles each article.

Every paragraph is its own spaCy Doc, so no entity or sentence can cross a paragraph break and
no Doc comes near spaCy's max_length. Articles stream: each record is yielded as soon as its
last paragraph is parsed, so memory does not grow with the number of articles.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, islice
from typing import TYPE_CHECKING

from factx.articles import Article, make_article
from factx.errors import FactxError
from factx.extract.base import Context, Layout, Segment
from factx.extract.claims import Found, Sentence, claims, read_claims
from factx.extract.dates import dates
from factx.extract.entities import RawMention, entities, raw_mentions
from factx.extract.money import dollar_currency, money, peso_currency
from factx.extract.quantities import percents, quantities
from factx.extract.salience import with_salience
from factx.pool import Task, WorkerDied, WorkerPool
from factx.records import FACT_ORDER, ArticleRecord, ErrorRecord, Fact, ModelInfo
from factx.zones import byline, zones

if TYPE_CHECKING:
    from spacy.tokens import Doc

Item = Article | FactxError
Result = ArticleRecord | ErrorRecord
_RANK = {kind: rank for rank, kind in enumerate(FACT_ORDER)}
# Characters parsed in one batch, at most: the parser's memory grows with the text in flight.
# News paragraphs are short, so a batch of them stays under this anyway.
BATCH_CHARS = 50_000
# Paragraphs parsed in one batch, at most. The parser steps through a batch's texts together,
# one step per word of the longest, and each step has a cost of its own: 96 paragraphs took
# about 9% less CPU than 64 over 200 BBC articles, for about 45 MiB more at the peak (128
# took 15% less for 90 MiB more, and made 20 articles, under one batch, no longer a fair
# baseline for the memory of 200). The raw baseline pipes 32 whole articles at once.
BATCH_PARAGRAPHS = 96
# Articles sent to a worker at once (with --jobs) are cut by their paragraphs, so that a group
# fills one parser batch (see _chunks); this caps a group of one-paragraph articles.
CHUNK_ARTICLES = 64
# The smallest group of the last articles of a run: an article parsed alone costs a third more.
TAIL_ARTICLES = 2


@dataclass
class Reading:
    """What is kept of one parsed paragraph: its facts, and what article-wide steps need."""

    layout: Layout
    facts: list[Fact]  # dates, money, percents and quantities
    mentions: list[RawMention]
    claims: list[Found | Sentence]


@dataclass
class _Pending:
    """An article being parsed: each paragraph Doc is read as it arrives, then dropped."""

    item: Item
    expected: int
    context: Context | None = None
    zones: list[str] = field(default_factory=list)
    received: int = 0
    sentence_base: int = 0
    readings: list[Reading] = field(default_factory=list)
    error: str | None = None

    @property
    def complete(self) -> bool:
        return self.received == self.expected


class Extractor:
    """The loaded pipeline; one per run (loading the model takes about a second)."""

    def __init__(
        self, model: str | None = None, *, jobs: int = 1, batch_size: int = BATCH_PARAGRAPHS
    ) -> None:
        from factx.pipeline import load, model_info

        self.model_name = model
        self.nlp = load(model)
        name, version = model_info(self.nlp)
        self.model = ModelInfo(name=name, version=version)
        self.jobs = max(1, jobs)
        self.batch_size = batch_size

    def extract_text(
        self, text: str, *, article_id: str = "doc", reference_date: date | None = None
    ) -> ArticleRecord:
        """The record of one text (raises FactxError for an empty one)."""
        article = make_article(
            text, article_id=article_id, path=article_id, reference_date=reference_date
        )
        for result in self.run([article]):
            if isinstance(result, ErrorRecord):
                raise FactxError(result.error, result.path)
            return result
        raise AssertionError("run() yields one result per item")

    def extract_many(
        self, items: Iterable[tuple[str, str, date | None]]
    ) -> Iterator[ArticleRecord | ErrorRecord]:
        """Records of (article_id, text, reference_date) items, streamed through nlp.pipe."""

        def articles() -> Iterator[Item]:
            for article_id, text, reference_date in items:
                try:
                    yield make_article(
                        text, article_id=article_id, path=article_id, reference_date=reference_date
                    )
                except FactxError as error:
                    yield error

        return self.run(articles())

    def run(self, items: Iterable[Item]) -> Iterator[Result]:
        """One result per item, in input order: an article's record or the error that stopped it.

        With `jobs` > 1, no more workers are started than there are items.
        """
        if self.jobs > 1:
            stream = iter(items)
            head = list(islice(stream, self.jobs))
            if len(head) > 1:
                return self._run_parallel(chain(head, stream), workers=len(head))
            return self._run_serial(head)
        return self._run_serial(items)

    def _run_serial(self, items: Iterable[Item]) -> Iterator[Result]:
        pending: deque[_Pending] = deque()
        by_key: dict[int, _Pending] = {}

        def texts() -> Iterator[tuple[str, int]]:
            for key, item in enumerate(items):
                entry = _pending(item)
                pending.append(entry)
                by_key[key] = entry
                if isinstance(item, Article):
                    for paragraph in item.paragraphs:
                        yield item.text[paragraph.start : paragraph.end], key

        for doc, key in self._parse(texts()):
            entry = by_key[key]
            _read(entry, doc, self.nlp)
            if entry.complete:
                del by_key[key]
            yield from self._flush(pending)
        yield from self._flush(pending)

    def _parse(self, texts: Iterable[tuple[str, int]]) -> Iterator[tuple[Doc | str, int]]:
        """The Docs of (text, key) pairs, in order, parsed in batches of at most `batch_size`
        texts and BATCH_CHARS characters: the parser's state grows with the text in flight, and
        64 pieces of a paragraph with no blank line would hold gigabytes of it.

        A text that no component can get through comes back as the error message instead of a
        Doc, so one odd paragraph fails its own article and no other.
        """
        batch: list[tuple[str, int]] = []
        chars = 0
        for text, key in texts:
            batch.append((text, key))
            chars += len(text)
            if len(batch) >= self.batch_size or chars >= BATCH_CHARS:
                yield from self._parse_batch(batch)
                batch, chars = [], 0
        if batch:
            yield from self._parse_batch(batch)

    def _parse_batch(self, batch: list[tuple[str, int]]) -> list[tuple[Doc | str, int]]:
        try:
            return list(self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch)))
        except Exception:  # some text broke a component: parse one by one to find which
            pass
        parsed: list[tuple[Doc | str, int]] = []
        for text, key in batch:
            try:
                parsed.append((self.nlp(text), key))
            except Exception as error:
                parsed.append((_internal(error), key))
        return parsed

    def _run_parallel(self, items: Iterable[Item], workers: int) -> Iterator[Result]:
        """Whole articles go to worker processes, which send back finished records.

        spaCy's own n_process would ship every parsed Doc back to this process and leave the
        record building here, on one core. A bounded window of outstanding articles keeps
        memory flat however many files there are, and results come back in input order.
        """
        import multiprocessing

        global _WORKER
        _WORKER = self  # inherited by forked workers, so each does not load the model again
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        window: deque[tuple[tuple[Item, ...], Task]] = deque()
        limit = workers * 2
        pool = WorkerPool(context, workers, _init_worker, (self.model_name, self.batch_size))
        try:
            for chunk in _chunks(items, workers, self.batch_size):
                window.append((chunk, pool.submit(_work, (chunk,))))
                if len(window) >= limit:
                    yield from _next_results(pool, window)
            while window:
                yield from _next_results(pool, window)
        finally:
            pool.close()

    def _flush(self, pending: deque[_Pending]) -> Iterator[Result]:
        while pending and pending[0].complete:
            entry = pending.popleft()
            if isinstance(entry.item, FactxError):
                yield ErrorRecord(path=entry.item.path or "-", error=entry.item.message)
                continue
            if entry.error is not None:  # a paragraph could not be read
                yield ErrorRecord(path=entry.item.path, error=entry.error)
                continue
            try:
                assert entry.context is not None
                yield assemble(entry.item, entry.context, entry.zones, entry.readings)
            except Exception as error:  # one article's bug must not end the run
                yield ErrorRecord(path=entry.item.path, error=_internal(error))


def _chunks(
    items: Iterable[Item], workers: int = 1, paragraphs: int = BATCH_PARAGRAPHS
) -> Iterator[tuple[Item, ...]]:
    """Items in groups of up to `paragraphs` paragraphs (the workers' batch size), CHUNK_ARTICLES
    articles and BATCH_CHARS characters: a worker parses a group's paragraphs as one full
    batch, where one article alone makes a batch of a few paragraphs (a third more CPU time
    per article), and a group a few paragraphs over the batch leaves a small batch behind.
    A group is cut before the article that would take it over; a longer article goes alone.

    The groups are cut one group behind the reading, so the last items are known as such:
    they go out in shrinking groups (each a share of what is left, down to TAIL_ARTICLES), so
    that the workers finish within about one small group of each other instead of one worker
    working alone on a last group while the others wait.
    """
    chunk: list[Item] = []
    chars = size = 0
    held: tuple[Item, ...] = ()  # the last full group, sent once another follows it
    for item in items:
        count = len(item.paragraphs) if isinstance(item, Article) else 0
        if chunk and size + count > paragraphs:
            if held:
                yield held
            held, chunk, chars, size = tuple(chunk), [], 0, 0
        chunk.append(item)
        chars += len(item.text) if isinstance(item, Article) else 0
        size += count
        if size >= paragraphs or len(chunk) >= CHUNK_ARTICLES or chars >= BATCH_CHARS:
            if held:
                yield held
            held, chunk, chars, size = tuple(chunk), [], 0, 0
    if workers < 2:
        yield from (group for group in (held, tuple(chunk)) if group)
        return
    tail = [*held, *chunk]
    start = 0
    while start < len(tail):
        remaining = len(tail) - start
        size = max(min(remaining, TAIL_ARTICLES), -(-remaining // (2 * workers)))
        yield tuple(tail[start : start + size])
        start += size


def _next_results(pool: WorkerPool, window: deque[tuple[tuple[Item, ...], Task]]) -> list[Result]:
    """The results of the window's first group. Should a worker die meanwhile (killed by the
    system, say), the pool starts afresh and every group still out is read again one article
    at a time, alone in the pool, so that the article that kills a worker is known: it is
    an error of its own, and the others are read as usual."""
    chunk, handle = window.popleft()
    try:
        return _collected(pool, chunk, handle)
    except WorkerDied:
        pool.restart()
    lost = [item for group in (chunk, *(c for c, _ in window)) for item in group]
    window.clear()
    return [r for item in lost for r in _alone(pool, item)]


def _alone(pool: WorkerPool, item: Item) -> list[Result]:
    try:
        return _collected(pool, (item,), pool.submit(_work, ((item,),)))
    except WorkerDied:
        pool.restart()
        return [ErrorRecord(path=_path(item), error=DIED)]


DIED = "the worker process reading it died (killed by the system? out of memory?)"


def _collected(pool: WorkerPool, chunk: tuple[Item, ...], handle: Task) -> list[Result]:
    """A worker's results for a group of items. Should the group fail as a whole (a result
    that cannot be sent back, a worker that broke), each item is tried again on its own, and
    only the one that fails again is an error."""
    try:
        return list(pool.result(handle))
    except WorkerDied:
        raise
    except Exception as error:
        if len(chunk) > 1:
            return [r for item in chunk for r in _alone(pool, item)]
        return [ErrorRecord(path=_path(chunk[0]), error=_internal(error))]


def _path(item: Item) -> str:
    return item.path if isinstance(item, Article) else item.path or "-"


def _internal(error: Exception) -> str:
    return f"internal error: {type(error).__name__}: {error}"


def _pending(item: Item) -> _Pending:
    if not isinstance(item, Article):
        return _Pending(item, 0)
    try:
        return _started(item)
    except Exception as error:  # the article is still counted through its paragraphs
        return _Pending(item, len(item.paragraphs), error=_internal(error))


def _started(item: Article) -> _Pending:
    context = Context(
        article_id=item.id,
        text=item.text,
        anchor=item.reference_date,
        anchor_source=item.anchor_source,
        dollar=dollar_currency(item.text),
        peso=peso_currency(item.text),
    )
    found = zones(item.paragraph_texts(), titled=item.titled)
    return _Pending(item, len(item.paragraphs), context, found)


def _read(entry: _Pending, doc: Doc | str, parse: Callable[[str], Doc] | None = None) -> None:
    """Turn the next paragraph's Doc into a Reading, so the Doc itself can be dropped (a str
    is the error that kept the paragraph from being parsed)."""
    article = entry.item
    entry.received += 1
    if entry.error is not None:
        return
    if isinstance(doc, str):
        entry.error = doc
        return
    assert isinstance(article, Article) and entry.context is not None
    paragraph = article.paragraphs[entry.received - 1]
    try:
        zone = entry.zones[paragraph.index]
        segment = Segment(doc, paragraph.start, paragraph.index, entry.sentence_base, zone)
        entry.sentence_base += segment.sentence_count
        entry.readings.append(read(segment, entry.context, parse))
    except Exception as error:  # reported when the article is assembled
        entry.error = _internal(error)


def read(segment: Segment, context: Context, parse: Callable[[str], Doc] | None = None) -> Reading:
    """Everything the article needs from one paragraph's parse (`parse` parses another text:
    a Title Case headline is read again in sentence case for its claims)."""
    facts: list[Fact] = []
    for kind, extract in _VALUE_EXTRACTORS:
        facts.extend(_each_value(kind, extract, segment, context))
    taken = [(f.start, f.end) for f in facts if f.type in ("money", "percent", "date")]
    claims_read = read_claims(segment, parse)
    return Reading(segment.layout, facts, raw_mentions(segment, taken), claims_read)


_VALUE_EXTRACTORS: tuple[tuple[str, Callable[[Segment, Context], Iterable[Fact]]], ...] = (
    ("date", dates),
    ("money", money),
    ("percent", percents),
    ("quantity", quantities),
)
_SPAN_KEYS = {"date": "factx_dates", "money": "factx_money", "percent": "factx_percent",
              "quantity": "factx_quantities"}  # fmt: skip


def _each_value(
    kind: str, extract: Callable[[Segment, Context], Iterable[Fact]], segment: Segment,
    context: Context,
) -> list[Fact]:  # fmt: skip
    """The facts of one kind in a paragraph. Should one value fail to normalize (a bug on an
    odd figure), each span is read again on its own: the one that fails is left out with a
    warning, and the paragraph keeps all its other facts."""
    try:
        return list(extract(segment, context))
    except Exception:
        pass
    key = _SPAN_KEYS[kind]
    spans = list(segment.doc.spans.get(key, []))
    kept: list[Fact] = []
    try:
        for span in spans:
            segment.doc.spans[key] = [span]
            try:
                kept.extend(extract(segment, context))
            except Exception as error:
                context.warnings.append(f"{kind} {span.text[:60]!r} left out: {_internal(error)}")
    finally:
        segment.doc.spans[key] = spans
    return kept


def assemble(
    article: Article, context: Context, paragraph_zones: list[str], readings: list[Reading]
) -> ArticleRecord:
    """The record of one article from the readings of its paragraphs, in order."""
    facts: list[Fact] = [f for r in readings for f in r.facts]
    taken = [(f.start, f.end) for f in facts if f.type in ("money", "percent", "date")]
    starts = sorted({p.index: p.start for p in reversed(article.paragraphs)}.values())
    layouts = [r.layout for r in readings]
    raw = [m for r in readings for m in r.mentions]
    found = entities(layouts, raw, context, taken)
    facts.extend(with_salience(found, paragraph_zones, starts))
    facts.extend(claims((c for r in readings for c in r.claims), context, facts))
    facts = [
        f if f.zone == paragraph_zones[f.paragraph]
        else f.model_copy(update={"zone": paragraph_zones[f.paragraph]})
        for f in facts
    ]  # fmt: skip
    facts.sort(key=lambda f: (f.start, _RANK[f.type], f.end))
    paragraph_texts = article.paragraph_texts()
    return ArticleRecord(
        id=article.id,
        path=article.path,
        title=article.title,
        byline=article.byline or byline(paragraph_texts, paragraph_zones),
        published=article.published,
        reference_date=article.reference_date.isoformat() if article.reference_date else None,
        encoding=article.encoding,
        language=article.language,
        url=article.url,
        line=article.line,
        facts=facts,
        warnings=list(context.warnings),
    )


# The extractor of a worker process (see Extractor._run_parallel).
_WORKER: Extractor | None = None


def _init_worker(model: str | None, batch_size: int) -> None:
    global _WORKER
    import signal

    # Ctrl-C is the parent's to handle: it stops the pool and exits with 130.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM comes from the parent's pool.terminate(): end at once, not through the parent's
    # handler inherited by the fork.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if _WORKER is None:  # started by "spawn": nothing was inherited
        _WORKER = Extractor(model, batch_size=batch_size)
    else:
        _WORKER.jobs = 1


def _work(items: tuple[Item, ...]) -> list[Result]:
    assert _WORKER is not None
    return list(_WORKER._run_serial(items))
