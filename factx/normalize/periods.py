"""Wire and market-report time expressions -> TIMEX3, ahead of the general grammar in `timex`.

These are the phrases business news uses that the general grammar reads wrong: the trading day
("on the day", "late in the day"), runs of periods ("six straight days", "a second consecutive
day"), periods counted from another time ("the previous year", "the same period last year",
"the first quarter of last year"), days written as a range ("9-10 July") and clock times with a
zone (`timezones`). Everything else goes to `timex` unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from factx.normalize.timex import (
    MONTH_PATTERN,
    ORDINALS,
    UNRESOLVED,
    Tense,
    Timex,
    interval,
    timex,
)
from factx.normalize.timezones import zone_pattern, zoned_timex

# The article's day as a market report names it; a part of it carries a mod.
_DAY_PARTS = {
    "early in the day": "START", "earlier in the day": None, "late in the day": "END",
    "later in the day": None, "start of the day": "START", "beginning of the day": "START",
    "end of the day": "END", "close of the day": "END", "the day": None,
}  # fmt: skip
_RUN_UNITS = {
    "day": "D", "session": "D", "trading day": "D", "trading session": "D", "week": "W",
    "month": "M", "quarter": "Q", "year": "Y",
}  # fmt: skip
_RUN = re.compile(
    r"(?:(?:a|an|the|its|their)\s+)?(?:(?:past|last|previous|next)\s+)?(?P<count>[\w-]+)[\s-]+"
    r"(?:(?P<kind>straight|consecutive|successive|trading)\s+)(?:trading\s+)?"
    r"(?P<unit>day|session|week|month|quarter|year)s?"
)
_PREVIOUS = re.compile(
    r"the\s+(?:(?:previous|prior|preceding)\s+(?P<unit>day|week|month|quarter|year)"
    r"|(?P<unit2>year|month|week)\s+(?:previous|prior))"
)
_LAST_YEAR = (
    r"(?:(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year|a\s+year\s+(?:ago|earlier|before))"
)
_SAME = re.compile(rf"the\s+same\s+(?P<unit>period|quarter|month|time)\s+{_LAST_YEAR}")
_QUARTER_OF = re.compile(
    r"(?P<quarter>(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+"
    r"(?:fiscal[\s-]+)?(?:quarter|half))\s+of\s+(?P<which>last|this|next|the(?:\s+current)?)\s+year"
)
_RANGE = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|/|to)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?(?P<m1>{MONTH_PATTERN})\.?"
    rf"|(?P<m2>{MONTH_PATTERN})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to)\s*"
    rf"(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(?P<year>\d{{4}}))?"
)


def news_timex(text: str, *, anchor: date | None = None, tense: Tense = None) -> Timex | None:
    """The TIMEX3 of a date/time span, reading the wire phrases first (see the module doc)."""
    zoned = zoned_timex(text, anchor=anchor, tense=tense)
    if zoned is not None:
        return zoned
    core = " ".join(text.lower().replace("’", "'").split()).strip(" ,;:")
    core = re.sub(r"^(?:on|in|at|by|since|from|during|until|till|of|for|over)\s+", "", core)
    for rule in (_market_day, _run, _previous, _same_period, _quarter_of, _day_range):
        found = rule(core, anchor, tense)
        if found is UNRESOLVED:
            return None
        if found is not None:
            return found
    return timex(text, anchor=anchor, tense=tense)


def _market_day(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    part = re.sub(r"^the\s+(?=(?:start|beginning|end|close)\b)", "", core)
    part = re.sub(r"\s+of\s+(?:the\s+)?trading\s+day$", " of the day", part)
    if part not in _DAY_PARTS:
        return None
    if anchor is None:
        return Timex("XXXX-XX-XX", "DATE", "day", mod=_DAY_PARTS[part])
    return Timex(anchor.isoformat(), "DATE", "day", mod=_DAY_PARTS[part], relative=True)


def _run(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    """ "Six straight days", "two consecutive quarters", "a second consecutive day" (the run is
    two days long), "the past five trading days": how long a run of periods lasted."""
    m = _RUN.fullmatch(core)
    if m is None or (m["kind"] == "trading" and m["unit"] not in ("day", "session")):
        return None
    count = ORDINALS.get(m["count"]) if m["count"] not in ("last", "final") else None
    if count is None:
        found = timex(f"{m['count']} {m['unit'] if m['unit'] != 'session' else 'day'}s")
        if found is None or found.type != "DURATION":
            return None
        return replace(found, mod=None)
    letter = _RUN_UNITS[m["unit"]]
    grain = "day" if letter == "D" else m["unit"]
    return Timex(f"P{count}{letter}", "DURATION", grain)


def _previous(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    """ "The previous year" is the year before the time talked about (the article's year when
    none was): a date, as "a year earlier" is."""
    m = _PREVIOUS.fullmatch(core)
    if m is None:
        return None
    unit = m["unit"] or m["unit2"]
    if unit == "quarter":  # no "a quarter earlier" in the rules: the quarter before the article's
        return timex("last quarter", anchor=anchor, tense=tense)
    found = timex(f"a {unit} earlier", anchor=anchor, tense=tense)
    if found is None or found.shift is None:
        return found
    # Anaphoric, so that after "the third quarter" it is the year before that quarter's year
    # (not the quarter a year back, as "a year earlier" would be).
    return replace(found, anaphoric=True)


def _same_period(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    """ "The same period last year", "the same quarter a year ago": the period talked about, a
    year back; for a month, the article's month a year back."""
    m = _SAME.fullmatch(core)
    if m is None:
        return None
    if m["unit"] in ("period", "quarter"):
        return timex(f"the year-ago {m['unit']}", anchor=anchor, tense=tense)
    if anchor is None:
        return None
    if m["unit"] == "month":
        value = f"{anchor.year - 1:04d}-{anchor.month:02d}"
        return Timex(value, "DATE", "month", relative=True)
    return timex("a year ago", anchor=anchor, tense=tense)


