"""One person, one entity: a full name beside its surname alone, a first name that is also a
place, and a surname's two spellings.

Three shapes the entity grouping missed:

- A full name the model tagged a firm, place or work once, in a sentence it could not read
  ("a good tackle from Djimi Sangare", ORG; "Tirunesh Dibaba won", FAC), whose surname alone
  the article names as a person elsewhere ("Sangare" on the team sheet, "champion Dibaba"), or
  with the initial of the same first name ("Y Delaigue" beside "Yann Delaigue"). The surname
  alone shows whose the name is: the full name is that person (`full_names_of_lone_people`, a
  PERSON cue; `cluster` then joins the surname to it). Not a name whose first word is the
  first word of every mention of the surname ("Balfour Beatty's", where the model tagged only
  "Beatty"), a kind, place or people's word ("Century Fox"), nor where the article names two
  people of that surname (whose the surname is, it does not say). Most mentions of the
  surname alone must read as a person's, and no fewer than the full name's mentions (the
  model's ORG at each of three "Deutsche Boerse" outweighs one "German Boerse"), and the
  first word is no word the article writes in lower case ("Legitimate Bollywood").
- A first name that is also a place or a word ("Victoria", "Paris", "Chelsea", "Jordan"),
  alone after the article named the person in full ("Paul and Victoria Harper ... Victoria's
  former singing career", `Victoria` GPE). The grouping joins a lone first name to its full
  name only where it names no known place ("Melania"), rightly: "Victoria" the state,
  "Chelsea" the club. Where the article's words after each lone mention say a person (a
  person's thing after the possessive, `one_person` in entities.json; a speaking verb; "he"
  or "she"), the word is that person's first name (`first_names_of_people`, a PERSON cue).
- One surname written with a hyphen and with a space: "Robert Kilroy-Silk" and "Robert Kilroy
  Silk", two keys (`name_key` keeps the hyphen, as "Hewlett-Packard" is no "Hewlett
  Packard" of another article, and ~50 callers read it). Where the article names a person both
  ways, the two are one entity (`join_hyphen_spellings`, run where mentions are grouped,
  nowhere else).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.capitals import written_in_lower_case
from factx.extract.entity_people import CALENDAR_WORDS
from factx.extract.evidence import a_people_by_name
from factx.extract.first_names import first_names, name_kind
from factx.extract.place_names import known_place
from factx.extract.referents import referent
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A first word and a surname, with a particle between them or not: "Djimi Sangare", "Arjan
# de Zwaan", "Tirunesh Dibaba". Not an initial ("Y Delaigue"), not three words ("Twentieth
# Century Fox").
_FULL_NAME = re.compile(
    r"(?P<first>[A-Z][a-z]+) "
    r"(?P<surname>(?:(?:[Dd]e|[Dd]el|[Dd]i|[Dd]a|[Vv]an|[Vv]on|[Ll]e) )?"
    r"(?:Ma?c|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
)
# The labels the model gives a full name it does not know.
_SLIPS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
# The labels the model gives a first name that is also a place or a body: "Victoria" GPE.
_FIRST_NAME_SLIPS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def _ordinary(word: str) -> bool:
    """Whether a word of the name is a kind, place, people's or calendar word."""
    return (
        name_kind(word)
        or known_place(word)
        or a_people_by_name(word)
        or word.casefold() in CALENDAR_WORDS
    )


def _person(m: RawMention) -> bool:
    return (m.cue or m.label) == "PERSON"


def _lone_person(mentions: Sequence[RawMention], full: int) -> bool:
    """Whether most mentions of a surname alone read as a person's (by the model's label or
    the words around them), and at least as many as the `full` name's mentions the model read
    otherwise: a firm the model reads as one at each of three mentions ("Deutsche Boerse")
    is not outvoted by one "German Boerse" read as a person."""
    persons = sum(map(_person, mentions))
    return persons * 2 > len(mentions) and persons >= full


