"""A country's or a body's initials spelled with hyphens are those initials (round r50b-names,
Lee sheet H's lee127: "The U-S has conceded ..." gave `U-S` ORG, apart from the article's
`United States` of "US forces"; a broadcast transcript's style, one capital between hyphens).

- `HYPHENED_INITIALS`: the closed set of such spellings read ("U-S", "U-S-A", "U-K", "U-N",
  "E-U", with or without "the"); `entities.name_key` drops their hyphens, so "U-S" keys as "US"
  does and joins the country.
- `hyphened_initials`: such a mention takes the label the plain initials have: a country's
  ("U-S", "U-K") GPE, a body's ("U-N", "E-U") ORG.

Left alone: "F-16", "B-52", "U-2" (a digit), "T-Mobile", "X-Men", "A-League" (a part longer than
one letter), and hyphened capitals that spell no initials of the set ("K-C", "A-B").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

HYPHENED_INITIALS = re.compile(r"(?:[Tt]he )?(?:U-S(?:-A)?|U-K|U-N|E-U)")
_COUNTRIES = frozenset({"US", "USA", "UK"})


def hyphened_initials(mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with "U-S", "U-K" GPE and "U-N", "E-U" ORG (the module's doc)."""
    kept: list[RawMention] = []
    for m in mentions:
        if HYPHENED_INITIALS.fullmatch(m.text):
            letters = m.text.split()[-1].replace("-", "")
            label = "GPE" if letters in _COUNTRIES else "ORG"
            if m.label != label:
                m = replace(m, label=label)
        kept.append(m)
    return kept
