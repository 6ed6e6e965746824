"""A palace, the Houses or a tower "of <Place>" is a building, found where the model is silent.

"the Green Party unveiled a billboard opposite the Palace of Westminster": the model finds
nothing there (seed 153), or reads the palace as a body (`Palace of Westminster` ORG); "outside
the Houses of Parliament" gives nothing. "the Palace|Houses|Tower of <Capitalised word>" is
FAC over "<Palace> of <Place>": the model's mention of it takes the label and where it left
the name out the name is added (round r47b-goods). Left alone: "Crystal Palace" (a club: no
"of"), "the Palace said" (the household: no "of"), and a mention that runs on past the place
("the Palace of Westminster Trust").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.spans import ending_at, one_mention_over

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_PALACE = re.compile(r"\b[Tt]he (?P<name>(?:Palace|Houses|Tower) of [A-Z][a-z]+)(?![\w'’-]| [A-Z])")


def palaces_of_a_place(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
) -> list[RawMention]:
    """The mentions, each "the Palace|Houses|Tower of <Place>" a FAC (see the module
    docstring)."""
    if " of " not in text or not any(w in text for w in ("Palace of", "Houses of", "Tower of")):
        return mentions
    result = list(mentions)
    for layout in layouts:
        for match in _PALACE.finditer(text, layout.offset, layout.end):
            end = match.end("name")
            # a mention ending with the name, with its "the" or without, stretched over it
            result = one_mention_over(
                text,
                result,
                layout,
                match.span("name"),
                "FAC",
                add,
                ending_at(end),
                edge=match.start(),
            )
    return result
