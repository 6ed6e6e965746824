"""JSON Lines archives in partitioned runs: planned line by line with the serial run's ids,
each partition read from the bytes of its own lines, and the partitions joined equal to
`factx extract --format jsonl` with the same reading options (run in this process; the runs
on a cluster are in test_scale.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from archives import write_archives
from typer.testing import CliRunner

from factx.cli import app
from factx.errors import FactxError
from factx.run import articles
from factx.scale.plan import Settings, plan
from factx.scale.work import extract_partition


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_archives(tmp_path_factory.mktemp("archives") / "in")


def serial_jsonl(corpus: Path, *options: str) -> str:
    result = CliRunner().invoke(app, ["extract", str(corpus), "-f", "jsonl", *options])
    assert result.exit_code == 1, result.output  # the lines that are not articles
    assert result.stdout.count("\n") > 10  # facts of several articles
    return result.stdout


def joined(corpus: Path, settings: Settings, size: int) -> str:
    return "".join(
        extract_partition(p.sources, settings).text
        for p in plan([str(corpus)], settings, size).partitions
    )


def test_the_plan_names_articles_and_bad_lines_as_the_serial_run(corpus):
    settings = Settings()
    planned = plan([str(corpus)], settings, size=4)
    serial = list(articles([str(corpus)], settings.globs, None))
    sources = [s for p in planned.partitions for s in p.sources]
    assert [s.id for s in sources] == [a.id for a in serial if not isinstance(a, FactxError)]
    assert [s.id for s in sources] == [
        "wire-1", "a-mixed", "wire-1-2", "a-mixed-2", "a-mixed-3", "b-note", "wire-1-3",
        "c-legacy", "d-wide", "wide", "e-bom", "e-bom-2", "e-bom-3",
    ]  # fmt: skip
    problems = [(e.path, e.message) for e in serial if isinstance(e, FactxError)]
    assert [(e.path, e.error) for e in planned.errors] == problems
    assert [Path(p).name for p, _ in problems] == [
        "a-mixed.jsonl:4", "a-mixed.jsonl:7", "f-blank.jsonl",
    ]  # fmt: skip
    # (line 6 holds a raw U+2028 in its text: one article, as JSON Lines counts lines)
    assert [len(p.sources) for p in planned.partitions] == [4, 4, 4, 1]


def test_each_planned_line_is_its_bytes_in_the_file(corpus):
    for source in (s for p in plan([str(corpus)], Settings(), 50).partitions for s in p.sources):
        archive = source.archive
        if archive is None or archive.codec is None:
            continue
        line = Path(source.path).read_bytes()[source.start : source.end].decode(archive.codec)
        assert line.startswith("{") and line.endswith("}"), (source, line)
    codecs = {Path(s.path).name: s.archive and s.archive.codec for s in plan([str(corpus)],
              Settings(), 50).partitions[0].sources}  # fmt: skip
    assert codecs == {
        "a-mixed.jsonl": "utf-8", "b-note.txt": None, "c-legacy.jsonl": "cp1252",
        "d-wide.jsonl": "utf-16-le", "e-bom.jsonl": None,  # the whole file: a byte is not UTF-8
    }  # fmt: skip


@pytest.mark.parametrize(
    "options",
    [(), ("--no-title",), ("--input-format", "jsonl"), ("--input-format", "text", "--no-title")],
)
def test_partitions_joined_are_the_serial_jsonl(corpus, options):
    settings = Settings(
        input_format=options[options.index("--input-format") + 1]
        if "--input-format" in options
        else None,
        titled="--no-title" not in options,
    )
    assert joined(corpus, settings, size=3) == serial_jsonl(corpus, *options)


def test_a_worker_reads_only_the_bytes_of_its_lines(tmp_path):
    corpus = write_archives(tmp_path / "in")
    serial = serial_jsonl(corpus)
    planned = plan([str(corpus)], Settings(), size=2)
    first, second = planned.partitions[0].sources
    assert (first.line, second.line) == (1, 2)  # both in a-mixed.jsonl
    archive = corpus / "a-mixed.jsonl"
    data = bytearray(archive.read_bytes())
    data[second.end + 2 :] = b"x" * (len(data) - second.end - 2)  # same size, other lines spoilt
    archive.write_bytes(bytes(data))
    done = extract_partition(planned.partitions[0].sources, Settings())
    assert done.text and serial.startswith(done.text)
    assert [s.error for s in done.statuses] == [None, None]


def test_an_archive_changed_since_the_plan_is_an_error_of_its_lines(tmp_path):
    corpus = write_archives(tmp_path / "in")
    planned = plan([str(corpus)], Settings(), size=2)
    with (corpus / "a-mixed.jsonl").open("ab") as archive:
        archive.write(b'{"text": "One more line."}\n')
    done = extract_partition(planned.partitions[0].sources, Settings())
    assert done.text == ""
    assert [(s.where[-len("a-mixed.jsonl:1") :], s.error) for s in done.statuses] == [
        ("a-mixed.jsonl:1", "changed since the run was planned; run again into a new folder"),
        ("a-mixed.jsonl:2", "changed since the run was planned; run again into a new folder"),
    ]
