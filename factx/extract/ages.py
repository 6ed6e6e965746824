"""Ages: "Papermaster, 49, had left", "aged 56", "at the age of 56", "a 52-year-old doctor".

A person's age is a figure news states and readers check, so it is a quantity fact with the
unit "years old" (or "months old", "weeks old", "days old" where the text says so). The model
mostly labels ages DATE, and the date finder leaves them out ("a 52-year-old doctor" is no
time), so without this they were no fact at all.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from factx.extract.spans import char_spans, doc_text
from factx.normalize.numbers import NUMBER_WORDS_PATTERN, parse_number

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_N = rf"(?:\d{{1,3}}|{NUMBER_WORDS_PATTERN})"
# "aged 56", "aged between 18 and 24", "at the age of 56", "at age 12"; not "aged 10%".
_STATED = re.compile(
    rf"\b(?:aged|at\s+(?:the\s+)?age\s+of|at\s+age)\s+(?:between\s+)?"
    rf"(?P<age>{_N}(?:\s*(?:to|and|-|–)\s*{_N})?)(?![\w%]|\s*(?:%|per\s?cent|percent)\b)",
    re.IGNORECASE,
)
# "a 52-year-old doctor", "the two-year-old", "four or five-year-old computers"; age_groups:
# "16 to 17-year-olds", "18 to 21 year olds" (people of those ages, no stretch of time).
_OLD = re.compile(
    rf"(?<![\w.,])(?P<age>{_N}(?:\s*(?:-|–)\s*{_N}|\s+(?:to|or)\s+{_N})?)"
    rf"[\s-](?P<unit>year|month|week|day)s?[\s-]olds?\b",
    re.IGNORECASE,
)
# Where `_in_commas` may find an age: a short number between a comma and a stop.
_COMMAS = re.compile(r",\s*(?P<n>\d{1,3})(?=\s*[,.;)])")
_RANGE = re.compile(rf"(?P<low>{_N})\s*(?:to|and|or|-|–)\s*(?P<high>{_N})", re.IGNORECASE)
_OLDEST = 120


class Age(NamedTuple):
    value: int
    low: int | None
    high: int | None
    unit: str


def find_ages(doc: Doc) -> list[Span]:
    """The spans of the ages stated in a paragraph (the number, or "18 to 24")."""
    text = doc_text(doc)
    # The patterns start with hundreds of number words: a paragraph with no "age" or "old" in
    # it (most) is not scanned at all.
    lower = text.lower()
    found = [*char_spans(doc, _STATED.finditer(text), group="age")] if "age" in lower else []
    if "old" in lower:
        found += char_spans(doc, _OLD.finditer(text), group="age")
    commas = char_spans(doc, _COMMAS.finditer(text), group="n")
    found += [span for span in commas if len(span) == 1 and _in_commas(span[0])]
    return [span for span in found if _reading(span) is not None]


def age_of(span: Span) -> Age | None:
    """The age a span states, if it is one of those `find_ages` finds."""
    text = doc_text(span.doc)
    bounds = (span.start_char, span.end_char)
    stated = _STATED.finditer(text, max(0, span.start_char - 30), span.end_char + 30)
    if (
        any(m.span("age") == bounds for m in stated)
        or (len(span) == 1 and _in_commas(span[0]))
        or ((old := _OLD.match(text, span.start_char)) is not None and old.span("age") == bounds)
    ):
        return _reading(span)
    return None


def _reading(span: Span) -> Age | None:
    text = doc_text(span.doc)
    after = text[span.end_char : span.end_char + 16]
    old = re.match(r"[\s-](year|month|week|day)s?[\s-]olds?\b", after, re.IGNORECASE)
    unit = f"{old.group(1).lower()}s old" if old else "years old"
    pair = _RANGE.fullmatch(span.text)
    if pair is not None:
        low, high = _whole(pair.group("low")), _whole(pair.group("high"))
        if low is None or high is None or not low < high:
            return None
        return Age(low, low, high, unit)
    value = _whole(span.text)
    return None if value is None else Age(value, None, None, unit)


def _whole(text: str) -> int | None:
    value = parse_number(text)
    if isinstance(value, int) and 0 < value <= _OLDEST:
        return value
    return None


def _in_commas(token: Token) -> bool:
    """ "Papermaster, 49, had left", "a man, 32,": a number set off by commas right after a
    name or a noun for a person is the person's age."""
    doc = token.doc
    i = token.i
    if not (token.text.isdigit() and len(token.text) <= 3) or i < 2 or doc[i - 1].text != ",":
        return False
    if i + 1 < len(doc) and doc[i + 1].text not in (",", ".", ";", ")"):
        return False
    before = doc[i - 2]
    if before.pos_ == "PROPN":
        # A date ("March 5, 12") or a place's name before a count is no person.
        return before.is_title and before.ent_type_ not in ("DATE", "GPE", "LOC", "FAC")
    return before.pos_ == "NOUN" and before.lower_ in _person_nouns()


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    data = json.loads(resources.files("factx.data").joinpath("ages.json").read_text("utf-8"))
    return frozenset(data["person_nouns"])
