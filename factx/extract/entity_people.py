"""People the model took for firms or places, shown by "he" or "she" after their name.

The small model reads unfamiliar full names by their look: "Keanu Reeves" ORG, "PL Travers"
ORG, "Imanol Harinordoquy" ORG. A common first name already makes a person
(`first_names.person_by_first_name`); other names need the article's own words. Where the
first pronoun after a mention, in its clause and with no other name between, is "he", "she",
"his" or "her" (`referents.referent`) and never "it" or "its" after any mention, a name shaped
like a person's (two or three capitalised words or initials, the last no word that ends the
names of places and organisations) is a person. Not a name the words around it already
showed as something else (any cue), nor a known place or country.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import name_kind
from factx.extract.place_names import known_place
from factx.extract.referents import referent

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A first name or initials ("JK", "P.L.") and one or two capitalised words: "Keanu Reeves",
# "JK Rowling", "Sanjaya Senanayake". Not one word, nor a name in capitals ("BBC News").
_PERSON_SHAPE = re.compile(
    r"(?:[A-Z][a-z]+|[A-Z]{1,2}|(?:[A-Z]\. ?){1,2})(?: [A-Z][a-z]+(?:['’-][A-Za-z]+)*){1,2}"
)
# Labels the model gives people it does not know; not a place's, as a city's name may be
# followed by a "he" of its clause ("in Los Angeles, where he").
_SLIPS = frozenset({"ORG", "NORP", "FAC", "PRODUCT"})


def people_by_pronoun(
    text: str,
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    country: Callable[[str], bool],
) -> None:
    """Set the cue of the mentions of a person-shaped name tagged a firm or place to PERSON,
    where the article refers back to it as "he" or "she" only. `key` groups mentions into
    entities; `country` says whether a key is a country's."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, m in enumerate(mentions):
        if m.label in _SLIPS and _PERSON_SHAPE.fullmatch(m.text):
            groups[key(m.text)].append(index)
    if not groups:
        return
    for m in mentions:
        name = key(m.text)
        if name in groups and (m.cue or m.label not in _SLIPS):
            del groups[name]  # the words around it, or the model elsewhere, said otherwise
    starts = [m.start for m in mentions]
    for name in sorted(groups):
        indexes = groups[name]
        last = mentions[indexes[0]].text.split()[-1]
        if name_kind(last) or country(name) or known_place(mentions[indexes[0]].text):
            continue
        shown = set()
        for index in indexes:
            m = mentions[index]
            limit = starts[index + 1] if index + 1 < len(starts) else len(text)
            shown.add(referent(text, m.start, m.end, limit))
        shown.discard("")
        if shown == {"PERSON"}:
            for index in indexes:
                mentions[index].cue = "PERSON"
