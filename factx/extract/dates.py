"""Date and time facts: find the expressions in a Doc, then resolve them to TIMEX3 values."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from factx.extract.base import Context, Segment, fact_id
from factx.extract.entity_date_names import named_like_a_date
from factx.extract.match_halves import a_match_half
from factx.extract.named_days import (
    is_named_day,
    named_day_pattern,
    named_day_value,
    weekday_of_a_title,
)
from factx.extract.quotations import quotations
from factx.extract.spans import char_spans, doc_text, longest_first
from factx.extract.work_titles import dated_title_head
from factx.normalize.numbers import NUMBER_UNIT_GAP
from factx.normalize.periods import news_timex, wire_patterns
from factx.normalize.prefilter import compile_guarded
from factx.normalize.timex import (
    DAY_ORDINAL_WORDS,
    MONTH_PATTERN,
    WEEKDAY_PATTERN,
    Timex,
    rebase,
    resolve_anaphor,
    timex,
)
from factx.normalize.timezones import zone_pattern
from factx.records import Anchor, DateFact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_NUMBER = (
    r"(?:\d+\s+1/2|\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|hundred|several|a few|few|many|"
    r"(?:a\s+)?couple(?:\s+of)?)"
)
# fortnight_unit: "a fortnight", "the past fortnight", "a fortnight ago" (British news).
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|years?|"
    r"decades?)"
)
_MONTH_CAP = "|".join(m.capitalize() for m in MONTH_PATTERN.split("|")) + "|Sept"
_WEEKDAY_CAP = "|".join(w.capitalize() for w in WEEKDAY_PATTERN.split("|") if len(w) > 3)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]|20)\d{2}"
_REL = r"(?i:this|last|next|past|previous|coming|current|the\s+past|the\s+last|the\s+next)"
_MOD = r"(?:(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)[\s-]+)?"
# "earlier this year", "later today": the expression names the period it sits in.
_SOON = r"(?:(?i:earlier|later)\s+)?"
_ORDINAL = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"
# What may stand before "quarter": "the year-ago", "this year's", "the fiscal", "the 1988".
_QUARTER_QUALIFIER = (
    rf"(?i:this\s+year's|last\s+year's|next\s+year's|year-ago|year-earlier|comparable|"
    rf"corresponding|latest|most\s+recent|fiscal|{_YEAR})"
)
# Holidays as news writes them, capitalized ("the Christmas tree" is kept out by `_is_date`).
_HOLIDAY = (
    r"New\s+Year['’]s\s+(?:Day|Eve)|Valentine['’]s\s+Day|St\.\s+Patrick['’]s\s+Day|"
    r"Independence\s+Day|(?:(?i:the)\s+)?Fourth\s+of\s+July|July\s+Fourth|Halloween|"
    r"Veterans['’]?\s+Day|Christmas(?:\s+Day|\s+Eve)?|Boxing\s+Day|"
    r"Martin\s+Luther\s+King(?:\s+Jr\.)?\s+Day|Presidents['’]?\s+Day|Mother['’]s\s+Day|"
    r"Father['’]s\s+Day|Memorial\s+Day|Labor\s+Day|Columbus\s+Day|Thanksgiving(?:\s+Day)?|"
    r"Election\s+Day|Easter(?:\s+Sunday|\s+Day|\s+Monday|\s+[Ww]eek)?|Good\s+Friday|"
    r"Palm\s+Sunday|Maundy\s+Thursday|Holy\s+Saturday|Ash\s+Wednesday|Shrove\s+Tuesday|"
    r"Fat\s+Tuesday|Mardi\s+Gras|Black\s+Friday|Cyber\s+Monday"
)
_HOLIDAY_AT_END = re.compile(rf"(?:{_HOLIDAY})$")
_YEAR_QUALIFIER = r"(?:(?i:full|current|fiscal|current\s+fiscal)\s+)?"
# dotted_clock: "at 8.30pm", "7.45 pm", as British news writes a time with its am/pm.
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?i:a\.m\.|p\.m\.|am|pm)(?![a-z])|(?i:noon|midnight))"

# "the 1990's", "the mid 1980's": a decade some write with an apostrophe, no possessive (after
# "the"; "2010's budget" is the year's).
_DECADE_S = r"\b(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?(?:1[0-9]|20)\d0['’]s"
_DECADE_S_AT_END = re.compile(_DECADE_S + "$")

_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# The normalizer's day words, and "thirtieth"; "twenty-" and "thirty-" stand before them.
_DAY_ORDINAL_WORDS = "|".join((*DAY_ORDINAL_WORDS, "thirtieth"))
_CLOCK_IN_PART = (
    rf"(?<![\d.,])\b(?:\d{{1,2}}(?::\d{{2}})?|(?i:{_HOUR_WORDS}))(?:\s+(?i:o['’]clock))?\s+"
    r"(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
)
_CLOCK_IN_PART_WHOLE = re.compile(_CLOCK_IN_PART)
# What stands before a time told by the part of the day ("at 4 in the morning"); without one
# the number may count ("scored two in the afternoon").
_TIME_PREPOSITIONS = frozenset(
    {"at", "by", "from", "until", "till", "around", "about", "circa", "before", "after", "since"}
)

# Case matters: months and weekdays are capitalized in news text, which keeps out "may" the
# modal verb and "march" the verb.
DATE_PATTERNS = [
    # Quarters first: at the same start the first pattern wins, and "this year's third
    # quarter" must not stop at "this year".
    rf"\b(?i:(?:the|its)\s+)?(?:{_QUARTER_QUALIFIER}[\s-]+){{0,2}}{_ORDINAL}[\s-]+"
    rf"(?:(?i:fiscal)[\s-]+)?(?i:quarter|half)(?:\s+(?i:of\s+)?{_YEAR})?\b",
    # "the last quarter of 2004" is that year's fourth, not the quarter before the article's.
    rf"\b(?i:the\s+(?:final|last))[\s-]+(?i:quarter|half)\s+(?i:of)\s+{_YEAR}\b",
    rf"\b(?i:(?:the|its)\s+)(?:{_QUARTER_QUALIFIER}[\s-]+){{0,2}}(?i:quarter|period)\b",
    r"\b\d{4}-\d{2}-\d{2}\b",
    # year_quarter_codes: a quarter or half as a code beside its year, either way round: "Q1
    # 2019", "q1-2019", "2017 Q1", "2019-H2" (a code alone, "Q3", is left to the model).
    rf"\b(?:(?i:[qh])[1-4][\s-]+{_YEAR}|{_YEAR}[\s-]+(?i:[qh])[1-4])\b",
    r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b",
    rf"\b{_MOD}(?:(?i:last|this|next)\s+)?(?:{_MONTH_CAP})\.?\s+{_DAY}(?:[,.]?\s*{_YEAR})?\b",
    rf"\b{_DAY}\s+(?:of\s+)?(?:{_MONTH_CAP})\.?(?:,?\s+{_YEAR})?\b",
    rf"\b{_MOD}(?:{_MONTH_CAP})\.?,?\s+(?:of\s+)?{_YEAR}\b",
    # "June last year", "early October this year": one expression, the month of that year.
    rf"\b{_MOD}(?:{_MONTH_CAP})\.?,?\s+(?:(?i:of)\s+)?(?i:this|last|next)\s+(?i:year)\b",
    rf"\b{_MOD}(?:{_REL}\s+)?(?:{_MONTH_CAP})\b",
    rf"\b{_MOD}(?:(?i:fiscal)\s+)?{_YEAR}s?\b",
    # "early Friday morning": the part of the day keeps its mod (the model stops at "early Friday").
    rf"\b{_SOON}{_MOD}(?:{_REL}\s+)?(?:{_WEEKDAY_CAP})\b(?:\s+(?i:morning|afternoon|evening|night))?",
    # "the previous Friday", "the following Monday": counted from the day talked about.
    rf"\b(?i:the\s+(?:previous|preceding|following))\s+(?:{_WEEKDAY_CAP})\b",
    rf"\b{_SOON}(?i:today|tonight|yesterday|tomorrow)\b"
    r"(?:\s+(?i:morning|afternoon|evening|night))?",
    # calendar_year: "this calendar year", as "this fiscal year" is written.
    rf"\b{_SOON}{_MOD}{_REL}\s+(?:(?i:fiscal|calendar)\s+)?"
    r"(?i:week|weekend|fortnight|month|year|quarter|decade|century)\b",
    # "the year", "the full year", "the current fiscal year"; `_year_is_a_time` keeps out "the
    # year he was born" and "person of the year".
    rf"\b(?i:the)\s+{_YEAR_QUALIFIER}(?i:year)\b(?![-'’]\w)",
    r"\b(?i:earlier|later)\s+(?i:in\s+the|that)\s+(?i:day|week|month|year)\b",
    # "that year", "the following month": resolved against the time last talked about.
    r"\b(?:(?i:earlier|later)\s+)?(?i:that(?:\s+same)?|the\s+(?:same|following))\s+"
    r"(?i:day|week|month|quarter|year)\b",
    rf"\b{_REL}\s+{_NUMBER}{NUMBER_UNIT_GAP}{_UNIT}\b",
    rf"\b(?:(?i:the)\s+(?:(?i:first|latest|final)\s+)?)?(?i:{_NUMBER}){NUMBER_UNIT_GAP}"
    rf"(?:(?i:more|additional|further|extra)\s+)?(?i:{_UNIT})"
    # from_now: "two weeks from now", "three months from today" count forward from the
    # article's date, as "two weeks ago" counts back. earlier_this: in "for a week earlier this
    # month" the "earlier" is that of "earlier this month", not a week before.
    r"(?:\s+(?i:and\s+a\s+half))?(?:\s+(?i:ago|from\s+now|from\s+today|hence|"
    r"earlier(?!\s+(?:this|today|tonight|in\s+the)\b)))?\b",
    r"\b(?i:(?:the\s+)?(?:recent|coming|past)\s+(?:days|weeks|months|years|decades))\b",
    r"\b(?i:the\s+(?:days|weeks|months|years|decades)\s+ahead)\b",
    r"\b(?i:year-(?:earlier|ago))\b",
    # "every Monday", "each July", "every summer": a set of times.
    rf"\b(?i:every|each)\s+(?:(?i:day|week|month|year|spring|summer|autumn|fall|winter)|"
    rf"{_WEEKDAY_CAP}|{_MONTH_CAP})\b",
    # "10 p.m. Wednesday", "5 p.m. EST, Nov. 9": the day goes with the time. clock_then_day:
    # so do "3pm today", "10am tomorrow" and "8am this morning".
    # clock_in_part_of_day: "at 4 in the morning", "by two in the afternoon" (`_is_date` wants
    # a preposition of time before it).
    rf"{_CLOCK_IN_PART}|\b{_CLOCK}(?:\s+[A-Z]{{2,4}}T)?(?:,?\s+(?:(?:{_WEEKDAY_CAP})\b|"
    rf"(?:{_MONTH_CAP})\.?\s+{_DAY}\b|(?i:today|tomorrow|yesterday|tonight)\b|"
    r"(?i:this\s+(?:morning|afternoon|evening))\b))?",
    rf"\b(?:(?i:this|last|next|past|coming)\s+)?(?:{_HOLIDAY})(?:,?\s+{_YEAR})?(?![\w'’])",
    # at_present: "at present" is "now" (PRESENT_REF); the noun and adjective ("at present-day
    # prices", "at present levels") are left alone.
    r"\b(?i:now|currently|recently|yesterday|year-end|year['’]s\s+end|"
    r"(?<=\b[Aa]t\s)present(?![\s-]+(?:day|time|tense|value|levels?|rates?|prices?)\b))\b",
    # day_ordinal_words: "the second of August", "the twenty-third day of September" (the
    # normalizer knows which of these words name a day: `timex.DAY_ORDINALS`).
    rf"\b(?:(?i:the)\s+)?(?i:(?:twenty|thirty)[\s-])?(?i:{_DAY_ORDINAL_WORDS})\s+"
    rf"(?:(?i:day)\s+)?(?i:of)\s+(?:{_MONTH_CAP})\b(?:,?\s+(?:(?i:of)\s+)?{_YEAR}\b)?",
    # "rallies held almost daily": an adverb of frequency is a set of times (`_is_date` keeps
    # out the adjective of "the daily tally" and the noun of "the party daily").
    r"\b(?i:daily|weekly|monthly|hourly)\b",
    r"\b(?i:the\s+(?:near\s+|distant\s+)?(?:future|past))\b",
    # "in the short term", "over the longer term": after a preposition only, as "the long
    # term unemployed" are people (`_term_describes`).
    r"(?:(?<=\b[Ii]n\s)|(?<=\b[Oo]ver\s)|(?<=\b[Ff]or\s)|(?<=\b[Dd]uring\s)|(?<=\b[Oo]f\s))"
    r"(?i:the\s+(?:near|short|medium|long|longer)\s+term)\b",
    rf"(?:\b(?:{_MONTH_CAP})\s+)?\b(?i:(?:the\s+year\s+)?(?:nineteen|eighteen|twenty)\s+"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|"
    r"six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen)|the\s+year\s+two\s+thousand)\b",
    _DECADE_S + r"(?!\w)",
    r"\b(?i:the\s+(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
    r"\b(?i:the\s+)?\d{1,2}(?:st|nd|rd|th)[\s-]+(?i:century)\b",
    r"\b(?i:this\s+past\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter))\b",
]

# Model DATE/TIME entities that are too vague to carry a value on their own.
_MODEL_SKIP = re.compile(r"^(?:the\s+)?(?:day|days|time|period|moment|season)$", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:(?:on|in|at|by|since|from|during|until|till|for|of|over|within|through)\s+)+",
    re.IGNORECASE,
)

# focus_before_ago: "only two months ago", "just six weeks ago", "only a year earlier": the word
# stresses how short the time is and is no part of it (TimeML: "just [a decade ago]"); with it,
# the count was read as a vague one (PAST_REF) or not at all.
# Only before a count: "just months ago" is one time (TimeML), and "just days after" is left.
_FOCUS = re.compile(
    r"(?i:only\s+just|only|just)\s+(?=\d|(?i:an?|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|few)\b)"
)
_COUNTED_BACK = re.compile(r"\s(?i:ago|earlier)$")


_LATER = re.compile(rf"(?i:{_UNIT})(\s+(?i:later))$")
# age_groups: "olds?" as well, since "free places for three and four-year-olds", "16 to
# 17-year-olds", "18 to 21 year olds" name people by their age, as "a 52-year-old" does; the
# duration P17Y was read from them.
_AGE = re.compile(r".*[\s-](?:years?|months?|weeks?|days?)[\s-]+olds?\b", re.IGNORECASE)
_RATE = re.compile(rf"(?i:an?|per)\s+{_UNIT}")
_COUNT_RATE = re.compile(rf"[\d.,]+\s+(?i:an?|per)\s+{_UNIT}")  # "at a rate of 15 a year"
_CLASSIFIERS = {"annual", "quarterly", "monthly", "weekly", "daily", "yearly", "hourly"}
_NAME_TYPES = {"PERSON", "ORG", "EVENT", "WORK_OF_ART", "FAC", "NORP", "GPE", "LAW"}


_QUARTER_MENTION = re.compile(
    rf"\b(?:{_YEAR}\s+)?{_ORDINAL}[\s-]+(?:(?i:fiscal)[\s-]+)?(?i:quarter)\b(?:\s+(?i:of\s+)?{_YEAR})?"
)
_LOOKBACK = 3000  # characters: far enough for a news story's thread, bounded for long texts


@cache
def _finder() -> re.Pattern[str]:
    # Every alternative starts on a word character, and only the clock time may follow a
    # letter ("T10:30"): the guard turns away a position inside a word with one test
    # instead of one per alternative (this scan was the largest cost of finding dates); the
    # lookahead after it turns away most word starts on their first three characters.
    patterns = [named_day_pattern(), *DATE_PATTERNS, *wire_patterns()]
    alternatives = "|".join(f"(?:{p})" for p in patterns)
    return compile_guarded(r"(?:(?<!\w)|(?=\d))", f"(?:{alternatives})")


def find_dates(doc: Doc) -> list[Span]:
    """Date/time spans: the factx grammar and the model's DATE/TIME entities, longest first."""
    text = doc_text(doc)
    # (span, whether the grammar found it): the grammar's first, then the model's entities.
    candidates = [(span, True) for span in char_spans(doc, _finder().finditer(text))]
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and not _MODEL_SKIP.match(ent.text):
            candidates.append((ent, False))
    # Checked before choosing among overlaps: a long model entity without a value ("the quarter
    # ended Sept. 30") must not hide the dates inside it.
    spans = []
    for candidate, by_grammar in candidates:
        span = _trim(candidate)
        if span is not None and _is_date(span):
            spans.append(span)
        elif by_grammar:
            # The grammar's matches do not overlap: one without a value ("the 2001-2003
            # period", read as a kind of period) hid the years inside it.
            inner = _finder().finditer(text, candidate.start_char + 1, candidate.end_char)
            for part in char_spans(doc, inner):
                trimmed = _trim(part)
                if trimmed is not None and _is_date(trimmed):
                    spans.append(trimmed)
    found = longest_first(spans)
    found.extend(_paired_days(doc, text, found))
    return sorted(found, key=lambda s: s.start)


