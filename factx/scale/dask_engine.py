"""Partitions run on a Dask cluster: a local one on this machine, or an existing one at an
address (Kubernetes, Slurm through dask-jobqueue, a cloud). The driver plans, submits a
bounded window of partitions and writes each one as it comes back; the workers only extract.

Dask reruns the task of a worker that died on another worker (up to the scheduler's
`allowed-failures`); a partition that still fails is reported and left for the next run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factx.errors import FactxError
from factx.scale.folder import Folder
from factx.scale.plan import PARTITION_SIZE, Partition, Plan, Settings, plan
from factx.scale.work import Done, Status, extract_partition, extractor

if TYPE_CHECKING:
    from distributed import Client

MISSING = 'Dask is not installed; --engine dask needs the extra: pip install "factx[dask]"'
# Partitions in flight per worker: enough to keep each busy while the driver writes, few
# enough that the driver's memory does not grow with the run.
WINDOW_PER_WORKER = 2
TASK_RETRIES = 2  # on top of Dask's own rescheduling after a worker died


@dataclass
class Outcome:
    articles: int = 0
    failed: int = 0  # inputs that failed, including those of partitions not written
    computed: int = 0  # partitions made by this run
    skipped: int = 0  # partitions a previous run had written


def run_dask(
    plan: Plan,
    folder: Folder,
    settings: Settings,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    on_error: Callable[[str, str], None] | None = None,
    on_warning: Callable[[str, str], None] | None = None,
    on_done: Callable[[bool], None] | None = None,
    on_partition: Callable[[Partition], None] | None = None,
) -> Outcome:
    """Extract every partition of `plan` not yet in `folder`, on `scheduler` or on a local
    cluster of `workers` processes; the manifest is written at the start and at the end."""
    outcome = Outcome(articles=plan.articles)
    statuses: dict[int, list[Status]] = {}
    failed: dict[int, str] = {}

    def finish(partition: Partition, result: list[Status]) -> None:
        statuses[partition.index] = result
        for status in result:
            if status.error and on_error is not None:
                on_error(status.path, status.error)
            for note in status.warnings:
                if on_warning is not None:
                    on_warning(status.path, note)
            if on_done is not None:
                on_done(status.error is None)
        outcome.failed += sum(1 for s in result if s.error)

    folder.check()
    for error in plan.errors:
        if on_error is not None:
            on_error(error.path, error.error)
    todo: list[Partition] = []
    for partition in plan.partitions:
        previous = folder.finished(partition)
        if previous is None:
            todo.append(partition)
        else:
            outcome.skipped += 1
            finish(partition, [Status(s.path, s.id, s.error) for s in previous])
    folder.write_manifest(statuses, failed)
    try:
        if todo:
            with _client(scheduler, workers) as client:
                _warm(client, settings.model)
                for partition, done in _results(client, todo, settings, failed):
                    if done is None:
                        for source in partition.sources:
                            if on_done is not None:
                                on_done(False)
                            if on_error is not None:
                                on_error(source.path, failed[partition.index])
                        outcome.failed += len(partition.sources)
                        continue
                    folder.write(partition, done)
                    outcome.computed += 1
                    finish(partition, done.statuses)
                    if on_partition is not None:
                        on_partition(partition)
    finally:
        folder.write_manifest(statuses, failed)
    return outcome


def _results(
    client: Client, todo: list[Partition], settings: Settings, failed: dict[int, str]
) -> Iterator[tuple[Partition, Done | None]]:
    """Each partition with its result as it completes (None when it failed for good, its
    reason in `failed`); no more than a window of partitions is in flight."""
    from distributed import as_completed

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    pending = iter(todo)
    running: dict[Any, Partition] = {}

    def submit() -> Any:
        partition = next(pending, None)
        if partition is None:
            return None
        future = client.submit(
            extract_partition, partition.sources, settings, pure=False, retries=TASK_RETRIES
        )
        running[future] = partition
        return future

    first = [f for f in (submit() for _ in range(workers * WINDOW_PER_WORKER)) if f is not None]
    stream = as_completed(first)
    for future in stream:
        partition = running.pop(future)
        try:
            done: Done | None = future.result()
        except Exception as error:  # a worker died too often, or the task cannot run at all
            failed[partition.index] = f"partition failed: {type(error).__name__}: {error}"
            done = None
        future.release()
        yield partition, done
        following = submit()
        if following is not None:
            stream.add(following)


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, else of a new local cluster of `workers`
    single-threaded processes (spaCy holds the GIL) that ends with the run."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise FactxError(MISSING) from None
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as error:
            raise FactxError(f"cannot reach the Dask scheduler: {error}", scheduler) from None
        with client:
            yield client
        return
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
        silence_logs=logging.ERROR,
    )  # fmt: skip
    with cluster, Client(cluster) as client:
        yield client


def _warm(client: Client, model: str | None = None) -> None:
    """Load the model on every worker at once, so a missing model is one clear error."""
    try:
        client.run(_load, model)
    except FactxError:
        raise
    except Exception as error:
        raise FactxError(f"the Dask workers cannot load factx: {error}") from None


def _load(model: str | None) -> str:
    return extractor(model).model.name


def run_partitioned(
    paths: list[str],
    output: Path,
    settings: Settings,
    *,
    partition_size: int = PARTITION_SIZE,
    scheduler: str | None = None,
    workers: int = 2,
    on_error: Callable[[str, str], None] | None = None,
    on_warning: Callable[[str, str], None] | None = None,
    on_done: Callable[[bool], None] | None = None,
    on_partition: Callable[[Partition], None] | None = None,
) -> Outcome:
    """`factx extract --engine dask`: plan `paths`, then run the plan into the folder `output`."""
    if "-" in paths:
        raise FactxError("--engine dask reads files and folders, not stdin (-)")
    planned = plan(paths, settings, partition_size)
    return run_dask(
        planned, Folder(output, planned, settings), settings, scheduler=scheduler,
        workers=workers, on_error=on_error, on_warning=on_warning, on_done=on_done,
        on_partition=on_partition,
    )  # fmt: skip
