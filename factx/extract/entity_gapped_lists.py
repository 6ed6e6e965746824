"""Works named in a list the model left gaps in (round r47b-lists, seed 153's tech/280).

"BBC programmes from the previous seven days such as Eastenders, Casualty, Top Gear and
Antiques Roadshow": the model misses `Top Gear`, so `entity_listed_works`, which builds a list
only from mentions that stand next to each other, sees "Eastenders, Casualty" and a lone
"Antiques Roadshow" (PERSON: **a work labelled PERSON**). "New releases initially on offer will
include 50 First dates, Kill Bill: Volume 2, Gothika and The Station Agent": the model misses
the first and the last title, so "Kill Bill: Volume 2, Gothika" has no "and" and is no list for
it, and `Gothika` stays PERSON.

`gapped_works` builds the list from the text: between two mentions it passes over capitalised
members the model missed (", Top Gear and "), and it takes one missed member after the last
mention (", Gothika and The Station Agent." up to a full stop, a comma or a verb) and one before
the first, right after "include|such as|including|like" (where a lower-case word may stand
inside it: "50 First dates"). Where one of the list's mentions is a work by its words (cue
WORK_OF_ART), or the model tagged one WORK_OF_ART and a plural kind of work stands a phrase
before the list (the cues `work in a list whose kind is a phrase back` and `work after its
kind`), every other member is a work: the mentions get the cue and the missed members are added
as works, a name the model found inside one giving way to it ("Raging Bull, Goodfellas and Gangs
of New York": `New York` GPE).

Leaves alone what `entity_listed_works` leaves: a list most of whose mentions the model read
as people, a member some other cue reads, a full name with a common first name, the surname of
a person named in full, a country or known place. A list with no gap is `entity_listed_works`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_screen_titles import made_whole
from factx.extract.evidence import cues
from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_WORK = "WORK_OF_ART"
_TAKERS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", _WORK})
# A title the model missed: capitalised words (digits, a colon's "Kill Bill: Volume 2"), small
# words inside.
_WORD = r"[A-Z0-9][\w'’:!?-]*"
_SMALL = r"(?:of|the|in|on|a|an|to|for|at|with|from)"
_ITEM = rf"(?:[Tt]he |[Aa] )?{_WORD}(?: (?:{_SMALL} )*{_WORD})*"
# Between two mentions: plain joins, or joins with missed members between.
_JOIN = re.compile(r"(?:,|,? and|,? or) (?:[Tt]he |[Aa] )?")
_GAP = re.compile(
    rf", (?:(?P<items>{_ITEM}(?:, {_ITEM})*)(?P<last>,? (?:and|or)|,)) (?:[Tt]he |[Aa] )?"
)
_GAP_ITEM = re.compile(_ITEM)
# After the last mention: "and The Station Agent." up to a stop, a comma or a verb.
_TAIL = re.compile(
    rf",? (?:and|or) (?P<item>{_ITEM})(?=[.,;:!?]|$| (?:will|were|are|was|is|have|has|had|would|"
    r"could|can|among|on|in|at|from)\b)"
)
# Before the first mention: "include 50 First dates, ".
_HEAD = re.compile(
    r"\b(?:include|includes|included|such as|including|like) "
    r"(?P<item>[A-Z0-9][\w'’:!?-]*(?: [\w'’:!?-]+){0,4}), $"
)
_OWNED = re.compile(r"['’]s? ")
_KIND_CUES = ("work in a list whose kind is a phrase back", "work after its kind")
_WINDOW = 120


def _kind_before(text: str, start: int) -> bool:
    """Whether a plural kind of work stands a phrase before the list starting at `start`."""
    before = text[max(0, start - _WINDOW) : start]
    before = re.split(r"[.!?]\s", before)[-1]
    return any(c.pattern.search(before) for c in cues() if c.name in _KIND_CUES)


def _other(m: RawMention, start: int) -> bool:
    """Whether a mention inside a missed member starting at `start` shows the member is no
    title: a person by the first name, something else by its words, or a work of its own."""
    return (
        bool(m.cue and m.cue != _WORK)
        or (m.label == "PERSON" and person_by_first_name(m.text))
        or (m.start > start and (m.label == _WORK or m.cue == _WORK))
    )


def gapped_works(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    key: Callable[[str], str],
    country: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, with each list that holds a work and members the model missed read as
    works (the module's doc); `mentions` are sorted by start."""
    if not any(m.label == _WORK or m.cue == _WORK for m in mentions):
        return mentions
    shown = {key(m.text) for m in mentions if m.cue and m.cue != _WORK}
    surnames = {
        key(m.text).split()[-1] for m in mentions if m.label == "PERSON" and " " in key(m.text)
    }

    def uncued(name: str) -> bool:
        k = key(name)
        return not (
            k in shown
            or k in surnames
            or person_by_first_name(name)
            or country(k)
            or known_place(name)
        )

    added: list[tuple[int, int]] = []
    i = 0
    while i < len(mentions):
        run, gaps, last = [i], [], ""
        j = i + 1
        while j < len(mentions):
            between = text[mentions[run[-1]].end : mentions[j].start]
            joined = _JOIN.fullmatch(between)
            gap = None if joined else _GAP.fullmatch(between)
            if joined is None and gap is None:
                break
            if gap is not None:
                base = mentions[run[-1]].end + gap.start("items")
                for item in _GAP_ITEM.finditer(gap.group("items")):
                    gaps.append((base + item.start(), base + item.end()))
                last = gap.group("last")
            else:
                assert joined is not None
                last = joined.group()
            run.append(j)
            j += 1
        first, end = mentions[run[0]], mentions[run[-1]].end
        tail = _TAIL.match(text, end)
        if tail is not None:
            gaps.append(tail.span("item"))
            last = "and"
        head = _HEAD.search(text, max(0, first.start - 60), first.start)
        start = first.start
        if head is not None:
            gaps.append(head.span("item"))
            start = head.start("item")
        i = j
        members = [mentions[k] for k in run]
        if not gaps or not re.search(r"\b(?:and|or)\b", last):
            continue
        if len(members) + len(gaps) < 3 and last.startswith(","):
            continue
        if sum(m.label == "PERSON" for m in members) * 2 > len(members):
            continue  # a list of people
        shown_work = any(m.cue == _WORK for m in members)
        tagged_work = any(m.label == _WORK for m in members) and _kind_before(text, start)
        if not (shown_work or tagged_work):
            continue
        for m in members:
            if not m.cue and m.label in _TAKERS and uncued(m.text):
                m.cue = _WORK
        # Not a member with a possessive inside: "the BBC's Panorama" names an owner too; nor
        # one opening with a person's full name, or holding one, a name another cue reads or a
        # work of its own ("Karl Stein for 12 Angry Days and Jan Novak for Tempete": a nominee
        # and the film).
        added.extend(
            (s, e)
            for s, e in gaps
            if uncued(text[s:e])
            and not _OWNED.search(text, s, e)
            and not person_by_first_name(" ".join(text[s:e].split()[:2]))
            and not any(_other(m, s) for m in mentions if s <= m.start and m.end <= e)
        )
    if not added:
        return mentions
    # A missed member's inner name gives way to it ("Gangs of New York", `New York` GPE).
    return made_whole(text, mentions, added, layouts, add, _WORK)
