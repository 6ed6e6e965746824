"""The members of a list of goods after their kind and "the" are products (round r47-acts).

"burgers like the Whopper and Double Stacker with Bacon" (seed 149's shape) gives `Whopper
and Double Stacker` ORG, two products glued over their "and"; on sentences of my own "drinks
like the Frappuccino and Caramel Macchiato" gives `Frappuccino` LOC and `Caramel Macchiato`
ORG, "models like the Focus and Fiesta" `Fiesta` GPE: the model reads a product's coined name
by its look. After a plural kind of goods (burgers, drinks, phones, models, cars, ...; `_GOODS`)
and "like|such as|including the", the list's members (two or more, the last after "and" or
"or") are products, PRODUCT, each on its own: a pair glued over the "and" is parted. Guards:
only with "the" before the list ("cars such as Ford and Toyota" names their makers, firms),
never a member a first name shows to be a person ("stars like the Beckhams" is no goods' kind;
"brands such as Ben and Jerry's" has no "the" and no goods' kind), nor a known place, nor one
the words round it cue as something else than a firm (a firm's cue, "Caramel Macchiato sold
well", is a seller's verb's, which a product takes too).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_kind_lists import list_items, regrouped
from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The plural kinds of goods a list of products follows, and its "like|such as|including the".
_GOODS = re.compile(
    r"\b(?i:burgers|sandwiches|snacks|drinks|beers|lagers|cereals|sweets|chocolate bars"
    r"|phones|handsets|models|cars|vehicles|consoles|gadgets|devices|cameras|laptops)"
    r",? (?:like|such as|including) the "
)
_THE = ("the ", "The ")
# One member: capitalised words (or digits) only, no small word between them: "cars like the
# Mondeo and Focus in Europe" lists "Focus", not "Focus in Europe".
_GOODS_ITEM = re.compile(r"(?:[A-Z0-9]|[a-z]+[A-Z])[\w'’-]*(?: (?:[A-Z0-9]|[a-z]+[A-Z])[\w'’-]*)*")
# The labels a product's name is misread as.
_MISREAD = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART"})


def listed_goods(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each member of a list of goods after its kind and "the" cued PRODUCT (the
    module's doc), a run glued over the members' joins parted, the list's "the" left out."""
    lists = [
        items for m in _GOODS.finditer(text) if (items := list_items(text, m.end(), _GOODS_ITEM))
    ]
    if not lists:
        return mentions
    found: list[tuple[int, RawMention]] = []
    added: list[RawMention] = []
    removed: set[int] = set()
    for items in lists:
        if any(person_by_first_name(text[a:b]) or known_place(text[a:b]) for a, b in items):
            continue  # a person or a place among them: no list of goods
        for i, m in enumerate(mentions):
            if m.label not in _MISREAD or (m.cue and m.cue not in (m.label, "PRODUCT", "ORG")):
                continue  # a product already, or cued as something else
            held = [(a, b) for a, b in items if m.start <= a and b <= m.end]
            lead = text[m.start : held[0][0]] if held else "?"
            if lead not in ("", *_THE) or m.end != held[-1][1]:
                continue  # runs over the members' edges, or holds none whole
            if len(held) == 1:
                a, b = held[0]
                found.append((i, replace(m, text=text[a:b], start=a, end=b, label="PRODUCT",
                                         cue="PRODUCT")))  # fmt: skip
            else:  # "the Whopper and Double Stacker": two products glued over their "and"
                removed.add(i)
                added += [replace(m, text=text[a:b], start=a, end=b, label="PRODUCT",
                                  cue="PRODUCT") for a, b in held]  # fmt: skip
    return regrouped(mentions, removed, found, added)
