"""Well-known music acts by a closed list: the act, ORG, where the model read a person, a place
or a thing (round r52c-acts).

"Michael Jackson, Aerosmith, Diana Ross, Gloria Estefan and Phil Collins are among the stars"
(BBC sheet 52C, `Aerosmith` PERSON): nothing in such a sentence tells a band from the singers
round it, and the even half's `Massive Attack`, `Judas Priest`, `Liberty-X` and `Kraftwerk`
PERSON each stand in a shape of their own ("Jessica Taylor from Liberty-X", "Tetris takes on
Kraftwerk"). The issue allows knowledge where it helps more than it costs, so the acts are two
curated lists (data `bands.known_acts`, `bands.known_word_acts`, see their `_comment`):

- `invented_acts`: a name no person, place or common word shares ("Aerosmith", "Metallica",
  "Coldplay", "Massive Attack") is the act in a story of any kind, where the model tagged it a
  person, a place, a people or a product (`_shaped_reading`, as `person_shaped_bands` reads it);
- `word_acts`: a name that is also a word, a place or a name ("Queen", "Nirvana", "Genesis",
  "Travis", "Boston") is the act only in an article about music (`about_music`), as
  `word_named_bands` reads its five; a place's name among them (`bands.known_place_acts`) keeps
  the model's place label ("the tour reaches Chicago").

Both take a work's or an event's label too, the model's reading of an act in a list ("Robin
and Barry Gibb of The Bee Gees" WORK_OF_ART, "followed by Maroon 5 and Snow Patrol" EVENT), but
not in quotes or after a record's words: a band's self-titled album bears its name.
`missed_acts` adds an invented name the model missed or cut ("performances from U2, Green Day,
Alicia Keys", `Green Day` untagged; `Destiny` PERSON and `Child` PRODUCT), one ORG mention, in a
music story or a sentence of performers.

Left alone in both: a word's name after "the" unless it is a plural ("the Queen" is the
monarch; "the Killers" the band), the name after a person's title or a life's words
(`_NAMESAKE_BEFORE`: "King or Queen"), the last word of a person's full name the article gives
("Producer Dave Travis ... Travis said" the man), and a mention with another label's cue. Never
a solo act's name ("Madonna", "Sting", "Prince"): the lists hold groups only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.entity_bands import (
    _NAMESAKE_BEFORE,
    _acts_in_sentence,
    _shaped_reading,
    about_music,
)
from factx.extract.spans import any_mention, one_mention_over
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

# A place's labels, kept for a known act that is also a place's name (`bands.known_place_acts`).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A work's or an event's label, the model's reading of an act in a list of names ("Robin and
# Barry Gibb of The Bee Gees" WORK_OF_ART, "followed by Maroon 5 and Snow Patrol" EVENT), taken
# unless the name stands in quotes or after a record's words: a band's self-titled album bears
# its name ("the album Razorlight", "their self-titled debut, Kasabian").
_WORK_LABELS = frozenset({"WORK_OF_ART", "EVENT"})
_RECORD_BEFORE = re.compile(r"(?:album|LP|EP|record|debut|single|self-titled|titled|called)\W*$")


@cache
def _invented() -> frozenset[str]:
    return frozenset(data_file("entities.json")["bands"]["known_acts"])


@cache
def _worded() -> frozenset[str]:
    return frozenset(data_file("entities.json")["bands"]["known_word_acts"])


@cache
def _places() -> frozenset[str]:
    return frozenset(data_file("entities.json")["bands"]["known_place_acts"])


def _bare(text: str) -> str:
    """The act's name in a mention: without its "the" and its possessive ("the Beatles'")."""
    for the in ("the ", "The "):
        text = text.removeprefix(the)
    return text.removesuffix("'s").removesuffix("’s").removesuffix("'").removesuffix("’")


def _surnames(mentions: Sequence[RawMention]) -> set[str]:
    """The last words of the full names of people in the article ("Roy Keane")."""
    return {
        m.text.split()[-1]
        for m in mentions
        if m.label == "PERSON"
        and " " in m.text
        and _bare(m.text) not in _invented()
        and _bare(m.text) not in _worded()
    }


