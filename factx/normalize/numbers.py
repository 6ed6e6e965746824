"""Numbers in text -> exact values: "1,234.5", "1.13bn", "two million", "twenty-five", "3 lakh".

Decimal arithmetic keeps `$1.13bn` at exactly 1130000000 (binary floats would give 1129999999.99).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
HUNDRED = {"hundred": 100, "hundreds": 100}
SCALES = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "mil": 10**6,
    "mm": 10**6,  # finance shorthand ("US$ 1MM"), as in Roman M x M
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "tln": 10**12,
    "trn": 10**12,
    "tr": 10**12,
    "lakh": 10**5,
    "lakhs": 10**5,
    "lac": 10**5,
    "crore": 10**7,
    "crores": 10**7,
    "dozen": 12,
    "dozens": 12,
    "doz": 12,
    "dozs": 12,
    "dz": 12,
    "dzs": 12,
}
# Denominators of spelled-out fractions ("two thirds", "a hundredth"); "half" and "quarter"
# also stand alone ("half a million", "a quarter").
DENOMINATORS = {
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4, "third": 3, "thirds": 3,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "twentieth": 20, "twentieths": 20, "thirtieth": 30,
    "thirtieths": 30, "hundredth": 100, "hundredths": 100, "thousandth": 10**3,
    "thousandths": 10**3, "millionth": 10**6, "millionths": 10**6, "billionth": 10**9,
    "billionths": 10**9, "trillionth": 10**12, "trillionths": 10**12,
}  # fmt: skip

# Number words that may start a spelled-out number ("a" and "an" only count before a scale).
NUMBER_WORDS = sorted(
    [w for w in UNITS if w not in ("a", "an", "nought", "naught")]
    + ["hundred", "thousand", "million", "billion", "trillion", "dozen"],
    key=len,
    reverse=True,
)
_WORD = "|".join(NUMBER_WORDS)
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|dozen)"
# A spelled-out number: "twenty-five", "one hundred and five", "two million", and the fractions
# news writes before a scale or after "and": "half a million", "a quarter million",
# "three quarters billion", "one and a half".
NUMBER_WORDS_PATTERN = (
    rf"(?:(?:(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*"
    rf"(?:\s+and\s+an?\s+(?:half|quarter))?)"
    rf"|(?:(?:(?:a|one|two|three)[\s-]+)?(?:half|quarters?)"
    rf"(?:\s+an?)?\s+{_SCALE_WORD}(?:[\s-]+(?:{_WORD}))*)"
    rf"|(?:(?:{_WORD})[\s-]+(?:quarters|thirds)\s+{_SCALE_WORD}))"
)
# Between a number and its unit: spaces or a hyphen on one line, or a line break that wraps
# prose ("three\ndays ago"); a break before a capital starts a table's next row ("359,000" then
# "Week ago ( est )"), which no unit crosses.
LINE_BREAK_IN_PROSE = r"[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*(?=[a-z])"
NUMBER_UNIT_GAP = rf"(?:(?:[^\S\r\n]|-)+|{LINE_BREAK_IN_PROSE})"
DIGITS_PATTERN = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
SCALE_PATTERN = "(?:{})".format("|".join(sorted(SCALES, key=len, reverse=True)))

_DIGITS_SCALE = re.compile(
    rf"^(?P<num>{DIGITS_PATTERN})\s*(?P<scale>{SCALE_PATTERN})?$", re.IGNORECASE
)
_SPACE_GROUPED = re.compile(r"^\d{1,3}(?: \d{3})+(?:\.\d+)?$")  # "1 234 567", SI style
# A decimal comma: "5,00", "1,3", "1.111,11" (a comma before exactly three digits is a
# thousands separator and is handled by DIGITS_PATTERN).
_DECIMAL_COMMA = re.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+),(?:\d{1,2}|\d{4,})$")
_SCIENTIFIC = re.compile(
    r"^(?P<num>\d+(?:\.\d+)?)\s*(?:e(?P<e>[+-]?\d+)|[x×*]\s*10\s*\^\s*(?P<ten>[+-]?\d+))$"
)
_POWER = re.compile(r"^(?P<num>\d+(?:\.\d+)?)\s*\^\s*(?P<signs>[+-]*)(?P<exp>\d+)$")
_FRACTION = re.compile(r"^(?:(?P<whole>\d+)\s+)?(?P<num>\d+)\s*/\s*(?P<den>\d+)$")
_RATIO = re.compile(r"^(?P<num>.+?)\s+(?:over|out\s+of)\s+(?P<den>.+)$")
_SIGN = re.compile(r"^(?:-|minus\s+|negative\s+)\s*")
_TOKEN = re.compile(r"[a-z]+|\d[\d,]*(?:\.\d+)?|\.\d+", re.IGNORECASE)
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2212": "-"})


def to_number(value: Decimal) -> int | float:
    """An int where the value is whole (so JSON shows 80000000000, not 8e10), else a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


# No news figure needs more: a world GDP in dollars has 15 digits. Longer digit strings (a
# table of digits, a hash) are not amounts, and Python refuses to print integers of more than
# 4,300 digits, so a value past these bounds is not a number at all.
MAX_DIGITS = 30
MAX_VALUE = Decimal(10) ** MAX_DIGITS
MAX_EXPONENT = 30


def parse_decimal(text: str) -> Decimal | None:
    """The exact value of a number written in digits and/or words, or None (also for a
    number past MAX_DIGITS digits or MAX_VALUE, which no news figure is)."""
    text = " ".join(text.translate(_SPACES).strip().lower().split())
    if not text or sum(c.isdigit() for c in text) > MAX_DIGITS:
        return None
    sign = _SIGN.match(text)
    if sign:
        text = text[sign.end() :]
    try:
        value = _unsigned(text)
    except (InvalidOperation, ZeroDivisionError, OverflowError):
        return None
    if value is None or not value.is_finite() or abs(value) >= MAX_VALUE:
        return None
    return -value if sign else value


