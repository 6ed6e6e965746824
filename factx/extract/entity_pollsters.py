"""A pollster before its poll: the firm whole, and apart from the person it is named after
(round r49b-media, PolNeAR sheet C's one PERSON violation).

- `pollsters_whole`: a pollster's name ending in its kind word ("Reports", "Research",
  "Polling") before "poll|survey|polling" is one name, ORG: "a Rasmussen Reports poll showed
  Clinton leading" gave `Rasmussen` PERSON with "Reports" cut off (the model's span), so the
  cue "pollster before its poll" (`factx/data/entities.json`), which reads the words right
  after a name, never saw the poll. Only where the model tagged a name starting there (a span
  of its own is not made up), and not a name opening with a first name ("John Smith Research
  survey" is left as the model reads it).
- `pollsters_apart`: a pollster named after its founder is two entities where the article
  names both: "A Rasmussen poll on Friday had the governor ahead. Scott Rasmussen said the race
  was close." put both mentions in one group, which the poll's cue made ORG (`Scott Rasmussen`
  ORG, a person labelled an organisation), and "John Zogby said ... A Zogby poll" the converse
  (the poll's firm PERSON). The mentions right before a poll's word, and a pollster's name
  with its kind word, are the firm, ORG; the group's other mentions stay the person's. Only a
  group that holds a person's full name (a common first name, then the surname) and such a
  pollster mention; a person's poll ratings, numbers or lead ("the Clinton poll numbers") are
  no poll of a firm and stay (the cue's own exclusions).
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

# The words between a pollster's name and its poll, and the poll; not a person's poll
# ratings, lead or numbers (as the cue "pollster before its poll" reads them).
_POLL_AFTER = re.compile(
    r"(?:['’]s)? (?:(?:latest|new|daily|weekly|monthly|online|opinion|tracking|telephone"
    r"|national|statewide) ){0,2}(?:polls?|surveys?|polling)\b"
    r"(?! (?:ratings?|leads?|boost|bounce|standing|numbers|figures|position|slump|victory"
    r"|win|defeat|success|battle|campaign|race|hopes?|chances?|prospects?|setback|showing)\b)"
)
# A pollster's kind word, which ends its name: "Rasmussen Reports", "Pew Research", "Public
# Policy Polling".
_KIND = r"(?:Reports|Research|Polling)"
_GROWN = re.compile(
    r"(?<![\w'’&.-])(?!(?:The|A|An|This|That|Its|Their|New|Latest|Market)\b)"
    rf"(?P<name>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){{0,2}} {_KIND})(?![\w&'’-])"
)
_KIND_END = re.compile(rf"(?:^|\s){_KIND}$")


def pollsters_whole(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, a pollster's name the model cut before its kind word and a poll's word
    made one mention, ORG (the module's doc)."""
    if "poll" not in text and "survey" not in text:
        return mentions
    starts = {m.start for m in mentions}
    spans = [
        found.span("name")
        for found in _GROWN.finditer(text)
        if found.start() in starts
        and _POLL_AFTER.match(text, found.end())
        and not opens_with_first_name(found.group("name"))
    ]
    return made_whole(text, mentions, spans, layouts, add, "ORG") if spans else mentions


def _pollster(text: str, m: RawMention) -> bool:
    """Whether a mention names a pollster: a name right before a poll's word ("a Rasmussen
    poll"), or one ending in a pollster's kind word ("Rasmussen Reports")."""
    return bool(_POLL_AFTER.match(text, m.end)) or bool(
        _KIND_END.search(m.text) and " " in m.text.strip()
    )


def _full_person(m: RawMention) -> bool:
    """Whether a mention is a person's full name: two words or more, a common first name."""
    return len(m.text.split()) >= 2 and opens_with_first_name(m.text)


def pollsters_apart(
    parts: Iterator[tuple[Cluster, str, str]],
    text: str,
    keys: frozenset[str],
    name_key: Callable[[str], str],
) -> Iterator[tuple[Cluster, str, str]]:
    """Each group with its label and id key; a group holding a person's full name and a
    pollster named by the surname given as two entities, the pollster ORG and the person
    PERSON (the module's doc)."""
    for group, label, key in parts:
        if label not in ("PERSON", "ORG"):
            yield group, label, key
            continue
        firms = [m for m in group.mentions if not _full_person(m) and _pollster(text, m)]
        people = [m for m in group.mentions if m not in firms]
        if not firms or not any(_full_person(m) for m in people):
            yield group, label, key
            continue
        firm_key = name_key(firms[0].text)
        firm_key = firm_key if firm_key not in keys and firm_key != key else f"{firm_key}|ORG"
        person_key = key if label == "PERSON" else f"{key}|PERSON"
        split = [
            (replace(group, mentions=firms), "ORG", firm_key),
            (replace(group, mentions=people), "PERSON", person_key),
        ]
        yield from sorted(split, key=lambda part: part[0].mentions[0].start)
