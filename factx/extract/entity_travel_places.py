"""A plural name after a trip's word and "to|in the" is a place: "to go to the Hamptons".

Round r51c-misc, from a user's read of PolNeAR's politico articles ("to go to the Hamptons",
`Hamptons` ORG) and sentences of my own ("the band's trip to the Hamptons" ORG, "on holiday to
the Hamptons and the Catskills", `Catskills` ORG). A one-word plural name after "the", right
after a verb or a noun of travel ("go|went|fly|flew|travel|trip|holiday|vacation|head ...")
and "to|in|at", is where one travels: a district, islands or mountains written in the plural,
LOC. A second such name joined by "and the" takes it too. Left alone: a side's nickname (the
house's `club_nicknames` and `club_nicknames_au`, "go to the Yankees"), an article holding a
team (a TEAM cue: a sports story, where "went to the Lions" is a transfer), occasions and bodies
written in the plural ("go to the Olympics|Oscars|Polls|Commons|Lords"), a family by its surname
("a weekend with the Smiths": "with" is no trip's word; "go to the Smiths" is left where the
model says PERSON, as a family's house is no place's name), and a name the model tags a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_au_clubs import club_nicknames

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_TRIP = re.compile(
    r"\b(?:go|goes|going|gone|went|fly|flies|flying|flew|flown|travel(?:s|led|ling)?|"
    r"trips?|holidays?|holidaying|vacations?|vacationing|head(?:s|ed|ing)?|drive|drove|"
    r"driving|sail(?:s|ed|ing)?|retreat(?:s|ed|ing)?|getaways?|weekends?|summers?|"
    r"summering) (?:to|in|at|for) the (?:[A-Z][a-z]+s,? and the )?$"
)
_PLURAL = re.compile(r"[A-Z][a-z]{2,}s")
# Occasions, bodies and things written in the plural that one goes to and that are no places.
_NOT_PLACES = frozenset(
    {
        "Olympics",
        "Paralympics",
        "Games",
        "Oscars",
        "Baftas",
        "Brits",
        "Grammys",
        "Emmys",
        "Globes",
        "Proms",
        "Polls",
        "Commons",
        "Lords",
        "Courts",
        "Finals",
        "Championships",
        "Nationals",
        "Masters",
        "Ashes",
        "Races",
        "Awards",
        "Movies",
        "Pictures",
        "Shops",
        "Sales",
        "Troops",
        "Marines",
        "Beatles",
        "Stones",
        "Nets",
        "Mets",
        "Jets",
        "Democrats",
        "Republicans",
        "Conservatives",
        "Tories",
        "Liberals",
        "Greens",
        "Socialists",
        "Americas",
        "Tropics",
        "Suburbs",
        "Playoffs",
    }
)
_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "FAC"})


def travel_places(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of plural names after a trip's "to|in the" to be given LOC (the module's
    doc)."""
    if " the " not in text or any(m.cue == "TEAM" for m in mentions):
        return
    for index, m in enumerate(mentions):
        name, start = m.text, m.start
        if name[:4] in ("the ", "The "):
            name, start = name[4:], start + 4  # the model's span may hold "the"
        if m.label not in _LABELS or not _PLURAL.fullmatch(name):
            continue
        if name in _NOT_PLACES or name in club_nicknames():
            continue
        if not _TRIP.search(text, max(0, start - 60), start):
            continue
        if text[m.end : m.end + 1] in ("'", "’"):
            continue  # "a trip to the Smiths' farm": an owner
        yield index
