"""The Python API: `extract` one text, `extract_files` many, through one cached Extractor.

Loading a spaCy model takes about a second, so the loaded pipeline is kept per model name
and shared by every call (and by the CLI, which is this API's first user). Nothing here
prints or exits: bad arguments raise InputError, a missing model ModelError, and a file
that cannot be read is an ErrorRecord in the stream, as in the CLI's "errors" list.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING

from factx.errors import FactxError, InputError

if TYPE_CHECKING:
    from factx.extractor import Extractor
    from factx.records import ArticleRecord, ErrorRecord

PathLike = str | os.PathLike[str]


def load(model: str | None = None, *, jobs: int = 1) -> Extractor:
    """The loaded pipeline of a model (default: factx's model), loaded once per process."""
    from factx.pipeline import resolve_model

    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise InputError(f"jobs must be 1 or more, got {jobs!r}")
    loaded = _loaded(resolve_model(model))
    if jobs == loaded.jobs:
        return loaded
    # The same loaded pipeline, run by `jobs` worker processes.
    parallel = copy.copy(loaded)
    parallel.jobs = jobs
    return parallel


@cache
def _loaded(model: str) -> Extractor:
    from factx.extractor import Extractor

    return Extractor(model)


def extract(
    text: str,
    *,
    reference_date: date | str | None = None,
    title: str | None = None,
    article_id: str = "text",
    path: PathLike | None = None,
    model: str | None = None,
) -> ArticleRecord:
    """The facts of one article's text, as the CLI finds them in a file with that text.

    Args:
        text: the article; its first line is the title unless `title` is given.
        reference_date: what relative dates resolve against (a date or "YYYY-MM-DD"); else
            the date the text gives itself, else none (today is never used).
        title: the title, for a text that does not begin with it. The article is then
            `title + "\\n\\n" + text`, and every offset counts from the start of the title.
        article_id: the record's `id`, from which every fact id is derived.
        path: the record's `path` (default: `article_id`); a YYYY-MM-DD in its name dates
            the text, as in a file name.
        model: the spaCy model (default: as the CLI's `--model`).
    Returns:
        The ArticleRecord; `.model_dump()` is the article of the CLI's JSON.
    Raises:
        InputError: the text is not a string or has no text; the date is malformed.
        ModelError: the model is not installed or cannot be loaded.
    """
    from factx.articles import make_article
    from factx.records import ErrorRecord

    _text(text, "text")
    path = os.fspath(path) if isinstance(path, os.PathLike) else path
    for name, value in (("article_id", article_id), ("path", path), ("model", model)):
        if value is not None and not _text(value, name):
            raise InputError(f"{name} must not be empty")
    if title is not None:
        text = f"{_text(title, 'title')}\n\n{text}"
    if not text.strip():
        raise InputError("no text to extract from (empty or whitespace only)")
    article = make_article(
        text,
        article_id=article_id,
        path=path or article_id,
        reference_date=as_date(reference_date),
    )
    result = next(iter(load(model).run([article])))
    if isinstance(result, ErrorRecord):  # a bug met on this text, which a run reports per file
        raise FactxError(result.error, result.path)
    return result


def extract_files(
    paths: PathLike | Iterable[PathLike],
    *,
    jobs: int = 1,
    globs: Iterable[str] | None = None,
    reference_date: date | str | None = None,
    model: str | None = None,
) -> Iterator[ArticleRecord | ErrorRecord]:
    """The records of files and folders, streamed in input order, one per file.

    Folders are walked recursively for `globs` (default *.txt, *.md), as by the CLI. A file
    that cannot be read gives an ErrorRecord (path, error) in its place; the rest go on.
    With `jobs` above 1, whole articles go to that many worker processes; the records are
    the same, in the same order. Arguments are checked and the model loaded on the call, so
    errors are raised here, not on the first `next()`.
    """
    from factx.articles import DEFAULT_GLOBS
    from factx.run import articles

    names = [os.fspath(paths)] if isinstance(paths, (str, os.PathLike)) else _paths(paths)
    patterns = tuple(globs) if globs is not None else DEFAULT_GLOBS
    if isinstance(globs, str) or not all(isinstance(g, str) for g in patterns):
        raise InputError("globs must be a list of patterns such as ['*.txt']")
    loaded = load(model, jobs=jobs)
    return loaded.run(articles(names, patterns, as_date(reference_date)))


def as_date(value: date | str | None) -> date | None:
    """A reference date from a date, a datetime (its day) or a "YYYY-MM-DD" string."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InputError(f"reference_date must be a date or 'YYYY-MM-DD', got {value!r}")


def _text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise InputError(f"{name} must be a str, got {type(value).__name__}")
    return value


def _paths(paths: Iterable[PathLike]) -> list[str]:
    try:
        return [os.fspath(p) for p in paths]
    except TypeError:
        raise InputError("paths must be a path or a list of paths") from None
