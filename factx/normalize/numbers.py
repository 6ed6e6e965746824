"""Numbers in text -> exact values: "1,234.5", "1.13bn", "two million", "twenty-five", "3 lakh".

Decimal arithmetic keeps `$1.13bn` at exactly 1130000000 (binary floats would give 1129999999.99).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

UNITS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
HUNDRED = {"hundred": 100}
SCALES = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "tr": 10**12,
    "lakh": 10**5,
    "lakhs": 10**5,
    "lac": 10**5,
    "crore": 10**7,
    "crores": 10**7,
    "dozen": 12,
}
FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25")}

# Number words that may start a spelled-out number ("a" and "an" only count before a scale).
NUMBER_WORDS = sorted(
    [w for w in UNITS if w not in ("a", "an")] + ["hundred", "thousand", "million", "billion"]
    + ["trillion", "dozen"],
    key=len,
    reverse=True,
)  # fmt: skip
_WORD = "|".join(NUMBER_WORDS)
# A spelled-out number: "twenty-five", "one hundred and five", "two million".
NUMBER_WORDS_PATTERN = rf"(?:(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*)"
DIGITS_PATTERN = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
SCALE_PATTERN = r"(?:thousand|million|billion|trillion|lakhs?|lac|crores?|mln|mn|bn|tn|tr|k|m|b)"

_DIGITS_SCALE = re.compile(
    rf"^(?P<num>{DIGITS_PATTERN})\s*(?P<scale>{SCALE_PATTERN})?$", re.IGNORECASE
)
_TOKEN = re.compile(r"[a-z]+|\d[\d,]*(?:\.\d+)?|\.\d+", re.IGNORECASE)


def to_number(value: Decimal) -> int | float:
    """An int where the value is whole (so JSON shows 80000000000, not 8e10), else a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_decimal(text: str) -> Decimal | None:
    """The exact value of a number written in digits and/or words, or None."""
    text = text.strip().lower().replace("\u2212", "-")
    if not text:
        return None
    negative = text.startswith("-")
    if negative:
        text = text[1:].strip()
    match = _DIGITS_SCALE.match(text)
    if match:
        try:
            value = Decimal(match.group("num").replace(",", ""))
        except InvalidOperation:
            return None
        scale = match.group("scale")
        if scale:
            value *= SCALES[scale.lower()]
    else:
        value_or_none = _parse_words(text)
        if value_or_none is None:
            return None
        value = value_or_none
    return -value if negative else value


def parse_number(text: str) -> int | float | None:
    """The value of "1,234.5", "1.13bn", "two million", "twenty-five"; None if not a number."""
    value = parse_decimal(text)
    return None if value is None else to_number(value)


def _parse_words(text: str) -> Decimal | None:
    """Spelled-out numbers, possibly mixed with digits: "two million", "1.5 million", "half a"."""
    tokens = [t for t in _TOKEN.findall(text.replace("-", " ")) if t != "and"]
    if not tokens:
        return None
    total = Decimal(0)
    current = Decimal(0)
    seen = False
    for token in tokens:
        if token[0].isdigit() or token[0] == ".":
            try:
                current += Decimal(token.replace(",", ""))
            except InvalidOperation:
                return None
            seen = True
        elif token in ("a", "an") and current:
            continue  # "half a million", "one and a half"
        elif token in UNITS:
            current += UNITS[token]
            seen = True
        elif token in FRACTIONS:
            current += FRACTIONS[token]
            seen = True
        elif token in HUNDRED:
            current = (current or Decimal(1)) * 100
            seen = True
        elif token in SCALES:
            scale = SCALES[token]
            total += (current or Decimal(1)) * scale
            current = Decimal(0)
            seen = True
        else:
            return None
    if not seen or tokens in (["a"], ["an"]):
        return None
    return total + current
