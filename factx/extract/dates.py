"""Date and time facts: find the expressions in a Doc, then resolve them to TIMEX3 values."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.base import Context, Segment, fact_id
from factx.extract.spans import char_spans, longest_first
from factx.normalize.timex import MONTH_PATTERN, WEEKDAY_PATTERN, timex
from factx.records import Anchor, DateFact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_NUMBER = (
    r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|hundred|several|a few|few|many|a couple of)"
)
_UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?)"
_MONTH_CAP = "|".join(m.capitalize() for m in MONTH_PATTERN.split("|")) + "|Sept"
_WEEKDAY_CAP = "|".join(w.capitalize() for w in WEEKDAY_PATTERN.split("|") if len(w) > 3)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]|20)\d{2}"
_REL = r"(?i:this|last|next|past|previous|coming|current|the\s+past|the\s+last|the\s+next)"
_MOD = r"(?:(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)[\s-]+)?"

# Case matters: months and weekdays are capitalized in news text, which keeps out "may" the
# modal verb and "march" the verb.
DATE_PATTERNS = [
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b",
    rf"\b{_MOD}(?:{_MONTH_CAP})\.?\s+{_DAY}(?:[,.]?\s*{_YEAR})?\b",
    rf"\b{_DAY}\s+(?:of\s+)?(?:{_MONTH_CAP})\.?(?:,?\s+{_YEAR})?\b",
    rf"\b{_MOD}(?:{_MONTH_CAP})\.?,?\s+(?:of\s+)?{_YEAR}\b",
    rf"\b{_MOD}(?:{_REL}\s+)?(?:{_MONTH_CAP})\b",
    rf"\b{_MOD}(?:(?i:fiscal)\s+)?{_YEAR}s?\b",
    rf"\b(?:{_REL}\s+)?(?:{_WEEKDAY_CAP})\b(?:\s+(?i:morning|afternoon|evening|night))?",
    r"\b(?i:today|tonight|yesterday|tomorrow)\b(?:\s+(?i:morning|afternoon|evening|night))?",
    rf"\b{_MOD}{_REL}\s+(?i:week|weekend|month|year|quarter|decade|century)\b",
    rf"\b{_REL}\s+{_NUMBER}\s+{_UNIT}\b",
    rf"\b(?i:{_NUMBER})[\s-]+(?i:{_UNIT})(?:\s+(?i:ago|earlier|later))?\b",
    r"\b(?i:the\s+)?(?i:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?i:quarter|half)"
    rf"(?:\s+(?i:of\s+)?{_YEAR})?\b",
    r"\b(?i:every|each)\s+(?:(?i:day|week|month|year)|" + _WEEKDAY_CAP + r")\b",
    r"\b\d{1,2}(?::\d{2})?\s*(?i:a\.m\.|p\.m\.|am|pm)(?![a-z])",
    r"\b(?i:now|currently|recently|yesterday|year-end)\b",
]

# Model DATE/TIME entities that are too vague to carry a value on their own.
_MODEL_SKIP = re.compile(r"^(?:the\s+)?(?:day|days|time|period|moment|season)$", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:(?:on|in|at|by|since|from|during|until|till|for|of|over|within|through)\s+)+",
    re.IGNORECASE,
)


@cache
def _finder() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in DATE_PATTERNS))


def find_dates(doc: Doc) -> list[Span]:
    """Date/time spans: the factx grammar and the model's DATE/TIME entities, longest first."""
    candidates = list(char_spans(doc, _finder().finditer(doc.text)))
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and not _MODEL_SKIP.match(ent.text):
            candidates.append(ent)
    spans = []
    for candidate in longest_first(candidates):
        span = _trim(candidate)
        if span is not None and _is_date(span):
            spans.append(span)
    return sorted(spans, key=lambda s: s.start)


def _trim(span: Span) -> Span | None:
    """No leading preposition ("on June 9"), no trailing punctuation or possessive."""
    match = _LEADING.match(span.text)
    start = span.start_char + (match.end() if match else 0)
    end = span.end_char
    while end > start and span.doc.text[end - 1] in ".,;:!?'\"’)":
        # Keep the dot of "a.m." and "p.m.".
        if span.doc.text[end - 1] == "." and re.search(r"[ap]\.m\.$", span.doc.text[start:end]):
            break
        end -= 1
    if span.doc.text[start:end].endswith(("'s", "’s")):
        end -= 2
    if end <= start:
        return None
    return span.doc.char_span(start, end, alignment_mode="expand")


def _is_date(span: Span) -> bool:
    if len(span) == 1 and span[0].tag_ == "MD":
        return False  # "may" the modal verb
    return timex(span.text, anchor=date(2000, 6, 15)) is not None


def tense_of(span: Span) -> str | None:
    """Past or future from the verb governing the span ("said on Friday", "will meet Friday")."""
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "'ll", "shall", "wo"} or (
        "going" in words and any(c.lower_ == "to" for c in verb.children)
    ):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and words & {"has", "have", "had"}:
        return "past"
    return None


def dates(segment: Segment, context: Context) -> Iterator[DateFact]:
    """Date facts of one paragraph, resolved against the article's anchor date.

    Args:
        segment: the paragraph, its Doc carrying `doc.spans["factx_dates"]`.
        context: the article's anchor date (or None) and where it came from.
    Yields:
        One DateFact per span that has a TIMEX3 value.
    """
    for span in segment.doc.spans.get("factx_dates", []):
        value = timex(span.text, anchor=context.anchor, tense=tense_of(span))
        if value is None:
            continue
        place = segment.place(span)
        anchor = None
        if value.relative and context.anchor is not None and context.anchor_source:
            anchor = Anchor(date=context.anchor.isoformat(), source=context.anchor_source)  # type: ignore[arg-type]
        interval = value.interval
        yield DateFact(
            id=fact_id(context.article_id, "date", place["start"], place["end"]),
            **place,
            value=value.value,
            timex_type=value.type,  # type: ignore[arg-type]
            grain=value.grain,
            mod=value.mod,
            interval=list(interval) if interval else None,
            anchor=anchor,
            relative=value.relative,
        )