# paired_days (round r55-figures): "a second reading could follow on 16 or 17 March", "a
# hearing scheduled for February 16 and 17": two days of one month, the month told once. The
# day without it was no date at all; it is the date beside it, read as that date is read (its
# month, year and tense) with the day changed (Recognizers-Text reads "18 and 19 June" as "18"
# and "19 june"). Only a smaller day before a larger one, and after the month only a day no
# noun follows ("on March 5 and 20 people died" is a count).
PAIRED_DAY = "paired_day:"
_DAY_MONTH = re.compile(rf"(\d{{1,2}})\s+(?:{_MONTH_CAP})\b(?:,?\s+\d{{4}})?")
_MONTH_DAY = re.compile(rf"(?:{_MONTH_CAP})\s+(\d{{1,2}})")
_DAY_BEFORE = re.compile(r"(?<![\w.,£$€-])(\d{1,2})\s+(?:and|or)\s+$")
_DAY_LISTED = re.compile(r"(?<![\w.,£$€-])(\d{1,2}),\s+$")
_DAY_AFTER = re.compile(r"\s+(?:and|or)\s+(\d{1,2})(?![\w%.,:/-]\w)")


def _paired_days(doc: Doc, text: str, spans: list[Span]) -> list[Span]:
    """The bare days of `spans`' "16 or 17 March", each labelled with the date it pairs with."""
    from spacy.tokens import Span

    paired: list[Span] = []
    taken = {i for span in spans for i in range(span.start, span.end)}
    for span in spans:
        words = span.text
        if (told := _DAY_MONTH.fullmatch(words)) is not None:
            before = _DAY_BEFORE.search(text, max(0, span.start_char - 12), span.start_char)
            if before is None or not int(before[1]) < int(told[1]):
                continue
            start, end = before.span(1)
        elif (told := _MONTH_DAY.fullmatch(words)) is not None:
            after = _DAY_AFTER.match(text, span.end_char)
            if after is None or not int(told[1]) < int(after[1]) <= 31:
                continue
            start, end = after.span(1)
        else:
            continue
        label = f"{PAIRED_DAY}{span.start}:{span.end}"
        while True:
            day = doc.char_span(start, end)
            if day is None or len(day) != 1 or day.start in taken:
                break
            if day.end < len(doc) and doc[day.end].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
                break  # "on March 5 and 20 people died"
            paired.append(Span(doc, day.start, day.end, label=label))
            # "on 14, 20 and 27 April": the days listed before the pair
            listed = _DAY_LISTED.search(text, max(0, start - 6), start)
            if told.re is not _DAY_MONTH or listed is None or int(listed[1]) >= int(day.text):
                break
            start, end = listed.span(1)
    return paired


