"""Benchmark of the Dask engine: `python -m factx.bench_scale [--data DIR] [--quick] [--json OUT]`.

In one run, on the same articles: `factx extract --jobs 2` against `--engine dask` on a local
cluster of 2 worker processes (articles per second, and whether the partitions joined are the
same bytes), then the scheduler's own cost per task, measured with tasks that do nothing. The
machine is shared, so only the ratio of two runs made one after the other is judged; each
pair is run twice, alternating, and the better of each kept.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from factx.bench import (
    DEFAULT_DATA,
    QUICK_ARTICLES,
    Run,
    Target,
    build_corpus,
    factx_argv,
    find_articles,
    fmt_float,
    last_json_line,
    run_measured,
    workspace,
)
from factx.scale.dask_engine import TASK_ARTICLES
from factx.scale.plan import PARTITION_SIZE

NOOP_TASKS = 2000
ARCHIVE = 10_000_000  # articles, for the cost projection
PROJECTED_WORKERS = (2, 16, 64, 256)


def noop(value: int) -> int:
    return value


def task_overhead(tasks: str) -> None:
    """Child: a 2-worker local cluster's start-up, and its round trip per task that does nothing
    (submitted all at once, so the cost of the scheduler per task); prints one JSON line."""
    from distributed import Client, LocalCluster

    count = int(tasks)
    t0 = time.perf_counter()
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        t1 = time.perf_counter()
        client.gather(client.map(noop, range(50), pure=False))  # warm the connections
        t2 = time.perf_counter()
        results = client.gather(client.map(noop, range(count), pure=False))
        t3 = time.perf_counter()
    assert results == list(range(count))
    print(json.dumps({"startup_s": t1 - t0, "tasks": count, "per_task_s": (t3 - t2) / count}))


def joined(folder: Path) -> bytes:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return b"".join((folder / p["file"]).read_bytes() for p in manifest["partitions"])


def measure(articles: int, corpus: Path, tmp: Path, log: Any) -> tuple[dict[str, Any], list[Run]]:
    runs: list[Run] = []
    best: dict[str, Run] = {}
    outputs: dict[str, bytes] = {}
    common = ["extract", str(corpus), "--format", "jsonl", "--quiet"]
    for attempt in (1, 2):
        dask = ["--engine", "dask", "--jobs", "2"]  # factx's partitions and tasks
        for label, extra in (
            ("jobs2", ["--jobs", "2", "--output", str(tmp / "jobs2.jsonl")]),
            ("dask", [*dask, "--output", str(tmp / f"dask{attempt}")]),
        ):
            log(f"  {label}, run {attempt} ...")
            run = run_measured(f"{label} {attempt}", factx_argv(*common, *extra))
            runs.append(run)
            log(f"    {run.seconds:.1f} s, {run.cpu_seconds:.1f} CPU s, exit {run.returncode}")
            if run.ok and (label not in best or run.seconds < best[label].seconds):
                best[label] = run
            if run.ok:
                out = tmp / "jobs2.jsonl" if label == "jobs2" else tmp / f"dask{attempt}"
                outputs[label] = out.read_bytes() if label == "jobs2" else joined(out)
    log(f"  scheduler round trip, {NOOP_TASKS} tasks that do nothing ...")
    code = f"from factx.bench_scale import task_overhead; task_overhead('{NOOP_TASKS}')"
    probe = run_measured("noop tasks", [sys.executable, "-c", code])
    runs.append(probe)
    m: dict[str, Any] = {"articles": articles, "partition_size": PARTITION_SIZE}
    for label in ("jobs2", "dask"):
        kept = best.get(label)
        m[label] = {
            "seconds": kept.seconds if kept else None,
            "cpu_seconds": kept.cpu_seconds if kept else None,
            "articles_per_s": articles / kept.seconds if kept else None,
        }
    m["identical"] = "jobs2" in outputs and outputs.get("jobs2") == outputs.get("dask")
    m["noop"] = last_json_line(probe.stdout) if probe.ok else {}
    return m, runs


def projection(m: Mapping[str, Any]) -> dict[str, Any]:
    """What ARCHIVE articles would take on N dedicated workers: the CPU time per article of the
    whole Dask run (driver, scheduler and workers, model loading included, so a little more
    than the steady state), spread over N workers, plus the scheduler's round trip for each
    task (TASK_ARTICLES articles). CPU time, not wall time: on this shared machine the
    wall time mostly measures the other users."""
    dask, noop_info = m["dask"], m["noop"]
    if dask["cpu_seconds"] is None or not noop_info:
        return {}
    cpu_s = dask["cpu_seconds"] / m["articles"]
    tasks = ARCHIVE / TASK_ARTICLES
    hours = {
        n: (ARCHIVE * cpu_s / n + tasks * noop_info["per_task_s"]) / 3600 for n in PROJECTED_WORKERS
    }
    return {"cpu_s_per_article": cpu_s, "cpu_hours": ARCHIVE * cpu_s / 3600, "hours_on": hours}


def targets(m: Mapping[str, Any]) -> list[Target]:
    jobs, dask = m["jobs2"]["articles_per_s"], m["dask"]["articles_per_s"]
    ratio = dask / jobs if jobs and dask else None
    return [
        Target("dask 2 workers / --jobs 2 (articles/s)", ratio, ">=", 0.9),
        Target("dask partitions joined == --jobs 2 output", float(m["identical"]), ">=", 1),
    ]


def report(m: Mapping[str, Any], checks: list[Target], runs: Sequence[Run]) -> str:
    noop_info, plan = m["noop"], projection(m)
    lines = [
        f"factx Dask engine: {m['articles']} articles, partitions of {m['partition_size']}, "
        f"tasks of {TASK_ARTICLES}"
    ]
    for label, name in (("jobs2", "--jobs 2"), ("dask", "--engine dask, 2 workers")):
        fig = m[label]
        lines.append(
            f"  {name:<26} {fmt_float(fig['articles_per_s'], ' articles/s')} "
            f"({fmt_float(fig['seconds'], ' s', 1)}, {fmt_float(fig['cpu_seconds'], ' CPU s', 1)})"
        )
    if noop_info:
        per_article = noop_info["per_task_s"] / TASK_ARTICLES
        lines.append(
            f"  scheduler: {noop_info['per_task_s'] * 1000:.2f} ms per task, so "
            f"{per_article * 1e6:.1f} µs per article in tasks of {TASK_ARTICLES}; "
            f"local cluster start-up {noop_info['startup_s']:.1f} s"
        )
    if plan:
        spread = ", ".join(f"{h:,.1f} h on {n}" for n, h in plan["hours_on"].items())
        lines.append(
            f"  {ARCHIVE:,} articles: {plan['cpu_s_per_article']:.3f} CPU s each, "
            f"{plan['cpu_hours']:,.0f} CPU hours: {spread} workers"
        )
    lines += ["", "Targets", *(t.line() for t in checks), "", "Processes (wall s, CPU s)"]
    lines += [f"  {r.seconds:8.2f} {r.cpu_seconds:8.2f}  {r.label}" for r in runs]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m factx.bench_scale", description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ARTICLES} articles only")
    parser.add_argument("--articles", type=int, metavar="N", help="the first N articles only")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures here")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    found = find_articles(args.data.resolve())
    chosen = found[: QUICK_ARTICLES if args.quick else args.articles]
    if not chosen:
        log(f"no .txt files under {args.data}")
        return 1
    log(f"factx bench_scale: {len(chosen)} articles, --jobs 2 against --engine dask")
    with workspace() as tmp:
        corpus = build_corpus(chosen, tmp / "corpus")
        m, runs = measure(len(chosen), corpus, tmp, log)
    checks = targets(m)
    print(report(m, checks, runs))
    if args.json:
        judged = [{"name": t.name, "value": t.value, "status": t.status} for t in checks]
        payload = {"measurements": m, "projection": projection(m), "targets": judged}
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0 if all(r.ok for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
