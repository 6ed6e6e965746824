"""The work of one partition, on whichever process runs it: read its articles, extract them,
render them as JSON Lines exactly as `factx extract --format jsonl` does.

An article that fails is a status of its own, never a failed task; only a process that dies
fails the task, and the engine runs it again.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from factx.scale.plan import Settings, Source

if TYPE_CHECKING:
    from factx.extractor import Extractor


@dataclass(frozen=True)
class Status:
    """How one article of a partition went: `error` is None when its facts were written."""

    path: str
    id: str
    error: str | None = None
    warnings: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, str]:
        data = {"path": self.path, "id": self.id, "status": "error" if self.error else "ok"}
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
    from factx.run import _only, read_item, warnings

    pipeline = extractor(settings.model)
    items = (read_item(s.path, s.id, settings.reference_date, settings.max_bytes) for s in sources)
    out = io.StringIO()
    writer = JsonLinesWriter(out, pipeline.model)
    done = Done("")
    for source, result in zip(sources, pipeline.run(items), strict=True):
        if isinstance(result, ErrorRecord):
            done.statuses.append(Status(result.path, source.id, result.error))
            continue
        notes = tuple(warnings(result))
        record = _only(result, settings.kinds) if settings.kinds else result
        try:
            writer.article(record)
        except Exception as error:  # the writer writes nothing of an article it cannot write
            problem = f"internal error: {type(error).__name__}: {error}"
            done.statuses.append(Status(result.path, source.id, problem, notes))
            continue
        done.statuses.append(Status(result.path, source.id, None, notes))
    done.text = out.getvalue()
    return done
