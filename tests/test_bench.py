"""The helpers of the benchmark: fast, no model, no shared data."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factx import bench
from factx.bench import Bench, Run, Target


def write_articles(root: Path) -> None:
    (root / "business").mkdir(parents=True)
    (root / "sport").mkdir()
    (root / "business" / "001.txt").write_text("Shares rose 5% on Monday.\n", encoding="utf-8")
    (root / "business" / "002.txt").write_bytes("Caf\xe9 chain sold\n\nfor £3m".encode("cp1252"))
    (root / "sport" / "001.txt").write_text("Arsenal  won.", encoding="utf-8")
    (root / "README.TXT").write_text("not an article", encoding="utf-8")


def test_count_words_splits_on_any_whitespace() -> None:
    assert bench.count_words("a  b\nc\td ") == 4
    assert bench.count_words("") == 0
    assert bench.count_words(" \n ") == 0


def test_read_text_falls_back_to_cp1252(tmp_path: Path) -> None:
    utf8 = tmp_path / "a.txt"
    utf8.write_text("café £3", encoding="utf-8")
    latin = tmp_path / "b.txt"
    latin.write_bytes("café £3".encode("cp1252"))
    assert bench.read_text(utf8) == ("café £3", "utf-8")
    assert bench.read_text(latin) == ("café £3", "cp1252")


def test_find_articles_flattens_names_and_skips_other_files(tmp_path: Path) -> None:
    write_articles(tmp_path)
    articles = bench.find_articles(tmp_path)
    assert [a.name for a in articles] == ["business_001.txt", "business_002.txt", "sport_001.txt"]
    assert [a.words for a in articles] == [5, 5, 2]
    assert all(a.path.is_absolute() for a in articles)
    assert bench.total_words(articles) == 12


def test_build_corpus_repeats_with_distinct_names(tmp_path: Path) -> None:
    write_articles(tmp_path / "src")
    articles = bench.find_articles(tmp_path / "src")
    corpus = bench.build_corpus(articles, tmp_path / "x3", copies=3)
    files = sorted(corpus.iterdir())
    assert len(files) == 9
    assert len({f.stem for f in files}) == 9
    assert all(f.is_symlink() for f in files)
    assert sorted({f.resolve() for f in files}) == sorted(a.path for a in articles)
    once = bench.build_corpus(articles, tmp_path / "x1")
    assert sorted(f.name for f in once.iterdir()) == [a.name for a in articles]


def test_build_huge_joins_every_article_into_one_file(tmp_path: Path) -> None:
    write_articles(tmp_path / "src")
    articles = bench.find_articles(tmp_path / "src")
    folder = bench.build_huge(articles, tmp_path / "huge")
    [huge] = folder.iterdir()
    text = huge.read_text("utf-8")
    assert text == (
        "One huge article\n\nShares rose 5% on Monday.\n\nCafé chain sold\n\nfor £3m"
        "\n\nArsenal  won."
    )


def test_build_paragraph_joins_every_article_into_one_paragraph(tmp_path: Path) -> None:
    write_articles(tmp_path / "src")
    articles = bench.find_articles(tmp_path / "src")
    [paragraph] = bench.build_paragraph(articles, tmp_path / "paragraph").iterdir()
    assert paragraph.read_text("utf-8") == (
        "One huge paragraph\n\nShares rose 5% on Monday. Café chain sold for £3m Arsenal won."
    )


def test_build_sized_writes_the_same_text_as_one_article_and_as_many(tmp_path: Path) -> None:
    write_articles(tmp_path / "src")
    articles = bench.find_articles(tmp_path / "src")
    # 100 bytes takes the three articles and then the first two again: the corpus repeats.
    one, many = bench.build_sized(articles, 100 / 1e6, tmp_path / "sized")
    [huge] = one.iterdir()
    parts = [f.read_text("utf-8") for f in sorted(many.iterdir())]
    assert len(parts) == 5 and parts[3] == parts[0] == "Shares rose 5% on Monday."
    assert huge.read_text("utf-8") == "One huge article\n\n" + "\n\n".join(parts)
    assert (
        sum(len(p.encode()) + 2 for p in parts[:-1])
        < 100
        <= sum(len(p.encode()) + 2 for p in parts)
    )


def test_workspace_is_removed_on_error(tmp_path: Path) -> None:
    write_articles(tmp_path / "src")
    articles = bench.find_articles(tmp_path / "src")
    kept: list[Path] = []
    with pytest.raises(RuntimeError), bench.workspace() as tmp:
        kept.append(tmp)
        bench.build_corpus(articles, tmp / "c", copies=2)
        raise RuntimeError
    assert not kept[0].exists()


def test_run_measured_reports_time_rss_and_exit() -> None:
    # Measured from a fresh interpreter: on Linux a child's peak RSS includes the peak of the
    # process it was forked from, and this test process may hold a loaded model by now.
    script = textwrap.dedent(
        """
        import json, sys
        from factx import bench
        small = bench.run_measured("small", [sys.executable, "-c", "print('hi')"])
        big = bench.run_measured(
            "big", [sys.executable, "-c", "x = b'x' * (200 * 2**20); print(len(x))"]
        )
        failed = bench.run_measured(
            "failed", [sys.executable, "-c", "import sys; sys.exit('broken input')"]
        )
        after = bench.run_measured("small again", [sys.executable, "-c", "pass"])
        print(json.dumps([[r.ok, r.stdout, r.seconds, r.max_rss_mib, r.returncode, r.stderr_tail]
                          for r in (small, big, failed, after)]))
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    small, big, failed, after = json.loads(out.stdout.strip().splitlines()[-1])
    assert small[0] and small[1].strip() == "hi" and small[2] > 0
    assert 1 < small[3] < 150
    # The figure belongs to each child alone: the small run after the big one stays small.
    assert big[3] > 200 > after[3]
    assert not failed[0] and failed[4] == 1
    assert "broken input" in failed[5]


