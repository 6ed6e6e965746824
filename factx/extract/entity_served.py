"""Bodies and meetings named for what they serve, which the model cuts at their "for" or "on".

- A body's or a meeting's name that ends in its kind word and goes on with "for" or "on" and a
  name is one name: the model tags "the UN Economic Commission" ORG and "Latin America" LOC in
  "the UN Economic Commission for Latin America", and "World Summit" and "the Information
  Society" apart in "the World Summit on the Information Society". The kind words are data
  (`bodies_before_for` in `factx/data/entities.json`), one list per word. Not over a person
  ("the Campaign for Tony Benn"); after "on", not over a place or a people ("the Security
  Council on Iran"), nor over a possessive ("the committee on Iran's plans").
- A place the model glued to the end of the name served ("the Information Society in Tunis")
  is no part of it: where the article names that place elsewhere, or it is a country or a
  region, it is cut off and kept as a place.
- A field the model tagged alone after the "and" of a body named for one field is the body's
  second field: "the Department for Education and Skills" (the model's "Skills" ORG). The
  fields are data (`served_fields`): a firm after a body is no such word ("the Institute for
  Fiscal Studies and Deloitte").
- A body's kind and its "for" the model left out before the name it tagged are the body's:
  "Campaign for Borders Rail" (the model's "Borders Rail"), "The Alliance for Digital
  Inclusion" (the model's "Digital Inclusion"), "The Commission for Africa's report" (the
  model's "Africa" LOC).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.acronyms import abbreviates, introduced
from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# What a body serves, after its "for" or "on": a name, maybe after "the".
_SERVED = re.compile(r"(?:the |The )?[A-Z]")
# A place glued after the name served: " in Tunis", " in Cape Town" (one to three words).
_GLUED_PLACE = re.compile(r" in ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})$")
# A body's kind and its "for" right before a name the model tagged without them, with the
# capitalised words of the body's name before its kind and its "the": "Peruvian Centre for",
# "The Alliance for".
_KIND_FOR = re.compile(r"(?<![\w'’-])(?:(?:the|The) )?(?:[A-Z][\w'’-]* )*?([A-Z][a-z]+) for $")
# A body's kind and its joining word inside a name: "Summit on ", "Commission for ".
_KIND_JOINED = re.compile(r"\b([A-Z][a-z]+) (for|on) ")
# A body's name that ends in its "for", "of" or "on" and one field: "Department for Education";
# or a list of fields so far, over its commas: "Department for Culture, Media".
_ONE_FIELD = re.compile(r"[A-Z][a-z]+ (?:for|of|on) [A-Z][a-z]+(?:, [A-Z][a-z]+)*$")
# What follows a field inside a list of three or more: its "and" or a comma, then a capital.
_LIST_GOES_ON = re.compile(r"(?: and |, )[A-Z]")
# How far back a body's kind and the words before it may start.
_LOOK_BACK = 60
# Labels a body's name keeps where the model gave them to its first part; else it is an ORG.
_OWN_LABELS = frozenset({"ORG", "EVENT", "LAW"})
# What follows "on" in a meeting's or a body's name: a topic, no place nor people.
_NOT_TOPICS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


@cache
def _kinds() -> dict[str, frozenset[str]]:
    """The kind words before each joining word, keyed by that word with its spaces (" for ")."""
    table = data_file("entities.json")["bodies_before_for"]
    return {f" {word} ": frozenset(kinds) for word, kinds in table.items()}


def _served(text: str, body: RawMention, m: RawMention) -> bool:
    """Whether m, after `body`'s "for" or "on", names what the body serves."""
    between = text[body.end : m.start]
    kinds = _kinds().get(between)
    if kinds is None or body.paragraph != m.paragraph:
        return False
    if body.text.rsplit(" ", 1)[-1] not in kinds or "PERSON" in (body.label, m.label):
        return False
    if not _SERVED.match(m.text) or person_by_first_name(m.text):
        return False
    if between == " on ":
        return m.label not in _NOT_TOPICS and not text.startswith(("'s", "’s"), m.end)
    return True


@cache
def _fields() -> frozenset[str]:
    return frozenset(data_file("entities.json")["served_fields"])


