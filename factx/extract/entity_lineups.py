"""A festival's line-up and its acts' stage names (round r43b-music, from seeds
127-128's "Rules these errors suggest" and the even-numbered articles).

`acts in a line-up`: in an article about music (`entity_bands.about_music`), the names listed
right after a line-up's words ("the line-up includes", "joined on the bill by", "will perform
alongside") or listed to open a sentence before a bill's verb ("<A>, <B> and <C> will
headline", "... are also playing") are acts, each one name whole: "The <Plural>" with its own
"The", and "<Plural> of <Place>" through its "of" ("Kings of Leon", "Queens of the Stone Age",
"the Blind Boys of Alabama"). The model cuts such a band at its "of" (`Kings` ORG, `Leon`
PERSON), reads it as a people or a law (`The Charlatans` NORP, `the Blind Boys of Alabama`
LAW) or a person (`Iron Maiden` PERSON), or misses it (`Pixies`, `The Killers`). Each such act
is an organisation, ORG, added where the model found nothing and taking the place of the
model's mentions inside it. A solo artist stays a person: a member that opens with a common
first name ("Amy Winehouse", "John Legend") is left to the model, and so is a one-word name the
model tagged PERSON ("Morrissey", "Keane"; `listed_bands` reads those by their list). Not a known
place, nor a people.

`towns before festivals` was a rule here ("this summer's Leeds and Reading festivals": both
towns the festival, EVENT): on the odd-numbered articles it made "the California festival's"
California an event, and "the Bangkok festival" is a place before a lower-case kind by OntoNotes
too, so the lead took it out.

`stage names`: a performer's other name is the same person, PERSON, whole with its "Lady",
"DJ", "MC", "Big" or "Lil": after "- aka" or "(aka" ("DJ Norman Cook - aka Fatboy Slim -",
the model's `Fatboy Slim` PRODUCT; "Jane Smith - aka Lady Sovereign -", `Sovereign`), after
"better known as" or "who goes by the (nick)name" ("Marshall Mathers, better known as Eminem",
`Eminem` ORG), and a name before "- real name <First> <Surname>" or ", whose real name is
<First> <Surname>" ("Mars - real name Bob Allen Deal -", `Mars` LOC). The cue is PERSON, and
the name's later mentions join it by their name. A DJ's or an MC's calling before a full name
with a common first name right before "- aka" is no word of the name ("DJ Norman Cook - aka
Fatboy Slim": `Norman Cook`), where a stage name that is the calling and a word ("DJ Shadow")
keeps it.

`promoter after its calling`: "Organiser Mean Fiddler said more acts were still to be confirmed"
(seed 127's `Organiser Mean Fiddler` ORG), "Promoters Regular Music booked the park" (seed 97's):
a promoter's or an organiser's calling opening a sentence, glued by the model to the name after
it, is no word of the name, and the name is the firm, ORG. Only where the model read the glued
span as no person and the rest opens with no common first name: a person holds the calling too
("Cebit organiser Gabriele Dorries", round r39b-cuts's harm, whose rule read every calling).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.entity_acts import replaced
from factx.extract.entity_bands import about_music
from factx.extract.first_names import first_names, opens_with_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention
    from factx.extract.entity_acts import Adder

_WORD = r"[A-Z][\w'’&!-]*"
# One act's name: its own "The", capitalised words, and an inner "of" or "of the" ("Kings of
# Leon", "Queens of the Stone Age").
_ACT = rf"(?:[Tt]he )?{_WORD}(?: (?:of (?:the )?)?{_WORD})*"
_LIST = rf"{_ACT}(?:, {_ACT})*(?:,? and {_ACT})?"
# `acts in a line-up`: the words before the list.
_AFTER_CUE = re.compile(
    r"\b(?:line-?up (?:also )?(?:includes?|including|features?|featuring|is|will include)"
    r"|joined on the bill by|headlined by"
    r"|will (?:also )?(?:headline|play|perform|appear) (?:alongside|with)"
    r"|(?:festival|bill|event|concert|show) will (?:also )?feature"
    # Round r44b-bills (seed 138's bill): "joining main stage headliners Kaiser Chiefs and Bloc
    # Party", "joined the line-up alongside Embrace and Travis", "Other bands at the sold-out
    # festival include Doves, The Zutons and Snow Patrol".
    r"|(?:main[- ]stage |fellow |festival |the )headliners"
    r"|line-?up alongside"
    r"|[Oo]ther (?:bands|acts|groups)(?: [a-z-]+){0,5} (?:include|including|are))"
    rf":? (?P<list>{_LIST})"
)
# ... or the bill's verb after a list that opens its sentence.
_BEFORE_VERB = re.compile(
    rf"(?:^|(?<=[.!?\n] )|(?<=\n))(?P<list>{_ACT}(?:, {_ACT})*,? and {_ACT})"
    r" (?:will|are|were) (?:also )?(?:headline|headlining|play|playing|perform|performing"
    r"|appear|appearing|top the bill|topping the bill)\b",
    re.M,
)
_MEMBER = re.compile(_ACT)
_LINEUP_WORDS = (
    "line-up",
    "lineup",
    " bill ",
    "headline",
    "alongside",
    "playing",
    "feature",
    "ther bands",
    "ther acts",
    "ther groups",
)


def _members(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the acts of a list at text[start:end]."""
    spans = []
    at = start
    while at < end:
        member = _MEMBER.match(text, at, end)
        if member is None:
            break
        spans.append(member.span())
        gap = re.compile(r",? and |, ").match(text, member.end(), end)
        if gap is None:
            break
        at = gap.end()
    return spans


