"""A part before its actor in brackets is a person, the character (round r52b-misc).

"the first season of Buck (Gil Gerard) and Wilma's (Erin Gray) tongue-in-cheek adventures" (BBC
sheet 52A, entertainment/077: `Wilma` ORG, the model's): a review names a character and, in
brackets right after it, the actor who plays it. The character is a person, as `Buck` already
is. `parts_before_their_actor` gives the indexes of such mentions: one or two capitalised words
the model tags a body, place, work or thing, followed by "(" or "'s (", where the bracket holds
nothing but a PERSON mention of two or three words (the actor's full name), in a paragraph with a
show's words (series, film, sitcom, stars, plays, character, adventures, ...).

Left alone: a band before its members ("Queen (Freddie Mercury and Brian May)": the bracket holds
more than one name), a place or a club before its player ("Wales (Gareth Thomas)": a known place,
and a team sheet's paragraph has no show's words), a firm before its boss where no show is talked
of ("Marconi (Mike Parton)"), and a bracket of initials or a number ("Ofcom (2004)").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factx.extract.entities import RawMention

_SLIPS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
_PART = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")
_OPEN = re.compile(r"(?:['’]s)? \(")
_ACTOR = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}")
# A show's words: the paragraph talks of a film, series or play and its cast.
_SHOW = re.compile(
    r"\b(?:series|serial|sitcom|soap|drama|film|films|movie|movies|sequel|episodes?|cast|"
    r"stars?|starring|starred|plays|played|playing|roles?|characters?|adventures|"
    r"cartoon|comic|musical|pantomime|panto|novel)\b"
)


def parts_before_their_actor(text: str, mentions: Sequence[RawMention]) -> list[int]:
    """The indexes of the mentions of a character right before its actor's bracketed full name
    (see the module's docstring)."""
    if " (" not in text:
        return []  # the cheap test first
    persons = {(m.start, m.end) for m in mentions if m.label == "PERSON"}
    found: list[int] = []
    for index, m in enumerate(mentions):
        if m.cue or m.label not in _SLIPS or not _PART.fullmatch(m.text):
            continue
        opened = _OPEN.match(text, m.end)
        if opened is None:
            continue
        close = text.find(")", opened.end())
        if close < 0 or (opened.end(), close) not in persons:
            continue
        if not _ACTOR.fullmatch(text, opened.end(), close) or known_place(m.text):
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", close)
        if _SHOW.search(text, line_start, len(text) if line_end < 0 else line_end):
            found.append(index)
    return found