def _second_field(text: str, body: RawMention, m: RawMention) -> bool:
    """Whether m, one word after `body`'s "and", is the second of the two fields the body
    serves: "the Department for Education and Skills" (the model's "Skills" ORG alone), not
    a firm after a body ("the Institute for Fiscal Studies and Deloitte"). So too a field after
    a comma, inside a list of fields that goes on to its "and": "the Department for Culture,
    Media and Sport" (the model's "Department for Culture", "Media" and "Sport", round
    r36-govt)."""
    between = text[body.end : m.start]
    listed = between == ", " and _LIST_GOES_ON.match(text, m.end) is not None
    return (
        body.paragraph == m.paragraph
        and (between == " and " or listed)
        and m.text in _fields()
        and _ONE_FIELD.search(body.text) is not None
    )


def _places(mentions: list[RawMention], key: Callable[[str], str]) -> frozenset[str]:
    """The keys of the names the model tagged a place in the article."""
    return frozenset(key(m.text) for m in mentions if m.label in ("GPE", "LOC"))


def _parted_place(
    joined: RawMention, places: frozenset[str], key: Callable[[str], str]
) -> list[RawMention]:
    """The joined name, and the place glued to its end as a mention of its own, if any."""
    found = _GLUED_PLACE.search(joined.text)
    if found is None:
        return [joined]
    place = found.group(1)
    if not (known_place(place) or key(place) in places):
        return [joined]  # "the Centre for Research in Social Policy": a topic, no place
    cut = joined.start + found.start()
    at = joined.start + found.start(1)
    name = replace(joined, text=joined.text[: found.start()], end=cut)
    return [name, replace(joined, text=place, start=at, label="GPE", cue="GPE")]


def _grown(text: str, m: RawMention, last_end: int) -> RawMention:
    """m with a body's kind and its "for" the model left out before it, if any."""
    if m.label == "PERSON" or not _SERVED.match(m.text):
        return m
    window = max(m.start - _LOOK_BACK, last_end, 0)
    found = _KIND_FOR.search(text, window, m.start)
    if found is None or found.group(1) not in _kinds()[" for "]:
        return m
    if "\n" in found.group():
        return m
    return replace(m, text=text[found.start() : m.end], start=found.start(), label="ORG",
                   cue="ORG")  # fmt: skip


