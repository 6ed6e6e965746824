"""Bad input never costs a user their run: one line per bad file, the rest processed."""

from __future__ import annotations

import codecs
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factx import articles
from factx.cli import app
from factx.errors import FactxError
from factx.render.csv import cell

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def extract(*args, input=None):
    return runner.invoke(app, ["extract", *args], input=input)


def factx(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "factx", *args], cwd=ROOT, **kwargs)


def test_encodings_and_line_endings_keep_true_offsets(tmp_path):
    body = "Title\r\n\r\nApple paid $5 million on March 3, 2020.\r\n"
    files = {
        "crlf.txt": body.encode("utf-8"),
        "cr.txt": body.replace("\r\n", "\r").encode("utf-8"),
        "bom8.txt": codecs.BOM_UTF8 + body.encode("utf-8"),
        "bom16.txt": body.encode("utf-16"),
        "latin.txt": "Title\n\nIt paid £600m on March 3, 2020.\n".encode("cp1252"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = extract(str(tmp_path), "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    encodings = {a["id"]: a["encoding"] for a in data["articles"]}
    assert encodings == {
        "bom16": "utf-16", "bom8": "utf-8-sig", "cr": "utf-8", "crlf": "utf-8", "latin": "cp1252",
    }  # fmt: skip
    for article in data["articles"]:
        text, _ = articles.decode((tmp_path / f"{article['id']}.txt").read_bytes(), "x")
        money = [f for f in article["facts"] if f["type"] == "money"]
        assert len(money) == 1
        for fact in article["facts"]:
            assert text[fact["start"] : fact["end"]] == fact["text"]
    assert "latin.txt: not valid UTF-8; read as cp1252" in result.stderr


def test_every_bad_input_is_one_line_and_the_run_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("  \n\n\t\n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "odd name\nwith é.txt").write_text("Title\n\nOracle said it paid $5.\n")
    empty_folder = tmp_path / "none"
    empty_folder.mkdir()
    result = extract(str(tmp_path), str(empty_folder), str(tmp_path / "missing.txt"), "-f", "json")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    data = json.loads(result.stdout)
    assert [a["id"] for a in data["articles"]] == ["odd name\nwith é"]
    problems = {Path(e["path"]).name: e["error"] for e in data["errors"]}
    assert set(problems) == {
        "empty.txt",
        "blank.txt",
        "image.txt",
        "broken.txt",
        "none",
        "missing.txt",
    }
    lines = result.stderr.splitlines()
    assert len(lines) == len(problems) and all(line.startswith("factx: error: ") for line in lines)


def test_unreadable_file(monkeypatch, tmp_path):
    # Tests run as root, which may read anything, so the refusal is simulated.
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    (tmp_path / "x.txt").write_text("Title\n\nText.\n")
    monkeypatch.setattr(articles.os, "open", refuse)
    with pytest.raises(FactxError, match="permission denied"):
        articles.read_article(str(tmp_path / "x.txt"), "x")


def test_empty_stdin():
    result = extract("-", "-f", "json", input="")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["errors"] == [{"path": "-", "error": "empty file (no text)"}]


def test_many_small_files_and_a_long_line(tmp_path):
    for i in range(300):
        (tmp_path / f"a{i:04d}.txt").write_text(f"Title {i}\n\nIt rose {i}% in 2020.\n")
    (tmp_path / "long.txt").write_text("Title\n\n" + "The firm paid $5 million. " * 4000)
    result = extract(str(tmp_path), "-f", "jsonl", "-t", "percent,money")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert sum(1 for f in lines if f["type"] == "percent") == 300
    assert sum(1 for f in lines if f["article"] == "long") == 4000


def test_stdout_closed_early_exits_quietly():
    command = f"{sys.executable} -m factx extract seeds seeds seeds -f jsonl | head -1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert json.loads(result.stdout)["article"] == "000_aea6d10489ff8031"


def test_ctrl_c_leaves_valid_json_lines(tmp_path):
    # Enough articles that the run cannot end in the 0.2 s before the signal, even when the
    # machine is busy and this process's sleep runs long (400 once could).
    count = 2000
    for i in range(count):
        (tmp_path / f"a{i:04d}.txt").write_text(f"Title\n\nOn May {i % 28 + 1}, 2020 it paid $5.\n")
    # Ctrl-C as a terminal sends it: to a process that listens. A shell starts a background
    # job with SIGINT ignored, and the child inherits that (Python then installs no handler
    # of its own), so a test run started with "&" would see the run go on to its end.
    process = subprocess.Popen(
        [sys.executable, "-m", "factx", "extract", str(tmp_path), "-f", "jsonl"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    assert process.stdout is not None
    first = process.stdout.readline()
    time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    # read through the same buffered stream: communicate() would skip what readline() buffered
    assert process.stderr is not None
    rest = process.stdout.read()
    errors = process.stderr.read()
    assert process.wait(timeout=60) == 130
    assert "Traceback" not in errors and "interrupted" in errors
    lines = (first + rest).splitlines()
    assert 0 < len(lines) < 2 * count  # a date and a money fact each: cut short
    assert all(json.loads(line)["article"] for line in lines)


def test_same_bytes_whatever_the_hash_seed():
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = factx("extract", "seeds", "-f", "json", capture_output=True, env=env, check=True)
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_output_file_is_never_half_written(tmp_path):
    out = tmp_path / "facts.json"
    out.write_text("previous")
    result = extract(
        str(tmp_path / "missing"), "-f", "json", "--output", str(out), "--model", "nope_x"
    )
    assert result.exit_code == 2
    assert out.read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.json"]


def test_json_escapes_control_characters(tmp_path):
    (tmp_path / "ctl.txt").write_text('Title "quoted"\n\nIt paid $5\x07 and \\ more\x1b.\n')
    result = extract(str(tmp_path), "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["articles"][0]["title"] == 'Title "quoted"'


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("+1", "'+1"), ("@x", "'@x"), ("-2+3", "'-2+3"),
     ("plain", "plain"), (-5, -5), (None, ""), (True, "true"), (["a"], '["a"]')],
)  # fmt: skip
def test_csv_cells_are_safe_from_formulas(value, expected):
    assert cell(value) == expected


def test_csv_output():
    result = extract("seeds/003_e57c875faf2c8ede.txt", "-f", "csv", "-t", "money")
    rows = result.stdout.splitlines()
    assert rows[0].startswith("article,id,type,text,start,end")
    assert len(rows) == 2 and ",$277M,1863,1868," in rows[1]


def test_a_huge_article_never_holds_all_its_docs(extractor, monkeypatch):
    """Memory stays bounded: each paragraph's Doc is read and dropped, not kept to the end."""
    import gc

    from spacy.tokens import Doc

    from factx import extractor as module

    paragraph = "Oracle said on Monday that sales rose 5% to $3 billion in Austin, Texas."
    text = "Headline\n\n" + "\n\n".join([paragraph] * 400)
    alive_at_assembly = []
    assemble = module.assemble

    def counting(*args, **kwargs):
        gc.collect()
        alive_at_assembly.append(sum(isinstance(o, Doc) for o in gc.get_objects()))
        return assemble(*args, **kwargs)

    monkeypatch.setattr(module, "assemble", counting)
    record = extractor.extract_text(text)
    assert alive_at_assembly and alive_at_assembly[0] <= 2 * extractor.batch_size
    # The facts of every paragraph are still all there, with true offsets.
    money = [f for f in record.facts if f.type == "money"]
    assert len(money) == 400
    assert all(text[f.start : f.end] == "$3 billion" for f in money)
    oracle = next(f for f in record.facts if f.type == "entity" and f.name == "Oracle")
    assert len(oracle.mentions) == 400
