"""A maker's name and the model number after it are one product's name: "Boeing 787".

The model tags "Boeing" ORG and "787" (or "A380", "737-800") PRODUCT apart, so "the Boeing 787
will fly" gave the maker a mention and left a bare number as the product. Written together with
one space between, they name the aircraft, phone or console ("Airbus A380", "Nokia 6600",
"Nintendo 64"), as the OntoNotes labels the model was trained on do; the maker keeps its own
mentions elsewhere ("Boeing said"). Only a number-shaped product joins its maker: "TFC" and
"101 Tower" are a firm and a building; and a number with more figures after it is a team's
record in a table ("Hyundai 57 5 49 .536"). The shape is data (`model_number` in
`factx/data/entities.json`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Another figure right after the number: a row of a standings table, not a model.
_MORE_FIGURES = re.compile(r"[ \t]+[-+.]?\d")


@cache
def _model_number() -> re.Pattern[str]:
    pattern: str = data_file("entities.json")["model_number"]
    return re.compile(pattern)


def with_models(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, each maker joined to the model number after it.

    Args:
        text: the article, which the mention offsets index.
        mentions: the model's mentions, sorted by start.
    Returns:
        The mentions, "Boeing" ORG + "787" PRODUCT as one "Boeing 787" PRODUCT.
    """
    model_number = _model_number()
    result: list[RawMention] = []
    for m in mentions:
        maker = result[-1] if result else None
        if (
            maker is not None
            and maker.label == "ORG"
            and m.label == "PRODUCT"
            and text[maker.end : m.start] == " "
            and model_number.fullmatch(m.text)
            and not _MORE_FIGURES.match(text, m.end)
        ):
            result[-1] = replace(maker, text=text[maker.start : m.end], end=m.end, label="PRODUCT")
            continue
        result.append(m)
    return result
