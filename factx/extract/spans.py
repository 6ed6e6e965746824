"""Turning regex matches over a Doc's text into spaCy spans, and choosing among overlaps."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once: `Doc.text` joins every token each time it is read, so reading
    it once per candidate made a huge paragraph quadratic."""
    text = doc.user_data.get("factx_text")
    if not isinstance(text, str):
        text = doc.user_data["factx_text"] = doc.text
    return text


def char_spans(doc: Doc, matches: Iterable[re.Match[str]], group: str | int = 0) -> Iterator[Span]:
    """Spans over the tokens a match covers; a match inside a token widens to the whole token."""
    for match in matches:
        start, end = match.span(group)
        if start < 0 or start == end:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            yield span


def longest_first(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans, preferring the longest (then the earliest), in text order."""
    from spacy.util import filter_spans

    return filter_spans(list(spans))


def overlaps(span: Span, taken: list[tuple[int, int]]) -> bool:
    return any(span.start_char < end and start < span.end_char for start, end in taken)
