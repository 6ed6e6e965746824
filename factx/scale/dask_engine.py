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
from factx.scale.plan import PARTITION_SIZE, Partition, Plan, Settings, Source, plan
from factx.scale.work import Done, Status, extract_partition, extractor

if TYPE_CHECKING:
    from distributed import Client

MISSING = 'Dask is not installed; --engine dask needs the extra: pip install "factx[dask]"'
# Articles per task. A partition is the unit of output (one file), a task the unit of work:
# small tasks keep every worker busy to the end of a run (one worker alone finishing a
# partition of 100 articles left the other idle for seconds), and 16 BBC articles (about 83
# paragraphs) still nearly fill a parser batch. (The groups of `--jobs` workers are cut to
# fill one batch exactly, extractor._chunks; tasks here are planned before the files are read.)
TASK_ARTICLES = 16
# Tasks in flight per worker: enough to keep each busy while the driver writes, few enough
# that the driver's memory does not grow with the run.
WINDOW_PER_WORKER = 2
TASK_RETRIES = 2  # on top of Dask's own rescheduling after a worker died
LOCAL_CONFIG = {
    # The nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536, so that memory goes back to
    # the system soon; spaCy allocates and frees so much that this costs about a fifth more
    # CPU per article (measured: 4.5 s against 4.1 s user time, and 0.5 s against 0.06 s
    # system time, for 40 BBC articles).
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # The statistical profiler samples each task's stack every 10 ms, and the system monitor
    # reads CPU, memory and network every 0.5 s, for a dashboard that a local run does not
    # show; every 20 ms each server checks that its event loop is not blocked, which only
    # warns. Each wakes a worker's event loop, which then takes the GIL from the task.
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.tick.interval": "1s",
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
    task_size: int = TASK_ARTICLES,
) -> Outcome:
    """`factx extract --engine dask`: plan `paths`, then run every partition not yet in the
    folder `output`, on `scheduler` or on a local cluster of `workers` processes, in tasks
    of `task_size` articles."""
    if "-" in paths:
        raise FactxError("--engine dask reads files and folders, not stdin (-)")
    planned = plan(paths, settings, partition_size)
    return run_dask(planned, Folder(output, planned, settings), settings, scheduler, workers,
                    hooks or Hooks(), task_size)  # fmt: skip


def run_dask(
    plan: Plan, folder: Folder, settings: Settings, scheduler: str | None, workers: int,
    hooks: Hooks, task_size: int = TASK_ARTICLES,
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
                for partition, done in _results(client, todo, settings, failed, task_size):
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
    client: Client, todo: list[Partition], settings: Settings, failed: dict[int, str], size: int
) -> Iterator[tuple[Partition, Done | None]]:
    """Each partition with its result as it completes (None when it failed for good, its
    reason in `failed`). A partition runs as tasks of `size` articles, joined here in order;
    no more than a window of tasks is in flight."""
    from distributed import as_completed

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    tasks = ((p, n, piece) for p in todo for n, piece in enumerate(_pieces(p.sources, size)))
    expected = {p.index: len(range(0, len(p.sources), size)) for p in todo}
    parts: dict[int, dict[int, Done]] = {}  # the tasks back so far of unfinished partitions
    running: dict[Any, tuple[Partition, int]] = {}

    def submit() -> Any:
        task = next(tasks, None)
        if task is None:
            return None
        partition, number, piece = task
        future = client.submit(extract_partition, piece, settings, pure=False, retries=TASK_RETRIES)
        running[future] = partition, number
        return future

    first = [f for f in (submit() for _ in range(workers * WINDOW_PER_WORKER)) if f is not None]
    stream = as_completed(first)
    for future in stream:
        partition, number = running.pop(future)
        try:
            done: Done = future.result()
        except Exception as error:  # a worker died too often, or the task cannot run at all
            if partition.index not in failed:
                failed[partition.index] = f"partition failed: {type(error).__name__}: {error}"
                parts.pop(partition.index, None)
                yield partition, None
        else:
            if partition.index not in failed:
                got = parts.setdefault(partition.index, {})
                got[number] = done
                if len(got) == expected[partition.index]:
                    del parts[partition.index]
                    yield partition, _joined([got[n] for n in sorted(got)])
        future.release()
        following = submit()
        if following is not None:
            stream.add(following)


def _pieces(sources: tuple[Source, ...], size: int) -> Iterator[tuple[Source, ...]]:
    for start in range(0, len(sources), size):
        yield sources[start : start + size]


def _joined(pieces: list[Done]) -> Done:
    return Done("".join(d.text for d in pieces), [s for d in pieces for s in d.statuses])


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

    # The workers are spawned, each loading the model: forked from this process after it
    # loaded the model (as --jobs workers are), they cost 2 to 4 CPU s less each, but this
    # process runs the scheduler's threads, and a worker forked while one of them held a
    # lock hung for good (seen in the tests).
    with dask.config.set(LOCAL_CONFIG):  # also for a worker the nanny starts again
        # The scheduler serves HTTP even without a dashboard, on port 8787 unless told
        # otherwise, and warns on stderr when another cluster has that port: any free one.
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
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
