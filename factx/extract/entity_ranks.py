"""A military rank of several words is a title, no name and no part of one (round r50-people).

From the Lee hand check (sheets A and C): "Rear Admiral John Stufflebeem said" gives the model's
`Rear Admiral` WORK_OF_ART beside `John Stufflebeem`, and "Sergeant First Class Daniel Henry
Petithory, 32, of Massachusetts" the model's `Sergeant First` ORG, which factx's title stripping
and span repair leave as `First Class` PERSON. The one-word titles ("Sergeant", "General") are
stripped already (`strip_title`, the `roles` of `aliases.json`); a rank of two or three words is
not, as the stripper reads one or two words at a time and "First Class" is no title alone.

- `rank alone`: a mention that lies inside such a rank written right before a capitalised
  name ("Rear Admiral" John Stufflebeem, "Sergeant First" of "Sergeant First Class Daniel Henry
  Petithory", "First Class" after "Sergeant") is dropped: the title of the person after it.
- `rank before a name`: a mention that opens inside such a rank and goes on with the name
  ("First Class Daniel Petithory", "Rear Admiral Craig Dunmore" WORK_OF_ART) loses the rank,
  and the rest is a person's name, PERSON.

Left alone: "First Class" where no rank word stands before it ("First Class Mail", "a First
Class ticket"), a rank before no name ("the rear admiral said"), and "Sergeant Pepper" (no rank
of several words; the one-word titles are `strip_title`'s).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.first_names import name_kind

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Ranks of two words or more (US and Commonwealth forces), whole.
_RANK = (
    r"(?:(?:Rear|Vice|Fleet) Admiral|(?:Lieutenant|Major|Brigadier) General"
    r"|Lieutenant Colonel|Lieutenant Commander|Flight Lieutenant|Wing Commander"
    r"|Group Captain|Air (?:Vice[- ])?Marshal|Lance Corporal|Lance Sergeant"
    r"|(?:Chief |Senior Chief |Master Chief )?Petty Officer(?: (?:First|Second|Third) Class)?"
    r"|Warrant Officer(?: Class (?:1|2|One|Two))?"
    r"|(?:Staff|Master|Senior|Command|Gunnery|First|Flight|Colour|Color) Sergeant(?: Major)?"
    r"|Sergeant(?: First Class| Major)|(?:Private|Airman|Specialist|Seaman) First Class)"
)
# A rank and the capitalised name after it.
_RANK_BEFORE_NAME = re.compile(_RANK + r"(?= [A-Z][a-z])")
# The window before a mention in which a rank it lies in may open ("Sergeant First Class").
_REACH = 30


def without_ranks(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, without one that lies inside a rank of several words before a name, and
    with such a rank cut from the head of a person's name (the module's doc)."""
    if not any(
        _RANK_BEFORE_NAME.search(text, max(0, m.start - _REACH), m.end + 4) for m in mentions
    ):
        return mentions  # the cheap test first
    result: list[RawMention] = []
    for m in mentions:
        rank = next(
            (
                found
                for found in _RANK_BEFORE_NAME.finditer(
                    text, max(0, m.start - _REACH), min(len(text), m.end + _REACH)
                )
                if found.start() <= m.start < found.end()
            ),
            None,
        )
        if rank is None:
            result.append(m)
            continue
        if m.end <= rank.end():
            continue  # "Rear Admiral" John Stufflebeem, "Sergeant First" (Class) Daniel Petithory
        cut = rank.end() + 1 - m.start  # "(Sergeant) First Class Daniel Petithory"
        if name_kind(m.text.rsplit(" ", 1)[-1]):
            result.append(m)  # "the Rear Admiral Smith Trust": a body named for its holder
            continue
        result.append(replace(m, text=m.text[cut:], start=m.start + cut, label="PERSON"))
    return result
