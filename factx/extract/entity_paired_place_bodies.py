"""A body named behind a hyphened pair of places is one organisation (round r55b-names, from
BBC sheet 55B's "Rules these errors suggest").

- `bodies_behind_place_pairs`: "said the report for the US-China Economic and Security Review
  Commission" gives the model's `Security Review Commission` ORG (and the article's nine
  "China" put a `China` mention inside the name); "the US-India Business Council met" gives
  only `US` GPE. "<Place>-<Place> <Capitalised words> [and <Capitalised words>] Commission|
  Council|Committee|Board|Forum|Chamber|Institute|Foundation|Association|Alliance" is one ORG,
  from the pair to the head word, whatever the model cut, and neither place has a mention
  inside it. Each side of the pair is a country, a known region, a people's word or "EU|UN"
  ("US", "UK", "China", "Cuban", "American"). Left alone: a pair before a lower-case noun
  ("US-China trade talks", "the EU-US summit", "US-China relations": no head word), a run
  broken by "the" after "and" ("US-China trade talks and the Security Council"), and a pair of
  words no list knows as places ("the Rolls-Royce Heritage Trust Council": "Rolls" and "Royce"
  are neither).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.evidence import a_people, country_keys
from factx.extract.place_names import known_place
from factx.extract.spans import SpanIndex, no_reuse, one_mention_over, the_before

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_WORD = r"[A-Z][a-z]+"
_PAIRED_BODY = re.compile(
    rf"(?<![\w'’-])(?P<a>[A-Z]{{2}}|{_WORD})-(?P<b>[A-Z]{{2}}|{_WORD}) "
    rf"(?:{_WORD} ){{1,4}}(?:and (?:{_WORD} ){{1,3}})?"
    r"(?:Commission|Council|Committee|Board|Forum|Chamber|Institute|Foundation|Association"
    r"|Alliance)(?![\w'’-])"
)


def _a_place_or_people(word: str) -> bool:
    """Whether a side of the pair is a country ("US", "China"), a known region or a people's
    word ("Cuban")."""
    return word in {"EU", "UN"} or (
        word.casefold() in country_keys(str.casefold) or known_place(word) or a_people(word)
    )


def bodies_behind_place_pairs(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, a body behind a hyphened pair of places made one ORG (the module's
    doc)."""
    if "-" not in text:
        return mentions
    bodies = [
        found
        for found in _PAIRED_BODY.finditer(text)
        if _a_place_or_people(found.group("a")) and _a_place_or_people(found.group("b"))
    ]
    if not bodies:
        return mentions
    others = SpanIndex(list(taken))
    result = list(mentions)
    for found in bodies:
        start, end = found.span()
        layout = layout_holding(layouts, start, end)
        if layout is None or others.overlaps(start, end):
            continue
        # Not where a longer name runs over it ("the US-China Business Council's Forum"); the
        # body's own "the" may go with the old mention.
        edge = the_before(text, start)
        result = one_mention_over(text, result, layout, (start, end), "ORG", add, no_reuse, edge)
    return result
