"""A scorer's name before a goal verb is a person (round r55-people).

"... before Lomana LuaLua headed home" (BBC sheet 54H's `Lomana LuaLua` ORG): two or three
capitalised words right before a goal verb ("headed|fired|struck|slotted|tapped|nodded home|
in|past|into", "equalised", "netted", "scored twice|a goal|the opener|from ..."), after a
clause's word ("before|after|when|as|until|and|but|while") or at a sentence's start, are the
player who scored, PERSON, whatever the model read. Sides score too, so the name must hold no
place's word (a country, a region or a world city: "New Zealand headed", "Real Madrid
scored", "Bayern Munich equalised"), no side's last word ("Aston Villa", "Leeds United",
"Crystal Palace") and not open with "The" ("The South Africans scored"); a work's title
keeps its label ("But Vera Drake scored" of a film's awards: WORK_OF_ART is not read).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.capitals import opens_sentence
from factx.extract.place_names import known_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The verb and what says it is a goal: firms also fire staff, strike deals, head consortia and
# score hits ("after Wells Fargo fired 5,300 staff", "Warner Bros scored a hit").
_GOAL_VERB = re.compile(
    r" (?:(?:headed|fired|struck|volleyed|slotted|tapped|nodded|drilled|curled|poked|lashed)"
    r" (?:home|in\b|into\b|past\b|wide\b|over the bar)"
    r"|(?:equalised|equalized|netted)\b"
    r"|scored (?:twice|again|late|early|first|his|her|a (?:goal|header|penalty|hat-trick|try|"
    r"brace|century|fifty)|the (?:opener|equaliser|winner|first|second|third|only goal)|"
    r"from|with|in the \d|\d)"
    r"|scored[.,])"
)
_NAME = re.compile(r"(?!The )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}")
_CLAUSE_BEFORE = re.compile(r"(?:\b(?:before|after|when|as|until|and|but|while)|,) \Z")
# The last words of sides' names ("Leeds United", "Aston Villa"): a side scores too.
_SIDE_WORDS = frozenset(
    (
        "United",
        "City",
        "Rovers",
        "Rangers",
        "Athletic",
        "Town",
        "Wanderers",
        "Albion",
        "County",
        "Villa",
        "Palace",
        "Forest",
        "Wednesday",
        "Argyle",
        "Hotspur",
        "Orient",
        "Stanley",
        "Vale",
        "Celtic",
        "Harriers",
        "Dons",
        "Saints",
        "Hearts",
        "Juniors",
        "Sporting",
        "Olympic",
        "Blues",
        "Reds",
        "Thistle",
        "Academical",
        "Alexandra",
        "Borough",
        "Dynamo",
        "Milan",
        "Madrid",
    )
)
_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP"})


def scorers_before_goal_verbs(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with a name of two or three words right before a goal verb, after a
    clause's word or opening its sentence, a person: "before Lomana LuaLua headed home"."""
    if _GOAL_VERB.search(text) is None:
        return mentions
    kept: list[RawMention] = []
    for m in mentions:
        if (
            m.label in _LABELS
            and _NAME.fullmatch(m.text)
            and _GOAL_VERB.match(text, m.end)
            and (
                opens_sentence(text, m.start)
                or _CLAUSE_BEFORE.search(text, max(0, m.start - 10), m.start)
            )
            and not _side_or_place(m.text)
        ):
            kept.append(replace(m, label="PERSON", cue="PERSON"))
            continue
        kept.append(m)
    return kept


def _side_or_place(name: str) -> bool:
    """Whether a name holds a place's word or ends in a side's word ("Bayern Munich",
    "Leeds United"), or is a place whole ("New Zealand")."""
    words = name.split()
    if words[-1] in _SIDE_WORDS or known_place(name) or world_city(name):
        return True
    return any(known_place(w) or world_city(w) for w in words)