def _paired_value(partner: Span, day: str, anchor: date | None, headline: bool) -> Timex | None:
    """The date a paired day pairs with, read as `dates` reads it, with the day changed: "16 or
    17 March" are the same month of the same year whatever the tense window does to each."""
    tense = tense_of(partner, headline=headline)
    value = news_timex(partner.text, anchor=anchor, tense=tense)
    if value is None:
        return None
    value = _past_event(value, partner, anchor, tense)
    if not _ISO_DAY.fullmatch(value.value):
        return None
    told = f"{value.value[:8]}{int(day):02d}"
    try:
        date.fromisoformat(told)
    except ValueError:
        return None  # "30 or 31 February"
    return replace(value, value=told)


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _paired_day(span: Span) -> Span | None:
    """The date a paired day pairs with ("17 March" for the "16" of "16 or 17 March"); None for
    any other span."""
    if not span.label_.startswith(PAIRED_DAY):
        return None
    start, end = map(int, span.label_[len(PAIRED_DAY) :].split(":"))
    return span.doc[start:end]


# A match's score the model took into the date after it: "beat France A 30-20 nine days ago".
# Not a range of days ("4-6 March") nor of ages ("14-16 year olds").
_LEADING_SCORE = re.compile(
    rf"\d{{1,3}}-\d{{1,3}}\s+(?!(?i:{MONTH_PATTERN}|years?|months?|weeks?|days?)\b)(?=[A-Za-z])"
)


