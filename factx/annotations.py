"""What factx's public spaCy components write on a Doc besides their span groups.

- `Span._.factx`: the fact record of a span in `doc.spans["factx_dates"]` (and money,
  percent, quantities), normalized exactly as in the CLI's output; None for a span the
  CLI drops (a date with no TIMEX3 value, a model number).
- `Doc._.facts` and `Doc._.factx_record`: the article's facts and its whole ArticleRecord,
  from the `factx_facts` component.

Extensions are registered by the factories when a component is added, never when factx is
imported, so a pipeline without factx components has no factx attributes.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from factx.extract.base import Context, Segment

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from factx.records import FactBase

Normalizer = Callable[[Segment, Context], Iterable["FactBase"]]
# The article id the fact ids of a lone Doc are derived from (`factx.extract` uses "text").
DOC_ID = "doc"


def register_span_extension() -> None:
    from spacy.tokens import Span

    if not Span.has_extension("factx"):
        Span.set_extension("factx", default=None)


def register_doc_extensions() -> None:
    from spacy.tokens import Doc

    for name in ("facts", "factx_record"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def set_values(doc: Doc, key: str, normalize: Normalizer, reference_date: date | None) -> None:
    """Give each span of `doc.spans[key]` its fact record, the Doc read as one paragraph.

    Spaces in a Doc are not paragraph breaks here: "that year" takes the last year named
    anywhere before it in the Doc, where the CLI looks in its paragraph only.
    """
    from factx.extract.money import dollar_currency
    from factx.extract.spans import doc_text
    from factx.published import find_published

    text = doc_text(doc)
    anchor, source = (reference_date, "reference-date") if reference_date else (None, None)
    published = find_published(text) if anchor is None else None
    if published is not None:
        anchor, source = published.date, published.source
    context = Context(DOC_ID, text, anchor, source, dollar_currency(text))
    # A Doc without sentence boundaries (a blank pipeline) is one sentence.
    starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    segment = Segment(doc, 0, 0, 0, "body", starts)
    facts = {(f.start, f.end): f for f in normalize(segment, context)}
    for span in doc.spans.get(key, []):
        span._.factx = facts.get((span.start_char, span.end_char))


class ArticleFacts:
    """The `factx_facts` component: the Doc's text read as an article, as the CLI reads a file.

    It parses the text again, paragraph by paragraph, with factx's own pipeline of the
    same model (loaded once per process): entities, claims and sentences never cross a
    paragraph break, so the records are the CLI's, whatever the host pipeline did.
    """

    def __init__(self, model: str | None, reference_date: date | None, article_id: str) -> None:
        from factx.api import load

        self.model = model
        self.reference_date = reference_date
        self.article_id = article_id
        load(model)  # a missing model fails when the component is added, not on the first Doc

    def __call__(self, doc: Doc) -> Doc:
        from factx.api import extract
        from factx.extract.spans import doc_text

        text = doc_text(doc)
        if not text.strip():  # nothing to read; a pipeline over many texts goes on
            doc._.facts, doc._.factx_record = [], None
            return doc
        record = extract(
            text, reference_date=self.reference_date, article_id=self.article_id, model=self.model
        )
        doc._.facts, doc._.factx_record = list(record.facts), record
        return doc


def host_model(nlp: Language) -> str | None:
    """The package of the pipeline a component is added to, if it is an installed model."""
    name = f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}"
    return name if name.isidentifier() and importlib.util.find_spec(name) else None
