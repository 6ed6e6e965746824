"""A brand whose name opens with an honorific, named in a list of brands: "The owner of brands
such as Dairy Milk, Dr Pepper and Snapple" (round r40b-acts; seeds 25 and 108's business/143).

The model misses "Dr Pepper" in the list and tags it ORG alone ("led by Dr Pepper and diet
drinks"); factx took its "Dr" for a doctor's title each time and left `Pepper` PERSON twice: a
brand labelled PERSON. A member of a list right after "brands|labels such as|like|including"
(the words of the cue "brand of a company" in factx/data/entities.json) is a brand whatever its
first word, so an honorific opening it is the brand's own ("Dr Pepper", "Mr Kipling", "Mr
Muscle"); every place the article writes that whole name is the brand, PRODUCT, the mentions
inside giving way. Guard: the article says "brands" or "labels" and an honorific opens a
member; a list of people ("brands such as" is never one) is not in the shape.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_acts import replaced

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention
    from factx.extract.entity_acts import Adder

# A list of brands: its words, then members of capitalised words joined by commas or "and".
_BRAND_LIST = re.compile(
    r"\b(?:brands|labels),? (?:such as|like|including|include|includes|included) "
    r"(?P<members>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)*(?:(?:, |,? and |,? or )"
    r"[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)*)*)"
)
_HONORIFIC_MEMBER = re.compile(r"(?:^|, |and |or )((?:Dr|Mr|Mrs|Ms|Miss) [A-Z][\w'’&-]*)")


def honorific_brands(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each brand opening with an honorific that a list of brands names
    ("brands such as Dairy Milk, Dr Pepper") one PRODUCT wherever the article writes it."""
    if "brands " not in text and "labels " not in text:
        return list(mentions)
    names = {
        member.group(1)
        for listed in _BRAND_LIST.finditer(text)
        for member in _HONORIFIC_MEMBER.finditer(listed.group("members"))
    }
    if not names:
        return list(mentions)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    spans = [(m.start(), m.end(), m.start(), m.end()) for m in pattern.finditer(text)]
    return replaced(text, mentions, layouts, add, spans, ("PRODUCT", "PRODUCT"))
