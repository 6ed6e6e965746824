"""A people or a place glued to "Olympic" before a discipline or a medal: two names, the people
(NORP) or the place (GPE) and the Games (EVENT).

The news writes an athlete's titles as "<Nationality|City> Olympic <discipline|medal|title>":
"joins British Olympic relay gold medallists Jason Gardener and Mark Lewis-Francis", "Athens
Olympic 100m silver medallist Francis Obikwelu", "Chilean Olympic gold medalist Nicolas Massu"
(seed 88's `Chilean Olympic` ORG). The model tags the two words as one name, most often ORG, as
if a body ("the British Olympic Association") were meant; but the words after it are lower-case
or a distance, no body's kind word, and "British Olympic" is no name (round 47's sheets:
`British Olympic`, `Athens Olympic`, no name). The people's or the place's word is the name it
is alone, and "Olympic" alone is the Games' EVENT, as the house gives it (`Olympic alone`,
seeds 27 and 32). A body's name the model tags whole ("the British Olympic Association",
"Hellenic Olympic Committee") is no such mention: the rule reads a mention that is the two
words and nothing more, before a lower-case word or a digit, not before a body's lower-case kind
word ("the Greek Olympic committee", a body's name cut; round r48-norp).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.evidence import a_people_by_name
from factx.extract.place_names import known_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The mention: a capitalised word (its "the" before it or not) and the Games' adjective.
_GLUED = re.compile(r"(?:[Tt]he )?(?P<nation>[A-Z][a-z]+) (?P<games>Olympic|Paralympic)")
# After the mention: a lower-case word or a figure ("relay", "gold", "100m", "10,000m"); not a
# body's lower-case kind word ("the Greek Olympic committee": a body's name cut, no people).
_DISCIPLINE_AFTER = re.compile(
    r" (?!(?:committee|association|council|federation|body|authority)\b)(?:[a-z]|[0-9])"
)


def games_adjectives_parted(
    text: str, mentions: list[RawMention], country: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, a people's or a place's word glued to "Olympic" before a discipline
    parted from it: the people NORP or the place GPE, "Olympic" EVENT (the module's doc)."""
    result: list[RawMention] = []
    for m in mentions:
        found = _GLUED.fullmatch(m.text)
        if found is None or _DISCIPLINE_AFTER.match(text, m.end) is None:
            result.append(m)
            continue
        nation = found.group("nation")
        if a_people_by_name(nation) and not country(nation):
            label = "NORP"
        elif country(nation) or known_place(nation) or world_city(nation):
            label = "GPE"
        else:
            result.append(m)
            continue
        start, games = found.start("nation"), found.start("games")
        result.append(
            replace(
                m,
                text=nation,
                start=m.start + start,
                end=m.start + start + len(nation),
                label=label,
                cue=label,
            )
        )
        result.append(
            replace(m, text=found.group("games"), start=m.start + games, label="EVENT", cue="EVENT")
        )
    return result
