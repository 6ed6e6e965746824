"""Clock times with a time zone ("16:08 UTC", "0800 GMT", "12:00 UTC Monday") -> TIMEX3 values
that keep the zone as an ISO 8601 offset: `2009-06-01T12:00Z`, `2009-06-01T09:00-05:00`.

The zone is read off the span and the rest goes to `timex` as a plain clock time, so the day
a zone-less time resolves to and the day a zoned one resolves to never disagree.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from functools import cache
from importlib import resources

from factx.normalize.timex import Tense, Timex, timex


@cache
def zone_offsets() -> dict[str, str]:
    text = resources.files("factx.data").joinpath("timezones.json").read_text("utf-8")
    zones: dict[str, str] = json.loads(text)["zones"]
    return zones


@cache
def zone_pattern() -> str:
    """The zone abbreviations, longest first, as written (capitals: "est" is no zone)."""
    return "|".join(re.escape(z) for z in sorted(zone_offsets(), key=len, reverse=True))


@cache
def _zoned() -> re.Pattern[str]:
    # "16:08 UTC", "0800 GMT" (a four-digit time only with a zone), "6:40 p.m. (GMT+8)",
    # then optionally the day: "12:00 UTC Monday", "0800 GMT on June 1".
    return re.compile(
        r"(?P<clock>\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|(?P<hhmm>\d{4}))"
        rf"\s*\(?\s*(?P<zone>{zone_pattern()})\s*(?P<shift>[+-]\s*\d{{1,2}})?\s*\)?"
        r"(?P<rest>,?\s+(?:on\s+)?\S.*)?",
        re.IGNORECASE,
    )


def offset_of(zone: str, shift: str | None) -> str | None:
    """The ISO offset of a zone ("EST" -> "-05:00"; "GMT +8" -> "+08:00"), None if unknown."""
    base = zone_offsets().get(zone)
    if base is None or not shift:
        return base
    if base != "Z":
        return None  # "EST+2" is no way to write a zone
    hours = int(shift.replace(" ", ""))
    if not -12 <= hours <= 14:
        return None
    return "Z" if hours == 0 else f"{'+' if hours > 0 else '-'}{abs(hours):02d}:00"


def zoned_timex(text: str, *, anchor: date | None, tense: Tense) -> Timex | None:
    """The TIMEX3 of a clock time followed by its zone; None when the text is no such time."""
    m = _zoned().fullmatch(" ".join(text.split()))
    if m is None or not re.fullmatch(zone_pattern(), m["zone"]):
        return None  # the zone must be written in capitals, as it is in news text
    offset = offset_of(m["zone"], m["shift"])
    if offset is None:
        return None
    clock = m["clock"]
    if m["hhmm"]:
        hours, minutes = int(clock[:2]), int(clock[2:])
        if hours > 23 or minutes > 59:
            return None
        clock = f"{hours:02d}:{minutes:02d}"
    found = timex(clock + (m["rest"] or ""), anchor=anchor, tense=tense)
    if found is None or found.type != "TIME" or not re.search(r"T\d{2}:\d{2}$", found.value):
        return None
    bounds = found.interval  # the minute on the clock as written, in the same zone
    if bounds is not None:
        bounds = (bounds[0] + offset, bounds[1] + offset)
    return replace(found, value=found.value + offset, bounds=bounds)
