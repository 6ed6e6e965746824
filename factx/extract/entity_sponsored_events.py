"""A sponsor before a competition's name is part of the name, one EVENT (or ORG for a league)
(round r48b-sport, seed 162's "RBS Six Nations").

Sponsored competitions carry their sponsor's name: "ahead of their RBS Six Nations game against
Ireland", "his RBS Six Nations debut", "the Heineken Cup prepares to resume". The model reads the
sponsor as a firm and leaves the competition out (`RBS` ORG, no event), or tags nothing at all
where a firm's capitals run into "Six", which it reads as a number; the listed name "Six Nations"
(`missed_names`) is not found after a capitalised word. A sponsor (an acronym of two to five
capitals before "Six Nations", or one of the sponsors listed here before "Six Nations", "Cup",
"Grand Prix", "Trophy", "Championship", "Premiership" or "League") and the competition's word,
with no capitalised word after it but "Championship", are one mention: EVENT, ORG for a league
("Zurich Premiership", "Celtic League" as the model reads them); the mentions inside give way to
it and where there are none it is added. Left alone: the sponsor with its own words ("RBS said",
"RBS shares", "RBS, which sponsors the Six Nations"), an acronym before "Cup" or "Championship"
("ITV Championship coverage": a broadcaster's, not a sponsor's), and a mention that runs past
the name ("the RBS Six Nations Championship" whole as the model tags it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.spans import one_mention_over

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# Firms that name British and European competitions (2004-05 seasons and their like).
_SPONSORS = (
    r"RBS|Heineken|Zurich|Powergen|Carling|Norwich Union|Parker Pen|Tetley's|Tetley’s|Barclays"
    r"|Barclaycard|Nationwide|Coca-Cola|Tennent's|Tennent’s|Bell's|Bell’s|Worthington"
    r"|Budweiser|Guinness|Stella Artois|Vodafone|Cheltenham & Gloucester|NatWest|Benson & Hedges"
)
_SPONSORED = re.compile(
    rf"(?<![\w'’.&-])(?:(?P<acronym>[A-Z]{{2,5}}) Six Nations"
    rf"|(?:{_SPONSORS}) (?P<event>Six Nations|Cup|Grand Prix|Trophy|Championship"
    rf"|(?P<league>Premiership|League)))(?: Championship)?(?![\w'’-]| [A-Z])"
)
_THE = re.compile(r"\b[Tt]he $")


def sponsored_events(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each sponsored competition's name whole (see the module docstring)."""
    if not any(w in text for w in (" Six Nations", " Cup", " Grand Prix", " Trophy", " Premiership",
                                   " League", " Championship")):  # fmt: skip
        return mentions
    result = list(mentions)
    for layout in layouts:
        for match in _SPONSORED.finditer(text, layout.offset, layout.end):
            start, end = match.span()
            the = _THE.search(text, max(0, start - 4), start)
            edge = start if the is None else the.start()
            if any(m.start == edge < start for m in result):
                start = edge  # the model's "the Carling Cup" keeps its "the"
            label = "ORG" if match.group("league") else "EVENT"
            result = one_mention_over(
                text, result, layout, (start, end), label, add, lambda m: True, edge=edge
            )
    return result
