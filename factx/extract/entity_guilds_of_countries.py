"""A guild, society or academy "of <Country>" is one body even where the model tags only the
country (round r55b-names, from BBC sheet 55A's "Rules these errors suggest").

- `guilds_of_countries`: "A founding member of the Director's Guild of Great Britain, he is
  ..." gives the model's `Great Britain` GPE alone; "the Directors Guild of Great Britain" gives
  `Directors Guild` ORG and `Great Britain` GPE apart. "<Capitalised words>('s|s'|s) Guild|
  Society|Academy|Association|Institute of (the) <Country>" is one ORG, from its first
  capitalised word to the country, and the country no mention of its own inside it. The first
  words stop at a lower-case word and never take a sentence's "The|A|An"; the country is one a
  list knows (`country_keys`; not a town or region: "The Writers Guild of Leeds" stays apart,
  round r36's test). Left alone: the names already whole ("the Muslim Association of Britain",
  "the Motion Picture Association of America": one ORG at the base, unchanged), "the Guild's
  members in Great Britain" (no "of"), and a mention running on past the country.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.evidence import country_keys
from factx.extract.spans import SpanIndex, no_reuse, one_mention_over, the_before

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_GUILD_OF = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An) )(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+(?:'s|’s|s'|s’)? "
    r"(?:Guild|Society|Academy|Association|Institute) of (?:the )?"
    r"(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}?)(?![\w'’-]| [A-Z])"
)


def _a_country(name: str) -> bool:
    """Only a country: a town's or region's guild is written so too, and the model may part
    them rightly ("The Writers Guild of Leeds", round r36's test)."""
    return name.casefold() in country_keys(str.casefold)


# What may stand between a mention and the body it already names whole.
_WHOLE = frozenset({"", "the ", "The "})


def guilds_of_countries(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, a guild or society of a country made one ORG (the module's doc)."""
    if " of " not in text:
        return mentions
    bodies = [f for f in _GUILD_OF.finditer(text) if _a_country(f.group("country"))]
    if not bodies:
        return mentions
    others = SpanIndex(list(taken))
    result = list(mentions)
    for found in bodies:
        start, end = found.span()
        if any(
            m.start <= start and m.end == end and text[m.start : start] in _WHOLE for m in result
        ):
            continue  # whole already ("the Muslim Association of Britain")
        layout = layout_holding(layouts, start, end)
        if layout is None or others.overlaps(start, end):
            continue
        # Not where a longer name runs over it; the body's own "the" may go with the old one.
        edge = the_before(text, start)
        result = one_mention_over(text, result, layout, (start, end), "ORG", add, no_reuse, edge)
    return result
