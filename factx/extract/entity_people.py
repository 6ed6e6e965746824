"""People the model took for firms or places, shown by "he" or "she" after their name.

The small model reads unfamiliar full names by their look: "Keanu Reeves" ORG, "PL Travers"
ORG, "Imanol Harinordoquy" ORG. A common first name already makes a person
(`first_names.person_by_first_name`); other names need the article's own words. Where the
first pronoun after a mention, in its clause and with no other name between, is "he", "she",
"his" or "her" (`referents.referent`) and never "it" or "its" after any mention, a name shaped
like a person's (two or three capitalised words or initials, the last no word that ends the
names of places and organisations) is a person. Not a name the words around it already
showed as something else (any cue), nor a known place or country.

An honorific before the name's last word elsewhere in the article ("Will Davies, senior
research fellow at the IPPR" WORK_OF_ART, then "said Mr Davies") shows a person as well: the
model tags a name it does not know by its look, while the article's own "Mr" is a reader's
sure sign. Here the model's place and work labels may be the slips too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.capitals import opens_sentence, written_in_lower_case
from factx.extract.entity_wrong_joins import faith_group
from factx.extract.evidence import a_people_by_name, cue_of
from factx.extract.first_names import (
    first_names,
    name_kind,
    opens_with_first_name,
    person_by_first_name,
)
from factx.extract.place_names import known_place
from factx.extract.referents import named_with_honorific, referent
from factx.extract.wordlists import data_file
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A first name or initials ("JK", "P.L.") and one or two capitalised words: "Keanu Reeves",
# "JK Rowling", "Sanjaya Senanayake". Not one word, nor a name in capitals ("BBC News"). A first
# name may be two joined by a hyphen ("Jeanne-Marie Gescher", round r45b-people).
_PERSON_SHAPE = re.compile(
    r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{1,2}|(?:[A-Z]\. ?){1,2})"
    r"(?: [A-Z][a-z]+(?:['’-][A-Za-z]+)*){1,2}"
)
# A surname alone: "Parry", "Souness", "O'Neill", "Ntimban-Zeh". The model tags many of a
# sports page's ORG ("Parry said", "Souness also paid tribute") or a place. A stage name of
# one word after its number is read alike ("50 Cent said he", made whole by
# `entity_numbered.numbered_names`): the same evidence as the lone word the model left.
_SURNAME_SHAPE = re.compile(r"(?:\d{1,3} )?[A-Z][a-z]+(?:['’-][A-Za-z]+)*|[A-Z]['’][A-Z][a-z]+")
# How many of a lone name's mentions must be followed by "he" or "she": one could be anyone's
# ("Arsenal signed him"), as a club is the subject of sentences about its players.
_LONE_PERSON = 2
# Labels the model gives people it does not know, a place's too ("Rio Ferdinand has said he
# is unsure" GPE); a city's name may be followed by a "he" of its clause ("in Los Angeles,
# where he"), so no known place or city of the world is read so (`_candidates`).
_SLIPS = frozenset({"ORG", "NORP", "FAC", "PRODUCT", "GPE"})
# Labels of a lone surname the pronoun may change: not a nationality's ("the Welsh ... his").
_LONE_SLIPS = frozenset({"ORG", "FAC", "PRODUCT"})
# An honorific names a person whatever the model read: "Ruth Kelly" ORG, "Will Davies"
# WORK_OF_ART, "Rio Ferdinand" GPE.
_HONORIFIC_SLIPS = _SLIPS | {"WORK_OF_ART", "GPE", "LOC", "EVENT"}


def people_by_pronoun(
    text: str,
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    country: Callable[[str], bool],
) -> None:
    """Set the cue of the mentions of a person-shaped name tagged a firm or place to PERSON,
    where the article refers back to it as "he" or "she" only. `key` groups mentions into
    entities; `country` says whether a key is a country's."""
    groups = _candidates(mentions, key, _SLIPS, country)
    groups.update(_candidates(mentions, key, _LONE_SLIPS, country, lone=True))
    starts = [m.start for m in mentions]
    for name in sorted(groups):
        indexes = groups[name]
        shown = []
        for index in indexes:
            m = mentions[index]
            limit = starts[index + 1] if index + 1 < len(starts) else len(text)
            if _a_nouns_modifier(text, m.start, m.end):
                shown.append("")  # "a Toowoomba Anglican school when he was": not the name's
                continue
            shown.append(referent(text, m.start, m.end, limit))
        found = set(shown) - {""}
        # A surname alone ("Parry said he", "Souness said he did not think") needs the
        # pronoun after more than one of its mentions: a full name's shape says the rest.
        # A stage name after its number ("50 cent") is read as one word.
        full = " " in name and not name[:1].isdigit()
        enough = full or shown.count("PERSON") >= _LONE_PERSON
        if found == {"PERSON"} and enough:
            for index in indexes:
                mentions[index].cue = "PERSON"


