"""Named days ("Black Monday", "Super Tuesday"): which day one is, only where the article says.

Such a name is no weekday near the article's date: "Black Monday" is October 19, 1987 in one
story and a Monday of 2020 in another. The article dates it by writing the date beside the name
("Black Monday, Oct. 19, 1987", "Oct. 19, 1987, known as Black Monday"), and that date must fall
on the name's weekday; any other mention of the name in the article is the same day. Without
such a date the name has no value. The names are data (`factx/data/named_days.json`).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.wordlists import data_file
from factx.normalize.timex import MONTH_PATTERN, WEEKDAYS, Timex, timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_MONTH_CAP = "|".join(m.capitalize() for m in MONTH_PATTERN.split("|")) + "|Sept"
# A day of a month as news writes it beside a name: "Oct. 19, 1987", "19 October 1987", "Oct. 19".
_DAY_DATE = (
    rf"(?:(?:{_MONTH_CAP})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_CAP})\.?(?:,?\s+\d{{4}})?)(?![\w-])"
)
# Between a name and its date: a comma, a bracket or a dash, "on", "of"; and before a name,
# the words that give a day its name ("Oct. 19, 1987, which became known as Black Monday").
_AFTER_NAME = r"\s*(?:,|\(|–|—|--|-|:)?\s*(?:(?i:on|of)\s+)?"
_BEFORE_NAME = (
    r"\s*(?:,|\(|–|—|--|-)?\s*(?:(?i:which|that|a\s+day)\s+(?:(?i:was|is|became|has\s+been)\s+)?)?"
    r"(?:(?i:known|remembered|dubbed|called|nicknamed)(?:\s+as)?\s+)?(?:(?i:the)\s+)?"
    r"(?:(?i:so-called)\s+)?[\"“']?"
)


@cache
def named_days() -> tuple[str, ...]:
    names: list[str] = data_file("named_days.json")["names"]
    return tuple(sorted(names, key=len, reverse=True))


@cache
def named_day_pattern() -> str:
    """The names, as written (capitals: "a black Monday" is no name), for the date finder."""
    names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in named_days())
    return rf"\b(?:{names})\b(?![\w-])"


@cache
def _titles() -> tuple[frozenset[str], tuple[str, ...]]:
    data = data_file("named_days.json")
    return frozenset(data["after_weekday"]), tuple(data["before_weekday"])


def weekday_of_a_title(span: Span) -> bool:
    """ "The Sunday Telegraph reported", "the Mail on Sunday", "Sunday AM": a weekday that is
    part of a newspaper's or a programme's title, where the model's entity left it out."""
    if len(span) != 1 or not span[0].is_title or span[0].lower_ not in WEEKDAYS:
        return False
    after, before = _titles()
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in after:
        return True
    if _day_with_a_host(span):
        return True
    return span.start >= 2 and f"{doc[span.start - 2].text} {doc[span.start - 1].text}" in before


_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _day_with_a_host(span: Span) -> bool:
    """ "told Sky News' Sunday with Adam Boulton": a weekday after a broadcaster's possessive
    (its last word one of `shows.not_words`: "News", "BBC", "ITV") and before "with" and a
    capitalised name opens a programme's title (round r40b-works; the title is found by
    `entity_shows`), no day. "Brown's Sunday with Tony Blair" stays a day."""
    doc = span.doc
    return (
        span.start >= 2
        and span.end + 1 < len(doc)
        and doc[span.end].text == "with"
        and doc[span.start - 1].text in _POSSESSIVES
        and doc[span.end + 1].is_title
        and doc[span.start - 2].text in _broadcaster_words()
    )


@cache
def _broadcaster_words() -> frozenset[str]:
    """The words a broadcaster's name ends in (`shows.not_words` of entities.json)."""
    return frozenset(data_file("entities.json")["shows"]["not_words"]) | {"One", "Two", "4"}


def paper_on_a_weekday(doc: Doc, end: int) -> int:
    """How many tokens after a mention ending at token `end` are the "on Sunday" of a paper's
    title (`before_weekday`: "the Mail" + "on Sunday"): 2, or 0. The model ends the name at its
    first word and tags the day a DATE, which `weekday_of_a_title` says is none."""
    if end < 1 or end + 1 >= len(doc) or doc[end].text != "on":
        return 0
    if f"{doc[end - 1].text} on" not in _titles()[1]:
        return 0
    return 2 if weekday_of_a_title(doc[end + 1 : end + 2]) else 0


@cache
def _name_only() -> re.Pattern[str]:
    return re.compile(named_day_pattern())


def is_named_day(text: str) -> bool:
    return _name_only().fullmatch(" ".join(text.split())) is not None


@cache
def _dated(name: str) -> re.Pattern[str]:
    """The name with a date beside it, either side, in an article's text (one per name)."""
    words = re.escape(name).replace(r"\ ", r"\s+")
    return re.compile(
        rf"(?:\b{words}\b[\"”']?{_AFTER_NAME}(?P<after>{_DAY_DATE})"
        rf"|(?<![\w-])(?P<before>{_DAY_DATE}){_BEFORE_NAME}\b{words}\b)"
    )


def named_day_value(name: str, text: str, anchor: date | None) -> Timex | None:
    """The day a named day is in an article, from the first date written beside it anywhere
    in the article's text; None when no such date falls on the name's weekday.

    Args:
        name: the name as found ("Black Monday").
        text: the article's whole text.
        anchor: the article's date, for a date written without its year ("Black Monday, Oct. 19").
    """
    name = " ".join(name.split())
    weekday = WEEKDAYS[name.split()[-1].lower()]
    for m in _dated(name).finditer(text):
        # A named day is told as a past event or as the coming one, never by its tense alone:
        # the written date decides, read as any date is.
        found = timex(m["after"] or m["before"], anchor=anchor)
        if found is None or found.type != "DATE" or found.grain != "day":
            continue
        if not found.value[:4].isdigit() or _weekday(found.value) != weekday:
            continue  # "Black Monday, Oct. 20" is not that Monday: no value rather than a wrong one
        return Timex(found.value, "DATE", "day", relative=found.relative)
    return None


def _weekday(value: str) -> int | None:
    try:
        return date.fromisoformat(value).isoweekday()
    except ValueError:
        return None
