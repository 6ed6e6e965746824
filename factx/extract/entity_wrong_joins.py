"""Joins and spans factx's own rules made wrong where the model was right (round r51b-joins,
the Lee hand check's sheets T-W).

- `faith_after_people`: `entities._rejoined` glues two adjacent one-word spans, one of them
  NORP, into one group ("Bosnian" + "Serb"). A faith's adjective as the second word before a
  lower-case noun is a second modifier, not the head of one group: "a spate of bombings by
  Palestinian Islamic militants" is `Palestinian` and `Islamic`, two peoples' words, as the
  model gives them. Left alone: "Bosnian Serb", "Iraqi Kurd", "Israeli Arab" (an ethnic or
  party noun is the head) and a name that goes on with a capital ("Palestinian Islamic Jihad",
  which the model tags whole).
- `faith_group`: "a devotee of the Hindu Hare Krishna sect" (the model's ORG) was made PERSON
  because the article writes "Lord Krishna" (`entity_people.people_by_honorific`: an honorific
  before the name's last word), and the lone `Krishna` then joined it as a surname. A name whose
  first word is a people's or faith's word ("Hindu", "Palestinian") names a group, no person
  whose surname the honorific shows; so the three-word firm's surname join
  (`entities.cluster`, "Fox" of "Twentieth Century Fox") takes no such name either. Left alone:
  names opening with a first name ("Mr Davies" and "Will Davies").
- `rank_before_person`: `runs.widened` runs a body's name on over every capitalised word after
  it, so "when Third Division Deputy Chief Edward Dennehy noticed flames" glued the rank to the
  model's `Third Division` ORG. A run of rank words ("Deputy Chief", "Assistant Commissioner",
  "Captain") that ends where the model's PERSON begins is the person's title, no word of the
  body before it. Left alone: a rank word the name itself ends in with no person after it
  ("the Joint Chiefs"), and a person's own span.
- `landform_region`: the first-name cue (`evidence.FIRST_NAME`) read "on Queensland's Sunshine
  Coast" (the model's LOC) as a person, "Sunshine" being a given name. The model's place (GPE,
  LOC, FAC) whose last word is a region's kind ("Coast", "Valley", "Highlands", "Tablelands",
  "Island(s)", "Mountains", "Ranges", "Peninsula") keeps its label over that cue, as
  `entity_landforms` keeps "Rocky Creek". Left alone: the model's PERSON (a surname may be
  such a word: "Tom Valley said" stays as it is), and names run on with a capital.
- `abbreviated_rank`: "The case is closed, Staff-Insp. Peter Ward said" gave `Staff-Insp` ORG,
  the model's: a police rank cut short ("Staff-Insp.", "Det-Sgt", "Supt", "Snr-Const") before a
  capitalised name is no name at all. Left alone: a rank the model keeps inside the person's
  span (cut there by the title rules), and such letters with no name after them.
- `towns_before_buildings`: "the director of nursing at <Town> hospital" made the model's
  one-word ORG a body (a "role for a company" cue) and lent it to the model's GPE of the same
  town ("expected in <Town> today"); "the Premier's <Suburb> residence" made the model's PERSON
  a body. A one-word name before a lower-case building word ("hospital", "airport",
  "residence", "home", "mosque", "church", "jail") is the town the building stands in, GPE,
  where the model tags the same word GPE elsewhere in the article, or where an owner's
  possessive stands before it and a home's word after ("residence", "home"). Left alone: a
  capitalised building's name ("Woomera Detention Centre", "Kirribilli House"), a firm before
  its plant or office ("the Fiat plant": no such word is read), and any name of two words.
- `opening_time_word`: "Tomorrow Harrison's family members were to" gave the model's PERSON
  "Tomorrow Harrison's", a time word that opens the sentence glued to a surname, which
  `entity_non_names.opening_adverb` cuts only for a word tagged RB ("Meanwhile Sony"). A
  PERSON span opening its sentence with "Tomorrow|Yesterday|Today|Tonight|Meanwhile|Earlier|
  Later|Overnight" before a capitalised word loses that word. Left alone: other labels (works
  and shows so named: "Tomorrow Never Dies", "the Today programme", "Tonight Show").
- `party_before_post`: `entity_non_names.opening_qualifier` drops a sentence's first word the
  tagger reads as a common noun before a lower-case noun ("Software giant Microsoft"). "Labor
  leader Simon Crean says" lost `Labor`, Australia's party, read as the noun "labor". A party's
  name before a singular post word and a capitalised name ("leader", "MP", "senator",
  "spokesman") is kept. Left alone: the US noun before other words ("Labor costs rose", "Labor
  unions say", "Labor leaders said", plural), and any word that is no party's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from factx.extract.entities import RawMention

# A faith's adjective: the second of two peoples' words before a noun is a modifier of its own.
FAITHS = frozenset(
    {
        "Islamic",
        "Muslim",
        "Christian",
        "Jewish",
        "Catholic",
        "Protestant",
        "Hindu",
        "Sikh",
        "Buddhist",
        "Orthodox",
        "Evangelical",
    }
)
_LOWER_WORD_AFTER = re.compile(r"[ -]+[a-z]")


def faith_after_people(text: str, first: str, second_start: int, second_end: int) -> bool:
    """Whether the one-word span text[second_start:second_end], right after the one-word span
    `first`, is a faith's adjective before a lower-case word: "Palestinian Islamic militants"
    (the module's doc)."""
    word = text[second_start:second_end]
    return (
        word in FAITHS
        and first not in FAITHS
        and _LOWER_WORD_AFTER.match(text, second_end) is not None
    )


def faith_group(name: str, people: Callable[[str], bool]) -> bool:
    """Whether `name`, of more than one word, opens with a people's or faith's word (`people`):
    "Hindu Hare Krishna" (the module's doc)."""
    words = name.split()
    return len(words) > 1 and people(words[0])


# Rank words that stand before a person's name, as a unit's "Deputy Chief" does.
_RANK_MODIFIERS = frozenset({"deputy", "assistant", "acting", "senior", "chief", "battalion"})


@cache
def _rank_words() -> frozenset[str]:
    aliases = data_file("aliases.json")
    words = {w.casefold() for w in aliases["roles"] + aliases["titles"] if " " not in w}
    return frozenset(words | _RANK_MODIFIERS)


def rank_before_person(doc: Doc, index: int) -> bool:
    """Whether doc[index] opens a run of capitalised rank words that ends where a PERSON of the
    model begins: "Third Division" + "Deputy Chief" + "Edward Dennehy" (the module's doc)."""
    ranks = _rank_words()
    end = index
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ in ranks:
        if doc[end].ent_type_:
            return False
        end += 1
    return (
        end > index
        and end < len(doc)
        and doc[end].ent_iob_ == "B"
        and (doc[end].ent_type_ == "PERSON")
    )


# A region's kind word ending a place's name.
_REGION = re.compile(
    r".*[A-Z][\w'’.-]* (?:Coast|Valley|Highlands|Tablelands|Island|Islands|Mountains|Ranges"
    r"|Peninsula)(?:['’]s?)?"
)
_NAME_GOES_ON = re.compile(r" (?:of |and )?[A-Z&]")


def landform_region(name: str, after: str, label: str) -> bool:
    """Whether the model's place `name` (with the words `after` it) ends in a region's kind word
    and keeps its label over the first-name cue: "Queensland's Sunshine Coast" (the module's
    doc)."""
    return (
        label in ("GPE", "LOC", "FAC")
        and _REGION.fullmatch(name) is not None
        and _NAME_GOES_ON.match(after) is None
    )


# The posts a party's member holds, singular, before his or her name.
_POSTS = frozenset(
    {
        "leader",
        "MP",
        "senator",
        "frontbencher",
        "backbencher",
        "spokesman",
        "spokeswoman",
        "candidate",
        "president",
        "secretary",
        "member",
        "minister",
        "premier",
    }
)
# Parties whose name is a common noun too: Australia's Labor, the UK's Labour.
_PARTIES = frozenset({"Labor", "Labour"})


def party_before_post(doc: Doc, token: int) -> bool:
    """Whether the sentence's first word doc[token] is a party's name before a post and a
    capitalised name: "Labor leader Simon Crean says" (the module's doc)."""
    if doc[token].text not in _PARTIES or token + 2 >= len(doc):
        return False
    post, name = doc[token + 1], doc[token + 2]
    return post.text in _POSTS and name.text[:1].isupper() and name.is_alpha


# A police rank cut short, hyphened or not: "Staff-Insp.", "Det-Sgt", "Supt", "Snr-Const".
_ABBREVIATED_RANK = re.compile(
    r"(?:(?:Staff|Det|Snr|Sen|Chief|Acting|Asst|Dep)[- ])?"
    r"(?:Insp|Sgt|Const|Cons|Supt|Cmdr|Det)\.?"
)
_NAME_AFTER = re.compile(r"\.? [A-Z][a-z]")


def abbreviated_rank(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a police rank cut short before a capitalised name:
    "Staff-Insp. Peter Ward" (the module's doc)."""
    return (
        _ABBREVIATED_RANK.fullmatch(text, start, end) is not None
        and _NAME_AFTER.match(text, end) is not None
    )


_BUILDING_WORDS = re.compile(
    r"\b(?:hospital|clinic|airport|residence|home|mosque|church|courthouse|jail|gaol)\b"
)
_BUILDING_AFTER = re.compile(
    r" (?P<word>hospital|clinic|airport|residence|home|mosque|church|courthouse|jail|gaol)\b"
    r"(?!['’])"
)
_OWNER_BEFORE = re.compile(r"[A-Za-z]['’]s? $")


def towns_before_buildings(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the one-word mentions tagged a body, facility or person before a
    lower-case building word that are the town it stands in (the module's doc)."""
    if not _BUILDING_WORDS.search(text):
        return
    places = {m.text for m in mentions if m.label == "GPE"}
    for i, m in enumerate(mentions):
        if not _ONE_WORD.fullmatch(m.text):
            continue
        if m.label not in _BODIES and m.cue not in _BODIES:
            continue  # a name the model and the words around it both read as a place
        after = _BUILDING_AFTER.match(text, m.end)
        if after is None:
            continue
        owned = after["word"] in ("residence", "home") and _OWNER_BEFORE.search(
            text, max(0, m.start - 4), m.start
        )
        if m.text in places or owned:
            yield i


_BODIES = frozenset({"ORG", "FAC", "PERSON"})
_ONE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


# Time words that open a sentence before its subject.
_TIME_WORDS = frozenset(
    {"tomorrow", "yesterday", "today", "tonight", "meanwhile", "earlier", "later", "overnight"}
)


def opening_time_word(ent: Span) -> bool:
    """Whether the model ran a time word that opens a sentence into the person's name after it:
    "Tomorrow Harrison's family" (the module's doc)."""
    return (
        len(ent) > 1
        and ent.label_ == "PERSON"
        and bool(ent[0].is_sent_start)
        and ent[0].lower_ in _TIME_WORDS
        and ent[1].is_title
    )
