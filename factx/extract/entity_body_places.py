"""A known place that opens a civic body's name is the place where it stands alone with a
place's words.

"Andy Jones, chief executive of Powys Local Health Board ... health officials in Powys ...
Powys people", "Chester County Hospital ... Chester hospital was struggling ... choose Chester
for their treatment": the model tags the place alone PERSON or ORG, and the short-name lending
(`kin.lend_labels`: "Lycos" beside "Lycos Europe") makes it the body's short name (`Powys`,
`Chester`, `Reading` ORG, seed 153). A one-word mention is GPE, never the body, where it is a
county, borough or town of Britain or Ireland (`place_names.home_place`), a city of the world,
or a place by the body's own "County|City|Borough" ("Chester County Hospital"); where the
article names a civic body that opens with it ("<Place> ... Board|Hospital|Council|Trust|
Association|..."); and where the mention stands with a place's words: after "in|from|to|
near|around|across|outside|back to|choose", before a people's noun ("people|residents|
patients|voters|families") or a lower-case body noun ("hospital|health board|council"), or
with its possessive before a lower-case word ("Reading's constituency association"). Its
other mentions keep their cue (round r47b-goods). Left alone: a club or a paper by its town
(its name holds no civic word: "Newcastle Falcons", "Liverpool Echo"), and the place as the
body's short name with a speaking verb and no place's word ("Powys said it would appeal").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.place_names import home_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factx.extract.entities import RawMention

# The words of a civic body's name after the place that opens it. Not a university's or a
# college's: the town's name alone is the university as often ("Oxford University ... Oxford's
# contribution will be a million books", seed 155's `Oxford` made GPE by a first version).
_CIVIC = re.compile(
    r"\b(?:Board|Hospital|Hospitals|Infirmary|Council|Trust|Authority|Association|Constabulary"
    r"|Police|Health|NHS|Assembly|Conservatives|Tories|Labour|Party)\b"
)
_BEFORE = re.compile(
    r"\b(?:in|from|to|near|around|across|outside|choose|of|throughout) $", re.IGNORECASE
)
_AFTER = re.compile(
    r"(?:['’]s)? (?:people|residents|patients|voters|families|hospitals?|health board"
    r"|council|area|constituency)\b"
    r"|['’]s (?!Hospital|Health|Council|Board)[a-z]"
)
_LEFT_REACH = 12
# A body's second word that says its first is a place ("Chester County Hospital").
_PLACE_SECONDS = frozenset({"County", "City", "Borough", "District", "Town"})


def places_opening_bodies(text: str, mentions: Sequence[RawMention]) -> None:
    """Set the GPE cue of each lone mention of a known place that opens a civic body's name
    of the article, where a place's words stand by it (see the module docstring)."""
    bodies: dict[str, bool] = {}
    for m in mentions:
        words = m.text.split()
        if len(words) > 1 and "ORG" in (m.label, m.cue) and _CIVIC.search(m.text):
            placed = words[1] in _PLACE_SECONDS
            bodies[words[0]] = bodies.get(words[0], False) or placed
    if not bodies:
        return
    for m in mentions:
        if m.text not in bodies or m.cue == "GPE":
            continue
        if not (bodies[m.text] or home_place(m.text) or world_city(m.text)):
            continue
        left = text[max(0, m.start - _LEFT_REACH) : m.start]
        if _BEFORE.search(left) or _AFTER.match(text, m.end):
            m.cue = "GPE"
