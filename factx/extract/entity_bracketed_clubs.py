"""An athlete's club in brackets after the athlete's name is one organisation, whole (round
r48b-sport).

Athletics squads and results print each athlete with the club: "M Farah (Windsor, Slough, Eton
and Hounslow AC)", "J Kwakye (Woodford Green with Essex Ladies)", "Ed Jackson (Aldershot,
Farnham and District)". The model reads the towns that open such a club's name as the club's
parts or as people (`Windsor` PERSON, `Slough` PERSON, `Essex Ladies` PERSON, `Newham` ORG and
`Essex Beagles` GPE), cuts "Cardiff AAC" to `Cardiff` or misses "Barnsley AC". Words in round
brackets right after a capitalised name, capitalised words joined by commas, "and", "with" or
"of", that end in a club's word ("AC", "AAC", "Harriers", "Beagles", "Ladies", "Striders",
"Runners", "Athletic Club", "Swimming Club", ...) or in "and District" after a list of places,
are one ORG: the model's mentions inside give way to it, and where it found none the club is
added. Left alone: a bracket with no club's word ("(Kent)", "(Wessex and Bath)", "(France)":
a county, a pair of places or a country, for other rules), a mention that runs out of the
brackets, and brackets after a lower-case word ("the club (Belgrave Harriers)" is still read
as the model reads it).
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

_WORD = r"[A-Z][\w'’.-]*"
_CLUB_WORD = (
    r"(?:AC|AAC|Harriers|Beagles|Ladies|Striders|Runners|Road Runners|Wheelers|"
    r"Athletic Club|Athletics Club|Swimming Club|Cycling Club|Triathlon Club)"
)
# "(Windsor, Slough, Eton and Hounslow AC)" or "(Aldershot, Farnham and District)", after a
# name's capitalised last word.
_CLUB = re.compile(
    rf"(?<=[\w'’-]) \((?P<club>(?:{_WORD}(?:(?:, | and | with | of | ){_WORD})*? {_CLUB_WORD}"
    rf"|{_WORD}(?:(?:, | ){_WORD})* and District))\)"
)

# The name's last word right before the brackets, capitalised ("Farah", "Lewis-Francis").
_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*$")


def clubs_in_brackets(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each athlete's club in brackets one ORG (see the module docstring)."""
    if " (" not in text:
        return mentions
    result = list(mentions)
    for layout in layouts:
        for match in _CLUB.finditer(text, layout.offset, layout.end):
            if not _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue
            result = one_mention_over(
                text, result, layout, match.span("club"), "ORG", add, lambda m: True
            )
    return result
