"""A machine's name cut before the model's letter after its slash, grown over it.

A machine or a device is named by its family and a model's letter or two after a slash: "The IBM
Blue Gene/L is only a prototype", "the Red Storm/X". The model cuts the name at the slash ("IBM
Blue Gene" PRODUCT, the "/L" left out: seed 161's row, counted wrong for the cut; round r48b-tech
left the shape, with no case on the even and odd halves; round r49-firms). A mention the model
tags a firm or a product, of two words or more, right before "/" and one to three capitals or
digits that end the word ("/L", "/X2") grows over them, as `versions.product_families` reads
"Blue Gene/L" whole. Not a person's or a place's name ("W Johnson/B" on a team sheet), nor a
pair of words joined by a slash ("TCP/IP" is one word of letters: the mention must hold a space),
nor a slash before a lower-case word or a longer one ("Blue Gene/Linux").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The model's letters after the slash, ending the word: "/L", "/X2"; not "/Linux", "/P-5".
_MODEL_LETTERS = re.compile(r"/[A-Z0-9][A-Z0-9]{0,2}(?![\w/'’-])")


def models_through_their_slash(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each firm's or product's name of two words or more cut right before a
    model's letters after a slash grown over them, and a mention inside them gone."""
    if "/" not in text:
        return mentions
    dropped: set[int] = set()
    result = []
    for m in mentions:
        found = (
            _MODEL_LETTERS.match(text, m.end)
            if m.label in ("ORG", "PRODUCT") and " " in m.text
            else None
        )
        if found is not None:
            end = found.end()
            inside = [k for k in mentions if k is not m and m.end <= k.start and k.end <= end]
            dropped.update(id(k) for k in inside)
            m = replace(m, text=text[m.start : end], end=end)
        result.append(m)
    return [m for m in result if id(m) not in dropped]