def parse_number(text: str) -> int | float | None:
    """The value of "1,234.5", "1.13bn", "two million", "twenty-five"; None if not a number."""
    value = parse_decimal(text)
    return None if value is None else to_number(value)


def _unsigned(text: str) -> Decimal | None:
    match = _DIGITS_SCALE.match(text)
    if match:
        value = Decimal(match.group("num").replace(",", ""))
        scale = match.group("scale")
        return value * SCALES[scale.lower()] if scale else value
    if _SPACE_GROUPED.match(text):
        return Decimal(text.replace(" ", ""))
    if _DECIMAL_COMMA.match(text):
        return Decimal(text.replace(".", "").replace(",", "."))
    match = _SCIENTIFIC.match(text)
    if match:
        exponent = int(match.group("e") or match.group("ten"))
        if abs(exponent) > MAX_EXPONENT:
            return None
        return Decimal(match.group("num")).scaleb(exponent)
    match = _POWER.match(text)
    if match:
        # An even number of minus signs cancels out ("1.1^--23" is 1.1 to the 23rd).
        negative = match.group("signs").count("-") % 2 == 1
        exponent = int(match.group("exp"))
        if exponent > MAX_EXPONENT * 4:  # 1.1^120 is still a sane figure, 2^10000 is not
            return None
        return Decimal(match.group("num")) ** (-exponent if negative else exponent)
    match = _FRACTION.match(text)
    if match:
        fraction = Decimal(match.group("num")) / Decimal(match.group("den"))
        return Decimal(match.group("whole") or 0) + fraction
    vulgar = _vulgar(text)
    if vulgar is not None:
        return vulgar
    match = _RATIO.match(text)
    if match:  # "one over three", "two out of five hundred"
        numerator, denominator = _unsigned(match.group("num")), _unsigned(match.group("den"))
        if numerator is None or not denominator:
            return None
        return numerator / denominator
    if " point " in f" {text} ":
        return _point(text)
    return _parse_words(text)


def _vulgar(text: str) -> Decimal | None:
    """ "¾", "2½": Unicode vulgar fractions, alone or after whole digits."""
    match = re.fullmatch(r"(\d*)\s?([\u00bc-\u00be\u2150-\u215e])", text)
    if not match:
        return None
    numeric = unicodedata.numeric(match.group(2))
    # The Unicode value is a float; a fraction of small integers rounds back exactly enough.
    return Decimal(match.group(1) or 0) + Decimal(str(numeric))


def _point(text: str) -> Decimal | None:
    """ "two hundred point zero three" -> 200.03: the words after "point" are digits."""
    whole_text, _, decimals_text = text.partition("point")
    whole = _parse_words(whole_text) if whole_text.strip() else Decimal(0)
    digits = ""
    for word in decimals_text.split():
        value = _parse_words(word)
        if value is None or value != value.to_integral_value() or value >= 100:
            return None
        digits += str(int(value))
    if whole is None or not digits:
        return None
    return whole + Decimal("0." + digits)


def _parse_words(text: str) -> Decimal | None:
    """Spelled-out numbers, possibly mixed with digits: "two million", "1.5 million",
    "half a million", "one and a half", "two thirds", "three million and a quarter"."""
    tokens = [t for t in _TOKEN.findall(text.replace("-", " ")) if t != "of"]
    if not tokens:
        return None
    total = Decimal(0)
    current = Decimal(0)
    seen = False
    # The value before the last "and" and the scale word just before it: a proper fraction
    # after "and" is added, not divided into ("twenty and three fifths" is 20.6), and it is a
    # fraction of that scale ("three million and a quarter" is 3,250,000).
    before_and: Decimal | None = None
    scale_before_and = 1
    fraction_scale = 0  # set once a fraction is read: the scale it is a fraction of
    last_scale = 0
    previous = ""
    for token in tokens:
        if token[0].isdigit() or token[0] == ".":
            current += Decimal(token.replace(",", ""))
        elif token == "and":
            if not seen:
                return None
            before_and = total + current
            scale_before_and = SCALES.get(previous, 1)
            previous = token
            continue
        elif token in ("a", "an") and (current or previous in ("and", *DENOMINATORS)):
            previous = token
            continue  # "half a million", "one and a half"
        elif token in DENOMINATORS:
            if not previous and token not in ("half", "quarter"):
                return None  # a bare "third" or "fifth" is an ordinal, not a fraction
            denominator = DENOMINATORS[token]
            value = total + current
            numerator = value - before_and if before_and is not None else value
            part = (numerator or Decimal(1)) / denominator
            if before_and is not None and part < 1:
                total, current = before_and, part
                fraction_scale = scale_before_and
            else:
                total, current = Decimal(0), (value or Decimal(1)) / denominator
                fraction_scale = 1
            before_and = None
        elif token in UNITS:
            current += UNITS[token]
        elif token in HUNDRED:
            current = (current or Decimal(1)) * 100
        elif token in SCALES:
            scale = SCALES[token]
            if fraction_scale > 1:  # "one billion and a half million"
                total += current * scale
            elif fraction_scale:  # "two and a half million", "three quarters billion"
                total = (total + current) * scale
            elif not current and total and scale > last_scale:
                total *= scale  # "three lakh crore" is three lakh of crores
            else:
                total += (current or Decimal(1)) * scale
            current = Decimal(0)
            fraction_scale = 0
            last_scale = scale
        else:
            return None
        seen = True
        previous = token
    if not seen or tokens in (["a"], ["an"]):
        return None
    if fraction_scale > 1:
        return total + current * fraction_scale
    return total + current
