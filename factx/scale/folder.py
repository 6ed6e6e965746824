"""The output folder of a partitioned run: one JSON Lines file per partition, each with a
status file beside it, and `manifest.json` listing every input, its partition and its status.

Each partition is written atomically (its facts, then its status), so a run that dies leaves
whole partitions only, and a rerun into the same folder skips those whose status is there.
The manifest is written when the run starts and again when it ends (also when interrupted);
between the two the status files are the record, so the driver never rewrites a big file
per partition.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from factx.errors import FactxError
from factx.output import Target, open_output
from factx.safe import encodable
from factx.scale.plan import Partition, Plan, Settings, Source
from factx.scale.work import Done, Status

MANIFEST = "manifest.json"
FORMAT = "factx-partitions/1"


class Folder:
    """A checked output folder for one plan."""

    def __init__(self, path: Path, plan: Plan, settings: Settings) -> None:
        self.path = path
        self.plan = plan
        self.settings = settings

    def facts_file(self, partition: Partition) -> Path:
        return self.path / f"{partition.name}.jsonl"

    def status_file(self, partition: Partition) -> Path:
        return self.path / f"{partition.name}.json"

    def finished(self, partition: Partition) -> list[Status] | None:
        """The statuses of a partition a run already wrote whole, else None."""
        if not self.facts_file(partition).is_file():
            return None
        try:
            data = json.loads(self.status_file(partition).read_text(encoding="utf-8"))
            statuses = [_status(i) for i in data["inputs"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # not written, or cut short: the partition is made again
        return statuses if [s.id for s in statuses] == _ids(partition) else None

    def write(self, partition: Partition, done: Done) -> None:
        """The partition's facts, then its status: a status file means whole facts."""
        with open_output(Target(self.facts_file(partition))) as out:
            out.write(done.text)
        inputs = [{**s.as_dict(), "warnings": list(s.warnings)} for s in done.statuses]
        _write_json(self.status_file(partition), {"partition": partition.name, "inputs": inputs})

    def write_manifest(self, statuses: dict[int, list[Status]], failed: dict[int, str]) -> None:
        """Every input with its partition and status (`pending` for partitions not done)."""
        partitions = []
        for partition in self.plan.partitions:
            known = statuses.get(partition.index)
            if known is not None:
                state, inputs = "done", [s.as_dict() for s in known]
            else:
                state = "failed" if partition.index in failed else "pending"
                inputs = [Status(s.shown, s.id, line=s.line).as_dict() for s in partition.sources]
                for item in inputs:
                    item["status"] = "pending"
            entry: dict[str, Any] = {
                "name": partition.name,
                "file": self.facts_file(partition).name,
                "status": state,
                "inputs": inputs,
            }
            if partition.index in failed:
                entry["error"] = failed[partition.index]
            partitions.append(entry)
        _write_json(self.path / MANIFEST, {**self._identity(), "partitions": partitions})

    def _identity(self) -> dict[str, Any]:
        """What must match for a rerun to resume: the settings, and the plan itself."""
        return {
            "format": FORMAT,
            "settings": self.settings.as_dict(),
            "articles": self.plan.articles,
            "errors": [e.model_dump() for e in self.plan.errors],
        }

    def check(self) -> None:
        """FactxError unless the folder is new, empty, or holds this very run (to resume)."""
        shown = encodable(str(self.path))
        if self.path.exists() and not self.path.is_dir():
            raise FactxError("is not a folder; --engine dask writes a folder of partitions", shown)
        if not self.path.exists():
            if not self.path.parent.is_dir():
                raise FactxError(f"folder {encodable(str(self.path.parent))} does not exist", shown)
            try:
                self.path.mkdir()
            except OSError as error:
                raise FactxError(f"cannot make this folder: {error.strerror}", shown) from None
        if not os.access(self.path, os.W_OK | os.X_OK):
            raise FactxError("cannot write in this folder", shown)
        manifest = self.path / MANIFEST
        if not manifest.exists():
            if any(self.path.iterdir()):
                raise FactxError(
                    "is not empty and holds no factx manifest; give a new folder", shown
                )
            return
        try:
            previous = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise FactxError(f"{MANIFEST} cannot be read; give a new folder", shown) from None
        if not self._same_run(previous):
            raise FactxError(
                "holds the partitions of another run (other inputs or options); "
                "give a new folder to start afresh",
                shown,
            )

    def _same_run(self, previous: Any) -> bool:
        if not isinstance(previous, dict):
            return False
        identity = {k: previous.get(k) for k in self._identity()}
        if identity != self._identity():
            return False
        try:
            planned = [
                [(i["path"], i.get("line", 0), i["id"]) for i in p["inputs"]]
                for p in previous["partitions"]
            ]
        except (KeyError, TypeError, AttributeError):
            return False
        return planned == [[_key(s) for s in p.sources] for p in self.plan.partitions]


def _ids(partition: Partition) -> list[str]:
    return [s.id for s in partition.sources]


def _status(item: dict[str, Any]) -> Status:
    warned = tuple(item.get("warnings", ()))
    return Status(item["path"], item["id"], item.get("error"), warned, item.get("line", 0))


def _key(source: Source) -> tuple[str, int, str]:
    return source.shown, source.line, source.id


def _write_json(path: Path, data: Any) -> None:
    with open_output(Target(path)) as out:
        out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
