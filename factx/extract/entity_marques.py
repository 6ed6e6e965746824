"""A car's or a gadget's marque the model reads as a person, known by its goods' words.

`marques_by_goods_words` (round r53-persons, BBC sheet 53B's business/049: `Mini` PERSON on 15
mentions, "one in six cars sold by the BMW group was a Mini", "BMW had invested some £280m in
Mini production", "100,000 Mini models a year"): a one-word name the model tags PERSON that the
same article writes both after an indefinite or counting determiner ("a Mini", "a new Mini",
"the cheapest Mini", "100,000 Mini") and, elsewhere, before a goods' noun ("Mini production",
"Mini models", "Mini factory", "Mini brand", "Mini owners") is a make of things, PRODUCT, at
all its mentions; `plural_makes` then reads its plural ("100,000 Minis") beside it. My "one in
ten cars sold in Italy was a Lancia. Lancia production will now move" gives `Lancia` PERSON at
the base.

A person is no thing counted or sold, but a family's name takes "a" ("a Kennedy") and a star's
the goods' words of fame ("the Beckham brand"): not for a name the article writes after a
common first name or a title ("David Beckham", "Mr Kipper"), nor for a common first name
itself, nor for a maker the house's list knows (the firm's own name, "the Ford factory"), and
only where both shapes stand in two different places, not one phrase ("100,000 Mini models"
alone).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names, written_as_a_person
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_NAME = re.compile(r"[A-Z][a-z]{2,}")
# An indefinite or counting determiner right before the name: "a Mini", "a new Mini", "the
# cheapest Mini", "a second-hand Mini", "100,000 Mini".
_DETERMINER = (
    r"(?:\b(?:[Aa]n?|[Aa]n? (?:new|used|second-hand|old|brand-new)|[Tt]he "
    r"(?:cheapest|dearest|new|latest|original|classic)|[Ee]very)|\b\d[\d,]*) "
)
# A goods' noun right after the name: what is made, sold, owned or driven.
_GOODS = (
    r" (?:production|models?|factory|factories|plant|brand|owners?|drivers?|dealers?|"
    r"dealerships?|sales|buyers|range|line-up|costs|cost|is priced|was launched)\b"
)
# Each name is looked up where the article writes it, not searched for over the whole text:
# a huge article has hundreds of names, and a scan of the text for each made its time grow
# with the square of its size. The determiner is read in a window before the name (`search`
# with `pos` still sees the text before the window for its `\b`), the goods' noun right after.
_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
_COUNTED = re.compile(_DETERMINER + r"\Z")
_GOODS_AFTER = re.compile(_GOODS)
# Far wider than any determiner but a number of more than a hundred digits.
_WINDOW = 120


@cache
def _makers() -> frozenset[str]:
    """The makers the house knows (`entities.json`'s "maker_models"), case-folded."""
    words: list[str] = data_file("entities.json")["maker_models"]["makers"]
    return frozenset(w.casefold() for w in words)


def marques_by_goods_words(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indices of the mentions of each one-word name the model tags PERSON somewhere that
    the article writes after a counting determiner and before a goods' noun (module docstring)."""
    names = {m.text for m in mentions if m.label == "PERSON" and _NAME.fullmatch(m.text)}
    if not names:
        return
    written: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    for found in _WORD.finditer(text):
        if found.group() in names:
            written[found.group()].append(found.span())
    for name in sorted(names):
        if name.casefold() in first_names() or name.casefold() in _makers():
            continue
        counted = {
            end
            for start, end in written[name]
            if text[end : end + 1] not in ("'", "’", "-")
            and _COUNTED.search(text, max(0, start - _WINDOW), start)
        }
        goods = {end for _, end in written[name] if _GOODS_AFTER.match(text, end)}
        if not counted or not goods or len(counted | goods) < 2:
            continue
        if written_as_a_person(text, name, (m.text for m in mentions)):
            continue
        for index, mention in enumerate(mentions):
            if mention.text == name and mention.cue in ("", "PERSON"):
                yield index