# Round r50-people (Lee sheet C's lee064, "the claims of abuse at a Toowoomba Anglican school when
# he was the Anglican Archbishop", `Toowoomba Anglican` ORG made PERSON by the "he"): a name
# between "a|an|the" and a lower-case word is that word's modifier ("a Toowoomba Anglican
# school", "the Fiat plant"), and a pronoun after the noun is someone else's. Not "the" before a
# verb or a clause's word ("the Smith who", "the Hollies were"), which a name may own.
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he) $")
_NOUN_AFTER = re.compile(r" ([a-z][a-z-]+)\b(?!['’])")
_NO_NOUNS = frozenset({
    "and", "or", "of", "who", "which", "that", "is", "was", "are", "were", "has", "had", "have",
    "said", "says", "will", "would", "could", "can", "did", "does", "in", "on", "at", "to", "for",
    "with", "by", "from", "as", "but", "after", "before", "when", "where", "while",
})  # fmt: skip


def _a_nouns_modifier(text: str, start: int, end: int) -> bool:
    """Whether the mention stands between "a|an|the" and a lower-case noun it modifies ("a
    Toowoomba Anglican school"), where a pronoun after it is no sign of the name's kind."""
    if _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is None:
        return False
    found = _NOUN_AFTER.match(text, end)
    return found is not None and found.group(1) not in _NO_NOUNS


def people_by_honorific(
    text: str,
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    country: Callable[[str], bool],
) -> None:
    """Set the cue of the mentions of a person-shaped name tagged another kind to PERSON, where
    the article calls someone by its last word after an honorific ("Mr Davies", "Ms Kelly")."""
    groups = _candidates(mentions, key, _HONORIFIC_SLIPS, country, honorific=True)
    # The full names of the people the model saw: "Mr Sukul" is Ravi Sukul's, not the glued
    # "Interrupting Mr Sukul" WORK_OF_ART's.
    people = {key(m.text).split()[-1] for m in mentions if m.label == "PERSON" and " " in m.text}
    for name in sorted(groups):
        indexes = groups[name]
        surname = mentions[indexes[0]].text.split()[-1]
        if faith_group(mentions[indexes[0]].text, a_people_by_name):
            continue  # "the Hindu Hare Krishna sect" beside "Lord Krishna" (r51b-joins)
        if key(surname) not in people and named_with_honorific(text, surname):
            for index in indexes:
                mentions[index].cue = "PERSON"


@cache
def _age_and_mood() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words: dict[str, str] = data_file("entities.json")["person_words"]
    return re.compile(words["age_after"]), re.compile(words["mood_before"])


# The labels the model gives a person's name it reads as a firm's or a place's ("Hasna
# Benhassi" LOC, "Claxton" ORG); not a people's ("a tearful Welsh" is no one's name).
_AGE_SLIPS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT"})


def people_by_age_or_mood(
    text: str,
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    country: Callable[[str], bool],
) -> None:
    """Set the cue of the mentions of a person-shaped name (a full name, or a surname alone)
    tagged a firm or a place to PERSON, where one of them is followed by an age in commas
    ("Hind Bakri, 25, won") or follows "a" or "an" and a person's mood ("a tearful Claxton
    told BBC Sport"): a firm or a place has no age and sheds no tears. The model reads such
    names by their look, whatever the words around them; the first names that would weigh
    for a person are missing for many foreign names. The guards of `_candidates`: no cue and
    no label but these and a person's at any mention, no kind word, known place, city or
    country."""
    age, mood = _age_and_mood()
    # The cheap test first: only the slips' mentions, only the characters beside them.
    shown = {
        key(m.text)
        for m in mentions
        if m.label in _AGE_SLIPS
        and (age.match(text, m.end) or mood.search(text, max(0, m.start - 30), m.start))
    }
    if not shown:
        return
    # The model's PERSON at another mention agrees ("a tearful Claxton" ORG, "Claxton's time"
    # PERSON), and would lose the vote to its firm's label without the cue.
    slips = _AGE_SLIPS | {"PERSON"}
    groups = _candidates(mentions, key, slips, country)
    groups.update(_candidates(mentions, key, slips, country, lone=True))
    for name in sorted(shown & groups.keys()):
        for index in groups[name]:
            mentions[index].cue = "PERSON"


