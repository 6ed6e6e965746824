"""The last member of a list of firms is a firm (round r47b-lists, seed 153's tech/280).

"Movies from Sony Pictures, Walt Disney, Touchstone, Miramax, Columbia and Buena Vista will be
among those on offer": every member but the last is a firm to the model or by its words, and the
last, `Buena Vista`, is read PERSON by the model and PRODUCT by its look (the cue `product by
its edition`, made for "Windows Vista"). A reader takes a list joined by commas and "and|or" to
be of one kind, so where two or more members before the last, and more than half of them, are
firms (ORG by the model's label or by their cue; the model reads "Miramax" and "Columbia" as
places) and none is a person, the last is a firm too: cue ORG.

`firm_ending_lists` leaves alone a list of a maker's products ("the Xbox, PlayStation 2 and
GameCube": its members are no firms), a list ending in a person ("Disney, Pixar and Steve
Jobs": a common first name, unless the name's look already says a product, as "Buena" is a first
name in the house's list; "Microsoft, IBM and Gates" after "Bill Gates": a surname of a
person named in full), a country or known place, and a last member another cue reads as other
than a product.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_JOIN = re.compile(r"(?:,|,? and|,? or) (?:[Tt]he )?")
_LAST = re.compile(r"\b(?:and|or)\b")
_ENDS = frozenset({"PERSON", "PRODUCT"})


def _firm(m: RawMention) -> bool:
    return m.cue == "ORG" or (m.label == "ORG" and m.cue in ("", "ORG"))


def _peopled(mentions: Sequence[RawMention], run: list[int]) -> bool:
    """Whether a member before the last is a person by its words or by its common first name
    ("Pixar, Bill Gates and ..."); the model's PERSON on a firm's one word ("Dreamworks") is no
    person's sign."""
    return any(
        mentions[k].cue == "PERSON"
        or (mentions[k].label == "PERSON" and person_by_first_name(mentions[k].text))
        for k in run
    )


def firm_ending_lists(
    text: str,
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    country: Callable[[str], bool],
) -> Iterator[int]:
    """The indexes of the last members of lists of firms the model read as people or products
    (the module's doc); `mentions` are sorted by start."""
    surnames = {
        key(m.text).split()[-1] for m in mentions if m.label == "PERSON" and " " in key(m.text)
    }
    run: list[int] = []
    for i in range(len(mentions) + 1):
        join = None
        if run and i < len(mentions):
            join = _JOIN.fullmatch(text, mentions[run[-1]].end, mentions[i].start)
        if join is not None and not _LAST.search(text, mentions[run[-1]].end, mentions[i].start):
            run.append(i)
            continue
        firms = sum(_firm(mentions[k]) for k in run)
        if join is not None and firms >= 2 and firms * 2 > len(run) and not _peopled(mentions, run):
            last = mentions[i]
            name = key(last.text)
            if (
                last.label in _ENDS
                and last.cue in ("", "PRODUCT")
                and (last.cue == "PRODUCT" or not person_by_first_name(last.text))
                and name not in surnames
                and not country(name)
                and not known_place(last.text)
            ):
                yield i
        run = [i] if i < len(mentions) else []
