"""A sport's matches and stages by their common words: no body, and no part of an event's name.

Round r47-sport, from seeds 148-150's "Rules these errors suggest":

- `test_matches`: rugby and cricket call an international match a "Test"; the model tags the
  word alone a body where it is counted or owned ("only three wins from 12 Tests" gives `Tests`
  ORG, "in the next Tests against Fiji" the same). A mention that is the bare word "Test" or
  "Tests" after a number, an ordinal, a determiner, a possessive or a season ("12 Tests", "his
  20th Test", "the autumn Tests", "last June's Tests"), the plural after a preposition ("sent
  off in Tests"), or before a match's word ("Test match",
  "Test series", "Test debut", "Test cap"), is no entity. A longer name is left alone: "Test
  Match Special" (a programme), "the Lord's Test" (the match by its ground, an EVENT).
- `events_cut_at_their_stage`: an event's name before the lower-case noun of a stage of its
  season ("the Six Nations run-in", "the Six Nations opener", "the Premiership decider") is
  tagged with the noun glued on, `Six Nations run-in` EVENT, an event of its own. The noun is
  cut off, so the mention is the event's and joins the article's other mentions of it. Only a
  trailing all-lower-case stage noun ("run-in", "opener", "decider", "build-up", "run-up",
  "finale", "curtain-raiser"): "Tour de France" ends in a name and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_TEST = frozenset({"Test", "Tests"})
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|\w+-(?:one|two|three|four|five|six"
    r"|seven|eight|nine)"
)
# What counts or owns a match right before the word: "12 ", "his 20th ", "the next ", "the
# autumn ", "last June's ", "two more ".
_COUNTED_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:\d+(?:st|nd|rd|th)?|" + _NUMBER_WORDS + r"|first|second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth|\w+(?:teenth|tieth|ieth)|next|last|previous"
    r"|final|opening|only|more|few|his|her|their|its|our|my|your|a|an|the|this|that|these"
    r"|those|both|every|each|two-match|three-match|autumn|summer|winter|spring|home|away"
    r"|remaining|consecutive|successive)|[A-Z][a-z]+(?:'s|’s))$"
)
# A preposition before the bare plural, matches in general: "sent off in Tests".
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w'’-])(?:in|of|from|for|to|at|between|during|over|since|across) $"
)
# A match's word right after it: "Test match", "Test series", "Test debut", "Test cap".
_MATCH_AFTER = re.compile(
    r" (?:match|matches|series|side|sides|debut|debuts|cap|caps|win|wins|victory|victories"
    r"|rugby|cricket|career|arena|level|team|squad|status|century|centuries|hundred)\b"
)


def test_matches(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, less a bare "Test|Tests" counted, owned or before a match's word."""
    if "Test" not in text:
        return mentions
    kept: list[RawMention] = []
    for m in mentions:
        if m.text in _TEST:
            before = text[max(0, m.start - 20) : m.start]
            if (
                (before.endswith(" ") and _COUNTED_BEFORE.search(before[:-1]) is not None)
                or (m.text == "Tests" and _PREPOSITION_BEFORE.search(before) is not None)
                or _MATCH_AFTER.match(text, m.end) is not None
            ):
                continue
        kept.append(m)
    return kept


# A season's stage after an event's name, in lower case, ending the mention.
_STAGE_TAIL = re.compile(
    r" (?:run-in|opener|openers|decider|deciders|build-up|run-up|finale|curtain-raiser)$"
)


def events_cut_at_their_stage(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each ending in a season stage's lower-case noun cut before it."""
    result: list[RawMention] = []
    for m in mentions:
        tail = _STAGE_TAIL.search(m.text)
        name = m.text[4:] if m.text.startswith(("the ", "The ")) else m.text
        if tail is not None and tail.start() > len(m.text) - len(name) and name[:1].isupper():
            end = m.start + tail.start()
            m = replace(m, text=text[m.start : end], end=end)
        result.append(m)
    return result
