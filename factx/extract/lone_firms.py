"""Lone names the model tagged PERSON that the article, over all their mentions, shows are firms.

The small model tags a firm's one-word name PERSON when it is a sentence's subject: "Yukos
filed for bankruptcy", "Rover bosses have said". One mention's words seldom settle it (the
cues of `evidence.py` need a sure sign such as "Yukos's shares"), but a firm's mentions
together show signs that a person's do not: "which" after it, a bankruptcy, "its" in its
clause, "the owners of Rover", "Yukos' output", "Brazil's Petrobras". Each sign is named
data with a weight (`factx/data/lone_firms.json`); a name whose signs reach the threshold is
a firm, unless any mention shows a person: a title or role before it ("President Lula"),
"who" or an age after it, or "he" or "she" as the first pronoun after it
(`referents.referent`), or the article names a person by it anywhere, even where the model
tagged no name: a common first name or an honorific right before it ("Rafael Nadal", "Mr
Nadal"; `named_as_person`). A country's possessive alone is enough ("Argentina's Enarsa"):
a person after one ("Spain's Nadal") is nearly always named in full or by a pronoun too.
Only lone names that no full person name holds (`weak_persons`), that the model tagged
PERSON on every mention and that no cue has already decided.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.evidence import country_keys
from factx.extract.first_names import first_names
from factx.extract.referents import named_with_honorific, referent, with_own_article
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention


@dataclass(frozen=True)
class Sign:
    name: str
    where: str  # after, clause or before
    pattern: re.Pattern[str]
    weight: int


# How far around a mention its signs are read, in characters.
_WINDOW = 80
# The end of a mention's clause: a sentence's end, a colon, a semicolon or a new line.
_CLAUSE_END = re.compile(r"[.!?]['\"’”]?(?:\s|$)|[:;\n]")


def _signs(kind: str) -> tuple[Sign, ...]:
    raw = data_file("lone_firms.json")[kind]
    found = []
    for item in raw:
        where = next(w for w in ("after", "clause", "before") if w in item)
        found.append(Sign(item["name"], where, re.compile(item[where]), item.get("weight", 1)))
    return tuple(found)


@cache
def firm_signs() -> tuple[Sign, ...]:
    return _signs("firm_signs")


@cache
def person_signs() -> tuple[Sign, ...]:
    return _signs("person_signs")


def _threshold() -> int:
    threshold = data_file("lone_firms.json")["threshold"]
    assert isinstance(threshold, int)
    return threshold


def signs_of(text: str, start: int, end: int, limit: int, signs: Sequence[Sign]) -> list[Sign]:
    """The signs that the mention text[start:end] shows; `limit` is where the next name starts
    (a clause's "its" after another name is that name's)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _WINDOW) : start]
    after = text[end : min(limit, end + _WINDOW)]
    clause_end = _CLAUSE_END.search(after)
    clause = after[: clause_end.start()] if clause_end else after
    parts = {"before": before, "after": after, "clause": clause}
    found = []
    for sign in signs:
        match = sign.pattern.search(parts[sign.where])
        if match is None:
            continue
        if "place" in sign.pattern.groupindex and (
            match.group("place").casefold() not in country_keys(str.casefold)
        ):
            continue  # "Brazil's Petrobras", not "Chelsea's Robben"
        found.append(sign)
    return found


def named_as_person(text: str, name: str) -> bool:
    """Whether the article names a person by the lone name `name` anywhere: after a common
    first name ("Rafael Nadal", the model's span or not) or after an honorific ("Mr Nadal")."""
    if named_with_honorific(text, name):
        return True
    before = re.compile(rf"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) {re.escape(name)}(?![\w'’-])")
    return any(
        found.group(1).casefold() in first_names()
        or found.group(1).split("-")[0].casefold() in first_names()
        for found in before.finditer(text)
    )


def firms_by_evidence(
    text: str,
    mentions: Sequence[RawMention],
    weak_persons: set[str],
    key: Callable[[str], str],
) -> None:
    """Set the cue of every mention of a lone name to ORG where the signs of all its mentions
    show a firm and none shows a person (see the module's docstring)."""
    named: dict[str, list[RawMention]] = defaultdict(list)
    for m in mentions:
        named[key(m.text)].append(m)
    starts = [m.start for m in mentions]
    threshold = _threshold()
    for name in sorted(named):
        ms = named[name]
        if (
            name not in weak_persons
            or " " in name
            or name in first_names()  # "Curtis's widow Deborah which forms": the book's "which"
            or any(m.label != "PERSON" or m.cue for m in ms)
            or any(with_own_article(m.text) for m in ms)  # "the Aurora": a ship
        ):
            continue
        weight = 0
        person = False
        for m in ms:
            following = bisect_right(starts, m.start)
            limit = starts[following] if following < len(starts) else len(text)
            if signs_of(text, m.start, m.end, limit, person_signs()):
                person = True
                break
            if referent(text, m.start, m.end, limit) == "PERSON":
                person = True  # "Lula said he": a person, whatever else is said of him
                break
            weight += sum(
                sign.weight for sign in signs_of(text, m.start, m.end, limit, firm_signs())
            )
        if not person and weight >= threshold and not named_as_person(text, ms[0].text):
            for m in ms:
                m.cue = "ORG"