def _trim(span: Span) -> Span | None:
    """No leading score or preposition ("on June 9"), no trailing punctuation or possessive."""
    score = _LEADING_SCORE.match(span.text)
    skipped = score.end() if score else 0
    match = _LEADING.match(span.text[skipped:])
    start = span.start_char + skipped + (match.end() if match else 0)
    focus = _FOCUS.match(doc_text(span.doc), start, span.end_char)
    if focus is not None and _COUNTED_BACK.search(doc_text(span.doc), start, span.end_char):
        start = focus.end()
    end = span.end_char
    while end > start and doc_text(span.doc)[end - 1] in ".,;:!?'\"’)":
        # Keep the dot of "a.m." and "p.m.".
        if doc_text(span.doc)[end - 1] == "." and re.search(
            r"[ap]\.m\.$", doc_text(span.doc)[start:end]
        ):
            break
        end -= 1
    if doc_text(span.doc)[start:end].endswith(("'s", "’s")) and not _DECADE_S_AT_END.search(
        doc_text(span.doc), start, end
    ):
        end -= 2
    # "three days later": the stretch of time is the expression, "later" only orders events.
    later = _LATER.search(doc_text(span.doc)[start:end])
    if later:
        end = start + later.start(1)
    if end <= start:
        return None
    end = _month_before_a_count(span, start, end)
    return span.doc.char_span(start, end, alignment_mode="expand")


_MONTH_AND_NUMBER = re.compile(rf"(?:{_MONTH_CAP})\s+(\d{{1,2}})")
_IN_BEFORE = re.compile(r"\b(?i:in)\s+$")


def _month_before_a_count(span: Span, start: int, end: int) -> int:
    """Where a month ends before a count of things: "In January 25 people were jailed" is the
    month and 25 people, where a day would be "On January 25" (or "in January, 25 people" with
    the comma the writer left out). So after "in", a number between a month and a plural noun
    is no day of the month."""
    text = doc_text(span.doc)
    match = _MONTH_AND_NUMBER.fullmatch(text, start, end)
    if match is None or not _IN_BEFORE.search(text, max(0, start - 4), start):
        return end
    following = next((t for t in span.doc[span.start :] if t.idx >= end), None)
    if following is None or not (following.tag_ in ("NNS", "NNPS") or following.lower_ == "people"):
        return end
    return start + len(text[start : match.start(1)].rstrip())


def _a_name_word(token: Token) -> bool:
    """A first name or an initial before a surname: capitalised, no sentence's first word
    ("At Noon") and no word of a title-case line's preposition."""
    return token.is_title and not token.is_sent_start and token.pos_ == "PROPN"


def _a_surname_after(span: Span) -> bool:
    """Whether the one-word span ("Jan") stands before a capitalised proper noun that is no
    month, day or number, as a first name before its surname does ("Czech Jan Hernych": seed
    94's player lost to the date "Jan"); "Jan 5" and "Jan 2005" stay dates."""
    if span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return (
        after.pos_ == "PROPN"
        and after.is_title
        and not after.like_num
        and not _MONTH_OR_DAY.fullmatch(after.text)
    )


_MONTH_OR_DAY = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*"
)


def _is_date(span: Span) -> bool:
    words = span.text  # read once: each read of Span.text makes its tokens again
    if is_named_day(words):
        return True  # "Super Tuesday": a day, valued only where the article dates it
    if len(span) == 1 and span[0].tag_ == "MD":
        return False  # "may" the modal verb
    if words in ("Noon", "Midnight") and span.start > 0 and _a_name_word(span.doc[span.start - 1]):
        return False  # "J Noon", "Jamie Noon": a surname after a first name or an initial
    if _AGE.match(words + doc_text(span.doc)[span.end_char : span.end_char + 6]):
        return False  # "a 52-year-old doctor": an age describes a person, it is not a time
    if len(span) == 1 and span[0].lower_ in _CLASSIFIERS and span[0].dep_ not in ("advmod", ""):
        # "its quarterly dividend", "the annual meeting": a kind of thing; "declared its
        # quarterly", "the party daily": a thing. Only the adverb ("paid quarterly") is a time.
        return False
    if _COUNT_RATE.fullmatch(words):
        return False  # fifteen things a year: a rate, not fifteen years
    if _RATE.fullmatch(words) and span.start > 0:
        before = span.doc[span.start - 1]
        if before.pos_ in ("NUM", "NOUN", "PROPN", "SYM") or before.like_num:
            return False  # "$2 million a year", "24 hours a day": a rate, not a time
    if len(span) == 1 and _generic_now(span[0]):
        return False
    if len(span) == 1 and _a_titled_now(span):
        return False  # "Russia Today", "the BBC's Today programme": a name, not the day
    holiday = _HOLIDAY_AT_END.search(words) is not None
    if holiday and span[-1].dep_ == "compound" and span[-1].head.pos_ in ("NOUN", "PROPN"):
        return False  # "Christmas shopping", "a Thanksgiving dinner": a kind of thing
    if len(span) == 1 and span[0].ent_type_ in _NAME_TYPES and not holiday:
        return False  # "Jan Kavan", "the March for Life": a name that looks like a month
    if words == "Jan" and _a_surname_after(span):
        return False  # "face Czech Jan Hernych", the model's name missed: a first name
    if named_like_a_date(span):
        return False  # "Mrs May", "Frank Sunday": a surname (factx.extract.entity_date_names)
    if _THE_YEAR.fullmatch(words) and not _year_is_a_time(span):
        return False
    text = doc_text(span.doc)
    if _FOUR_DIGITS.fullmatch(words) and _clock_after().match(text, span.end_char):
        return False  # "at 1435 local time (1135 GMT)": times of day, not the years 1435, 1135
    if _FOUR_DIGITS.fullmatch(words) and _a_dimension(text, span.start_char, span.end_char):
        return False  # "resolutions of 2048 * 1080 pixels": a size, no year
    if _FOUR_DIGITS.fullmatch(words) and _in_a_digit_run(text, span.start_char, span.end_char):
        return False  # "+86 138-2010-2015", "555-1212": a phone or ID number, no year
    if _AN_ORDINAL.fullmatch(words) and span.end < len(span.doc):
        after = span.doc[span.end]
        if after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and after.tag_ not in ("JJR", "RBR"):
            return False  # "a second term", "a second poll": the ordinal, not a second of time
        if (after.text == "-" and not span[-1].whitespace_) or after.lower_ in ("or", "and"):
            return False  # "a second-rate record", "a second or third person"
    if _CLOCK_IN_PART_WHOLE.fullmatch(words) and not _a_told_hour(span):
        return False  # "killed two in the morning raid", "scored three in the afternoon"
    if _a_kind_of_period(span):
        return False  # "a quiet month for the housing market", "another successful year"
    if _inside_unit_on_unit(span):
        return False  # "up 2% year on year", "a month on month rise": a comparison, no date
    if weekday_of_a_title(span):
        return False  # "the Sunday Telegraph", "the Mail on Sunday": a paper, not a day
    if a_match_half(span):
        return False  # "Italy led 9-8 early in the second half": the match's, not the year's
    if words == "Wednesday" and span.start > 0 and span.doc[span.start - 1].text == "Sheffield":
        return False  # sheffield_wednesday: "Sheffield Wednesday manager Paul Sturrock", a club
    if _inside_a_name(span) or _a_titled_unit(span):
        return False  # "This Week", "60 Minutes", programmes: a unit capitalized mid-sentence
    if holiday and _a_titled_work(span, text):
        return False  # "Halloween: The Curse of Michael Myers", a film (round r33-titles)
    age_window = (max(0, span.start_char - 20), span.start_char)
    if _AGE_DECADE.fullmatch(words) and _AGE_BEFORE.search(text, *age_window):
        return False
    if words == "March" and _A_MARCH.match(text, span.end_char):
        return False
    if span[-1].lower_ == "term" and _term_describes(span):
        return False  # "for the long term unemployed", "the longer term effects"
    if _THE_DAYS_END.fullmatch(words) and _quoted_idiom(span):
        return False
    if _QUARTER_COUNT.search(words) and _a_share_of(span):
        return False  # quarter_shares: "a quarter of broadband users" is a share, no P1Q
    return _has_value(words)


