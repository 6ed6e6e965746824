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