# A country's possessive before a name: "France's Hind Dehiba"; the items of a list of them
# joined by a comma or "and": "France's Hind Dehiba and Russia's Svetlana Cherkasova".
_POSSESSIVES = frozenset({"'s ", "’s "})
_LIST_JOINS = frozenset({", ", " and ", ", and "})


def people_in_country_lists(
    text: str,
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    country: Callable[[str], bool],
) -> None:
    """Set the cue of a full name tagged a firm or a place to PERSON, where it stands in a list
    of names each after a country's possessive, and another name of the list is a person's
    the model read so and a common first name opens ("finish clear of France's Hind Dehiba and
    Russia's Svetlana Cherkasova": `Hind Dehiba` GPE; "Sweden's Carolina Kluft, Morocco's
    Hasna Benhassi and Romania's Maria Cioncan": ORG and LOC). A results list or a list of
    rivals is of one kind: athletes by their nations, as firms are listed by theirs ("France's
    Total and Britain's BP", where no item is a person and nothing changes). The guards of
    `_candidates` besides: no cue and no label but these and a person's at any mention of the
    name, no kind word, known place, city or country."""
    if "'s " not in text and "’s " not in text:
        return  # the cheap test first
    chains: list[list[int]] = []
    for index in range(1, len(mentions)):
        m, owner = mentions[index], mentions[index - 1]
        if text[owner.end : m.start] not in _POSSESSIVES or not country(key(owner.text)):
            continue
        last = chains[-1][-1] if chains else -1
        if last == index - 2 and text[mentions[last].end : owner.start] in _LIST_JOINS:
            chains[-1].append(index)
        else:
            chains.append([index])
    chains = [chain for chain in chains if len(chain) > 1]
    if not chains:
        return
    groups = _candidates(mentions, key, _AGE_SLIPS | {"PERSON"}, country)
    for chain in chains:
        if not any(_a_person(mentions[i]) for i in chain):
            continue
        for index in chain:
            m = mentions[index]
            name = key(m.text)
            if m.label in _AGE_SLIPS and name in groups:
                for other in groups[name]:
                    mentions[other].cue = "PERSON"


# A people's calling in the plural, before a list of their names in the same sentence:
# "Several Hollywood stars feature ..., including Keanu Reeves and Benjamin Bratt", "best
# presenters for Richard McCourt and Dominic Wood".
_CALLINGS = re.compile(
    r"\b(?:stars|actors|actresses|presenters|directors|film-?makers|comedians|singers|writers"
    r"|authors|novelists|musicians|artists|nominees)\b"
)
# Two or three capitalised words, a full name's look, with no "of" or possessive before it
# ("Tim Daly of Michael Foods and Kenneth Bowman": a firm of someone's).
_LISTED_NAME = re.compile(r"(?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+")


def people_in_calling_lists(
    text: str,
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    country: Callable[[str], bool],
) -> None:
    """Set the cue of a full name tagged a firm or a place to PERSON, where it stands in a list
    of full names joined by commas and "and" after a people's calling in the plural in the
    same sentence, and another name of the list is a person the model read so and a common
    first name opens (seed 139's entertainment/101: "Several Hollywood stars feature in the
    festival's drama category, including Keanu Reeves and Benjamin Bratt", `Keanu Reeves`
    ORG beside `Benjamin Bratt` PERSON; the even half's "best presenters for Richard McCourt
    and Dominic Wood", `Dominic Wood` ORG; round r45b-people). The list's items are all full
    names; the guards of `_candidates` besides (no cue, no other label at any mention, no known
    place or country; a kind word ends the name only after a common first name)."""
    if " and " not in text or _CALLINGS.search(text) is None:
        return  # the cheap tests first
    chains: list[list[int]] = []
    for index in range(1, len(mentions)):
        m, before = mentions[index], mentions[index - 1]
        if text[before.end : m.start] not in _LIST_JOINS:
            continue
        if chains and chains[-1][-1] == index - 1:
            chains[-1].append(index)
        else:
            chains.append([index - 1, index])
    found: dict[str, list[int]] | None = None
    for chain in chains:
        items = [mentions[i] for i in chain]
        if not all(_LISTED_NAME.fullmatch(m.text) for m in items):
            continue
        if not text[items[-2].end : items[-1].start].endswith("and "):
            continue  # "Tony Blair, Gordon Brown said": a list ends with its "and"
        first = items[0].start
        opening = max(text.rfind(". ", 0, first), text.rfind("\n", 0, first))
        if _CALLINGS.search(text, opening + 1, first) is None:
            continue
        if re.search(r"(?:\bof|['’]s) $", text[max(0, first - 4) : first]):
            continue
        if not any(_a_person(m) and person_by_first_name(m.text) for m in items):
            continue
        if found is None:
            found = _candidates(mentions, key, _SLIPS, country, first_named=True)
        for m in items:
            for other in found.get(key(m.text), []):
                mentions[other].cue = "PERSON"


