"""The Dask benchmark's arithmetic: fast, no cluster, no model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factx import bench_scale


def figures(dask_s: float | None = 60.0, jobs_s: float | None = 55.0) -> dict:
    def run(seconds):
        return {"seconds": seconds, "cpu_seconds": seconds and seconds / 2,
                "articles_per_s": 200 / seconds if seconds else None}  # fmt: skip

    noop = {"startup_s": 10.0, "tasks": 2000, "per_task_s": 0.002}
    return {"articles": 200, "partition_size": 100, "jobs2": run(jobs_s), "dask": run(dask_s),
            "identical": True, "noop": noop}  # fmt: skip


def test_projection_spreads_the_measured_cpu_time():
    plan = bench_scale.projection(figures(dask_s=100.0))
    # 50 CPU s for 200 articles
    assert plan["cpu_s_per_article"] == pytest.approx(0.25)
    assert plan["cpu_hours"] == pytest.approx(10_000_000 * 0.25 / 3600)
    # 16 workers: a sixteenth of the CPU time, plus 625,000 tasks of 16 articles at 2 ms each
    assert plan["hours_on"][16] == pytest.approx((10_000_000 * 0.25 / 16 + 625_000 * 0.002) / 3600)
    assert bench_scale.projection(figures(dask_s=None)) == {}


def test_targets_judge_the_ratio_and_the_identity():
    fast, same = bench_scale.targets(figures(dask_s=60.0, jobs_s=55.0))
    assert fast.value == pytest.approx(55 / 60) and fast.status == "PASS"
    assert same.status == "PASS"
    slow, _ = bench_scale.targets(figures(dask_s=70.0, jobs_s=55.0))
    assert slow.status == "FAIL"
    failed, _ = bench_scale.targets(figures(dask_s=None))
    assert failed.value is None and failed.status == "FAIL"


def test_joined_follows_the_manifest(tmp_path: Path):
    (tmp_path / "b.jsonl").write_text("2\n")
    (tmp_path / "a.jsonl").write_text("1\n")
    partitions = [{"file": "b.jsonl"}, {"file": "a.jsonl"}]
    (tmp_path / "manifest.json").write_text(json.dumps({"partitions": partitions}))
    assert bench_scale.joined(tmp_path) == b"2\n1\n"


def test_report_shows_every_figure():
    m = figures()
    text = bench_scale.report(m, bench_scale.targets(m), [])
    assert "--engine dask, 2 workers" in text and "3.33 articles/s" in text
    assert "2.00 ms per task" in text and "125.0 µs per article in tasks of 16" in text
    assert "10,000,000 articles: 0.150 CPU s each" in text
