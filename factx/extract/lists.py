"""Names listed together are of one kind: "Michael Owen, Gethin Jenkins, Dwayne Peel and Gavin
Henson" are four players, though the model reads "Gethin Jenkins" as a place.

A list is three or more mentions joined only by ", ", " and ", ", and " or " or " (" , " in
tokenised text). A name whose
label differs from the one most others in its list share (people or organisations, the kinds
the model confuses) takes that label, where the article's words around it said nothing else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Protocol

_JOINS = frozenset({", ", " and ", ", and ", " or ", ", or ", " , ", " , and ", " , or "})
# The kinds a list lends, and the labels of names that may take them.
_LENT = frozenset({"PERSON", "ORG"})
_TAKERS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})
_SHORTEST = 3


class _Mention(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...


def lists(text: str, mentions: Sequence[_Mention]) -> Iterator[list[int]]:
    """The indexes of the mentions of each list, in order; `mentions` sorted by start."""
    run: list[int] = []
    for i, m in enumerate(mentions):
        if run and text[mentions[run[-1]].end : m.start] in _JOINS:
            run.append(i)
            continue
        if len(run) >= _SHORTEST:
            yield run
        run = [i]
    if len(run) >= _SHORTEST:
        yield run


def listed_labels(text: str, mentions: Sequence[_Mention]) -> Iterator[tuple[int, str]]:
    """(index, label) for each listed mention whose label most others in its list do not share.

    The label must be that of more than half of the other names and of two at least; a person's
    only goes to a name of one word where most of the others are of one word too.
    """
    for run in lists(text, mentions):
        counts = Counter(mentions[i].label for i in run)
        for i in run:
            own = mentions[i].label
            if own not in _TAKERS:
                continue
            others = counts.copy()
            others[own] -= 1
            label, votes = max(others.items(), key=lambda kv: (kv[1], kv[0]))
            if label == own or label not in _LENT or votes < 2 or votes * 2 <= len(run) - 1:
                continue
            # One word among people's full names is more often a band or a firm ("Charlotte
            # Church, Coldplay and ..."); among surnames ("Houghton, Quinn"), a surname.
            if label != "PERSON" or _alike(text, mentions, run, i, label):
                yield i, label


def _alike(text: str, mentions: Sequence[_Mention], run: list[int], i: int, label: str) -> bool:
    """Whether mention i has one word as most others of `label` in the list do, or several."""

    def single(j: int) -> bool:
        return " " not in text[mentions[j].start : mentions[j].end].strip()

    same = [single(j) for j in run if j != i and mentions[j].label == label]
    return (sum(same) * 2 > len(same)) == single(i)
