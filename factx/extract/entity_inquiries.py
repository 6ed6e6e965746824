"""Inquiries and offices the model cut in two (round r51b-bodies, Lee sheets V and W's "Rules
these errors suggest"; sentences of my own).

- `inquiries_whole`: "The Royal Commission into the Building Industry" gives `Royal Commission`
  ORG and `Building Industry` ORG, an industry and no body: a mention "(the) Royal Commission|
  Commission of Inquiry|Inquiry" right before "into (the)" and a mention of two or more
  capitalised words (or one after "the") is one body, ORG, to the end of that name. Left alone:
  the lower-case "a royal commission into the collapse of" (no mention), and a one-word named
  body after "into" with no "the" ("the Royal Commission into HIH", "an inquiry into Qantas":
  the firm keeps its own entity).
- `offices_whole`: "the Commonwealth Director of Public Prosecutions" gives `Commonwealth` ORG,
  the office cut to its first word: "Commonwealth|Federal|State" before "Director of Public
  Prosecutions" is the prosecutor's office, ORG, whole. Left alone: "the Commonwealth" standing
  alone (the federal government, the Commonwealth of Nations).
- `interim_bodies_whole`: "the Afghan interim Authority" gives `Afghan` NORP and a lone
  `Authority` ORG: a one-word "Authority|Administration|Council|Commission|Government" right
  after "<People word> interim|transitional|provisional " is run back to the people word, one ORG
  ("Afghan interim Authority"). Left alone: names the model gives whole ("Palestinian
  Authority", "Civil Aviation Safety Authority"), and a lower-case head ("the Afghan interim
  government": no mention).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_bodies import with_grown

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_INQUIRY = re.compile(r"(?:[Tt]he )?(?:Royal Commission|Commission of Inquiry|(?:Public )?Inquiry)")
_INTO = re.compile(r" into (?P<the>the )?")
_TAIL_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")
_OFFICE_HEADS = frozenset({"Commonwealth", "Federal", "State"})
_OFFICE = re.compile(r" Director of Public Prosecutions\b")
_INTERIM_HEADS = frozenset({"Authority", "Administration", "Council", "Commission", "Government"})
_INTERIM_BEFORE = re.compile(
    r"\b(?P<people>[A-Z][a-z]+(?:an|ian|ish|ese|i|ic)) (?:interim|transitional|provisional) $"
)


def inquiries_whole(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each inquiry before "into (the)" and a capitalised name run over it, the
    name's own mention dropped (the module's doc)."""
    by_start = {m.start: m for m in mentions}
    grown: dict[int, RawMention] = {}
    for i, m in enumerate(mentions):
        into = _INTO.match(text, m.end) if _INQUIRY.fullmatch(m.text) else None
        tail = None
        if into is not None:
            # The model's tail may hold its "the" ("the Building Industry") or not.
            tail = by_start.get(into.end()) or by_start.get(into.start() + len(" into "))
        words = tail.text.removeprefix("the ").split() if tail is not None else []
        if (
            tail is not None
            and all(_TAIL_WORD.fullmatch(word) for word in words)
            and ((into is not None and into.group("the")) or len(words) > 1)
        ):
            end = tail.end
            grown[i] = replace(m, text=text[m.start : end], end=end, label="ORG", cue="ORG")
    return with_grown(mentions, list(grown.items()))


def offices_whole(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each "Commonwealth|Federal|State" before "Director of Public
    Prosecutions" run over the office's words, ORG; any mention inside them dropped."""
    result: list[RawMention] = []
    end = -1
    for m in mentions:
        if m.start < end:
            continue  # inside the office's name just taken
        found = _OFFICE.match(text, m.end) if m.text in _OFFICE_HEADS else None
        if found is not None:
            end = found.end()
            m = replace(m, text=text[m.start : end], end=end, label="ORG", cue="ORG")
        result.append(m)
    return result


def interim_bodies_whole(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each lone "Authority|Council|..." after "<People> interim" run back to
    the people word, the people word's own mention dropped (the module's doc)."""
    grown: dict[int, RawMention] = {}
    for i, m in enumerate(mentions):
        found = (
            _INTERIM_BEFORE.search(text, max(0, m.start - 40), m.start)
            if m.text in _INTERIM_HEADS
            else None
        )
        if found is not None:
            start = found.start("people")
            grown[i] = replace(m, text=text[start : m.end], start=start, label="ORG", cue="ORG")
    return with_grown(mentions, list(grown.items()))
