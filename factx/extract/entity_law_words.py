"""No law without a law's word: a LAW needs "Act", "Bill", "Treaty" ... in or right before it.

The model tags titles of other kinds LAW when they look formal: a TV drama after "since"
("The show has been the biggest hit on Channel 5 since Prisoner Cell Block H." gives
`Prisoner Cell Block H.` LAW, round r46c-bodies' left shape, seed 149), a prize ("the
Berlinale Camera award"), a car ("Evolution X"), a list ("Fortune 500"). A law is named by its
kind: "the Enterprise Act", "the Crossrail Link Bill", "the Kyoto Treaty", "the Working Time
Directive", "the First Amendment", or it is a known law's numbered part ("Chapter 11",
"Section 28", "Article 5"), or a court case ("Roe v Wade"). A group labelled LAW none of whose
mentions holds such a word, none of which stands right after or before a law's lower-case word
("the law", "the Hartz IV reforms") and none of which a rule cued LAW, takes the label the
votes give without the LAW votes; where nothing else was said of it, an event's by its last
word ("Free Mojtaba and Arash Day"), a body's by its last word ("the Law Lords": "Law" before a
body's word is no law's word), else a title's (WORK_OF_ART), as a formal name with no law's
word is most often a work, a prize or a list's title (round r47-civic).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import Cluster, RawMention

# A law's kind word anywhere in the name ("Multi-Fibre Agreement", "Treaty of Rome").
_LAW_WORD = re.compile(
    r"\b(?:Acts?|Bills?|Laws?(?! (?:Lords|Society|Commission|School|Centre|Courts?)\b)|"
    r"Treaty|Treaties|Conventions?|Directives?|Amendments?|Codes?|Charters?|Constitution|"
    r"Regulations?|Protocols?|Agreements?|Accords?|Pact|Statutes?|Ordinances?|Decrees?|"
    r"Resolutions?|Declaration|Covenant|Rules|Doctrine|Plan|Policy)\b"
)
# The last words of an event's or a body's name: the label a name with no law's word and no
# other vote takes ("Free Mojtaba and Arash Day" EVENT, "the Law Lords", "the Royal Shakespeare
# Company" ORG).
_EVENT_END = re.compile(r"\b(?:Day|Week|Festival|Games|Olympics|Summit|Conference|Congress)$")
_BODY_END = re.compile(
    r"\b(?:Lords|Society|Commission|Council|School|Centre|Courts?|Company|Corporation|Family|"
    r"Association|Union|Trust|Foundation|Institute|Agency|Authority|Committee|Board)$"
)
# A known law's numbered part, and a court case ("Chapter 11", "Section 28", "Roe v Wade").
_NUMBERED_PART = re.compile(
    r"\b(?:Chapter|Section|Article|Clause|Title|Rule|Schedule|Part)\s+[0-9IVX]+\b"
)
_CASE = re.compile(r"\S \bv(?:s?\.)? \S")
# A law's lower-case kind word right before the name ("the law Loi Evin", "the bill's").
_LAW_BEFORE = re.compile(
    r"\b(?:law|laws|act|bill|treaty|directive|legislation|statute|amendment|code|charter|"
    r"regulation|regulations|protocol|convention|agreement|accord|pact)\W{0,3}$"
)


# A law's or a reform's lower-case word right after the name ("the Hartz IV reforms").
_LAW_AFTER = re.compile(
    r"['’]?s? (?:law|laws|act|bill|legislation|reform|reforms|changes|rules|regulations)\b"
)


def _lawful(text: str, m: RawMention) -> bool:
    """Whether a LAW mention holds a law's word, a numbered part or a case, stands right
    after or before a law's lower-case word, or a rule read it a law by the words around it
    (its LAW cue)."""
    start, name = m.start, m.text
    return (
        m.cue == "LAW"
        or _LAW_AFTER.match(text, m.end) is not None
        or _LAW_WORD.search(name) is not None
        or _NUMBERED_PART.search(name) is not None
        or _CASE.search(name) is not None
        or _LAW_BEFORE.search(text, max(0, start - 16), start) is not None
    )


def laws_by_their_word(
    parts: Iterator[tuple[Cluster, str, str]],
    text: str,
    weak: set[str],
) -> Iterator[tuple[Cluster, str, str]]:
    """Each group with its label and id key, a LAW with no law's word in any mention (nor
    right before one) relabelled by its other votes, or WORK_OF_ART (the module's doc)."""
    for group, label, key in parts:
        if label != "LAW" or any(_lawful(text, m) for m in group.mentions):
            yield group, label, key
            continue
        yield group, _next_vote(group, weak), key


def _next_vote(group: Cluster, weak: set[str]) -> str:
    """The label of the group's votes and cues once the LAW ones are taken away."""
    mentions = [
        replace(m, votes=m.votes and m.label != "LAW", cue="" if m.cue == "LAW" else m.cue)
        for m in group.mentions
    ]
    if any(m.votes or m.cue for m in mentions):
        label = replace(group, mentions=mentions).label(weak)
        if label != "LAW":
            return label
    name = group.mentions[0].text
    if _EVENT_END.search(name):
        return "EVENT"
    return "ORG" if _BODY_END.search(name) else "WORK_OF_ART"
