"""A found date or time expression -> a TIMEX3 value, type, grain, mod and interval.

The grammar below handles the forms news text uses most, exactly and without guessing; spans it
does not know go to dateparser (only to turn the span into a date, never to search a text).
Relative expressions need an anchor (the article's date); without one they stay underspecified
(`XXXX-06-17`) and today's date is never used.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from factx.normalize.numbers import parse_number

Tense = str | None  # "past", "future" or None (present / unknown)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}  # fmt: skip
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4,
}  # fmt: skip
# Days of the month written as words: "the second of August", "the twenty-third of September".
DAY_ORDINAL_WORDS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
DAY_ORDINALS = {word: n for n, word in enumerate(DAY_ORDINAL_WORDS, 1)}
DAY_ORDINALS |= {f"{tens}{gap}{word}": base + n for tens, base in (("twenty", 20), ("thirty", 30))
                 for n, word in enumerate(DAY_ORDINAL_WORDS[:9], 1) for gap in ("-", " ")
                 if base + n <= 31}  # fmt: skip
DAY_ORDINALS["thirtieth"] = 30
DAY_ORDINAL_PATTERN = "|".join(sorted(DAY_ORDINALS, key=len, reverse=True))
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
_ONES = "(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# Duration units -> (TIMEX3 letter, is a time unit, grain).
UNITS = {
    "second": ("S", True, "second"), "minute": ("M", True, "minute"),
    "hour": ("H", True, "hour"), "day": ("D", False, "day"), "night": ("D", False, "day"),
    "week": ("W", False, "week"), "weekend": ("WE", False, "week"),
    "fortnight": ("W", False, "week"), "month": ("M", False, "month"),
    "quarter": ("Q", False, "quarter"), "year": ("Y", False, "year"),
    "decade": ("DE", False, "decade"), "century": ("CE", False, "century"),
}  # fmt: skip
VAGUE_COUNTS = {"several", "few", "a few", "many", "some", "recent"}
SET_WORDS = {
    "daily": ("P1D", "day"), "weekly": ("P1W", "week"), "monthly": ("P1M", "month"),
    "quarterly": ("P3M", "quarter"), "annually": ("P1Y", "year"), "yearly": ("P1Y", "year"),
    "annual": ("P1Y", "year"), "hourly": ("PT1H", "hour"),
}  # fmt: skip
MODS = [
    ("the end of", "END"), ("end of", "END"), ("late", "END"), ("the beginning of", "START"),
    ("the start of", "START"), ("beginning of", "START"), ("start of", "START"),
    ("early", "START"), ("the middle of", "MID"), ("mid", "MID"), ("middle of", "MID"),
    ("more than", "MORE_THAN"), ("over", "MORE_THAN"), ("at least", "EQUAL_OR_MORE"),
    ("less than", "LESS_THAN"), ("under", "LESS_THAN"), ("nearly", "LESS_THAN"),
    ("almost", "LESS_THAN"), ("about", "APPROX"), ("around", "APPROX"),
    ("approximately", "APPROX"), ("roughly", "APPROX"), ("some", "APPROX"),
    ("up to", "EQUAL_OR_LESS"), ("no more than", "EQUAL_OR_LESS"),
    ("before", "BEFORE"), ("after", "AFTER"),
]  # fmt: skip

MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_PATTERN = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_NAMED_PERIOD = f"{WEEKDAY_PATTERN}|{MONTH_PATTERN}|spring|summer|autumn|fall|winter|quarter|half"
_CALENDAR_UNIT = "week|weekend|month|year|decade|century"
# The TIMEX3 value of "last week", "next month", ... when there is no date to count from:
# the unit is known, the number is not (TimeML's X digits).
UNANCHORED_UNIT = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                   "year": "XXXX", "decade": "XXX", "century": "XX"}  # fmt: skip
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DURATION_UNIT = "second|minute|hour|day|night|week|month|quarter|year|decade"
NEAR_DAYS = 60  # how far ahead a month-day stays in the anchor's year whatever the tense
_YEAR = r"(\d{4})"


@dataclass(frozen=True)
class Timex:
    value: str
    type: str  # DATE | TIME | DURATION | SET
    grain: str | None = None
    mod: str | None = None
    relative: bool = False
    # (unit, step, from_now) for "a year earlier", "two days before", "a year ago": the value is
    # the anchor moved by step units, and `rebase` can move another reference time instead.
    shift: tuple[str, int, bool] | None = None
    # "that year", "the following month": the value counts from the time the text last talked
    # about, never from the article's date; without such a time it has none (`resolve_anaphor`).
    anaphoric: bool = False
    # [start, end) when it is narrower than the value's own period: "9-10 July" is the month
    # 2009-07 as a value, the two days as an interval (see `periods`).
    bounds: tuple[str, str] | None = None

    @property
    def interval(self) -> tuple[str, str] | None:
        if self.bounds is not None:
            return self.bounds
        return interval(self.value) if self.type in ("DATE", "TIME") else None


def rebase(found: Timex, reference: Timex) -> Timex:
    """A shifted expression resolved against the time the text last talked about.

    "A year earlier" means a year before the time just mentioned ("in 1997 ... a year earlier"
    is 1996). "A year ago" counts from the article's date, except beside a quarter: in "profit
    rose in the third quarter from $5 million a year ago" it is the year-ago quarter.
    """
    if found.shift is None or reference.type != "DATE":
        return found
    unit, step, from_now = found.shift
    m = re.fullmatch(r"(\d{4})-Q([1-4])", reference.value)
    if m and unit == "year":
        return replace(found, value=f"{int(m[1]) + step:04d}-Q{m[2]}", grain="quarter")
    if from_now:
        return found
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", reference.value)
    if m and unit == "year" and found.grain == "quarter":
        # "The year-ago quarter" after "the quarter ended Sept. 30": the quarter of that day.
        quarter = (int(m[2]) - 1) // 3 + 1
        return replace(found, value=f"{int(m[1]) + step:04d}-Q{quarter}")
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", reference.value)
    if not m or (m[3] is None and unit in ("day", "week")) or (m[2] is None and unit == "month"):
        return found  # a day before "1997" has no day to count from
    base = date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    try:
        return replace(found, value=_shifted(base, unit, step))
    except OverflowError:
        return found  # the shift leaves the calendar: keep the value counted from the anchor


def resolve_anaphor(found: Timex, reference: Timex | None) -> Timex | None:
    """ "That year", "the following month", "earlier that day" resolved against the time the
    text last talked about; None when there is none or it is too coarse ("that day" after
    "in 1995")."""
    if not found.anaphoric or found.shift is None:
        return found
    if reference is None or reference.type != "DATE":
        return None
    unit, step, _ = found.shift
    if unit in WEEKDAYS:
        return _weekday_from(found, reference, WEEKDAYS[unit], step)
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", reference.value)
    if quarter:
        if unit == "year":
            return replace(found, value=f"{int(quarter[1]) + step:04d}")
        if unit == "quarter":
            index = int(quarter[1]) * 4 + int(quarter[2]) - 1 + step
            return replace(found, value=f"{index // 4:04d}-Q{index % 4 + 1}")
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", reference.value)
    if not m or (m[3] is None and unit in ("day", "week")) or (m[2] is None and unit != "year"):
        return None
    base = date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    try:
        return replace(found, value=_shifted(base, unit, step))
    except OverflowError:
        return None


def _weekday_from(found: Timex, reference: Timex, weekday: int, step: int) -> Timex | None:
    """ "The previous Friday", "the following Monday": the first such day before (step -1) or
    after (step 1) the day talked about; None when no day was ("in 1995")."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", reference.value)
    if not m:
        return None
    base = date(int(m[1]), int(m[2]), int(m[3]))
    days = (weekday - base.isoweekday()) % 7 or 7  # strictly after the day talked about
    if step < 0:
        days = -((base.isoweekday() - weekday) % 7 or 7)
    try:
        return replace(found, value=(base + timedelta(days=days)).isoformat())
    except OverflowError:
        return None


