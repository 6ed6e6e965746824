"""What factx's public spaCy components write on a Doc besides their span groups.

- `Span._.factx`: the fact record of a span in `doc.spans["factx_dates"]` (and money,
  percent, quantities), normalized exactly as in the CLI's output; None for a span the
  CLI drops (a date with no TIMEX3 value, a model number). The value belongs to the
  offsets: any span at the same offsets of the Doc reads it.
- `Doc._.facts` and `Doc._.factx_record`: the article's facts and its whole ArticleRecord,
  from the `factx_facts` component (None where it did not run).

Extensions are registered by the factories when a component is added, never when factx is
imported, so a pipeline without factx components has no factx attributes.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import TypeAdapter
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from factx.extract.base import Context, Segment
    from factx.records import ArticleRecord, Fact, FactBase

# spaCy imports this module (through components.py and the entry points) in every process
# that makes a Language, so the extraction code is imported only where it is used.
Normalizer = Callable[["Segment", "Context"], Iterable["FactBase"]]
# The article id the fact ids of a lone Doc are derived from (`factx.extract` uses "text").
DOC_ID = "doc"


# Values are kept in `doc.user_data` as the JSON contract's plain data, not as records, so
# that a Doc still serializes (`doc.to_bytes()`, DocBin, `nlp.pipe(n_process=2)`); the
# extensions' getters make records of them on each access.
_RECORD = "factx_record"  # user_data key: the article record of `factx_facts`


def register_span_extension() -> None:
    from spacy.tokens import Span

    if not Span.has_extension("factx"):
        Span.set_extension("factx", getter=_span_fact)


def register_doc_extensions() -> None:
    from spacy.tokens import Doc

    if not Doc.has_extension("facts"):
        Doc.set_extension("facts", getter=_doc_facts)
    if not Doc.has_extension("factx_record"):
        Doc.set_extension("factx_record", getter=_doc_record)


def _value_key(start: int, end: int) -> str:
    """The user_data key of the fact at these offsets of a Doc."""
    return f"factx_value:{start}:{end}"


def _span_fact(span: Span) -> Fact | None:
    data = span.doc.user_data.get(_value_key(span.start_char, span.end_char))
    return _fact_adapter().validate_python(data) if data is not None else None


def _doc_record(doc: Doc) -> ArticleRecord | None:
    from factx.records import ArticleRecord

    data = doc.user_data.get(_RECORD)
    return ArticleRecord.model_validate(data) if data is not None else None


def _doc_facts(doc: Doc) -> list[Fact] | None:
    if _RECORD not in doc.user_data:
        return None  # factx_facts did not run
    record = _doc_record(doc)
    return list(record.facts) if record is not None else []


@cache
def _fact_adapter() -> TypeAdapter[Fact]:
    from pydantic import TypeAdapter

    from factx.records import Fact

    return TypeAdapter(Fact)


def set_values(doc: Doc, key: str, normalize: Normalizer, reference_date: date | None) -> None:
    """Give each span of `doc.spans[key]` its fact record, the Doc read as one paragraph.

    Blank lines are no paragraph breaks here: "that year" takes the last year named anywhere
    before it in the Doc, where the CLI looks in its paragraph only.
    """
    from factx.extract.base import Context, Segment
    from factx.extract.money import dollar_currency, peso_currency
    from factx.extract.spans import doc_text
    from factx.published import find_published

    text = doc_text(doc)
    anchor, source = (reference_date, "reference-date") if reference_date else (None, None)
    published = find_published(text) if anchor is None else None
    if published is not None:
        anchor, source = published.date, published.source
    context = Context(DOC_ID, text, anchor, source, dollar_currency(text), peso_currency(text))
    # A Doc without sentence boundaries (a blank pipeline) is one sentence.
    starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    segment = Segment(doc, 0, 0, 0, "body", starts)
    for fact in normalize(segment, context):
        doc.user_data[_value_key(fact.start, fact.end)] = fact.model_dump()


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
            doc.user_data[_RECORD] = None
            return doc
        record = extract(
            text, reference_date=self.reference_date, article_id=self.article_id, model=self.model
        )
        doc.user_data[_RECORD] = record.model_dump()
        return doc


def host_model(nlp: Language) -> str | None:
    """The package of the pipeline a component is added to, if it is an installed model."""
    name = f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}"
    return name if name.isidentifier() and importlib.util.find_spec(name) else None
