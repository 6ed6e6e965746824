"""Vehicles by their kind word, aircraft apart from their force or country, stencils no works.

Round r50-things, from the Lee corpus hand check (sheets A, C, D and F of
`docs/entity-handcheck.md`).

`vehicles_by_their_kind` (sheet F's "The United States Space Shuttle Endeavour has touched down",
`United States Space Shuttle Endeavour` ORG, then "aboard Endeavour", "Endeavour undocked" ORG; "a
small satellite called Starshine 2" WORK_OF_ART by the `sequel` cue; my own "The destroyer HMS Ark
Royal sailed" `Ark Royal` PERSON): a craft is named after its kind word ("Space Shuttle", "shuttle",
"spacecraft", "orbiter", "space probe", "satellite|rocket called|named") or its prefix ("HMS",
"HMAS", "USS"). The name after it is the vehicle, PRODUCT (the house's label for a vessel or a
craft), cued so that the article's other mentions of it follow; a country glued before the kind word
("United States Space Shuttle") is its own mention, GPE (a people's word, "Russian", NORP; an
agency's initials, "NASA", ORG), and the kind word no part of any name. Not where a mention runs
past the name ("the USS Cole bombing": the model saw a longer name), nor for "probe" or "satellite"
alone ("the probe Scotland Yard began" is an inquiry).

`aircraft_apart_from_owner` (sheet C's "a 900 kilogram bomb dropped by an Air Force B-52 bomber",
`Air Force B-52` PRODUCT; sheet D's "All four crew members of a US B-1 bomber", `US B-1` ORG): a
force's name or a country's before an aircraft's letter code and before an aircraft's or a weapon's
word is two names, the force ORG (the country GPE) and the code PRODUCT. Leave alone: a maker before
its model ("Boeing 747", no hyphened letter code) and "Air Force One" (a name, no code).

`without_marked_quotes` (sheet A's 'warheads stored in crates that were marked "Charge
Demolition."', `Charge Demolition` WORK_OF_ART): a quotation after "marked", "stamped", "labelled",
"stencilled", "emblazoned with" or "inscribed" is what is written on a thing, no title: the
WORK_OF_ART mention there is dropped. A work after "titled|entitled|called" is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.evidence import a_people_by_name, country_keys

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A craft's kind word or prefix, right before its name.
_KIND = (
    r"(?:[Ss]pace [Ss]huttle|(?<![\w-])[Ss]huttle|[Ss]pacecraft|[Oo]rbiter|[Ss]pace [Pp]robe"
    r"|(?:[Ss]atellite|[Rr]ocket|[Pp]robe) (?:called|named)|HMS|HMAS|HMNZS|HMCS|USS|MV|RMS)"
)
# The name: one to three capitalised words, a number after them ("Starshine 2").
_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}(?: \d{1,3})?(?![\w-])"
# A ship's kind word, only after a determiner and up to two words ("the Norwegian freighter
# Tampa", "a cruise ship"): "ship" is a verb too ("ship Nokia phones").
_SHIP = (
    r"(?:freighter|tanker|ferry|liner|trawler|frigate|destroyer|submarine|yacht|warship|ship"
    r"|vessel)"
)
# The words between the determiner and a ship's word: a people's or a place's capitalised word,
# or a ship's trade or plight ("the Norwegian freighter", "the stricken cargo ship").
_SHIP_QUALIFIER = (
    r"(?:[A-Z][a-z]+|cargo|container|cruise|passenger|research|fishing|supply|oil|chemical"
    r"|naval|navy|patrol|nuclear|missile|stricken|hijacked|sunken|damaged|stranded|crippled"
    r"|luxury|giant|small|large|rescue|asylum|refugee|Australian|British|American)"
)
_VEHICLE = re.compile(
    rf"(?<![\w&.-])(?:(?P<kind>{_KIND})|(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) "
    rf"(?:{_SHIP_QUALIFIER} ){{0,2}}(?P<ship>{_SHIP})) (?P<name>{_NAME})"
)
_VEHICLE_GUARD = re.compile(
    r"huttle|pacecraft|rbiter|robe |atellite |ocket |HMS |HMAS |HMNZS |HMCS |USS |MV |RMS "
    rf"|{_SHIP} [A-Z]"
)
# Words that end the name rather than belong to it: a sentence's or a clause's capital.
_NOT_NAME = frozenset({"The", "A", "An", "In", "On", "At", "And", "But", "It", "He", "She"})
# A first word that names no craft: a day's or a month's ("the ferry Monday").
_NO_CRAFT = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
     "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December", "I", "We", "They", "You", "This", "That", "There"}
)  # fmt: skip
# An agency's initials before the kind word ("NASA Space Shuttle Atlantis"): the agency, ORG.
_INITIALS = re.compile(r"[A-Z]{3,5}")
# Short forms of a country that no country list holds under its key.
_COUNTRY_SHORT = frozenset({"us", "u.s.", "u.s", "uk", "u.k.", "usa", "the united states"})


def _a_country(words: str) -> bool:
    key = words.strip().removeprefix("The ").removeprefix("the ").casefold()
    return key in _COUNTRY_SHORT or key in country_keys(str.casefold)


def _name_span(match: re.Match[str]) -> tuple[int, int]:
    """The name's span, cut before a word that opens a clause ("Atlantis The crew")."""
    start = match.start("name")
    words = match["name"].split(" ")
    kept = [words[0]]
    for word in words[1:]:
        if word in _NOT_NAME:
            break
        kept.append(word)
    return start, start + len(" ".join(kept))


