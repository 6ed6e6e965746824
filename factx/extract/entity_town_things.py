"""A town a sports story names, tagged a work or a product, is its side (round r48-things).

The model now and then reads a club known by its town as a thing: "the Powergen Cup semi-final at
struggling Leeds" and "with Leeds facing possible relegation" give `Leeds` PRODUCT (the even half's
sport/294), and the graders met `Bath` WORK_OF_ART on a rugby page. In an article whose words show
other names as sides (a TEAM cue: a result, a sheet, a club's words), or that holds three different
words of a sports story ("semi-final", "relegation", "striker", "penalty", "fixture", "tries", ...),
a one-word name the model tagged WORK_OF_ART or PRODUCT, with no cue of its own, that a place list
or the world's cities know, is the side, TEAM (ORG), as `place_names.towns_as_teams` reads such a
town the model tagged PERSON. Before an event's word ("the Rotterdam final", "the Doha Open") it is
the town that holds the event, GPE. Not a name with a cue (a film's "Casablanca star" is a work),
nor one of several words, nor an article with no side and no sport's words in it: a film or a song
named for a town ("Troy", "Chicago") stands in screen and music stories, where neither stands.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.place_names import home_place, known_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factx.extract.entities import RawMention

# A sports story's own words: three different ones make an article a sports story where no
# result or sheet gives a TEAM cue ("the cup semi-final at struggling Leeds", "relegation").
_SPORT = re.compile(
    r"\b(?:semi-finals?|quarter-finals?|relegation|promotion|Premiership|striker|midfielder"
    r"|goalkeeper|fly-half|scrum-half|full-back|kick-off|penalty|penalties|hat-trick|touchline"
    r"|fixtures?|play-offs?|tries|try-line)\b"
)
_THING_LABELS = frozenset({"WORK_OF_ART", "PRODUCT"})
# An event's word after the town: "the Rotterdam final", "the Doha Open", "the Athens Games".
_EVENT_AFTER = re.compile(
    r" (?:final|finals|semi-finals?|quarter-finals?|open|Open|tournament|event|Masters|Games"
    r"|Olympics|marathon|Marathon|meeting|indoor|Indoor|Grand Prix|title|round)\b"
)


def towns_tagged_things(text: str, mentions: Sequence[RawMention]) -> None:
    """Give each town the model tagged a work or a product in a sports story the side's TEAM
    cue, or GPE before an event's word (see the module docstring)."""
    if not any(m.cue == "TEAM" for m in mentions) and len(set(_SPORT.findall(text))) < 3:
        return  # no side in the article
    for m in mentions:
        if m.cue or m.label not in _THING_LABELS or " " in m.text:
            continue
        if not (known_place(m.text) or home_place(m.text) or world_city(m.text)):
            continue
        m.cue = "GPE" if _EVENT_AFTER.match(text, m.end) else "TEAM"
