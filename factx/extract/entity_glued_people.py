"""Two people the model glued over a lower-case verb into one PERSON, parted.

`people glued over a verb` (round r49-people): "After the wedding Anthony became Lopez's
manager" gives one PERSON `Anthony became Lopez` (the even half's entertainment/146, beside
"Marc Anthony" and "Jennifer Lopez"). A person's name holds no lower-case verb; its only
lower-case words are particles ("Ludwig van Beethoven", "Osama bin Laden", "Pedro de la
Rosa") and joiners of compound names ("Jose Ortega y Gasset"). The span is parted into the two
names on each side of the word, each keeping the model's label, only where:
- the word is neither a particle (`aliases.json`'s list) nor one of the joiners and small words
  below ("and", "of", "the", "y", "ibn"), which `split_glued` and the title rules read;
- each side is one to three capitalised words, and each side's last word is a word of another
  PERSON mention of the article ("Anthony" of "Marc Anthony", "Lopez" of "Jennifer Lopez"): the
  article names both people, so the glued span is no third one.
`entity_shows.split_at_beat` parts " beat " and " pipped " glued spans of any label first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORD = r"[A-Z][\w'’.-]*"
_GLUED = re.compile(
    rf"(?P<left>{_WORD}(?: {_WORD}){{0,2}}) (?P<verb>[a-z]+) (?P<right>{_WORD}(?: {_WORD}){{0,2}})"
)
# Small words that join or open a person's name or a title, never a verb between two people.
_JOINERS = frozenset(
    {"and", "or", "of", "the", "y", "e", "i", "und", "et", "ibn", "ben", "bint", "abu", "do",
     "zu", "af", "av", "op", "het", "vom", "zum", "della", "degli", "dei", "des", "ap", "ua"}
)  # fmt: skip


@cache
def _particles() -> frozenset[str]:
    data = data_file("aliases.json")
    return frozenset(data["particles"])


def people_glued_over_a_verb(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each PERSON span of two names glued over a lower-case verb cut in two
    (the module's doc), each side with the model's label."""
    glued = {id(m) for m in mentions if m.label == "PERSON" and _GLUED.fullmatch(m.text)}
    if not glued:
        return mentions
    words_of_people: dict[str, int] = {}
    for m in mentions:
        if m.label == "PERSON":
            for word in m.text.split():
                words_of_people[word] = words_of_people.get(word, 0) + 1
    result: list[RawMention] = []
    for m in mentions:
        found = _GLUED.fullmatch(m.text) if id(m) in glued else None
        if (
            found is None
            or found["verb"] in _JOINERS
            or found["verb"] in _particles()
            or not all(
                # A word of another PERSON mention than this one: more uses than its own.
                words_of_people.get(found[side].split()[-1], 0) > 1
                for side in ("left", "right")
            )
        ):
            result.append(m)
            continue
        left_end = m.start + found.end("left")
        right_start = m.start + found.start("right")
        result.append(replace(m, text=text[m.start : left_end], end=left_end))
        result.append(replace(m, text=text[right_start : m.end], start=right_start))
    return result


# Past-tense verbs of giving and telling between a donor and a body ("Sandler gave Priorities").
_PAST_VERBS = frozenset(
    {"gave", "sent", "told", "paid", "called", "forwarded", "handed", "lent", "loaned", "owed",
     "wrote", "emailed", "asked", "urged", "offered", "donated", "pledged", "promised", "sold"}
)  # fmt: skip


def person_and_body_over_a_verb(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each ORG or PERSON span "<Surname> <verb> <Body>" of a person and a body
    glued over a lower-case past-tense verb cut in two (round r49d-glue, PolNeAR sheet G's "Two
    months later, Sandler gave Priorities $1 million." as `Sandler gave Priorities` ORG): the
    left side, one capitalised word that is the last word of a person the article names in full
    ("Herb Sandler"), PERSON; the right side, one to three capitalised words, ORG. The verb is
    of a closed list of giving and telling; names whose inner lower-case word is their own
    ("Correct the Record", "Stand Up to Cancer", "The Man Who Sold the World") hold none of them
    after a lone surname of the article."""
    glued = [m for m in mentions if m.label in {"ORG", "PERSON"} and _GLUED.fullmatch(m.text)]
    if not glued:
        return mentions
    surnames = {
        m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2
    }
    ids = {id(m) for m in glued}
    words_of_people = {
        w for m in mentions if m.label == "PERSON" and id(m) not in ids for w in m.text.split()
    }
    result: list[RawMention] = []
    for m in mentions:
        found = _GLUED.fullmatch(m.text) if m.label in {"ORG", "PERSON"} else None
        if (
            found is None
            or found["verb"] not in _PAST_VERBS
            or " " in found["left"]
            or found["left"] not in surnames
            or found["right"].split()[-1] in words_of_people  # two people: the rule above
        ):
            result.append(m)
            continue
        left_end = m.start + found.end("left")
        right_start = m.start + found.start("right")
        result.append(
            replace(m, text=text[m.start : left_end], end=left_end, label="PERSON", cue="PERSON")
        )
        result.append(
            replace(m, text=text[right_start : m.end], start=right_start, label="ORG", cue="ORG")
        )
    return result
