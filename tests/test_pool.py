"""The worker pool of `--jobs` ends however its workers behave (factx/pool.py)."""

import multiprocessing
import signal
import time

import pytest

from factx import pool as pool_module
from factx.pool import WorkerPool


def _nothing() -> None:
    pass


def _deaf_to_sigterm() -> None:
    # A worker that took SIGTERM with a handler it inherited and lives on.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    time.sleep(600)


@pytest.fixture
def alarm():
    def hung(signum, frame):
        raise TimeoutError("ending the pool hung")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("end", ["restart", "close"])
def test_a_worker_that_ignores_the_end_is_killed(monkeypatch, alarm, end):
    monkeypatch.setattr(pool_module, "STOP_SECONDS", 0.5, raising=False)
    context = multiprocessing.get_context("fork")
    workers = WorkerPool(context, 1, _nothing, ())
    straggler = context.Process(target=_deaf_to_sigterm, daemon=True)
    straggler.start()
    time.sleep(0.2)  # its SIGTERM handler is set
    workers._pool._pool.append(straggler)  # as the pool's own replacement worker would be
    started = time.monotonic()
    getattr(workers, end)()
    assert straggler.exitcode == -signal.SIGKILL
    assert time.monotonic() - started < 30
    workers.close()


def test_a_pool_of_well_behaved_workers_ends_at_once(alarm):
    context = multiprocessing.get_context("fork")
    workers = WorkerPool(context, 2, _nothing, ())
    processes = list(workers._pool._pool)
    workers.close()
    assert all(p.exitcode is not None and p.exitcode != -signal.SIGKILL for p in processes)
