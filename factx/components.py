"""Every spaCy factory of factx, registered in one place (all named `factx_*`).

Each component finds spans (`match`) and writes them to `doc.spans["factx_<kind>"]`
(`set_annotations`), so both halves can be tested alone. Importing this module registers the
factories; `pipeline.py` does that only when a pipeline is built, never at package import.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from factx.extract.dates import find_dates
from factx.extract.money import find_money
from factx.extract.quantities import find_percents, find_quantities

Finder = Callable[[Doc], list[Span]]


class SpanFinder:
    """A pipeline component around one finder function."""

    def __init__(self, key: str, finder: Finder) -> None:
        self.key = key
        self.finder = finder

    def match(self, doc: Doc) -> list[Span]:
        return self.finder(doc)

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        doc.spans[self.key] = spans

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory("factx_dates")
def make_dates(nlp: Language, name: str) -> SpanFinder:
    return SpanFinder("factx_dates", find_dates)


@Language.factory("factx_money")
def make_money(nlp: Language, name: str) -> SpanFinder:
    return SpanFinder("factx_money", find_money)


@Language.factory("factx_percent")
def make_percent(nlp: Language, name: str) -> SpanFinder:
    return SpanFinder("factx_percent", find_percents)


@Language.factory("factx_quantities")
def make_quantities(nlp: Language, name: str) -> SpanFinder:
    return SpanFinder("factx_quantities", find_quantities)


# In this order: quantities leave out what dates, money and percentages already took.
COMPONENTS = ("factx_dates", "factx_money", "factx_percent", "factx_quantities")
