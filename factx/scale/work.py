"""The work of one partition, on whichever process runs it: read its articles, extract them,
render them as JSON Lines exactly as `factx extract --format jsonl` does.

An article that fails is a status of its own, never a failed task; only a process that dies
fails the task, and the engine runs it again.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby
from typing import TYPE_CHECKING

from factx.scale.plan import Settings, Source

if TYPE_CHECKING:
    from factx.extractor import Extractor, Item


@dataclass(frozen=True)
class Status:
    """How one article of a partition went: `error` is None when its facts were written."""

    path: str
    id: str
    error: str | None = None
    warnings: tuple[str, ...] = ()
    line: int = 0  # of a JSON Lines archive

    @property
    def where(self) -> str:
        """What an error names: the file, or the line of an archive (`PATH:LINE`)."""
        return f"{self.path}:{self.line}" if self.line else self.path

    def as_dict(self) -> dict[str, str | int]:
        data: dict[str, str | int] = {"path": self.path}
        if self.line:
            data["line"] = self.line
        data.update(id=self.id, status="error" if self.error else "ok")
        if self.error:
            data["error"] = self.error
        return data


@dataclass
class Done:
    """A finished partition: its JSON Lines text and each article's status, in order."""

    text: str
    statuses: list[Status] = field(default_factory=list)


@lru_cache(maxsize=2)
def extractor(model: str | None) -> Extractor:
    """The pipeline of this process, loaded by its first partition and kept for the others."""
    from factx.extractor import Extractor

    return Extractor(model)


def extract_partition(sources: tuple[Source, ...], settings: Settings) -> Done:
    """The JSON Lines of `sources` and their statuses; the same bytes as a serial run's."""
    from factx.records import ErrorRecord
    from factx.render.json import JsonLinesWriter
    from factx.run import _only, warnings

    pipeline = extractor(settings.model)
    out = io.StringIO()
    writer = JsonLinesWriter(out, pipeline.model)
    done = Done("")
    for source, result in zip(sources, pipeline.run(_items(sources, settings)), strict=True):
        if isinstance(result, ErrorRecord):
            done.statuses.append(Status(source.shown, source.id, result.error, line=source.line))
            continue
        notes = tuple(warnings(result))
        record = _only(result, settings.kinds) if settings.kinds else result
        problem = None
        try:
            writer.article(record)
        except Exception as error:  # the writer writes nothing of an article it cannot write
            problem = f"internal error: {type(error).__name__}: {error}"
        done.statuses.append(Status(source.shown, source.id, problem, notes, source.line))
    done.text = out.getvalue()
    return done


def _items(sources: tuple[Source, ...], settings: Settings) -> Iterator[Item]:
    """The articles of `sources` in order: each file read whole, each run of lines of one
    archive read in one go."""
    from factx.run import read_item  # looked up when called, so a test can stand in for it
    from factx.scale.archive import read_lines

    for archive, group in groupby(sources, key=lambda s: s.archive):
        if archive is not None:
            yield from read_lines(archive, list(group), settings)
            continue
        for s in group:
            yield read_item(s.path, s.id, settings.reference_date, settings.max_bytes,
                            settings.reading)  # fmt: skip