def _a_person(m: RawMention) -> bool:
    """Whether a list's item is a person by the model's label and a common first name, or by
    a person's cue."""
    if m.cue == "PERSON":
        return " " in m.text
    return m.label == "PERSON" and not m.cue and opens_with_first_name(m.text)


def _candidates(
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    slips: frozenset[str],
    country: Callable[[str], bool],
    *,
    lone: bool = False,
    honorific: bool = False,
    first_named: bool = False,
) -> dict[str, list[int]]:
    """The indexes of the mentions of each person-shaped name that the model tagged one of
    `slips` every time, that the words around it show as nothing (no cue), and whose last
    word ends no place's or organisation's name; not a known place nor a country. With
    `lone`, the names of one word shaped like a surname instead."""
    shape = _SURNAME_SHAPE if lone else _PERSON_SHAPE
    groups: dict[str, list[int]] = defaultdict(list)
    for index, m in enumerate(mentions):
        if m.label in slips and shape.fullmatch(m.text):
            groups[key(m.text)].append(index)
    for m in mentions:
        name = key(m.text)
        if name in groups and (
            (m.cue and not (honorific and _firm_cue_on_a_first_name(m))) or m.label not in slips
        ):
            del groups[name]  # the words around it, or the model elsewhere, said otherwise
    return {
        name: indexes
        for name, indexes in groups.items()
        if not (
            name_kind(mentions[indexes[0]].text.split()[-1])
            and not (
                (honorific or first_named) and opens_with_first_name(mentions[indexes[0]].text)
            )
        )
        and not country(name)
        and not known_place(mentions[indexes[0]].text)
        and not world_city(mentions[indexes[0]].text)
        and not _named_otherwise(mentions[indexes[0]].text)
    }


def _firm_cue_on_a_first_name(m: RawMention) -> bool:
    """Whether a full name that opens with a common first name has only a firm's cue, the kind
    word of the firm the person works for or runs right before the name ("founder of the CGA
    consultancy Jeanne-Marie Gescher", then "Mrs Gescher concluded": seed 139's tech/384,
    `Jeanne-Marie Gescher` ORG). An honorific before its surname elsewhere in the article says
    more than the firm's word beside it (round r45b-people); a work's cue stays ("the film
    Vera Drake")."""
    return m.cue == "ORG" and " " in m.text and opens_with_first_name(m.text)


def _named_otherwise(name: str) -> bool:
    """Whether the name's own words make it something else even were it tagged a person:
    "Real Madrid view him" is a club by its name, whatever the "him" after it."""
    found = cue_of(name, 0, len(name), "PERSON")
    return found is not None and found.label != "PERSON"


# A common first name right before a lone name the model tagged without it: "Wing Christophe
# Dominici", "US tycoon Malcom Glazer" (the model tagged "Dominici", "Glazer").
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")
# Months and days, some first names too: "May Hamann", "In September Symantec" are no one.
CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
})  # fmt: skip


@cache
def _not_first_names() -> frozenset[str]:
    """Words on the census list of first names that stand before a surname as something else:
    titles and honorifics ("Prince Harry", "Lady Hale", "Miss Kidman") and common words
    ("Many German consumers", "So Doug believes", "An Indian firm")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    tables = data_file("aliases.json")
    titles = {w.casefold() for key in ("titles", "honorifics") for w in tables[key]}
    return frozenset(titles | set(STOP_WORDS) | CALENDAR_WORDS)


# Lone names the model tags for a surname it does not know.
_SURNAME_LABELS = frozenset({"PERSON", "NORP"})
# A place's or a firm's labels, which the model gives many foreign surnames after a first
# name it leaves out ("Vera Zvonareva", "Svetlana Kuznetsova" GPE, "Graeme Souness" ORG; round
# r31-sport): widened too where the one word is no place known to pycountry or the world's
# cities ("Florence", "Sydney"), nor a kind word ("John Lewis Partnership" is no surname's).
_PLACE_LABELS = frozenset({"GPE", "LOC", "ORG"})


def _surname_label(m: RawMention) -> bool:
    """Whether the model's label is one it gives a surname it does not know: a person's, a
    people's, or a place's or a firm's for a single word that names no known place."""
    if m.label in _SURNAME_LABELS:
        return True
    return (
        m.label in _PLACE_LABELS
        and " " not in m.text
        and not known_place(m.text)
        and not world_city(m.text)
    )


