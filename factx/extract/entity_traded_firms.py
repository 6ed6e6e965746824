"""A firm the model labels PERSON where a deal names it: bought, sold, taken over, merged with
(round r46-firms, seed 143's business/341).

"having bought Amey in 2003", "Last year, GE bought Vivendi Universal": the small model reads a
firm's coined name right after a deal's verb by its look, a person (`Amey`, `Vivendi
Universal`), which the issue forbids. The words before it are a deal's ("bought", "acquiring",
"took over", "takeover of", "sale of", "merger with", "stake in", "bid for"), but a deal buys
players and paintings too ("Chelsea bought Drogba for £24m", "bought Picasso's Boy with a
Pipe"), so the deal's words alone settle nothing. `traded_firms` cues ORG a name the model
tagged PERSON right after a deal's words only where:

- the article is about firms: it holds a firm's own words ("company", "firm", "shares",
  "shareholders", "plc", "chief executive", ...), and no sport's signing words
  ("striker", "on loan", "Premiership", "squad", ...) anywhere in the article, nor a player's
  deal ("signed", "fee", "club", "transfer") in the name's sentence;
- the name shows no person: it does not open with a common first name ("Robbie Savage"), is no
  first name alone, takes no possessive ("buying Jay-Z's label": the owner, a person), the
  article never gives it (nor its last word) after a first name or an honorific ("Mr Amey"),
  and no "he", "she", "his" or "her" follows it in its sentence ("bought Amey in 2003, as he
  refused to sell"; `referents.referent` reads only three words on);
- it stands in no headline;
- the model has no other cue for it.

The cue's vote carries the name's other mentions (`entities.Cluster.label`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names, opens_with_first_name
from factx.extract.lone_firms import named_as_person
from factx.extract.referents import referent

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A deal's words right before the name, an optional "the" between them.
_DEAL = re.compile(
    r"\b(?:bought|buys|buying|acquired|acquires|acquiring|(?:took|take|takes|taking) over|"
    r"sold|sells|selling|(?:takeover|take-over|buyout|purchase|acquisition|sale|break-up) of|"
    r"(?:merger|merge|merges|merged|merging) with|stake in|(?:bid|offer) for)(?: the)? $"
)
# A firm's own words: one of them anywhere makes the article about firms.
_FIRM_WORDS = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|shares|shareholders?|plc|PLC|Inc|chief executive|"
    r"profits?|takeover|merger)\b"
)
# A sport's players: an article that names one buys and sells players.
_SPORT_WORDS = re.compile(
    r"\b(?:strikers?|midfielders?|defenders?|goalkeepers?|wingers?|on loan|transfer fee|"
    r"transfer window|Premiership|team-mates?|squad)\b"
)
# A player's deal in the name's sentence: "signed", "fee", "club".
_SIGNING_WORDS = re.compile(r"\b(?:signed|signing|signings|transfer|fee|club|clubs|loan)\b")
_SENTENCE_END = re.compile(r"[.!?]['\"’”]?(?:\s|$)|\n")
# "he" or "she" later in the name's sentence: "bought Hallam, as he refused to sell".
_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|him|his|[Hh]er|himself|herself)\b")
_WINDOW = 40  # characters before a name read for the deal's words


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around text[start:end] starts and ends."""
    opening = max(text.rfind(stop, 0, start) for stop in (". ", "! ", "? ", "\n"))
    closing = _SENTENCE_END.search(text, end)
    return opening + 1, closing.start() if closing else len(text)


def traded_firms(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions the model tagged PERSON that name a firm bought, sold or
    merged (see the module's docstring)."""
    if not _FIRM_WORDS.search(text) or _SPORT_WORDS.search(text):
        return
    starts = [m.start for m in mentions]
    for index, m in enumerate(mentions):
        if m.label != "PERSON" or m.cue or m.headline:
            continue
        if not _DEAL.search(text, max(0, m.start - _WINDOW), m.start):
            continue
        if (
            opens_with_first_name(m.text)
            or m.text.casefold() in first_names()
            or text.startswith(("'s", "’s", "'", "’"), m.end)
            or named_as_person(text, m.text)
            or named_as_person(text, m.text.split()[-1])
        ):
            continue
        opening, closing = _sentence(text, m.start, m.end)
        if _SIGNING_WORDS.search(text, opening, closing) or _PERSON_PRONOUN.search(
            text, m.end, closing
        ):
            continue
        following = bisect_right(starts, m.start)
        limit = starts[following] if following < len(starts) else len(text)
        if referent(text, m.start, m.end, limit) == "PERSON":
            continue
        yield index
