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
LOCAL_CONFIG = {
    # The nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536, so that memory goes back to
    # the system soon; spaCy allocates and frees so much that this costs about a fifth more
    # CPU per article (measured: 4.5 s against 4.1 s user time, and 0.5 s against 0.06 s
    # system time, for 40 BBC articles).
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # The statistical profiler samples each task's stack every 10 ms, for a dashboard that a
    # local run does not show.
    "distributed.worker.profile.enabled": False,
}


@dataclass
class Outcome:
    articles: int = 0
    failed: int = 0  # inputs that failed, including those of partitions not written
    computed: int = 0  # partitions made by this run
    skipped: int = 0  # partitions a previous run had written


def _ignore(*args: object) -> None:
    pass


@dataclass
class Hooks:
    """What the caller hears of: each failed input, each warning, each input done (for a
    progress bar) and each partition written."""

    on_error: Callable[[str, str], None] = _ignore
    on_warning: Callable[[str, str], None] = _ignore
    on_done: Callable[[bool], None] = _ignore
    on_partition: Callable[[Partition], None] = _ignore

    def heard(self, statuses: list[Status]) -> None:
        for status in statuses:
            if status.error:
                self.on_error(status.where, status.error)
            for note in status.warnings:
                self.on_warning(status.path, note)
            self.on_done(status.error is None)


def run_partitioned(
    paths: list[str],
    output: Path,
    settings: Settings,
    *,
    partition_size: int = PARTITION_SIZE,
    scheduler: str | None = None,
    workers: int = 2,
    hooks: Hooks | None = None,
) -> Outcome:
    """`factx extract --engine dask`: plan `paths`, then run every partition not yet in the
    folder `output`, on `scheduler` or on a local cluster of `workers` processes."""
    if "-" in paths:
        raise FactxError("--engine dask reads files and folders, not stdin (-)")
    planned = plan(paths, settings, partition_size)
    return run_dask(planned, Folder(output, planned, settings), settings, scheduler, workers,
                    hooks or Hooks())  # fmt: skip


def run_dask(
    plan: Plan, folder: Folder, settings: Settings, scheduler: str | None, workers: int,
    hooks: Hooks,
) -> Outcome:  # fmt: skip
    """Run the partitions of `plan` not yet in `folder`; the manifest is written at the start
    and at the end (also when the run is interrupted)."""
    folder.check()
    outcome = Outcome(articles=plan.articles, failed=len(plan.errors))
    for error in plan.errors:
        hooks.on_error(error.path, error.error)
        hooks.on_done(False)
    statuses: dict[int, list[Status]] = {}
    failed: dict[int, str] = {}

    def finish(partition: Partition, result: list[Status]) -> None:
        hooks.heard(result)
        outcome.failed += sum(1 for s in result if s.error)

    todo: list[Partition] = []
    for partition in plan.partitions:
        previous = folder.finished(partition)
        if previous is None:
            todo.append(partition)
            continue
        outcome.skipped += 1
        statuses[partition.index] = previous  # its warnings were heard by the run that made it
        finish(partition, [Status(s.path, s.id, s.error, line=s.line) for s in previous])
    folder.write_manifest(statuses, failed)
    try:
        if todo:
            with _client(scheduler, workers) as client:
                _warm(client, settings.model)
                for partition, done in _results(client, todo, settings, failed):
                    if done is None:  # left for the next run; its articles are failures now
                        reason = failed[partition.index]
                        finish(partition, [Status(s.shown, s.id, reason, line=s.line)
                                           for s in partition.sources])  # fmt: skip
                        continue
                    folder.write(partition, done)
                    statuses[partition.index] = done.statuses
                    outcome.computed += 1
                    finish(partition, done.statuses)
                    hooks.on_partition(partition)
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
    import dask

    with dask.config.set(LOCAL_CONFIG):
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
