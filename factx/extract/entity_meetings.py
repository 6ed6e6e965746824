"""Athletics meetings by their kind word, events cut before it, and Great Britain whole
(round r54-events).

- `meetings_by_their_word`: "won the 60m at Sunday's Leipzig International meeting" gave the
  model's ORG (and the cue "firm's arm by its region", which reads "Reuters International"), a
  meeting named by its town and "International", "Invitational", "Indoor(s)", "Open" or
  "Classic" right before a lower-case "meeting", "meet" or "event" (BBC sheet 54C; seed 32's
  "the Fayetteville Invitational meeting" FAC, seed 27's "Norwich Union International"). The
  mention is cued EVENT where a word of the name before its kind word is a world city or a
  known place ("Leipzig", "Norwich Union"), or where a race's words come before it in its
  sentence ("won the 400m at Sunday's Ghent International meeting": "Ghent" is on no list).
  Not a day's possessive alone ("at Sunday's Amnesty International event"): "an Amnesty
  International event" and "a News International meeting" (bodies, no town, no race) keep
  their ORG, and "Leipzig International Airport" (another capitalised word after the kind
  word) is never read.
- `events_with_their_kind_word`: "next weekend's Norwich Union European Indoor trials" gave the
  model's "Norwich Union European Indoor" ORG (factx's EVENT), the event cut before its
  lower-case kind word (sheet 54C; seed 35's other article had the same span, seed 18 "Norwich
  Union Indoor"). No event's name ends in "Indoor", "Outdoor", "European", "World", "National",
  "Junior", "Olympic" or "Commonwealth": a mention of two words or more ending in one, right
  before "trials", "championships", "championship", "games", "series" or "meeting", grows over
  that word and is an EVENT. Not a span ending in a noun ("the Norwich Union Grand Prix in",
  "the Athens Olympics final"), not "final(s)" (a round of an event, "the European Indoor
  final"), nor "champion(s)" (a person), and not a nationality tagged alone ("the European
  championships": `entity_joins.national_events`' own).
- `great_britain_whole`: "part of the Great Britain 4x100m quartet" gave only "Britain", found
  by its string (`add_string_matches`) where the model tagged nothing (sheet 54C), and "Great
  Britain" is one name of the United Kingdom. A mention "Britain" right after a capitalised
  "Great " grows over it. "Great Yarmouth", "Great Ormond Street" end in no "Britain".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from factx.extract.place_names import known_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.entities import RawMention


class _Mention(Protocol):
    text: str
    start: int
    end: int
    label: str
    cue: str


# "(the) <Name> International|Invitational|Indoor(s)|Open|Classic", the whole mention.
_MEETING_NAME = re.compile(
    r"(?:[Tt]he )?(?P<name>(?:[A-Z][\w'’.-]* ){1,3})"
    r"(?:International|Invitational|Indoors?|Open|Classic)"
)
# The lower-case kind word right after it: a meeting.
_MEETING_WORD = re.compile(r" (?:meeting|meet|event)s?(?![\w'’-])")


# A race's words in the sentence before the name: "won the 60m at the Ghent International".
_RACING = re.compile(
    r"\b(?:\d+(?:,\d{3})?m|\d+ ?metres|hurdles|long jump|high jump|triple jump|pole vault|"
    r"heptathlon|pentathlon|sprint|sprinter)\b[^.!?]*$"
)


def meetings_by_their_word(text: str, mentions: Sequence[_Mention]) -> list[int]:
    """The indices of the mentions that name an athletics meeting by its kind word after them
    (the module's doc): "at Sunday's Leipzig International meeting"."""
    if " meet" not in text and " event" not in text:
        return []
    found: list[int] = []
    for i, m in enumerate(mentions):
        if m.label == "EVENT" and m.cue in ("", "EVENT"):
            continue
        name = _MEETING_NAME.fullmatch(m.text)
        if name is None or not _MEETING_WORD.match(text, m.end):
            continue
        words = name.group("name").split()
        if not (
            any(world_city(w) or known_place(w) for w in words)
            or _RACING.search(text, max(0, m.start - 200), m.start)
        ):
            continue  # "an Amnesty International event": a body's
        found.append(i)
    return found


# Words that end no event's name, before the lower-case kind word the model left out.
_CUT_ADJECTIVE = re.compile(
    r"(?<= )(?:Indoor|Outdoor|European|World|National|Junior|Olympic|Commonwealth)$"
)
_KIND_WORD = re.compile(
    r" (?:trials|championships|championship|games|series|meeting)(?![\w'’-]| [A-Z])"
)


# The labels the model gives such a cut event (a nationality's NORP is `national_events`').
_CUT_LABELS = frozenset({"EVENT", "ORG", "FAC", "PERSON", "WORK_OF_ART", "PRODUCT", "LAW"})


def events_with_their_kind_word(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each event cut before its lower-case kind word grown over it (the
    module's doc): "Norwich Union European Indoor" + " trials"."""
    starts = {m.start for m in mentions}
    result: list[RawMention] = []
    for m in mentions:
        found = None
        if m.label in _CUT_LABELS and _CUT_ADJECTIVE.search(m.text):
            found = _KIND_WORD.match(text, m.end)
        if found is None or found.start() + 1 in starts:
            result.append(m)
            continue
        result.append(
            replace(
                m, text=text[m.start : found.end()], end=found.end(), label="EVENT", cue="EVENT"
            )
        )
    return result


_GREAT = "Great "


def great_britain_whole(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each "Britain" right after a capitalised "Great " grown over it (the
    module's doc): "the Great Britain 4x100m quartet"."""
    result: list[RawMention] = []
    for m in mentions:
        start = m.start - len(_GREAT)
        if (
            m.text == "Britain"
            and start >= 0
            and text.startswith(_GREAT, start)
            and (start == 0 or not text[start - 1].isalnum())
        ):
            m = replace(m, text=text[start : m.end], start=start)
        result.append(m)
    return result
