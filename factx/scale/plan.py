"""A run's inputs planned into partitions of whole articles.

The driver gives every article its id here, in input order, exactly as a serial run does
(`run.articles`), so the partitions concatenated in order are the serial run's output. A
partition is a list of articles, not of files: a file is one article, named without being
read; a JSON Lines archive is read once here, as its articles' ids may come from its lines,
and each of its articles is planned as the byte range of its line (`archive`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from factx import __version__
from factx.articles import DEFAULT_GLOBS, MAX_BYTES, Reading
from factx.records import ErrorRecord
from factx.safe import encodable

PARTITION_SIZE = 100  # articles; a few seconds of one worker's time, and few files per run


@dataclass(frozen=True)
class Archive:
    """A JSON Lines archive as the driver read it."""

    path: str
    encoding: str  # what the whole file was read as (a fallback is warned of)
    codec: str | None  # how the bytes of one line decode; None: only the whole file does
    size: int  # bytes; a file of another size has changed since the run was planned


@dataclass(frozen=True)
class Source:
    """One article to read: the file (or the line of an archive) and the id the run gives it."""

    path: str
    id: str
    archive: Archive | None = None
    line: int = 0  # in the archive, from 1 (0: a file of one article)
    start: int = 0  # the bytes of the line in the archive
    end: int = 0

    @property
    def shown(self) -> str:
        """The path as messages and the manifest name it."""
        return encodable(self.path)


@dataclass(frozen=True)
class Settings:
    """Everything besides the inputs that decides a partition's bytes; a rerun must match."""

    model: str | None = None
    kinds: tuple[str, ...] | None = None
    globs: tuple[str, ...] = DEFAULT_GLOBS
    reference_date: date | None = None
    max_bytes: int = MAX_BYTES
    input_format: str | None = None  # None: by suffix
    titled: bool = True

    @property
    def reading(self) -> Reading:
        return Reading(self.input_format, self.titled)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kinds"] = list(self.kinds) if self.kinds else None
        data["globs"] = list(self.globs)
        data["reference_date"] = self.reference_date.isoformat() if self.reference_date else None
        return {"factx_version": __version__, **data}


@dataclass(frozen=True)
class Partition:
    index: int
    sources: tuple[Source, ...]

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"


@dataclass
class Plan:
    partitions: list[Partition] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)  # inputs that gave no file

    @property
    def articles(self) -> int:
        return sum(len(p.sources) for p in self.partitions)


def plan(paths: Sequence[str], settings: Settings, size: int = PARTITION_SIZE) -> Plan:
    """The run's articles in input order, cut into partitions of `size` articles."""
    from factx.articles import ArticleIds, find_inputs
    from factx.errors import FactxError
    from factx.formats import format_of
    from factx.scale.archive import archive_sources

    result = Plan()
    batch: list[Source] = []

    def add(source: Source) -> None:
        batch.append(source)
        if len(batch) == size:
            result.partitions.append(Partition(len(result.partitions), tuple(batch)))
            batch.clear()

    ids = ArticleIds()
    for found in find_inputs(paths, settings.globs):
        if isinstance(found, FactxError):
            result.errors.append(ErrorRecord(path=found.path or "-", error=found.message))
        elif format_of(found, "", settings.input_format) != "jsonl":
            add(Source(found, ids(found)))
        else:
            for item in archive_sources(found, ids, settings.max_bytes):
                if isinstance(item, FactxError):
                    result.errors.append(ErrorRecord(path=item.path or "-", error=item.message))
                else:
                    add(item)
    if batch:
        result.partitions.append(Partition(len(result.partitions), tuple(batch)))
    return result
