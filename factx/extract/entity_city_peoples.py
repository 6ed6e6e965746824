"""A world city the model calls a people is the city (round r53-spans, BBC sheet 53B).

"Collecting his band's award ... at the Cannes ceremony" gives the model's `Cannes` NORP, and
`Cluster.label`'s default for a group the model tags only NORP that is no people ("Icstis",
"Euronext", "Woolworths": a body) made it ORG, without asking the lists of places first. The
same default gave "places like Shinjuku and Shibuya [shopping districts]" and "Slepian's
suburban Amherst neighborhood" ORG. Where every mention of such a group is one word that the
world-cities list (`world_cities.world_city`) or Britain's and Ireland's towns
(`place_names.home_place`) know, the default gives the place, GPE. It asks only where the
words around the name gave no cue and the model said nothing but NORP; a people's word that is
also a town's ("Brits", a town of South Africa) is a people before it gets here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from factx.extract.place_names import home_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.entities import RawMention


def _bare(text: str) -> str:
    return text[4:] if text.startswith(("the ", "The ")) else text


def a_city_by_name(mentions: Sequence[RawMention]) -> bool:
    """Whether every mention of a group is one word that names a city of the world or a British
    or Irish town (the module's doc): "Cannes", "Shibuya"."""
    names = [_bare(m.text) for m in mentions]
    return bool(names) and all(
        " " not in name and (world_city(name) or home_place(name)) for name in names
    )
