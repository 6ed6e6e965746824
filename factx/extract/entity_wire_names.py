"""Wire news's firms with their "of" and peoples joined by a hyphen (round r43-conll, from the
even-numbered CoNLL-2003 dev documents' errors).

- `firms_around_their_of`: a firm's legal word ("Inc", "Corp", "Ltd", "Plc", ...) closes its
  name. Before "of <Place>" the place is where the firm is, no word of its name ("Daniels
  Pharmaceuticals Inc of St. Petersburg", "Northern Foods Plc of Hull"): the firm's mention is
  cut at the legal word (and a dangling "of" after it), and the place is added, GPE, where no
  mention holds it. After "of <Place>" the legal word ends the name the place is part of
  ("Gold Fields of South Africa Ltd", "Anglo American Corp of South Africa Ltd"): the mention
  before "of" is grown to the legal word, ORG, and the mentions inside give way.
- `peoples_joined_by_hyphens`: two or three nationality words joined by hyphens ("Arab-Israeli
  peace talks", "German-Israeli relations", "the Israeli-Palestinian conflict") are one
  people's word, NORP, as "Anglo-Swedish" is in the hand checks; the model tags each part, or
  one part and nothing for the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.evidence import demonyms, nationalities

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_LEGAL = r"(?:Inc|Corp|Co|Ltd|Plc|PLC|plc|LLC|Limited|AG|SA|NV|GmbH)\.?"
# A place's word: capitalised, no legal word ("South Africa", not "South Africa Ltd").
_PLACE = rf"(?!{_LEGAL}(?![\w-]))[A-Z][\w.'’-]*"
_PLACES = rf"{_PLACE}(?: {_PLACE}){{0,2}}"
# An ORG mention closing with a legal word and "of", or "of" and a place, after it.
_LEGAL_OF = re.compile(rf"^(?P<firm>.+? {_LEGAL}) of(?: (?P<place>{_PLACES}))?$")
_ENDS_LEGAL = re.compile(rf" {_LEGAL}$")
# What may follow a firm's mention: "of", a place and a legal word ending the name.
_OF_PLACE_LEGAL = re.compile(rf" of (?P<place>{_PLACES}) {_LEGAL}(?![\w-])")
_OF_PLACE = re.compile(rf" of (?P<place>{_PLACES})")
_LEGAL_AFTER = re.compile(rf" {_LEGAL}(?![\w-])")


def firms_around_their_of(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    is_country: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, with a firm's legal word ending its name around an "of": "Daniels
    Pharmaceuticals Inc of St. Petersburg" cut to the firm (the place added, GPE), "Gold Fields"
    before "of South Africa Ltd" grown to the whole firm, ORG. `add` makes a mention of a
    layout's span, label and cue (`entities._added`); `is_country` says whether words name a
    country."""
    if " of " not in text:
        return list(mentions)
    result = list(mentions)
    for m in mentions:
        if m.label not in ("ORG", "PERSON"):
            continue
        if text.startswith(" of ", m.end):
            grown = _OF_PLACE_LEGAL.match(text, m.end)
            if grown is not None:
                end = grown.end()
                inside = [o for o in result if o is not m and m.start <= o.start < end]
                # The words after "of" a country ("of South Africa Ltd"), not a firm a person
                # works for ("Ralph Bloch of Raymond James Inc").
                if is_country(grown.group("place")) and all(o.end <= end for o in inside):
                    result = [o for o in result if o not in inside]
                    result[result.index(m)] = replace(
                        m, text=text[m.start : end], end=end, label="ORG", cue="ORG"
                    )
            elif m.label == "ORG" and _ENDS_LEGAL.search(m.text):
                result = _with_place(text, result, layouts, add, m.end)  # "Plc" + "of Hull"
        elif m.label == "ORG" and (legal := _LEGAL_AFTER.match(text, m.end)) is not None:
            # "Royal Bank of Scotland Group" + " plc of Edinburgh": the legal word outside the
            # mention (the key's suffix) ends the name all the same.
            if text.startswith(" of ", legal.end()):
                result = _with_place(text, result, layouts, add, legal.end())
        elif m.label == "ORG" and " of" in m.text:
            found = _LEGAL_OF.match(m.text)
            if found is None:
                continue
            if found.group("place") is not None and _LEGAL_AFTER.match(text, m.end):
                continue  # "... Corp of South" + " Africa Ltd": the place is the name's
            end = m.start + found.end("firm")
            result[result.index(m)] = replace(m, text=text[m.start : end], end=end)
            result = _with_place(text, result, layouts, add, end)
    return sorted(result, key=lambda m: m.start)


def _with_place(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder, at: int
) -> list[RawMention]:
    """The mentions, with the place after a firm's "of" at `at` added, GPE, where no mention
    holds it and no legal word follows it; a mention of just the place the model read as a firm
    or a person is the place ("The Royal Bank of Scotland Group plc of Edinburgh": `Edinburgh`
    ORG, the lead's probe of the merge)."""
    found = _OF_PLACE.match(text, at)
    if found is None or _LEGAL_AFTER.match(text, found.end()):
        return mentions
    start, end = found.span("place")
    if any(o.start < end and start < o.end for o in mentions):
        return [
            replace(o, label="GPE", cue="GPE")
            if (o.start, o.end) == (start, end) and o.label in ("ORG", "PERSON")
            else o
            for o in mentions
        ]
    layout = next((la for la in layouts if la.offset <= start < la.end), None)
    if layout is None:
        return mentions
    return [*mentions, add(text, layout, start, end, "GPE", "GPE")]


@cache
def _peoples() -> frozenset[str]:
    """Nationality words, in lower case: "arab", "israeli", "german"."""
    return demonyms() | frozenset(w.casefold() for w in nationalities())


# Two or three nationality words joined by hyphens, not run on into another word.
_JOINED_PEOPLES = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+){1,2}(?![\w-])")


def peoples_joined_by_hyphens(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with "Arab-Israeli" (nationality words joined by hyphens) one NORP mention:
    the mentions of its parts give way to it, or it is added where no mention holds it."""
    if not any(
        m.label == "NORP" and "-" in (text[m.end : m.end + 1], text[m.start - 1 : m.start])
        for m in mentions
    ):
        return list(mentions)
    result = list(mentions)
    for layout in layouts:
        if "-" not in text[layout.offset : layout.end]:
            continue
        for found in _JOINED_PEOPLES.finditer(text, layout.offset, layout.end):
            if not all(w.casefold() in _peoples() for w in found.group().split("-")):
                continue
            start, end = found.span()
            inside = [m for m in result if m.start < end and start < m.end]
            if any(m.start < start or m.end > end for m in inside):
                continue  # a mention running out of the word: not this rule's to mend
            if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
                continue
            result = [m for m in result if m not in inside]
            result.append(add(text, layout, start, end, "NORP", "NORP"))
    return sorted(result, key=lambda m: m.start)
