"""Two works the model glued over a list's comma, parted (round r52b-lists, BBC sheet 52B).

"other Star Trek spin-off series The Next Generation, Deep Space Nine and Voyager" gives one
WORK_OF_ART over "The Next Generation, Deep Space Nine"; "films like Titanic, Gladiator, and
the Lord of the Rings" gives `Titanic, Gladiator`. The span is the first two members of a list
of titles whose last member follows it after "and". `two_titles_glued_over_and`
(`entity_span_edges`) parts only a glue over "and"; `works_glued_over_a_comma` parts this one:
a mention labelled WORK_OF_ART that holds one ", " and no "and", each side one to four words
opening with a capital (a side's "The" is its title's), right after which the list ends
(",? and " and a capital, or "the"), in a sentence that names a plural kind of work before it
("films", "series", "shows", "albums", ...) or reads "like|such as|including" before it, is
two works, each WORK_OF_ART. Leaves alone a title with a comma the list does not close right
after it ("star of Crouching Tiger, Hidden Dragon, Hero and House of Flying Daggers": a third
member stands between), a quoted title, and a mention of another label.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORK = "WORK_OF_ART"
_SIDE = re.compile(r"(?:The |A |An )?[A-Z0-9][\w'’:!?-]*(?: [\w'’:!?-]+){0,3}")
# The list's end right after the glued span: ", and the Lord of the Rings", " and Voyager".
_LIST_END = re.compile(r",? and (?:the |The |A )?[A-Z0-9]")
# A plural kind of work, or a list's opening words, before the list in its sentence.
_KIND_BEFORE = re.compile(
    r"\b(?:films|movies|series|shows|programmes|albums|songs|singles|books|novels|plays|"
    r"musicals|games|titles|sitcoms|dramas|soaps|hits|like|such as|including)\b"
)
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _parted(text: str, m: RawMention) -> list[RawMention]:
    """The two works of mention m, or none where it is no glued pair (the module's doc)."""
    if m.label != _WORK or m.text.count(", ") != 1 or re.search(r"\band\b|&", m.text):
        return []
    if text[m.start - 1 : m.start] in _QUOTES or text[m.end : m.end + 1] in _QUOTES:
        return []
    if _LIST_END.match(text, m.end) is None:
        return []
    left, right = m.text.split(", ")
    if not (_SIDE.fullmatch(left) and _SIDE.fullmatch(right)):
        return []
    opening = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    if not _KIND_BEFORE.search(text, opening, m.start):
        return []
    right_start = m.start + len(left) + 2
    return [
        replace(m, text=left, end=m.start + len(left), cue=_WORK),
        replace(m, text=right, start=right_start, cue=_WORK),
    ]


def works_glued_over_a_comma(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each pair of works glued over a list's comma parted into two works (the
    module's doc)."""
    result: list[RawMention] = []
    for m in mentions:
        result.extend(_parted(text, m) or [m])
    return result
