"""A place after a person's "from" or comma-set "of" is where the person lives (round r47c-orgpp).

News and readers' pages name a person by the town they come from: "Robert James Alcorn, 37, of
Auckland, New Zealand", "To Ashley, of Swindon: when you earned ...", "In answer to Emma from
Sleaford ...", "Motorcycle racer, Roy Tansley, from Derby developed ...". The small model reads
the lone town as a firm (`Auckland`, `Swindon`, `Sleaford`, `Derby` ORG at the base) and a lone
first name before it too (`Emma` ORG): an audit of the even half's ORG names that a place list
knows found the shape in three articles and none where the town was a club or a firm.

The town is GPE where it is a known place, county or city of the world, the name before it a
person's (a mention the model tagged PERSON, or a full name or a lone name that opens with a
common first name, not a title's word as in "the Duke of Edinburgh"), and the words between
"from", ", from", ", of" or an age and either (", 32, from", ", 37, of"); a lone first name
tagged a firm or a place before it is then a person. Left alone: "of" without its comma
("Gordon Bullock of Scotland", "Lord Steel of Aikwood", "Wendy Ide of The Times": a side, a peer's
seat or an employer), a town run on into a longer name ("from Leeds United"), a move between two
clubs ("took Iestyn Harris from Leeds to Cardiff", "Lentini joined Milan from Torino": a club
that is a first name too, so a lone first name the model did not tag PERSON counts only after
"to" or at a sentence's opening, "To Ashley, of Swindon") and a name the words around it already
read (any cue). Nor a sentence with a game's words ("Frank Lampard, of Chelsea, said the team
was ready for the match": the club, as the older cue `known place after a person's name and of`
reads it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names, opens_with_first_name
from factx.extract.place_names import home_place, known_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factx.extract.entities import RawMention

# The words between the person and the town: "from", ", from", ", of", an age before either.
_BETWEEN = re.compile(r"(?:, \d{1,3},|,)? from |(?:, \d{1,3})?, of ")
# After the town: a run-on capital ("from Leeds United"), a move's "to" ("from Leeds to
# Cardiff"), a possessive ("from Derby's ground").
_RUN_ON = re.compile(r" [A-Z]| to |['’]s\b")
# The labels the model gives such a town, and the first name before it.
_SLIPS = frozenset({"ORG", "FAC", "PERSON", "NORP", "PRODUCT"})
_NAME_SLIPS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})
# Before a lone first name: "to " or a sentence's or a line's opening.
_ADDRESSED = re.compile(r"(?:\bto |[Tt]o |^|[.!?] |\n)$")
# A transfer's verb before the person: "Lentini joined Milan from Torino", "signed Kevin Smith
# from Leeds" (the club he left).
_MOVER = re.compile(r"\b(?:join|sign|buy|bought|mov|switch|transferr|loan|recall)\w* $")
# A game's words in the sentence: the town is a club's ("Frank Lampard, of Chelsea, said the team
# was ready for the match"; the words of the older cue `known place after a person's name and of`).
_GAME = re.compile(
    r"\b(?:team|teams|side|squad|club|clubs|match|game|season|league|cup|coach|manager|players?"
    r"|fans|goals?|scored|striker|midfielder|defender|goalkeeper|captain|signed|signing|transfer)\b"
)
# Words of a title before "of <Place>", some of which the census lists as first names.
_TITLES = frozenset(
    {"duke", "duchess", "prince", "princess", "earl", "lord", "lady", "king", "queen", "baron"}
    | {"baroness", "bishop", "archbishop", "mayor", "count", "countess", "marquess", "viscount"}
)


def _a_town(name: str) -> bool:
    return known_place(name) or home_place(name) or world_city(name)


def _a_persons_name(text: str, m: RawMention) -> bool:
    words = m.text.split()
    if not words or words[0].casefold() in _TITLES:
        return False
    if m.label == "PERSON":
        return True
    if len(words) == 1:
        # A lone first name the model took for something else, where a reader is answered or
        # a sentence opens: "To Ashley, of Swindon", "In answer to Emma from Sleaford"; not
        # "joined Milan from Torino", a club that is a first name too.
        return (
            m.text.casefold() in first_names()
            and _ADDRESSED.search(text, max(0, m.start - 4), m.start) is not None
        )
    return opens_with_first_name(m.text)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) that holds text[start:end]."""
    opening = max(text.rfind(stop, 0, start) for stop in (". ", "! ", "? ", "\n")) + 1
    closing = [at for at in (text.find(stop, end) for stop in (". ", "! ", "? ", "\n")) if at >= 0]
    return text[opening : min(closing, default=len(text))]


def hometowns(text: str, mentions: Sequence[RawMention]) -> list[tuple[int, str]]:
    """(index, label) of the mentions to cue: each town after a person's "from" or ", of" GPE,
    and a lone first name before it the model tagged a firm or place PERSON (see the module's
    docstring). Mentions with a cue are left as they are."""
    if " from " not in text and ", of " not in text:
        return []  # the cheap test first
    found: list[tuple[int, str]] = []
    for index in range(1, len(mentions)):
        m, person = mentions[index], mentions[index - 1]
        if m.cue or m.label not in _SLIPS or not _a_town(m.text):
            continue
        if not _BETWEEN.fullmatch(text, person.end, m.start):
            continue
        if _RUN_ON.match(text, m.end) or not _a_persons_name(text, person):
            continue
        if _MOVER.search(text, max(0, person.start - 20), person.start):
            continue
        if _GAME.search(_sentence(text, person.start, m.end)):
            continue
        if m.text.split()[-1] in person.text.split():
            continue  # "Malcolm Shipley, of Shipley": the town joins the person's surname
        found.append((index, "GPE"))
        if not person.cue and person.label in _NAME_SLIPS and " " not in person.text:
            found.append((index - 1, "PERSON"))
    return found
