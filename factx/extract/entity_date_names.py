"""People whose surname is a month's or a day's name: "Theresa May", "Mrs May", "Mike Friday".

The date grammar reads every capitalised month and weekday as a date, and the model often
misses such a name or cuts it ("Theresa May" untagged, "Frank" PERSON + "Sunday" DATE). The word
right after a capitalised first name read as a proper noun, or after a capitalised honorific or
title ("Mrs", "Dr", "Lord Justice"), is a surname: no date (`factx.extract.dates` asks
`named_like_a_date`), and a person's mention (`with_date_surnames`): the first name's mention
grows over it, or the full name ("Theresa May") or the surname after a title ("May") is added
where the model tagged nothing there. "In May" is safe: the few words of the list of first
names that are mostly function words are data. A verb after the word ("Tuesday said") is no
evidence: in news it is mostly "the company on Tuesday said".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from spacy.tokens import Span

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[[str, Layout, int, int, str, str], RawMention]


@cache
def _data() -> dict[str, list[str]]:
    data: dict[str, list[str]] = data_file("entities.json")["date_names"]
    return data


@cache
def _person_words() -> frozenset[str]:
    """Honorifics and titles before a name (lower case, no dot): "mrs", "dr", "justice"."""
    words = data_file("aliases.json")
    return frozenset(w.casefold() for key in ("honorifics", "titles") for w in words[key])


@cache
def _candidate() -> re.Pattern[str]:
    """A capitalised word, then a month's or day's name: "Theresa May", "Mrs. May"."""
    names = "|".join(_data()["names"])
    return re.compile(rf"(?<![\w.'’-])(?P<before>[A-Z][a-z]+\.?) (?P<name>{names})(?![\w-])")


def _first_name(word: str) -> bool:
    word = word.casefold()
    return word in first_names() and word not in _data()["not_first_names"]


def _title(word: str) -> bool:
    return word.rstrip(".").casefold() in _person_words()


# The capitalised word that ends the text, and the one before it: "... Bill Clinton".
_LAST_TWO_WORDS = re.compile(r"(?:(?<![\w.'’-])([A-Z][a-z]+)\s+)?([A-Z][a-z]+)\s*$")


def _after_a_full_name(text: str) -> bool:
    """ "President Bill Clinton Saturday vowed": a first name right before the word in front
    of the day makes that word the surname ("Clinton" is a first name too), and a day after
    a whole name is the wire's way of dating what the person did."""
    m = _LAST_TWO_WORDS.search(text[-40:])
    return m is not None and m[1] is not None and _first_name(m[1])


def named_like_a_date(span: Span) -> bool:
    """Whether the one-word span ("May") is a person's surname, not a date."""
    if len(span) != 1 or span.text not in _data()["names"] or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if not (before.whitespace_ and before.text[:1].isupper()):
        return False
    if _title(before.text):
        return True
    text = span.doc.text[: span.start_char]
    return before.pos_ == "PROPN" and _first_name(before.text) and not _after_a_full_name(text)


def with_date_surnames(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with each month's or day's name that is a surname in a person's mention:
    "Frank" PERSON + "Sunday" grows to "Frank Sunday"; "Theresa May", untagged, and the "May" of
    "Lord Justice May" are added (`add` makes a mention of a layout's span, label and cue)."""
    found: list[RawMention] = []
    ends = {m.end: m for m in mentions if m.label == "PERSON"}
    spans = [(m.start, m.end) for m in mentions]
    others = list(taken)
    for layout in layouts:
        for match in _candidate().finditer(text, layout.offset, layout.end):
            before, (start, end) = match["before"], match.span()
            first = _first_name(before) and not _after_a_full_name(text[:start])
            if not (first or _title(before)):
                continue
            grown = ends.get(match.end("before"))
            if grown is not None and first:
                grown.end, grown.text = end, text[grown.start : end]
                continue
            start = start if first else match.start("name")
            if _overlaps(spans, start, end) or _overlaps(others, start, end):
                continue
            found.append(add(text, layout, start, end, "PERSON", "PERSON"))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else list(mentions)


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any of the spans overlaps [start, end) (asked for the rare candidates only)."""
    return any(s < end and start < e for s, e in spans)
