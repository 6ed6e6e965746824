"""A film named after a person, beside the person: "the biopic Ray" and "blues singer Ray
Charles" in one article.

`entities.cluster` joins a lone first name or surname to the one full name it opens or ends,
so the film's "Ray" joined the singer's "Ray Charles", and the group then took one label for
both: the work's, by the cue "biopic Ray", or the person's, by the full name. Where the words
around the lone word show a work at one of its mentions at least (a kind of work before it,
"the film Kinsey", "the movie Alfie") and a person at none ("Ray said"), the lone word is the
work's title, not the person's short name: it stays apart, a group of its own, and its cues
label it.
"""

from __future__ import annotations

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