def timex(text: str, *, anchor: date | None = None, tense: Tense = None) -> Timex | None:
    """The TIMEX3 reading of a date/time span, or None if it is not one.

    Args:
        text: the span, e.g. "September 14, 2020", "45 days", "last week", "Friday".
        anchor: the date relative expressions are resolved against (the article's date).
        tense: "past" or "future" from the sentence; decides "Friday" and "June 17".
    """
    return _timex(" ".join(text.split()), anchor, tense)


# The calendar of Python's `date`: a value outside it ("800000 days ago", "December 31, 9999"
# plus a day, an anchor of 0001-01-01 minus a week) has no TIMEX3 value.
FIRST_YEAR, LAST_YEAR = 1, 9999


class OutsideCalendar(OverflowError):
    """A date computed outside years 1-9999."""


@lru_cache(maxsize=8192)
def _timex(text: str, anchor: date | None, tense: Tense) -> Timex | None:
    try:
        result = _reading(text, anchor, tense)
    except OverflowError:  # datetime's arithmetic, and OutsideCalendar from ours
        return None
    if result is not None and not _in_calendar(result.value):
        return None
    return result


def _in_calendar(value: str) -> bool:
    """Whether a value's year (if it starts with one) is within years 1-9999."""
    m = re.match(r"-?\d+", value)
    if m is None or len(m.group()) < 4:
        return m is None or not m.group().startswith("-")  # "P3Y", decades "199"
    return FIRST_YEAR <= int(m.group()) <= LAST_YEAR


def _reading(text: str, anchor: date | None, tense: Tense) -> Timex | None:
    core = text.lower().strip(" ,;:").replace("’", "'")
    core = re.sub(r"^(?:on|in|at|by|since|from|during|until|till|of|for)\s+", "", core)
    if re.search(r"\b(?:eighteen|nineteen|twenty|thousand)\b", core):
        core = _spelled_years(core)
    core = re.sub(r"^(?:the\s+)?this\s+past\s+", "last ", core)  # "this past spring"
    # "the weeks ahead" are "the coming weeks".
    core = re.sub(r"^(?:the\s+)?(days|weeks|months|years|decades)\s+ahead$", r"the coming \1", core)
    # "earlier this year", "later today": the expression names the period it sits in.
    core = re.sub(r"^(?:earlier|later)\s+(?=this\b|that\b|today\b|yesterday\b|tomorrow\b|"
                  rf"tonight\b|(?:{WEEKDAY_PATTERN})\b|in\s+the\s+)", "", core)  # fmt: skip
    core = re.sub(r"^in\s+the\s+", "the ", core)
    # day_ordinal_words: "the second of August", "the twenty-third day of September, 1995":
    # the day of the month as a number, which the month-day rules read ("2 of august").
    core = re.sub(
        rf"^(?:the\s+)?({DAY_ORDINAL_PATTERN})\s+(?:day\s+)?of\s+(?=(?:{MONTH_PATTERN})\b)",
        lambda m: f"{DAY_ORDINALS[m[1]]} of ",
        core,
    )
    # "a minute and a half" is one and a half minutes (P1M30S in `_duration_value`).
    core = re.sub(r"^(?:an?|one)\s+([a-z]+?)s?\s+and\s+a\s+half$", r"1.5 \1s", core)
    # "its fourth quarter" is as definite as "the fourth quarter".
    core = re.sub(r"^(?:its|their|our|his|her)\s+", "the ", core)
    mod = None
    if core.startswith("the ") and re.match(r"the\s+(?:early|late|mid)\b", core):
        core = core[4:]  # "the late 1970s": the mod comes first, then the period
    for prefix, name in MODS:
        hyphen = prefix in ("mid", "early", "late") and core.startswith(prefix + "-")
        if core.startswith(prefix + " ") or hyphen:  # "late-November"
            rest = core[len(prefix) :].lstrip(" -")
            if rest:
                core, mod = rest, name
                break
    # "Thursday, Jan. 6": the date says which Thursday.
    core = re.sub(rf"^(?:{WEEKDAY_PATTERN})\.?,?\s+(?=(?:{MONTH_PATTERN})\.?\s+\d)", "", core)
    definite = core.startswith("the ")
    core = re.sub(r"^the\s+", "", core)
    # "last week" is a date, not the duration "the last week"; without an anchor its value is
    # underspecified (`_relative_unit`), and "last time" has none.
    if (
        anchor is None
        and not definite
        and re.fullmatch(r"(?:last|next|past|previous|coming)\s+[a-z]+", core)
        and not re.search(rf"\b(?:{_NAMED_PERIOD}|{_CALENDAR_UNIT})$", core)
    ):
        return None
    # "Two more weeks", "an additional year": how much longer, a duration all the same.
    core = re.sub(rf"\s+(?:more|additional|further|extra)\s+(?=(?:{_DURATION_UNIT})s?$)", " ", core)
    if core in ("year-end", "year end", "year's end"):
        core, mod = "year", "END"
    if mod and definite and core in ("decade", "century"):
        core = f"this {core}"  # "by the end of the decade": this decade's end, a date
    if definite and not mod and core == "night":
        return None  # "on the night": one night (that of the match), never the duration P1D
    if not mod and core == "night":
        # "at night", "by night": any night, a time of day as "in the morning" is, which gives
        # no date either; never the duration P1D ("a night" keeps its article and stays one).
        return None
    if definite and not mod and core == "weekend" and anchor is None:
        return Timex(UNANCHORED_UNIT["weekend"], "DATE", "week", relative=True)  # not P1WE
    # "The first week", "the previous year" count from some other time: a stretch of time. "The
    # past year" and "the next decade" are read as TimeBank reads them, like "last year" and
    # "next decade": the calendar unit before or after the article's, a date. "The past
    # century" stays the hundred years up to now: the century before the article's is too far.
    # "The first quarter" is the calendar's (TimeBank: "the fiscal first quarter" is 1989-Q1).
    counted = r"(?:previous|first)\s+(?!quarter\b)\w+|(?:past|last)\s+century"
    rules = [_duration, *RULES] if definite and re.fullmatch(counted, core) else RULES
    for rule in rules:
        result = rule(core, anchor, tense)
        if result is UNRESOLVED:
            return None
        if result is not None:
            return replace(result, mod=mod) if mod else result
    result = _dateparser(core, anchor, tense)
    if result is not None and mod:
        result = replace(result, mod=mod)
    return result