def test_last_json_line_skips_other_output() -> None:
    assert bench.last_json_line('warning\n{"a": 1}\n\n') == {"a": 1}
    with pytest.raises(ValueError):
        bench.last_json_line("nothing here")


def test_python_call_runs_a_function_of_the_module() -> None:
    argv = bench.python_call("count_words", "two words")
    assert argv[0] == sys.executable
    run = bench.run_measured("call", argv)
    assert run.ok, run.stderr_tail


@pytest.mark.parametrize(
    ("value", "op", "bound", "status"),
    [
        (0.9, ">=", 0.8, "PASS"),
        (0.8, ">=", 0.8, "PASS"),
        (0.79, ">=", 0.8, "FAIL"),
        (1.1, "<=", 1.2, "PASS"),
        (1.3, "<=", 1.2, "FAIL"),
        (9.0, "~", 10, "PASS"),
        (11.4, "~", 10, "PASS"),
        (7.0, "~", 10, "FAIL"),
        (12.0, "~", 10, "FAIL"),
        (None, ">=", 0.8, "FAIL"),
    ],
)
def test_target_status(value: float | None, op: str, bound: float, status: str) -> None:
    target = Target("figure", value, op, bound)  # type: ignore[arg-type]
    assert target.status == status
    assert target.line().startswith(status)


def test_target_line_shows_figure_bound_and_note() -> None:
    line = Target("jobs speed-up", 1.734, ">=", 1.6, note="(2 CPUs)").line()
    assert "PASS" in line and "1.73" in line and ">= 1.6" in line and line.endswith("(2 CPUs)")
    assert "±15%" in Target("linearity", 9.5, "~", 10).line()
    assert "n/a" in Target("missing", None, "<=", 0.3).line()


