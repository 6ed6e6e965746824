"""A title the model cut at its "and the": "Harry Potter and the Prisoner of Azkaban".

Titles of books and films join a name to a second one with "and the" ("Harry Potter and the
Half-Blood Prince", "Charlie and the Chocolate Factory"). The model reads the first part by its
look, a person, and leaves the rest out or tags it apart ("the Prisoner of Azkaban" ORG). The
same shape names a person and a group or an office beside him ("Frank Sinatra and the Rat
Pack", "Tony Blair and the Chancellor of the Exchequer"), so the name and its "and the" part
are one work only where the article shows a work there:
- the model tags the whole title, or its first part alone, a work elsewhere in the article;
- the words around it say a work (`evidence.cue_of`: "the film Harry Potter and the ...");
- the title sits in a list beside a mention the model tags a work;
- after a person's name, the part is "the" and a thing "of" a name ("and the Prisoner of
  Azkaban", "and the Goblet of Fire"): not an office or a rank ("the Duke of Edinburgh", "the
  Chancellor of the Exchequer"), nor a body ("the Bank of England"), nor "of" a place ("the
  Republic of Ireland"), nor a name with its letters in brackets after it ("the Keepers of Hill
  Farms (KHF)"), which name a second person or body beside the first.
The "and the" part is no work's end where it names a work or a person of its own ("Harry
Potter and the James Bond films", "the Brit Awards and the Mercury Music Prize"). A name after
a person's title ("Professor Pelham and the Owls of the Clock Tower": a show's characters) is a
person's. Bands named so ("Echo and the Bunnymen") are `entity_acts`'s: their part has no "of".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_joins import body_kinds
from factx.extract.evidence import cue_of
from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORK = "WORK_OF_ART"
_CAP = r"[A-Z][\w'’-]*"
# The "and the" part of a title after the model's mention: "and the Prisoner of Azkaban",
# "and the Half-Blood Prince", "and the Order of the Phoenix".
_AND_THE = re.compile(rf" and the {_CAP}(?: (?:of|of the|in|on) {_CAP}| {_CAP}){{0,4}}")
# A thing "of" a name: "and the Prisoner of Azkaban" (head "Prisoner", owner "Azkaban").
_THING_OF = re.compile(rf" and the (?P<head>{_CAP}) of (?:the )?(?P<of>{_CAP}(?: {_CAP})*)")
# A body's letters in brackets after its name: " (UHF)".
_ACRONYM_AFTER = re.compile(r" \( ?[A-Z]{2,}s? ?\)")
# The text between two members of a list: ", ", " and ", ", and ".
_LIST_JOIN = re.compile(r",? and |, ")
_FIRST_PARTS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", _WORK})


# The word right before a mention: "Professor " of "Professor Yaffle".
_WORD_BEFORE = re.compile(r"(?:^|(?<=\W))(?P<word>[A-Z][a-z]+)\.? $")


@cache
def _person_titles() -> frozenset[str]:
    """The titles that say a person (or a character) before a name ("Professor Yaffle")."""
    return frozenset(data_file("entities.json")["cut_title_person_titles"])


@cache
def _office_words() -> frozenset[str]:
    """Offices and ranks held "of" somewhere (`and_the_offices` in entities.json, and the
    government heads of `portfolio_titles`)."""
    table = data_file("entities.json")
    return frozenset(table["and_the_offices"]["words"]) | frozenset(
        table["portfolio_titles"]["heads"]
    )


def and_the_titles(
    text: str, mentions: list[RawMention], key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions (sorted by start), each mention the model cut before its title's "and the"
    made the whole title, a work, where the article shows a work there (module docstring);
    `key` is the entities' key of a name."""
    works = {key(m.text) for m in mentions if m.label == _WORK}
    result: list[RawMention] = []
    skip_to = -1
    for i, m in enumerate(mentions):
        if m.start < skip_to:
            continue  # inside a title made whole: its "the Prisoner of Azkaban"
        found = _AND_THE.match(text, m.end) if m.label in _FIRST_PARTS else None
        if found is None or "\n" in found.group() or _titled(text, m.start):
            result.append(m)
            continue
        end = found.end()
        title = text[m.start : end]
        if _a_name_of_its_own(
            text, mentions, m.end, end, first_a_person=m.label == "PERSON"
        ) or not (
            key(title) in works
            or key(m.text) in works
            or _cued_work(text, m.start, end)
            or _beside_a_work(text, mentions, i, end)
            or (m.label == "PERSON" and _a_thing_of(text, m.end, end))
            or (m.label == "PERSON" and _a_book_said(text, m.start, end))
        ):
            result.append(m)
            continue
        result.append(replace(m, text=title, end=end, label=_WORK))
        skip_to = end
    return _titles_without_their_the(text, result, key)


