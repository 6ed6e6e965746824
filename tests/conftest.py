"""Shared fixtures: the real pipeline is loaded once per test session (about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def extractor():
    import factx

    return factx.load()  # the same loaded pipeline as the CLI tests run in this process


@pytest.fixture(scope="session")
def blank_nlp():
    """A model-free pipeline with the factx finders, for fast rule tests."""
    import spacy

    import factx.components as components

    nlp = spacy.blank("en")
    for name in components.COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@pytest.fixture(scope="session")
def seed_records(extractor):
    from factx.articles import ArticleIds, read_article

    ids = ArticleIds()
    paths = sorted(str(p) for p in SEEDS.glob("*.txt"))
    articles = [read_article(p, ids(p)) for p in paths]
    return {r.id: r for r in extractor.run(articles)}