def test_ratio_and_rate() -> None:
    assert bench.ratio(3.0, 2.0) == 1.5
    assert bench.ratio(None, 2.0) is None
    assert bench.ratio(1.0, 0.0) is None
    ok = Run("r", ["x"], 2.0, 1.0, 10.0, 0, "", "")
    failed = Run("r", ["x"], 2.0, 1.0, 10.0, 1, "", "")
    assert bench.rate(1000, ok) == 500
    assert bench.rate(1000, failed) is None
    assert bench.fmt_rate(1234.4) == "1,234 words/s"
    assert bench.fmt_rate(None) == "failed"


def test_date_share_counts_nested_date_calls_once() -> None:
    timex = ("/repo/factx/normalize/timex.py", 10, "timex")
    helper = ("/repo/factx/normalize/timex.py", 50, "_parse")
    parser = ("/venv/site-packages/dateparser/date.py", 1, "parse")
    extract = ("/repo/factx/extract/dates.py", 5, "dates")
    other = ("/repo/factx/extract/money.py", 5, "money")
    stats = {
        # (cc, nc, tottime, cumtime, callers -> (cc, nc, tottime, cumtime) of the edge)
        extract: (1, 1, 1.0, 4.0, {}),
        timex: (3, 3, 0.5, 3.0, {extract: (3, 3, 0.5, 3.0)}),
        helper: (3, 3, 0.5, 2.5, {timex: (3, 3, 0.5, 2.5)}),
        parser: (4, 4, 2.0, 2.0, {helper: (2, 2, 1.0, 1.0), other: (2, 2, 1.0, 1.0)}),
        other: (1, 1, 6.0, 7.0, {}),
    }
    inside, total, seen = bench.date_share(stats)
    # 3.0 entered through timex(), 1.0 through dateparser directly from money.
    assert inside == pytest.approx(4.0)
    assert total == pytest.approx(10.0)
    assert seen
    _, _, seen = bench.date_share({other: stats[other]})
    assert not seen


def test_is_date_code() -> None:
    assert bench.is_date_code("/work/main/factx/normalize/timex.py")
    assert bench.is_date_code("/venv/lib/python3.11/site-packages/dateparser/search/search.py")
    assert not bench.is_date_code("/work/main/factx/extract/dates.py")
    assert not bench.is_date_code("<built-in method time.perf_counter>")


def test_shorten_hides_the_temp_folder(tmp_path: Path) -> None:
    line = bench.shorten(["python", "-m", "factx", "extract", str(tmp_path / "base")], tmp_path)
    assert line == "python -m factx extract '<tmp>/base'"


def test_json_of_a_run_has_no_stdout() -> None:
    run = Run("r", ["x"], 1.0, 1.0, 2.0, 0, "long help text", "")
    assert "stdout" not in json.loads(json.dumps(run.summary()))


FAKE_FACTX = """
import sys
from pathlib import Path
args = sys.argv[1:]
if args[0] != "extract":
    print("usage: factx" if args[0] == "--help" else "factx 0.0")
    raise SystemExit(0)
files = sorted(Path(args[1]).glob("*.txt"))
Path(args[args.index("--output") + 1]).write_text("".join(f"{f.stem}\\n" for f in files))
"""

FAKE_WORKERS = {
    "raw_worker": {
        "words": 12,
        "pipe_s": 0.5,
        "import_s": 0.1,
        "load_s": 0.1,
        "model": "m",
        "model_version": "1",
        "components": ["ner"],
        "disabled": [],
        "batch_size": 8,
        "spacy_version": "3.8",
    },
    "raw_pair_worker": {"processes": 2, "exit_codes": [0, 0]},
    "import_probe": bench.PROBE_MARKER + "[]",
    "profile_worker": {
        "articles": 3,
        "records": 3,
        "date_s": 0.1,
        "total_s": 2.0,
        "seen_timex": True,
    },
}


def fake_call(function: str, *args: str) -> list[str]:
    out = FAKE_WORKERS[function]
    text = out if isinstance(out, str) else json.dumps(out)
    return [sys.executable, "-c", f"print({text!r})"]