def _an_act(text: str, m: RawMention, surnames: set[str]) -> bool:
    """Whether mention `m` of a listed name reads as the act, not a namesake (module doc)."""
    return (
        (_shaped_reading(m.label, m.cue) or _a_work_reading(text, m))
        and _bare(m.text) not in surnames
        and _NAMESAKE_BEFORE.search(text, max(0, m.start - 30), m.start) is None
        and not text[max(0, m.start - 8) : m.start].endswith(("King or ", "King and "))
    )


def _a_work_reading(text: str, m: RawMention) -> bool:
    """Whether `m` is the model's work or event with no other cue, neither quoted nor after a
    record's words (`_WORK_LABELS`)."""
    return (
        m.label in _WORK_LABELS
        and m.cue in ("", m.label, "PERSON")
        and text[m.start - 1 : m.start] not in ("'", '"', "‘", "“")
        and _RECORD_BEFORE.search(text, max(0, m.start - 30), m.start) is None
    )


def _the_before(text: str, m: RawMention) -> bool:
    """Whether a "the" opens the mention or stands right before it."""
    return m.text.startswith(("the ", "The ")) or text[max(0, m.start - 4) : m.start] in (
        "the ",
        "The ",
    )


def _plural(name: str) -> bool:
    """Whether a word act's name is a plural, which takes its band's own "the" ("the Killers",
    "the Smiths"); not "Oasis", "Genesis", "Darkness"."""
    return name.endswith("s") and not name.endswith(("ss", "is"))


def invented_acts(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions of an act of `bands.known_acts` read as a person, a place or
    a thing, in any article ("Michael Jackson, Aerosmith, Diana Ross ... are among the stars")."""
    surnames: set[str] | None = None
    for i, m in enumerate(mentions):
        if _bare(m.text) in _invented():
            surnames = _surnames(mentions) if surnames is None else surnames
            if _an_act(text, m, surnames):
                yield i


def word_acts(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions of an act of `bands.known_word_acts` read as a person, a
    place or a thing, in an article about music ("Nirvana's Nevermind", `Nirvana` GPE); a
    place's name among them keeps a place's label."""
    hits = [i for i, m in enumerate(mentions) if _bare(m.text) in _worded()]
    if not hits or not about_music(text):
        return
    surnames = _surnames(mentions)
    for i in hits:
        m = mentions[i]
        if m.label in _PLACE_LABELS and _bare(m.text) in _places():
            continue
        if _the_before(text, m) and not _plural(_bare(m.text)):
            continue  # "the Queen": the monarch; "the Killers" keeps its band's "the"
        if _an_act(text, m, surnames):
            yield i


# Round r52c-acts: a known act the model left untagged or cut ("performances from U2, Green
# Day, Alicia Keys", `Green Day` untagged; "Happy Mondays star Bez"; "Destiny's Child" as
# `Destiny` PERSON and `Child` PRODUCT): one mention over the whole name, ORG. Only an invented
# name (`bands.known_acts`), only where the article is about music or the name's sentence holds
# a performers' or a band's word (`_acts_in_sentence`): "U2" is also a spy plane.
@cache
def _invented_pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(_invented(), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{names})(?![\w'’-])")


def missed_acts(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Callable[..., RawMention],
) -> list[RawMention]:
    """The mentions, each name of `bands.known_acts` the model missed or cut one ORG mention
    whole, where the article or the sentence is about music (see the comment above)."""
    found = list(_invented_pattern().finditer(text))
    if not found:
        return mentions
    music = about_music(text)
    result = list(mentions)
    for match in found:
        start, end = match.span()
        if any(m.start == start and m.end == end for m in result):
            continue
        if not (music or _acts_in_sentence(text, start, end)):
            continue
        layout = layout_holding(layouts, start, end)
        if layout is not None:
            result = one_mention_over(text, result, layout, (start, end), "ORG", add, any_mention)
    return result
