"""Wire news's short words around names (round r42-conll, from the even-numbered CoNLL-2003 dev
documents' errors).

- `months_before_bodies`: a month's name the model runs into a body's name after it ("the
  August National Association of Purchasing Management index", "Sept Brent" in a table of
  prices): in market reports the month says which month's figure or contract is meant, and is
  no word of the body's name. The month goes from an ORG mention whose rest is capitalised.
  Not "May" or "March" (a surname, a verb), nor "Jan" (a first name).
- `peoples_before_royal_titles`: a nationality before a royal title and a name ("Belgian King
  Baudouin", "Jordanian King Hussein", "Dutch Queen Beatrix") is the people's word, NORP, as
  it is before "President" or "Prime Minister"; the model runs the three words into one person
  and the repairs keep the title and the name, losing the nationality. Where a person's mention
  starts right after the nationality (or after the nationality and the title) and no mention
  holds the nationality, it is added, NORP.
- `peoples_after_compass_initials`: wire headlines shorten "South" and "North" to their
  initial ("S. African Afrikaners", "N. Korean troops", "RESULTS OF S. KOREAN PROFESSIONAL
  GAMES"): the initial and a nationality are one people's word, NORP. The model runs it into
  the noun after ("S. African Afrikaners" NORP), or tags nothing in a line of capitals. The
  mention is cut to the two words, or added where no mention starts there. Not after a letter
  or a full stop ("U.S. Open" holds "S. Open").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_bodies import ends_in_body_word
from factx.extract.evidence import demonyms, nationalities

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_MONTHS = (
    r"January|February|April|June|July|August|September|October|November|December"
    r"|Feb|Apr|Aug|Sept|Sep|Oct|Nov|Dec"
)
# An ORG mention opening with a month's name (after its "The") before a capitalised word.
_MONTH_OPENING = re.compile(rf"(?:[Tt]he )?(?:{_MONTHS})\.? (?=[A-Z])")


def months_before_bodies(mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each ORG mention cut after a month's name that opens it ("August National
    Association of Purchasing Management" is "National Association of Purchasing Management")."""
    result: list[RawMention] = []
    for m in mentions:
        if m.label == "ORG" and " " in m.text:
            found = _MONTH_OPENING.match(m.text)
            rest = m.text[found.end() :] if found is not None else ""
            # "the June Foundation", "April Group": a body's kind word alone after the month
            # is no name of its own, and the month is the name's first word.
            if found is not None and (" " in rest or not ends_in_body_word([rest])):
                start = m.start + found.end()
                m = replace(m, text=m.text[found.end() :], start=start)
        result.append(m)
    return result


@cache
def _peoples() -> frozenset[str]:
    """Nationality words, in lower case: "belgian", "korean", "dutch"."""
    return demonyms() | frozenset(w.casefold() for w in nationalities())


_ROYAL_TITLES = r"King|Queen|Prince|Princess|Crown Prince|Crown Princess|Emperor|Empress|Sultan"
# A nationality's word, a space and a royal title with its space, ending where a person's
# mention starts: "Belgian King " before "Baudouin", or "Belgian " before "King Baudouin".
_PEOPLE_BEFORE_TITLE = re.compile(
    rf"(?<![\w.'’-])(?P<people>[A-Z][a-z]+) (?:(?:{_ROYAL_TITLES}) )?$"
)
_TITLE_OPENING = re.compile(rf"(?:{_ROYAL_TITLES}) [A-Z]")


