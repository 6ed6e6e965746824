"""A people's word that is also a language's, the language where the words say so and the
people elsewhere: two entities, not one label for both.

A nationality's word names a language too ("German", "French", "Thai"), and one article
often writes both: "Angels and Demons is translated into French" beside "French booksellers
are braced for a rush" and "French actress Audrey Tautou"; "the absence of Thai subtitles"
beside "the Thai nation's recovery" and "Thai culture". Every mention joins one group by its
name, and the group takes one label, so the language's mentions are counted a people (the
model's NORP outvoting a "translated into" cue) or the people's a language (one cue's LANGUAGE
outvoting the model's NORP, or the model's LANGUAGE on all of them): seed 49's `Swedish`
LANGUAGE ("performed in Swedish" beside "Swedish pop quartet Abba"), round 47's graders'
`German`, the people and the language in one article.

The words around each mention already say which it is (the cues of `factx/data/entities.json`:
"language spoken" after "in", "speak", "translated into", "my"; "language before its text"
before "subtitles", "version", "-language"; "people's word before a noun" before a lower-case
noun, "a people by its the"). Where a group of a word that is both a people's and a language's
holds both, its mentions with a language's cue are the language, LANGUAGE, and its mentions with
a people's cue, or the model's NORP and no cue, the people, NORP: each an entity of its own,
the part split off under its own key (round r48-norp). A group with one kind of evidence keeps
its one label, as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.evidence import a_language, a_people

if TYPE_CHECKING:
    from factx.extract.entities import Cluster, RawMention


def _spoken(m: RawMention) -> bool:
    """A mention the words around it show a language's ("translated into French")."""
    return m.cue == "LANGUAGE"


def _people(m: RawMention) -> bool:
    """A mention the words around it show a people's ("French booksellers"), or the model's
    NORP with no cue of any kind."""
    return m.cue == "NORP" or (not m.cue and m.votes and m.label == "NORP")


def languages_apart(
    parts: Iterator[tuple[Cluster, str, str]],
) -> Iterator[tuple[Cluster, str, str]]:
    """Each group with its label and id key; a people's and language's word labelled NORP or
    LANGUAGE whose mentions hold both a language's and a people's evidence given as two
    entities, the other label's mentions under the key with "|<label>" after it (the
    module's doc)."""
    for group, label, key in parts:
        if label not in ("NORP", "LANGUAGE") or not (a_language(key) and a_people(key)):
            yield group, label, key
            continue
        if label == "NORP":
            other, moved = "LANGUAGE", [m for m in group.mentions if _spoken(m)]
        else:
            other, moved = "NORP", [m for m in group.mentions if _people(m)]
        if not moved or len(moved) == len(group.mentions):
            yield group, label, key
            continue
        rest = [m for m in group.mentions if m not in moved]
        split = [
            (replace(group, mentions=rest), label, key),
            (replace(group, mentions=moved), other, f"{key}|{other}"),
        ]
        yield from sorted(split, key=lambda part: part[0].mentions[0].start)
