"""Partitioned runs (`--engine dask`): the plan, the output folder, and real runs on a local
cluster of two worker processes, compared byte for byte with the serial run."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from archives import write_archives
from typer.testing import CliRunner

from factx.cli import app
from factx.run import articles
from factx.scale.dask_engine import Hooks, run_partitioned
from factx.scale.folder import MANIFEST, Folder
from factx.scale.plan import Settings, plan

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Five articles in three folders (two share a name, so ids get a suffix) and an empty
    file, which is an error of its own."""
    root = tmp_path_factory.mktemp("corpus")
    for folder in ("a", "b", "c"):
        (root / folder).mkdir()
    shutil.copy(SEED_FILES[0], root / "a" / "first.txt")
    shutil.copy(SEED_FILES[1], root / "a" / "second.txt")
    shutil.copy(SEED_FILES[1], root / "b" / "first.txt")
    (root / "b" / "empty.txt").write_text("")
    shutil.copy(SEED_FILES[0], root / "c" / "third.md")
    return root


@pytest.fixture(scope="module")
def serial(corpus) -> str:
    result = CliRunner().invoke(app, ["extract", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 1  # the empty file
    return result.stdout


@pytest.fixture(scope="module")
def cluster():
    # Dask is imported by the tests that use it only: imported at collection, it would weigh
    # on every process the other tests fork.
    import distributed

    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def joined(folder: Path) -> str:
    """The partitions concatenated in manifest order."""
    manifest = json.loads((folder / MANIFEST).read_text())
    return "".join((folder / p["file"]).read_text() for p in manifest["partitions"])


def run(corpus: Path, out: Path, address: str, **options):
    return run_partitioned([str(corpus)], out, Settings(), scheduler=address, **options)


# ----------------------------------------------------------------------------- without Dask


def test_plan_gives_the_serial_ids_in_partitions_of_articles(corpus):
    settings = Settings()
    result = plan([str(corpus)], settings, size=2)
    serial_ids = [a.id for a in articles([str(corpus)], settings.globs, None) if hasattr(a, "id")]
    planned_ids = [s.id for p in result.partitions for s in p.sources]
    assert planned_ids == ["first", "second", "empty", "first-2", "third"]
    # the empty file is planned too (it is read, and fails, on a worker); the others keep the
    # ids a serial run gives them
    assert serial_ids == ["first", "second", "first-2", "third"]
    assert [len(p.sources) for p in result.partitions] == [2, 2, 1]


def test_plan_reports_inputs_that_give_no_file(tmp_path):
    result = plan([str(tmp_path / "missing.txt"), str(SEED_FILES[0])], Settings(), size=5)
    assert [e.error for e in result.errors] == ["no such file or folder"]
    assert result.articles == 1


def test_folder_refuses_a_folder_of_other_files(tmp_path):
    from factx.errors import FactxError

    (tmp_path / "notes.txt").write_text("mine")
    folder = Folder(tmp_path, plan([str(SEEDS)], Settings()), Settings())
    with pytest.raises(FactxError, match="holds no factx manifest"):
        folder.check()


def test_folder_refuses_the_partitions_of_another_run(tmp_path):
    from factx.errors import FactxError

    out = tmp_path / "out"
    first = plan([str(SEEDS)], Settings(), size=1)
    Folder(out, first, Settings()).check()
    Folder(out, first, Settings()).write_manifest({}, {})
    Folder(out, first, Settings()).check()  # the same run: resumed
    other = Settings(reference_date=__import__("datetime").date(2024, 1, 1))
    with pytest.raises(FactxError, match="another run"):
        Folder(out, plan([str(SEEDS)], other, size=1), other).check()
    with pytest.raises(FactxError, match="another run"):
        Folder(out, plan([str(SEEDS)], Settings(), size=2), Settings()).check()


def test_a_partition_without_its_whole_status_is_made_again(tmp_path):
    from factx.scale.work import Done, Status

    partitions = plan([str(SEEDS)], Settings(), size=1)
    folder = Folder(tmp_path, partitions, Settings())
    first = partitions.partitions[0]
    source = first.sources[0]
    assert folder.finished(first) is None
    folder.write(first, Done("{}\n", [Status(source.path, source.id)]))
    assert folder.finished(first) == [Status(source.path, source.id)]
    folder.status_file(first).write_text('{"partition": "part-00000", "inp')  # cut short
    assert folder.finished(first) is None


def test_a_partition_in_process_is_the_serial_jsonl(corpus, serial):
    from factx.scale.work import extract_partition

    everything = plan([str(corpus)], Settings(), size=10).partitions[0]
    done = extract_partition(everything.sources, Settings())
    assert done.text == serial
    assert [s.error for s in done.statuses if s.error] == ["empty file (no text)"]


def test_missing_dask_is_one_line_naming_the_extra(monkeypatch, tmp_path):
    from factx.errors import FactxError
    from factx.scale import dask_engine

    monkeypatch.setitem(sys.modules, "distributed", None)
    client = dask_engine._client(None, 2)
    with pytest.raises(FactxError, match=r'pip install "factx\[dask\]"'):
        client.__enter__()


def test_engine_dask_needs_jsonl_and_an_output_folder():
    result = CliRunner().invoke(app, ["extract", str(SEEDS), "--engine", "dask"])
    assert result.exit_code == 2
    assert "--format jsonl --output FOLDER" in result.output


def test_help_imports_neither_dask_nor_spacy():
    code = (
        "import sys; from factx.cli import app\n"
        "for argv in (['--help'], ['extract', '--help']):\n"
        "    try:\n        app(argv)\n    except SystemExit:\n        pass\n"
        "print(sorted(m for m in ('spacy', 'dask', 'distributed') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


# ----------------------------------------------------------------- on a 2-worker local cluster


def test_dask_output_is_the_serial_output_byte_for_byte(corpus, serial, cluster, tmp_path):
    errors: list[tuple[str, str]] = []
    hooks = Hooks(on_error=lambda path, problem: errors.append((path, problem)))
    outcome = run(corpus, tmp_path / "out", cluster.scheduler_address, partition_size=2,
                  hooks=hooks)  # fmt: skip
    assert joined(tmp_path / "out") == serial
    assert (outcome.computed, outcome.skipped, outcome.failed) == (3, 0, 1)
    assert errors == [(str(corpus / "b" / "empty.txt"), "empty file (no text)")]
    manifest = json.loads((tmp_path / "out" / MANIFEST).read_text())
    inputs = [i for p in manifest["partitions"] for i in p["inputs"]]
    assert [i["status"] for i in inputs] == ["ok", "ok", "error", "ok", "ok"]
    assert {p["status"] for p in manifest["partitions"]} == {"done"}
    assert not list((tmp_path / "out").glob(".*"))  # no temporary file left
    from distributed import Client

    with Client(cluster) as client:
        loads = client.run(model_loads)
    assert sorted(loads.values()) == [1, 1]  # each worker loaded the model once, for 3 tasks


def test_partitions_made_of_several_tasks_are_joined_in_order(corpus, serial, cluster, tmp_path):
    outcome = run(corpus, tmp_path / "out", cluster.scheduler_address, partition_size=4,
                  task_size=1)  # fmt: skip
    assert (outcome.computed, outcome.failed) == (2, 1)
    assert joined(tmp_path / "out") == serial
    manifest = json.loads((tmp_path / "out" / MANIFEST).read_text())
    assert [len(p["inputs"]) for p in manifest["partitions"]] == [4, 1]


def model_loads() -> int:
    from factx.scale.work import extractor

    return extractor.cache_info().misses


def test_the_cli_runs_on_an_existing_cluster(corpus, serial, cluster, tmp_path):
    out = tmp_path / "out"
    missing = str(tmp_path / "missing.txt")
    argv = ["extract", missing, str(corpus), "--engine", "dask",
            "--scheduler", cluster.scheduler_address,
            "--format", "jsonl", "--output", str(out), "--partition-size", "3"]  # fmt: skip
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 1, result.output  # the empty file failed, the rest is written
    assert "empty.txt: empty file (no text)" in result.stderr
    assert f"{missing}: no such file or folder" in result.stderr
    assert joined(out) == serial
    assert sorted(p.name for p in out.iterdir()) == [
        MANIFEST,
        "part-00000.json",
        "part-00000.jsonl",
        "part-00001.json",
        "part-00001.jsonl",
    ]


def test_an_interrupted_run_resumes_without_redoing_a_partition(corpus, serial, cluster, tmp_path):
    out = tmp_path / "out"

    def stop(partition):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(
            corpus, out, cluster.scheduler_address, partition_size=2, hooks=Hooks(on_partition=stop)
        )
    manifest = json.loads((out / MANIFEST).read_text())
    states = [p["status"] for p in manifest["partitions"]]
    assert states.count("done") == 1 and states.count("pending") == 2
    kept = next(out.glob("part-*.jsonl"))
    before = kept.stat().st_mtime_ns, kept.stat().st_ino
    outcome = run(corpus, out, cluster.scheduler_address, partition_size=2)
    assert (outcome.skipped, outcome.computed) == (1, 2)
    assert (kept.stat().st_mtime_ns, kept.stat().st_ino) == before
    assert joined(out) == serial
    again = run(corpus, out, cluster.scheduler_address, partition_size=2)
    assert (again.skipped, again.computed, again.failed) == (3, 0, 1)


def die_once(target: str, marker: str):
    """A worker plugin that makes the worker process exit when it reads `target`, the first
    time only (the marker file remembers): a worker dying in the middle of a partition."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class DieOnce(WorkerPlugin):
        name = "factx-die-once"

        def setup(self, worker) -> None:
            import os

            import factx.run

            read = factx.run.read_item

            def dying(path, *args, **kwargs):
                if path == target and not os.path.exists(marker):
                    open(marker, "w").close()
                    os._exit(1)
                return read(path, *args, **kwargs)

            factx.run.read_item = dying

    return DieOnce()


def test_a_worker_killed_mid_run_has_its_partition_retried(corpus, serial, cluster, tmp_path):
    marker = tmp_path / "died"
    target = str(corpus / "b" / "first.txt")  # the second article of the second partition
    from distributed import Client

    plugin = die_once(target, str(marker))
    with Client(cluster) as client:
        client.register_plugin(plugin)
        try:
            outcome = run(corpus, tmp_path / "out", cluster.scheduler_address, partition_size=2)
        finally:
            client.unregister_worker_plugin(plugin.name)
        client.wait_for_workers(2, timeout=300)  # the nanny restarts it (slow on a busy machine)
    assert marker.exists()  # a worker did die on it
    assert (outcome.computed, outcome.failed) == (3, 1)  # only the empty file failed
    assert joined(tmp_path / "out") == serial  # nothing lost, nothing twice


def test_archives_on_a_cluster_with_the_reading_options(cluster, tmp_path):
    corpus = write_archives(tmp_path / "in")
    options = ["--format", "jsonl", "--no-title", "--with-text"]
    local = CliRunner().invoke(app, ["extract", str(corpus), *options])
    out = tmp_path / "out"
    argv = ["extract", str(corpus), *options, "--engine", "dask", "--scheduler",
            cluster.scheduler_address, "--output", str(out), "--partition-size", "5"]  # fmt: skip
    first = CliRunner().invoke(app, argv)
    assert (first.exit_code, local.exit_code) == (1, 1), first.output
    assert joined(out) == local.stdout and local.stdout.count("\n") > 10
    # the same errors and warnings (bad lines first: the driver finds them when it plans)
    assert sorted(first.stderr.splitlines()) == sorted(local.stderr.splitlines())
    assert "a-mixed.jsonl:4: not JSON" in first.stderr
    manifest = json.loads((out / MANIFEST).read_text())
    inputs = [i for p in manifest["partitions"] for i in p["inputs"]]
    assert [(Path(i["path"]).name, i.get("line"), i["id"]) for i in inputs][:3] == [
        ("a-mixed.jsonl", 1, "wire-1"), ("a-mixed.jsonl", 2, "a-mixed"),
        ("a-mixed.jsonl", 5, "wire-1-2"),
    ]  # fmt: skip
    made = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*")}
    again = CliRunner().invoke(app, argv)  # everything done: nothing is made again
    assert again.exit_code == 1 and joined(out) == local.stdout
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part-*")} == made


def test_a_local_cluster_gives_the_serial_output(tmp_path):
    corpus = write_archives(tmp_path / "in")
    local = CliRunner().invoke(app, ["extract", str(corpus), "--format", "jsonl"])
    out = tmp_path / "out"
    argv = ["extract", str(corpus), "--format", "jsonl", "--engine", "dask", "--jobs", "2",
            "--output", str(out), "--partition-size", "20"]  # fmt: skip
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 1, result.output  # the lines that are not articles
    assert joined(out) == local.stdout and local.stdout.count("\n") > 10
