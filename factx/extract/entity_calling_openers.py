"""A person's calling that opens a sentence before their full name (round r55-people).

"Farmer Geoff Brooks, a senior member of the hunt, told ..." (BBC sheet 54E's `Farmer Geoff
Brooks` PERSON): the model runs the calling into the name. The opening-word rule
(`entity_non_names.without_opening_words`) cuts such a word only before a common first name,
and "Geoff" is off the census list. Here the calling is the evidence instead: a closed list of
callings that are no first name ("Farmer", "Pensioner", "Vicar", "Chef" ...), written with the
sentence's capital only (`capitals.capitalised_inside`: "Frances Farmer" keeps its surname),
before two or three capitalised words the model tags PERSON, when a speech verb or ", a|an|the"
follows the name (a person is speaking or being described). The rest is the person.

The same calling tagged alone before an honorific's name ("Entrepreneur Sir Richard Branson's
show", the model's `Entrepreneur` PERSON beside `Richard Branson`, the even half's
entertainment/178) is no name: dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.capitals import capitalised_inside, opens_sentence

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Callings that open a news sentence before a full name and are no first name or common
# surname of a person written mid-sentence (the `capitalised_inside` guard reads the rest:
# "Frances Farmer", "Jamie Oliver's Chef").
CALLINGS = frozenset(
    (
        "Farmer",
        "Comic",
        "Comedian",
        "Singer",
        "Songwriter",
        "Rapper",
        "Lawyer",
        "Solicitor",
        "Barrister",
        "Actor",
        "Actress",
        "Striker",
        "Midfielder",
        "Defender",
        "Goalkeeper",
        "Chef",
        "Vicar",
        "Pensioner",
        "Teacher",
        "Headteacher",
        "Headmaster",
        "Headmistress",
        "Entrepreneur",
        "Businessman",
        "Businesswoman",
        "Tycoon",
        "Novelist",
        "Author",
        "Playwright",
        "Poet",
        "Campaigner",
        "Activist",
        "Shopkeeper",
        "Publican",
        "Landlord",
        "Landlady",
        "Nurse",
        "Midwife",
        "Photographer",
        "Broadcaster",
        "Presenter",
        "Journalist",
        "Economist",
        "Analyst",
        "Drummer",
        "Guitarist",
        "Bassist",
        "Pianist",
        "Composer",
        "Designer",
        "Footballer",
        "Golfer",
        "Sprinter",
        "Jockey",
        "Boxer",
        "Widow",
        "Grandmother",
        "Grandfather",
    )
)

_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}")
# What follows a person's name in a sentence that speaks of or for them.
_AFTER = re.compile(
    r"(?:,? (?:said|says|told|tells|added|admitted|claimed|warned|insisted|explained|"
    r"described|believes|thinks)\b|, (?:a|an|the|who)\b)"
)
# An honorific's name right after a lone calling: "Entrepreneur Sir Richard Branson".
_HONORIFIC_AFTER = re.compile(r" (?:Sir|Dame|Lord|Lady|Dr|Professor|Rev) [A-Z]")


def callings_before_full_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with a listed calling that opens the sentence cut off a full name the
    model ran it into ("Farmer Geoff Brooks said" -> `Geoff Brooks` PERSON), and the calling
    tagged alone before an honorific's name dropped ("Entrepreneur Sir Richard Branson's")."""
    kept: list[RawMention] = []
    for m in mentions:
        word, _, rest = m.text.partition(" ")
        if (
            word in CALLINGS
            and opens_sentence(text, m.start)
            and not capitalised_inside(text, word)
        ):
            if m.label == "PERSON" and _NAME.fullmatch(rest) and _AFTER.match(text, m.end):
                start = m.start + len(word) + 1
                kept.append(replace(m, text=rest, start=start, label="PERSON", cue="PERSON"))
                continue
            if not rest and m.label == "PERSON" and _HONORIFIC_AFTER.match(text, m.end):
                continue  # "Entrepreneur" of "Entrepreneur Sir Richard Branson's"
        kept.append(m)
    return kept
