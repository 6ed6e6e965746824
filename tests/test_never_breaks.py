"""A run never breaks: no article, file, file name or output path crashes it, hangs it, or
leaves output that does not parse. One test per kind of input that once did."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from faults import poison
from typer.testing import CliRunner

from factx.cli import app
from factx.extract import money as money_module

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "003_e57c875faf2c8ede.txt"
runner = CliRunner()
GOOD = "Title\n\nOracle said on Monday it paid $5 million, 30% more than in 2019.\n"


def extract(*args, input=None, env=None):
    return runner.invoke(app, ["extract", *args], input=input, env=env)


def run_factx(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "factx", *args], cwd=ROOT, capture_output=True, text=True, **kwargs
    )


def parsed(output: str, fmt: str) -> list:
    """The output parsed in its format: any malformed line or document raises."""
    if fmt == "json":
        return [json.loads(output)]
    if fmt == "jsonl":
        return [json.loads(line) for line in output.splitlines()]
    return list(csv.reader(io.StringIO(output)))


def folder_of(tmp_path: Path, texts: dict[str, str]) -> Path:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


# --- fault isolation: a bug on one article costs that article alone ---------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_a_component_that_fails_on_one_article_fails_that_article(tmp_path, monkeypatch, jobs, fmt):
    poison(monkeypatch, "factx_dates")
    folder = folder_of(
        tmp_path, {"a.txt": GOOD, "b.txt": "Title\n\nPOISON on Monday.\n", "c.txt": GOOD}
    )
    result = extract(str(folder), "-f", fmt, "--jobs", jobs)
    assert result.exit_code == 1
    assert "Traceback" not in result.output + result.stderr
    assert "b.txt: internal error: RuntimeError: injected fault" in result.stderr
    rows = parsed(result.stdout, fmt)
    if fmt == "json":
        assert [a["id"] for a in rows[0]["articles"]] == ["a", "c"]
        assert rows[0]["errors"][0]["path"].endswith("b.txt")
        facts = [len(a["facts"]) for a in rows[0]["articles"]]
        assert facts[0] == facts[1] > 5  # both good articles whole
    elif fmt == "jsonl":
        assert {r["article"] for r in rows} == {"a", "c"}
    else:
        assert {r[0] for r in rows[1:]} == {"a", "c"}


def test_a_normalizer_that_fails_on_one_value_drops_that_value(tmp_path, monkeypatch):
    real = money_module.money_from_match

    def fragile(match, **kwargs):
        if "666" in match.group():
            raise ValueError("injected fault")
        return real(match, **kwargs)

    monkeypatch.setattr(money_module, "money_from_match", fragile)
    text = "Title\n\nIt paid $5 million and then $666 million on Monday, up 30%.\n"
    result = extract(str(folder_of(tmp_path, {"a.txt": text})), "-f", "json")
    assert result.exit_code == 0
    (article,) = json.loads(result.stdout)["articles"]
    kinds = sorted(f["type"] for f in article["facts"] if f["type"] != "claim")
    assert kinds == ["date", "money", "percent"]  # the $5 million kept, $666 million left out
    assert "a.txt: money '$666 million' left out: internal error: ValueError" in result.stderr


# --- values at the edges of the calendar and of numbers ----------------------------------------

TABLE = (
    "Corn exports\n\nSoybeans    359,000\nWeek ago ( est )    300,000 tonnes\n\n"
    "It happened 800000 days ago, or 200000 weeks ago.\n"
)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_figures_out_of_range_give_no_value_and_no_crash(tmp_path, fmt):
    texts = {
        "table.txt": TABLE,
        "far.txt": "Far\n\nIt ends on December 31, 9999, and began 2020 years ago in 2020.\n",
        "digits.txt": "Big\n\nIt cost $" + "9" * 5000 + " or " + "1" * 5000 + "% of "
        + "2" * 5000 + " tonnes.\n",
    }  # fmt: skip
    result = extract(str(folder_of(tmp_path, texts)), "-f", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    if fmt != "table":
        parsed(result.stdout, fmt)
    if fmt == "json":
        facts = {a["id"]: a["facts"] for a in json.loads(result.stdout)["articles"]}
        assert not [f for f in facts["digits"] if f["type"] in ("money", "percent", "quantity")]
        dates = {f["text"]: f["value"] for f in facts["far"] if f["type"] == "date"}
        assert dates["December 31, 9999"] == "9999-12-31"
        # The next row of a table is not the unit of the number that ends the row before.
        assert not [f for f in facts["table"] if "359,000" in f["text"] and f["type"] == "date"]


@pytest.mark.parametrize("reference", ["9999-12-31", "0001-01-01"])
def test_articles_resolve_at_the_ends_of_the_calendar(reference):
    text = "Title\n\nLast week Oracle said on Friday it would pay $5 million next year.\n"
    result = extract("-", "-f", "json", "--reference-date", reference, input=text)
    assert result.exit_code == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert [f for f in article["facts"] if f["type"] == "money"]


def test_date_arithmetic_stays_in_the_calendar():
    from datetime import date

    from factx.normalize.timex import timex

    assert timex("800000 days ago", anchor=date(2004, 5, 5)) is None
    assert timex("2020 years ago", anchor=date(2020, 1, 1)) is None
    assert timex("next year", anchor=date(9999, 6, 1)) is None
    assert timex("last week", anchor=date(1, 1, 1)) is None
    assert timex("December 31, 9999").interval is None  # its end is past the calendar
    assert timex("three days ago", anchor=date(2020, 1, 10)).value == "2020-01-07"


def test_amounts_past_a_sane_size_are_not_numbers():
    from factx.normalize.numbers import parse_number

    assert parse_number("9" * 31) is None
    assert parse_number("1e400") is None
    assert parse_number("2^99999") is None
    assert parse_number("1,000,000,000,000") == 10**12


def test_a_row_number_is_not_joined_with_the_next_rows_words():
    from factx.normalize.quantities import parse_quantity

    assert parse_quantity("5\nmillion tonnes").value == 5_000_000  # wrapped prose still joins
    assert parse_quantity("359,000\nTonnes") is None


# --- the terminal: nothing from an article controls it -----------------------------------------

MARKUP = "Title [/] [/b] [red]red[/red] [link=http://evil.example]x[/link] :smile:\n\n"
ESCAPES = (
    "\x1b[2J\x1b[H\x1b]0;OWNED\x07\x1b]8;;http://evil.example\x1b\\hidden\x1b]8;;\x1b\\\x9b31m"
)


@pytest.mark.parametrize("command", ["extract", "show", "entities"])
def test_markup_and_escapes_reach_the_terminal_as_plain_text(tmp_path, command):
    body = f"Apple Inc [bold]said[/] {ESCAPES} on Monday it paid $5 million [/b] to Oracle.\n"
    path = tmp_path / "a.txt"
    path.write_text(MARKUP + body, encoding="utf-8")
    result = runner.invoke(app, [command, str(path)], env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert not any(c in out for c in "\x1b\x07\x9b"), repr(out)
    if command != "entities":
        assert "[/b]" in out and "[link=http://evil.example]x[/link]" in out and ":smile:" in out


# --- file names and ids ------------------------------------------------------------------------


def test_file_names_that_are_not_utf8_are_escaped_everywhere(tmp_path):
    name = os.fsdecode(b"name\xff\xfe.txt")
    (tmp_path / name).write_text(GOOD)
    (tmp_path / os.fsdecode(b"bad\xff.txt")).write_text("")
    out = tmp_path / "out.json"
    result = run_factx("extract", str(tmp_path), "-f", "json", "-o", str(out))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "bad\\xff.txt: empty file" in result.stderr
    data = json.loads(out.read_text("utf-8"))
    assert [a["id"] for a in data["articles"]] == ["name\\xff\\xfe"]
    assert data["articles"][0]["path"].endswith("name\\xff\\xfe.txt")
    assert data["errors"][0]["path"].endswith("bad\\xff.txt")


def test_ids_are_unique_whatever_the_file_names(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "a-2.txt", "sub/a.txt", "a-3.md"):
        (tmp_path / name).write_text(GOOD)
    result = extract(str(tmp_path), "-f", "json")
    ids = [a["id"] for a in json.loads(result.stdout)["articles"]]
    assert len(ids) == len(set(ids)) == 4
    golden = tmp_path.parent / "golden"
    result = runner.invoke(app, ["check", str(tmp_path), "--golden", str(golden), "--update"])
    assert result.exit_code == 0 and "wrote 4 golden file(s)" in result.stdout
    assert len(list(golden.glob("*.json"))) == 4


# --- files that are not articles ---------------------------------------------------------------


def test_fifos_and_devices_are_per_file_errors_and_never_read(tmp_path):
    folder = folder_of(tmp_path, {"good.txt": GOOD})
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    result = run_factx("extract", str(folder), str(folder / "fifo.txt"), "-f", "json", timeout=120)
    assert result.returncode == 1
    errors = {Path(e["path"]).name: e["error"] for e in json.loads(result.stdout)["errors"]}
    assert errors == {
        "fifo.txt": "not a regular file: a named pipe (FIFO)",
        "zero.txt": "not a regular file: a character device",
    }
    assert len(json.loads(result.stdout)["articles"]) == 1


def test_files_over_the_size_limit_are_errors(tmp_path):
    folder = folder_of(tmp_path, {"small.txt": GOOD, "big.txt": GOOD * 40})
    result = extract(str(folder), "-f", "json", "--max-bytes", "1000")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [a["id"] for a in data["articles"]] == ["small"]
    assert "too big" in data["errors"][0]["error"]
    result = extract("-", "-f", "json", "--max-bytes", "10", input=GOOD)
    assert result.exit_code == 1 and "too big" in result.stderr


def test_unreadable_folders_are_reported(tmp_path, monkeypatch):
    folder = folder_of(tmp_path, {"good.txt": GOOD})
    (folder / "locked").mkdir()
    (folder / "locked" / "x.txt").write_text(GOOD)
    real = os.scandir

    def scandir(path):  # tests run as root, who may read anything: the refusal is simulated
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = extract(str(folder), "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [a["id"] for a in data["articles"]] == ["good"]
    assert data["errors"] == [
        {"path": str(folder / "locked"), "error": "cannot read this folder: Permission denied"}
    ]


def test_deeply_nested_folders(tmp_path):
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        for _ in range(1100):
            os.mkdir("d")
            os.chdir("d")
        Path("deep.txt").write_text(GOOD)
    finally:
        os.chdir(here)
    try:
        result = extract(str(tmp_path), "-f", "jsonl", "-t", "money")
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["article"] == "deep"
    finally:
        _remove_deep(tmp_path)


def _remove_deep(top: Path) -> None:
    """Remove the nested folders without recursion (shutil.rmtree and pytest's clean-up of old
    temporary folders recurse once per level and would stop at Python's recursion limit)."""
    here = os.getcwd()
    os.chdir(top)
    try:
        depth = 0
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        for name in os.listdir("."):
            os.remove(name)
        for _ in range(depth):
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)


