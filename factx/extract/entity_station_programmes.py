"""A radio station's full name runs up to its possessive, and the programme after it is a work.

"Davies told BBC Radio Five Live's Sportsweek programme", "she told BBC Radio Four's PM
programme", "He told BBC Radio Scotland's Sunday Live programme", "Speaking on BBC Radio 4's
Woman's Hour, he said": the model cuts the station at "Radio" and runs its last words over the
possessive into the programme (`BBC Radio` ORG, `Five Live's Sportsweek` WORK_OF_ART, seeds 93
and 152), reads a programme named for a day as a person (`Sunday Live` PERSON: "Sunday" is a
first name) or a programme with its own possessive as an event (`Woman's Hour` EVENT). Where
"<Broadcaster> Radio <Word> [<Word>]'s" stands before a title's capitalised run and a
programme's kind word ("programme", "show", "slot", ...), or before a title and a comma or a
full stop right after "told" or "on", the station is ORG over its whole name and the title a
WORK_OF_ART without the station's words (round r47b-goods). Left alone: a presenter after the
possessive with no kind word ("told Radio 1's Chris Moyles."), a post ("BBC Radio 4's Head of
News, Steve Mitchell": no "told" or "on" before the station), and a mention that runs on
before the station ("the Friends of BBC Radio Wales's ...").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.first_names import person_by_first_name
from factx.extract.spans import exactly_over, one_mention_over

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A title's word: a capital, its own possessive only before another capitalised word
# ("Woman's Hour"); the first word may be a number ("606").
_WORD = r"[A-Z][\w&-]*(?:['’]s(?= [A-Z]))?"
_FIRST = r"(?:[A-Z][\w&-]*(?:['’]s(?= [A-Z]))?|\d+)"
_SMALL = r"(?:of|the|at|a|an|and|for)"
_KINDS = r"programme|show|slot|phone-in|series|bulletin"
_STATION_PROGRAMME = re.compile(
    r"(?P<lead>\b(?:told|on) )?(?<![\w'’&.-])"
    r"(?P<station>(?:[A-Z][\w&-]* )?Radio [A-Z0-9][\w&-]*(?: [A-Z][\w&-]*)?)['’]s "
    rf"(?P<title>{_FIRST}(?: (?:{_SMALL} )*{_WORD}){{0,5}})"
    rf"(?:(?P<kind> (?:{_KINDS})\b)|(?=[,.:;!?\"]))"
)


def programmes_of_a_station(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
) -> list[RawMention]:
    """The mentions, each radio station before its programme's possessive ORG over its whole
    name and the programme after it a WORK_OF_ART (see the module docstring)."""
    if "Radio " not in text:
        return mentions
    result = list(mentions)
    for layout in layouts:
        for match in _STATION_PROGRAMME.finditer(text, layout.offset, layout.end):
            title = match.group("title")
            if match.group("kind") is None and (
                match.group("lead") is None or person_by_first_name(title)
            ):
                continue  # "BBC Radio 4's Head of News,": a post; "Radio 1's Chris Moyles."
            result = _station(text, result, *match.span("station"))
            result = _programme(text, result, layout, *match.span("title"), add)
    return result


def _station(text: str, mentions: list[RawMention], start: int, end: int) -> list[RawMention]:
    """The station ORG over its whole name, where the model's mentions of it start inside it
    ("BBC Radio", "Five Live's Sportsweek"): they go, the first grown over the name."""
    over = [i for i, m in enumerate(mentions) if m.start < end and start < m.end]
    if not over or any(mentions[i].start < start for i in over):
        return mentions
    first = mentions[over[0]]
    whole = replace(first, text=text[start:end], start=start, end=end, label="ORG", cue="ORG")
    gone = set(over)
    kept = [m for i, m in enumerate(mentions) if i not in gone]
    return sorted([*kept, whole], key=lambda m: (m.start, m.end))


def _programme(
    text: str,
    mentions: list[RawMention],
    layout: Layout,
    start: int,
    end: int,
    add: Adder,
) -> list[RawMention]:
    """The programme a WORK_OF_ART over its title, the model's mentions inside it gone."""
    exact = exactly_over(start, end)
    return one_mention_over(text, mentions, layout, (start, end), "WORK_OF_ART", add, exact)
