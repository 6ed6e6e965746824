"""The Python API and the spaCy components, each compared with what the CLI prints."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from spacy.tokens import Doc

import factx
from factx.articles import split_paragraphs

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
REFERENCE = "2023-06-20"
SPAN_KINDS = {
    "factx_dates": "date",
    "factx_money": "money",
    "factx_percent": "percent",
    "factx_quantities": "quantity",
}


def text_of(path: Path) -> str:
    return path.read_bytes().decode("utf-8")  # not read_text: its newline translation moves offsets


@pytest.fixture(scope="module")
def cli_json() -> dict:
    """The CLI's JSON of the seeds, from a process of its own."""
    command = [sys.executable, "-m", "factx", "extract", "seeds", "--format", "json"]
    result = subprocess.run(
        [*command, "--reference-date", REFERENCE], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_extract_is_the_cli_article(cli_json):
    assert len(cli_json["articles"]) == len(SEEDS) >= 2
    for path, article in zip(SEEDS, cli_json["articles"], strict=True):
        record = factx.extract(
            text_of(path),
            reference_date=REFERENCE,
            article_id=path.stem,
            path=str(path.relative_to(ROOT)),
        )
        assert record.model_dump() == article
        assert json.loads(record.model_dump_json()) == article


def test_extract_without_a_date_is_the_run_record(seed_records):
    path = ROOT / "seeds" / "003_e57c875faf2c8ede.txt"
    record = factx.extract(text_of(path), article_id=path.stem, path="seeds/" + path.name)
    assert (
        record.model_dump()
        == seed_records[path.stem].model_copy(update={"path": "seeds/" + path.name}).model_dump()
    )


# Runs in a new interpreter, so that nothing imported factx before spaCy made the pipeline:
# the factories can only come from the package's entry points. First factx_dates alone, then
# with the other three.
SPAN_SCRIPT = """
import json, sys
import spacy
assert not any(name.split(".")[0] == "factx" for name in sys.modules)
model, reference = sys.argv[1:]
texts = json.load(sys.stdin)
nlp = spacy.load(model)
def values(added, paragraphs):
    for name in added:
        nlp.add_pipe(name, config={"reference_date": reference})
    found = []
    for offset, text in paragraphs:
        doc = nlp(text)
        for key in [name for name in nlp.pipe_names if name.startswith("factx_")]:
            for span in doc.spans[key]:
                if span._.factx is not None:
                    value = span._.factx.model_dump()
                    found.append([offset, span.start_char, span.end_char, value])
    return found
alone = values(["factx_dates"], texts["alone"])
print(json.dumps({"alone": alone, "all": values(texts["rest"], texts["paragraphs"])}))
"""
DATES = [(0, "The deal was signed on June 9, 2021, 45 days ago.")]


@pytest.fixture(scope="module")
def fresh_pipeline(cli_json) -> tuple[dict, list]:
    """What the span components give in a new process, and what the CLI gave for the same
    paragraphs (offsets moved into one text of all seeds)."""
    paragraphs, expected = [], []
    for path, article in zip(SEEDS, cli_json["articles"], strict=True):
        text = text_of(path)
        base = len("".join(text_of(p) for p in SEEDS[: SEEDS.index(path)]))
        paragraphs += [(base + p.start, text[p.start : p.end]) for p in split_paragraphs(text)]
        expected += [
            as_in_article(base, fact)
            for fact in article["facts"]
            if fact["type"] in SPAN_KINDS.values()
        ]
    texts = {"alone": DATES, "rest": list(SPAN_KINDS)[1:], "paragraphs": paragraphs}
    result = subprocess.run(
        [sys.executable, "-c", SPAN_SCRIPT, factx.load().model.name, REFERENCE],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), expected


def as_in_article(offset: int, value: dict) -> dict:
    """A span's record with its offsets moved into the article; without what only the article
    knows (the fact id, sentence and paragraph indexes, the zone)."""
    moved = {**value, "start": value["start"] + offset, "end": value["end"] + offset}
    return {k: v for k, v in moved.items() if k not in ("id", "sentence", "paragraph", "zone")}


def test_span_components_after_install_give_the_cli_values(fresh_pipeline):
    """Each paragraph of each seed through spacy.load + add_pipe, in a fresh process."""
    found, expected = fresh_pipeline
    values = sorted(
        (as_in_article(offset, value) for offset, _, _, value in found["all"]),
        key=lambda v: (v["start"], v["type"]),
    )
    assert {v["type"] for v in values} == set(SPAN_KINDS.values())
    assert values == sorted(expected, key=lambda v: (v["start"], v["type"]))
    # The span's own offsets are those of its record.
    assert all((s, e) == (v["start"], v["end"]) for _, s, e, v in found["all"])


def test_dates_alone_in_a_fresh_pipeline(fresh_pipeline):
    found, _ = fresh_pipeline
    assert [(v["text"], v["value"], v["timex_type"]) for _, _, _, v in found["alone"]] == [
        ("June 9, 2021", "2021-06-09", "DATE"),
        ("45 days ago", "2023-05-06", "DATE"),
    ]


def test_facts_component_is_extract():
    import spacy

    nlp = spacy.load(factx.load().model.name)
    nlp.add_pipe("factx_facts", config={"reference_date": REFERENCE})
    text = text_of(SEEDS[1])
    doc = nlp(text)
    record = factx.extract(text, reference_date=REFERENCE, article_id="doc")
    assert doc._.factx_record == record
    assert doc._.facts == record.facts and any(f.type == "claim" for f in doc._.facts)
    assert nlp("  \n")._.facts == [] and nlp.make_doc("x")._.facts is None
    assert Doc(nlp.vocab).from_bytes(doc.to_bytes())._.factx_record == record
    # A pipeline that is no installed model (here a blank one) is read with factx's model.
    blank = spacy.blank("en")
    blank.add_pipe("factx_facts", config={"reference_date": REFERENCE})
    assert blank(text)._.factx_record == record


def test_span_values_survive_serialization_and_processes(blank_nlp):
    texts = ["It paid $5 million on June 9, 2021.", "Sales rose 4% to 300 tonnes."]
    values = [[(s.text, s._.factx) for k in SPAN_KINDS for s in d.spans[k]] for d in
              blank_nlp.pipe(texts)]  # fmt: skip
    assert [len(v) for v in values] == [2, 2] and all(f is not None for v in values for _, f in v)
    again = [Doc(blank_nlp.vocab).from_bytes(d.to_bytes()) for d in blank_nlp.pipe(texts)]
    assert [[(s.text, s._.factx) for k in SPAN_KINDS for s in d.spans[k]] for d in again] == values
    piped = blank_nlp.pipe(texts, n_process=2)
    assert [[(s.text, s._.factx) for k in SPAN_KINDS for s in d.spans[k]] for d in piped] == values


def test_span_values_on_a_blank_pipeline(blank_nlp):
    doc = blank_nlp("Profits jumped 76% to $1.13bn (£600m) in 2019, or 300 tonnes.")
    values = [(s.text, s._.factx.type) for key in SPAN_KINDS for s in doc.spans[key]]
    assert values == [
        ("2019", "date"),
        ("$1.13bn", "money"),
        ("£600m", "money"),
        ("76%", "percent"),
        ("300 tonnes", "quantity"),
    ]
    money = doc.spans["factx_money"][0]._.factx
    assert (money.amount, money.currency, money.start, money.end) == (1130000000, "USD", 22, 29)


def test_extract_files_streams_records_and_errors(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nThe firm paid $5 million on Friday.\n")
    (tmp_path / "b.txt").write_text("")
    results = factx.extract_files([tmp_path, tmp_path / "missing.txt"], reference_date="2020-01-03")
    assert not isinstance(results, list)  # a stream
    results = list(results)
    assert [type(r).__name__ for r in results] == ["ArticleRecord", "ErrorRecord", "ErrorRecord"]
    article, empty, missing = results
    assert [f.text for f in article.facts if f.type == "money"] == ["$5 million"]
    assert empty.path.endswith("b.txt") and "empty" in empty.error
    assert missing.path.endswith("missing.txt") and "no such file" in missing.error
    # One path, not a list of characters.
    assert [r.id for r in factx.extract_files(str(tmp_path / "a.txt"))] == ["a"]


def test_extract_files_in_parallel_is_the_same(tmp_path):
    for path in SEEDS:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    serial = [r.model_dump() for r in factx.extract_files(tmp_path)]
    assert [r.model_dump() for r in factx.extract_files(tmp_path, jobs=2)] == serial


def test_model_is_loaded_once():
    assert factx.load() is factx.load()
    assert factx.load(jobs=2).nlp is factx.load().nlp


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: factx.extract(""), "no text"),
        (lambda: factx.extract(" \n\t"), "no text"),
        (lambda: factx.extract(b"bytes"), "text must be a str, got bytes"),
        (lambda: factx.extract("Text", title=3), "title must be a str"),
        (lambda: factx.extract("Text", article_id=""), "article_id must not be empty"),
        (lambda: factx.extract("Text", path=3), "path must be a str, got int"),
        (lambda: factx.extract("Text", model=3), "model must be a str, got int"),
        (lambda: factx.extract("Text", reference_date="May 1"), "reference_date must be"),
        (lambda: factx.extract("Text", reference_date=20240501), "reference_date must be"),
        (lambda: factx.extract_files("seeds", jobs=0), "jobs must be 1 or more"),
        (lambda: factx.extract_files("seeds", jobs="2"), "jobs must be 1 or more, got '2'"),
        (lambda: factx.extract_files(5), "paths must be"),
        (lambda: factx.extract_files("seeds", globs="*.txt"), "globs must be"),
    ],
)
def test_bad_input_is_an_input_error(call, message):
    with pytest.raises(factx.InputError, match=message) as raised:
        call()
    assert isinstance(raised.value, factx.FactxError) and isinstance(raised.value, ValueError)


