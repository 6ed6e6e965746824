"""A person glued to the town after "of" is the person and a place (round r50-people).

Lee sheet B's lee032: "Shane Bradford of Ballidu just west of Burakin, says the quake shook his
house" gives the model's one `Shane Bradford of Ballidu` PERSON: a witness named with his home
town, as country and local news write them. A PERSON span "<First> <Surname> of <Town>", where
the first word is a common first name, the surname one capitalised word and the town one or two
capitalised words, is parted: the person before "of", the town after it a place (GPE).

Left alone: one name before "of" ("Joan of Arc", "Catherine of Aragon": whole names), a title's
word anywhere before "of" ("the Duke of Edinburgh", "Prince Andrew of York", "Lord Steel of
Aikwood": a peer's or a royal's style), "of the ..." ("John Smith of the Treasury"), and a tail
that is a body by its own words or that the article tags ORG elsewhere ("John Smith of Shell":
his employer, whose label the model's other mentions give).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.evidence import cue_of
from factx.extract.first_names import first_names, name_kind

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_PERSON_OF_TOWN = re.compile(
    r"(?P<person>(?P<first>[A-Z][a-z]+) [A-Z][a-z]+(?:['’-][A-Za-z]+)?) of "
    r"(?P<town>(?!The\b)[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
_STYLE_WORDS = frozenset({
    "Duke", "Duchess", "Earl", "Countess", "Prince", "Princess", "Lord", "Lady", "King", "Queen",
    "Baron", "Baroness", "Bishop", "Archbishop", "Saint", "St", "Sir", "Dame", "Marquess",
    "Viscount", "Emperor", "Empress", "Tsar", "Pope", "Brother", "Sister", "Father", "Mother",
})  # fmt: skip


def persons_parted_from_towns(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a PERSON "<First> <Surname> of <Town>" parted into the person and the town
    (the module's doc)."""
    if not any(" of " in m.text and m.label == "PERSON" for m in mentions):
        return mentions  # the cheap test first
    bodies = {m.text for m in mentions if m.label == "ORG"}
    result: list[RawMention] = []
    for m in mentions:
        found = _PERSON_OF_TOWN.fullmatch(m.text) if m.label == "PERSON" else None
        if (
            found is None
            or found["first"].casefold() not in first_names()
            or _STYLE_WORDS.intersection(found["person"].split())
            or text[max(0, m.start - 4) : m.start].casefold() == "the "
            or found["town"] in bodies
            or name_kind(found["town"].split()[-1])
            or _a_body(found["town"])
        ):
            result.append(m)
            continue
        person_end = m.start + found.end("person")
        town_start = m.start + found.start("town")
        result.append(replace(m, text=found["person"], end=person_end))
        result.append(replace(m, text=found["town"], start=town_start, label="GPE", cue=""))
    return result


def _a_body(name: str) -> bool:
    """Whether the name's own words make it an organisation ("Shell Oil")."""
    found = cue_of(name, 0, len(name), "GPE")
    return found is not None and found.label == "ORG"
