"""A film's title the model cut at its "of", after the words that say a part is played in it:
"a lead for Maria Full of Grace" gives "Maria Full" PERSON and "Grace" ORG, "his performance in
Pirates of the Caribbean" gives "Pirates" GPE.

Right after "performance in", "role in", "a lead for" or "was cast in" stands the work the
part is played in; a name there cut before " of " and a run of capitalised words ("of Grace",
"of the Caribbean") is the work's whole title, which prose writes with its "of" in lower case.
The title is one work, WORK_OF_ART, and the model's mentions inside its "of" part give way.
Not a body's or a house's name ("a key role in Bank of Scotland", the heads of
`heads_before_of`), nor a name before a possessive ("role in House of Fraser's sale"), nor a
known place ("her role in Isle of Man"). Round r34-works.

Round r44-ents adds two more places a title stands (`_credited`): after its maker's possessive
("treasures like Raphael's Madonna of the Pinks", the model's `Madonna` PERSON and `the Pinks`
ORG) and after a prize's words ("Winslet wins for Eternal Sunshine of the Spotless Mind", "the
screenplay prize went to Eternal Sunshine"). Not after a place's possessive ("London's Museum of
the Moving Image"), nor for a name that opens with a common first name ("Coldplay's Chris Martin
of ...").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The words before a work a part is played in, anchored at the mention.
_PLAYED_IN = re.compile(
    r"(?:\b(?:performances?|roles?) in|\b(?:[Aa]|[Tt]he) (?:(?:female|male|leading|starring|"
    r"title) )?lead for|\b(?:was|were|is|are|been|be|being) (?:re-)?cast in) $"
)
# The title's "of" part: "of", an optional "the", and one to four capitalised words.
# A maker's possessive right before the title ("Raphael's "), its name in group "maker"; or a
# prize's words ("wins for", "nominated for", "prize went to").
_CREDITED = re.compile(
    r"(?:\b(?P<maker>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)['’]s? |\b(?:wins?|won|winning|"
    r"nominated|nominations?|nods?) for |\b(?:prize|award|Oscar|Bafta|Globe)s? went to )$"
)
_OF_PART = re.compile(r" of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}(?![\w'’-])")
_POSSESSIVE = re.compile(r"['’]s?(?![\w])")
_REACH = 40


def _credited(text: str, m: RawMention) -> bool:
    """Whether a title's maker's possessive or a prize's words stand right before `m`, and `m`
    is no person's name by its first name (round r44-ents; the module docstring)."""
    found = _CREDITED.search(text, max(0, m.start - _REACH), m.start)
    if found is None or person_by_first_name(m.text):
        return False
    maker = found.group("maker")
    return maker is None or not known_place(maker)


@cache
def _heads() -> frozenset[str]:
    return frozenset(data_file("entities.json")["heads_before_of"])


def titles_across_of(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions (sorted by start), each name after a part's words grown over its title's
    "of" part as a work, the mentions inside that part dropped (see the module docstring)."""
    gone: set[int] = set()
    result: list[RawMention] = []
    for m in mentions:
        if id(m) in gone:
            continue
        part = None if m.headline else _OF_PART.match(text, m.end)
        if (
            part is not None
            and (
                _PLAYED_IN.search(text, max(0, m.start - _REACH), m.start) is not None
                or _credited(text, m)
            )
            and not m.text.startswith(("the ", "The "))
            and not _heads() & set(m.text.split())
            and _POSSESSIVE.match(text, part.end()) is None
            and not known_place(text[m.start : part.end()])
        ):
            inside = [o for o in mentions if o is not m and o.start < part.end() and o.end > m.end]
            if all(o.start >= m.end and o.end <= part.end() for o in inside):
                gone.update(id(o) for o in inside)
                m = replace(m, text=text[m.start : part.end()], end=part.end(),
                            label="WORK_OF_ART", cue="WORK_OF_ART")  # fmt: skip
        result.append(m)
    return result
