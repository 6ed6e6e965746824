"""A record chart's name runs through its number or its kind's words, and is a work, whole.

"The US has already merged downloaded singles into its Billboard Hot 100 chart" gives
`Billboard Hot` PERSON (seed 162's entertainment/278: the chart cut before its "100" and read
as a person by its look), "the Official UK Singles Chart" EVENT, "entered the US Billboard 200
at number five" nothing. A chart is a published list, a work: the house reads it WORK_OF_ART
(seed 162's section, "a publication's chart labelled PERSON ... a work"; `Hot 100` and
`Billboard 200` listed as missed names at seeds 93 and 104). Three shapes, each one
WORK_OF_ART over the name, the model's mentions inside it giving way:

- "<Owner> Hot|Pop <number>" ("Billboard Hot 100", "Hot 100" alone): a chart's own words;
- "[<Owner>] Top <number>" and "<Owner> <number>" ("UK Top 40", "Billboard 200") only where the
  chart's word follows ("Top 40 singles chart", "Billboard 200 album chart") or, for "Billboard
  <number>", where "Billboard" stands before a three-figure number (the magazine's album chart);
  "a Top 10 finish" in a golf story is no name;
- "[the] [Official] [<Country>] Singles|Albums|Download|Compilation(s) Chart(s)" with the capital
  "Chart" ("the Official UK Singles Chart", "the UK Albums Chart").

A country's code or name that opens "Top <number>" ("UK Top 40") stays apart, the place; the
model's place or firm over "US Billboard" is cut back to its country. The chart's owner alone
("Billboard's charts", "told Billboard") and a chart's company ("the Official Charts Company")
are no chart and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_screen_titles import made_whole

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A country's word before a chart's name, no part of it.
_COUNTRY = r"(?:UK|US|USA|British|American|Irish|Scottish|Australian|Canadian|German|French)"
# Not a sentence's or a clause's opening word ("The Hot 100", "In Top 40 charts").
_NO_OWNER = r"(?:The|A|An|Its|Their|His|Her|In|On|Into|At|To|From|And|But|With|Of)\b"
_OWNER = rf"(?!{_COUNTRY}\b|{_NO_OWNER})[A-Z][\w&]*"
_CHART_WORD = r" (?:(?:singles?|albums?|download|downloads) )?charts?\b"
_CHART = re.compile(
    r"(?<![\w'’&-])(?:"
    rf"(?P<hot>(?:{_OWNER} )?(?:Hot|Pop) \d{{2,3}})(?![\w,.]\d)"
    rf"|(?P<top>(?:{_OWNER} )?Top \d{{1,3}})(?={_CHART_WORD})"
    rf"|(?P<owned>Billboard \d{{3}}|{_OWNER} \d{{2,3}}(?={_CHART_WORD}))(?![\w,.]\d)"
    rf"|(?P<kind>(?:Official )?(?:(?!{_NO_OWNER})(?:[A-Z][\w&]*|R&B) ){{0,2}}"
    r"(?:Singles|Albums|Download|Downloads|Compilations?) Charts?)(?![\w'’-]| Company)"
    r")"
)


def chart_names(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each chart's name one WORK_OF_ART over its whole name (see the module
    docstring)."""
    if not any(word in text for word in ("Hot ", "Pop ", "Top ", " Chart", "Billboard ")):
        return mentions
    spans = [found.span(found.lastgroup or 0) for found in _CHART.finditer(text)]
    if not spans:
        return mentions
    trimmed = [cut for m in mentions if (cut := _cut_before(text, m, spans)) is not None]
    return made_whole(text, trimmed, spans, layouts, add, "WORK_OF_ART")


# A determiner the model's span holds before a chart's name: no name of its own.
_DETERMINER = re.compile(r"(?:[Tt]he|[Ii]ts|[Aa]|[Tt]heir)")


def _cut_before(text: str, mention: RawMention, spans: list[tuple[int, int]]) -> RawMention | None:
    """A mention that runs from a word before a chart into it ("US Billboard"), cut back to
    that word (the country), its space left out; None where that word is a determiner ("the
    Official UK Singles Chart" EVENT), which the chart's own mention replaces."""
    for start, end in spans:
        if mention.start < start < mention.end <= end:
            stop = start
            while stop > mention.start and text[stop - 1] == " ":
                stop -= 1
            if _DETERMINER.fullmatch(text, mention.start, stop):
                return None
            if stop > mention.start:
                return replace(mention, text=text[mention.start : stop], end=stop)
    return mention
