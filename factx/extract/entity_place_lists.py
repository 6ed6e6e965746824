"""A list of names after a place's word is a list of places (round r50-places).

- `place_lists`: the Lee hand check's sheets D and F found towns in such lists read as people
  and firms, and the cluster's PERSON majority spreading over the one the model tagged GPE:
  "left large areas around Tamworth, Gunnedah and Quirindi without electricity" (three PERSON),
  "natural disaster areas in Campbeltown, Hornsby, Warringah and Kurringai" (GPE, GPE, ORG,
  PERSON), "around Hornsby, St Ives, Turramurra and Frenches Forest" (GPE, ORG, ORG, ORG), "as
  far inland as Mudgee, Narromine and Kempsey" (GPE, ORG, PERSON). `lists.city_lists` reads only
  lists whose every member a place list knows, which country towns seldom are. Here a list of
  two names or more (commas and "and") right after a place's word is a list of places: after
  "areas|suburbs|towns|districts|shires|communities around|in|near|of|such as|including", "as far
  (inland|north|...) as", "around" or "near", every member; after a bare "in", "from" or
  "at", only where the model (or an earlier cue) makes at least half the members GPE
  ("in Heathcote and Engadine"). Each member the model tags PERSON, ORG, NORP, FAC or PRODUCT
  takes GPE, and the model's GPE members keep theirs as a cue (no person's majority outvotes
  them). Left alone: a list any member of which opens with a common first name ("around John
  Smith and Mary Jones"), is one ("Warren"), is the last word of a person the model names in
  full ("Elizabeth Warren" ... "the clash between Warren and White", PolNeAR's
  wash-post_2016-10-15, whence "between" was dropped from the prepositions), or carries another
  cue (a firm's, a person's); a member of more than three words; "shares in Qantas and Telstra"
  (a bare "in" with no GPE member); after a bare "in", a list in an article of sides ("in
  Chelsea and Arsenal": a TEAM cue anywhere), one joined by commas alone ("in Indonesia,
  Downing Street said", the even half's politics/208) and one whose member owns something ("in
  London and Public Enemy's Fight The Power", the odd half's entertainment/107).

Guarded by the words in the text before any mention is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names, person_by_first_name
from factx.extract.lists import lists

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The words before a list that make it a list of places whatever the model says.
_PLACES_BEFORE = re.compile(
    r"(?:\b(?:areas?|suburbs?|towns?|townships?|villages?|districts?|shires?|communities|"
    r"centres|regions?|localities|parts) (?:around|in|near|of|such as|including|like)"
    r"|\bas far (?:inland |north |south |east |west |afield |away )?as"
    r"|\b(?:[Aa]round|[Nn]ear|[Nn]earby)) $"
)
# The words before a list that make it one of places where the model says so of half of it.
_WHERE_BEFORE = re.compile(r"\b(?:[Ii]n|[Ff]rom|[Aa]t) $")
_SHIFTED = frozenset({"PERSON", "ORG", "NORP", "FAC", "PRODUCT"})
# A member of a place list: one to three capitalised words, no digit, no "&".
_MEMBER = re.compile(r"[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){0,2}")
_WORDS = re.compile(
    r"\b(?:[Aa]reas?|suburbs?|towns?|districts?|shires?|as far)\b"
    r"|\b(?:[Aa]round|[Nn]ear|[Ii]n|[Ff]rom|[Aa]t) [A-Z]"
)


def place_lists(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the members of a list after a place's word to be given GPE (the module's
    doc, `place_lists`)."""
    if not _WORDS.search(text):
        return
    sport = any(m.cue == "TEAM" for m in mentions)  # "in Chelsea and Arsenal": clubs
    # The last words of the people the model names in full: "Elizabeth Warren" ... "the clash
    # between Warren and White" (PolNeAR's wash-post_2016-10-15, tagged GPE once).
    surnames = {m.text.rsplit(" ", 1)[1] for m in mentions if m.label == "PERSON" and " " in m.text}
    for run in lists(text, mentions, 2):
        first = mentions[run[0]]
        before = text[max(0, first.start - 40) : first.start]
        strong = _PLACES_BEFORE.search(before) is not None
        if not strong and not _WHERE_BEFORE.search(before):
            continue
        members = [mentions[i] for i in run]
        last_join = text[members[-2].end : members[-1].start]
        if not strong and " and " not in last_join and " or " not in last_join:
            continue  # "in Indonesia, Downing Street said": a clause's subject, no list
        if any(re.match(r"['’]", text[m.end : m.end + 1]) for m in members):
            continue  # "in London and Public Enemy's Fight The Power": an owner, no place
        if not all(_a_member(m, surnames) for m in members):
            continue
        placed = sum(m.label in ("GPE", "LOC") or m.cue == "GPE" for m in members)
        if not strong and (sport or 2 * placed < len(members)):
            continue  # "shares in Qantas and Telstra": firms
        if all(m.label in ("GPE", "LOC") for m in members):
            continue  # the model's places: nothing to mend
        yield from (i for i in run if mentions[i].label != "LOC")


def _a_member(m: RawMention, surnames: set[str]) -> bool:
    """Whether `m` may stand in a list of places: the model's LOC ("and the Richmond Valley": a
    region may end the list, and keeps its label), or one to three capitalised words of a label
    a town slips to, with no other cue, no first name's look and no surname of a person the
    article names in full."""
    if m.label == "LOC":
        return True
    return (
        m.cue in ("", "GPE")
        and _MEMBER.fullmatch(m.text) is not None
        and m.label in _SHIFTED | {"GPE"}
        and not person_by_first_name(m.text)
        and m.text.casefold() not in first_names()
        and m.text not in surnames
    )