def test_missing_model_is_a_model_error():
    with pytest.raises(factx.ModelError, match="not installed"):
        factx.extract("Some text.", model="no_such_model_xyz")


def test_dates_and_title():
    record = factx.extract("It closed on Friday.", title="Deal", reference_date=date(2024, 5, 3))
    assert record.title == "Deal" and record.reference_date == "2024-05-03"
    friday = next(f for f in record.facts if f.type == "date")
    assert "Deal\n\nIt closed on Friday."[friday.start : friday.end] == "Friday"
    again = factx.extract("Deal\n\nIt closed on Friday.", reference_date=datetime(2024, 5, 3, 9))
    assert again == record
    dated = factx.extract("Deal\n\nIt closed on Friday.", path=Path("news/2024-05-03-deal.txt"))
    assert dated.path == "news/2024-05-03-deal.txt" and dated.reference_date == "2024-05-03"
    friday = next(f for f in dated.facts if f.type == "date")
    assert (friday.value, friday.anchor.source) == ("2024-05-03", "filename")


def test_public_names_resolve_without_importing_spacy():
    code = (
        "import sys, factx; assert 'spacy' not in sys.modules and 'pydantic' not in sys.modules;"
        "[getattr(factx, n) for n in factx.__all__];"
        "from factx.extract.dates import dates; import factx.extract.money;"
        "print(factx.extract.__module__, factx.extract.__name__)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "factx.api extract"  # the subpackage did not replace it
