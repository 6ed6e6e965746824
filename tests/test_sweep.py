"""The sweep: development texts through factx with nothing breaking (CI runs a fixed sample)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from faults import poison

from factx.articles import make_article
from factx.evaluation.sweep import Text, problems, sample, sweep, texts

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "eval-dev"


def test_problems_name_every_offset_that_gives_another_text(extractor):
    text = "Title\n\nOracle paid $5 million on Monday.\n"
    record = extractor.run([make_article(text, article_id="a", path="a")]).__next__()
    assert list(problems(text, record)) == []
    shifted = "X" + text
    found = list(problems(shifted, record))
    assert found and all("offsets give another text" in p for p in found)


def test_a_text_that_breaks_a_component_fails_the_sweep(monkeypatch):
    poison(monkeypatch, "factx_money", "injected")
    outcome = sweep([Text("ok", "T\n\nIt paid $5."), Text("bad", "T\n\nPOISON paid $5.")])
    assert outcome.articles == 1
    assert outcome.failures == ["bad: internal error: RuntimeError: injected"]


def test_a_fixed_sample_of_the_development_data():
    if not DATA.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI has no development data at {DATA}")
        pytest.skip(f"no development data at {DATA}")
    items = sample(list(texts(DATA)), 40)
    assert len({item.name.split("/")[0] for item in items}) >= 4  # several kinds of text
    outcome = sweep(items)
    assert outcome.failures == []
    assert outcome.articles == 40 and outcome.facts > 400
