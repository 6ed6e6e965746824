"""A wire dateline's agency in its brackets is the agency, an organisation (round r49b-media).

A wire story opens with where it was filed and who filed it: "NEW YORK (AFP) - Wall Street
stocks fell", "WASHINGTON (AP) -- Secretary of State Madeleine Albright", "HAVANA, August 7
(Xinhua) -- The Cuban government", "Hong Kong (AFP) – Asian markets". `with_datelines` marks the
place; the bracket after it names the news agency, ORG as the house gives `AP`, `Reuters` and
`AFP` in running text ("she told AFP"). The model reads it when the dash is glued to the bracket
("CANBERRA, Australia (AP)_ Qantas") and misses it before a spaced dash ("NAIROBI, Kenya (AP) _
Suspected bombs", "WASHINGTON (AP) -- Preliminary DNA tests"): the even TempEval-3 texts' 26 of 34
datelines, and PolNeAR sheets A and B's "Hong Kong (AFP) –", "New York (AFP) -".

The shape, at a paragraph's start only (a first line or a headline only where the dateline is
all of it: the TempEval-3 texts set "WASHINGTON (AP) --" on a line of its own): a place of one
to four capitalised words, its region or state after a comma or a date after a comma ("August
8") at most, then the agency in brackets, then a dash ("-", "--", "–", "—", "_"). The agency is
a known wire's name (a closed class) or two to five capitals ("(UPI)", "(PTI)"). Left alone: a
bracket elsewhere in a sentence ("the Council on Foreign Relations (CFR)"), a lower-case one
("RUNNERS-UP (twice)"), a paragraph that does not open so, and headlines with other words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_screen_titles import made_whole
from factx.extract.first_names import opens_with_first_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import Cluster, RawMention

    Adder = Callable[..., RawMention]

# The wires the news names in a dateline's brackets; other brackets there hold initials.
_AGENCIES = (
    r"Reuters|Xinhua|Bloomberg|Interfax|Itar-Tass|Tass|Kyodo|Yonhap|Ansa|Efe|dpa|Dow Jones"
    r"|Agence France-Presse|Associated Press|Press Association"
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATELINE_AGENCY = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"  # the place: "NEW YORK", "Hong Kong"
    r"(?: ?, (?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}|" + _MONTHS + r" \d{1,2}))?"
    r" \((?P<agency>" + _AGENCIES + r"|[A-Z]{2,5})\)"
    r" ?(?:--|[-–—_])"
)


def agency_spans(text: str, layouts: Sequence[Layout]) -> list[tuple[int, int]]:
    """The spans of the agencies of the article's wire datelines (the module's doc)."""
    if ")" not in text:
        return []
    spans = []
    for layout in layouts:
        found = _DATELINE_AGENCY.match(text, layout.offset, layout.offset + layout.length)
        if found is None:
            continue
        if (not layout.paragraph or layout.zone == "headline") and text[
            found.end() : layout.offset + layout.length
        ].strip():
            continue  # a headline is a dateline only where the dateline is all of it
        spans.append(found.span("agency"))
    return spans


def dateline_agencies(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each wire dateline's bracketed agency one mention, ORG, added where the
    model missed it and relabelled where it gave another label (the module's doc)."""
    spans = agency_spans(text, layouts)
    return made_whole(text, mentions, spans, layouts, add, "ORG") if spans else mentions


def agencies_apart(
    parts: Iterator[tuple[Cluster, str, str]],
    spans: list[tuple[int, int]],
    weak: set[str],
    keys: frozenset[str],
    name_key: Callable[[str], str],
) -> Iterator[tuple[Cluster, str, str]]:
    """Each group with its label and id key; a dateline's agency that joined a person's group
    by its initials given as an organisation of its own ("MIAMI (AP) --" beside "Miami-Dade
    County Mayor Alex Penelas": "AP" matched his initials and made him ORG), the rest taking
    its own label again. The agency's mentions are the dateline's and those written as it is."""
    for group, label, key in parts:
        agency = next((m.text for m in group.mentions if (m.start, m.end) in spans), None)
        rest = [m for m in group.mentions if m.text != agency]
        if agency is None or not any(
            len(m.text.split()) >= 2 and opens_with_first_name(m.text) for m in rest
        ):
            yield group, label, key
            continue
        firm_key = name_key(agency)
        firm_key = firm_key if firm_key not in keys and firm_key != key else f"{firm_key}|ORG"
        people = replace(group, mentions=rest)
        split = [
            (replace(group, mentions=[m for m in group.mentions if m.text == agency]), "ORG",
             firm_key),
            (people, people.label(weak), key),
        ]  # fmt: skip
        yield from sorted(split, key=lambda part: part[0].mentions[0].start)
