"""People named by two initials run together and a surname: "JK Rowling", "JP McManus".

British news writes many people's first names as initials with no stops ("JK Rowling", "PD
James", "JM Barrie", "AL Gooneratne"). The small model reads two capitals before a name as a
firm's letters ("JK Rowling" ORG, "JP McManus" ORG), or tags the letters apart ("PD" GPE, then
"James" PERSON) or leaves them out ("JM Barrie" -> "Barrie" GPE). Firms are named so too ("JP
Morgan", "LG Electronics", "AC Milan"), so the shape is a person's only where nothing says
otherwise:

- the letters are two capitals ("JK", or "J.K."; not three run together, "BNP Paribas") that
  the article writes nowhere else but before this surname (a firm's letters stand alone too:
  "LG said"), no known country's or name's letters ("US", "EU"), and none of the closed class
  of capital pairs that open other names or are callings (`initials_not_people` in
  entities.json: club prefixes "AC", "FC"; "DJ", "MP", "QC", "TV", ...);
- the surname is one capitalised word ("Rowling", "McManus", "O'Brien", "Kilroy-Silk"), or
  one after a particle ("Del Fava"), no word that ends the names of places and organisations
  ("Times", "Capital"), no known place ("Roma"), people ("British"), month or day, and no word
  the article writes in lower case ("Card", "card"), nor one the model tagged a firm alone
  ("MG Rover", then "Rover" ORG);
- no firm's tail follows ("& Sons", "and Co", "Inc"), no meeting's word ("the GE Galan
  meeting") and no side's verb goes before ("plays for FH Hafnarfjordur"), no thing's
  determiner ("the new VW Beetle"), and no cue around it says otherwise;
- the article never writes the name as a body's: opening a longer name ("JP Morgan Chase")
  or followed by "it" or "its" ("JP Morgan said that it").

Two jobs, each run at its stage of `factx.extract.entities`:

- `with_initials` (a span's repair, before names are matched again): the letters tagged
  apart and the surname after them, or the letters left out before a surname the model tagged,
  are one mention, a person's: "PD" GPE + "James" PERSON -> "PD James"; "Barrie" GPE after
  "JM " -> "JM Barrie".
- `people_by_initials_shape` (a cue, after the evidence cues): a mention of the letters and
  the surname the model tagged a firm, place, work or product has PERSON as its cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.capitals import written_in_lower_case
from factx.extract.entity_people import CALENDAR_WORDS
from factx.extract.evidence import a_people_by_name
from factx.extract.first_names import name_kind
from factx.extract.place_names import known_place
from factx.extract.referents import referent
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Two capitals run together, or two or three each with its stop: "JK", "J.K.", "J.R.R.". Not
# three run together: those are a firm's or a party's ("BNP Paribas", "SNP Holyrood").
_LETTERS = r"(?:[A-Z]{2}|(?:[A-Z]\.){2,3})"
# A surname: "Rowling", "McManus", "O'Brien", "Kilroy-Silk", "Del Fava", "de Zeeuw".
_SURNAME = (
    r"(?:(?:[Dd]e|[Dd]el|[Dd]i|[Dd]a|[Vv]an|[Vv]on|[Ll]e) )?"
    r"(?:Ma?c[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z][a-z]+)(?:-[A-Z][a-z]+)?"
)
_NAME = re.compile(rf"(?P<letters>{_LETTERS}) (?P<surname>{_SURNAME})")
# Three capitals run together and a surname: "JRR Tolkien". A firm's or party's letters as often
# ("BNP Paribas", "SNP Holyrood"), so read as a person's only where the words around the name
# say one too (r31-people's `entity_person_words`), under the same guards as two.
_THREE = re.compile(rf"(?P<letters>[A-Z]{{3}}) (?P<surname>{_SURNAME})")
_SURNAME_ONLY = re.compile(_SURNAME)
# One capital and a surname on a team sheet or in a list: "S Easterby, Leamy", "G Easterby".
# Brothers on one sheet differ by it alone, so the letter is part of the name; only where a
# list puts it (a line's start, a comma, a bracket before it), and never "A", "I" or "O", which
# are words.
_ONE = re.compile(rf"(?P<letters>[B-HJ-NP-Z]) (?P<surname>{_SURNAME})")
_ONE_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[,;:] )|(?<=\())(?P<letters>[B-HJ-NP-Z]) $")
_LETTERS_BEFORE = re.compile(rf"(?<![\w'’.&-])(?P<letters>{_LETTERS}) $")
# A firm's tail after the name: "AG Edwards & Sons", "CL King & Associates", "JD Power and
# Associates", "RJ Reynolds Inc".
_FIRM_TAIL = re.compile(
    r"(?:\s*&|,? (?:and (?:Co|Company|Sons|Partners|Associates)\b|Inc\b|Ltd\b|plc\b|Corp\b))"
)
# A side's or a meeting's words around the name: "who plays for FH Hafnarfjordur", "in
# Stockholm's GE Galan meeting". A person neither plays for nor is held.
_SIDE_BEFORE = re.compile(
    r"\b(?:plays|played|playing|signed|signs|joined|joins|moved to|loan at|loan to)"
    r"(?: for| with)? $"
)
_EVENT_AFTER = re.compile(
    r" (?:meeting|meet|race|games|championships?|tournament|match|final|cup|trophy)\b"
)
# A thing's determiner right before the name: "the new VW Beetle". A person is no "the new".
_THING_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)(?: (?:new|old|latest|original|classic))? $")
# Labels the model gives a person it reads by the letters' look.
_SLIPS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})


@cache
def _not_people() -> frozenset[str]:
    words: list[str] = data_file("entities.json")["initials_not_people"]
    return frozenset(w.replace(".", "") for w in words)


def _letters_alone_elsewhere(text: str, letters: str, surname: str) -> bool:
    """Whether the article writes the letters anywhere but right before this surname: a
    firm's letters stand alone ("LG said", "AZ Services") where a person's initials do not."""
    for found in re.finditer(rf"(?<![\w.]){re.escape(letters)}(?![\w])", text):
        if not text.startswith(" " + surname, found.end()):
            return True
    return False


def _a_person(
    text: str,
    name: str,
    end: int,
    known: Callable[[str], bool],
    firms: frozenset[str],
    shape: re.Pattern[str] = _NAME,
) -> bool:
    """Whether `name` (ending at text[end]) is initials and a surname by the module's tests;
    `firms` are the names the model tagged ORG alone."""
    match = shape.fullmatch(name)
    if match is None:
        return False
    letters, surname = match.group("letters"), match.group("surname")
    last = surname.split()[-1]
    return not (
        letters.replace(".", "") in _not_people()
        or known(letters)
        or (shape is not _ONE and _letters_alone_elsewhere(text, letters, surname))
        or name_kind(last)
        or known_place(last)
        or a_people_by_name(last)
        or last.casefold() in CALENDAR_WORDS
        or written_in_lower_case(text, last.split("-")[0])
        or _FIRM_TAIL.match(text, end) is not None
        or _EVENT_AFTER.match(text, end) is not None
        or _SIDE_BEFORE.search(text, max(0, end - len(name) - 20), end - len(name)) is not None
        or surname in firms
        or _THING_BEFORE.search(text, max(0, end - len(name) - 20), end - len(name)) is not None
        or an_organisation(text, name)
    )


def three_initials_person(
    text: str, name: str, end: int, known: Callable[[str], bool], firms: frozenset[str]
) -> bool:
    """Whether `name` is three capitals run together and a surname ("JRR Tolkien") under the
    guards of two; the shape alone shows no person (see `_THREE`)."""
    return _a_person(text, name, end, known, firms, _THREE)


def an_organisation(text: str, name: str) -> bool:
    """Whether the article writes the name as a body's: opening a longer name ("JP Morgan
    Chase") or followed by "it" or "its" ("JP Morgan said that it")."""
    for found in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w'’-])", text):
        if re.match(r" [A-Z][a-z]", text[found.end() :]):
            return True
        if referent(text, found.start(), found.end(), len(text)) == "GROUP":
            return True
    return False