def full_names_of_lone_people(
    text: str, mentions: Sequence[RawMention], key: Callable[[str], str]
) -> None:
    """Set the cue of a full name's mentions the model tagged a firm, place or work to PERSON,
    where the article names its surname alone (or after the first name's initial) as a
    person, and no other person of that surname (see the module's docstring)."""
    names: dict[str, list[int]] = {}
    for index, m in enumerate(mentions):
        match = _FULL_NAME.fullmatch(m.text)
        if match and m.label in _SLIPS and not m.cue:
            names.setdefault(key(m.text), []).append(index)
    for name in sorted(names):
        indexes = names[name]
        found = _FULL_NAME.fullmatch(mentions[indexes[0]].text)
        assert found is not None
        first, surname = found.group("first"), found.group("surname")
        if any(_ordinary(w) for w in (first, surname.split()[-1])) or written_in_lower_case(
            text, first
        ):
            continue  # "Legitimate Bollywood film distributors": no first name
        if any(key(m.text) == name and (m.cue or m.label not in _SLIPS) for m in mentions):
            continue  # the words around it, or the model elsewhere, said what it is
        alone = [
            m for m in mentions
            if key(m.text) in (key(surname), key(f"{first[0]} {surname}"))
        ]  # fmt: skip
        others = [
            m for m in mentions
            if _person(m) and " " in m.text and key(m.text) != name
            and key(m.text).endswith(" " + key(surname))
            and key(m.text) != key(f"{first[0]} {surname}")
        ]  # fmt: skip
        # "Balfour Beatty's": the model's "Beatty" is the name's own last word, no surname.
        inside = [m for m in alone if text[: m.start].endswith(first + " ")]
        if alone and _lone_person(alone, len(indexes)) and not others and len(inside) < len(alone):
            for index in indexes:
                mentions[index].cue = "PERSON"


def join_hyphen_spellings(
    groups: dict[str, list[RawMention]], a_person: Callable[[RawMention], bool]
) -> None:
    """Join a person's name written with a hyphen to the same name written with a space
    ("Robert Kilroy-Silk", "Robert Kilroy Silk"), both read as a person's. The group with more
    mentions keeps its key (the first in the article where they tie)."""
    for hyphened in sorted(k for k in groups if "-" in k and " " in k):
        spaced = hyphened.replace("-", " ")
        if spaced not in groups or hyphened not in groups:
            continue
        if not (any(map(a_person, groups[hyphened])) and any(map(a_person, groups[spaced]))):
            continue
        a, b = groups[hyphened], groups[spaced]
        first_a, first_b = min(m.start for m in a), min(m.start for m in b)
        keep, gone = (
            (hyphened, spaced) if (-len(a), first_a) <= (-len(b), first_b) else (spaced, hyphened)
        )
        groups[keep].extend(groups.pop(gone))


@cache
def _person_after() -> re.Pattern[str]:
    words: dict[str, str] = data_file("entities.json")["one_person"]
    return re.compile(words["person_after"])


def first_names_of_people(
    text: str, mentions: Sequence[RawMention], key: Callable[[str], str]
) -> None:
    """Set the cue of a lone first name that is also a place or a word ("Victoria", "Paris",
    "Chelsea"), tagged a place or a body, to PERSON where the article named one person by it
    and a surname before, and says a person here: a person's thing after its possessive
    ("Victoria's former singing career"), a speaking verb ("Paris said") or "he" or "she"
    after it (`referents.referent`). Every lone mention of the word must show it: "Victoria"
    the state beside Victoria Harper stays a place."""
    lone: dict[str, list[int]] = {}
    for index, m in enumerate(mentions):
        if m.label in _FIRST_NAME_SLIPS and not m.cue and m.text.casefold() in first_names():
            lone.setdefault(key(m.text), []).append(index)
    starts = [m.start for m in mentions]
    for word in sorted(lone):
        indexes = lone[word]
        first = mentions[indexes[0]]
        owners = {
            key(m.text) for m in mentions
            if _person(m) and " " in m.text and m.start < first.start
            and m.text.split()[0] == first.text
        }  # fmt: skip
        if len(owners) != 1 or any(key(m.text) == word and m.cue for m in mentions):
            continue
        shown = []
        for index in indexes:
            m = mentions[index]
            limit = starts[index + 1] if index + 1 < len(starts) else len(text)
            shown.append(
                _person_after().match(text, m.end) is not None
                or referent(text, m.start, m.end, limit) == "PERSON"
            )
        if all(shown):
            for index in indexes:
                mentions[index].cue = "PERSON"
