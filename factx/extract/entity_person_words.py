"""People shown by the words around their full name, whatever the model made of its look.

The small model tags a full name it does not know by its look or by the sentence's frame: "the
boxing film Ring and Mike Ormsby's abortion drama" gives `Mike Ormsby` WORK_OF_ART (a list of
films), "JRR Tolkien's fantasy trilogy" ORG (three capitals read as a firm's letters), "Agnes
Kariuki, who came second" ORG. A common first name already weighs for a person
(`first_names.person_by_first_name`, the FIRST_NAME cue), but as one vote of the name's form,
which a work's or firm's votes outweigh, and not at all against the model's WORK_OF_ART. The
article's own words say more than the name's form:

- a relative "who" after the name (a firm is a "which"), not after a list's last name, where
  it stands for the whole list ("Rank Group and Stanley Leisure, who had been hoping");
- a person's thing after its possessive: kin, a life's events, a maker's works ("'s abortion
  drama", "'s fantasy trilogy", "'s children's novels"), not a firm's thing after the work's
  word ("Walt Disney's film studio");
- an apposition of a person's calling before "of", "at", "with", "for" or "in" ("Julio
  Peralta, chief economist with Ramos & Associates").

The words are data (`person_words` in entities.json, closed classes). One mention showing them
is enough, where nothing else in the article says otherwise (`people_by_their_words`, a PERSON
cue, not the name-form one): the name is a common first name and a surname
(`person_by_first_name`), or three capitals and a surname under r30-people's guards of two
("JRR Tolkien", `entity_initials.three_initials_person`); no mention of it has a cue but the
first name's; the article never writes it as a body's (opening a longer name, "Philip Morris
International", or followed by "it"/"its"); and it is no known place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_initials import an_organisation, three_initials_person
from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The labels the model gives a full name it reads by its look or its sentence's frame.
_SLIPS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})


@cache
def _words() -> dict[str, re.Pattern[str]]:
    words: dict[str, str] = data_file("entities.json")["person_words"]
    return {k: re.compile(v) for k, v in words.items() if not k.startswith("_")}


def _shown(text: str, mentions: Sequence[RawMention], index: int) -> bool:
    """Whether the words after a mention say a person. A "who" after a list's last name stands
    for the whole list ("Rank Group and Stanley Leisure, who had been hoping"): no evidence
    there."""
    m = mentions[index]
    if _words()["after"].match(text, m.end):
        return True
    if not _words()["who"].match(text, m.end):
        return False
    joint = re.search(r"(?:,| and| or) $", text[max(0, m.start - 6) : m.start])
    return not (
        joint is not None and index > 0 and mentions[index - 1].end == m.start - len(joint.group())
    )


def _a_group(text: str, mentions: Sequence[RawMention], indexes: Sequence[int]) -> bool:
    """Whether the article writes the name as a band's or a side's: after a group's kind word
    ("rock band Franz Ferdinand, who"), or followed by a plural verb anywhere ("Franz Ferdinand
    have achieved"), where a person takes "has" and "was"."""
    before = _words()["group_before"]
    if any(before.search(text, max(0, mentions[i].start - 30), mentions[i].start) for i in indexes):
        return True
    name = mentions[indexes[0]].text
    after = _words()["group_after"]
    return any(
        after.match(text, found.end())
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text)
    )


def _undecided(m: RawMention) -> bool:
    """Whether no cue but a person's says anything of a mention."""
    return m.cue in (None, "", "PERSON")


def people_by_their_words(
    text: str,
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    known: Callable[[str], bool],
) -> None:
    """Set the cue of each mention of a person-shaped full name that the model tagged a firm,
    place or work, and that the words after one of its mentions show as a person's (see the
    module's docstring), to PERSON. `known` says whether a name is a known country's or other
    name's key (the initials' guard, "US")."""
    names: dict[str, list[int]] = {}
    for index, m in enumerate(mentions):
        if m.label in _SLIPS or m.cue in _SLIPS:  # "Mike Ormsby" PERSON, a list's WORK_OF_ART
            names.setdefault(key(m.text), []).append(index)
    # The initials' guard of a surname the model tagged a firm alone ("MG Rover", "Rover" ORG)
    # is left out: here the article's words say a person, and the model's lone "Tolkien" ORG
    # is the same misreading as its "JRR Tolkien" ORG.
    firms: frozenset[str] = frozenset()
    for name in sorted(names):
        indexes = names[name]
        shown = [i for i in indexes if _shown(text, mentions, i)]
        if not shown:
            continue
        # Another mention's cue, or the model's other label there, said otherwise; the cue of a
        # mention the words show (a list's frame: "the boxing film Ring and Mike Ormsby's
        # abortion drama") says less than its own possessive.
        if any(
            key(m.text) == name and not _undecided(m) and i not in shown
            for i, m in enumerate(mentions)
        ):
            continue
        first = mentions[indexes[0]]
        shaped = person_by_first_name(first.text) or three_initials_person(
            text, first.text, first.end, known, firms
        )
        if not shaped or known_place(first.text) or an_organisation(text, first.text):
            continue
        if _a_group(text, mentions, indexes):
            continue
        for index in indexes:
            mentions[index].cue, mentions[index].by_form = "PERSON", False
