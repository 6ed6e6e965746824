"""A title after a broadcaster's name and "hit" is its programme, a work, whole.

Round r50-things, from Lee sheet B of `docs/entity-handcheck.md` ("best known for the BBC hit Yes
Minister": the model tags nothing, and factx finds nothing): `shows_of_a_broadcaster` reads a
title after "<Channel>'s" and `shows_of_a_broadcaster_by_kind` one after "<Channel>'s <kind>";
"the BBC hit", "the ITV smash hit", "the Channel 4 hit comedy" name no possessive, and the model
reads the noun "hit" as no kind. A channel's hit is a programme, so the title-case run right after
"the <Channel> (smash) hit (<kind>)" is a WORK_OF_ART, the model's mentions inside giving way.

Guards, as `shows_of_a_broadcaster_by_kind`'s: its closed list of channels; no run of a
person's shape (a first name opens it: "the BBC hit Jonathan Ross" is a host's name, left alone)
or a division of the channel; a one-word known place ("the BBC hit London") left alone; a run
the model reads as a work already left as it is; "hit" followed by a lower-case word ("the BBC
hit back") opens no run.
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

_HIT = re.compile(
    rf"(?<![\w'’-])[Tt]he {_CHANNEL} (?:smash )?hit"
    r"(?: (?:show|series|comedy|drama|sitcom|programme|quiz|soap))? "
    rf"(?P<title>{_TITLE})"
)


def hits_of_a_broadcaster(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each title after "the <Channel> hit" a WORK_OF_ART over its run (the
    module's doc)."""
    if " hit " not in text:
        return mentions
    spans: list[tuple[int, int]] = []
    for found in _HIT.finditer(text):
        start, end = found.span("title")
        end = _before_a_date_or_place(text, start, end)
        title = text[start:end]
        words = title.split()
        if not words or words[-1] in _DIVISIONS or opens_with_first_name(title):
            continue
        if words == ["The"] or (len(words) == 1 and known_place(title)):
            continue
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.label == "WORK_OF_ART" for m in inside):
            continue  # the model's work already
        if person_by_first_name(title) or any(
            m.label == "PERSON" and " " in m.text for m in inside
        ):
            continue  # a host's name
        spans.append((start, end))
    if not spans:
        return mentions
    return made_whole(text, mentions, spans, layouts, add, "WORK_OF_ART")
