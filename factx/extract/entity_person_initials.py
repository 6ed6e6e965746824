"""A person called by the initials of a name is that person, not a body (round r49b-misc).

- `people_by_their_initials`: a run of three or four capitals the model tags ORG or PERSON,
  with no "the" before it, whose letters are the initials of the words of a person the article
  names in full (first name, any middle or maiden names, surname; a short first name counts by
  its formal form, `aliases.json`'s `nicknames`: Bill is William, so "WJC" is William Jefferson
  Clinton's) is that person, PERSON, and a mention of the full name. Where no person of the
  article has those initials, a closed list of presidents', candidates' and leaders' initials
  that the news uses as their names ("JFK", "LBJ", "FDR", "RFK", "MLK", "HRC", "WJC") is
  PERSON, and a mention of the one person of the article whose first and last initials they
  are ("HRC" of "Hillary Clinton", "WJC" of "Bill Clinton" by William), or of nobody where two
  or none are. PolNeAR sheet E: '"They know POTUS and HRC emailed"' and '"Oddly, WJC does not
  have to sign"' gave `HRC` and `WJC` ORG (the model's), and the model's right `JFK` PERSON was
  made ORG by the cue `body by its initials` (`entities.json`: three to six capitals tagged
  PERSON are a body's), which this outvotes. Left alone: a body's initials after "the" ("the
  HRC" of the Human Rights Campaign, "the BBC"), initials the article gives in brackets after a
  body's name (`short_forms`), a mention another cue already reads ("the director behind JFK,
  Platoon and ..." is the film by `work after its star or maker`), and a title's letters
  ("POTUS", no person's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_LETTERS = re.compile(r"[A-Z]{3,4}")
_WELL_KNOWN = frozenset({"JFK", "LBJ", "FDR", "RFK", "MLK", "HRC", "WJC"})
_THE_BEFORE = re.compile(r"\b[Tt]he $")
# A person's full name: two to four capitalised words, a middle initial's period allowed.
_FULL_NAME = re.compile(r"[A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?){1,3}")


def _initials(name: str, nicknames: Mapping[str, str]) -> set[str]:
    """The initials of a full name, and those with its first name's formal form."""
    words = name.split()
    letters = "".join(w[0] for w in words)
    found = {letters}
    formal = nicknames.get(words[0].casefold())
    if formal:
        found.add(formal[0].upper() + letters[1:])
    return found


def people_by_their_initials(
    text: str,
    mentions: Sequence[RawMention],
    nicknames: Mapping[str, str],
    name_key: Callable[[str], str],
    short_forms: Mapping[str, str],
) -> Iterator[tuple[int, str | None]]:
    """(index, the key of the person named in full or None) of each mention that is a person
    by the initials (the module's doc)."""
    candidates = [
        i
        for i, m in enumerate(mentions)
        if m.label in ("ORG", "PERSON")
        and _LETTERS.fullmatch(m.text)
        and m.cue in ("", "ORG")
        and not _THE_BEFORE.search(text, max(0, m.start - 4), m.start)
        and name_key(m.text) not in short_forms  # "the Human Rights Campaign (HRC)"
    ]
    if not candidates:
        return
    owners: dict[str, set[str]] = {}
    ends: dict[str, set[str]] = {}  # the first and the last initial: "HC" of "Hillary Clinton"
    for m in mentions:
        if m.label == "PERSON" and _FULL_NAME.fullmatch(m.text):
            for letters in _initials(m.text, nicknames):
                owners.setdefault(letters, set()).add(name_key(m.text))
                ends.setdefault(letters[0] + letters[-1], set()).add(name_key(m.text))
    for i in candidates:
        letters = mentions[i].text
        people = owners.get(letters, set())
        if len(people) == 1:
            yield i, next(iter(people))
        elif not people and letters in _WELL_KNOWN:
            # "HRC" where the article writes "Hillary Clinton": hers, where she is the one
            # person of the article with those first and last initials.
            named = ends.get(letters[0] + letters[-1], set())
            yield i, next(iter(named)) if len(named) == 1 else None