# quarter_shares (round r55-figures): "A quarter of broadband users regularly upload content",
# "with more than a quarter of the market", "three quarters of all Xboxes": a count of quarters
# before "of" and a whole that is no time is a share of it (the fraction reader's "a quarter of
# voters"), not a stretch of three months. "A quarter of a century", "three quarters of an
# hour", "a quarter of the year" stay times, and so do "the three quarters of contraction",
# "two quarters of losses": quarters of a thing that happens, told without "the" or "all".
_QUARTER_COUNT = re.compile(r"(?:^|\s)(?i:a|one|two|three)[\s-]quarters?$")
_WHOLE_DETERMINERS = {"the", "all", "its", "their", "his", "her", "our", "those", "these", "them"}
_TIME_WHOLES = {
    "year", "century", "hour", "day", "month", "week", "season", "decade", "term", "session",
    "match", "game", "race", "period", "million", "billion", "thousand", "hundred", "dozen",
    "percentage", "point",
}  # fmt: skip


def _a_share_of(span: Span) -> bool:
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return False
    if span[0].lower_ == "the" or (span.start > 0 and doc[span.start - 1].lower_ == "the"):
        return False  # "the three quarters of contraction": those quarters, a time
    whole = [t for t in doc[span.end].children if t.dep_ == "pobj"]
    if not whole or whole[0].lemma_.lower() in _TIME_WHOLES:
        return False
    first = doc[span.end + 1]
    if first.lower_ in _WHOLE_DETERMINERS:
        return True
    # "a quarter of broadband users": a plural whole after a single quarter
    return span[-1].lower_ == "quarter" and whole[0].tag_ in ("NNS", "NNPS")


def _a_told_hour(span: Span) -> bool:
    """ "at 4 in the morning": a preposition of time before, and the part of the day no
    modifier of a noun after it ("the morning raid")."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in _TIME_PREPOSITIONS:
        return False
    return span[-1].dep_ != "compound"


def _a_titled_work(span: Span, text: str) -> bool:
    """Whether the holiday is the head of a work's colon title: the sentence, read on past the
    colon (the parser may end a sentence there), must show a work (`dated_title_head`)."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    sentence = (span.sent.start_char, doc[span.end + 1].sent.end_char)
    return dated_title_head(text, span.start_char, span.end_char, sentence)


# "once a week", "twice a day", "three times a year": how often, a set of times (TimeML SET).
_A_UNIT = re.compile(r"(?i:an?|per)\s+(?i:day|week|fortnight|month|quarter|year|hour|minute)")
_HOW_MANY_TIMES = re.compile(r"(?i:\b(?:once|twice|thrice|[\w-]+\s+times)\s+)$")


def _how_often(span: Span) -> bool:
    text = doc_text(span.doc)
    window = (max(0, span.start_char - 24), span.start_char)
    return bool(_A_UNIT.fullmatch(span.text) and _HOW_MANY_TIMES.search(text, *window))


# A number times another, as sizes are written: "2048 * 1080", "1920x1080", "2048 x 1536".
_TIMES_AFTER = re.compile(r"\s*[*x×]\s*\d")
_TIMES_BEFORE = re.compile(r"\d\s*[*x×]\s*$")


