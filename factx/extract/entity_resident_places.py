"""A county or town before a resident's noun and a full name is the place (round r46b-towns).

"Norfolk farmer Tony Martin was jailed", "Kent pensioner Mary Jones", "Essex businessman Paul
Green": the news names a person by where they live and what they are; the model reads the
place as a firm ("Norfolk" ORG, seed 145) or leaves it out ("Suffolk", "Cheshire"). The place is
GPE when it is a county, borough or town of Britain or Ireland (`place_names.home_place`), the
noun one of a resident's (farmer, pensioner, man, woman, ...; a closed class) and a common first
name follows. Left alone: a firm or a club before a job ("Ford worker Paul Black", "Chelsea
striker": no place, or no resident's noun), a body's own name ("Norfolk Constabulary": no
noun), a people's word ("Welsh farmer": no place), and Ireland's four provinces, which name
rugby sides ("Munster man Ronan Moore": a side's player as often as a native).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names
from factx.extract.place_names import home_place
from factx.extract.spans import SpanIndex

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# The nouns of a resident named by the place he lives in before his full name.
_RESIDENTS = (
    r"farmer|pensioner|businessman|businesswoman|man|woman|teenager|schoolgirl|schoolboy"
    r"|grandmother|grandfather|grandmother-of-\w+|grandfather-of-\w+|mother-of-\w+|father-of-\w+"
    r"|student|housewife|MP|councillor|landlord|shopkeeper"
)
# One or two capitalised words (the place), a resident's noun, a capitalised first name and a
# capitalised surname after it.
_PLACE_RESIDENT = re.compile(
    rf"(?<![\w'’&.-])(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:{_RESIDENTS}) "
    r"(?P<first>[A-Z][a-z]+) [A-Z][\w'’-]+"
)
_GUARD = re.compile(rf" (?:{_RESIDENTS}) [A-Z]")
# Ireland's provinces name its rugby sides too: "the Munster man" is a player as often.
_PROVINCES = frozenset({"Munster", "Leinster", "Ulster", "Connacht"})


def places_before_residents(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, each known place before a resident's noun and a full name a place, GPE:
    the model's mention of the place alone takes the place's cue, and where the model left the
    place out it is added (see the module's docstring). A mention that holds the place and more
    is left as it is."""
    if not _GUARD.search(text):
        return list(mentions)
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    exact = {(m.start, m.end): m for m in mentions}
    cued: dict[int, RawMention] = {}
    found: list[RawMention] = []
    for layout in layouts:
        for match in _PLACE_RESIDENT.finditer(text, layout.offset, layout.end):
            start, end = match.span("place")
            place = match.group("place")
            if (
                place in _PROVINCES
                or not home_place(place)
                or match.group("first").casefold() not in first_names()
            ):
                continue
            same = exact.get((start, end))
            if same is not None:
                cued[id(same)] = replace(same, label="GPE", cue="GPE")
            elif not covered.overlaps(start, end):
                found.append(add(text, layout, start, end, "GPE", "GPE"))
    if not cued and not found:
        return list(mentions)
    result = [cued.get(id(m), m) for m in mentions]
    return sorted([*result, *found], key=lambda m: m.start)