def _a_solo_name(name: str) -> bool:
    """Whether a listed act's name opens with a common first name ("Amy Winehouse")."""
    bare = name[4:] if name[:4] in ("The ", "the ") else name
    return opens_with_first_name(bare) or bare.split()[0].casefold() in first_names()


def _glued_parted(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    lists: Sequence[tuple[int, int]],
) -> list[RawMention]:
    """The mentions, with one the model glued over two or more acts of a line-up's list parted
    into its acts (round r44b-bills, seed 138's "joining main stage headliners Kaiser Chiefs and
    Bloc Party", one ORG): each act an organisation, or a person by a common first name. Not a
    band whose own name holds "and the" ("Echo and the Bunnymen"), nor a span that reaches out
    of the list."""
    result = list(mentions)
    for list_start, list_end in lists:
        members = _members(text, list_start, list_end)
        for m in list(result):
            inner = [(a, b) for a, b in members if m.start <= a and b <= m.end]
            if (
                len(inner) < 2
                or (inner[0][0], inner[-1][1]) != (m.start, m.end)
                or " and the " in m.text
                or (layout := layout_holding(layouts, m.start, m.end)) is None
            ):
                continue
            parts = [
                add(
                    text,
                    layout,
                    a,
                    b,
                    *(("PERSON", "") if _a_solo_name(text[a:b]) else ("ORG", "ORG")),
                )
                for a, b in inner
            ]
            at = result.index(m)
            result[at : at + 1] = parts
    return result


