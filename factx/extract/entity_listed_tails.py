"""A well-known name's tail tagged alone grows to the whole name: "their Six Nations campaign".

`missed_names` (`factx/data/entities.json`, read by `entity_missed.with_missed_names`) finds a
listed name where the model tags nothing; where the model reads the name's first word as
something else and tags only its last word(s), the cut stands ("Victory is vital if they are to
rescue their Six Nations campaign." gives `Nations` ORG: "Six" is a number to it; seed 153's
sport/336). A mention whose text is the last word or words of a listed name of two words or more,
with the list's words before it written right before it, exactly, is the listed name, whole,
with the list's label. Left alone: another name ending the same way ("the United Nations", "the
Home Nations": the words before are not the list's), the words in lower case ("six nations
signed the treaty": the case must match), a capitalised word or another mention right before the
listed name's first word (a longer name the model cut elsewhere; a possessive is no name's word:
"England's Six Nations"), a capitalised word after the mention ("Six Nations Championship": a
longer name), and a fact over the words before (a date: "the Sunday" of "the Sunday Times").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.spans import SpanIndex
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A capitalised word right before the listed name's first word, no possessive: the listed
# name would end a longer one ("the Holy Six Nations" is none of the list's).
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w.'’-]*(?<!['’]s)(?<!s['’]) $")
_CAPITAL_AFTER = re.compile(r" [A-Z]")


@cache
def _tails() -> dict[str, list[tuple[str, str]]]:
    """Each tail of a listed name of two words or more -> (the words before it, the label)."""
    names: dict[str, str] = data_file("entities.json")["missed_names"]["names"]
    tails: dict[str, list[tuple[str, str]]] = {}
    for name, label in names.items():
        words = name.split()
        for cut in range(1, len(words)):
            tails.setdefault(" ".join(words[cut:]), []).append((" ".join(words[:cut]), label))
    return tails


def listed_names_over_their_tails(
    text: str, mentions: Sequence[RawMention], taken: Sequence[tuple[int, int]]
) -> list[RawMention]:
    """The mentions, each that is a listed name's tail with the name's words before it grown
    over them to the whole name, with the list's label (see the module's docstring)."""
    tails = _tails()
    index: SpanIndex | None = None
    result: list[RawMention] = []
    for m in mentions:
        heads = tails.get(m.text)
        grown = None
        if heads and not _CAPITAL_AFTER.match(text, m.end):
            for head, label in heads:
                start = m.start - len(head) - 1
                if start < 0 or text[start : m.start] != f"{head} ":
                    continue
                if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
                    continue
                if _NAME_BEFORE.search(text, max(0, start - 30), start):
                    continue
                if index is None:
                    index = SpanIndex([(x.start, x.end) for x in mentions] + list(taken))
                if index.overlaps(start, m.start - 1):
                    continue
                grown = replace(m, text=text[start : m.end], start=start, label=label)
                break
        result.append(grown or m)
    return result