def peoples_before_royal_titles(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with a nationality's word added (NORP) before a royal title and a
    person's name where no mention holds it: "Belgian" of "Belgian King Baudouin"."""
    if not any(
        m.label == "PERSON" and (_TITLE_OPENING.match(m.text) or _royal_before(text, m.start))
        for m in mentions
    ):
        return mentions
    added: list[RawMention] = []
    for m in mentions:
        if m.label != "PERSON":
            continue
        found = _PEOPLE_BEFORE_TITLE.search(text, max(0, m.start - 40), m.start)
        if found is None or found.group("people").casefold() not in _peoples():
            continue
        if found.group() == found.group("people") + " " and not _TITLE_OPENING.match(m.text):
            continue  # "Belgian Baudouin": no title between them, another rule's shape
        start, end = found.span("people")
        if any(o.start < end and start < o.end for o in mentions):
            continue
        added.append(
            replace(m, text=text[start:end], start=start, end=end, label="NORP", cue="NORP")
        )
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


_ROYAL_BEFORE = re.compile(rf"(?:{_ROYAL_TITLES}) $")


def _royal_before(text: str, start: int) -> bool:
    return _ROYAL_BEFORE.search(text, max(0, start - 16), start) is not None


# "S. African", "N. KOREAN": a compass's initial, a full stop and a capitalised word.
_COMPASS_INITIAL = re.compile(r"(?<![\w.])[NSEW]\. (?P<word>[A-Z][A-Za-z]+)")
_INITIALS = ("N. ", "S. ", "E. ", "W. ")  # the cheap test before the pattern's pass


def peoples_after_compass_initials(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with "S. African" (a compass's initial and a nationality) one NORP
    mention: cut from the noun the model ran it into, or added where no mention holds it. `add`
    makes a mention of a layout's span, label and cue (`entities._added`)."""
    if not any(initial in text for initial in _INITIALS):
        return list(mentions)
    result = list(mentions)
    for layout in layouts:
        for found in _COMPASS_INITIAL.finditer(text, layout.offset, layout.end):
            if found.group("word").casefold() not in _peoples():
                continue
            start, end = found.span()
            holding = [m for m in result if m.start < end and start < m.end]
            if not holding:
                result.append(add(text, layout, start, end, "NORP", "NORP"))
            elif (
                len(holding) == 1
                and holding[0].label == "NORP"
                and holding[0].start == start
                and text[end : end + 1] == " "
            ):
                m = holding[0]
                result[result.index(m)] = replace(m, text=text[start:end], end=end)
    return sorted(result, key=lambda m: m.start)


# A quoted title: a straight quote, the title (spaced from its quotes in wire copy, "\" Viva
# Zapata \"", or not), a comma the quote may hold ("\" Bertillon 166 , \""), the closing quote.
_QUOTED = re.compile(r'"(?P<pad> ?)(?P<title>[A-Z0-9][^"\n]{0,80}?)(?: ?,)?(?P=pad)"')
# What joins two titles of a list: a comma, "and" or "or", with a year in brackets after a
# title ("\" The Collapse \" ( 1964 ) , \" Sleeping Bread \"").
_TITLE_JOIN = re.compile(r" ?(?:\( ?\d{4} ?\) ?)?(?:, ?(?:and |or )?|and |or )")
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "for", "to", "at", "and", "or", "by"})
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’-]*|[a-z]+")


def _title_case(title: str) -> bool:
    """Whether a quoted run is written as a title: one to eight words, each capitalised (or a
    number) but the small words of titles ("In the Year of January", "Ice Cold in Alex")."""
    words = title.split(" ")
    return 1 <= len(words) <= 8 and all(
        _TITLE_WORD.fullmatch(w) and (w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS)
        for w in words
    )


def quoted_titles_in_a_list(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with every quoted title of a list of quoted titles a work, WORK_OF_ART,
    where the model read one of them a work: "the novels \" In the Year of January \" ( 1963 )
    , \" Sleeping Bread \" ( 1975 )", "appearances in \" Ice Cold in Alex \" , \" Lawrence of
    Arabia \"". A reader takes a list of quoted titles to be of one kind; the model reads each
    by its look ("Ice Cold" EVENT and "Alex" GPE, nothing for "In the Year of January"). The
    mentions inside a title give way to it. Only titles written in title case, two or more in
    the list, and one of them a work the model or a cue named whole."""
    if text.count('"') < 4:
        return list(mentions)
    works = {(m.start, m.end) for m in mentions if m.label == "WORK_OF_ART"}
    if not works:
        return list(mentions)
    result = list(mentions)
    for layout in layouts:
        quoted = list(_QUOTED.finditer(text, layout.offset, layout.end))
        lists: list[list[re.Match[str]]] = []
        for q in quoted:
            if lists and _TITLE_JOIN.fullmatch(text, lists[-1][-1].end(), q.start()):
                lists[-1].append(q)
            else:
                lists.append([q])
        for titles in lists:
            if len(titles) < 2 or not all(_title_case(t.group("title")) for t in titles):
                continue
            if not any(t.span("title") in works for t in titles):
                continue
            for t in titles:
                start, end = t.span("title")
                if (start, end) in works:
                    continue
                inside = [m for m in result if m.start < end and start < m.end]
                if any(m.start < start or m.end > end for m in inside):
                    continue  # a mention running out of the quotes: not this rule's to mend
                result = [m for m in result if m not in inside]
                result.append(add(text, layout, start, end, "WORK_OF_ART", "WORK_OF_ART"))
    return sorted(result, key=lambda m: m.start)
