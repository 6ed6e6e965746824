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

Round r42b-shows (seed 121's "Meeting Point has become one of TV Angola's most watched
programmes", `Angola` GPE, and "the top 10 of Transatlantic TV howlers", `Transatlantic TV`
ORG), `tv_broadcasters`:
- `broadcaster named TV and its country`: "TV <Country>" (a country's name right after "TV",
  no hyphen or word before it: "TV Angola", "TV Zambia") is a national broadcaster, ORG,
  whole; the model's country inside gives way, and one it missed is added. Not after a
  hyphen ("WRAZ-TV Fox affiliate": the station's call sign, then its network).
- `place adjective and TV before a plural`: a mention of a place's adjective and "TV" before a
  plural common noun ("Transatlantic TV howlers", "European TV programmes") is no name: the
  adjective says where the programmes come from and "TV" what they are; the mention goes. A
  broadcaster's "TV" is a name's ("Fox TV shows", "Granada TV's shows"), its first word no
  adjective's "-ic", "-an", "-ish" or "-ese".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.spans import alternation
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
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


# "TV" and a capitalised word, no hyphen or word before "TV" (`tv_broadcasters`).
_TV_NAME = re.compile(r"(?<![\w'’&-])TV (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w&-])")
# A place's adjective and "TV" as a whole mention, then a plural common noun.
_ADJECTIVE_TV = re.compile(r"[A-Z][a-z]+(?:ic|an|ish|ese) TV")
_PLURAL_AFTER = re.compile(r" [a-z]+s\b")


def tv_broadcasters(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Callable[..., RawMention],
    a_country: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, with each "TV <Country>" one broadcaster, ORG, and each place adjective
    and "TV" before a plural gone (the module's doc, round r42b-shows). `a_country` tells a
    country's name; `add` makes a mention of a layout's span, label and cue."""
    if "TV " not in text:
        return mentions
    kept = [
        m
        for m in mentions
        if not (
            m.label == "ORG"
            and m.text.endswith(" TV")
            and _ADJECTIVE_TV.fullmatch(m.text)
            and _PLURAL_AFTER.match(text, m.end)
        )
    ]
    found: list[RawMention] = []
    gone: set[int] = set()
    for match in _TV_NAME.finditer(text):
        start, end = match.span()
        if not a_country(match.group("name")):
            continue
        inside = [m for m in kept if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue  # a name runs across the broadcaster's edge
        layout = layout_holding(layouts, start, end)
        if layout is None:
            continue
        gone.update(id(m) for m in inside)
        found.append(add(text, layout, start, end, "ORG", "ORG"))
    if not found:
        return kept
    rest = [m for m in kept if id(m) not in gone]
    return sorted([*rest, *found], key=lambda m: (m.start, m.end))
