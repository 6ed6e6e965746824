"""A film named after a person, beside the person: "the biopic Ray" and "blues singer Ray
Charles" in one article.

`entities.cluster` joins a lone first name or surname to the one full name it opens or ends,
so the film's "Ray" joined the singer's "Ray Charles", and the group then took one label for
both: the work's, by the cue "biopic Ray", or the person's, by the full name. Where the words
around the lone word show a work at one of its mentions at least (a kind of work before it,
"the film Kinsey", "the movie Alfie") and a person at none ("Ray said"), the lone word is the
work's title, not the person's short name: it stays apart, a group of its own, and its cues
label it.

A performer's part is the person too, not the film: "Foxx's critically acclaimed performance
as Ray" (seed 117, inside the film's `Ray` WORK_OF_ART) is Ray Charles played. `played_parts`
finds such mentions of the lone word, after "performance|role|turn|portrayal as", which then
join the person's full name while the film's mentions stay apart (round r41b-films).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.first_names import opens_with_first_name

if TYPE_CHECKING:
    from factx.extract.entities import RawMention


def titled_after(
    owners: Sequence[str], mentions: Sequence[RawMention], named: Sequence[RawMention]
) -> bool:
    """Whether a lone word, the first name or surname of its one full-name owner (`owners`,
    as `entities.cluster` found them; `named`, the owner's mentions), is a work's title named
    after the owner: a work's cue at one of its `mentions`, a person's at none, and the owner
    a person written in full with a common first name ("Ray Charles"; not "Grammy Awards",
    tagged PERSON once, whose lone "Grammy" is the award's short name)."""
    if len(owners) != 1 or not any(" " in m.text and opens_with_first_name(m.text) for m in named):
        return False
    cues = {m.cue for m in mentions if m.votes}
    return "WORK_OF_ART" in cues and "PERSON" not in cues


# The words right before a part named after its player's "performance as" (the cheap test first:
# "as " right before the mention).
_PART_BEFORE = re.compile(r"\b(?:performance|role|turn|portrayal|part) as $")


def played_parts(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions of a lone word, a work's title named after a person, that name the part
    played, the person: "performance as Ray" (see the module docstring). Never all of them:
    the title keeps its mentions, and one part alone is no work's."""
    parts = [
        m
        for m in mentions
        if text[m.start - 3 : m.start] == "as "
        and _PART_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
    ]
    return parts if len(parts) < len(mentions) else []


# A performer's stage name after the verb of the act and "under the name" (round r41c-bodies,
# seed 119's "performing magic under the name The Great Carsoni", `Great Carsoni` FAC): the cheap
# test first, "under the name " in the text.
_STAGE_NAME = re.compile(
    r"\b(?:perform|performs|performed|performing|sang|sing|sings|singing|wrestled|wrestles|"
    r"wrestling)\b[^.!?\n]{0,40}? under the name "
    r"(?P<name>(?:The )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"
)


def stage_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions (sorted by start), each performer's stage name after "performing|sang|
    wrestled ... under the name" made one PERSON, whole with its "The": "She sang in clubs
    under the name Little Miss Dynamite" (the model's `Dynamite` PERSON, cut), "performing magic
    under the name The Great Zamboni" (`Great Zamboni` WORK_OF_ART). A name is no stage name
    after other verbs ("trading under the name Worldcom", a firm; "recorded by a collection of
    pop stars under the name One World Project", a group). Only where the model tagged a part
    of the name and none of its mentions reaches out of it."""
    if "under the name " not in text:
        return mentions
    result = list(mentions)
    for found in _STAGE_NAME.finditer(text):
        start, end = found.span("name")
        inside = [m for m in result if m.start < end and start < m.end]
        if not inside or any(m.start < start or m.end > end for m in inside):
            continue
        first = inside[0]
        # A performer's name with its own "the" keeps its PERSON cue as an act's does
        # ("rapper The Madd Rapper", `RawMention.act`).
        whole = replace(
            first,
            text=text[start:end],
            start=start,
            end=end,
            label="PERSON",
            cue="PERSON",
            act=True,
        )
        at = result.index(first)
        result = [m for m in result if m not in inside]
        result.insert(at, whole)
    return result
