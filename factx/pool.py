"""The worker processes of `--jobs`: a process pool that notices a worker that died.

`multiprocessing.Pool` starts a new worker when one dies (killed by the system for its memory,
say), but the task the dead one held never completes, and waiting for its result hangs the run
for ever. `WorkerPool.result` waits in short steps and, between them, checks that every worker
it started is still the one running; a worker gone raises `WorkerDied`, and the caller starts a
fresh pool (`restart`) and tries again what may have been lost.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# How often a wait for a result looks at the workers, in seconds.
POLL_SECONDS = 0.2
# How long ending a pool may wait for its workers before it kills those still alive, in seconds.
STOP_SECONDS = 5.0


class WorkerDied(Exception):
    """A worker process ended while the pool ran: a task it held is lost."""


@dataclass(frozen=True)
class Task:
    generation: int  # of the pool it was given to
    handle: Any  # its multiprocessing AsyncResult


class WorkerPool:
    def __init__(
        self,
        context: Any,
        workers: int,
        initializer: Callable[..., None],
        initargs: tuple[Any, ...],
    ) -> None:
        self._start = lambda: context.Pool(workers, initializer=initializer, initargs=initargs)
        self._pool = self._start()
        self._pids = self._workers()
        self._generation = 0

    def submit(self, function: Callable[..., Any], args: tuple[Any, ...]) -> Task:
        return Task(self._generation, self._pool.apply_async(function, args))

    def result(self, task: Task) -> Any:
        """The task's result (or its exception); WorkerDied if a worker died meanwhile, or if
        the task was dropped with an earlier pool."""
        handle = task.handle
        while task.generation == self._generation and not handle.ready():
            handle.wait(POLL_SECONDS)
            if not handle.ready() and self._workers() != self._pids:
                raise WorkerDied
        if task.generation != self._generation:
            raise WorkerDied
        return handle.get()

    def restart(self) -> None:
        """A new pool: every task of the old one is dropped."""
        self._stop()
        self._pool = self._start()
        self._pids = self._workers()
        self._generation += 1

    def close(self) -> None:
        self._stop()

    def _stop(self) -> None:
        """End the pool and its workers. `Pool.terminate` asks each worker to end (SIGTERM)
        and waits for it; a worker the pool forks to replace a dead one while it ends can
        take that signal before it drops the handler it inherited from this process, live
        on, and wait for a task for ever, and so would the run. A watchdog kills whatever
        worker is still alive after STOP_SECONDS."""
        pool = self._pool
        stopped = threading.Event()

        def reap() -> None:
            if not stopped.wait(STOP_SECONDS):
                for process in list(pool._pool):
                    if process.exitcode is None:
                        process.kill()

        watchdog = threading.Thread(target=reap, name="factx-pool-reaper", daemon=True)
        watchdog.start()
        try:
            pool.terminate()
            pool.join()
        finally:
            stopped.set()
            watchdog.join()

    def _workers(self) -> frozenset[int | None]:
        # A worker the pool replaced has a new pid; one not yet replaced has an exit code.
        # (`_pool` is the Pool's list of its processes: no public attribute gives it.)
        processes = list(self._pool._pool)
        return frozenset(None if p.exitcode is not None else p.pid for p in processes)
