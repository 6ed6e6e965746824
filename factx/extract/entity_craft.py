"""Aircraft by their designation, devices by maker and model, trade shows, listed airlines.

`aircraft by designation` (round r42c-craft, seed 124's "C-130 Hercules transport aircraft",
"used Mirage 2000 as well as F-16 fighter jets"): a military aircraft is named by a letter code,
a hyphen and a number, often with the type's name after it ("C-130 Hercules", "P-3 Orion",
"F-16"), or by a name and a number ("Mirage 2000"). The model tags such a name ORG, cuts it
("Mirage" ORG) or reads it as a work. Before an aircraft's word ("aircraft", "jets", "planes",
"helicopters", "fighters", "bombers", an adjective such as "transport" or "fighter" between),
the designation is one product, PRODUCT, the model's mentions inside it giving way; a name and
a number ("Mirage 2000") only where it is listed beside a coded designation that an aircraft's
word follows ("Mirage 2000 as well as F-16 fighter jets"), since a name and a number alone may be
a year's event ("Euro 2004 and ..."). Not where a capitalised word stands right before the
designation (a maker's "Airbus A321", which `makers.with_models` reads), nor where a mention
runs past it.

`device by maker and model` (seed 125's tech/243, "a Canon i865 printer" with `Canon` LAW; "an
Epson R800" missed): a maker's name and a model code holding a digit ("i865", "R800", "V3"), or
three to five figures no year's ("Nokia 6600"), before a device's word ("printer", "camera",
"phone", "handset", "laptop", "scanner") is the product, PRODUCT, whole. One or two capitalised
words before the code ("Motorola Razr V3 phone"), never a determiner or a sentence's "The".

(`magazine by its word`, one to three capitalised words before "magazine" that no mention holds
added as ORG, was tried and taken out: on the odd-numbered articles it read "not just PC magazine
editors" as the magazine `PC`, and the name's string then spread to "Mobile PC" and "mobile PC";
see round r42c-craft's section of `docs/entity-handcheck.md`.)

`trade show by name and year` and `airlines listed after their plural`: see
`shows_and_airlines`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# An aircraft's kind word after its designation (an adjective of its role between).
_AIRCRAFT_KIND = (
    r" (?:(?:transport|fighter|military|cargo|spy|patrol|surveillance|combat|attack|jet) )?"
    r"(?:aircraft|jets?|planes?|helicopters?|fighters?|bombers?|gunships?)\b"
)
# A coded designation: "C-130", "F-16", "P-3 Orion", "C-130 Hercules", "AH-64 Apache".
_CODED = r"[A-Z]{1,3}-\d{1,3}[A-Z]?(?: [A-Z][a-z]+)?"
# A name and a number: "Mirage 2000", listed before a coded designation.
_NAMED = r"[A-Z][a-z]+ \d{2,4}"
_AIRCRAFT = re.compile(rf"(?<![\w&'’-])(?P<coded>{_CODED})(?={_AIRCRAFT_KIND})")
_LISTED_AIRCRAFT = re.compile(
    rf"(?<![\w&'’-])(?P<named>{_NAMED}|{_CODED})(?= (?:as well as|and|or) (?:the )?"
    rf"{_CODED}{_AIRCRAFT_KIND})"
)
_AIRCRAFT_GUARD = re.compile(r"[A-Z]-\d")
# A capitalised word right before a designation, its maker's ("Airbus A321"); not a
# sentence's determiner.
_MAKER_BEFORE = re.compile(r"(?<![\w&'’.-])(?!(?:The|A|An)\b)[A-Z][\w&.-]* $")

# A device's word after its maker's name and model code.
_DEVICE = re.compile(
    r"(?<![\w&'’.-])(?!(?:The|A|An|Its|His|Her|Their|Our|This|That|New)\b)"
    r"(?P<name>[A-Z][\w&-]*(?: [A-Z][\w&-]*)? "
    r"(?:(?=[\w-]*\d)[A-Za-z][\w-]*|(?!(?:19|20)\d\d\b)\d{3,5}[a-z]?))"
    r" (?:printers?|cameras?|phones?|handsets?|laptops?|scanners?)(?![\w-])"
)
_DEVICE_GUARD = re.compile(r"\b(?:printer|camera|phone|handset|laptop|scanner)")


def _whole(
    text: str,
    start: int,
    end: int,
    label: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
) -> list[RawMention]:
    """The mentions with one of `label` at text[start:end] in place of those inside it; as they
    were where a mention runs past the span or the span leaves its paragraph."""
    inside = [m for m in mentions if m.start < end and start < m.end]
    if any(m.start < start or m.end > end for m in inside):
        return mentions
    if [(m.start, m.end, m.label) for m in inside] == [(start, end, label)]:
        return mentions
    layout = layout_holding(layouts, start, end)
    if layout is None:
        return mentions
    kept = [m for m in mentions if m not in inside]
    return sorted([*kept, add(text, layout, start, end, label, label)], key=lambda m: m.start)


def aircraft_and_devices(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each aircraft's designation and each device's maker and model a product
    whole, PRODUCT (the module's doc). `add` makes a mention of a layout's span, label and cue
    (`entities._added`)."""
    result = list(mentions)
    if _AIRCRAFT_GUARD.search(text):
        spans = [m.span("coded") for m in _AIRCRAFT.finditer(text)]
        spans += [m.span("named") for m in _LISTED_AIRCRAFT.finditer(text)]
        for start, end in spans:
            if _MAKER_BEFORE.search(text, max(0, start - 30), start):
                continue
            result = _whole(text, start, end, "PRODUCT", result, layouts, add)
    if _DEVICE_GUARD.search(text):
        for device in _DEVICE.finditer(text):
            start, end = device.span("name")
            result = _whole(text, start, end, "PRODUCT", result, layouts, add)
    return result


# A trade show by its name and year: "Aero India 2005 air show", "Farnborough 2004 air show".
_SHOW = re.compile(
    r"(?<![\w&'’.-])(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2} (?:19|20)\d\d)"
    r" (?:air show|airshow|motor show|trade fair|trade show|expo)\b"
)
# Airlines listed after their plural and a dash or a colon: "two Indian airlines - Air Deccan
# and Kingfisher", "Three European airlines - Lufthansa, Air France and Alitalia".
_AIRLINE_LIST = re.compile(
    r"\b(?:airlines|carriers) [-–—:] (?P<names>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
    r"(?:, [A-Z][\w-]*(?: [A-Z][\w-]*){0,2})*,? and [A-Z][\w-]*(?: [A-Z][\w-]*){0,2})"
    r"(?![\w-]| [A-Z])"
)
_MEMBER = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}")


def shows_and_airlines(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, a trade show named by its name and year before its kind ("air show",
    "motor show", "trade fair", "expo") one event, EVENT, the place inside it no mention of
    its own; each airline of a list after "airlines|carriers -" an organisation, ORG (added
    where the model missed it: "two Indian airlines - Air Deccan and Kingfisher")."""
    result = list(mentions)
    if "show" in text or "fair" in text or "expo" in text:
        for show in _SHOW.finditer(text):
            start, end = show.span("name")
            result = _whole(text, start, end, "EVENT", result, layouts, add)
    if "airlines " in text or "carriers " in text:
        for listed in _AIRLINE_LIST.finditer(text):
            offset = listed.start("names")
            for member in _MEMBER.finditer(listed["names"]):
                start, end = offset + member.start(), offset + member.end()
                result = _whole(text, start, end, "ORG", result, layouts, add)
    return result
