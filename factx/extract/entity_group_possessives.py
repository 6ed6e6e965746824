"""A group's name through its own possessive, after a group's kind word, is one organisation
(round r47-acts).

Some acts name themselves with a possessive ("Destiny's Child", "Sly's Family", "Ned's Atomic
Dustbin"); the model parts the name at its "'s" as an owner and a thing owned: "the all-woman
group Destiny's Child" gives `Destiny` ORG and `Child` PRODUCT (seed 149's shape). Right after
a group's kind word ("(all-woman|all-girl|boy|girl|pop|rock|...) group|band|trio|quartet|duo"),
the capitalised run through the "'s" and the capitalised words after it is the group's one
name: ORG, whole, in place of the mentions inside it. Only after the kind word: "Martin
Scorsese's The Aviator" (an owner before a work) and "the group's Beyonce Knowles" (the kind
word's own possessive) are no group's name, and a person after the name ("pop group Destiny's
Child's Beyonce Knowles") is left outside it by the second possessive. Not where the possessive
is the group's own before a member or a record (`_a_members_possessive`: "rock band Oasis's Liam
Gallagher", a first name after it; "U2 ... rock band U2's Bono", the owner named alone
elsewhere).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_bodies import with_grown
from factx.extract.first_names import first_names

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_CAP = r"[A-Z][\w-]*"
# The kind word of a group of performers, with the words of its make-up or its genre before
# it: "all-woman group", "girl band", "rock trio", "R&B group".
_GROUP_NAME = re.compile(
    r"\b(?:all-woman|all-female|all-girl|all-male|boy|girl|singing|vocal|pop|rock|R&B|soul"
    r"|indie|punk|folk|dance|hip-hop|rap|US|UK|British|American) "
    r"(?:group|band|trio|quartet|duo|outfit|quintet) "
    rf"(?P<name>(?P<owner>{_CAP}(?: {_CAP})?)['’]s (?P<owned>{_CAP})(?: {_CAP})?)(?!['’\w])"
)


def _a_members_possessive(text: str, found: re.Match[str]) -> bool:
    """Whether the possessive is the group's own before its member or its record: the word
    after it is a first name ("rock band Oasis's Liam Gallagher", "girl group Sugababes's
    Keisha"), or the owner is named alone elsewhere in the article ("U2 ... rock band U2's
    Bono", "Keane ... rock band Keane's Hopes and Fears"): then the owner is the group."""
    if found.group("owned").casefold() in first_names():
        return True
    owner = re.compile(rf"(?<![\w'’-]){re.escape(found.group('owner'))}(?!['’\w-])")
    return any(
        not found.start("name") <= elsewhere.start() < found.end("name")
        for elsewhere in owner.finditer(text)
    )


def groups_through_possessive(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each group's name with an inner possessive after a group's kind word
    (the module's doc) one ORG mention in place of the mentions inside it."""
    grown: list[tuple[int, RawMention]] = []
    for found in _GROUP_NAME.finditer(text):
        start, end = found.span("name")
        if _a_members_possessive(text, found):
            continue
        inside = [i for i, m in enumerate(mentions) if m.start < end and start < m.end]
        if not inside or any(mentions[i].start < start or end < mentions[i].end for i in inside):
            continue
        first = mentions[inside[0]]
        whole = replace(first, text=text[start:end], start=start, end=end, label="ORG", cue="ORG")
        grown.append((inside[0], whole))
    return with_grown(mentions, grown)
