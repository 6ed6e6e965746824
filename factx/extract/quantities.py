"""Percent and quantity facts: values with units, or with the noun they count."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from factx.extract.base import Context, Segment, fact_id
from factx.extract.spans import char_spans, overlaps
from factx.normalize.numbers import parse_number
from factx.normalize.qualifiers import normalize_qualifier
from factx.normalize.quantities import (
    PERCENT_RE,
    normalize_unit,
    percent_from_match,
    quantity_re,
)
from factx.records import PercentFact, QuantityFact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words before a number that make it an identifier or a rank, not an amount of something.
_ID_BEFORE = {"no", "no.", "number", "nos", "#", "page", "room", "flight", "route", "version",
              "chapter", "article", "section", "paragraph", "windows", "iphone", "level",
              "grade", "size", "channel", "bill", "resolution", "law", "tier", "phase", "stage",
              "gen", "generation", "model", "series", "figure", "table", "item", "line",
              "game", "round", "week", "day", "year", "season", "episode"}  # fmt: skip
_QUALIFIER_BEFORE = re.compile(
    r"(?P<qual>more than|less than|fewer than|at least|up to|as many as|about|around|"
    r"approximately|roughly|nearly|almost|over|under|some|an estimated|just over|just under)\s+$",
    re.IGNORECASE,
)


def find_percents(doc: Doc) -> list[Span]:
    return list(char_spans(doc, PERCENT_RE.finditer(doc.text), group="percent"))


def find_quantities(doc: Doc) -> list[Span]:
    """Measured amounts ("5 km") and counts of things ("150 million US users").

    Dates, money and percentages found before are left out, as are identifiers
    ("Law No. 114-FZ", "Windows 10"), ordinals and phone numbers.
    """
    taken = [
        (s.start_char, s.end_char)
        for key in ("factx_dates", "factx_money", "factx_percent")
        for s in doc.spans.get(key, [])
    ]
    found: list[Span] = []
    for span in char_spans(doc, quantity_re().finditer(doc.text), group="quantity"):
        if not overlaps(span, taken):
            found.append(span)
            taken.append((span.start_char, span.end_char))
    for ent in doc.ents:
        if ent.label_ not in ("CARDINAL", "QUANTITY") or overlaps(ent, taken):
            continue
        number = _number_part(ent)
        if number is None or _is_identifier(number) or counted_noun(number) is None:
            continue
        span = number
        found.append(span)
        taken.append((span.start_char, span.end_char))
    return sorted(found, key=lambda s: s.start)


def _number_part(ent: Span) -> Span | None:
    """The number tokens of an entity ("about 150 million" -> "150 million")."""
    tokens = [t for t in ent if t.like_num or t.lower_ in ("million", "billion", "thousand")]
    if not tokens:
        return None
    start, end = tokens[0].i, tokens[-1].i + 1
    if any(not (t.like_num or t.lower_ in ("million", "billion", "thousand", "and", "-"))
           for t in ent.doc[start:end]):  # fmt: skip
        return None
    return ent.doc[start:end]


def _is_identifier(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and (before.lower_ in _ID_BEFORE or before.pos_ == "PROPN"):
        return True
    if after is not None and after.text in ("-", "–") and span.end + 1 < len(doc):
        return doc[span.end + 1].is_alpha and doc[span.end + 1].is_upper  # "114-FZ"
    if re.search(r"\d{3}[-. ]\d{3,4}[-. ]\d{3,4}", span.text):
        return True  # a phone number
    return any(t.text.endswith(("st", "nd", "rd", "th")) and t.text[0].isdigit() for t in span)


def counted_noun(span: Span) -> Token | None:
    """The noun a number counts: "150 million US users" -> users; None if it counts nothing."""
    head = span.root.head
    counts = span.root.dep_ in ("nummod", "quantmod", "compound")
    return head if counts and head.pos_ == "NOUN" and head.i >= span.end else None


def percents(segment: Segment, context: Context) -> Iterator[PercentFact]:
    """Percent facts of one paragraph ("more than 30%", "2 percentage points")."""
    text = segment.doc.text
    for span in segment.doc.spans.get("factx_percent", []):
        match = None
        for candidate in PERCENT_RE.finditer(text, max(0, span.start_char - 30), span.end_char):
            if candidate.start("percent") == span.start_char:
                match = candidate
        match = match or PERCENT_RE.search(span.text)
        value = percent_from_match(match) if match else None
        if value is None:
            continue
        place = segment.place(span)
        yield PercentFact(
            id=fact_id(context.article_id, "percent", place["start"], place["end"]),
            **place,
            value=value.value,
            qualifier=value.qualifier,
            unit=value.unit,  # type: ignore[arg-type]
            value_low=value.value_low,
            value_high=value.value_high,
        )


def quantities(segment: Segment, context: Context) -> Iterator[QuantityFact]:
    """Quantity facts of one paragraph: a value and its unit or counted noun."""
    text = segment.doc.text
    for span in segment.doc.spans.get("factx_quantities", []):
        match = quantity_re().fullmatch(span.text)
        if match:
            value = parse_number(match.group("number"))
            unit = normalize_unit(match.group("unit"))
        else:
            value = parse_number(span.text)
            noun = counted_noun(span)
            unit = noun.lower_ if noun is not None else None
        if value is None:
            continue
        before = _QUALIFIER_BEFORE.search(text, 0, span.start_char)
        place = segment.place(span)
        yield QuantityFact(
            id=fact_id(context.article_id, "quantity", place["start"], place["end"]),
            **place,
            value=value,
            unit=unit,
            qualifier=normalize_qualifier(before.group("qual")) if before else None,
        )
