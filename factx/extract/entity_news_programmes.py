"""A television news programme named by its network and its slot is the programme, a work
(round r49b-media, PolNeAR sheet C).

"Mike Pence told Fox News Sunday" is the Sunday show, not the network and a day: the model
tags `Fox News` ORG and `Sunday` DATE (sheet C's `Fox News`); it tags "CBS This Morning", "NBC
Nightly News", "Meet the Press" and "BBC Breakfast" ORG, and "Larry King Live" PERSON (a work
labelled a person). The house gives a programme WORK_OF_ART (`Newsnight`, `Today`, `Breakfast
with Frost`). The names are a closed class of the news's interview programmes, each whole,
WORK_OF_ART. Left alone: "told Fox News on Sunday" (the network, then a date) and "Fox News
Sunday morning|night|evening|afternoon" (a day's part after the network), and the names the
model already reads as a work ("Face the Nation", "Good Morning America").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from factx.extract.entity_screen_titles import made_whole

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_PROGRAMMES = re.compile(
    r"(?<![\w'’&-])(?P<name>Fox News Sunday|CBS This Morning|CBS Evening News|NBC Nightly News"
    r"|ABC World News Tonight|Meet the Press|Face the Nation|Larry King Live|BBC Breakfast"
    r"|Good Morning America|PBS NewsHour)"
    r"(?![\w&-])(?! (?:morning|night|evening|afternoon)\b)"
)


def news_programmes(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each news programme of the closed class one mention, WORK_OF_ART (the
    module's doc)."""
    if not any(word in text for word in ("Fox News", "CBS", "NBC", "ABC", "the Press",
                                         "the Nation", "King Live", "BBC", "PBS",
                                         "Morning America")):  # fmt: skip
        return mentions
    spans = [found.span("name") for found in _PROGRAMMES.finditer(text)]
    return made_whole(text, mentions, spans, layouts, add, "WORK_OF_ART") if spans else mentions