def bodies_cut_at_for(
    text: str, mentions: list[RawMention], key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions (in article order), bodies and meetings cut at their "for" or "on" made
    whole; `key` is the entities' key of a name."""
    places = _places(mentions, key)
    result: list[RawMention] = []
    for m in mentions:
        last = result[-1] if result else None
        if last is not None and _second_field(text, last, m):
            result[-1] = replace(last, text=text[last.start : m.end], end=m.end, label="ORG",
                                 cue="ORG")  # fmt: skip
            continue
        if last is not None and _served(text, last, m):
            label = last.label if last.label in _OWN_LABELS else "ORG"
            joined = replace(last, text=text[last.start : m.end], end=m.end, label=label,
                             cue=label)  # fmt: skip
            result[-1] = joined
            continue
        result.append(_grown(text, m, last.end if last is not None else 0))
    return [part for m in result for part in _parted(m, places, key)]


def _parted(m: RawMention, places: frozenset[str], key: Callable[[str], str]) -> list[RawMention]:
    """m, and a place glued to the end of the name a body serves, if m is such a name."""
    found = _KIND_JOINED.search(m.text)
    if found is None or found.group(1) not in _kinds().get(f" {found.group(2)} ", ()):
        return [m]
    return _parted_place(m, places, key)


# A research body named for a list of fields, before the university that holds it: "the Centre
# for Vision, Speech and Signal Processing at the University of Surrey" (round r36-govt).
_FIELD = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
_LISTED_CENTRE = re.compile(
    rf"(?<![\w'’-])(?:(?:the|The) )?(?P<name>(?:Centre|Center|Institute|Unit|Laboratory) for "
    rf"(?P<fields>{_FIELD}(?:, {_FIELD})+ and {_FIELD})) at (?:the )?(?:[A-Z][\w'’-]* )?"
    r"University\b"
)


def listed_centres_whole(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions (sorted by start), each research centre named for a list of fields before
    "at the University" made one ORG: the model cuts "the Centre for Vision, Speech and Signal
    Processing at the University of Surrey" at its commas and its "and" ("Centre for Vision"
    FAC, "Speech" ORG, "Signal Processing" PERSON), though a list of capitalised fields
    between a centre's "for" and its university names one body. Not where a field opens with
    a person's first name, nor over a mention reaching out of the name."""
    result = list(mentions)
    for found in _LISTED_CENTRE.finditer(text):
        fields = re.split(r", | and ", found.group("fields"))
        if "\n" in found.group() or any(person_by_first_name(f) for f in fields):
            continue
        start, end = found.span("name")
        inside = [m for m in result if m.start < end and start < m.end]
        if not inside or any(m.start < found.start() or m.end > end for m in inside):
            continue
        result = whole_over(text, result, inside, start, end)
    return result


def whole_over(
    text: str, result: list[RawMention], inside: list[RawMention], start: int, end: int
) -> list[RawMention]:
    """`result` with the mentions `inside` text[start:end] made one ORG there, in the first's
    place and from its start if it opens earlier (its "the"); shared with `entity_regiments`."""
    first = inside[0]
    start = min(start, first.start)
    whole = replace(first, text=text[start:end], start=start, end=end, label="ORG", cue="ORG")
    at = result.index(first)
    kept = [m for m in result if m not in inside]
    kept.insert(at, whole)
    return kept


# The rest of a body's list of fields that the model left out after its first one or two: ",
# Media and Sport" of "the Department for Culture, Media and Sport", ", Food and Rural Affairs".
_REST_OF_FIELDS = re.compile(
    r"(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)*,? and [A-Z][a-z]+(?: [A-Z][a-z]+)?(?![\w'’-]| [A-Z])"
)
# The kind words of such a body, one test of the text each before any mention is read.
_FIELD_BODY_KINDS = ("Department ", "Ministry ", "Office ")
# A government body named for its fields: "Department for Culture", "Ministry of Agriculture".
_FIELD_BODY = re.compile(r"\b(?:Department|Ministry|Office) (?:for|of) [A-Z][a-z]+(?:, [A-Z]|$)")


def listed_fields_whole(
    text: str,
    mentions: list[RawMention],
    short_forms: dict[str, str],
    key: Callable[[str], str],
) -> list[RawMention]:
    """The mentions (in article order), each department named for a list of fields made whole
    through the list's "and": the model cuts "the Department for Culture, Media and Sport" at
    its first comma ("Department for Culture, Media" ORG) and tags neither "Media" nor "Sport"
    (seed 130; `bodies_cut_at_for` joins the fields only where the model tagged them). The
    fields are `served_fields` words ("Media", "Sport", "Rural Affairs"); not over another
    mention, nor into a longer capitalised name ("and Sport England"). A short form in brackets
    after the whole name ("(DCMS)") is keyed to it in `short_forms` (the article's short forms
    were read before, on the cut name, whose initials it does not spell). Guarded by a test of
    the text for a comma and the kind words."""
    if ", " not in text or not any(kind in text for kind in _FIELD_BODY_KINDS):
        return mentions
    result = list(mentions)
    for index, m in enumerate(mentions):
        if m.label not in ("ORG", "FAC") or _FIELD_BODY.search(m.text) is None:
            continue
        found = _REST_OF_FIELDS.match(text, m.end)
        if found is None or "\n" in found.group():
            continue
        fields = re.split(r", and |, | and ", found.group().lstrip(", "))
        if not all(f.split()[-1] in _fields() for f in fields if f):
            continue
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        if after is not None and after.start < found.end():
            continue
        end = found.end()
        result[index] = replace(m, text=text[m.start : end], end=end, label="ORG", cue="ORG")
        place = introduced(text, end)
        if place is not None and abbreviates(
            short := text[place[0] : place[1]], text[m.start : end]
        ):
            short_forms.setdefault(key(short), key(text[m.start : end]))
    return result
