"""A bare surname shared by two people named in full goes to the story's main person
(round r50-surnames).

An article that names two people of one surname in full ("Hillary Clinton" and, once, "her
husband, former president Bill Clinton"; "Donald Trump" and "Melania Trump") leaves the bare
surname written after the second full name unsure (`entities._by_order`), and `cluster` keeps it
as an entity of its own: `Clinton` with 26 mentions beside `Hillary Clinton` (10) and `Bill
Clinton` (2). A reader filtering by name misses most of the person's mentions. Where one owner
is by far the article's main bearer of the surname, the bare surname is that person's
(`to_main_owner`).

"Main" is read from the mentions that carry the surname: full names, and the lone surnames
already given to an owner by honorific, title or order ("Mr Trump", "President Bush", the
"Trump said" before the second full name). One owner must have at least three times as many as
every other, and at least four. Not a person the article calls by first name more than by
surname: the wire's "Elian" (twenty times, "Elian Gonzalez" thrice) is not the bare "Gonzalez",
which is his father. Where two are main actors (a story of two brothers, "Harry and Jamie
Redknapp", or "Bill Clinton" twice beside "Hillary Clinton" once in a debate story that gives the
bare surname to both) no owner is three times the other and the surname stays as it was.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract import sexes

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# How many times every other owner's surnamed mentions the main one's must be, and its least.
_TIMES = 3
_LEAST = 4
# The family by its name, no possessive, is no member: "the Clinton family", "the Bush dynasty",
# "the Maguire families"; but "Charlie's family", "Mr Howard's family" are the person's own.
# Read by `entities.cluster` too.
FAMILY_AFTER = re.compile(r" (?:family|families|clan|dynasty|household|brothers|sisters)\b")


def _words(m: RawMention) -> list[str]:
    return [w.strip(".,'’").casefold() for w in m.text.split()]


def _surnamed(ms: list[RawMention], surname: str) -> int:
    """How many of an owner's mentions carry the surname ("Clinton's" too)."""
    return sum(
        any(w == surname or w in (surname + "s", surname + "'s", surname + "’s") for w in _words(m))
        for m in ms
    )


def _first_named(ms: list[RawMention], first: str) -> int:
    """How many of an owner's mentions are its first name alone ("Elian")."""
    return sum(_words(m) == [first] for m in ms)


def main_owner(key: str, owners: list[str], groups: dict[str, list[RawMention]]) -> str | None:
    """The one owner of the surname `key` whose surnamed mentions are at least three times every
    other owner's (and four at least), and whom the article calls by surname at least as often
    as by first name alone; None where there is none."""
    counts = {o: _surnamed(groups[o], key) for o in owners if o in groups}
    if len(counts) < 2:
        return None
    top = max(counts, key=lambda o: counts[o])
    if counts[top] < _LEAST or any(
        counts[top] < _TIMES * max(n, 1) for o, n in counts.items() if o != top
    ):
        return None
    if _first_named(groups[top], top.split()[0]) > counts[top]:
        return None  # "Elian" twenty times: the bare "Gonzalez" is someone else
    return top


def to_main_owner(
    text: str, key: str, owners: list[str], groups: dict[str, list[RawMention]]
) -> None:
    """Give the bare surname's mentions left unsure to the article's main owner of it
    (`main_owner`): "Clinton said", "Clinton's campaign" after "Hillary Clinton" (six times) and
    "her husband, former president Bill Clinton" (twice) are Hillary's. Left as they were: the
    family by its name ("the Clinton family"), and a mention after an honorific of the other
    sex than the main owner's first name ("Mrs. Trump" beside Donald and Melania)."""
    if key not in groups:
        return
    top = main_owner(key, owners, groups)
    if top is None:
        return
    sex = sexes.of_name(top)
    kept: list[RawMention] = []
    for m in groups[key]:
        honorific = sexes.of_honorific(text[max(0, m.start - 6) : m.start])
        if FAMILY_AFTER.match(text, m.end) or (honorific and honorific != sex):
            kept.append(m)
        else:
            groups[top].append(m)
    if kept:
        groups[key] = kept
    else:
        del groups[key]


# A full name in brackets, an editor's gloss: "like (Bill Clinton) does", "[Donald Trump]".
_OPEN = "(["
_CLOSE = ")]"


def _in_a_quotation(text: str, at: int) -> bool:
    """Whether `at` stands inside a quotation of its paragraph: more opening quotation marks
    than closing before it, or an odd number of straight double quotes."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def glossed_only(text: str, owner: str, groups: dict[str, list[RawMention]]) -> bool:
    """Whether every full mention of `owner` is an editor's gloss: a name in brackets inside a
    quotation (“She won't be able to give it in the round like (Bill Clinton) does,” an aide
    wrote). The writer never names that person in its own words, so the bare surname of the
    article is someone else: twelve "Clinton" of a story about Hillary Clinton (named so
    nowhere) joined the one "(Bill Clinton)" of an aide's email. A gloss outside a quotation
    ("the first season of Buck (Gil Gerard)", an actor after his part) is the writer's own
    naming and keeps its surname."""
    full = [m for m in groups.get(owner, ()) if " " in m.text.strip()]
    return bool(full) and all(
        text[m.start - 1 : m.start] in _OPEN
        and text[m.end : m.end + 1] in _CLOSE
        and m.start > 0
        and _in_a_quotation(text, m.start)
        for m in full
    )
