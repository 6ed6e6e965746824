"""A run's inputs planned into partitions of whole articles, before any file is read.

The driver gives every article its id here, in input order, exactly as a serial run does
(`run.planned`), so the partitions concatenated in order are the serial run's output. A
partition is a list of articles, not of files: an archive holding many articles per file
would add its items here (a `Source` with the item's position), and partitions stay even.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from factx import __version__
from factx.articles import DEFAULT_GLOBS, MAX_BYTES
from factx.records import ErrorRecord

PARTITION_SIZE = 100  # articles; a few seconds of one worker's time, and few files per run


@dataclass(frozen=True)
class Source:
    """One article to read: the file and the id the run gives it."""

    path: str
    id: str


@dataclass(frozen=True)
class Settings:
    """Everything besides the inputs that decides a partition's bytes; a rerun must match."""

    model: str | None = None
    kinds: tuple[str, ...] | None = None
    globs: tuple[str, ...] = DEFAULT_GLOBS
    reference_date: date | None = None
    max_bytes: int = MAX_BYTES

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


ARCHIVE_PROBLEM = (
    "a JSON Lines archive: --engine dask reads one article per file (use --engine local)"
)


def plan(paths: Sequence[str], settings: Settings, size: int = PARTITION_SIZE) -> Plan:
    """The run's articles in input order, cut into partitions of `size` articles."""
    from factx.errors import FactxError
    from factx.formats import format_of
    from factx.run import planned
    from factx.safe import encodable

    result = Plan()
    batch: list[Source] = []
    for found in planned(paths, settings.globs):
        if isinstance(found, FactxError):
            result.errors.append(ErrorRecord(path=found.path or "-", error=found.message))
            continue
        if format_of(found[0], "") == "jsonl":
            # Partitions are planned without reading a file, and an archive's articles are
            # only known by reading it: archives run on the local engine for now.
            result.errors.append(ErrorRecord(path=encodable(found[0]), error=ARCHIVE_PROBLEM))
            continue
        batch.append(Source(*found))
        if len(batch) == size:
            result.partitions.append(Partition(len(result.partitions), tuple(batch)))
            batch = []
    if batch:
        result.partitions.append(Partition(len(result.partitions), tuple(batch)))
    return result