def _crafts(text: str) -> Iterator[tuple[int, bool, int, int]]:
    """(the kind word's start, whether it is a prefix such as "USS", the name's start and end)
    of each craft named after its kind word."""
    for match in _VEHICLE.finditer(text):
        first = match["name"].split(" ")[0]
        if first in _NOT_NAME or first in _NO_CRAFT:
            continue
        kind = match.start("kind") if match["kind"] else match.start("ship")
        prefix = bool(match["kind"]) and match["kind"].isupper()
        yield (kind, prefix, *_name_span(match))


def vehicles_by_their_kind(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each craft's name after its kind word one PRODUCT mention cued PRODUCT,
    a country glued before the kind word its own GPE mention (the module's doc)."""
    if not _VEHICLE_GUARD.search(text):
        return list(mentions)
    result = list(mentions)
    for kind, prefix, start, end in _crafts(text):
        inside = [m for m in result if m.start < end and kind < m.end]
        if any(m.end > end for m in inside):
            continue  # "the USS Cole bombing": a longer name
        layout = layout_holding(layouts, start, end)
        if layout is None:
            continue
        if prefix and any(m.start <= kind and m.end == end for m in inside):
            start = kind  # the model's "(the) USS Cole" whole: its prefix kept, "the" left out
        owners = []
        for m in inside:
            owner = text[m.start : kind].rstrip()
            bare = owner.removeprefix("The ").removeprefix("the ")
            if owner in ("The", "the"):
                continue  # "the Space Shuttle Columbia": the article, no owner
            if (
                m.start < kind
                and owner
                and (_a_country(owner) or a_people_by_name(bare) or _INITIALS.fullmatch(bare))
            ):
                label = (
                    "GPE" if _a_country(owner) else "ORG" if _INITIALS.fullmatch(bare) else "NORP"
                )
                owners.append(
                    replace(m, text=owner, end=m.start + len(owner), label=label, cue=label)
                )
            elif m.start < kind:
                owners = []
                break
        if not owners and any(
            m.start < kind and text[m.start : kind].strip() not in ("The", "the") for m in inside
        ):
            continue  # "NASA Space Shuttle ...": an owner that is no country, left as it was
        kept = [m for m in result if m not in inside]
        vehicle = add(text, layout, start, end, "PRODUCT", "PRODUCT")
        result = sorted([*kept, *owners, vehicle], key=lambda m: m.start)
    return result


def vehicle_cues(text: str, mentions: Sequence[RawMention]) -> list[int]:
    """The indices of the mentions that are a craft's name right after its kind word, to be
    cued PRODUCT after the words around them were read (a "sequel" cue of "Starshine 2" or a
    first name's of a ship named for a person gives way to the kind word)."""
    if not _VEHICLE_GUARD.search(text):
        return []
    crafts = list(_crafts(text))
    spans = {(start, end) for _, _, start, end in crafts}
    spans |= {(kind, end) for kind, prefix, _, end in crafts if prefix}
    return [index for index, m in enumerate(mentions) if (m.start, m.end) in spans]


# A force's name or a country's before an aircraft's letter code, inside one mention.
_FORCE = (
    r"(?:(?:US|U\.S\.|UK|British|American|Royal|Royal Australian|Israeli|Indian|Pakistani"
    r"|Russian|Chinese|French|German|Iraqi|Iranian|Syrian|Turkish|Saudi) )?"
    r"(?:Air Force|Navy|Army|Marines?|Marine Corps|Coast Guard|RAF|RAAF|USAF)"
)
_CODE = r"[A-Z]{1,3}-\d{1,3}[A-Z]?"
_GLUED_AIRCRAFT = re.compile(rf"(?P<owner>{_FORCE}|[A-Z][\w.]*(?: [A-Z][\w.]*)?) (?P<code>{_CODE})")
# An aircraft's or a weapon's word after the code (inside the mention or after it).
_AIRCRAFT_WORD = re.compile(
    r" (?:(?:[A-Z][a-z]+|transport|fighter|spy|attack|stealth|jet) )?"
    r"(?:bombers?|jets?|fighters?|planes?|aircraft|helicopters?|gunships?|tankers?|drones?"
    r"|missiles?|transports?)\b"
)
_FORCE_WHOLE = re.compile(_FORCE)


def aircraft_apart_from_owner(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, a force's or a country's name glued before an aircraft's letter code cut
    from it: the force ORG, the country GPE, the code PRODUCT (the module's doc)."""
    if not any("-" in m.text for m in mentions):
        return list(mentions)
    result: list[RawMention] = []
    for m in mentions:
        glued = _GLUED_AIRCRAFT.match(m.text)
        if glued is None:
            result.append(m)
            continue
        rest = m.text[glued.end() :]
        owner = glued["owner"]
        force = _FORCE_WHOLE.fullmatch(owner) is not None
        if (
            (rest and not _AIRCRAFT_WORD.fullmatch(rest))
            or (not rest and not _AIRCRAFT_WORD.match(text, m.end))
            or not (force or _a_country(owner))
        ):
            result.append(m)
            continue
        label = "ORG" if force else "GPE"
        result.append(replace(m, text=owner, end=m.start + len(owner), label=label, cue=label))
        code_start, code_end = m.start + glued.start("code"), m.start + glued.end("code")
        result.append(
            replace(
                m,
                text=text[code_start:code_end],
                start=code_start,
                end=code_end,
                label="PRODUCT",
                cue="PRODUCT",
            )
        )
    return result


# What is written on a thing: a quotation after its verb ('crates marked "Charge Demolition"').
_MARKED = re.compile(
    r"\b(?:marked|stamped|labell?ed|stencill?ed|emblazoned with|inscribed(?: with)?)"
    r"(?: with)? [\"“'‘]?$"
)


def without_marked_quotes(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions without a work's (WORK_OF_ART) right after "marked|stamped|labelled ..."
    and a quotation mark: a marking, no title (the module's doc)."""
    return [
        m
        for m in mentions
        if not (m.label == "WORK_OF_ART" and _MARKED.search(text, max(0, m.start - 30), m.start))
    ]


# A name glued to a crew's title before a person ("Tampa Captain Arne Rinnan").
_CREW_TITLE = re.compile(r"(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:Captain|Skipper)")
_PERSON_AFTER = re.compile(r" [A-Z][\w'’-]+")
# A ship's word anywhere in the article: the name before "Captain" is the ship's.
_SHIP_WORD = re.compile(rf"\b(?:{_SHIP}|boat|crew|sailors?|MV)\b")


def ships_apart_from_captains(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, "<Name> Captain|Skipper" glued before a person's name cut to "<Name>": the
    title is no part of a name. In an article with a ship's word ("freighter", "vessel", "crew")
    the name is the ship's, PRODUCT, cued so ("transformed Tampa Captain Arne Rinnan", Lee sheet
    E: `Tampa Captain` ORG); elsewhere it keeps the model's label ("Leeds Captain Paul Butler"
    ORG -> `Leeds` ORG)."""
    if "Captain " not in text and "Skipper " not in text:
        return list(mentions)
    ships = _SHIP_WORD.search(text) is not None
    result: list[RawMention] = []
    for m in mentions:
        glued = _CREW_TITLE.fullmatch(m.text)
        if glued is None or _PERSON_AFTER.match(text, m.end) is None or m.label == "PERSON":
            result.append(m)
            continue
        name = glued["name"]
        label = "PRODUCT" if ships else m.label
        result.append(
            replace(
                m,
                text=name,
                end=m.start + len(name),
                label=label,
                cue="PRODUCT" if ships else m.cue,
            )
        )
    return result
