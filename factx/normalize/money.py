"""Money in text -> amount, ISO 4217 currency, qualifier, range and rate.

`MONEY_RE` both finds money in a text and parses a found span, so the finder and the parser
can never disagree about what a money expression is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from importlib import resources

from factx.normalize.numbers import (
    DIGITS_PATTERN,
    NUMBER_WORDS_PATTERN,
    SCALES,
    parse_decimal,
    to_number,
)
from factx.normalize.prefilter import compile_guarded
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


# ISO codes that lower-cased are common English words.
_WORD_CODES = frozenset({"cad", "cop", "mad", "pen", "rub", "try"})


def _key(form: str) -> str:
    """Lookup key of a currency form: "c $", "C$" and "c$" are the same form."""
    return "".join(form.split()).lower()


# Letters that are common words before a number in lower-cased tokenised text ("a $ 5 bill",
# "company 's $ 5 million"), so "a $" and "s $" are never read as A$ or S$.
_WORD_LETTERS = ("a", "s")
# "M" before an ISO code means million in financial writing ("120 MEUR", "MAUD 60").
_MILLION_CODE = re.compile(r"M(?P<code>[A-Z]{3})")


def _prefix_pattern(forms: list[str]) -> str:
    """Prefix forms; a letters-and-symbol form ("US$", "C$") also matches lower-cased and
    with a space before the symbol, as tokenised newswire writes it ("c $ 16.4 million")."""
    patterns: list[tuple[int, str]] = []
    for form in forms:
        split = re.fullmatch(r"(?P<letters>[A-Za-z][A-Za-z.]*)(?P<symbol>[^\w\s.]+)", form)
        if split is None:
            patterns.append((len(form), re.escape(form)))
            continue
        letters, symbol = re.escape(split["letters"]), re.escape(split["symbol"])
        lower = split["letters"].lower()
        spaced_lower = r"\s?" if lower.rstrip(".") not in _WORD_LETTERS else ""
        patterns.append(
            (len(form), rf"(?:{letters}\s?{symbol}|(?i:{re.escape(lower)}){spaced_lower}{symbol})")
        )
    return "|".join(p for _, p in sorted(patterns, key=lambda item: -item[0]))


def _codes() -> list[str]:
    table = currency_table()
    return sorted({str(c) for g in ("prefix", "suffix") for c in table[g].values()})


_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"


def _build() -> re.Pattern[str]:
    table = currency_table()
    prefix = _prefix_pattern(list(table["prefix"]))
    # The codes that are English words lower-cased match after an amount only in capitals
    # ("a six-try victory"); the others and the currency's names in any case ("10 rmb").
    codes = [f for f in table["suffix"] if f.lower() in _WORD_CODES]
    names = _alternation([f for f in table["suffix"] if f not in codes])
    suffix = rf"(?i:{names})|{_alternation(codes)}"
    symbols = _alternation([f for f in table["prefix"] if not re.search(r"[A-Za-z]", f)])
    minor = _alternation(list(table["minor"]))
    million_codes = "|".join(f"M{code}" for code in _codes())
    number = rf"(?:{DIGITS_PATTERN}|(?i:{NUMBER_WORDS_PATTERN}))"
    # "m", "bn", ... attach to the digits ("$277M"); whole words may stand apart ("2 million").
    scale = (
        r"(?:(?i:bn|mn|mln|bln|tn|tr|mm|m|b|k)(?![A-Za-z])|\s(?i:bn|mn|mln|bln|tn)(?![A-Za-z])"
        r"|[\s-]+(?i:thousand|million|billion|trillion|lakhs?|crores?)(?![A-Za-z]))"
    )
    amount = rf"{number}{scale}?"
    # "and" joins a range only after "between" ("$5 and $10" are usually two amounts).
    dash = r"\s?(?:-|–|—|to|(?(between)and|(?!)))\s?"
    per = (
        r"(?:[\s-]+(?i:a|an|per|each)[\s-]+(?P<per>(?i:share|hour|day|week|month|year|barrel|"
        r"head|person|tonne|ton|kilogram|kg|gallon|litre|liter|ounce|unit|night|copy|ticket|"
        r"passenger|household|employee|worker|student|pupil|child|game|episode|minute|mile)"
        # "$13.51 billion a year ago" is an amount at a time, not a rate.
        r"(?![A-Za-z]|[\s-]+(?i:ago|earlier|before|later)\b)))?"
    )
    # Minor units after a major amount: "thirteen dollars and forty-five cents", "15 USD 50".
    # Without a unit word the minor part is two digits or a word below 100, and nothing
    # word-like may follow, so "10 dollars 20 years ago" keeps its "20 years".
    cents_word = r"(?i:cents?|pence)"
    minor_words = rf"(?i:(?:{_TENS})(?:[\s-]+(?:{_ONES}))?|{_TEENS})"
    cents = (
        rf"(?:\s+(?i:and)\s+(?P<cents1>\d{{1,2}}|{minor_words}|(?i:{_ONES}))"
        rf"[\s-]?{cents_word}(?![A-Za-z])"
        rf"|\s+(?P<cents2>\d{{2}}|{minor_words})(?:\s?{cents_word})?"
        r"(?![\w%]|[.,]\d|\s+[A-Za-z$£€]|\s*[-–])"
        r")?"
    )
    # A country's currency named before a scaled amount: "Australian dollars 648m", as some
    # news writes a currency with no symbol of its own. Only with a scale: "paid in US
    # dollars 20 years ago" holds no sum.
    named = _alternation([f for f in table["suffix"] if re.fullmatch(r"[A-Z][\w.]* \w+", f)])
    named_before = rf"(?:{named})(?=\s{DIGITS_PATTERN}{scale})"
    with_prefix = (
        rf"(?P<cur>{prefix}|{million_codes}|{named_before})\s?(?P<a1>{amount})"
        rf"(?:{dash}(?:{prefix})?\s?(?P<a2>{amount}))?"
        rf"(?:\s+(?P<cur_after>{suffix}))?"
    )
    # A currency word after the amount, also hyphenated ("a one-yen bid"), except "pound"
    # ("a 10-pound bag" is a weight) but after a scale word ("million-pound homes": nothing
    # weighs that); a symbol after it ("10 €") only where no number follows, since in "the 2
    # $5 bills" the "$" belongs to the 5.
    suffix_form = (
        rf"(?:(?:-(?!(?i:pounds?)\b)|(?<=(?i:illion))-|\s*)(?P<suf>{suffix}|{million_codes})"
        r"(?![A-Za-z])"
        rf"|\s?(?P<sufsym>{symbols})(?!\s?\d))"
    )
    with_suffix = (
        rf"(?P<b1>{amount})(?:{dash}(?P<b2>{amount}))?{suffix_form}"
        r"(?:\s+(?P<suf_scale>(?i:thousand|million|billion|trillion|mn|bn))(?![A-Za-z]))?"
        rf"{cents}"
    )
    with_minor = rf"(?P<c1>{number})(?:[\s-]?(?P<minor>(?i:{minor})))(?![A-Za-z]|\.[A-Za-z])"
    body = rf"(?:{with_prefix}|{with_suffix}|{with_minor}){per}"
    symbol_chars = "".join(sorted({c for f in table["prefix"] for c in f if not c.isalnum()}))
    # `(?<!\w)` first: no match starts inside a word, and the guard turns such a position
    # away with one test instead of trying every qualifier there; the lookahead after it
    # (see prefilter.py) turns away most word starts on their first three characters.
    return compile_guarded(
        r"(?<!\w)",
        rf"(?:(?P<qual>{QUALIFIER_PATTERN})\s+)?(?P<between>(?i:between)\s+)?"
        rf"(?<![\w{re.escape(symbol_chars)}])(?P<money>{body})",
    )


@cache
def money_re() -> re.Pattern[str]:
    return _build()


@cache
def _index() -> dict[str, str]:
    """Every currency form by its lookup key (see `_key`) -> ISO 4217 code."""
    table = currency_table()
    index: dict[str, str] = {}
    for group in ("suffix", "prefix"):
        for form, code in table[group].items():
            index.setdefault(_key(form), str(code))
    return index


def _currency(form: str, dollar: str) -> tuple[str, int, bool]:
    """The ISO code a currency form names, the multiplier it carries ("MEUR" is a million
    euros), and whether the code is inferred (a bare "$" or "¥" names no one currency)."""
    million = _MILLION_CODE.fullmatch(form)
    if million and million["code"] in _index().values():
        return million["code"], 10**6, False
    key = _key(form)
    inferred = key in {_key(f) for f in currency_table()["inferred"]}
    code = dollar if key == "$" else _index()[key]
    return code, 1, inferred


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
    multiplier = 1
    divisor = 1
    cents: str | None = None
    if match.group("a1"):
        low_text, high_text = match.group("a1"), match.group("a2")
        currency, multiplier, inferred = _currency(match.group("cur"), dollar)
        after = match.group("cur_after")
        if after:  # "$5 US dollars" names the currency twice; the word is more specific
            currency, inferred = _currency(after, dollar)[0], False
    elif match.group("b1"):
        low_text, high_text = match.group("b1"), match.group("b2")
        form = match.group("suf") or match.group("sufsym")
        currency, multiplier, inferred = _currency(form, dollar)
        if match.group("suf_scale"):  # "75 USD million"
            multiplier *= SCALES[match.group("suf_scale").lower()]
        cents = match.group("cents1") or match.group("cents2")
    else:
        low_text, high_text = match.group("c1"), None
        minor = table["minor"][_minor_form(match.group("minor"))]
        assert isinstance(minor, list)
        currency, divisor, inferred = str(minor[0]), int(minor[1]), False
    low = parse_decimal(low_text)
    high = parse_decimal(high_text) if high_text else None
    if low is None:
        return None
    if high is not None:
        low = _share_scale(low_text, low, high_text, high)
    low = low * multiplier / divisor
    if high is not None:
        high = high * multiplier / divisor
    if cents is not None:
        minor_value = parse_decimal(cents)
        if minor_value is None:
            return None
        low += minor_value / 100  # a hundredth, for every currency with cents or pence
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


# "a few million dollars", "a multi-million pound deal": a vague count of a scale word, no
# exact amount.
VAGUE_COUNT = re.compile(
    r"(?:(?P<vague>(?i:a\s+few|several|a\s+couple\s+of|a\s+number\s+of|many))\s+"
    r"|(?<![\w-])(?P<multi>(?i:multi))-)$"
)


def vague_words(found: re.Match[str]) -> str:
    """The qualifier a VAGUE_COUNT match gives: "a few", "several", "multi"."""
    return " ".join(found["vague"].lower().split()) if found["vague"] else "multi"


# What a vague count stands for, in units of the scale it counts: "a few" is more than one and
# fewer than ten (a count of ten or more would be "tens of").
VAGUE_RANGE = (2, 9)
# "Thousands of", "tens of millions of", "dozens of": a vague count in the plural of a scale.
VAGUE_PLURAL_WORDS = (
    r"(?:(?i:tens|hundreds)\s+of\s+)?(?i:dozens|hundreds|thousands|millions|billions)"
)
PLURAL_SCALES = {"dozens": 12, "tens": 10, "hundreds": 100, "thousands": 10**3,
                 "millions": 10**6, "billions": 10**9}  # fmt: skip
# "Millions of pounds", "tens of thousands of dollars": a sum told only by its scale.
VAGUE_MONEY = re.compile(
    rf"(?<![\w-])(?P<money>{VAGUE_PLURAL_WORDS}\s+of\s+(?P<currency>(?i:pounds|dollars|euros|"
    r"yen|yuan|rupees|roubles|rubles|francs|pesos|dirhams|riyals|shekels|pounds\s+sterling)))\b"
)


def plural_count(text: str) -> tuple[int, int, str]:
    """(low, high, qualifier) of a vague count in the plural: "thousands" stands for 2,000 to
    9,000, as "several thousand" does; "tens of thousands" for 20,000 to 90,000."""
    words = text.lower().split()
    scale = PLURAL_SCALES[words[-1]] * (PLURAL_SCALES[words[0]] if len(words) > 1 else 1)
    low, high = (n * scale for n in VAGUE_RANGE)
    return low, high, " ".join(words)


def vague_money(match: re.Match[str], *, dollar: str = "USD") -> Money:
    """The Money of a VAGUE_MONEY match: the range its count stands for, in its currency."""
    count = match["money"][: match.start("currency") - match.start("money")]
    words = count.split()[:-1]  # without the last "of"
    low, high, qualifier = plural_count(" ".join(words))
    code, _, inferred = _currency(match["currency"], dollar)
    return Money(low, code, qualifier, low, high, currency_inferred=inferred)


def vague(value: Money, amount_text: str, before: str) -> Money:
    """A money value whose amount is only a scale word ("million") after a vague count ("a few
    million dollars"): qualifier the count, the range 2 to 9 of the scale, amount the low end."""
    scale = SCALES.get(amount_text.strip().lower())
    found = VAGUE_COUNT.search(before)
    if scale is None or scale < 1000 or found is None or value.amount_high is not None:
        return value
    low, high = (n * scale for n in VAGUE_RANGE)
    return replace(
        value,
        amount=low,
        qualifier=vague_words(found),
        amount_low=low,
        amount_high=high,
    )


_JOINT = re.compile(r"\s?(?:-|–|—|to|and)\s?", re.IGNORECASE)
_FROM = re.compile(r"\b(?i:from)\s+$")
# change_then_level: a market report gives the step and then the level it reached: "Biogen fell
# $28.63 to $38.65", "US crude closed up $2.80 to $51.15", "adding $1.89 to $48.62", "the
# Pentagon's budget would rise by $19bn to $419.3bn". Right after a word of change the first
# amount is that step, not a range's low end; after "by" only when it is under a third of the
# second ("rose by $1m to $1.5m" may be a range), and elsewhere never ("cut its profits by
# $3.8m to $4.9m" and "sales of $4bn to $5bn" stay ranges).
_CHANGED = re.compile(
    r"\b(?i:up|down|add(?:s|ed|ing)?|gain(?:s|ed|ing)?|lost|los(?:es|ing)|shed(?:s|ding)?|"
    r"r(?:ose|ise|isen|ises|ising)|f(?:ell|all|alls|allen|alling)|climb(?:s|ed|ing)?|"
    r"jump(?:s|ed|ing)?|drop(?:s|ped|ping)?|slip(?:s|ped|ping)?|slump(?:s|ed|ing)?|"
    r"soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|dip(?:s|ped|ping)?|tumbl(?:e|es|ed|ing)|"
    r"plung(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing))"
    r"(?P<by>\s+(?i:by))?\s+$"
)
STEP_SHARE = 1 / 3  # the most a step after "by" may be of the level it led to


def change_parts(match: re.Match[str], value: Money) -> list[tuple[int, int, Money]] | None:
    """A pair of amounts that tells a change, as two amounts: [(start, end, money), ...].

    "From $5 million to $3 million" and "$10-5 million" are where an amount went, not a range
    (a range never runs downwards), nor is "fell $2.40 to $31.10" (a step and the level it
    reached: `_CHANGED`): each amount is a money fact of its own, at its own place (the scale
    and currency written once go with both). None when the pair is a range.
    """
    low, high = value.amount_low, value.amount_high
    if low is None or high is None:
        return None
    start = match.start("money")
    before = match.string[max(0, start - 30) : match.start()]
    ranged = match.group("between") is not None  # "rose by between $1m and $3m"
    changed = None if ranged else _CHANGED.search(before)
    stepped = changed is not None and (changed["by"] is None or low <= high * STEP_SHARE)
    if not (low > high or stepped or (_FROM.search(before) and not ranged)):
        return None
    first_end = match.end("a1") if match.group("a1") else match.end("b1")
    second_amount = match.start("a2") if match.group("a2") else match.start("b2")
    joint = _JOINT.match(match.string, first_end, second_amount)
    second_start = joint.end() if joint else second_amount
    single = replace(value, amount_low=None, amount_high=None)
    return [
        (start, first_end, replace(single, amount=low)),
        (second_start, match.end("money"), replace(single, amount=high, qualifier=None)),
    ]


def amount_text(match: re.Match[str]) -> str:
    """The first amount of a money match, as written ("13.51 billion", "million")."""
    return str(match.group("a1") or match.group("b1") or match.group("c1") or "")


def _minor_form(form: str) -> str:
    forms = currency_table()["minor"]
    return next(f for f in forms if f.lower() == " ".join(form.lower().split()))


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