def _a_dimension(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a side of a size ("2048 * 1080 pixels")."""
    return bool(
        _TIMES_AFTER.match(text, end) or _TIMES_BEFORE.search(text, max(0, start - 8), start)
    )


_THE_DAYS_END = re.compile(r"(?i:the\s+end\s+of\s+the\s+day)")


def _quoted_idiom(span: Span) -> bool:
    """'"At the end of the day, people have cameras"', '"But at the end of the day a
    decision has to be taken."': in a speaker's words "at the end of the day" means "in the
    end", no time of the article's day. A report's own "shares closed lower at the end of the
    day" stays a time."""
    if span.start == 0 or span.doc[span.start - 1].lower_ != "at":
        return False
    return any(start < span.start < end for start, end in quotations(span.doc))


@lru_cache(maxsize=8192)
def _has_value(text: str) -> bool:
    """Whether the text reads as a date or time at all, against a fixed anchor; the same
    words ("Monday", "last year") come back in every article, so the answer is kept."""
    return news_timex(text, anchor=date(2000, 6, 15)) is not None


def _term_describes(span: Span) -> bool:
    """ "The long term unemployed", "the short term effects": "the ... term" that describes
    the word after it, or is no preposition's object, names no time."""
    term = span[-1]
    if term.dep_ != "pobj":
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.tag_ in ("JJ", "NN", "NNS", "VBN")


_FOUR_DIGITS = re.compile(r"\d{4}")
_UNIT_ON_UNIT = re.compile(r"\b(?i:(year|quarter|month|week|day)(?:\s+|-)(?:on|by)(?:\s+|-)\1)\b")


_UNITS = ("year", "quarter", "month", "week", "day")


def _a_kind_of_period(span: Span) -> bool:
    """ "A quiet month", "another highly successful year": a bare unit after an adjective and
    an indefinite article says what kind of period it was, not which one."""
    if len(span) != 1 or span[0].lower_ not in _UNITS or span.start < 2:
        return False
    doc = span.doc
    if doc[span.start - 1].pos_ != "ADJ":
        return False
    return any(
        t.lower_ in ("a", "an", "another") for t in doc[max(0, span.start - 4) : span.start - 1]
    )


def _inside_unit_on_unit(span: Span) -> bool:
    """Whether the span is part of "year on year", "month on month" or "day by day"."""
    text = doc_text(span.doc)
    start, end = span.start_char, span.end_char
    return any(
        m.start() < end and start < m.end()
        for m in _UNIT_ON_UNIT.finditer(text, max(0, start - 14), end + 14)
    )


# "a second" before a noun, in a compound or beside another ordinal is the ordinal ("a second
# term", "a second-half goal", "a second or third time"); "a second later", "a second faster"
# and "for a second." are a second of time.
_AN_ORDINAL = re.compile(r"(?i:a)\s+second")


def _a_titled_unit(span: Span) -> bool:
    """ "The BBC's This Week", "60 Minutes", "the single One Night", "the first One Day
    International": an amount of time in capitals inside a sentence (or at the end of what
    the span took in, "the first One Day") names a programme, a work or a match, unless the
    whole line is in title case."""
    unit = span[-2:] if len(span) > 2 else span
    return (
        _TITLE_UNIT.fullmatch(unit.text) is not None
        and not unit[0].is_sent_start
        and not _title_case_line(span, span[-1])
    )


_TITLE_UNIT = re.compile(
    r"(?:This|Last|Next)\s+(?:Week|Month|Year)|\d+\s+(?:Seconds|Minutes|Hours|Days|Weeks|Years)"
    # A number spelled out with a capital: a title ("the single One Night", "Three Days of the
    # Condor") or a name ("a One Day International"); news writes its spans in lower case.
    r"|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty"
    r"|Fifty|Sixty|Hundred|Thousand)\s+(?:Nights?|Days?|Weeks?|Months?|Years?|Hours?|Minutes?)"
)
# digit_runs: a number written in hyphen-joined groups, as phone, account and ID numbers are
# ("138-2010-2015", "123-12-1234", "(206) 555-1212"): a group of three or of five or more
# digits in the run, just before the four or one group further, or just after, makes the four
# digits a part of it. Year ranges ("2014-2018", "1990-91") and dates ("10-1-2018",
# "2018-7-6") have no such group.
_RUN_BEFORE = re.compile(r"(?<!\d)(?:\d{3}|\d{5,})-(?:\d+-)?$")
_RUN_AFTER = re.compile(r"-(?:\d{3}|\d{5,})(?!\d)")


def _in_a_digit_run(text: str, start: int, end: int) -> bool:
    return bool(_RUN_BEFORE.search(text[max(0, start - 24) : start]) or _RUN_AFTER.match(text, end))


# "In his 30s", "their early 20s": an age, not the 1930s.
_AGE_DECADE = re.compile(r"\d0s")
_AGE_BEFORE = re.compile(r"\b(?i:his|her|their|my|your|our)\s+(?:(?i:early|mid|late)[\s-]+)?$")
# "the annual March for Life", "the March of the Combatant Mothers": a march, not the month.
_A_MARCH = re.compile(r"\s+(?:for|of|on|to)\s+(?:the\s+)?(?!(?:" + _WEEKDAY_CAP + r")\b)[A-Z]")


@cache
def _clock_after() -> re.Pattern[str]:
    """What follows a four-digit clock time: "1435 local time", "(1135 GMT)"."""
    return re.compile(rf"\s*(?:(?i:local\s+time|hours|hrs)\b|(?:{zone_pattern()})\b)")


_PARTS_OF_DAY_CAP = {"Morning", "Afternoon", "Evening", "Night"}


def _inside_a_name(span: Span) -> bool:
    """ "Monday Night Football", "the Sunday Times": a time word that begins a name.

    The name goes on after the span: the model's name entity runs through it, or a part of the
    day is capitalized mid-sentence and another capitalized word follows ("Friday Night Lights").
    """
    if span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    if not span[-1].is_title:
        return False  # a name goes on from a capitalized word ("Sunday"), not from "11:30 AM"
    if after.ent_iob_ == "I" and after.ent_type_ in _NAME_TYPES:
        return True
    # The capitalized part of the day is in the span ("Monday Night" + "Football") or right
    # after it ("Monday" + "Night Football"); the next word must be capitalized too.
    doc = span.doc
    if len(span) > 1 and span[-1].text in _PARTS_OF_DAY_CAP:
        name_goes_on = after
    elif after.text in _PARTS_OF_DAY_CAP and span.end + 1 < len(doc):
        name_goes_on = doc[span.end + 1]
    else:
        return False
    if not (name_goes_on.is_title and name_goes_on.is_alpha):
        return False
    return not _title_case_line(span, name_goes_on)


def _title_case_line(span: Span, name_goes_on: Token) -> bool:
    """A headline written in title case, where capitals say nothing of names: most of its
    other longer words are capitalized."""
    words = [
        t
        for t in span.sent
        if t.is_alpha and len(t) > 3 and not span.start <= t.i <= name_goes_on.i
    ]
    return len(words) >= 3 and sum(t.is_title for t in words) >= 0.6 * len(words)


# What "today's" and "tomorrow's" describe when they mean the present or the coming age, not a
# day: "today's youth", "the world of tomorrow".
_AGES_OF = {
    "world", "society", "youth", "generation", "child", "kid", "young", "people", "economy",
    "technology", "computer", "standard", "family", "consumer", "student", "worker", "leader",
    "market", "culture", "woman", "man", "parent",
}  # fmt: skip


_NOW_WORDS = ("Today", "Tonight", "Tomorrow", "Yesterday")
# What a sentence-like part opens after: quotation marks (`` of newswire too), brackets, dashes.
_OPENERS = frozenset({'"', "“", "‘", "'", "``", "`", "(", "[", ":", ";", "-", "–", "—", "--"})


def _a_titled_now(span: Span) -> bool:
    """ "Russia Today", "USA Today", "Radio 4's Today programme": "today" capitalized inside a
    sentence names a paper or a programme (news writes the day in lower case), unless the
    whole line is in title case, as headlines are ("Shares Fall Today")."""
    token = span[0]
    if _a_shouted_name(span.doc, token):
        return True
    if token.text not in _NOW_WORDS or token.is_sent_start:
        return False
    if token.i > 0 and span.doc[token.i - 1].text in _OPENERS:
        return False  # a quotation or an aside opens with a capital
    if doc_text(span.doc)[: token.idx].rstrip(" \t")[-1:] in ("\n", ""):
        return False  # a line opens with it, whatever the parser says
    return not _title_case_line(span, token)


def _a_shouted_name(doc: Doc, token: Token) -> bool:
    """ "USA TODAY revealed Tuesday": "today" in capitals after a word in capitals is the
    paper's name as it writes it, unless its whole line is in capitals ("SHARES FALL TODAY")."""
    if token.text.title() not in _NOW_WORDS or not token.text.isupper() or token.i == 0:
        return False
    before = doc[token.i - 1].text
    if not (len(before) > 1 and before.isupper() and before.isalpha()):
        return False
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line != line.upper()


def _generic_now(token: Token) -> bool:
    """ "today's youth", "the leaders of tomorrow": the present or future age, not a day."""
    if token.lower_ not in ("today", "tomorrow"):
        return False
    if token.dep_ == "poss":
        return token.head.lemma_.lower() in _AGES_OF
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in _AGES_OF  # not "the morning of tomorrow"
    )


_THE_YEAR = re.compile(rf"(?i:the)\s+{_YEAR_QUALIFIER}(?i:year)")
# What "the year" can be part of when "of the year" is a time: "the first nine months of the year".
_PARTS_OF_A_YEAR = re.compile(
    r"(?:months|weeks|days|quarters?|half|end|rest|start|beginning|middle|part|remainder|"
    r"balance)\s+of\s+$",
    re.IGNORECASE,
)
_OTHER_TIME_AFTER = re.compile(r"\s+(?:before|after|earlier|later|ago|since)\b", re.IGNORECASE)
_ENDED = re.compile(r"\s+(?:ended|ending)\b", re.IGNORECASE)


def _year_is_a_time(span: Span) -> bool:
    """Whether "the year" names the article's year (or a fiscal year) rather than any year.

    "The year he was born" is picked out by its clause and "person of the year" is a title,
    and "the year before" counts from another time: none of them is the article's year.
    "For the year ended March 31" is a time even though a clause follows: the clause dates it.
    """
    doc = span.doc
    after = doc_text(doc)[span.end_char : span.end_char + 20]
    if _ENDED.match(after):
        return True
    if _OTHER_TIME_AFTER.match(after):
        return False
    head = span[-1]
    bare = len(span) == 2  # "the current fiscal year" already says which year it is
    if bare and any(child.dep_ in ("relcl", "acl") for child in head.children):
        return False
    before = doc_text(doc)[max(0, span.start_char - 30) : span.start_char]
    return not (re.search(r"\bof\s+$", before) and not _PARTS_OF_A_YEAR.search(before))