# --- the output path ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "problem"),
    [("folder", "is a folder"), ("missing/out.json", "does not exist"),
     ("input.txt", "is also an input of this run"), ("devlink", "symbolic link")],
)  # fmt: skip
def test_bad_output_paths_stop_the_run_before_it_starts(tmp_path, target, problem):
    (tmp_path / "folder").mkdir()
    (tmp_path / "input.txt").write_text(GOOD)
    (tmp_path / "devlink").symlink_to("/dev/null")
    result = extract(str(tmp_path / "input.txt"), "-o", str(tmp_path / target))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and problem in result.stderr
    assert (tmp_path / "input.txt").read_text() == GOOD
    assert (tmp_path / "devlink").is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["devlink", "folder", "input.txt"]


def test_a_read_only_output_folder_is_a_usage_error(tmp_path, monkeypatch):
    (tmp_path / "input.txt").write_text(GOOD)
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # root may write anywhere
    result = extract(str(tmp_path / "input.txt"), "-o", str(tmp_path / "out.json"))
    assert result.exit_code == 2 and "cannot write in folder" in result.stderr


def test_output_modes_devices_and_links(tmp_path):
    (tmp_path / "input.txt").write_text(GOOD)
    old = os.umask(0o022)
    try:
        new = tmp_path / "new.json"
        assert extract(str(tmp_path / "input.txt"), "-f", "json", "-o", str(new)).exit_code == 0
        assert new.stat().st_mode & 0o777 == 0o644  # what a new file gets, not mkstemp's 0600
        new.chmod(0o640)
        assert extract(str(tmp_path / "input.txt"), "-f", "json", "-o", str(new)).exit_code == 0
        assert new.stat().st_mode & 0o777 == 0o640  # an existing file keeps its mode
        link = tmp_path / "link.json"
        link.symlink_to(new)
        assert extract(str(tmp_path / "input.txt"), "-f", "jsonl", "-o", str(link)).exit_code == 0
        assert link.is_symlink() and json.loads(new.read_text().splitlines()[0])["article"]
        result = extract(str(tmp_path / "input.txt"), "-f", "json", "-o", "/dev/null")
        assert result.exit_code == 0 and Path("/dev/null").is_char_device()
    finally:
        os.umask(old)
    assert not list(tmp_path.glob(".*.tmp"))


