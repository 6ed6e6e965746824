"""Money facts: amounts with ISO 4217 currencies, qualifiers, ranges and rates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from factx.extract.base import Context, Segment, fact_id
from factx.extract.quantities import verb_preposition
from factx.extract.spans import char_spans, doc_text, overlaps
from factx.normalize.money import (
    VAGUE_MONEY,
    Money,
    amount_text,
    change_parts,
    currency_table,
    money_from_match,
    money_re,
    vague,
    vague_money,
)
from factx.normalize.numbers import parse_number
from factx.records import MoneyFact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def find_money(doc: Doc) -> list[Span]:
    """Money spans (without a leading qualifier, which becomes the `qualifier` field)."""
    text = doc_text(doc)
    spans = list(char_spans(doc, money_re().finditer(text), group="money"))
    if "s of " in text:  # "millions of pounds"
        taken = [(span.start_char, span.end_char) for span in spans]
        vague = char_spans(doc, VAGUE_MONEY.finditer(text), group="money")
        spans += [span for span in vague if not overlaps(span, taken)]
        spans.sort(key=lambda span: span.start)
    spans = [
        span
        for span in spans
        if not _a_weight(span) and not _TITLED_MINOR.search(span.text) and not _in_a_title(span)
    ]
    if spans and _COMPARED.search(text):
        spans = sorted(spans + _compared_amounts(doc, text, spans), key=lambda span: span.start)
    return spans


# A bare scaled amount set against a sum before it in its sentence, or added to it, is a sum of
# that currency: "77m euros (£53m; $100m), up from 38m in the same period", "3bn rupees, against
# 2.7bn a year earlier", "1bn euros now, with another 550m to follow". Alone, "38m" would be
# read as metres and "2.7bn" as nothing. Not before a noun ("from 38m people": a count).
_COMPARED = re.compile(
    r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|another|a\s+further|an\s+extra)\s+"
    r"(?P<money>\d[\d,]*(?:\.\d+)?\s?(?:m|bn|million|billion|trillion))(?![\w%£$€¥-])"
)
COMPARED_LABEL = "compared"


def _compared_amounts(doc: Doc, text: str, sums: list[Span]) -> list[Span]:
    from spacy.tokens import Span

    found: list[Span] = []
    taken = [(span.start_char, span.end_char) for span in sums]
    for span in char_spans(doc, _COMPARED.finditer(text), group="money"):
        if overlaps(span, taken) or _sum_before(span, sums) is None:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and (after.pos_ in ("NOUN", "PROPN") or after.like_num):
            continue
        found.append(Span(doc, span.start, span.end, label=COMPARED_LABEL))
    return found


def _sum_before(span: Span, sums: list[Span]) -> Span | None:
    """The sum a bare amount is set against: the nearest before it in its sentence that is not
    in brackets ("77m euros (£53m; $100m), up from 38m": the euros), else the nearest."""
    doc = span.doc
    first = span.sent.start if doc.has_annotation("SENT_START") else 0
    before = [s for s in sums if first <= s.start and s.end <= span.start]
    if not before:
        return None
    text = doc_text(doc)
    outside = [
        s for s in before if text.rfind("(", 0, s.start_char) <= text.rfind(")", 0, s.start_char)
    ]
    return (outside or before)[-1]


# A minor unit with a capital is a name, never a sum: "50 Cent's entourage" (the rapper).
_TITLED_MINOR = re.compile(r"\d\s*(?:Cents?|Pence|Penny)$")


def _in_a_title(span: Span) -> bool:
    """ "Million Dollar Baby", "The Six Million Dollar Man": a sum in capitalized words that a
    capitalized word goes on from is part of a title, not a sum of money."""
    doc = span.doc
    if span.end >= len(doc) or any(c.isdigit() for c in span.text):
        return False
    words = [t for t in span if t.is_alpha]
    after = doc[span.end]
    return bool(words) and all(t.is_title for t in words) and after.is_alpha and after.is_title


# "She weighed 120 pounds", "a weight of 5 pounds": pounds of weight, not sterling.
_POUNDS = re.compile(r"(?i)pounds?$")
_OF_WEIGHT = {"weigh", "weight", "heavy"}
_WEIGHT_WINDOW = 4  # tokens before the amount


def _a_weight(span: Span) -> bool:
    if not _POUNDS.search(span.text):
        return False
    before = span.doc[max(span.sent.start, span.start - _WEIGHT_WINDOW) : span.start]
    return any(token.lemma_.lower() in _OF_WEIGHT for token in before)


# How often an article must name another dollar country for a bare "$" to be its dollar: the
# news writes "$" for the US dollar in a story of anywhere ("The Maldives has gross domestic
# product of $660m" beside a Hong Kong market; "a Canadian company" won a $500m Iraqi contract),
# and a story of Canada or Australia names it again and again.
DOLLAR_COUNTRY_NAMINGS = 3


def dollar_currency(text: str) -> str:
    """What a bare "$" means in an article: USD unless only another dollar country is named,
    and named at least DOLLAR_COUNTRY_NAMINGS times."""
    if re.search(r"\b(?:US|U\.S\.|United States|America|American|Americans)\b", text):
        return "USD"
    return _most_named(text, "dollar_places", "USD", least=DOLLAR_COUNTRY_NAMINGS)


def peso_currency(text: str) -> str:
    """What a bare "pesos" means in an article: the peso country it names most ("24.2 trillion
    pesos" in a story of Colombia's budget are Colombian), else the Mexican peso."""
    return _most_named(text, "peso_places", "MXN")


def _most_named(text: str, group: str, default: str, least: int = 1) -> str:
    """The currency of `group` (currencies.json) whose places the text names most, at least
    `least` times, else `default`."""
    places: dict[str, list[str]] = currency_table()[group]  # type: ignore[assignment]
    # A word not in the text at all is not searched for as a word: most articles name none.
    counts = {
        code: sum(
            len(re.findall(rf"\b{re.escape(word)}\b", text)) for word in words if word in text
        )
        for code, words in sorted(places.items())
    }
    best = max(counts, key=lambda code: (counts[code], code), default=default)
    return best if counts.get(best, 0) >= max(1, least) else default


# "pesos" with no country before it names no one currency (`peso_currency`).
_BARE_PESOS = re.compile(r"(?i)pesos?")


def _without_full_stop(place: dict[str, Any], span: Span, match: re.Match[str]) -> dict[str, Any]:
    """spaCy's own tokenizer may keep a sentence's full stop on the amount ("£600m.", in a
    user's pipeline with the factx components; `pipeline.load` drops that special case); the
    fact ends where the money expression does."""
    text = place["text"]
    if match.string is not doc_text(span.doc) or not text.endswith("."):
        return place
    cut = span.end_char - match.end("money")
    if cut != 1:
        return place
    return {**place, "text": text[:-1], "end": place["end"] - 1}


def money(segment: Segment, context: Context) -> Iterator[MoneyFact]:
    """Money facts of one paragraph.

    Args:
        segment: the paragraph, its Doc carrying `doc.spans["factx_money"]`.
        context: the article, for what a bare "$" stands for.
    Yields:
        One MoneyFact per money span, with the qualifier written before it.
    """
    text = doc_text(segment.doc)
    sums: list[tuple[Span, Money]] = []  # what a bare compared amount takes its currency from
    for span in segment.doc.spans.get("factx_money", []):
        if span.label_ == COMPARED_LABEL:
            value = _compared_value(span, sums)
            if value is not None:
                yield _fact(context, segment.place(span), value)
            continue
        told = VAGUE_MONEY.match(text, span.start_char)
        if told is not None and told.end("money") == span.end_char:
            yield _fact(context, segment.place(span), vague_money(told, dollar=context.dollar))
            continue
        # Search the text just before the span too, so "more than" before "$5" is found.
        window_start = max(0, span.start_char - 30)
        match = None
        for candidate in money_re().finditer(text, window_start, span.end_char):
            if candidate.start("money") == span.start_char:
                match = candidate
        if match is None:
            match = money_re().search(span.text)
            if match is None:
                continue
        value = money_from_match(match, dollar=context.dollar)
        if value is None:
            continue
        if _BARE_PESOS.fullmatch(match.group("suf") or "") and context.peso != value.currency:
            value = replace(value, currency=context.peso, currency_inferred=True)
        if _converted_to_us_dollars(match, text, span, sums):
            value = replace(value, currency="USD", currency_inferred=True)
        if match.string is text:
            value = vague(value, amount_text(match), text[window_start : span.start_char])
            own = match.group("qual") and verb_preposition(segment.doc, match.start("qual"))
            if value.qualifier and own:
                value = replace(value, qualifier=None)  # "added up to", "a row over"
        place = _without_full_stop(segment.place(span), span, match)
        parts = change_parts(match, value) if match.string is text else None
        sums.append((span, value))
        if parts is None:
            yield _fact(context, *_stray_group(text, segment.offset, place, value))
            continue
        for start, end, part in parts:  # both in the span, so in its sentence
            cut = {"text": text[start:end], "start": segment.offset + start}
            yield _fact(context, {**place, **cut, "end": segment.offset + end}, part)


# stray_group_space: a thousands group set off by a stray space, "took £507, 596 in its first
# week", "a prize of $30, 000 (£15,000)": the amount was read as £507 and $30. Only a bare
# amount of one to three digits (no scale, no range) before ", " and exactly three digits, and
# only where a word like "in" or a stop follows them: "£5, £10 and £20" is a list, and "paid
# £20, 300 fans came" counts fans.
_STRAY_GROUP = re.compile(
    r", (?P<group>\d{3})(?=\s*[.;:)(]|\s*,\s|\s+(?i:in|a|an|per|for|of|on|at|to|from|with|"
    r"by|was|is|were|has|had|will)\b|\s*$)"
)
_BARE_AMOUNT = re.compile(r"(?:[^\d\s]{1,4})?\d{1,3}")


def _stray_group(
    text: str, offset: int, place: dict[str, Any], value: Money
) -> tuple[dict[str, Any], Money]:
    """The amount with the thousands group a stray space set off, where there is one."""
    start, end = place["start"] - offset, place["end"] - offset
    if value.amount_low is not None or not _BARE_AMOUNT.fullmatch(text, start, end):
        return place, value
    stray = _STRAY_GROUP.match(text, end)
    if stray is None or not isinstance(value.amount, int):
        return place, value
    amount = value.amount * 1000 + int(stray["group"])
    glued = {**place, "text": text[start : stray.end()], "end": offset + stray.end()}
    return glued, replace(value, amount=amount)


# The opening bracket between a sum and its conversion: "Australian dollars 648m ($492m)",
# "A$300m ($228m; £120m)".
_CONVERSION_OPENS = re.compile(r"\s*\(\s*")


def _converted_to_us_dollars(
    match: re.Match[str], text: str, span: Span, sums: list[tuple[Span, Money]]
) -> bool:
    """Whether a bare "$" sum is the US-dollar conversion of the sum just before it: news gives
    conversions in brackets, and a "$" there is the US dollar even in an Australian story,
    where a bare "$" elsewhere is the Australian dollar."""
    if match.group("cur") != "$" or not sums:
        return False
    before, value = sums[-1]
    if value.currency == "USD":
        return False
    opens = _CONVERSION_OPENS.fullmatch(text, before.end_char, span.start_char)
    return opens is not None


def _compared_value(span: Span, sums: list[tuple[Span, Money]]) -> Money | None:
    """The value of a bare compared amount: its number, in the currency of its sum."""
    chosen = _sum_before(span, [s for s, value in sums if value.currency])
    currency = next((value.currency for s, value in sums if s is chosen), None)
    amount = parse_number(span.text)
    if currency is None or amount is None:
        return None
    return Money(amount=amount, currency=currency, currency_inferred=True)


def _fact(context: Context, place: dict[str, Any], value: Money) -> MoneyFact:
    return MoneyFact(
        id=fact_id(context.article_id, "money", place["start"], place["end"]),
        **place,
        amount=value.amount,
        currency=value.currency,
        qualifier=value.qualifier,
        amount_low=value.amount_low,
        amount_high=value.amount_high,
        per=value.per,
        currency_inferred=value.currency_inferred,
    )
