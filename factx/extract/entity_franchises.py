"""A franchise the model reads as a person: "the first Harry Potter film", "the James Bond
films" (`Harry Potter`, `James Bond` PERSON).

A franchise's name has a person's shape, as its hero's does, and stands where a director's or
a star's does: "the Mike Leigh film", "the ninth Jim Carrey film". A reader tells them apart by
the frame and by the rest of the article: a franchise's films are many ("the X films") or
counted ("the third X film"), and its name is never written as a person's elsewhere, after a
calling or before a person's verb ("starring Jim Carrey", "Carrey said"). Nor is its hero's
first name written alone ("only Harry can put it right" beside "the third Harry Potter
film"): the model's mentions of the hero join the franchise's, and the hero is a person.
A lone word before a written work's plural is its author's surname, no franchise: "the Dickens
novels" (a franchise before its books is named whole: "the Harry Potter books").
The frames and the person's words are data (`franchises` in factx/data/entities.json).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.evidence import WINDOW
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORK = "WORK_OF_ART"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = data_file("entities.json")["franchises"]
    return {name: re.compile(value) for name, value in data.items() if name != "_comment"}


def franchises(text: str, mentions: list[RawMention], name_key: Callable[[str], str]) -> None:
    """Set the cue of each uncued mention tagged PERSON in a franchise's frame to WORK_OF_ART,
    where the article writes none of the name's mentions, nor one of its words alone, as a
    person's."""
    found = [m for m in mentions if m.label == "PERSON" and not m.cue and _framed(text, m)]
    if not found:
        return  # most articles
    people = _named_as_people(text, mentions, name_key) | _heroes(mentions, name_key)
    for m in found:
        key = name_key(m.text)
        if key not in people and not any(word in people for word in key.split()):
            m.cue = _WORK


def _framed(text: str, m: RawMention) -> bool:
    """Whether the mention stands in a franchise's frame: "the X films", "the third X film"."""
    p = _patterns()
    before, after = text[max(0, m.start - WINDOW) : m.start], text[m.end : m.end + WINDOW]
    if p["plural_kinds"].match(after):
        if " " not in m.text.strip() and p["authors_kinds"].match(after):
            return False  # "the Dickens novels": an author's surname, no franchise
        return p["plural"].search(before) is not None
    return p["numbered_kinds"].match(after) is not None and bool(p["numbered"].search(before))


def _named_as_people(
    text: str, mentions: list[RawMention], name_key: Callable[[str], str]
) -> set[str]:
    """The keys of the names the article writes as a person's: after a calling ("starring
    Jim Carrey", "director Mike Leigh") or before a person's verb ("Carrey said")."""
    p = _patterns()
    people: set[str] = set()
    for m in mentions:
        before, after = text[max(0, m.start - WINDOW) : m.start], text[m.end : m.end + WINDOW]
        if p["person_before"].search(before) or p["person_after"].match(after):
            people.add(name_key(m.text))
    return people


def _heroes(mentions: list[RawMention], name_key: Callable[[str], str]) -> set[str]:
    """The words of the full names tagged PERSON whose first word the article also writes
    alone ("Harry" beside "Harry Potter"): a character the article talks of as a person, by
    any of his names ("the first Potter film")."""
    keys = {name_key(m.text) for m in mentions}
    return {
        word
        for m in mentions
        if m.label == "PERSON" and " " in (key := name_key(m.text)) and key.split()[0] in keys
        for word in key.split()
    }


# Round r40c-books: a series' short name where it stands for one of its books or films.
# Before it: "the sixth", "the new", "New" (a headline's "New Harry Potter tops book chart").
_SHORT_BEFORE = re.compile(
    r"(?:\b[Tt]he (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|"
    r"latest|next|last|final)|\bNew) $"
)
# After it: its kind ("book", "novel", "film") or book news ("tops the book chart").
_SHORT_AFTER = re.compile(
    r"^ (?:books?|novels?|films?|movies?|instalments?|sequels?)\b"
    r"|^ (?:has |had |)(?:topped|tops|entered|enters|climbed|hit|hits)"
    r" (?:[\w'’-]+ ){0,3}?(?:books?|bestsellers?|best-sellers?|box office) ?(?:charts?|lists?)?\b"
)
# A whole "<Name> and (the) ..." title: its first part, the series' short name.
_SERIES_NAME = re.compile(r"(?P<name>.+?) and (?:the )?[A-Z]")


def short_titles(text: str, mentions: list[RawMention], name_key: Callable[[str], str]) -> None:
    """Set the cue of each uncued PERSON mention of a series' short name to WORK_OF_ART where
    it stands for one book or film of the series: the article names a title of the series
    whole ("Harry Potter and the Half-Blood Prince", a work), and the short name stands after
    "the <ordinal>|the new|New" or before its kind or book news ("the sixth Harry Potter",
    "New Harry Potter tops book chart"). Seed 108's short "Harry Potter" mentions of the book
    stayed PERSON. The boy himself ("Harry Potter's sixth year", "Harry Potter himself") keeps
    the model's reading; without a whole title of the series a name in these frames is a
    person's ("the new Tony Blair")."""
    names = {
        name_key(found.group("name"))
        for m in mentions
        if m.label == _WORK and (found := _SERIES_NAME.match(m.text)) is not None
    }
    if not names:
        return  # most articles
    for m in mentions:
        if m.label != "PERSON" or m.cue or name_key(m.text) not in names:
            continue
        if (
            _SHORT_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
            or _SHORT_AFTER.match(text[m.end : m.end + 60]) is not None
        ):
            m.cue = _WORK
