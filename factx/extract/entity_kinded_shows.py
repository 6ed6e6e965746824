"""A title after a broadcaster's possessive and a programme's kind word is its programme.

"the NBC network claimed that Fox's boxing show The Next Great Champ had been hurriedly
produced" (seed 160's `Next Great Champ` ORG): `shows_of_a_broadcaster` reads a title right after
"<Channel>'s" and leaves a run after a lower-case word, which may be the sentence's own ("ITV1's
Saturday morning children's show"). Where the lower-case words end in a programme's kind word
("show", "programme", "series", "drama", "sitcom", "soap", "documentary", ...), the title-case run
right after it is that programme, a WORK_OF_ART over its run with its own "The" ("Channel 4's
reality series The Salon"), the model's mentions inside it giving way.

Guards, as `shows_of_a_broadcaster`'s: its closed list of channels; no run of a person's shape (a
first name opens it, or the model reads a full name in it: "BBC One's chat show Michael
Parkinson", a host's name, left to the model); no division of the channel as the last word; one
word the model tags a person is a host's surname ("ITV's chat show Parkinson"), left alone; a run
the model reads as a work already is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_broadcaster_shows import (
    _CHANNEL,
    _DIVISIONS,
    _TITLE,
    _before_a_date_or_place,
)
from factx.extract.entity_screen_titles import made_whole
from factx.extract.first_names import opens_with_first_name, person_by_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A programme's kind words, the last of up to four lower-case words after the possessive.
_KINDS = (
    r"(?:show|shows|programme|program|series|drama|sitcom|soap|documentary|serial|quiz|"
    r"cartoon|comedy|chat show|talent show)"
)
_KINDED = re.compile(
    rf"(?<![\w'’-]){_CHANNEL}['’]s (?:[a-z][\w-]* ){{0,3}}{_KINDS} (?P<title>{_TITLE})"
)


def shows_of_a_broadcaster_by_kind(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each title after "<Channel>'s <lower-case words> <kind>" a WORK_OF_ART
    over its run (see the module docstring)."""
    if "'s " not in text and "’s " not in text:
        return mentions
    spans: list[tuple[int, int]] = []
    for layout in layouts:
        for found in _KINDED.finditer(text, layout.offset, layout.end):
            start, end = found.span("title")
            end = _before_a_date_or_place(text, start, end)
            title = text[start:end]
            words = title.split()
            if words[-1] in _DIVISIONS or opens_with_first_name(title):
                continue
            if words == ["The"] or (len(words) == 1 and known_place(title)):
                continue
            inside = [m for m in mentions if m.start < end and start < m.end]
            if any(m.label == "WORK_OF_ART" for m in inside):
                continue  # the model's work already
            if person_by_first_name(title) or any(
                m.label == "PERSON" and (" " in m.text or len(words) == 1) for m in inside
            ):
                continue  # a host's name
            spans.append((start, end))
    if not spans:
        return mentions
    return made_whole(text, mentions, spans, layouts, add, "WORK_OF_ART")
