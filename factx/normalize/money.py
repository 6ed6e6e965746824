"""Money in text -> amount, ISO 4217 currency, qualifier, range and rate.

`MONEY_RE` both finds money in a text and parses a found span, so the finder and the parser
can never disagree about what a money expression is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources

from factx.normalize.numbers import (
    DIGITS_PATTERN,
    NUMBER_WORDS_PATTERN,
    parse_decimal,
    to_number,
)
from factx.normalize.qualifiers import QUALIFIER_PATTERN, normalize_qualifier


@dataclass(frozen=True)
class Money:
    amount: int | float
    currency: str | None
    qualifier: str | None = None
    amount_low: int | float | None = None
    amount_high: int | float | None = None
    per: str | None = None
    currency_inferred: bool = False


@cache
def currency_table() -> dict[str, dict[str, object]]:
    text = resources.files("factx.data").joinpath("currencies.json").read_text("utf-8")
    table: dict[str, dict[str, object]] = json.loads(text)
    return table


def _alternation(forms: list[str]) -> str:
    # Longest first, so "US$" wins over "$" and "pounds sterling" over "pounds".
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


def _build() -> re.Pattern[str]:
    table = currency_table()
    prefix = _alternation(list(table["prefix"]))
    suffix = _alternation(list(table["suffix"]))
    minor = _alternation(list(table["minor"]))
    number = rf"(?:{DIGITS_PATTERN}|(?i:{NUMBER_WORDS_PATTERN}))"
    # "m", "bn", ... attach to the digits ("$277M"); whole words may stand apart ("2 million").
    scale = (
        r"(?:(?i:bn|mn|mln|tn|tr|m|b|k)(?![A-Za-z])"
        r"|[\s-]+(?i:thousand|million|billion|trillion|lakhs?|crores?)(?![A-Za-z]))"
    )
    amount = rf"{number}{scale}?"
    # "and" joins a range only after "between" ("$5 and $10" are usually two amounts).
    dash = r"\s?(?:-|–|—|to|(?(between)and|(?!)))\s?"
    per = (
        r"(?:\s+(?i:a|an|per|each)\s+(?P<per>(?i:share|hour|day|week|month|year|barrel|head|"
        r"person|tonne|ton|kilogram|kg|gallon|litre|liter|ounce|unit|night|copy|ticket|"
        r"passenger|household|employee|worker|student|pupil|child|game|episode|minute|mile)))?"
    )
    with_prefix = (
        rf"(?P<cur>{prefix})\s?(?P<a1>{amount})"
        rf"(?:{dash}(?:{prefix})?\s?(?P<a2>{amount}))?"
        rf"(?:\s+(?P<cur_after>(?i:{suffix})))?"
    )
    with_suffix = (
        rf"(?P<b1>{amount})(?:{dash}(?P<b2>{amount}))?\s*(?P<suf>(?i:{suffix}))(?![A-Za-z])"
    )
    with_minor = rf"(?P<c1>{number})(?:\s?(?P<minor>(?i:{minor})))(?![A-Za-z])"
    body = rf"(?:{with_prefix}|{with_suffix}|{with_minor}){per}"
    return re.compile(
        rf"(?:(?P<qual>{QUALIFIER_PATTERN})\s+)?(?P<between>(?i:between)\s+)?"
        rf"(?<![\w$£€¥₹])(?P<money>{body})"
    )


@cache
def money_re() -> re.Pattern[str]:
    return _build()


def _lookup(group: dict[str, object], form: str) -> object:
    if form in group:
        return group[form]
    lowered = {k.lower(): v for k, v in group.items()}
    return lowered.get(form.lower())


def parse_money(text: str, *, dollar: str = "USD") -> Money | None:
    """The money value of a span such as "over $80 billion" or "USD34.6 million".

    Args:
        text: the span (a leading qualifier is allowed).
        dollar: the currency a bare "$" stands for in this article (still marked inferred).
    """
    match = money_re().fullmatch(text.strip())
    return None if match is None else money_from_match(match, dollar=dollar)


def money_from_match(match: re.Match[str], *, dollar: str = "USD") -> Money | None:
    table = currency_table()
    inferred = False
    if match.group("a1"):
        low_text, high_text = match.group("a1"), match.group("a2")
        symbol = match.group("cur")
        after = match.group("cur_after")
        if after:  # "$5 US dollars" names the currency twice; the word is more specific
            currency = str(_lookup(table["suffix"], after))
        else:
            currency = str(_lookup(table["prefix"], symbol))
            if symbol in table["inferred"]:
                inferred = True
                if symbol == "$":
                    currency = dollar
        divisor = 1
    elif match.group("b1"):
        low_text, high_text = match.group("b1"), match.group("b2")
        currency = str(_lookup(table["suffix"], match.group("suf")))
        divisor = 1
    else:
        low_text, high_text = match.group("c1"), None
        minor = _lookup(table["minor"], match.group("minor"))
        assert isinstance(minor, list)
        currency, divisor = str(minor[0]), int(minor[1])
    low = parse_decimal(low_text)
    high = parse_decimal(high_text) if high_text else None
    if low is None:
        return None
    if high is not None:
        low = _share_scale(low_text, low, high_text, high)
    low /= divisor
    if high is not None:
        high /= divisor
    qualifier = normalize_qualifier(match.group("qual"))
    if high is None:
        return Money(
            amount=to_number(low),
            currency=currency,
            qualifier=qualifier,
            per=_per(match),
            currency_inferred=inferred,
        )
    return Money(
        amount=to_number(low),
        currency=currency,
        qualifier=qualifier,
        amount_low=to_number(low),
        amount_high=to_number(high),
        per=_per(match),
        currency_inferred=inferred,
    )


def _per(match: re.Match[str]) -> str | None:
    per = match.group("per")
    return per.lower() if per else None


def _share_scale(low_text: str, low: Decimal, high_text: str | None, high: Decimal) -> Decimal:
    """In "$5-10 million" the scale of the high end applies to the bare low end too."""
    bare_high = re.match(r"[\d.,]+", (high_text or "").strip())
    if not re.fullmatch(r"[\d.,]+", low_text.strip()) or bare_high is None:
        return low
    high_number = parse_decimal(bare_high.group())
    if not high_number or high == high_number:
        return low
    return low * (high / high_number)
