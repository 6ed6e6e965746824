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
from dataclasses import replace
from typing import TYPE_CHECKING

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
            start, end = match.span("name")
            over = [i for i, m in enumerate(result) if m.start < end and start < m.end]
            if any(result[i].start < match.start() or result[i].end > end for i in over):
                continue  # a name runs across the building's edge
            whole = [i for i in over if result[i].end == end]  # with its "the" or without
            if whole:
                building = replace(
                    result[whole[0]],
                    text=text[start:end],
                    start=start,
                    end=end,
                    label="FAC",
                    cue="FAC",
                    by_form=False,
                )
            else:
                building = add(text, layout, start, end, "FAC", "FAC")
            gone = set(over)
            kept = [m for i, m in enumerate(result) if i not in gone]
            result = sorted([*kept, building], key=lambda m: (m.start, m.end))
    return result
