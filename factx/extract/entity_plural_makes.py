"""The plural of a make's or a product's name is the product: "sales of Rolls-Royces".

`plural of a make` (round r47c-orgthings): the model tags a maker's name with an "s" added, one
word, an organisation, where the article writes the maker or the product in the singular too:
"a significant increase in sales of Rolls-Royces" beside "Rolls-Royce" (even half, business/056),
"any programmes they record on their TiVos" beside "TiVo" (tech/222), "Two wheel-based Emiews"
beside "Emiew" (tech/356); my "The firm sold 2,000 Land Rovers in China" and "their Blackberrys"
give ORG too. A firm is one; its name's plural is its cars, machines or devices, PRODUCT.

Only where the singular is a mention of the article the model labels ORG or PRODUCT (the make
or its product); only one word ("Lib Dems" beside "Lib Dem" is a party, two words); only after
words that count, own, make or sell things (`_BEFORE`: "sales of", "their", "2,000", "Two
wheel-based", "building"), since a firm's own name may end in "s" and stand beside a singular
("Barclays said", "Shares in Barclays fell" beside "the Barclay brothers"), and so may a side's
nickname ("the Saints"); and not before a capitalised word ("Sainsburys Bank").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_PLURAL = re.compile(r"[A-Z][\w-]*[a-z]s")
_MAKES = frozenset({"ORG", "PRODUCT"})
# The model's labels of a make's plural ("Saabs" ORG, "Minis" LOC, "Emiews" PERSON).
_MISREAD = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP"})
# The words before the plural that make it things counted, owned, made or sold: a number or a
# quantity (and one word after it), an owner's possessive, a verb of making or selling, a
# count's noun and "of". A firm's own name ending in "s" goes after other words ("Shares in
# Barclays fell", "the chairman of Barclays", "Barclays said").
_BEFORE = re.compile(
    r"(?:\b(?i:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands"
    r"|millions|many|more|few|several|used|second-hand)(?: [a-z][\w-]*)?"
    r"|\b(?:[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Yy]our|[Oo]ur)"
    r"|\b(?:build|builds|building|built|make|makes|making|sell|sells|selling|sold|buy|buys"
    r"|buying|bought|drive|drives|driving|drove|own|owns|owned)"
    r"|\b(?i:sales|production|fleet|fleets|number|owners|drivers|users|buyers) of) $"
)


def plural_makes(mentions: Sequence[RawMention], text: str) -> None:
    """Set the cue of each one-word mention the model tags a firm, a person or a place that is
    the plural of another mention's name
    the model labels ORG or PRODUCT to PRODUCT (see the module's docstring)."""
    singulars = {
        re.sub(r"^[Tt]he ", "", m.text) for m in mentions if m.label in _MAKES or m.cue in _MAKES
    }
    for m in mentions:
        if (
            m.label not in _MISREAD
            or m.cue not in ("", "ORG", m.label)
            or not _PLURAL.fullmatch(m.text)
        ):
            continue
        if m.text[:-1] not in singulars:
            continue
        if not _BEFORE.search(text[max(0, m.start - 40) : m.start]):
            continue
        if re.match(r" [A-Z]", text[m.end : m.end + 2]):
            continue
        m.cue = "PRODUCT"
