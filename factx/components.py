"""Every spaCy factory of factx, registered in one place (all named `factx_*`).

Each span component finds spans (`match`) and writes them to `doc.spans["factx_<kind>"]`
(`set_annotations`), so both halves can be tested alone; with `values` (the default) it
also gives each span its normalized record as `span._.factx` (see `annotations.py`).

Importing this module registers the factories. spaCy imports it through the
`spacy_factories` entry points whenever it makes a Language, so `nlp.add_pipe("factx_dates")`
works after `pip install factx` alone; the extraction code is imported only when a component
is made. factx's own pipeline (`pipeline.py`) adds them with `values` off: the Extractor
normalizes each paragraph itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from factx.annotations import (
    ArticleFacts,
    Normalizer,
    host_model,
    register_doc_extensions,
    register_span_extension,
    set_values,
)

Finder = Callable[[Doc], list[Span]]
SPAN_CONFIG = {"values": True, "reference_date": None}


class SpanFinder:
    """A pipeline component around one finder function (and the normalizer of its spans)."""

    def __init__(
        self,
        key: str,
        finder: Finder,
        normalize: Normalizer | None = None,
        reference_date: date | None = None,
    ) -> None:
        self.key = key
        self.finder = finder
        self.normalize = normalize
        self.reference_date = reference_date
        if normalize is not None:
            register_span_extension()

    def match(self, doc: Doc) -> list[Span]:
        return self.finder(doc)

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        doc.spans[self.key] = spans
        if self.normalize is not None:
            set_values(doc, self.key, self.normalize, self.reference_date)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


def _reference(value: str | None) -> date | None:
    """The `reference_date` of a component's config ("YYYY-MM-DD")."""
    from factx.api import as_date

    return as_date(value)


@Language.factory("factx_dates", default_config=SPAN_CONFIG)
def make_dates(nlp: Language, name: str, values: bool, reference_date: str | None) -> SpanFinder:
    from factx.extract.dates import dates, find_dates

    normalize = dates if values else None
    return SpanFinder("factx_dates", find_dates, normalize, _reference(reference_date))


@Language.factory("factx_money", default_config=SPAN_CONFIG)
def make_money(nlp: Language, name: str, values: bool, reference_date: str | None) -> SpanFinder:
    from factx.extract.money import find_money, money

    normalize = money if values else None
    return SpanFinder("factx_money", find_money, normalize, _reference(reference_date))


@Language.factory("factx_percent", default_config=SPAN_CONFIG)
def make_percent(nlp: Language, name: str, values: bool, reference_date: str | None) -> SpanFinder:
    from factx.extract.quantities import find_percents, percents

    normalize = percents if values else None
    return SpanFinder("factx_percent", find_percents, normalize, _reference(reference_date))


@Language.factory("factx_quantities", default_config=SPAN_CONFIG)
def make_quantities(
    nlp: Language, name: str, values: bool, reference_date: str | None
) -> SpanFinder:
    from factx.extract.quantities import find_quantities, quantities

    normalize = quantities if values else None
    return SpanFinder("factx_quantities", find_quantities, normalize, _reference(reference_date))


@Language.factory(
    "factx_facts",
    default_config={"model": None, "reference_date": None, "article_id": "doc"},
)
def make_facts(
    nlp: Language, name: str, model: str | None, reference_date: str | None, article_id: str
) -> ArticleFacts:
    register_doc_extensions()
    return ArticleFacts(model or host_model(nlp), _reference(reference_date), article_id)


# In this order: quantities leave out what dates, money and percentages already took.
COMPONENTS = ("factx_dates", "factx_money", "factx_percent", "factx_quantities")
