"""A lone given name coordinated before a sibling's full name is that family's person (round
r51-fixes, the PolNeAR Washington Post story's "the industrialist brothers Charles and David
Koch", `Charles` PERSON beside `David Koch`; sentences of my own).

"Charles and David Koch", "Robin and Barry Gibb", "Tom and Victoria Hale": two people of one
family share the surname written once, after the second. The model tags the first given name
alone, and the entity was named `Charles`, no one's full name. `given_names_of_a_family` names
it `Charles Koch`: a one-word PERSON mention that is a common first name, right before "and" and
a PERSON mention of a common first name and a surname. Left alone: a lone word after a title or
a capitalised word ("Prince Charles and Camilla Parker Bowles": a couple of two surnames), one
after a list's comma ("Paul Simon, Madonna and David Bowie", "Luis Figo, Dani and Patrick
Kluivert": the harms the counts found, a star by one name and another player), one
the article writes as another person's surname or given name ("Howard and Oliver Letwin" after
"Michael Howard"; "Hayden and Mark Waugh" after "Matthew Hayden"), and a given name the article
writes alone elsewhere with no such pair (its own person, whom the pair may not name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names, person_by_first_name

if TYPE_CHECKING:
    from factx.extract.entities import Cluster, RawMention

_AND = re.compile(r" (?:and|&) ")
# A capitalised word, or one of a title's, right before the lone given name: "Prince Charles".
# A full stop ends a sentence, no title: "in London. Charles and David Koch" keeps its pair.
_WORD_BEFORE = re.compile(
    r"\b(?:[A-Z][\w'’-]*|[Ss]ir|[Dd]r\.?|[Mm]rs?\.?|[Mm]s\.?|[Ll]ady|[Ll]ord) $"
)


def _family_names(text: str, mentions: Sequence[RawMention]) -> dict[int, str]:
    """The index of each lone given name coordinated before a full name, and the name it takes
    ("Charles" -> "Charles Koch")."""
    persons = [m for m in mentions if m.label == "PERSON"]
    words = {w for m in persons if " " in m.text for w in m.text.split()}
    found: dict[int, str] = {}
    for index, m in enumerate(mentions):
        if index + 1 >= len(mentions) or m.label != "PERSON" or " " in m.text:
            continue
        after = mentions[index + 1]
        joined = _AND.fullmatch(text, m.end, after.start)
        if joined is None or after.label != "PERSON" or not person_by_first_name(after.text):
            continue
        if m.text.casefold() not in first_names() or m.text in words:
            continue  # "Howard and Oliver Letwin" beside "Michael Howard"
        if _WORD_BEFORE.search(text, max(0, m.start - 12), m.start):
            continue  # "Prince Charles and Camilla Parker Bowles"
        if text.endswith(", ", 0, m.start):
            continue  # "Paul Simon, Madonna and David Bowie": a list's member of its own
        found[index] = f"{m.text} {after.text.split()[-1]}"
    return found


def given_names_of_a_family(
    text: str,
    mentions: Sequence[RawMention],
    groups: list[Cluster],
    name_key: Callable[[str], str],
) -> list[Cluster]:
    """The groups, each that holds only lone given names coordinated before a sibling's full
    name renamed and re-keyed to the family's person ("Charles Koch"; the module's doc)."""
    named = _family_names(text, mentions)
    if not named:
        return groups
    full_of = {(mentions[i].start, mentions[i].end): name for i, name in named.items()}
    result: list[Cluster] = []
    for group in groups:
        names = {full_of.get((m.start, m.end)) for m in group.mentions}
        if len(names) == 1 and None not in names:
            (full,) = names
            assert full is not None
            group.key, group.full = name_key(full), full
        result.append(group)
    return result
