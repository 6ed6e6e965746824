"""A title after a broadcaster's possessive is its programme, a work, whole.

"Plans to create a US soap based on the BBC's EastEnders" (`EastEnders` ORG), "the BBC's Have I
Got News For You" (ORG), "BBC One's Strictly Ice Dancing", "the BBC's They Think It's All Over",
"ITV1's This Morning" (missed): the small model reads a programme after its channel's possessive
as a firm by its look, or finds nothing where the title holds small words. A channel owns its
programmes; what follows "<Channel>'s" in title case is one of them, so the run of capitalised
words with a title's small words ("Have I Got News For You") and a number after a word ("Film
2005") is a WORK_OF_ART, the model's mentions inside it giving way.

Guards: the channels are a closed list (BBC and its numbered channels, ITV, ITV1, Channel 4|5,
Sky One, E4, HBO, NBC, CBS, ABC, Fox, MTV); the run is no person's (a first name opens it: "the
BBC's Sarah Mukherjee"; or the model reads it as a person's full name: "the BBC's Zubair Ahmed"),
no division or service of the channel (its last word "News", "Sport", "Radio", "Online", "Studios",
"Service", "Trust", "Worldwide", "Governors", "Board", ... : "ITV's London Studios", "the BBC's
World Service"), and one word before a lower-case word is a qualifier, no title ("the BBC's
Christmas season", "ITV1's Saturday morning children's show", "the BBC's Freeview digital
service", "the BBC's Olympics and Spooks Interactive"); a run the model reads as a work already
is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_screen_titles import made_whole
from factx.extract.first_names import opens_with_first_name, person_by_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_CHANNEL = (
    r"(?:BBC(?: (?:One|Two|Three|Four|[1-4]))?|ITV ?[1-4]?|Channel (?:4|Four|5|Five)|Sky One"
    r"|E4|HBO|NBC|CBS|ABC|Fox|MTV)"
)
# A title's word: its own "!" or "?", or an ellipsis inside it ("I'm a Celebrity... Get Me Out of
# Here").
_WORD = r"[A-Z][\w'’-]*(?:[!?]|\.\.\.(?= [A-Z]))?"
_SMALL = r"(?:a|an|the|of|in|on|to|for|at|from|with|is|it|my|me|you|or)"
_TITLE = rf"{_WORD}(?:(?: {_SMALL})* {_WORD}| \d{{1,4}}(?![\w,.]\d))*"
_SHOW = re.compile(rf"(?<![\w'’-]){_CHANNEL}['’]s (?P<title>{_TITLE})")
# A channel's division or service, or a body of it, as the run's last word.
_DIVISIONS = frozenset(
    {
        "News", "Sport", "Sports", "Radio", "Online", "Studios", "Service", "Services",
        "Trust", "Worldwide", "Governors", "Board", "Director", "Chairman", "Head", "Channel",
        "Network", "Networks", "Entertainment", "Films", "Pictures", "Digital", "Interactive",
        "Scotland", "Wales", "Ireland", "London",
    }
)  # fmt: skip
# A small word and a date's or a place's word after a title: the sentence's, no word of it
# ("BBC One's Strictly Ice Dancing in December", "ITV1's This Morning on Monday").
_DATED = re.compile(r" (?:in|at|on|from|to|for|with|of|by) (?:the )?(?P<word>[A-Z][\w'’-]*)")
_DATE_WORDS = frozenset(
    {
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter",
    }
)  # fmt: skip


def shows_of_a_broadcaster(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each title after a broadcaster's possessive a WORK_OF_ART over its run
    (see the module docstring)."""
    if "'s " not in text and "’s " not in text:
        return mentions
    spans: list[tuple[int, int]] = []
    for layout in layouts:
        for found in _SHOW.finditer(text, layout.offset, layout.end):
            start, end = found.span("title")
            end = _before_a_date_or_place(text, start, end)
            title = text[start:end]
            if " " not in title and _qualifies(layout, end):
                continue  # "the BBC's Christmas season": a qualifier
            if title.split()[-1] in _DIVISIONS or opens_with_first_name(title):
                continue
            inside = [m for m in mentions if m.start < end and start < m.end]
            if any(m.label == "WORK_OF_ART" for m in inside):
                continue  # the model's work already
            if person_by_first_name(title) or any(
                m.label == "PERSON" and " " in m.text for m in inside
            ):
                continue
            spans.append((start, end))
    if not spans:
        return mentions
    return made_whole(text, mentions, spans, layouts, add, "WORK_OF_ART")


def _before_a_date_or_place(text: str, start: int, end: int) -> int:
    """The title's end, cut before its first small word and a date's or a known place's word."""
    for found in _DATED.finditer(text, start, end):
        word = found.group("word")
        if word in _DATE_WORDS or known_place(word):
            return found.start()
    return end


def _qualifies(layout: Layout, end: int) -> bool:
    """Whether one of the two words after a one-word run is a noun or a number: the run
    qualifies it ("Christmas season", "Freeview digital service"), no title ("EastEnders have
    reportedly been")."""
    at = layout.token_at(end - layout.offset)
    if at < len(layout.token_starts) and layout.token_starts[at] < end - layout.offset:
        at += 1
    return any(layout.nominal(i) for i in range(at, min(at + 2, len(layout.token_starts))))
