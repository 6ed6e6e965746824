"""Running the extractor over a data set: batching, per-item fallback, and `--limit` sampling."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Protocol, TypeVar

from factx.records import ArticleRecord, ErrorRecord

Item = tuple[str, str, date | None]  # (article_id, text, reference_date)

T = TypeVar("T")

DEFAULT_BATCH_SIZE = 256


class ExtractorLike(Protocol):
    """The two calls of `factx.extractor.Extractor` the harness needs (tests pass a fake)."""

    def extract_text(
        self, text: str, *, article_id: str = ..., reference_date: date | None = ...
    ) -> ArticleRecord: ...

    def extract_many(
        self, items: Iterable[tuple[str, str, date | None]]
    ) -> Iterator[ArticleRecord | ErrorRecord]: ...


def cap(items: Sequence[T], limit: int | None) -> list[T]:
    """At most `limit` items, evenly spaced over the set.

    Taking the first N would skew small runs: ClaimBuster's dev.csv lists the positives first
    and the TempEval folder lists TimeBank before AQUAINT.
    """
    if limit is None or limit >= len(items):
        return list(items)
    if limit <= 0:
        return []
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]


def extract_all(
    extractor: ExtractorLike,
    items: Sequence[Item],
    problem: Callable[[str], None],
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> list[ArticleRecord | None]:
    """Records aligned with `items`; None where extraction failed (the reason goes to `problem`).

    Batches go through `extract_many` for speed; when a batch fails, its items are retried one
    by one so a single bad text costs one item, not the batch.
    """
    out: list[ArticleRecord | None] = []
    for begin in range(0, len(items), batch_size):
        batch = items[begin : begin + batch_size]
        try:
            results = list(extractor.extract_many(batch))
            if len(results) != len(batch):
                raise RuntimeError(f"extract_many returned {len(results)} for {len(batch)} items")
        except Exception:
            out.extend(_extract_one(extractor, item, problem) for item in batch)
            continue
        for (article_id, _, _), result in zip(batch, results, strict=True):
            if isinstance(result, ErrorRecord):
                # An unusable item (e.g. an empty text) is skipped, not fatal.
                problem(f"{article_id}: extraction failed: {result.error}")
                out.append(None)
            else:
                out.append(result)
    return out


def _extract_one(
    extractor: ExtractorLike, item: Item, problem: Callable[[str], None]
) -> ArticleRecord | None:
    article_id, text, reference_date = item
    try:
        return extractor.extract_text(text, article_id=article_id, reference_date=reference_date)
    except Exception as exc:
        problem(f"{article_id}: extraction failed: {type(exc).__name__}: {exc}")
        return None
