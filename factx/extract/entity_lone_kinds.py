"""A body's kind word alone is the one body of that kind the article names (round r49d-labels).

- `lone_kinds_to_their_body`: "The European Commission has cleared the deal ... the Commission
  said" (the even half's business/468, `Commission` ORG three times as an entity of its own
  beside `European Commission`), "The Committee to Protect Bloggers ... The Committee said"
  (tech/016), PolNeAR sheet F's "the Department will continue to work closely with the FBI"
  beside `Justice Department`. A capitalised kind word alone ("Commission", "Committee",
  "Department", "Ministry", "Embassy", "Agency", "Bureau", "Court", "Tribunal", with or without
  "the"), every mention of it tagged ORG, joins the one body of the article whose name holds
  that word as its last word or before "of|to|for|on" ("European Court of Justice"): its key
  maps to the body's in `short_forms`. Where the article names two bodies of the kind ("the
  European Commission" and "the Competition Commission") the word stays as it is: which one it
  is, the words do not say. A body's "<X> Department|Ministry" and "Department|Ministry of <X>"
  are one body first ("the Justice Department", "the Department of Justice"), so that they count
  once; they are one body also where the article never writes the kind word alone (the lead,
  after the PolNeAR regrade), and a short form given to the second spelling ("(DOJ)") goes with
  it. Left alone: a kind word the article also writes as a person's surname or names no
  body with ("Margaret Court": a PERSON mention ending in it), and a kind word tagged as
  anything but ORG ("The Office", a sitcom, is no kind word here: "Office" is not listed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_KINDS = frozenset(
    {"Commission", "Committee", "Department", "Ministry", "Embassy", "Agency", "Bureau"}
    | {"Court", "Tribunal"}
)
_LONE = re.compile(r"(?:[Tt]he )?(?P<kind>[A-Z][a-z]+)")
# "<X> Department" and "Department of <X>": one body named both ways.
_SUBJECT_FIRST = re.compile(
    r"(?:[Tt]he )?(?P<subject>[A-Z][\w&' -]*?) (?P<kind>Department|Ministry)"
)
_KIND_FIRST = re.compile(
    r"(?:[Tt]he )?(?P<kind>Department|Ministry) of (?P<subject>[A-Z][\w&' -]*)"
)


def _holds_kind(text: str, kind: str) -> bool:
    """Whether a body's name of several words holds `kind` as its last word or before
    "of|to|for|on" ("European Court of Justice", "Committee to Protect Bloggers")."""
    words = text.split()
    if len(words) < 2 or (len(words) == 2 and words[0] in ("the", "The")):
        return False
    if words[-1] == kind:
        return True
    return any(a == kind and b in ("of", "to", "for", "on") for a, b in pairwise(words))


def lone_kinds_to_their_body(
    mentions: list[RawMention],
    short_forms: dict[str, str],
    name_key: Callable[[str], str],
) -> None:
    """Map the key of each lone kind word to the key of the one body of its kind the article
    names, in `short_forms` (the module's doc)."""
    lone: dict[str, list[RawMention]] = {}
    for m in mentions:
        match = _LONE.fullmatch(m.text)
        if match is not None and match.group("kind") in _KINDS:
            lone.setdefault(match.group("kind"), []).append(m)
    # "the Justice Department" and "the Department of Justice": one body, whether or not the
    # article writes the kind word alone too.
    subjects: dict[tuple[str, str], str] = {}
    for m in mentions:
        if m.label != "ORG" or ("Department" not in m.text and "Ministry" not in m.text):
            continue
        found = _SUBJECT_FIRST.fullmatch(m.text) or _KIND_FIRST.fullmatch(m.text)
        if found is None:
            continue
        key = name_key(m.text)
        pair = (found.group("kind"), found.group("subject").casefold())
        first = subjects.setdefault(pair, key)
        if first != key:
            target = short_forms.setdefault(key, short_forms.get(first, first))
            # "The Justice Department ... the Department of Justice (DOJ)": the short form the
            # article gave the second name goes where that name now goes, or "DOJ" would stand
            # apart as a body of its own (cluster looks a short form up one step only).
            for short, named in list(short_forms.items()):
                if named == key:
                    short_forms[short] = target
    for kind, members in lone.items():
        if any(m.label != "ORG" for m in members):
            continue
        if any(m.label == "PERSON" and m.text.split()[-1] == kind for m in mentions):
            continue  # "Margaret Court": the word is a surname here
        bodies = {
            short_forms.get(name_key(m.text), name_key(m.text))
            for m in mentions
            if m.label == "ORG" and _holds_kind(m.text, kind)
        }
        if len(bodies) == 1:
            short_forms.setdefault(name_key(members[0].text), bodies.pop())
