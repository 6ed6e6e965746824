"""An owner glued to the medium after its possessive (round r41b-films).

Box-office news names a film by what it was made from: "And Fat Albert, a live-action
adaptation of Bill Cosby's TV cartoon, fell one place" (seed 115, `Bill Cosby's TV` PERSON).
The model runs the owner's name on over its "'s" into "TV" and tags the three words as one
name, which names neither the man nor the cartoon. The owner's possessive ends the name: "TV"
(or "television", "radio") and the lower-case kind of show after it are the owner's work, no
name. `owners_before_their_medium` cuts the mention to the owner; a full name with a common
first name is a person ("Gerry Anderson's TV puppet show", which the model tags a work).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.first_names import person_by_first_name

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The owner's capitalised words, its possessive and the medium, the whole mention.
_OWNER_MEDIUM = re.compile(
    r"(?P<owner>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})['’]s? (?:TV|television|radio)"
)
# A lower-case word after the mention: the kind of show ("cartoon", "puppet show", "series").
_LOWER_AFTER = re.compile(r" [a-z]")


def owners_before_their_medium(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each "<Owner>'s TV" before a lower-case word cut to the owner (see the
    module docstring): "Bill Cosby's TV cartoon" is Bill Cosby's, PERSON. Only where the
    mention ends in the medium's word (the cheap test first) and a lower-case word follows:
    "Granada's TV Centre" or "Sky's TV Guide" go on with a capital and stay whole."""
    result: list[RawMention] = []
    for m in mentions:
        if m.text.endswith(("TV", "television", "radio")) and _LOWER_AFTER.match(text, m.end):
            found = _OWNER_MEDIUM.fullmatch(m.text)
            if found is not None:
                end = m.start + found.end("owner")
                person = person_by_first_name(found.group("owner"))
                m = replace(
                    m,
                    text=text[m.start : end],
                    end=end,
                    label="PERSON" if person else m.label,
                    cue="PERSON" if person else "",
                )
        result.append(m)
    return result
