"""Players' and people's names that a quote's brackets, a team sheet's initial or a surname's
lower-case particle cut (round r47-sport, seeds 148-150's "Rules these errors suggest").

- `bracketed_surnames_in_quotes`: an editor completes a first name in quoted speech with the
  surname in round brackets ("Pierre (Berbizier) has put together the best team", "Even Denzel
  (Washington), he's getting $20m"); the model reads the two apart, the surname often a place
  (`Washington` GPE) or leaves one out. A common first name followed by one or two capitalised
  words in brackets, inside a quotation, is one person: the mention grows over both. Not a
  country in the brackets ("Maria (Spain)": a player's nation), and not outside a quote
  ("Mauresmo (France)" on a results line).
- `sheet_initials_a`: on a team sheet's line of three or more "<Initial> <Surname> (<Club>)"
  items the initial "A" is a player's initial as "R" and "L" are; the model cuts it off ("A
  Rossi (Viadana)" gives `Rossi`) or reads the surname a club (`Scott` ORG). The surname's
  mention grows over the "A", PERSON. "A" opening prose is left alone: the sheet's shape is
  required.
- `surnames_after_a_particle`: a surname with a lower-case particle ("Paolo dal Bello", "Luigi
  del Neri", "Robin van Persie") is one name; the model sometimes ends it at the first name
  (`Paolo` GPE). A one-word mention followed by a particle and a capitalised word grows over
  both, PERSON, where the first word is a common first name. Not before a lower-case word ("de
  facto"), and not where the whole is a known place ("Rio de Janeiro") or ends in a country.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_bodies import with_grown
from factx.extract.evidence import country_keys
from factx.extract.first_names import first_names
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_BRACKETED = re.compile(r" \(([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\)")
_FIRST_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) \($")
_QUOTES = re.compile(r"[\"“”]")


def _in_quote(text: str, at: int) -> bool:
    """Whether text[at] stands inside a quotation of its paragraph (an odd count of quotation
    marks between the paragraph's start and it)."""
    start = text.rfind("\n", 0, at) + 1
    return len(_QUOTES.findall(text, start, at)) % 2 == 1


def _no_country(words: str) -> bool:
    return words.casefold() not in country_keys(str.casefold)


def bracketed_surnames_in_quotes(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each "<First> (<Surname>)" in quoted speech one PERSON mention."""
    if " (" not in text:
        return mentions
    grown: list[tuple[int, RawMention]] = []
    for i, m in enumerate(mentions):
        start = end = -1
        if m.text.casefold() in first_names() and m.text[:1].isupper() and m.text.isalpha():
            found = _BRACKETED.match(text, m.end)
            if found is not None and _no_country(found.group(1)):
                start, end = m.start, found.end()
        elif text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")":
            first = _FIRST_BEFORE.search(text, max(0, m.start - 20), m.start)
            if (
                first is not None
                and first.group(1).casefold() in first_names()
                and _BRACKETED.fullmatch(text, first.end(1), m.end + 1) is not None
                and _no_country(m.text)
            ):
                start, end = first.start(1), m.end + 1
        if start < 0 or not _in_quote(text, start):
            continue
        if any(g.start <= start < g.end for _, g in grown):
            continue
        whole = replace(m, text=text[start:end], start=start, end=end, label="PERSON", cue="PERSON")
        grown.append((i, whole))
    return with_grown(mentions, grown)


_SHEET_ITEM = re.compile(r"(?:^|[,;] )[A-Z] [A-Z][\w'’-]+ \(", re.MULTILINE)
_A_BEFORE = re.compile(r"(?:^|[,;] )A $", re.MULTILINE)


def sheet_initials_a(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each surname after a sheet's initial "A" grown over it, PERSON."""
    grown: list[tuple[int, RawMention]] = []
    for i, m in enumerate(mentions):
        if " " in m.text or not m.text[:1].isupper() or text[m.end : m.end + 2] != " (":
            continue
        if _A_BEFORE.search(text, max(0, m.start - 4), m.start) is None:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if len(_SHEET_ITEM.findall(line)) < 3:
            continue
        start = m.start - 2
        grown.append(
            (i, replace(m, text=text[start : m.end], start=start, label="PERSON", cue="PERSON"))
        )
    return with_grown(mentions, grown)


_PARTICLE_NAME = re.compile(
    r" (?:dal|del|della|dello|de|di|da|van|von|der|du|dos|das|den|ten|ter)"
    r"(?: (?:der|den|la|le))? [A-Z][\w'’-]+"
)


def surnames_after_a_particle(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each first name cut before "<particle> <Surname>" grown over the two."""
    grown: list[tuple[int, RawMention]] = []
    for i, m in enumerate(mentions):
        if " " in m.text or m.text.casefold() not in first_names():
            continue
        found = _PARTICLE_NAME.match(text, m.end)
        if found is None:
            continue
        whole_text = text[m.start : found.end()]
        if known_place(whole_text) or not _no_country(found.group().split()[-1]):
            continue
        whole = replace(m, text=whole_text, end=found.end(), label="PERSON", cue="PERSON")
        grown.append((i, whole))
    return with_grown(mentions, grown)
