"""Shares of a whole, compound measures and ranges of counts: "two-thirds" (0.667), "one in 10"
(0.1), "5 ft 2 in" (62 in), "two or three phones" (2 to 3). Read apart from plain counts, which
would make "two-thirds" two thirds, "one in 10 Americans" ten Americans and "between 2.5 and 4
points" 6.5 points."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factx.normalize.numbers import parse_number

_SMALL = "one|two|three|four|five|six|seven|eight|nine|ten"
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
_PLURAL_DENOMINATOR = "halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths"
_SINGULAR_DENOMINATOR = "half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth"

# "two-thirds", "three quarters"; "a third" / "one fifth" only before "of" ("a third of voters"),
# since "a third term" is an ordinal. "One in 10", "1 in 5", "one out of four": a ratio; the
# whole is at most four digits (never a year: "one in 2005").
FRACTION_RE = re.compile(
    rf"(?<![\w-])(?P<fraction>(?i:(?P<num>{_SMALL})[\s-](?P<den>{_PLURAL_DENOMINATOR})"
    rf"|(?P<one>a|one)[\s-](?P<den1>{_SINGULAR_DENOMINATOR})(?=\s+of\b)"
    rf"|(?P<rnum>{_SMALL}|\d{{1,3}})\s+(?:in|out\s+of)\s+"
    rf"(?P<rden>\d{{1,3}}(?:,\d{{3}})?|{_SMALL}|twenty|fifty|a\s+hundred|a\s+thousand)))"
    r"(?![\w-])(?!\s+of\s+an?\s+(?:percentage\s+)?point)"  # "a quarter of a point" is a percent
    # "a quarter of a million people" is a count of 250,000, not a share.
    r"(?!\s+of\s+an?\s+(?:hundred|thousand|million|billion|trillion|dozen)\b)"
)
# feet_and_ins (round r55-figures): "5ft 9ins tall", British usage, is 69 inches like "6ft 4in";
# read as "5ft" alone it was five feet.
FEET_INCHES_RE = re.compile(
    r"(?<![\w.])(?P<measure>(?P<feet>\d{1,2})\s*(?:ft|feet|foot|′|')\s*"
    r"(?P<inches>\d{1,2}(?:\.\d+)?)\s*(?:ins|in|inches|inch|″|\")(?![\w]))"
)


_COUNT_WORDS = f"{_SMALL}|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
_COUNT = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{_COUNT_WORDS}))"
# "two or three phones", "25 to 30 seats", "between 2.5 and 4 points", "10-15 people"; a pair
# that runs downwards ("a 30-0 lead", "an 18-10 victory") is a score and found here only to be
# left out.
COUNT_RANGE_RE = re.compile(
    rf"(?<![\w.,$£€-])(?P<between>(?i:between)\s+)?(?P<range>(?P<low>{_COUNT})"
    rf"(?:\s*(?:-|–)\s*|\s+(?i:to|or)\s+|(?(between)\s+(?i:and)\s+|(?!)))"
    rf"(?P<high>{_COUNT}))(?![\w%])(?!\s+(?i:percent|per\s+cent|percentage|pct))"
)


def count_range(match: re.Match[str]) -> tuple[int | float, int | float] | None:
    """(low, high) of a COUNT_RANGE_RE match; None for a score or a pair that is no range."""
    low, high = parse_number(match["low"]), parse_number(match["high"])
    if low is None or high is None or not low < high:
        return None
    return low, high


@dataclass(frozen=True)
class Share:
    value: float  # the share of the whole, rounded to three places
    ratio: bool  # "one in 10" (a ratio) rather than "two-thirds"


def share_from_match(match: re.Match[str]) -> Share | None:
    """The value of a FRACTION_RE match: "two-thirds" -> 0.667, "one in 10" -> 0.1."""
    numerator: int | float | None
    denominator: int | float | None
    if match["num"]:
        numerator, denominator = parse_number(match["num"]), _DENOMINATORS[match["den"].lower()]
    elif match["one"]:
        numerator, denominator = 1, _DENOMINATORS[match["den1"].lower()]
    else:
        numerator = parse_number(match["rnum"])
        denominator = parse_number(" ".join(match["rden"].split()))
    if not numerator or not denominator or numerator >= denominator:
        return None  # "nine in five" is no share
    return Share(round(numerator / denominator, 3), ratio=match["rnum"] is not None)


def inches_from_match(match: re.Match[str]) -> float | int:
    """ "5 ft 2 in" -> 62 (inches): one measure, not five feet and a stray "2"."""
    total = int(match["feet"]) * 12 + float(match["inches"])
    return int(total) if total.is_integer() else total
