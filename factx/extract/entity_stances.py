"""Stances and a member's letters in political news, which the model reads as names.

A word for a stance on Europe ("Eurosceptic", "Europhile"; data `stance_words` in
`factx/data/entities.json`, a closed class) is no firm's or product's name: alone it is the
word of a political group, NORP, as "Conservative" of "a Conservative party" is ("a
Eurosceptic party" tagged PRODUCT, "the Europhiles pray for" ORG: the people of the stance, no
body, as "Pro-Europeans" are), and glued before a name it is no word of the name
("Euro-Sceptic Kilroy-Silk" tagged ORG is the man).

A word made of a lower-case prefix of stance or negation, a hyphen and a capitalised word
("anti-Semitism", "anti-Semitic", "un-British") is no name either: `repair` keeps such words
whole (data `prefixed_words`, or a prefix that is not in `name_prefixes`), and the model tags
them a people.

The letters of a seat or an honour after a person's name ("Paul Boateng MP", "William
Haughey OBE"; data `member_letters`) are no word of the name, as a barrister's rank is not
("Ken Macdonald QC", `post_nominals`); after a first name and a surname they say the whole is a
person, whatever the model's label ("Guy Mansfield QC" ORG). Before a seat's letters, a place
the lists know is the seat's place, GPE, cut from its letters (`place before its member's
letters`, round r32-misc: "The Dundee MSP said" tagged ORG whole); not a region named by its
compass ("the East Midlands MEP", a region), as the cue of that name says for a place the
model tags alone.
"""

from __future__ import annotations

import re
from functools import cache

from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

# A member's seat: "Labour MP" is the party's name and the member's seat after it.
_SEATS = frozenset({"MP", "MEP", "MSP"})
# A region named by its compass or its kind of land: no seat's town ("East Midlands MEP").
_REGION = re.compile(r"\b(?:North|South|East|West|Central|Midlands|Highlands|Lowlands)\b")

# "anti-Semitism", "un-British": a lower-case prefix of stance or negation before a capital.
_PREFIXED_WORD = re.compile(r"(?:anti|pro|un|non)-[A-Z][a-z]+")


@cache
def _stance_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_file("entities.json")["stance_words"])


@cache
def _party_words() -> frozenset[str]:
    return frozenset(data_file("entities.json")["party_members"]["before_names"])


@cache
def _member_letters() -> frozenset[str]:
    table = data_file("entities.json")
    return frozenset(table["member_letters"]) | frozenset(table["post_nominals"])


def _stance(word: str) -> bool:
    """Whether `word` is a stance's word ("Eurosceptic") or its plural ("Europhiles")."""
    folded = word.casefold()
    return folded in _stance_words() or (folded.endswith("s") and folded[:-1] in _stance_words())


def stance_mention(text: str, start: int, end: int, label: str) -> tuple[int, str] | None:
    """The start and label of text[start:end] without a stance's word, or None where nothing
    of it is a name.

    "a Eurosceptic party", "the Europhiles": NORP; "Euro-Sceptic Kilroy-Silk": the name after
    the stance's word; "accused of anti-Semitism": None. Any other mention comes back as it
    was."""
    name = text[start:end]
    if _PREFIXED_WORD.fullmatch(name):
        return None
    first, _, rest = name.partition(" ")
    if not _stance(first):
        return start, label
    return (start + len(first) + 1, label) if rest else (start, "NORP")


def member_letters_cut(text: str, start: int, end: int, label: str) -> tuple[int, str]:
    """The end and label of text[start:end] without a seat's or an honour's letters after a
    person's name: "Paul Boateng MP" -> "Paul Boateng" PERSON, "Guy Mansfield QC" ORG ->
    "Guy Mansfield" PERSON, and a known place's: "Dundee MSP" ORG -> "Dundee" GPE. A name
    without a first name keeps its letters and its label."""
    name = text[start:end]
    head, _, last = name.rpartition(" ")
    if not head or last not in _member_letters():
        return end, label
    if person_by_first_name(head):
        return start + len(head), "PERSON"
    if last in _SEATS and any(head == w or head.endswith(" " + w) for w in _party_words()):
        return start + len(head), label  # "Labour MP Jean Corston": the party
    if last in _SEATS and known_place(head) and not _REGION.search(head):
        return start + len(head), "GPE"  # "The Dundee MSP said": the seat's town
    return end, label
