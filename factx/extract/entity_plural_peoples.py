"""A nation's people in the plural, a group, never a body: "Four Britons held in Yemen".

The small model reads a nationality's plural as a person's name ("Britons" PERSON), and a cue
for a name before a plural verb ("The Britons were arrested": `name as a plural`, a band's or a
firm's) then makes it an organisation. A nationality's word of factx's list (`nationalities`
in `factx/data/entities.json`: "Briton", "German", "Kenyan") with an "s" added, alone or after
"the", is the nation's people, NORP, as the hand-checks grade it (seed 64's `Britons`;
OntoNotes's label for nationalities) (`plural_peoples`, a NORP cue). So is a nation's side
named by its people's plural, which the model reads as goods or a cue as a team ("to give the
Slovenes the perfect start" PRODUCT, "Later the Croats beat the Swiss" a team's cue; seed 74's
`Slovaks`).

Only the nationality list, not the wider lists of peoples and faiths, whose plurals name sides
too ("Celtics"); never a word that is a first name ("Dane"), nor a surname of a person the
article names in full.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factx.extract.evidence import nationalities
from factx.extract.first_names import first_names

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_PLURAL = re.compile(r"(?:[Tt]he )?([A-Z][a-z]+)s")
# The labels the model gives a people's plural that it is not: a side by its people's plural
# ("to give the Slovenes the perfect start") is read as goods, too.
_MISTAKEN = frozenset({"PERSON", "ORG", "PRODUCT"})
# The cues a people's plural outweighs: a team's before "beat" ("Later the Croats beat the
# Swiss") is the nation's side named by its people, which the hand-checks grade NORP.
_OUTWEIGHED = frozenset({"", "ORG", "PERSON", "TEAM"})


def _ethnic_words(text: str, mentions: Sequence[RawMention]) -> frozenset[str]:
    """The one-word peoples the article names after "ethnic" ("an ethnic Hausa leader"), which
    the cue "a people after ethnic" made NORP: their plurals are the people too ("Many Hausas
    have left"), though no list knows the word (round r37-civic)."""
    if "thnic " not in text:
        return frozenset()
    return frozenset(
        m.text
        for m in mentions
        if m.cue == "NORP" and text[max(0, m.start - 7) : m.start].casefold() == "ethnic "
    )


def plural_peoples(mentions: Sequence[RawMention], text: str = "") -> None:
    """Set the cue of each mention of a nationality's plural the model tagged a person or an
    organisation to NORP (see the module's docstring), and of the plural of a people the
    article names after "ethnic" (`_ethnic_words`)."""
    surnames = {
        m.text.split()[-1] for m in mentions if " " in m.text and _PLURAL.fullmatch(m.text) is None
    }
    ethnic = _ethnic_words(text, mentions)
    for m in mentions:
        found = _PLURAL.fullmatch(m.text)
        if found is None or m.cue not in _OUTWEIGHED:
            continue
        word = found.group(1)
        if word in ethnic and m.label != "NORP":
            m.cue = "NORP"  # "Many Hausas have left" GPE, after "an ethnic Hausa leader"
            continue
        if m.label not in _MISTAKEN:
            continue
        if (
            word in nationalities()
            and word.casefold() not in first_names()
            and f"{word}s" not in surnames
        ):
            m.cue = "NORP"