def lineup_acts(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    a_place_or_people: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, with each act of a line-up's list one organisation, whole (`acts in a
    line-up`, the module's doc). `add` makes a mention (`entities._added`)."""
    if not any(word in text for word in _LINEUP_WORDS) or not about_music(text):
        return list(mentions)
    lists = [m.span("list") for m in _AFTER_CUE.finditer(text)]
    lists += [m.span("list") for m in _BEFORE_VERB.finditer(text)]
    mentions = _glued_parted(text, mentions, layouts, add, lists)
    spans: list[tuple[int, int, int, int]] = []
    for list_start, list_end in lists:
        for start, end in _members(text, list_start, list_end):
            name = text[start:end]
            if _a_solo_name(name):
                # A solo artist stays a person, whatever the bands beside him lend the list. The
                # cue is the name's first name's (`by_form`): a group's words elsewhere in the
                # article outvote it ("Franz Ferdinand frontman Alex Kapranos", round r45-works).
                solo = [m for m in mentions if (m.start, m.end) == (start, end)]
                if solo and solo[0].label == "PERSON" and solo[0].cue == "":
                    solo[0].cue, solo[0].by_form = "PERSON", True
                continue
            if known_place(name) or a_place_or_people(name):
                continue
            inside = [m for m in mentions if m.start < end and m.end > start]
            if (
                len(inside) == 1
                and (inside[0].start, inside[0].end) == (start, end)
                and inside[0].label in ("ORG", "PERSON" if " " not in name else "ORG")
            ):
                continue  # the band already whole, or a one-word person ("Morrissey")
            spans.append((start, end, start, end))
    return replaced(text, mentions, layouts, add, sorted(set(spans)), ("ORG", "ORG"))


_STAGE = r"(?:(?:Lady|DJ|MC|Big|Lil|Little|Dr|Mr) )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
# `stage names`: the stage name after its words, and the name before a real name.
_STAGE_AFTER = re.compile(
    rf"(?: [-–] aka| \(aka|, aka|, a\.k\.a\.|, better known as|"
    rf" who goes by the (?:nick)?name) (?P<name>{_STAGE})(?= [-–]|\)|,|\.|;| has| is| was)"
)
_REAL_NAME_AFTER = re.compile(
    r"(?: [-–] real name|, whose real name is|, real name) (?P<real>[A-Z][a-z]+ [A-Z][\w'’-]*)"
)
_STAGE_WORDS = (" aka ", "(aka ", "a.k.a.", "better known as", "goes by the", "real name")
_CALLING = re.compile(r"(?:DJ|MC) ")


def stage_names(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each performer's stage name the person, whole, and a DJ's calling cut
    off his full name before "- aka" (`stage names`, the module's doc)."""
    if not any(word in text for word in _STAGE_WORDS):
        return list(mentions)
    spans: list[tuple[int, int, int, int]] = []
    for found in _STAGE_AFTER.finditer(text):
        start, end = found.span("name")
        if " who " not in found.group(0) and not any(
            m.end == found.start() and (m.label == "PERSON" or opens_with_first_name(m.text))
            for m in mentions
        ):
            # "aka" and "known as" name many things ("the Early Warning Service (aka De
            # Waarschuwingsdienst)"): only after a person's name, by the model's label or by
            # a common first name (the model reads "The rapper Marshall Mathers" as a firm).
            continue
        if not known_place(found.group("name")):
            spans.append((start, end, start, end))
    by_end = {m.end: m for m in mentions}
    for found in _REAL_NAME_AFTER.finditer(text):
        if not opens_with_first_name(found.group("real")):
            continue
        stage = by_end.get(found.start())
        if stage is not None and stage.label != "PERSON":
            spans.append((stage.start, stage.end, stage.start, stage.end))
    result = replaced(text, mentions, layouts, add, spans, ("PERSON", "PERSON"))
    # "DJ Norman Cook - aka Fatboy Slim": the calling is no word of the full name.
    cut: list[RawMention] = []
    for m in result:
        if (
            m.label == "PERSON"
            and _CALLING.match(m.text)
            and re.match(r" [-–(,] ?a\.?k\.?a\.? ", text[m.end : m.end + 8])
            and " " in m.text[3:]
            and opens_with_first_name(m.text[3:])
        ):
            m = replace(m, text=m.text[3:], start=m.start + 3)
        cut.append(m)
    return cut


# `promoter after its calling`: the calling, capitalised, opening the model's span.
_PROMOTER = re.compile(r"(?:Organisers?|Organizers?|Promoters?) (?=[A-Z])")


def promoters(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, each firm glued to its promoter's calling at a sentence's opening cut to
    the firm, ORG (`promoter after its calling`, the module's doc)."""
    if "Organi" not in text and "Promoter" not in text:
        return list(mentions)
    result: list[RawMention] = []
    for m in mentions:
        calling = _PROMOTER.match(m.text)
        if (
            calling is not None
            and m.label != "PERSON"
            and text[max(0, m.start - 4) : m.start].rstrip(' "“')[-1:] in ("", ".", "!", "?", "\n")
            and not _a_solo_name(m.text[calling.end() :])
        ):
            at = calling.end()
            m = replace(m, text=m.text[at:], start=m.start + at, label="ORG", cue="ORG")
        result.append(m)
    return result


# `festivals in the park`: one or two capitalised words and "in the Park" ("T in the Park",
# "Rock in the Park", "Proms in the Park").
_IN_THE_PARK = re.compile(r"(?<![\w'’&-])(?:[A-Z][\w'’&-]* )?[A-Z][\w'’&-]* in the Park\b")


def park_festivals(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with "<Word> in the Park" one festival, EVENT, in an article that names a
    festival (round r44b-bills, seed 138's "the Rock in the Park line-up": `Park` LOC, the
    festival's first words dropped; seeds 88 and 97 missed "T in the Park" whole). A park's own
    name is "<Name> Park" with no "in the"; "in the Park" capitalised after a capitalised word
    is an event's name (a festival, a concert series). Only where the article says "festival":
    "Sunday in the Park with George" is a musical, a work."""
    if "in the Park" not in text or "festival" not in text.lower():
        return list(mentions)
    spans = [(m.start(), m.end(), m.start(), m.end()) for m in _IN_THE_PARK.finditer(text)]
    spans = [
        span
        for span in spans
        if not any((m.start, m.end) == span[:2] and m.label == "EVENT" for m in mentions)
    ]
    return replaced(text, mentions, layouts, add, spans, ("EVENT", "EVENT"))
