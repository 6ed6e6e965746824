"""A country named in full as "Republic of <Country>", which the model cuts at its "of".

Sport news names the Irish side by the country's full name ("Republic of Ireland manager Brian
Kerr admitted", "Republic of Ireland seal win"), and the model tags "Ireland" alone, leaving
"Republic of" out (seed 135's sport/217; "Republic of Korea coach Guus Hiddink" gives `Korea`
alone). Where a mention the model gives a place, a people or a body is a country's name
(`country_keys`) and "Republic of " stands right before it, the three words a country's name
too ("Republic of Ireland", "Republic of Korea": `countries` in factx/data/entities.json),
with no capitalised word before "Republic" but a sentence's "The" ("the Czech Republic", "the
Democratic Republic of Congo" are longer names the model tags whole), the three words are one
name, the country, GPE (round r44b-sport). A later lone "Republic" ("took his Republic record
to 24") is left as the model reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_REPUBLIC_OF = "Republic of "
# A capitalised word right before "Republic", which makes it a word of a longer name
# ("Democratic Republic of Congo", "Czech Republic"); a sentence's "The" is none.
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])(?!The )[A-Z][\w'’-]* $")
_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "PERSON"})


def republics_cut_at_of(
    text: str, mentions: Sequence[RawMention], is_country: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, with a country the model cut after "Republic of" whole, GPE (see the
    module docstring)."""
    if _REPUBLIC_OF not in text:
        return list(mentions)
    result = list(mentions)
    previous_end = 0
    for i, m in enumerate(mentions):
        end_before, previous_end = previous_end, max(previous_end, m.end)
        start = m.start - len(_REPUBLIC_OF)
        if (
            m.label not in _LABELS
            or start < end_before
            or text[start : m.start] != _REPUBLIC_OF
            or not is_country(m.text)
            or not is_country(text[start : m.end])
            or _WORD_BEFORE.search(text, max(0, start - 20), start)
        ):
            continue
        result[i] = replace(m, text=text[start : m.end], start=start, label="GPE")
    return result
