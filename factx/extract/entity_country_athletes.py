"""A full name after a country's possessive, before a competitor's verb, in a sport story, is
a person (round r54-sport).

BBC sheet 53E's "Ethiopia's Tirunesh Dibaba set a new world record in winning the women's
5,000m" (`Tirunesh Dibaba` FAC, the model's, and its bare "Dibaba" GPE twice): athletics and
tennis copy names a competitor by her nation's possessive, and the model reads a foreign full
name after it as a place, a building or a firm ("Ireland's Alistair Cragg won" ORG, "Sweden's
Carolina Kluft" ORG, "Japan's Ai Sugiyama defeated" FAC, "Britain's Jo Pavey bravely decided"
ORG). Where a common first name opens the name, other rules already make it a person; a given
name no list knows ("Tirunesh") had nothing.

`athletes_by_their_country` sets the PERSON cue of every mention of such a name where one of
its mentions is:
- two capitalised words the model tagged FAC, GPE, LOC or ORG, right after "<Country>'s" (a
  country pycountry knows, or "Britain");
- right before a competitor's verb: "set", "won", "took", "broke", "finished", "beat",
  "defeated", "clocked", "ran", "threw", "jumped", "leapt", "claimed", "edged", "in winning";
- in a story of a sport (a race's, a match's or a title's words; not "final", "champion" or
  a bare "5m", which business news holds);
- and nothing else says what it is: the guards of `entity_people._candidates` (no cue and no
  other label at any mention of the name, no kind word at its end, no known place, city or
  country), and no word of it a kind of place or body ("Italy's Lake Como", "France's Stade de
  France", "Spain's Davis Cup victory").
The label is set PERSON too, so that the bare surname the model tagged a place joins the full
name as it does beside the model's own PERSON (`entities._surname_of`).
Left alone: a firm with a firm's verb ("Japan's Sony Ericsson said"), a country's place or
venue ("Sydney's Olympic Stadium"), and any such name outside a sport story.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_people import _candidates
from factx.extract.first_names import name_kind

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A story of a sport: a race's, a match's or a title's words. Not "final" or "champion" alone
# (a firm's final offer, a champion of reform), nor a bare "5m" (money: "£5m").
_SPORT_STORY = re.compile(
    r"\b(?:world record|personal best|[Cc]hampionships?|medal(?:list)?|heptathlon|marathon"
    r"|metres|[0-9,]+m (?:race|title|final|hurdles|freestyle|heat)|sprint|seeded|[Tt]ennis"
    r"|Grand Slam|[Ff]ootball|[Rr]ugby|[Gg]olf|tournament|Olympics?)\b"
)
_COUNTRY_BEFORE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s $")
_COMPETES_AFTER = re.compile(
    r" (?:set|sets|won|wins|took|takes|broke|breaks|finished|finishes|beat|beats|defeated"
    r"|clocked|ran|threw|jumped|leapt|claimed|claims|edged|in winning)\b"
)
_SLIPS = frozenset({"ORG", "GPE", "LOC", "FAC"})


def athletes_by_their_country(
    text: str,
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    country: Callable[[str], bool],
) -> None:
    """Set the PERSON cue of a two-word name the model tagged a place or a firm after a
    country's possessive and before a competitor's verb in a sport story (the module's doc)."""
    if "'s " not in text and "’s " not in text:
        return  # the cheap test first
    if _SPORT_STORY.search(text) is None:
        return
    groups = _candidates(mentions, key, _SLIPS, country)
    for m in mentions:
        words = m.text.split()
        if m.label not in _SLIPS or len(words) != 2 or key(m.text) not in groups:
            continue
        owner = _COUNTRY_BEFORE.search(text, max(0, m.start - 30), m.start)
        if owner is None or not (country(key(owner.group(1))) or owner.group(1) == "Britain"):
            continue
        if _COMPETES_AFTER.match(text, m.end, m.end + 20) is None:
            continue
        if any(name_kind(word) for word in words):
            continue
        for other in groups[key(m.text)]:
            # The label too, as the model's PERSON: `entities._surname_of` then joins the bare
            # surname it tagged a place ("Dibaba won") to the full name, as for "Tirunesh
            # Dibaba" PERSON beside "Dibaba" GPE.
            mentions[other].label = mentions[other].cue = "PERSON"
