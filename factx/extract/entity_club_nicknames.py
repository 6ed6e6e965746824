"""A club by its one-word nickname before a staff noun and a full name is the club.

Round r47-sport, seed 150's "Pompey coach Kevin Bond": the model tags the coach and leaves the
club's nickname out, as it does "Spurs boss Martin Jol" (`clubs_before_their_manager` adds
those, but only the closed list of plural nicknames). Singular nicknames ("Pompey", "Boro",
"Barca", "Juve") are an open class, so the word is read by its shape and the article: one
capitalised word right before "boss|manager|coach|chairman" and a person's full name the model
tagged PERSON, in a story about a sport, that no mention covers, with no capitalised word
before it ("Leeds Rhinos coach" names the club whole), that is no country (a national side,
which the model tags), no nationality ("Dutch coach Rinus Michels"), no first name, and that
the article never writes in lower case ("Former coach", "Assistant manager" open a sentence
with a common word; a short list of such words is left out whatever the article writes). The
model tags the nickname itself where it stands inside a sentence ("The news that Pompey coach
Kevin Bond had left"): the rule's reach is the sentence it opens, where the model drops it.
It is an ORG mention of the club, cued a team's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.capitals import written_in_lower_case
from factx.extract.evidence import country_keys, nationalities
from factx.extract.first_names import first_names
from factx.extract.spans import covering

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_NICKNAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) (?:boss|manager|coach|chairman) $")
# A capitalised word right before the nickname: the nickname ends a longer name.
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*['’]?s? $")
# A story about a sport: the words of a match or a club's season.
_SPORT_STORY = re.compile(
    r"\b(?:[Ff]ootball|[Rr]ugby|[Cc]ricket|striker|midfielder|goalkeeper|fly-half|Premiership|league"
    r"|fixture|kick-off|penalty|goals?|tries|scored|relegation|promotion)\b"
)
# Capitalised common words that open a sentence before a staff noun.
_COMMON_WORDS = (
    "Former Assistant Caretaker Interim Club Team Head Joint Then Ex New Academy Youth "
    "Reserve Defence Forwards Backs Fitness Kicking Goalkeeping General Commercial Press "
    "Marketing Football Rugby Tennis Athletics Cricket Hockey Golf Boxing Swimming "
    "National Senior Junior Temporary Acting Deputy Vice Chief "
    # The lead, round 48 (seed 158's "Fund manager Florian Hamm" in a business story about a
    # football club): the first word of a trade's calling, no club.
    "Fund Hedge Portfolio Investment Asset Property Brand Product Project Programme Account "
    "Accounts Sales Store Shop Branch Bank Office Stage Tour Production Campaign Communications "
    "Media Finance Business Operations Regional Area Country Estate Hotel Restaurant Research "
    "Design Art Music Casting Kit Equipment Stadium Ground Transfer Contract Site Plant Factory"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def clubs_by_singular_nickname(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with a club's one-word nickname before a staff noun and a full name
    ("Pompey coach Kevin Bond") added as an ORG mention of the club."""
    if _SPORT_STORY.search(text) is None:
        return list(mentions)
    found: list[RawMention] = []
    covered = covering(mentions, taken)
    for m in mentions:
        if m.label != "PERSON" or " " not in m.text:
            continue
        match = _NICKNAME_BEFORE.search(text, max(0, m.start - 25), m.start)
        if match is None:
            continue
        word = match.group(1)
        start, end = match.span(1)
        if (
            word in _COMMON
            or word.casefold() in country_keys(str.casefold)
            or word in nationalities()
            or word.casefold() in first_names()
            or written_in_lower_case(text, word)
            or _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
        ):
            continue
        if covered(start, end):
            continue
        layout = layout_holding(layouts, start, end)
        if layout is not None:
            found.append(add(text, layout, start, end, "ORG", "TEAM"))
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda m: m.start)