def _quarter_of(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    """ "The first quarter of last year", "the second half of the year": the quarter of the
    year named relative to the anchor."""
    m = _QUARTER_OF.fullmatch(core)
    if m is None:
        return None
    if anchor is None:
        return timex(m["quarter"])
    # "the second half of the year" is of the article's year, as "the year" alone is.
    year = anchor.year + {"last": -1, "next": 1}.get(m["which"], 0)
    found = timex(f"{m['quarter']} {year}", anchor=anchor, tense=tense)
    return replace(found, relative=True) if found is not None else None


def _day_range(core: str, anchor: date | None, tense: Tense) -> Timex | None:
    """ "9-10 July", "19/20 February", "July 9-10": an interval of days, never one day. The
    value is the month both lie in and the interval the days themselves."""
    m = _RANGE.fullmatch(core)
    if m is None:
        return None
    month = m["m1"] or m["m2"]
    first, last = int(m["d1"] or m["d3"]), int(m["d2"] or m["d4"])
    if not first < last:
        return UNRESOLVED  # "10-9 July" is no range, and none of its days is the date
    year = f" {m['year']}" if m["year"] else ""
    start = timex(f"{month} {first}{year}", anchor=anchor, tense=tense)
    end = timex(f"{month} {last}{year}", anchor=anchor, tense=tense)
    if start is None or end is None or start.value[:8] != end.value[:8]:
        return None
    bounds = interval(end.value)
    month_value = start.value[:7]
    if bounds is None or not month_value[:4].isdigit():
        return Timex(month_value, "DATE", "month", relative=start.relative)
    return Timex(
        month_value,
        "DATE",
        "month",
        relative=start.relative,
        bounds=(start.value, bounds[1]),
    )


_COUNT = (
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th)|(?:twenty|thirty)(?:-\w+)?)"
)
_MONTH_CAP = "|".join(m.capitalize() for m in MONTH_PATTERN.split("|"))
_WEEKDAY_CAP = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


def wire_patterns() -> list[str]:
    """What the date finder looks for on top of its own grammar (see `factx.extract.dates`)."""
    # "16:08 UTC", "0800 GMT", "6:40 p.m. (GMT+8)", "12:00 UTC Monday", "9 a.m. EST, Nov. 9".
    zone = rf"(?:{zone_pattern()})\b(?:\s*[+-]\s*\d{{1,2}})?"
    zoned = (
        # Not "(0735 GMT)" after a time: the same time told in another zone.
        r"(?<![\d:,.(])(?<!\(\s)(?:\d{1,2}:\d{2}(?:\s*(?i:a\.m\.|p\.m\.|am|pm))?|\d{1,2}\s*(?i:a\.m\.|p\.m\.|am|pm)"
        rf"|\d{{4}})(?:\s*\(\s*{zone}\s*\)|\s+{zone})"
        rf"(?:,?\s+(?:(?i:on)\s+)?(?:(?:{_WEEKDAY_CAP})\b|(?:{_MONTH_CAP})\.?\s+\d{{1,2}}\b))?"
    )
    return [zoned, *_WIRE_PATTERNS]


_WIRE_PATTERNS = [
    # "on the day" at the end of a clause: the trading day the report is about.
    r"(?<=\b[Oo]n\s)(?i:the\s+day)(?=\s*[,.;:]|\s+(?:and|but|while|as|after|to|at|in)\b)",
    # Not before a day that says which: "early in the day Wednesday".
    r"\b(?i:(?:early|late|later|earlier)\s+in\s+the\s+day)\b(?!,?\s+(?:on\s+)?(?:[A-Z][a-z]+day|"
    r"(?i:today|tomorrow|yesterday))\b)",
    r"\b(?i:the\s+(?:start|beginning|end|close)\s+of\s+(?:the\s+)?(?:trading\s+)?day)\b",
    rf"\b(?i:(?:(?:a|an|the|its|their)\s+)?(?:(?:past|last|previous|next)\s+)?{_COUNT}[\s-]+"
    r"(?:(?:straight|consecutive|successive)\s+(?:trading\s+)?(?:days?|sessions?|weeks?|"
    r"months?|quarters?|years?)|trading\s+(?:days?|sessions?)))\b",
    r"\b(?i:the\s+(?:previous|prior|preceding)\s+(?:day|week|month|quarter|year)|"
    r"the\s+(?:year|month|week)\s+(?:previous|prior))\b",
    rf"\b(?i:the\s+same\s+(?:period|quarter|month|time)\s+{_LAST_YEAR})\b",
    r"\b(?i:(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+"
    r"(?:fiscal[\s-]+)?(?:quarter|half)\s+of\s+(?:last|this|next|the(?:\s+current)?)\s+year)\b",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|/|to)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?(?:{_MONTH_CAP})\.?(?:,?\s+\d{{4}})?\b",
    rf"\b(?:{_MONTH_CAP})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to)\s*\d{{1,2}}"
    r"(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b",
]
