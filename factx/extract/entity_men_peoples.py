"""A nationality's "-men|-women" plural is the people, NORP (round r50-people).

`entity_plural_peoples` reads a nationality's plural made with an "s" ("Britons", "Slovenes");
the nationality list also holds words in "-man|-woman" ("Englishman", "Frenchman",
"Scotswoman"), whose plural ends "-men|-women" and escaped it. Lee sheet B's lee096 ("The
Englishmen says he was disappointed", of England's cricketers) gave `Englishmen` PRODUCT, and
sentences of my own "Two Frenchmen and three Scotswomen joined the crew" `Frenchmen` GPE and
`Scotswomen` ORG. A mention that is such a plural, alone or after "the", the model tagged a
person, a firm, goods or a place, is the people, NORP, unless the words around it showed
something else (a cue other than a person's, a firm's or a team's).

Left alone: names that end so but are no nationality's plural ("Echo and the Bunnymen",
"Newman", "Coleman": not on the list), and a nationality's plural of another shape (the other
module's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factx.extract.evidence import nationalities

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_MEN_PLURAL = re.compile(r"(?:[Tt]he )?((?:Northern )?[A-Z][a-z]+(?:wo)?m)en")
_MISTAKEN = frozenset({"PERSON", "ORG", "PRODUCT", "GPE"})
_OUTWEIGHED = frozenset({"", "ORG", "PERSON", "TEAM", "PRODUCT"})


def men_peoples(mentions: Sequence[RawMention]) -> None:
    """Set the cue of each mention of a nationality's "-men|-women" plural the model tagged a
    person, a firm, goods or a place to NORP (the module's doc)."""
    for m in mentions:
        found = _MEN_PLURAL.fullmatch(m.text)
        if found is None or m.label not in _MISTAKEN or m.cue not in _OUTWEIGHED:
            continue
        if f"{found.group(1)}an" in nationalities():
            m.cue = "NORP"  # "The Englishmen says", "Two Frenchmen"
