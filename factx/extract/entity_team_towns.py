"""A town's name in a side's role in a report of games is the side, apart from the town.

North American sport names a side by its city ("the Seattle Mariners", then "Seattle"), and
wire reports of games use the city for the side sentence after sentence: "Jay Buhner hit his
38th homer and Edgar Martinez his 23rd for Seattle", "Baltimore 's Eddie Murray cracked his
20th homer", "The loss was Boston 's seventh in its last 29 games", "Milwaukee has won 10 of
its last 15", "to give Minnesota a 4-2 lead", "Texas 's lead over Seattle in the West" (round
r50-conll, the even-numbered CoNLL-2003 dev documents' baseball pages; "Birmingham 's Gary Breen
was selected" in a soccer squad story). The model tags the city a place, and factx gives an
entity one label for all its mentions, so the same story's "In Seattle , Pete Incaviglia 's
grand slam" (the place the game was played in) and the side's mentions were one GPE.

Where a group labelled a place (GPE, LOC) is named by a city or a region (no country: a
national side is its country, GPE, as factx labels it everywhere) and the article reports
games (a score "5-3" and a game's word), the mentions in a side's role are an entity of their
own, ORG (the key with "|ORG"); where every mention is, the group is the side. A side's role:
- its possessive before a side's thing ("'s lead", "'s bullpen", "'s 2-1 win"), before an
  ordinal standing for a result ("'s seventh in its last 29 games", not "'s first mosque"),
  or before a player's full name opening with a common first name ("Baltimore 's Eddie
  Murray");
- after a player's tally and "for" ("his 23rd for Seattle", "homered for Cleveland", "a
  three-run homer for Los Angeles"), the sentence or clause ending after it;
- before a run of results ("has won 10 of its last 15", "won for the seventh time", "tied it
  up");
- after "give|gave|giving" before a lead ("give Minnesota a 4-2 lead"), or after "lead|win|
  victory over" ("a 75-19 victory over Gloucester").
A possessive before a place's thing stays the town ("Chicago 's archbishop", "Rochester 's
one-story Lilac Falls Motel"): only the words above read a side.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.first_names import opens_with_first_name

if TYPE_CHECKING:
    from factx.extract.entities import Cluster, RawMention

_PLACES = frozenset({"GPE", "LOC"})
# A score and a game's word: the article reports games.
_SCORE = re.compile(r"(?<![\w.,/-])\d{1,3}-\d{1,3}(?![\w.,/-])")
_GAME_WORDS = re.compile(
    r"\b(?:homers?|homered|innings?|pitched|goals?|scored|match|matches|games?|season"
    r"|league|playoffs?|touchdowns?|wickets?|tries|halftime|half-time|striker|midfielder"
    r"|quarterback|pitcher)\b"
)
# A side's thing after its possessive: "'s lead", "'s seventh", "'s bullpen".
_SIDE_THINGS = (
    r"lead|leads|loss|losses|win|wins|victory|victories|defeat|defeats|streak|bullpen|starters"
    r"|starter|pitchers|pitching|hitters|lineup|line-up|offense|offence|defense|defence|rotation"
    r"|manager|coach|goalkeeper|keeper|captain|striker|midfielder|quarterback|squad"
)
# An ordinal standing for a side's result: "The loss was Boston 's seventh in its last 29
# games" (not "London's first mosque").
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"(?: in| of| this| since|[.,;])"
)
_POSSESSIVE_THING = re.compile(
    rf" ?['’]s? (?:\d{{1,3}}-\d{{1,3}} )?(?:(?:{_SIDE_THINGS})\b|{_ORDINAL})"
)
_POSSESSIVE_PLAYER = re.compile(r" ?['’]s? (?P<name>[A-Z][\w'’-]+ [A-Z][\w'’-]+)")
# A player's tally and "for" before the side, the clause ending after it.
_TALLY_FOR = re.compile(
    r"\b(?:homer|homers|homered|\d+(?:st|nd|rd|th)|goal|goals|scored|tries|try|points|runs"
    r"|RBI|save|saves|hits|wickets|rebounds|assists|touchdowns?) for $"
)
_CLAUSE_ENDS = re.compile(r" ?[.,;]|$")
# A run of results after the side.
_RESULTS_AFTER = re.compile(
    r" (?:has |have )?(?:won|lost) (?:for the \w+ time|\d+ of (?:its|their) last)\b"
    r"| tied it up\b"
)
# "give Minnesota a 4-2 lead", "a 75-19 victory over Gloucester".
_GIVEN_LEAD = re.compile(r"\b(?:give|gave|gives|giving) $")
_LEAD_AFTER = re.compile(r" an? \d{1,3}-\d{1,3} lead\b")
_OVER = re.compile(r"\b(?:lead|win|victory|triumph) over $")


def reports_games(text: str) -> bool:
    """Whether the article reports games: a score ("5-3") and a game's word."""
    return _SCORE.search(text) is not None and _GAME_WORDS.search(text) is not None


def in_a_sides_role(text: str, m: RawMention) -> bool:
    """Whether the mention of a town reads a side in the text around it (the module's doc)."""
    after = text[m.end : m.end + 60]
    before = text[max(0, m.start - 40) : m.start]
    if _POSSESSIVE_THING.match(after):
        return True
    player = _POSSESSIVE_PLAYER.match(after)
    if player and opens_with_first_name(player["name"]):
        return True
    if _TALLY_FOR.search(before) and _CLAUSE_ENDS.match(after):
        return True
    if _RESULTS_AFTER.match(after):
        return True
    if _GIVEN_LEAD.search(before) and _LEAD_AFTER.match(after):
        return True
    return _OVER.search(before) is not None


def sides_apart(
    parts: Iterator[tuple[Cluster, str, str]], text: str, country: Callable[[str], bool]
) -> Iterator[tuple[Cluster, str, str]]:
    """Each group with its label and id key; a town's mentions in a side's role in a report of
    games an entity of their own, ORG (the module's doc). `country` tells a country's key."""
    games = reports_games(text)
    for group, label, key in parts:
        if not games or label not in _PLACES or country(key) or key.count(" ") > 1:
            yield group, label, key
            continue
        sides = [m for m in group.mentions if in_a_sides_role(text, m)]
        if not sides:
            yield group, label, key
            continue
        rest = [m for m in group.mentions if m not in sides]
        if not rest:
            yield group, "ORG", key
            continue
        split = [
            (replace(group, mentions=rest), label, key),
            (replace(group, mentions=sides), "ORG", f"{key}|ORG"),
        ]
        yield from sorted(split, key=lambda part: part[0].mentions[0].start)
