"""A name-shaped member of a list of people that the model left out, or cut, is a person.

Wire news lists people by the line: a squad ("Romesh Kaluwitharana , Asanka Gurusinha ,
Aravinda de Silva ,"), a leaderboard ("Green , Jerry Kelly , Tim Simpson , Olin Browne , Shane
Bortsch ,"), a team's riders in brackets ("Germany ( Guido Fulst , Danilo Hondo , Thorsten Rund
, Heiko Szonn )"), a side's surnames ("Given , Breen , Staunton , Irwin , McAteer"). The small
model tags most members PERSON and skips one here and there, or keeps only a member's surname
("Muthiah Muralitharan" -> `Muralitharan`). Round r52-conll found the shape in five of the
even-numbered CoNLL-2003 dev documents (a golf leaderboard, two cricket squads, a soccer
line-up, a cycling team list, athletics results).

A list here is a run of members parted by commas (or "and") inside one bracket level and one
line, or lines the wire wraps after a comma. Where at least three members are each exactly a
PERSON mention, no fewer than those exactly a mention of another label, and every other member
but the first (a sentence's lead-in) name-shaped (one to four capitalised words, a surname
particle such as "de" or "van" allowed), each member that is name-shaped becomes a person:
- a member no mention and no other fact covers is added, PERSON;
- a member whose one mention is a PERSON ending with it ("Muthiah [Muralitharan]") is grown to
  the member whole.
A member another label holds is left as it is (a place or a club may stand in a list of
players: "Jones , Smith , Leeds"), and so is one that is not name-shaped ("the coach", "64").
A member that is a known place or world city counts as another label's, whatever the model
said, and is never added: the model, reading a paragraph, may tag a run of towns PERSON
("visiting Manchester, Liverpool, Leicester, Somerset, Reading"), which is a list of places
that `entity_place_lists` mends, not a list of people to grow.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.place_names import known_place
from factx.extract.spans import SpanIndex
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A member: the text between two separators (a comma, a bracket, a line's ends), less a
# leading "and".
_SEPARATOR = re.compile(r"[,()\n;:]| (?:and|&) ")
_AND = re.compile(r"(?:and|&) ", re.IGNORECASE)
# A name: one to four capitalised words (title case, not all capitals: "USA", "NIC" are no
# person's), surname particles between them.
_WORD = r"(?:[A-Z][a-z][\w'’.-]*|[A-Z]['’][A-Z][a-z][\w'’-]*|Mc[A-Z][a-z]+)"
_PARTICLE = r"(?:de|da|di|du|del|della|den|der|van|von|le|la|al-|bin|dos|das)"
_NAME = re.compile(rf"{_WORD}(?: (?:{_PARTICLE} )?{_WORD}){{0,3}}")
_MIN_PEOPLE = 3


def people_in_lists(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with the name-shaped members of a list of people that the model left out
    added and those it cut to a surname grown, PERSON (see the module docstring). `add` makes
    a mention of a layout's span, label and cue (`entities._added`)."""
    if text.count(",") < 2 * _MIN_PEOPLE - 2:
        return list(mentions)
    by_span = {(m.start, m.end): m for m in mentions}
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    others = SpanIndex(list(taken))
    found: list[RawMention] = []
    grown: dict[int, RawMention] = {}
    for block_start, block_end in _blocks(text, layouts):
        for members in _lists(text, block_start, block_end):
            if not _of_people(text, members, by_span):
                continue
            for start, end in members:
                if (
                    (start, end) in by_span
                    or not _NAME.fullmatch(text, start, end)
                    or _a_place(text[start:end])
                ):
                    continue
                inside = [m for m in mentions if m.start < end and start < m.end]
                if not inside and not covered.overlaps(start, end):
                    layout = next((la for la in layouts if la.offset <= start < la.end), None)
                    if layout is not None:
                        found.append(add(text, layout, start, end, "PERSON", "PERSON"))
                elif (
                    len(inside) == 1
                    and inside[0].label == "PERSON"
                    and inside[0].end == end
                    and inside[0].start > start
                    and not others.overlaps(start, inside[0].start)
                ):
                    old = inside[0]
                    grown[id(old)] = replace(old, text=text[start:end], start=start)
    if not found and not grown:
        return list(mentions)
    kept = [grown.get(id(m), m) for m in mentions]
    return sorted([*kept, *found], key=lambda m: m.start)


def _blocks(text: str, layouts: Sequence[Layout]) -> list[tuple[int, int]]:
    """The paragraphs' spans, a paragraph ending at a comma joined to the next: a list the
    wire wraps over lines ("Stuart Law , Glenn McGrath , Ricky" / "Ponting , Michael Slater")."""
    blocks: list[tuple[int, int]] = []
    for layout in layouts:
        if blocks and text[blocks[-1][0] : blocks[-1][1]].rstrip().endswith(","):
            blocks[-1] = (blocks[-1][0], layout.end)
        else:
            blocks.append((layout.offset, layout.end))
    return blocks


def _of_people(
    text: str, members: list[tuple[int, int]], by_span: dict[tuple[int, int], RawMention]
) -> bool:
    """Whether a run of members is a list of people: three or more members each exactly a
    PERSON mention, no fewer than those exactly a mention of another label, and every other
    member name-shaped but the first (a sentence's lead-in: "Guests included Tom Smith")."""
    people = other = 0
    for number, (start, end) in enumerate(members):
        mention = by_span.get((start, end))
        if mention is not None:
            person = mention.label == "PERSON" and not _a_place(mention.text)
            people += person
            other += not person
        elif number and not _NAME.fullmatch(text, start, end):
            return False
    return people >= _MIN_PEOPLE and people >= other


def _a_place(name: str) -> bool:
    """Whether a member is a place's name the house knows ("Leicester", "Reading")."""
    return known_place(name) or world_city(name)


def _lists(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """The runs of members inside text[start:end]: a bracket opens a run of its own and closes
    it; a comma, a semicolon or "and" parts two members of one run."""
    runs: list[list[tuple[int, int]]] = [[]]
    position = start
    for mark in [*_SEPARATOR.finditer(text, start, end), None]:
        stop = mark.start() if mark else end
        member = _member(text, position, stop)
        if member:
            runs[-1].append(member)
        if mark is None:
            break
        if mark.group() in ("(", ")", ":", ";") or (
            mark.group() == "\n" and not _after_comma(text, start, mark.start())
        ):
            runs.append([])  # a bracket, a colon or a line not ending at a comma ends a run
        position = mark.end()
    return [run for run in runs if len(run) >= _MIN_PEOPLE]


def _after_comma(text: str, start: int, at: int) -> bool:
    """Whether the last mark before `at` (spaces and line breaks aside) is a comma."""
    while at > start and text[at - 1].isspace():
        at -= 1
    return at > start and text[at - 1] == ","


def _member(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A member's span, its spaces, a full stop and a leading "and" left out; None for an
    empty one."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1  # the list's full stop: "Bo Yates ."
    joined = _AND.match(text, start, end)
    if joined:
        start = joined.end()
    return (start, end) if start < end else None