# Round r40c-books: a title written again without its "the" ("Harry Potter and Order of the
# Phoenix" beside "Harry Potter and the Half-Blood Prince"): a thing "of" a name.
_AND_NO_THE = re.compile(rf" and {_CAP} of (?:the )?{_CAP}(?: {_CAP}){{0,2}}")
# A whole "<Name> and the ..." title: its first part, the series' short name.
_FIRST_PART = re.compile(r"(?P<name>.+?) and the ")


def _titles_without_their_the(
    text: str, mentions: list[RawMention], key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions, each PERSON mention of a series' short name (the first part of a whole
    "<Name> and the ..." title the mentions hold as a work) before "and <Cap> of (the) <Cap>"
    made that title whole, a work: "Harry Potter and Order of the Phoenix", the series' fifth
    book written without its "the", which the model cuts to `Harry Potter` PERSON and `the
    Phoenix` GPE. Without a whole title of the series in the article, "<Name> and <Cap> of
    ..." is left alone (a person and an office or a body beside him: "Tony Blair and Duke of
    Edinburgh")."""
    names = {
        key(found.group("name"))
        for m in mentions
        if m.label == _WORK and (found := _FIRST_PART.match(m.text)) is not None
    }
    if not names:
        return mentions  # most articles
    result: list[RawMention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue  # inside a title made whole: its "the Phoenix"
        found = (
            _AND_NO_THE.match(text, m.end) if m.label == "PERSON" and key(m.text) in names else None
        )
        if found is None or "\n" in found.group():
            result.append(m)
            continue
        result.append(replace(m, text=text[m.start : found.end()], end=found.end(), label=_WORK))
        skip_to = found.end()
    return result


def _a_name_of_its_own(
    text: str, mentions: list[RawMention], start: int, end: int, *, first_a_person: bool
) -> bool:
    """Whether the "and the" part text[start:end] names a work or a person of its own: the
    model tags it a work apart ("Harry Potter and the James Bond films"), or tags it apart
    after a first part it does not read as a person ("the Brit Awards and the Mercury Music
    Prize": two names, neither cut from a person's look), or it opens with a common first
    name."""
    part = text[start + len(" and the ") : end]
    if person_by_first_name(part):
        return True
    tagged = [m for m in mentions if start <= m.start and m.end <= end]
    return any(m.label == _WORK for m in tagged) or bool(tagged and not first_a_person)


def _titled(text: str, start: int) -> bool:
    """Whether a person's title stands right before text[start:]: "Professor Yaffle and the
    Mice of ..." names characters, not a title."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group("word") in _person_titles()


def _cued_work(text: str, start: int, end: int) -> bool:
    cue = cue_of(text, start, end, _WORK)
    return cue is not None and cue.label == _WORK


def _beside_a_work(text: str, mentions: list[RawMention], i: int, end: int) -> bool:
    """Whether the title mentions[i].start..end is joined as in a list to a mention the model
    tags a work, before or after it."""
    before = mentions[i - 1] if i > 0 else None
    after = next((m for m in mentions[i + 1 :] if m.start >= end), None)
    if (
        before is not None
        and before.label == _WORK
        and _LIST_JOIN.fullmatch(text, before.end, mentions[i].start) is not None
    ):
        return True
    return (
        after is not None
        and after.label == _WORK
        and _LIST_JOIN.fullmatch(text, end, after.start) is not None
    )


# Round r40b-works: the words of book news right before a title ("customers who pre-order")
# or right after it ("has topped the book chart", "takes up the story") that say a book.
_BOOK_BEFORE = re.compile(r"\bpre-?order(?:s|ed|ing)? (?:copies of )?$")
_BOOK_AFTER = re.compile(
    r"^ (?:has |have |had |)(?:topped|tops|top|entered|enters|climbed|went|goes|is|was)"
    r" (?:[\w'’-]+ ){0,3}?(?:books?|bestsellers?|best-sellers?) (?:charts?|lists?)\b"
    r"|^ takes up the story\b"
)


def _a_book_said(text: str, start: int, end: int) -> bool:
    """Whether book news's words stand right around the title text[start:end]: "Percy Jackson
    and the Lightning Thief has topped the book chart", "Customers who pre-order Percy Jackson
    and the Lightning Thief", "... takes up the story". The "and the" part need not hold "of"
    then (seed 108's "Harry Potter and the Half-Blood Prince" stayed `Harry Potter` PERSON);
    without them a person and a group beside him stay apart ("Frank Sinatra and the Rat
    Pack")."""
    if _BOOK_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    return _BOOK_AFTER.match(text[end : end + 80]) is not None


def _a_thing_of(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], an "and the" part, is a thing of a name ("and the Prisoner of
    Azkaban"), not an office, a rank or a body, nor anything of a place."""
    found = _THING_OF.fullmatch(text, start, end)
    if found is None:
        return False
    head = found.group("head")
    if _ACRONYM_AFTER.match(text, end):
        return False  # "and the Keepers of Hill Farms (KHF)": a body's name and its letters
    return (
        head not in _office_words()
        and head not in body_kinds()
        and not known_place(found.group("of"))
    )