# Words that put the time they govern ahead of the telling: "has scheduled a news conference
# Thursday", "a summit set for April", "is due to expire Friday", "a rule effective Feb. 1".
_SCHEDULING = {"schedule", "plan", "slate", "reschedule", "postpone", "due", "effective"}


def tense_of(span: Span, *, headline: bool = False) -> str | None:
    """Past or future from the verb governing the span ("said on Friday", "will meet Friday");
    `headline`: the span is in the headline, whose present tense tells news just past."""
    if _deferred_to(span):
        return "future"
    if _right_after_a_past_verb(span) or _since(span):
        return "past"
    path = [span.root]
    while len(path) < 5 and path[-1].pos_ not in ("VERB", "AUX") and path[-1].head is not path[-1]:
        path.append(path[-1].head)
    verb = path[-1]
    if _is_infinitive(verb) and verb.dep_ in ("xcomp", "ccomp", "advcl"):
        path.append(verb.head)
    if _scheduled(path):
        return "future"
    tense = _verb_tense(verb)
    if tense is None and len(path) > 1 and _is_infinitive(verb):
        # "is to resume trading Tuesday", "wants to sign it Friday": what an infinitive names
        # comes after the time of the verb it completes, so a present governor points ahead.
        # After a past one ("agreed to buy it in February") it may lie either side of the
        # article's date, and the nearest reading stands.
        governor = path[-1]
        if _verb_tense(governor) is None and governor.tag_ in ("VBZ", "VBP"):
            return "future"
    if tense is None and not headline and _scheduled_present(span, verb):
        return "future"
    return tense


# Present verbs that relate a thing to a time, not arrange something then: "this compares
# with $1.354 on Friday", "the fall follows Friday's rise".
_RELATING = frozenset({"compare", "follow", "come", "contrast", "mark", "mean", "remain",
                       "represent", "reflect", "stand", "equal", "match", "trail",
                       "lag"})  # fmt: skip
# Verbs whose past is their present: the tagger's present may be a past ("cut rates Friday").
_SAME_IN_THE_PAST = frozenset({"hurt", "cut", "put", "set", "hit", "let", "cost", "spread",
                               "shut", "quit", "beat", "bet", "cast", "burst", "split",
                               "read"})  # fmt: skip
_WEEKDAY_ALONE = re.compile(rf"(?:(?i:on)\s+)?(?:{_WEEKDAY_CAP})")


def _scheduled_present(span: Span, verb: Token) -> bool:
    """ "The executives hold their meetings on Wednesday", "the unions meet on Friday": a
    weekday whose verb is in the simple present is a day in the week ahead, as news tells
    what is arranged; a past-tense sentence around it ("one insider pointed out that ... when
    they hold their meetings on Wednesday") does not move it back."""
    if not _WEEKDAY_ALONE.fullmatch(span.text) or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if verb.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "is", "has been": a state, not an arrangement
    if verb.lower_ in _SAME_IN_THE_PAST or (
        verb.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ == "NN" for c in verb.children)
    ):
        # "Weakness hurt the index on Friday": a past the tagger read as present. Not a
        # proper name: British news gives a team a plural verb ("Chelsea take on Barcelona").
        return False
    if span.end < len(span.doc) and span.doc[span.end].tag_ == "POS":
        return False  # "Friday's lawsuit argues": the day the lawsuit came, not the arguing
    if verb.lemma_.lower() in _RELATING or any(
        c.dep_ == "relcl" and _verb_tense(c) == "past" for c in span.root.children
    ):
        return False  # "this compares with the price on Friday, which was then a record"
    # The verb's own time, or its event's: "meet on Friday", "takes on Federer later on
    # Wednesday", "has its board meeting on Friday"; not a time deeper in its object.
    head = span.root.head
    if span.root.dep_ == "pobj":
        head = head.head
    if head.dep_ in ("advmod", "dobj") and head.head.i == verb.i:
        head = verb
    return head.i == verb.i


# Verbs that put something off to a later time: "extended its deadline until 9 a.m. Tuesday",
# "postponed until Tuesday morning", "has given them until Friday", "moved the vote to Monday".
_DEFERRING = {
    "extend", "postpone", "delay", "defer", "give", "grant", "adjourn", "push", "move",
    "reschedule", "suspend", "recess", "stay", "allow",
}  # fmt: skip
_DEADLINE_PREPOSITIONS = {"until", "till", "til", "to"}


def _deferred_to(span: Span) -> bool:
    """A time something was put off until lies after the putting off, and news reports it
    while it is still ahead: "INS extended its deadline until 9 a.m. EST Tuesday" (a Monday
    article) is the coming Tuesday, though "extended" is past."""
    i = span.start - 1
    if i < 0 or span.doc[i].lower_ not in _DEADLINE_PREPOSITIONS:
        return False
    preposition = span.doc[i]
    heads = [preposition.head, preposition.head.head]
    if preposition.lower_ == "to":
        heads = heads[:1]  # "extended the offer to Nov. 16", not "agreed to ... Monday"
    return any(h.pos_ == "VERB" and h.lemma_.lower() in _DEFERRING for h in heads)


def _since(span: Span) -> bool:
    """ "Since Friday", "since shortly after the Oct. 23 slaying": what a time runs from is
    behind the telling, whatever the verb (a present perfect has no past tense of its own)."""
    doc = span.doc
    for i in range(span.start - 1, max(0, span.start - 5) - 1, -1):
        token = doc[i]
        if token.lower_ == "since":
            return True
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return False
    return False


def _right_after_a_past_verb(span: Span) -> bool:
    """ "Said on Friday it would sell", "announced Friday that": a date right after a finite
    past verb is that verb's time, though the parser may hang it on the clause that follows."""
    i = span.start - 1
    if i >= 0 and span.doc[i].lower_ == "on":
        i -= 1
    return i >= 0 and span.doc[i].tag_ == "VBD" and span.doc[i].pos_ == "VERB"


# Prepositions that give a past event its time ("closed on June 17"), not a deadline
# ("extended the offer to Nov. 16", "gave it until mid-November").
_EVENT_PREPOSITIONS = {"on", "in", "at"}
_MONTH_OR_DAY = re.compile(r"(\d{4})(-\d{2}(?:-\d{2})?)")
_NAMED_MONTH = re.compile(rf"\b(?:{_MONTH_CAP})\b")
_RELATIVE_WORD = re.compile(r"\b(?i:next|this|coming|last|past|previous)\b")


def _past_event(value: Timex, span: Span, anchor: date | None, tense: str | None) -> Timex:
    """A month or day told in the past tense as the time of the event is not ahead of the
    article: "The deal closed on June 17" in a May article is last year's June 17.

    The general rule keeps a past-tense date up to two months ahead in the anchor's year, for
    deadlines moved or given ("extended the offer to Nov. 16"); the event's own time is never
    ahead of the telling.
    """
    m = _MONTH_OR_DAY.fullmatch(value.value)
    if tense != "past" or anchor is None or m is None or not value.relative or value.mod:
        return value
    if not _NAMED_MONTH.search(span.text) or _RELATIVE_WORD.search(span.text):
        return value  # only "June 17" and "December" are read with the near rule
    root = span.root
    if root.dep_ == "pobj":
        event_time = root.head.lower_ in _EVENT_PREPOSITIONS and root.head.head.tag_ == "VBD"
    else:
        event_time = root.dep_ == "npadvmod" and root.head.tag_ == "VBD"
    bounds = value.interval
    if not event_time or bounds is None or bounds[0] <= anchor.isoformat():
        return value
    return replace(value, value=f"{int(m[1]) - 1:04d}{m[2]}")