# --- rules: each takes (lower-cased core text, anchor, tense) and returns a Timex or None ---

# Returned by a rule for a date expression that has no value without an anchor.
UNRESOLVED = Timex("", "DATE")

Rule = Callable[[str, date | None, Tense], Timex | None]


def _iso(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:t(\d{2}):(\d{2})(?::\d{2})?)?", core)
    if not m or not _valid(int(m[1]), int(m[2]), int(m[3])):
        return None
    if m[4]:
        return Timex(f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:{m[5]}", "TIME", "minute")
    return Timex(f"{m[1]}-{m[2]}-{m[3]}", "DATE", "day")


def _numeric(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    # US order (month/day/year), the convention of the newswire factx reads.
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})", core)
    if not m:
        return None
    year = int(m[3])
    if year < 100:
        year += 1900 if year >= 30 else 2000
    month, day = int(m[1]), int(m[2])
    if not _valid(year, month, day):
        return None
    return Timex(f"{year:04d}-{month:02d}-{day:02d}", "DATE", "day")


def _month_day_year(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    m = re.fullmatch(
        rf"({MONTH_PATTERN})\.?\s+{_DAY}[,.]?\s*(?:,\s*)?{_YEAR}", core
    ) or re.fullmatch(rf"{_DAY}\s+(?:of\s+)?({MONTH_PATTERN})\.?,?\s+(?:of\s+)?{_YEAR}", core)
    if not m:
        return None
    if m[1].isdigit():
        day, month = int(m[1]), MONTHS[m[2]]
    else:
        month, day = MONTHS[m[1]], int(m[2])
    year = int(m[3])
    if not _valid(year, month, day):
        return None
    return Timex(f"{year:04d}-{month:02d}-{day:02d}", "DATE", "day")


def _month_day(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    # "last Oct. 23": the word says which way, as for a month alone.
    rel = re.match(r"(last|this|next|past|coming)\s+", core)
    if rel:
        core = core[rel.end() :]
    m = re.fullmatch(rf"({MONTH_PATTERN})\.?\s+{_DAY}", core) or re.fullmatch(
        rf"{_DAY}\s+(?:of\s+)?({MONTH_PATTERN})\.?", core
    )
    if not m:
        return None
    if m[1].isdigit():
        day, month = int(m[1]), MONTHS[m[2]]
    else:
        month, day = MONTHS[m[1]], int(m[2])
    if not _valid(2000, month, day):
        return None
    if anchor is None:
        return Timex(f"XXXX-{month:02d}-{day:02d}", "DATE", "day")
    if rel and rel[1] == "this":
        year = anchor.year
    else:
        direction = _direction(rel[1] if rel else None, tense)
        year = _year_for(anchor, direction, lambda y: _safe_date(y, month, day), near=not rel)
    return Timex(f"{year:04d}-{month:02d}-{day:02d}", "DATE", "day", relative=True)


def _month_year(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    m = re.fullmatch(rf"({MONTH_PATTERN})\.?,?\s+(?:of\s+)?{_YEAR}", core)
    if not m:
        return None
    return Timex(f"{int(m[2]):04d}-{MONTHS[m[1]]:02d}", "DATE", "month")


def _month(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    # "June last year", "February this year": the year is named relative to the anchor's.
    m = re.fullmatch(rf"({MONTH_PATTERN})\.?,?\s+(?:of\s+)?(this|last|next)\s+year", core)
    if m:
        if anchor is None:  # the month is known, its year is not
            return Timex(f"XXXX-{MONTHS[m[1]]:02d}", "DATE", "month", relative=True)
        year = anchor.year + {"this": 0, "last": -1, "next": 1}[m[2]]
        return Timex(f"{year:04d}-{MONTHS[m[1]]:02d}", "DATE", "month", relative=True)
    m = re.fullmatch(rf"(?:(this|last|next|past|previous|coming)\s+)?({MONTH_PATTERN})", core)
    if not m or (m[2] == "may" and not m[1] and core != "may"):
        return None
    month = MONTHS[m[2]]
    if anchor is None:
        return Timex(f"XXXX-{month:02d}", "DATE", "month")
    if m[1] == "this":
        # "this September" is the September of the anchor's year, before or after the anchor,
        # as "this year" is the anchor's year.
        return Timex(f"{anchor.year:04d}-{month:02d}", "DATE", "month", relative=True)
    direction = _direction(m[1], tense)
    year = _year_for(anchor, direction, lambda y: date(y, month, 1), "month", near=not m[1])
    return Timex(f"{year:04d}-{month:02d}", "DATE", "month", relative=True)


def _year(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    # "fiscal 1989" is the value 1989: a fiscal year is named by the calendar year it is called
    # after, and where it starts is the company's, not the text's, so TimeML (TimeBank) gives
    # it the plain year.
    m = re.fullmatch(r"(?:(?:fiscal|fy)\s*)?(?:year\s+)?((?:1[0-9]|20)\d{2})", core)
    if m:
        return Timex(m[1], "DATE", "year")
    # "the 1990s", "the 1990's" (an apostrophe some writers put before the plural), "the '90s"
    m = re.fullmatch(r"(?:(?:1[0-9]|20)(\d)0['’]?s|'?(\d)0s)", core)
    if m:
        if m[1]:
            return Timex(core[:3], "DATE", "decade")
        century = "19" if m[2] != "0" else "20"
        return Timex(f"{century}{m[2]}", "DATE", "decade")
    if core in DECADE_WORDS:  # "the nineties": of the 1900s, as news uses them
        return Timex(f"19{DECADE_WORDS[core]}", "DATE", "decade")
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)[\s-]+century", core)
    if m and 1 <= int(m[1]) <= 21:
        return Timex(f"{int(m[1]) - 1:02d}", "DATE", "century")  # the 20th century is 19xx
    return None


def _spelled_years(core: str) -> str:
    """ "nineteen ninety-six" -> "1996", "the year two thousand" -> "the year 2000" (speech)."""

    def digits(m: re.Match[str]) -> str:
        century, rest = parse_number(m[1]), parse_number(m[2]) if m[2] else 0
        if century is None or rest is None or not 0 < rest < 100:
            return m[0]
        return f"{int(century) * 100 + int(rest)}"

    core = re.sub(rf"\b(eighteen|nineteen|twenty)\s+({_TENS}(?:[\s-]+{_ONES})?|{_TEENS})\b",
                  digits, core)  # fmt: skip
    return re.sub(r"\byear\s+two\s+thousand\b", "year 2000", core)


_YEAR_OF_QUARTER = {"this year's": 0, "last year's": -1, "next year's": 1, "year-ago": -1,
                    "year-earlier": -1, "year-before": -1, "prior-year": -1}  # fmt: skip


def _quarter_half(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    """Quarters and halves: "the third quarter", "Q3 2013", "the year-ago quarter".

    Financial news calls the quarter it reports on "the latest quarter" (or "period"): the last
    one completed before the article. "The year-ago quarter" is that quarter a year earlier.
    """
    ordinal = "|".join(ORDINALS)
    qualifier = "|".join(re.escape(q) for q in _YEAR_OF_QUARTER)
    m = re.fullmatch(
        rf"(?:(?P<year_of>{qualifier}|\d{{4}})\s+)?"
        r"(?:(?P<rel>this|last|next|current|previous|coming|same|latest|most\s+recent|"
        r"comparable|corresponding)\s+)?"
        rf"(?:(?:comparable|corresponding)\s+)?(?:(?:{qualifier})\s+)?(?:fiscal[\s-]+)?"
        rf"(?:(?P<ord>{ordinal})[\s-]+)?(?:fiscal[\s-]+)?"
        r"(?P<unit>quarter|half|period)(?:\s+of)?(?:\s+(?:fiscal\s+)?(?P<year>\d{4}))?",
        core,
    )
    if m:
        letter = "H" if m["unit"] == "half" else "Q"
        number = ORDINALS.get(m["ord"] or "", 0)
        year_text, rel = m["year"], m["rel"]
        year_of = m["year_of"] or next((q for q in _YEAR_OF_QUARTER if q in core), None)
        if m["unit"] == "period" and not (year_of or rel in ("latest", "most recent")):
            return None  # "the period" alone is any stretch of time
        if not m["ord"] and rel == "last" and year_text and m["unit"] != "period":
            # "the last half of 1989", "the last quarter of 2004": "last" orders that year's
            # halves or quarters.
            number = 2 if letter == "H" else 4
        if letter == "H" and number not in (0, 1, 2):
            number = 2 if m["ord"] in ("last", "final") else 0
        if year_of and year_of[0].isdigit():
            year_text = year_of
    else:
        # year_quarter_codes: "Q1 2019", "q1-2019", and the year first: "2017 Q1", "2019-H2".
        m = re.fullmatch(rf"(q|h)([1-4])[\s-]*{_YEAR}?", core) or re.fullmatch(
            rf"{_YEAR}[\s-]+(q|h)([1-4])", core
        )
        if not m:
            return None
        code, year_text = (m[1] + m[2], m[3]) if m[1] in ("q", "h") else (m[2] + m[3], m[1])
        letter, number, rel, year_of = code[0].upper(), int(code[1]), None, None
        if letter == "H" and number > 2:
            return None  # "H3", "h4": no half of a year
    if year_text and not number and year_of and anchor is not None:
        # "the 1988 quarter": the quarter reported on (the latest), in that year.
        latest = _quarter_half("latest quarter", anchor, tense)
        number = int(latest.value[-1]) if latest else 0
    if year_text:
        return Timex(f"{year_text}-{letter}{number}" if number else year_text, "DATE", "quarter")
    if anchor is None:
        return Timex(f"XXXX-{letter}{number}", "DATE", "quarter") if number else None
    span = 3 if letter == "Q" else 6
    per_year = 12 // span
    current = (anchor.month - 1) // span + 1
    year = anchor.year
    if not number:
        number = current
        step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel or "", 0)
        if (
            rel in ("latest", "most recent")
            or year_of in _YEAR_OF_QUARTER
            or (rel is None and tense != "future")
        ):
            # The last quarter completed: what "the quarter" reports on, unless the sentence
            # looks ahead ("expects to break even for the quarter").
            step = -1
        number += step
        if number < 1:
            number, year = per_year, year - 1
        elif number > per_year:
            number, year = 1, year + 1
        if year_of in _YEAR_OF_QUARTER:
            year = anchor.year + _YEAR_OF_QUARTER[year_of] if year_of.endswith("'s") else year - 1
    elif year_of in _YEAR_OF_QUARTER:
        year += _YEAR_OF_QUARTER[year_of]
    elif tense == "past" and number > current and rel != "next":
        year -= 1
    shift = None
    if year_of in _YEAR_OF_QUARTER and not m["ord"] and not year_of.endswith("'s"):
        shift = ("year", -1, False)  # "the year-ago quarter": the quarter talked about, a year back
    return Timex(f"{year:04d}-{letter}{number}", "DATE", "quarter", relative=True, shift=shift)


def _season(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    m = re.fullmatch(
        r"(?:(this|last|next|past|coming)\s+)?(spring|summer|autumn|fall|winter)"
        rf"(?:\s+(?:of\s+)?{_YEAR})?",
        core,
    )
    if not m:
        return None
    code = SEASONS[m[2]]
    if m[3]:
        return Timex(f"{m[3]}-{code}", "DATE", "season")
    if anchor is None:
        return Timex(f"XXXX-{code}", "DATE", "season")
    # "last spring" is the latest spring that is over: this year's when the anchor is in autumn.
    # "next spring" is the first spring still to begin.
    starts, ends = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}[code]
    over = anchor.month > ends and code != "WI"
    ahead = anchor.month < starts
    step = {"last": 0 if over else -1, "past": 0 if over else -1, "next": 0 if ahead else 1}
    step["coming"] = step["next"]
    return Timex(f"{anchor.year + step.get(m[1] or '', 0):04d}-{code}", "DATE", "season",
                 relative=True)  # fmt: skip


# Holidays on a fixed day of the year, and those that move: (month, weekday, nth) is the nth
# such weekday of the month, counted from its end when nth is negative.
FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "independence day": (7, 4), "the fourth of july": (7, 4),
    "fourth of july": (7, 4), "july fourth": (7, 4), "halloween": (10, 31),
    "veterans day": (11, 11), "veterans' day": (11, 11), "christmas eve": (12, 24),
    "christmas": (12, 25), "christmas day": (12, 25), "boxing day": (12, 26),
}  # fmt: skip
FLOATING_HOLIDAYS = {
    "martin luther king day": (1, 1, 3), "martin luther king jr. day": (1, 1, 3),
    "presidents day": (2, 1, 3), "presidents' day": (2, 1, 3), "mother's day": (5, 7, 2),
    "memorial day": (5, 1, -1), "father's day": (6, 7, 3), "labor day": (9, 1, 1),
    "columbus day": (10, 1, 2), "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4),
}  # fmt: skip
EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2,
                   "easter monday": 1, "palm sunday": -7, "maundy thursday": -3,
                   "holy saturday": -1, "ash wednesday": -46, "shrove tuesday": -47,
                   "fat tuesday": -47, "mardi gras": -47}  # fmt: skip
# Shopping days counted from US Thanksgiving (the fourth Thursday of November).
THANKSGIVING_DAYS = {"black friday": 1, "cyber monday": 4}
HOLIDAY_PATTERN = "|".join(
    re.escape(name).replace(r"\ ", r"\s+")
    for name in sorted([*FIXED_HOLIDAYS, *FLOATING_HOLIDAYS, *EASTER_HOLIDAYS, *THANKSGIVING_DAYS,
                        "election day", "easter week"], key=len, reverse=True)
)  # fmt: skip


def _holiday(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    """ "Thanksgiving", "last Christmas", "Easter 1998": the day the holiday falls on.

    US holidays, as the newswire factx reads is mostly American. Without a year the holiday is
    the one nearest the anchor in the direction of the tense, like a month and day.
    """
    m = re.fullmatch(rf"(?:(this|last|next|past|coming)\s+)?({HOLIDAY_PATTERN})(?:,?\s+{_YEAR})?",
                     core)  # fmt: skip
    if not m:
        return None
    name = " ".join(m[2].split())
    if m[3]:
        day = _holiday_date(name, int(m[3]))
        return _holiday_timex(name, day, relative=False)
    if anchor is None:
        if name in FIXED_HOLIDAYS:
            month, day_of_month = FIXED_HOLIDAYS[name]
            return Timex(f"XXXX-{month:02d}-{day_of_month:02d}", "DATE", "day")
        return UNRESOLVED
    if m[1] == "this":
        day = _holiday_date(name, anchor.year)
    else:
        direction = _direction(m[1], tense)
        year = _year_for(anchor, direction, lambda y: _holiday_date(name, y), near=not m[1])
        day = _holiday_date(name, year)
    return _holiday_timex(name, day, relative=True)


def _holiday_timex(name: str, day: date, relative: bool) -> Timex:
    if name == "easter week":  # the week that ends on Easter Sunday
        year, week, _ = day.isocalendar()
        return Timex(f"{year:04d}-W{week:02d}", "DATE", "week", relative=relative)
    return Timex(day.isoformat(), "DATE", "day", relative=relative)


def _holiday_date(name: str, year: int) -> date:
    if name in FIXED_HOLIDAYS:
        return date(year, *FIXED_HOLIDAYS[name])
    if name == "election day":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    if name in FLOATING_HOLIDAYS:
        return _nth_weekday(year, *FLOATING_HOLIDAYS[name])
    if name in THANKSGIVING_DAYS:
        thanksgiving = _nth_weekday(year, *FLOATING_HOLIDAYS["thanksgiving"])
        return thanksgiving + timedelta(days=THANKSGIVING_DAYS[name])
    return _easter(year) + timedelta(days=EASTER_HOLIDAYS.get(name, 0))


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth ISO weekday (1 = Monday) of a month; nth = -1 is the last one."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-nth - 1))


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _deictic(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    refs = {
        "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
        "at present": "PRESENT_REF", "present": "PRESENT_REF", "nowadays": "PRESENT_REF",
        "these days": "PRESENT_REF", "the moment": "PRESENT_REF", "recently": "PAST_REF",
        "recent": "PAST_REF", "past": "PAST_REF", "previously": "PAST_REF",
        "formerly": "PAST_REF", "once": "PAST_REF", "earlier": "PAST_REF",
        "future": "FUTURE_REF", "soon": "FUTURE_REF", "later": "FUTURE_REF",
        "in the future": "FUTURE_REF", "the future": "FUTURE_REF", "near future": "FUTURE_REF",
        "distant future": "FUTURE_REF", "distant past": "PAST_REF",
        # "in the near term", "over the long term": the time ahead, short or long.
        "near term": "FUTURE_REF", "short term": "FUTURE_REF", "medium term": "FUTURE_REF",
        "long term": "FUTURE_REF", "longer term": "FUTURE_REF",
    }  # fmt: skip
    if core in refs:
        return Timex(refs[core], "DATE", None)
    if core in ("year-earlier", "year-ago"):
        # "year-earlier results": those of a year before the time talked about.
        if anchor is None:
            return UNRESOLVED
        shift = ("year", -1, core == "year-ago")
        return Timex(f"{anchor.year - 1:04d}", "DATE", "year", relative=True, shift=shift)
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    parts = core.split()
    if parts and parts[0] in offsets and len(parts) <= 2:
        suffix = PARTS_OF_DAY.get(parts[1]) if len(parts) == 2 else None
        if len(parts) == 2 and suffix is None:
            return None
        if parts[0] == "tonight":
            suffix = "NI"
        if anchor is None:
            value = "PRESENT_REF" if parts[0] in ("today", "tonight") else None
            return Timex(value, "DATE", "day") if value and not suffix else None
        day = anchor + timedelta(days=offsets[parts[0]])
        if suffix:
            return Timex(f"{day.isoformat()}T{suffix}", "TIME", "day", relative=True)
        return Timex(day.isoformat(), "DATE", "day", relative=True)
    m = re.fullmatch(r"(this|last|yesterday|tomorrow)\s+(morning|afternoon|evening|night)", core)
    if m and anchor is not None:
        days = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[m[1]]
        value = f"{(anchor + timedelta(days=days)).isoformat()}T{PARTS_OF_DAY[m[2]]}"
        return Timex(value, "TIME", "day", relative=True)
    return None


def _weekday(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    m = re.fullmatch(
        rf"(?:(this|last|next|past|previous|preceding|following|coming)\s+)?({WEEKDAY_PATTERN})\.?"
        r"(?:\s+(morning|afternoon|evening|night))?",
        core,
    )
    if not m:
        return None
    weekday = WEEKDAYS[m[2]]
    if m[1] in ("previous", "preceding", "following") and not m[3]:
        # "The previous Friday" counts from the day talked about (`resolve_anaphor`); the
        # value here, from the article's date, stands in for "previous" when there is none.
        word = "last" if m[1] != "following" else "next"
        found = _weekday(f"{word} {m[2]}", anchor, tense)
        if found is None:
            return None
        step = 1 if m[1] == "following" else -1
        return replace(found, shift=(m[2], step, False), anaphoric=anchor is not None)
    if m[3]:
        # "Friday night" is a part of that day: a TIME value such as 2013-03-22TNI.
        whole_day = _weekday(core[: m.start(3)].strip(), anchor, tense)
        if whole_day is None:
            return None
        value = f"{whole_day.value}T{PARTS_OF_DAY[m[3]]}"
        return Timex(value, "TIME", "day", relative=whole_day.relative)
    if anchor is None:
        return Timex(f"XXXX-WXX-{weekday}", "DATE", "day", relative=True)
    direction = _direction(m[1], tense)
    delta = weekday - anchor.isoweekday()
    if direction == "past":
        delta = delta if delta <= 0 else delta - 7
        if m[1] in ("last", "previous", "past") and delta == 0:
            delta = -7
    elif direction == "future":
        delta = delta if delta >= 0 else delta + 7
        if m[1] in ("next", "coming") and delta == 0:
            delta = 7
    elif delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    day = anchor + timedelta(days=delta)
    return Timex(day.isoformat(), "DATE", "day", relative=True)


def _relative_unit(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    """this/last/next week, month, year, weekend; "the year" and "the week" mean the current one."""
    # "the full year", "the current fiscal year": a fiscal year is counted as the calendar year
    # it mostly falls in (see `_year`), and "full" only stresses that all of it is meant.
    core = re.sub(r"\b(?:full|fiscal|calendar)\s+(?=year$)", "", core)
    core = re.sub(r"^that\s+same\s+", "same ", core)
    m = re.fullmatch(r"(that|same|following)\s+(day|week|month|quarter|year)", core)
    if m:
        # "That year", "the following month": about the time just talked about (see
        # `resolve_anaphor`); the article's date is only a stand-in for it.
        step = 1 if m[1] == "following" else 0
        if anchor is None:
            return UNRESOLVED
        grain = m[2]
        return Timex(_shifted(anchor, grain, step), "DATE", grain, relative=True,
                     shift=(grain, step, False), anaphoric=True)  # fmt: skip
    m = re.fullmatch(
        r"(this|last|next|past|previous|coming|current)?\s*"
        r"(week|weekend|month|year|decade|century)",
        core,
    )
    if m and m[1] is None and m[2] == "weekend" and anchor is not None:
        return _weekend(anchor, tense)
    if not m or (m[1] is None and m[2] not in ("year", "week", "month")):
        return None
    if anchor is None:
        if m[1] in (None, "this", "current"):
            return Timex("PRESENT_REF", "DATE", None, relative=True)
        return Timex(UNANCHORED_UNIT[m[2]], "DATE", _grain_of(m[2]), relative=True)
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(m[1] or "", 0)
    return Timex(_shifted(anchor, m[2], step), "DATE", _grain_of(m[2]), relative=True)


def _weekend(anchor: date, tense: Tense) -> Timex:
    """ "the weekend": the one just past in a past-tense sentence, the coming one otherwise."""
    saturday = anchor + timedelta(days=6 - anchor.isoweekday())  # this week's Saturday
    if tense == "past" and saturday > anchor:
        saturday -= timedelta(weeks=1)
    elif tense is None and anchor.isoweekday() <= 2:
        saturday -= timedelta(weeks=1)  # on a Monday or Tuesday, the weekend that just ended
    year, week, _ = saturday.isocalendar()
    return Timex(f"{year:04d}-W{week:02d}-WE", "DATE", "week", relative=True)


def _ago(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    m = re.fullmatch(r"(.+?)\s+(second|minute|hour|day|week|fortnight|month|year|decade)s?\s+"
                     r"(ago|earlier|before|later|from now|from today|hence)", core)  # fmt: skip
    if not m or re.search(r"\s(?:a|an)$", m[1]):
        return None  # "up from seven a year ago": the number counts something else
    count = _count(m[1])
    unit = m[2]
    if unit == "fortnight" and isinstance(count, int | float):
        unit, count = "week", count * 2  # "a fortnight ago" is two weeks ago
    if count is None or isinstance(count, str):
        # "a few years ago": some time before, as far as a value can tell, anchor or not.
        ref = "PAST_REF" if m[3] in ("ago", "earlier", "before") else "FUTURE_REF"
        return Timex(ref, "DATE", relative=anchor is None)
    letter, is_time, grain = UNITS[unit]
    if anchor is None and m[3] in ("ago", "earlier", "before"):
        # "two years ago" is a date (TimeML) whatever the article's date: without one, a date
        # of unknown value, as "last year" is; never the duration it counts back.
        if is_time:
            return None  # as with a date: an hour back from a day is no value
        return Timex(
            UNANCHORED_UNIT.get(unit, "XXXX-XX-XX"), "DATE", _grain_of(unit), relative=True
        )
    if anchor is None or m[3] == "later" or (is_time and m[3] != "ago"):
        # "three days later" is a stretch of time after some event, the signal word aside.
        return Timex(_duration_value(count, letter, is_time), "DURATION", grain)
    # "a year earlier" is a date (TimeML), a year before the time being talked about; the
    # article's date stands in for that time, as it does for "a year ago".
    sign = 1 if m[3] in ("from now", "from today", "hence") else -1
    if is_time or not float(count).is_integer():
        return None
    step = sign * int(count)
    value = _shifted(anchor, unit, step)
    return Timex(value, "DATE", _grain_of(unit), relative=True, shift=(unit, step, m[3] == "ago"))


def _duration(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    m = re.fullmatch(
        r"(?:(?:the\s+)?(?:past|last|next|previous|coming|first|final|following|recent|"
        r"latest)\s+)?"
        r"(.*?)[\s-]*(second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|"
        r"decade|century|centurie)(s?)(?:[\s-]+long|[\s-]+old)?",
        core,
    )
    if not m:
        return None
    # "for years", "in recent months": a plural with no number is an unknown count (PXY).
    unit = "century" if m[2] == "centurie" else m[2]
    count = _count(m[1]) if m[1] else ("X" if m[3] or m[2] == "centurie" else 1)
    if count is None:
        return None
    letter, is_time, grain = UNITS[unit]
    if unit == "fortnight" and isinstance(count, int | float):
        count *= 2
    return Timex(_duration_value(count, letter, is_time), "DURATION", grain)


_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve")  # fmt: skip
_HOURS = {w: n for n, w in enumerate(_HOUR_WORDS, 1)}
_PART_OF_DAY_CLOCK = re.compile(
    rf"(\d{{1,2}}(?::\d{{2}})?|{'|'.join(_HOURS)})(?:\s+o'clock)?\s+"
    r"(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))"
)


def _clock(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    # clock_in_part_of_day: "4 in the morning" is 4 a.m., "eight in the evening" 8 p.m., "11 at
    # night" 11 p.m. (a night's small hours, "2 at night", and "12 at night" a.m.).
    told = _PART_OF_DAY_CLOCK.fullmatch(core)
    if told:
        said = str(_HOURS.get(told[1], told[1]))
        small = int(said.split(":")[0]) < 5 or said.split(":")[0] == "12"  # "12 at night"
        core = f"{said} {'am' if told[2] == 'morning' or (told[3] and small) else 'pm'}"
    m = re.fullmatch(
        r"(?:(noon|midday|midnight)|(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?)"
        r"(?:\s+(?:[a-z]{1,4}t|gmt|utc))?(?:,?\s+(.+))?",
        core,
    )
    if not m:
        return None
    if m[1]:
        hour, minute = (0, 0) if m[1] == "midnight" else (12, 0)
    elif m[3] and "." in core[: m.end(3)] and not m[4]:
        return None  # "8.30" alone is a number; "8.30pm" (dotted_clock) is a time
    elif m[3] or m[4]:
        hour, minute = int(m[2]), int(m[3] or 0)
        if m[4] and m[4].startswith("p") and hour < 12:
            hour += 12
        elif m[4] and m[4].startswith("a") and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return None
    else:
        return None
    if m[5]:
        # "10 p.m. Wednesday", "5 p.m. EST, Nov. 9": the time of that day; "8am this morning"
        # and "11pm tonight" are times of today (clock_then_day).
        day_part = re.fullmatch(r"tonight|this\s+(?:morning|afternoon|evening)", m[5])
        on = _timex("today" if day_part else m[5], anchor, tense)
        if on is None or on.type != "DATE" or on.grain != "day":
            return None
        return Timex(f"{on.value}T{hour:02d}:{minute:02d}", "TIME", "minute", relative=on.relative)
    day = anchor.isoformat() if anchor else "XXXX-XX-XX"
    return Timex(f"{day}T{hour:02d}:{minute:02d}", "TIME", "minute", relative=anchor is not None)


def _set(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    if core in SET_WORDS:
        value, grain = SET_WORDS[core]
        return Timex(value, "SET", grain.split()[0])
    m = re.fullmatch(r"(?:every|each|per)\s+(?:(\w+)\s+)?(\w+?)s?", core)
    if not m:
        return None
    if m[2] in WEEKDAYS and not m[1]:
        return Timex(f"XXXX-WXX-{WEEKDAYS[m[2]]}", "SET", "day")
    # "Each July", "every summer": that month or season of every year.
    if m[2] in MONTHS and not m[1]:
        return Timex(f"XXXX-{MONTHS[m[2]]:02d}", "SET", "month")
    if m[2] in SEASONS and not m[1]:
        return Timex(f"XXXX-{SEASONS[m[2]]}", "SET", "season")
    unit = m[2]
    if unit not in UNITS or unit == "weekend":
        return None
    count = _count(m[1]) if m[1] else 1
    if count is None or isinstance(count, str):
        return None
    letter, is_time, grain = UNITS[unit]
    return Timex(_duration_value(count, letter, is_time), "SET", grain)


RULES: list[Rule] = [
    _iso,
    _numeric,
    _month_day_year,
    _month_day,
    _month_year,
    _month,
    _year,
    _quarter_half,
    _season,
    _holiday,
    _deictic,
    _weekday,
    _relative_unit,
    _ago,
    _set,
    _duration,
    _clock,
]


# The words of the explicit dates dateparser is asked to read: a core with any other word ("the
# quarter ended sept. 30", "may last month") is one it reads as nothing, and asking costs its
# import and first parse, about 0.8 s, in a run whose spans never needed it.
_DATEPARSER_WORDS = frozenset(
    [*MONTHS, *WEEKDAYS, "of", "the", "st", "nd", "rd", "th", "am", "pm", "a", "p", "m"]
).union(("gmt", "utc", "bst", "est", "edt", "cst", "cdt", "pst", "pdt", "cet"))


def _dateparser(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    """Last resort for explicit dates in forms the grammar lacks ("04th jan 2019", "oct/2")."""
    if not re.search(rf"\b(?:{MONTH_PATTERN})\b", core) or re.search(r"\b(?:and|or|to)\b", core):
        return None  # numbers alone ("1678.5") and ranges ("April 24 and 25") are not one date
    if re.search(rf"\b(?:{MONTH_PATTERN})\s*[-–]\s*(?:{MONTH_PATTERN})\b", core):
        return None  # "July-September": a range of months, not one (and not worth its import)
    if not _DATEPARSER_WORDS.issuperset(re.findall(r"[a-z]+", core)):
        return None
    has_year = re.search(r"\b(?:1[0-9]|20)\d{2}\b", core) is not None
    if anchor is None and not has_year:
        return None  # dateparser would fill the year from today
    parser = _date_data_parser(anchor or date(2000, 1, 1), tense, has_year)
    data = parser.get_date_data(core)
    found = data.date_obj
    if found is None:
        return None
    if not has_year and anchor is not None and abs(found.year - anchor.year) > 1:
        return None  # "19/20 February" read as the year 2020 in a 2004 article
    period = data.period or "day"
    if period == "month":
        return Timex(f"{found.year:04d}-{found.month:02d}", "DATE", "month", relative=not has_year)
    if period == "year":
        return Timex(f"{found.year:04d}", "DATE", "year")
    if period == "time":
        return Timex(found.strftime("%Y-%m-%dT%H:%M"), "TIME", "minute", relative=True)
    return Timex(found.date().isoformat(), "DATE", "day", relative=not has_year)


@lru_cache(maxsize=64)
def _date_data_parser(anchor: date, tense: Tense, has_year: bool) -> Any:
    # Imported here: dateparser is slow to import and only the rare span needs it.
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime.combine(anchor, datetime.min.time()),
        "PREFER_DATES_FROM": {"past": "past", "future": "future"}.get(
            tense or "", "current_period"
        ),
        "REQUIRE_PARTS": ["month"] if has_year else ["day", "month"],
    }
    return DateDataParser(languages=["en"], settings=settings)


# --- helpers ---


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _safe_date(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _direction(word: str | None, tense: Tense) -> Tense:
    if word in ("last", "past", "previous"):
        return "past"
    if word in ("next", "coming"):
        return "future"
    if word == "this":
        return None
    return tense


def _year_for(
    anchor: date,
    tense: Tense,
    make: Callable[[int], date],
    grain: str = "day",
    near: bool = True,
) -> int:
    """The year that puts a month(-day) nearest the anchor in the direction of the tense.

    `near` lets a past tense keep a date only weeks ahead; an explicit "last" does not.
    """
    candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    start = date(anchor.year, anchor.month, 1) if grain == "month" else anchor
    if tense == "past":
        # Except when the date is only weeks ahead: news gives the year of a date a year back,
        # so "extended the offer to Nov. 16" in late October is this November's.
        options = [y for y in candidates if make(y) <= start]
        ahead = make(anchor.year) - start
        if near and grain == "day" and timedelta(0) < ahead <= timedelta(days=NEAR_DAYS):
            return anchor.year
        if near and grain == "month" and make(anchor.year).month == anchor.month % 12 + 1:
            # The same for next month: "gave it until mid-November" in late October.
            return anchor.year + (anchor.month == 12)

        return max(options)
    if tense == "future":
        options = [y for y in candidates if make(y) >= start]
        return min(options)
    return min(candidates, key=lambda y: (abs((make(y) - start).days), -y))


def _count(text: str) -> int | float | str | None:
    text = text.strip()
    if text in ("a", "an", "one", "the", "a full", "a whole", "an entire", "the entire"):
        return 1
    if text in VAGUE_COUNTS or text in ("", "many", "several", "few"):
        return "X"
    if text in ("a half", "half a", "half an"):
        return 0.5
    if text in ("a couple", "couple", "a couple of", "couple of"):
        return 2  # "a couple of years" is two, as TimeBank and Recognizers-Text read it
    m = re.fullmatch(r"(\d+)\s+1/2|(\w+)\s+and\s+a\s+half", text)
    if m:
        whole = _count(m[1] or m[2])
        return whole + 0.5 if isinstance(whole, int | float) else None
    text = re.sub(r"^an?\s+(?=\w)", "", text)  # "a two day rally"
    value = parse_number(text)
    if value is None or value < 0:
        return None
    return value


# A half of a unit in the next smaller one: "2 1/2 years" is P2Y6M (TIMEX3 has no fractions).
_HALVES = {("Y", False): "6M", ("H", True): "30M", ("M", True): "30S", ("D", False): "T12H"}


def _duration_value(count: int | float | str, letter: str, is_time: bool) -> str:
    if isinstance(count, float) and (count * 2).is_integer() and (letter, is_time) in _HALVES:
        whole = f"{int(count)}{letter}" if count >= 1 else ""
        return ("PT" if is_time else "P") + whole + _HALVES[letter, is_time]
    if isinstance(count, float) and not count.is_integer():
        number = f"{count:g}"
    else:
        number = str(int(count)) if not isinstance(count, str) else count
    if letter in ("DE", "CE"):
        if isinstance(count, str):
            return f"P{count}{letter}"
        return f"P{int(float(number) * (10 if letter == 'DE' else 100))}Y"
    if letter == "Q":
        return f"P{number}Q"
    return f"PT{number}{letter}" if is_time else f"P{number}{letter}"


def _grain_of(unit: str) -> str:
    return "week" if unit == "weekend" else unit


def _shifted(anchor: date, unit: str, step: int) -> str:
    """The value of the unit containing the anchor shifted by step units: 2013-W11, 2013-03.

    Raises OverflowError (OutsideCalendar) when the shifted unit leaves years 1-9999.
    """
    value = _shift(anchor, unit, step)
    if not _in_calendar(value):
        raise OutsideCalendar(f"{unit} {step:+d} from {anchor}")
    return value


def _shift(anchor: date, unit: str, step: int) -> str:
    if unit in ("day", "night"):
        return (anchor + timedelta(days=step)).isoformat()
    if unit in ("week", "weekend"):
        year, week, _ = (anchor + timedelta(weeks=step)).isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + step
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "year":
        return f"{anchor.year + step:04d}"
    if unit == "decade":
        return f"{(anchor.year // 10 + step):03d}"
    if unit == "century":
        return f"{(anchor.year // 100 + step):02d}"
    raise ValueError(unit)


def interval(value: str) -> tuple[str, str] | None:
    """[start, end) of a DATE/TIME value in ISO form, where the value names one period
    (None for a period that ends after the calendar does, in 9999)."""
    try:
        return _interval(value)
    except (OverflowError, ValueError):
        return None


def _interval(value: str) -> tuple[str, str] | None:
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?", value)
    if m:
        year = int(m[1])
        if m[4]:
            start = datetime(year, int(m[2]), int(m[3]), int(m[4]), int(m[5]))
            return start.isoformat()[:16], (start + timedelta(minutes=1)).isoformat()[:16]
        if m[3]:
            day = date(year, int(m[2]), int(m[3]))
            return day.isoformat(), (day + timedelta(days=1)).isoformat()
        if m[2]:
            month = int(m[2])
            end = date(year + month // 12, month % 12 + 1, 1)
            return date(year, month, 1).isoformat(), end.isoformat()
        return date(year, 1, 1).isoformat(), date(year + 1, 1, 1).isoformat()
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m:
        start_day = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return start_day.isoformat(), (start_day + timedelta(days=7)).isoformat()
    m = re.fullmatch(r"(\d{4})-([QH])([1-4])", value)
    if m:
        span = 3 if m[2] == "Q" else 6
        first = (int(m[3]) - 1) * span + 1
        year = int(m[1])
        end_month = first + span
        end = date(year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1)
        return date(year, first, 1).isoformat(), end.isoformat()
    m = re.fullmatch(r"(\d{3})", value)
    if m:
        return date(int(m[1]) * 10, 1, 1).isoformat(), date(int(m[1]) * 10 + 10, 1, 1).isoformat()
    return None