def test_measure_and_report_with_a_fake_factx(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_articles(tmp_path / "src")
    script = tmp_path / "fake_factx.py"
    script.write_text(FAKE_FACTX, encoding="utf-8")
    monkeypatch.setattr(bench, "factx_argv", lambda *a: [sys.executable, str(script), *a])
    monkeypatch.setattr(bench, "python_call", fake_call)
    monkeypatch.setattr(bench, "SIZES_MB", {"quick": (100 / 1e6,)})
    with bench.workspace() as tmp:
        b = Bench("quick", bench.find_articles(tmp_path / "src"), tmp, None, lambda _: None)
        m = bench.measure(b)
        checks = bench.targets(m)
        text = bench.report("quick", tmp_path, bench.environment(), m, checks, b.runs, tmp, 1.0)
    assert str(tmp) not in text
    assert m["single"]["output_lines"] == 3
    assert m["linearity"]["output_lines_nx"] == 3 * bench.SCALE["quick"]
    assert m["startup"]["--help"]["heavy_imports"] == []
    assert m["huge"]["output_lines"] == 1  # the fake writes a line per file: one file
    # The huge runs are read against a run of the articles taken right before them.
    labels_all = [run.label for run in b.runs]
    beside_at = labels_all.index("factx as articles, beside the huge runs")
    assert labels_all[beside_at + 1] == "factx one huge article"
    assert m["beside"]["seconds"] is not None
    assert "(against the best of the turns" in text
    assert "8. one huge article" in text
    assert m["paragraph"]["output_lines"] == 1
    assert "9. one huge paragraph" in text
    [size] = m["sizes"]
    assert size["articles"] == 5 and size["ratio"] is not None
    assert "10.  0.0 MB" in text and "CPU/MB, one 0.0 MB article / as articles" in text
    assert [t.status for t in checks][-2:] == ["PASS", "PASS"]
    assert "factx benchmark (quick): 3 articles, 12 words" in text
    assert "date normalization 0.10 s of 2.00 s" in text
    assert "EXIT" not in text
    # The compared runs took turns, three of each, and the best of each counts.
    labels = [run.label for run in b.runs[: 5 * bench.THROUGHPUT_TURNS]]
    turn = [
        "raw spaCy",
        "raw spaCy, factx's matrix settings",
        "factx single",
        "factx --jobs 2",
        "raw spaCy, two processes",
    ]
    assert labels == turn * bench.THROUGHPUT_TURNS
    assert m["raw"]["turns"] == bench.THROUGHPUT_TURNS
    # The raw model is also measured with factx's matrix settings, so the report can tell
    # factx's own work from that setting.
    assert m["raw_factx_ops"]["turns"] == bench.THROUGHPUT_TURNS
    assert "raw spaCy with factx's matrix settings" in text
    assert "against the raw model with factx's matrix settings" in text
    # --jobs 2 is read beside what two processes of the raw model gain on the machine.
    assert m["raw_pair"]["ceiling"] is not None
    assert "the machine's ceiling: " in text
    # The memory step from few articles to many is read beside the bare model's own.
    assert m["memory"]["raw_small_mib"] is not None and m["memory"]["raw_large_mib"] is not None
    assert "raw spaCy, factx's matrix settings, " in " ".join(labels_all)
    assert "(the raw model with factx's matrix settings: " in text


def test_halves_share_the_characters_out() -> None:
    texts = ["a" * 10, "b" * 10, "c" * 5, "d" * 5, "e" * 20]
    first, second = bench.halves(texts)
    assert [*first, *second] == texts
    assert sum(map(len, first)) == 25 and sum(map(len, second)) == 25
    assert bench.halves([]) == [[], []]
    assert bench.halves(["one"]) == [["one"], []]


def test_best_run_is_the_cheapest_that_ended_well() -> None:
    runs = [
        Run("a", ["x"], 3.0, 1.0, 1.0, 2, "", ""),  # cheapest, but failed
        Run("b", ["x"], 5.0, 4.0, 1.0, 0, "", ""),
        Run("c", ["x"], 4.0, 3.0, 1.0, 0, "", ""),
    ]
    assert bench._best(runs, lambda run: run.cpu_seconds).label == "c"
    pairs = [(run, 7) for run in runs]
    assert bench._best(pairs, lambda pair: pair[0].seconds)[0].label == "c"
    assert bench._best(runs[:1], lambda run: run.cpu_seconds).label == "a"  # all failed


def test_report_of_failed_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_articles(tmp_path / "src")
    fail = [sys.executable, "-c", "raise SystemExit(2)"]
    monkeypatch.setattr(bench, "factx_argv", lambda *a: fail)
    monkeypatch.setattr(bench, "python_call", lambda *a: fail)
    monkeypatch.setattr(bench, "SIZES_MB", {"full": (100 / 1e6,)})
    with bench.workspace() as tmp:
        b = Bench("full", bench.find_articles(tmp_path / "src"), tmp, None, lambda _: None)
        m = bench.measure(b)
        checks = bench.targets(m)
        text = bench.report("full", tmp_path, bench.environment(), m, checks, b.runs, tmp, 1.0)
    assert all(t.status == "FAIL" for t in checks)
    assert "2. factx single       failed" in text
    assert "EXIT 2" in text


def test_changed_files_sees_edits_but_not_the_bench(tmp_path: Path) -> None:
    (tmp_path / "cli.py").write_text("x = 1\n")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "units.json").write_text("{}")
    (tmp_path / "bench.py").write_text("y = 1\n")
    before = bench.source_digests(tmp_path)
    (tmp_path / "bench.py").write_text("y = 2\n")
    assert bench.changed_files(before, bench.source_digests(tmp_path)) == []
    (tmp_path / "cli.py").write_text("x = 2\n")
    (tmp_path / "new.py").write_text("")
    (tmp_path / "data" / "units.json").unlink()
    after = bench.source_digests(tmp_path)
    assert bench.changed_files(before, after) == ["cli.py", "data/units.json", "new.py"]