def _scheduled(path: list[Token]) -> bool:
    """A scheduling word on the way from the span to its verb, not itself told in the past.

    "Planned a rally on Saturday" and "had been due to expire Friday" report a plan made
    earlier, about a time that may be gone; a finite past or a pluperfect keeps the past.
    """
    for token in path:
        if token.lemma_ == "set":
            # "set" schedules only as "set for April" and "set to resume Monday".
            scheduling = any(c.lower_ == "for" for c in token.children) or _has_infinitive(token)
        else:
            scheduling = token.lemma_ in _SCHEDULING or token.lower_ in _SCHEDULING
        if not scheduling:
            continue
        if token.tag_ == "VBD":
            return False
        heads = [token, token.head]
        if any(c.lower_ == "had" for t in heads for c in t.children if c.dep_.startswith("aux")):
            return False
        return not (token.dep_ in ("acl", "relcl") and _verb_tense(token.sent.root) == "past")
    return False


def _is_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _has_infinitive(token: Token) -> bool:
    return any(c.dep_ == "xcomp" and _is_infinitive(c) for c in token.children)


def _verb_tense(verb: Token) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "'ll", "shall", "wo", "would"} or (
        "going" in words and any(c.lower_ == "to" for c in verb.children)
    ):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and (words & {"has", "have", "had"} or not auxes):
        return "past"  # "has closed", and the reduced relative "products introduced in April"
    return None


_DAY_AFTER_CLOCK = re.compile(
    r"\s*(?:(?i:local)(?:\s+(?i:time))?\s*)?(?:\([^()]{1,30}\)\s*)?,?\s*(?:on\s+)?"
    rf"((?:{_WEEKDAY_CAP}|(?i:yesterday|today|tomorrow))\b)"
)


# "on Friday at 10am", "Saturday, 5pm GMT": the day just before a clock time.
_DAY_BEFORE_CLOCK = re.compile(
    rf"((?:{_WEEKDAY_CAP}|(?i:yesterday|today|tomorrow))\b)"
    r"(?:\s+(?i:morning|afternoon|evening|night))?,?\s*(?:(?i:at|from|by|around|about)\s+)?$"
)


def _clock_on_day(value: Timex, span: Span, anchor: date | None) -> Timex:
    """ "At 10:35 a.m. (0735 GMT) Friday", "on Friday at 10am", "Saturday, 5pm GMT": the day
    after a time zone aside, or just before the time, is the time's day.

    The grammar joins "10:35 a.m. Friday" itself; a parenthesis in between keeps them apart.
    """
    if anchor is None or not value.value.startswith(anchor.isoformat() + "T"):
        return value
    text = doc_text(span.doc)
    m = _DAY_AFTER_CLOCK.match(text, span.end_char) or _DAY_BEFORE_CLOCK.search(
        text, max(0, span.start_char - 40), span.start_char
    )
    if not m:
        return value
    day = timex(m[1], anchor=anchor, tense=tense_of(span))
    if day is None or day.type != "DATE" or day.grain != "day":
        return value
    return replace(value, value=day.value + value.value[10:])


def _counts_back(value: Timex) -> bool:
    """ "The previous year" with no year talked about before it is the one before the article's,
    as TimeBank reads it; "that year" and "the following year" have no such stand-in."""
    return value.shift is not None and value.shift[1] < 0


# Any day: with no date of its own, an article's "the previous year" is read against this
# only to learn how it counts; the value it keeps is counted from the text's own time.
_PROBE = date(2000, 6, 15)


def _told_from_the_text(text: str, tense: str | None, reference: Timex) -> Timex | None:
    """ "Sales rose in 2004 from the previous year", "that year", "a year earlier", in an
    article with no date: they count from the time the text talks about (2004), which is known
    without the article's date, so they get a value of their own (2003) instead of "XXXX".
    None where the words count from the article's date ("last year", "a year ago") or the
    text's time cannot take the step ("the next day" after "in 1995")."""
    probe = news_timex(text, anchor=_PROBE, tense=tense)
    if probe is None or probe.shift is None:
        return None
    if probe.anaphoric:
        resolved = resolve_anaphor(probe, reference)
    elif not probe.shift[2]:
        resolved = rebase(probe, reference)
    else:
        return None  # "a year ago": from the article's date, unknown here
    return None if resolved is None or resolved is probe else resolved


def _last_quarter(context: Context, before: int) -> Timex | None:
    """The last quarter the article named before an offset, if any (for `rebase`)."""
    if context.anchor is None:
        return None
    window = context.text[max(0, before - _LOOKBACK) : before]
    mentions = list(_QUARTER_MENTION.finditer(window))
    for mention in reversed(mentions):
        found = timex(mention.group(), anchor=context.anchor, tense="past")
        if found is not None and found.grain == "quarter" and found.value[:4].isdigit():
            return found
    return None


def dates(segment: Segment, context: Context) -> Iterator[DateFact]:
    """Date facts of one paragraph, resolved against the article's anchor date.

    Args:
        segment: the paragraph, its Doc carrying `doc.spans["factx_dates"]`.
        context: the article's anchor date (or None) and where it came from.
    Yields:
        One DateFact per span that has a TIMEX3 value.
    """
    # The time the text is about, what "a year earlier" counts from: the last date named so far.
    # A paragraph starts from the last quarter the article named before it, because earnings
    # news names the quarter once and then compares with "a year ago" paragraphs later.
    reference = _last_quarter(context, segment.offset)
    for span in segment.doc.spans.get("factx_dates", []):
        tense = tense_of(span, headline=segment.zone == "headline")
        paired = _paired_day(span)
        if is_named_day(span.text):
            value = named_day_value(span.text, context.text, context.anchor)
        elif paired is not None:  # paired_days: the "16" of "16 or 17 March"
            value = _paired_value(paired, span.text, context.anchor, segment.zone == "headline")
        else:
            value = news_timex(span.text, anchor=context.anchor, tense=tense)
        unknown = value is None or value.value.startswith("X")
        if (
            unknown
            and context.anchor is None
            and reference is not None
            and not is_named_day(span.text)
        ):
            # Only what the missing date left unknown: "2004" needs no second reading.
            value = _told_from_the_text(span.text, tense, reference) or value
        if value is None:
            continue
        if paired is None:
            value = _past_event(value, span, context.anchor, tense)
        if value.type == "TIME" and value.grain == "minute":
            value = _clock_on_day(value, span, context.anchor)
        if _THE_YEAR.fullmatch(span.text) and _ENDED.match(doc_text(segment.doc)[span.end_char :]):
            # "the year ended March 31": twelve months told by their last day, which TimeML
            # marks as the duration P1Y (the day itself is a date of its own).
            value = Timex("P1Y", "DURATION", "year")
        if value.type == "DURATION" and _how_often(span):
            value = replace(value, type="SET")  # "twice a day": a set of times, no stretch
        if value.anaphoric:
            resolved = resolve_anaphor(value, reference)
            if resolved is None and not _counts_back(value):
                continue  # "that year" with no year talked about before it
            value = resolved or value
        elif value.shift is not None:
            if reference is not None:
                value = rebase(value, reference)
        elif value.type == "DATE" and value.value[:4].isdigit():
            reference = value
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