def _a_surname(m: RawMention) -> bool:
    """Whether the mention has a surname's shape: one word ("Dominici"), or two that the
    model tagged a person, the first no common first name: a surname of two words ("Sandino
    Moreno" of "Catalina Sandino Moreno"; not "Tom Smith", a full name already). Only the
    first word is asked, as the census list holds many surnames ("Moreno", "Thomas")."""
    words = m.text.split(" ")
    if len(words) == 1:
        return bool(_SURNAME_SHAPE.fullmatch(m.text))
    return (
        len(words) == 2
        and m.label == "PERSON"
        and all(_SURNAME_SHAPE.fullmatch(w) for w in words)
        and words[0].casefold() not in first_names()
    )


def with_first_names(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, each lone surname widened to the common first name right before it,
    which the model left out ("Christophe Dominici", "Malcom Glazer"): a person. A surname of
    two words the model tagged a person is widened too ("Catalina Sandino Moreno").

    The word is on the first-name list, no title, month, day or common word ("Prince",
    "May", "So"), no part of another mention, the name no nationality ("Many German"), and
    not a common word capitalised only because it opens the sentence ("Will Hamann play?":
    the article writes "will" in lower case). `mentions` are in order.
    """
    kept: list[RawMention] = []
    ends = {m.end for m in mentions}
    for m in mentions:
        before = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
        if (
            before is None
            or not _surname_label(m)
            or a_people_by_name(m.text)  # "Many German consumers": a nationality
            or not _a_surname(m)
            or before.end(1) in ends
        ):
            kept.append(m)
            continue
        word = before.group(1)
        lower = word.casefold()
        if (
            lower not in first_names()
            or lower in _not_first_names()
            or name_kind(m.text.split()[-1])
        ):
            kept.append(m)
            continue
        if opens_sentence(text, before.start(1)) and written_in_lower_case(text, word):
            kept.append(m)  # "Will Hamann play?", "Grant Thornton"-like openings
            continue
        start = before.start(1)
        # The first name is the name's own evidence: a mention found by its string alone
        # ("Vera Zvonareva", where the model tagged the lone "Zvonareva" GPE) votes too.
        widened = replace(m, text=text[start : m.end], start=start, label="PERSON", votes=True)
        kept.append(widened)
    return kept


# The capitalised word right after a lone first name, and what may follow it: no third
# capitalised word ("Shawn Estes came", not "Shawn Estes Jr" nor a longer name's start).
_WORD_AFTER = re.compile(r" ([A-Z][a-z]+(?:['’-][A-Za-z]+)*)(?![\w'’.-])(?! [A-Z])")


def with_last_names(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, each lone common first name tagged PERSON widened to the capitalised
    word right after it, which the model left out ("Shawn Estes came one out away", where it
    tagged "Shawn"): a person's full name.

    The first name is on the list and no title or common word (`_not_first_names`); the word
    after it is no part of another mention, no month or day, no known place, nationality or
    kind word ("Ellis Park"), and no word the article writes in lower case too ("Shawn Will
    ..."). Not in a headline, where every word may have a capital. `mentions` are in order.
    """
    starts = {m.start for m in mentions}
    kept: list[RawMention] = []
    for m in mentions:
        after = _WORD_AFTER.match(text, m.end)
        lower = m.text.casefold()
        if (
            after is None
            or m.headline
            or m.label != "PERSON"
            or " " in m.text
            or lower not in first_names()
            or lower in _not_first_names()
            or after.start(1) in starts
        ):
            kept.append(m)
            continue
        word = after.group(1)
        if (
            word.casefold() in CALENDAR_WORDS
            or known_place(word)
            or a_people_by_name(word)
            or name_kind(word)
            or written_in_lower_case(text, word)
        ):
            kept.append(m)
            continue
        kept.append(replace(m, text=text[m.start : after.end(1)], end=after.end(1)))
    return kept
