"""A person's name that opens with a place's first name is a person (round r47c-orgpp).

"Carolina Kluft", "Dakota Fanning": girls and boys are named after states and cities, and the
small model, seeing the place, tags the full name ORG or FAC ("compete against Carolina Kluft in
the pentathlon" ORG, "Ten-year-old Dakota Fanning will play Fern" ORG, "the film stars Paris
Hilton" FAC). The first-name cue (`first_names.person_by_first_name`) does not help: these first
names are on the house's list of words that open other names more often
(`first_name_misses`: "Georgia Tech", "Sydney Harbour", "Paris Club"). An audit of the even
half's ORG names found Kluft's and Fanning's, and the odd half holds Kluft's twice more.

The name is a person's where the article shows a person beside it (an age before it, "Ten-year-old
Dakota Fanning"; or the model's PERSON at another full name of its sentence, "Kelly Sotherton
... against Carolina Kluft") and it is two words, the first one of the place-like first names below,
the second a surname no list knows: no word that ends the names of places, bodies and events
("Club", "Harbour", "Olympics", `name_kind`), no club's nickname ("Carolina Panthers"), no place
or city ("Georgia Tbilisi"), no word the article writes in lower case ("Sydney International"
is an event: "international" is), and no name the article tags a body, building or product alone
("the Paris Hilton" beside "Hilton's hotels"), nor one of a few common words that name bodies
after a place ("Georgia Tech", "Houston Natural"). A name after "the" is left alone: "the Paris
Hilton" is the hotel.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.capitals import written_in_lower_case
from factx.extract.first_names import name_kind
from factx.extract.place_names import home_place, known_place
from factx.extract.wordlists import data_file
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factx.extract.entities import RawMention

# First names that are places as well, on the house's list of words that open other names more
# often than people's (`first_name_misses`).
_PLACE_FIRST_NAMES = frozenset(
    {"Carolina", "Dakota", "Georgia", "Virginia", "Florence", "Sydney", "Austin", "Madison"}
    | {"Chelsea", "Paris", "Dallas", "Houston", "Lincoln"}
)
_NAME = re.compile(r"(?P<first>[A-Z][a-z]+) (?P<last>(?:Ma?c)?[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?)")
_SLIPS = frozenset({"ORG", "FAC", "GPE", "LOC", "PRODUCT"})
_THINGS = frozenset({"ORG", "FAC", "PRODUCT"})
_THE = re.compile(r"(?<![\w])[Tt]he $")
# Bodies named by a place and one common word, which no list of kind words holds.
_PLACE_FIRMS = frozenset(
    {"Tech", "Natural", "Energy", "Power", "Gas", "Financial", "Rover", "Match", "Opera"}
    | {"Access", "Stock", "Capital", "Global", "Digital", "Marathon", "Games", "Olympics"}
)
# A person's sign beside the name: an age before it ("Ten-year-old Dakota Fanning").
_AGE_BEFORE = re.compile(r"\b(?:\d{1,3}|[A-Za-z]+)-year-old $")


@cache
def _nicknames() -> frozenset[str]:
    words: list[str] = data_file("entities.json")["club_nicknames"]
    return frozenset(w.casefold() for w in words)


def place_named_people(
    text: str,
    mentions: Sequence[RawMention],
) -> list[int]:
    """The indexes of the mentions of a two-word name opening with a place-like first name and
    a surname no list knows, tagged a firm, building or place (see the module's docstring)."""
    if not any(name in text for name in _PLACE_FIRST_NAMES):
        return []  # the cheap test first
    things = {m.text for m in mentions if m.label in _THINGS and " " not in m.text}
    # The sentences where the model tagged a full name PERSON: a person's company.
    people = {m.sentence for m in mentions if m.label == "PERSON" and " " in m.text}
    found: list[int] = []
    for index, m in enumerate(mentions):
        if m.cue or m.label not in _SLIPS:
            continue
        match = _NAME.fullmatch(m.text)
        if match is None or match.group("first") not in _PLACE_FIRST_NAMES:
            continue
        last = match.group("last")
        if (
            name_kind(last)
            or last.casefold() in _nicknames()
            or known_place(last)
            or home_place(last)
            or world_city(last)
            or written_in_lower_case(text, last)
            or last in things
            or last in _PLACE_FIRMS
            or _THE.search(text, max(0, m.start - 4), m.start)
        ):
            continue
        if _AGE_BEFORE.search(text, max(0, m.start - 30), m.start) or m.sentence in people:
            found.append(index)
    return found
