"""Two names the model glued at a possessive, parted: "Henry's Arsenal", "Lazio's Paolo Di Canio".

Sports reports name a player by his club and a club by its player: "made to Henry's Arsenal
team-mate", "a tackle on Roma's Olivier Dacourt". The model often tags the owner and the name
after its "'s" as one ORG, which names neither. Where the article names the owner alone
elsewhere (or it is the surname of a person named in full), and names the second alone too (or
it is a common first name and a surname), the mention is the two names, each with the label of
the article's own mention of it (a surname's and a first name's: a person). After a person's
"'s", a name of one or two words the model tagged ORG is the organisation's, named or not
("Henry's Arsenal"). A firm whose name holds a possessive ("Macy's Thanksgiving Parade") names
no second name alone, and one named after a person ends in a kind word ("Sainsbury's Bank"):
they stay whole, and so does a name after a firm the article names with its "'s" ("Foster's
Lager" beside "Foster's is a brewer").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.first_names import name_kind, person_by_first_name

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORD = r"[A-Z][\w.&-]*"
_GLUED = re.compile(
    rf"(?P<owner>{_WORD}(?: {_WORD})?)['’]s (?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){{0,3}})"
)

_NAME_WITH_S = re.compile(r"['’]s$")


def _club_shaped(m: RawMention, name: str) -> bool:
    """Whether the name after a person's "'s" in the model's ORG is a club's or a firm's own
    name of one or two words, not a kind word that a firm named after a person ends with
    ("Sainsbury's Bank" beside Lord Sainsbury)."""
    words = name.split()
    return m.label == "ORG" and len(words) <= 2 and not name_kind(words[-1])


def possessives_parted(
    mentions: list[RawMention], name_key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions, with each owner glued to a name by its "'s" parted where the article
    names both alone; `name_key` is the entities' key of a name."""
    glued = {id(m): found for m in mentions if (found := _GLUED.fullmatch(m.text))}
    if not glued:
        return mentions  # most articles
    labels: dict[str, str] = {}
    firms_with_s: set[str] = set()  # "Foster's is a brewer": the "'s" is the firm's own
    for m in mentions:
        if id(m) not in glued:
            labels.setdefault(name_key(m.text), m.label)
            if _NAME_WITH_S.search(m.text):
                firms_with_s.add(name_key(m.text))
    people = (m.text for m in mentions if m.label == "PERSON" and " " in m.text)
    surnames = {name.rsplit(" ", 1)[-1].casefold() for name in people}
    result: list[RawMention] = []
    for m in mentions:
        found = glued.get(id(m))
        if found is None:
            result.append(m)
            continue
        owner, name = found.group("owner"), found.group("name")
        if name_key(owner) in firms_with_s:
            result.append(m)  # "Foster's Lager": the brewer's own name and a product
            continue
        owner_label = labels.get(name_key(owner)) or (
            "PERSON" if owner.casefold() in surnames else None
        )
        name_label = labels.get(name_key(name)) or (
            "PERSON" if person_by_first_name(name) else None
        )
        if name_label is None and owner_label == "PERSON" and _club_shaped(m, name):
            name_label = m.label  # "Henry's Arsenal" ORG: a person owns no firm's name
        if (
            owner_label is None
            or name_label is None
            or (name_label == "PERSON" and owner.casefold() in surnames)
        ):
            # A person the article names in full owns no person here: the name after the "'s"
            # is a title ("Guy's My Heart Is My Own", a book by John Guy). A club the model
            # took for a person does own one ("Munster's Shaun Payne").
            result.append(m)
            continue
        start = m.start + found.start("name")
        result.append(replace(m, text=owner, end=m.start + len(owner), label=owner_label))
        result.append(replace(m, text=name, start=start, label=name_label))
    return result
