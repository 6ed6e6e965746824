"""Names of broadcast and music news that the model runs over a boundary (round r33-tv).

- `title before a dash and a verb`: a title, then " - " and a word in lower case, is cut at
  the dash ("including takes of Love Me Tender - failed to sell": the song is "Love Me
  Tender"). A title's own dash opens a capitalised subtitle ("Flashmob - The Opera"); after a
  dash in lower case the sentence goes on.
- `broadcaster before its event`: a network's initials before an event's name ("during the
  NBC Super Bowl halftime show") are the network that showed it, ORG, and the event stands
  apart, EVENT (the networks are a closed class, data `broadcast_spans.networks`, and the
  event's last word one of the closed class `broadcast_spans.event_words`).
- `audience before its channel`: a plural audience's word and "of", capitalised as they open
  a sentence, before a name ("Viewers of Channel 5's Housemaster") are no part of it: the
  name starts after "of" (the audiences are a closed class, data
  `broadcast_spans.audiences`; no body's name opens with one of them, unlike "Friends of").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.spans import alternation
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A dash between spaces, then a word in lower case: the sentence goes on after the title.
_DASH_THEN_LOWER = re.compile(r" [-–—] (?=[a-z])")


@cache
def _words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = data_file("entities.json")["broadcast_spans"]
    return words


@cache
def _network_event() -> re.Pattern[str]:
    return re.compile(
        rf"(?:[Tt]he )?(?P<network>{alternation(_words()['networks'])}) "
        rf"(?P<event>(?:[A-Z][\w'’-]* ){{0,3}}(?:{alternation(_words()['event_words'])}))"
    )


@cache
def _audience_of() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(_words()['audiences'])}) of (?=[A-Z])")


def _sentence_opens(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \"'“‘")
    return not before or before[-1] in ".!?\n"


def broadcast_spans(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each title cut before a dash and a lower-case word, each network apart
    from the event after it, and each name apart from the audience before it."""
    result: list[RawMention] = []
    for m in mentions:
        dash = _DASH_THEN_LOWER.search(m.text)
        if dash is not None and dash.start() > 0:
            end = m.start + dash.start()
            result.append(replace(m, text=text[m.start : end], end=end))
            continue
        split = _network_event().fullmatch(m.text)
        if split is not None:
            n_start, n_end = m.start + split.start("network"), m.start + split.end("network")
            e_start, e_end = m.start + split.start("event"), m.start + split.end("event")
            result.append(
                replace(
                    m, text=text[n_start:n_end], start=n_start, end=n_end, label="ORG", cue="ORG"
                )
            )
            result.append(
                replace(
                    m,
                    text=text[e_start:e_end],
                    start=e_start,
                    end=e_end,
                    label="EVENT",
                    cue="EVENT",
                )
            )
            continue
        audience = _audience_of().match(m.text)
        if audience is not None and _sentence_opens(text, m.start):
            start = m.start + audience.end()
            result.append(replace(m, text=text[start : m.end], start=start))
            continue
        result.append(m)
    return result
