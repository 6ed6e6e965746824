"""Names the model cuts at "and", a hyphen or a number, made whole or parted as written.

- A country whose name holds an "and" is one place: "Trinidad" GPE + "Tobago" ORG are Trinidad
  and Tobago (pycountry knows the name).
- A stock index is named with its number: "FTSE" + "100" is the FTSE 100, not the FTSE and a
  figure (the index words are data: `numbered_indexes` in `factx/data/entities.json`).
- Two surnames joined by a hyphen, each that of a person the article names in full, are two
  people: "the Blair-Brown feud" beside "Tony Blair" and "Gordon Brown" (not "Haji-Ioannou",
  whose parts name no one else).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.evidence import country_keys
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_AND = frozenset({" and ", " & "})
# An index's number: "FTSE 100", "Nikkei 225", "Dax 30" (a year is no index number).
_INDEX_NUMBER = re.compile(r" (?![12]\d{3}\b)\d{2,4}\b(?![.,]\d)")
_HYPHENED = re.compile(r"([A-Z][\w'’]+)-([A-Z][\w'’]+)")


@cache
def _index_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_file("entities.json")["numbered_indexes"])


def joined_names(
    text: str,
    mentions: list[RawMention],
    name_key: Callable[[str], str],
    taken: list[tuple[int, int]],
) -> list[RawMention]:
    """The mentions (sorted by start) with countries and indexes made whole and pairs of
    surnames parted; `name_key` is the entities' key of a name, `taken` the spans of other
    facts (an index's number may be no one's figure)."""
    result: list[RawMention] = []
    for m in mentions:
        last = result[-1] if result else None
        if (
            last is not None
            and last.paragraph == m.paragraph
            and text[last.end : m.start] in _AND
            and name_key(text[last.start : m.end]) in country_keys(name_key)
        ):
            result[-1] = replace(last, text=text[last.start : m.end], end=m.end, label="GPE")
            continue
        if m.text.casefold() in _index_words():
            number = _INDEX_NUMBER.match(text, m.end)
            if number is not None and not any(
                s < number.end() and number.start() < e for s, e in taken
            ):
                m = replace(m, text=text[m.start : number.end()], end=number.end())
        result.append(m)
    return _parted(result)


def _parted(mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with "Blair-Brown" two people where both are named in full elsewhere."""
    if not any("-" in m.text for m in mentions):
        return mentions
    surnames = {
        m.text.split()[-1].casefold()
        for m in mentions
        if m.label == "PERSON" and " " in m.text and "-" not in m.text
    }
    result: list[RawMention] = []
    for m in mentions:
        pair = _HYPHENED.fullmatch(m.text)
        if pair is None or not all(p.casefold() in surnames for p in pair.groups()):
            result.append(m)
            continue
        cut = m.start + pair.end(1)
        result.append(replace(m, text=pair.group(1), end=cut, label="PERSON"))
        result.append(replace(m, text=pair.group(2), start=cut + 1, label="PERSON"))
    return result
