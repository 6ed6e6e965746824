"""The prime minister's office by its door's number, and a lone "Royal" that names nothing
(round r54-names).

- `number_ten`: British political news names the prime minister's office by its house
  number, "Number 10" or "No 10": "between Number 10 and the Treasury", "Number 10 said
  ministers were interested", "during his time at Number 10", "held their last meeting at No
  10" (BBC sheet 54B's politics/095, and the odd half's politics/197, 353, 394, 411, 414). The
  model leaves it a number (CARDINAL "10") or glues a preposition to it ("between Number 10"
  EVENT). In an article that names the office's neighbours ("Downing Street", "prime
  minister", "Treasury", "Cabinet", "Chancellor", "minister"), "Number 10", "No 10", "No. 10"
  or "Number Ten" with a capital N, with no capitalised word after it ("No 10 Downing
  Street", the address, is the model's), is one mention of the office, ORG, over whatever
  the model made of it (a lower-case word it glued before it goes). Not a shirt, a chart's
  place or a ranking: "the No 10 shirt" (`entity_non_names.shirt_number`), "No 10 seed",
  "went in at No 10 in the chart", "the world No 10", "ranked No 10" (the word after or
  before it says so).
- `lone_royal`: "Royal" alone, with no capitalised word after it, is an adjective, no name:
  "The battle Royal that the top civil servants are now reporting on" (sheet 54B's `Royal`
  ORG, the idiom "battle royal"), "former Royal butler Paul Burrell" (the royal household's).
  Not "Royal Mail", "Royal Society", "the Royals" (a longer name or a plural).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.spans import any_mention, one_mention_over

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

# The office's neighbours: an article that names none of them is no story of the government.
_GOVERNMENT = re.compile(
    r"\b(?:Downing Street|[Pp]rime [Mm]inister|PM|Treasury|Cabinet|Chancellor|[Mm]inisters?)\b"
)
_NUMBER_TEN = re.compile(r"(?<![\w'’.-])(?:Number|No\.?) (?:10|Ten)(?![\w'’-]|\.\d| [A-Z])")
# A shirt's, a seed's, a chart's or a ranking's number, no office.
_NOT_AFTER = re.compile(
    r" (?:shirts?|jerseys?|seeds?|spot|place|position|slot|berth|role|hits?|singles?|albums?"
    r"|in the (?:chart|charts|top|list|table|rankings?|world)|on the (?:chart|list|table))\b"
)
_NOT_BEFORE = re.compile(
    r"\b(?:world|[Ww]orld's|ranked|seeded|seed|chart|charts|straight|entered|entering"
    r"|peaked|reached|climbed|rose|fell|dropped|slipped|debut(?:ed|s)?)(?: (?:at|in|to))* $"
)
# A lower-case word the model glued before the name ("between Number 10" EVENT): one word.
_GLUED_BEFORE = re.compile(r"[a-z]+ $")


def number_ten(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Callable[..., RawMention],
) -> list[RawMention]:
    """The mentions, with each "Number 10" or "No 10" of a story about the government one
    ORG mention of the prime minister's office (the module's doc, `number_ten`)."""
    if not ("Number " in text or "No " in text or "No. " in text):
        return mentions
    if not _GOVERNMENT.search(text):
        return mentions
    result = list(mentions)
    for match in _NUMBER_TEN.finditer(text):
        start, end = match.span()
        if _NOT_AFTER.match(text, end) or _NOT_BEFORE.search(text, max(0, start - 20), start):
            continue
        layout = layout_holding(layouts, start, end)
        if layout is None:
            continue
        glued = _GLUED_BEFORE.search(text, max(layout.offset, start - 20), start)
        edge = glued.start() if glued else start
        result = one_mention_over(text, result, layout, (start, end), "ORG", add, any_mention, edge)
    return result


_CAPITAL_AFTER = re.compile(r" ?[A-Z&]")


def lone_royal(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is "Royal" alone, an adjective (the module's doc,
    `lone_royal`)."""
    return text[start:end] == "Royal" and not _CAPITAL_AFTER.match(text, end)