# --- signals, models, jobs ---------------------------------------------------------------------


def test_sigterm_stops_workers_and_leaves_no_temporary_file(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(60):
        (inputs / f"a{i:03d}.txt").write_text(SEED.read_text("utf-8"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "factx", "extract", str(inputs), "-f", "jsonl", "-j", "2",
         "-o", str(out)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    children: list[int] = []
    while len(children) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
        children = _children(process.pid)
    assert len(children) >= 2, "the run had started its workers"
    assert list(tmp_path.glob(".out.jsonl.*.tmp"))
    time.sleep(1)  # the workers are busy
    process.send_signal(signal.SIGTERM)
    _, errors = process.communicate(timeout=60)
    assert process.returncode == 143
    assert errors.strip() == "factx: error: terminated"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    # The workers exit on their own once the parent is gone; a loaded machine may take a
    # while to schedule them, so wait for that rather than a fixed half second.
    deadline = time.monotonic() + 30
    while _alive(children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(children)


def _alive(pids: list[int]) -> list[int]:
    return [pid for pid in pids if Path(f"/proc/{pid}").exists()]


def _children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(status.parent.name))
    return found


@pytest.mark.parametrize("model", ["numpy", "json"])
def test_a_module_that_is_not_a_pipeline_is_a_usage_error(model):
    result = extract(str(SEED), env={"FACTX_MODEL": model})
    assert result.exit_code == 2
    assert result.stderr.startswith("factx: error: ") and result.stderr.count("\n") == 1


def test_jobs_are_capped_at_the_articles(tmp_path, monkeypatch):
    import multiprocessing.pool

    sizes = []
    real = multiprocessing.pool.Pool.__init__

    def counting(self, processes=None, *args, **kwargs):
        sizes.append(processes)
        real(self, processes, *args, **kwargs)

    monkeypatch.setattr(multiprocessing.pool.Pool, "__init__", counting)
    folder = folder_of(tmp_path, {"a.txt": GOOD, "b.txt": GOOD})
    result = extract(str(folder), "-f", "jsonl", "--jobs", "1000")
    assert result.exit_code == 0
    assert sizes == [2]
    assert "--jobs 1000 is more than the" in result.stderr


def _work_that_dies(items):
    """A worker's task that kills its own process on an article named "oom", as the kernel
    does to a process that takes too much memory (inherited by the forked workers)."""
    if any("oom" in str(getattr(item, "path", "")) for item in items):
        os.kill(os.getpid(), signal.SIGKILL)
    return _REAL_WORK(items)


def test_a_worker_that_is_killed_costs_its_article_alone(tmp_path, monkeypatch):
    import factx.extractor

    global _REAL_WORK
    _REAL_WORK = factx.extractor._work
    monkeypatch.setattr(factx.extractor, "_work", _work_that_dies)
    names = [f"{i:02d}.txt" for i in range(40)]
    names[21] = "21-oom.txt"
    folder = folder_of(tmp_path, dict.fromkeys(names, GOOD))

    def hung(signum, frame):
        raise TimeoutError("the run hung")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(120)  # multiprocessing.Pool alone waits for the lost task for ever
    try:
        result = extract(str(folder), "-f", "jsonl", "--jobs", "2")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert result.exit_code == 1
    assert "21-oom.txt: the worker process reading it died" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    articles = [json.loads(line)["article"] for line in result.stdout.splitlines()]
    expected = [name.removesuffix(".txt") for name in names if "oom" not in name]
    assert list(dict.fromkeys(articles)) == expected  # every other article, in order


# --- factx check ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "golden",
    ['{"articles": [{"facts": [{"type": "date"}]}]}', '{"articles": [[]]}', "[1, 2]",
     '{"articles": [{"facts": {"a": 1}}]}', "not json"],
)  # fmt: skip
def test_a_golden_of_the_wrong_shape_is_that_articles_problem(tmp_path, golden):
    inputs = folder_of(tmp_path / "in" if (tmp_path / "in").mkdir() is None else tmp_path,
                       {"a.txt": GOOD, "b.txt": GOOD})  # fmt: skip
    goldens = tmp_path / "golden"
    assert runner.invoke(app, ["check", str(inputs), "-g", str(goldens), "--update"]).exit_code == 0
    (goldens / "a.json").write_text(golden)
    result = runner.invoke(app, ["check", str(inputs), "-g", str(goldens)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "a.json: not a golden fact file" in result.stderr
    assert "1 article(s) checked, 0 differ, 1 failed" in result.stdout


def test_check_update_that_cannot_write_leaves_no_temporary_file(tmp_path):
    inputs = folder_of(tmp_path, {"a.txt": GOOD, "b.txt": GOOD})
    goldens = tmp_path / "golden"
    goldens.mkdir()
    (goldens / "a.json").mkdir()  # a folder where the golden file should go
    result = runner.invoke(app, ["check", str(inputs), "-g", str(goldens), "--update"])
    assert result.exit_code == 1
    assert "a.json: cannot write golden file" in result.stderr
    assert sorted(p.name for p in goldens.iterdir()) == ["a.json", "b.json"]