def _firms(mentions: Sequence[RawMention]) -> frozenset[str]:
    return frozenset(m.text for m in mentions if m.label == "ORG")


def with_initials(
    text: str, mentions: Sequence[RawMention], known: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, with the letters the model tagged apart from the surname after them, or
    left out before it, joined to it as one person's mention ("PD James", "JM Barrie").
    `known` says whether a name is a known country's or other name's key ("US"); `mentions`
    are in order."""
    kept: list[RawMention] = []
    firms = _firms(mentions)
    for m in mentions:
        before = _LETTERS_BEFORE.search(text, max(0, m.start - 8), m.start)
        shape = _NAME
        if before is None:
            before, shape = _ONE_BEFORE.search(text, max(0, m.start - 3), m.start), _ONE
        if before is None or " " in m.text or not _SURNAME_ONLY.fullmatch(m.text):
            kept.append(m)
            continue
        start = before.start("letters")
        # The letters tagged apart ("PD" GPE) go into the person's mention.
        if (
            kept
            and kept[-1].end > start
            and (kept[-1].start, kept[-1].end) != (start, before.end("letters"))
        ):
            kept.append(m)  # another name reaches over the letters
            continue
        name = text[start : m.end]
        if not _a_person(text, name, m.end, known, firms, shape):
            kept.append(m)
            continue
        if kept and kept[-1].start == start:
            kept.pop()
        kept.append(replace(m, text=name, start=start, label="PERSON"))
    return kept


def people_by_initials_shape(
    text: str, mentions: Sequence[RawMention], known: Callable[[str], bool]
) -> None:
    """Set the cue of each mention of initials and a surname that the model tagged a firm,
    place, work or product, and that no cue showed as anything, to PERSON ("an interview with
    JK Rowling", ORG)."""
    firms = _firms(mentions)
    for m in mentions:
        if m.label in _SLIPS and not m.cue and _a_person(text, m.text, m.end, known, firms):
            m.cue = "PERSON"
