"""An area whose one name holds "and" is one mention (round r55b-names, from BBC sheet 55B's
"Rules these errors suggest").

- `areas_named_with_and`: "In the North West and Yorkshire and the Humber, Halifax said prices
  rose" gives the model's `Yorkshire` (PERSON, GPE by factx) and nothing for "the Humber";
  "Police in Dumfries and Galloway said" gives `Galloway` PERSON; "The Yorkshire and the Humber
  Regional Assembly met" gives `Yorkshire` PRODUCT and `Humber Regional Assembly` ORG. A closed
  list of areas whose name holds "and" (`AREAS`: the English region as the ONS writes it, the
  Scottish council areas, the London boroughs and unitary councils of two towns, and the
  countries of two islands or lands) is one name: a mention of the model's inside it grows
  over the whole, LOC for a region (as `North West` beside it), GPE for a council area or a
  country, and a body's mention that starts inside it and runs on past it ("Humber Regional
  Assembly") grows back over the area's first words, the body's label kept. Left alone: two
  listed places that are no one name ("Yorkshire and Lancashire", "Galloway and Dumfries"),
  "George Galloway" (the list's strings only), and a name already whole.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The name, and its label where it stands alone.
AREAS = {
    "Yorkshire and the Humber": "LOC",
    "Yorkshire and Humberside": "LOC",
    "Dumfries and Galloway": "GPE",
    "Perth and Kinross": "GPE",
    "Argyll and Bute": "GPE",
    "Brighton and Hove": "GPE",
    "Kensington and Chelsea": "GPE",
    "Hammersmith and Fulham": "GPE",
    "Barking and Dagenham": "GPE",
    "Windsor and Maidenhead": "GPE",
    "Tyne and Wear": "GPE",
    "Trinidad and Tobago": "GPE",
    "Antigua and Barbuda": "GPE",
    "St Kitts and Nevis": "GPE",
    "Bosnia and Herzegovina": "GPE",
    "Serbia and Montenegro": "GPE",
    "Sao Tome and Principe": "GPE",
}
_BODIES = frozenset({"ORG", "FAC", "EVENT"})
_AREA = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, AREAS)) + r")(?![\w-])")


def _opens_inside(text: str, m: RawMention, area: tuple[int, int]) -> bool:
    """Whether the mention opens inside the area's name, or with "the" right before it ("The
    Yorkshire", the model's span)."""
    start, end = area
    return start <= m.start < end or (
        m.start < start < m.end and text[m.start : start] in {"the ", "The "}
    )


def areas_named_with_and(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, an area named with "and" made one (the module's doc)."""
    if " and " not in text:
        return mentions
    areas = [found.span() for found in _AREA.finditer(text)]
    if not areas:
        return mentions
    result: list[RawMention] = []
    done: set[tuple[int, int]] = set()
    # The areas a body's name runs on from ("the Yorkshire and the Humber Regional Assembly"):
    # the parts inside them are the body's words, no mentions of their own.
    in_bodies = {
        area
        for m in mentions
        for area in areas
        if _opens_inside(text, m, area) and area[1] < m.end and m.label in _BODIES
    }
    for m in mentions:
        area = next((a for a in areas if _opens_inside(text, m, a)), None)
        if area is None or (m.start, m.end) == area:
            result.append(m)
            continue
        start, end = area
        if m.end <= end:  # "Yorkshire", "Galloway": a part of the area's name
            if area not in done and area not in in_bodies:
                done.add(area)
                label = AREAS[text[start:end]]
                result.append(replace(m, text=text[start:end], start=start, end=end,
                                      label=label, cue=label))  # fmt: skip
            continue
        if m.start > start and m.label in _BODIES:
            # "Humber Regional Assembly": the body's name opens with the whole area
            result.append(replace(m, text=text[start : m.end], start=start))
            continue
        result.append(m)
    return result