def test_precompile_writes_the_bytecode_a_child_process_then_reads(tmp_path: Path) -> None:
    # The raw model's spaCy is byte-compiled in site-packages; factx from a checkout is only
    # when the bench compiles it (PYTHONDONTWRITEBYTECODE keeps runs from writing it).
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "mod.py").write_text("x = 1\n")
    (package / "sub" / "inner.py").write_text("y = 2\n")
    assert bench.precompile(package)
    compiled = sorted(p.name.split(".")[0] for p in package.rglob("*.pyc"))
    assert compiled == ["inner", "mod"]
    (package / "broken.py").write_text("def (:\n")
    assert not bench.precompile(package)


def test_sizes_alone_runs_only_step_ten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path / "src")
    script = tmp_path / "fake_factx.py"
    script.write_text(FAKE_FACTX, encoding="utf-8")
    monkeypatch.setattr(bench, "factx_argv", lambda *a: [sys.executable, str(script), *a])
    out = tmp_path / "sizes.json"
    # 100 and 200 bytes: three articles, then five of them.
    code = bench.main(
        ["--data", str(tmp_path / "src"), "--sizes", "0.0001,0.0002", "--json", str(out)]
    )
    text = capsys.readouterr().out
    assert code == 0
    assert text.count("CPU/MB, one 0.0 MB article / as articles") == 2
    assert "raw spaCy" not in text and "1. " not in text
    sizes = json.loads(out.read_text())["measurements"]["sizes"]
    assert [size["articles"] for size in sizes] == [5, 9]


@pytest.mark.parametrize("value", ["", "0", "2,-1", "two", "2,,8"])
def test_sizes_must_be_megabytes_above_zero(value: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="expected sizes in MB"):
        bench.megabyte_list(value)
    assert bench.megabyte_list("2,8") == (2.0, 8.0)
