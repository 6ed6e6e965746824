"""Percentages and measured quantities in text -> values and normalized units."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources

from factx.normalize.numbers import (
    DIGITS_PATTERN,
    LINE_BREAK_IN_PROSE,
    NUMBER_WORDS_PATTERN,
    parse_decimal,
    to_number,
)
from factx.normalize.prefilter import compile_guarded
from factx.normalize.qualifiers import QUALIFIER_PATTERN, normalize_qualifier

_NUMBER = rf"(?:{DIGITS_PATTERN}|(?i:{NUMBER_WORDS_PATTERN}))"

# `(?<!\w)` first: no match starts inside a word (see money_re), then the lookahead of
# what a match can start with (see prefilter.py).
PERCENT_RE = compile_guarded(
    r"(?<!\w)",
    rf"(?:(?P<from>(?i:from))\s+)?(?:(?P<qual>{QUALIFIER_PATTERN})\s+)?(?P<between>(?i:between)\s+)?"
    rf"(?<![\w.])(?P<percent>(?P<low>(?:[-+−]|(?i:minus|negative)\s+)?{_NUMBER})"
    rf"(?:\s?(?:%|(?i:per\s?cent|pct))?\s?(?P<joint>-|–|—|to|(?(between)and|(?!)))\s?"
    rf"(?P<high>{_NUMBER}))?"
    rf"\s?(?P<unit>%|(?i:percentage[\s-]points?|per\s?cent(?:age|s)?(?![\w-])|pct(?![\w-])"
    rf"|basis\s+points?)))",
)


@dataclass(frozen=True)
class Percent:
    value: int | float
    unit: str = "percent"
    qualifier: str | None = None
    value_low: int | float | None = None
    value_high: int | float | None = None
    # A change ("from 46 percent to 41 percent"): both values in the order written.
    value_from: int | float | None = None
    value_to: int | float | None = None


@dataclass(frozen=True)
class Quantity:
    value: int | float
    unit: str | None
    qualifier: str | None = None


def percent_from_match(match: re.Match[str]) -> Percent | None:
    low = parse_decimal(match.group("low"))
    if low is None:
        return None
    unit_text = match.group("unit").lower()
    unit = "percentage point" if "point" in unit_text else "percent"
    if unit_text.startswith("basis"):
        low /= 100  # a basis point is a hundredth of a percentage point
    qualifier = normalize_qualifier(match.group("qual"))
    high_text = match.group("high")
    high = parse_decimal(high_text) if high_text else None
    if high is None:
        return Percent(to_number(low), unit, qualifier)
    if unit_text.startswith("basis"):
        high /= 100
    if _is_change(match, low, high):
        # "Fell from 46 percent to 41 percent" tells where a figure went, not a range: the
        # value is where it ended.
        return Percent(to_number(high), unit, qualifier, value_from=to_number(low),
                       value_to=to_number(high))  # fmt: skip
    return Percent(to_number(low), unit, qualifier, to_number(low), to_number(high))


def _is_change(match: re.Match[str], low: Decimal, high: Decimal) -> bool:
    """ "From 5% to 7%" and "46 percent to 41 percent" are changes; "5-7%" and "between 5 and 7
    percent" are ranges, unless they run downwards, which no range does."""
    return low > high or (match.group("from") is not None and match.group("joint") == "to")


def parse_percent(text: str) -> Percent | None:
    """The value of "76%", "seventy-six per cent", "2 percentage points"; None otherwise."""
    match = PERCENT_RE.fullmatch(text.strip())
    return percent_from_match(match) if match else None


@cache
def unit_table() -> dict[str, str]:
    text = resources.files("factx.data").joinpath("units.json").read_text("utf-8")
    units: dict[str, str] = json.loads(text)["units"]
    return units


def normalize_unit(text: str) -> str | None:
    """The normalized unit of "kilometres", "bpd", "sq ft"; None if it is not a known unit."""
    return unit_table().get(" ".join(text.lower().split()))


@cache
def quantity_re() -> re.Pattern[str]:
    units = sorted(unit_table(), key=len, reverse=True)
    alternation = "|".join(_unit_pattern(u, unit_table()[u]) for u in units)
    scale = r"(?:[\s-]+(?i:thousand|million|billion|trillion)|(?i:m|bn|k)(?![A-Za-z]))?"
    # `(?<!\w)` first: no match starts inside a word, and the guard turns such a position away
    # with one test instead of trying every qualifier there (it halves the scan), and the
    # lookahead after it turns away most word starts on their first three characters.
    return compile_guarded(
        r"(?<!\w)",
        rf"(?:(?P<qual>{QUALIFIER_PATTERN})\s+)?(?<![\w.$£€¥])"
        rf"(?P<quantity>(?P<number>{_NUMBER}{scale})(?:[^\S\r\n]|-|{LINE_BREAK_IN_PROSE})?"
        rf"(?P<unit>{alternation}))"
        r"(?![\w°])",
    )


def _unit_pattern(form: str, unit: str) -> str:
    """Words match in any case; a symbol of one or two letters only as written in the table,
    as its normalized unit or (two letters) in capitals, so "3G" is not three grams."""
    if len(form) > 2:
        return f"(?i:{re.escape(form)})"
    cased = {form, unit} if unit.lower() == form else {form}
    if len(form) == 2:
        cased.add(form.upper())
    return "|".join(re.escape(f) for f in sorted(cased))


def parse_quantity(text: str) -> Quantity | None:
    """The value and unit of "5 km", "1.5m barrels", "two million tonnes"; None otherwise."""
    match = quantity_re().fullmatch(text.strip())
    if not match:
        return None
    value = parse_decimal(match.group("number"))
    if value is None:
        return None
    return Quantity(
        to_number(value), normalize_unit(match.group("unit")), normalize_qualifier(match["qual"])
    )
