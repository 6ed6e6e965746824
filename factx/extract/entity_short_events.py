"""Events by their plural short name: "the Europeans" for the European Championships.

Athletics and swimming reports name a championship in full once ("the European Indoor
Championships in Madrid") and after by its first word made plural ("I won't run again until
the Europeans", "a medal at the Worlds", "picked for the Commonwealths"). The model reads the
plural as a people's word or a group (NORP) and the event is lost. A mention that is "the"
and one capitalised word ending in "s", whose word without its "s" opens the name of an event
of the same article that ends in a championship's kind word (`_KINDS`, a closed class), is
that event: cued EVENT. Not without the event's full name in the article ("the Europeans won
the Ryder Cup" is a side), nor without "the" ("Europeans are worried").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# The kind words that end a championship's name ("the World Championships", "the Commonwealth
# Games", "the European Indoors"): a closed class.
_KINDS = frozenset({"Championships", "Championship", "Games", "Indoors", "Trials"})
# "the Europeans", "the Worlds": "the" before the mention or inside it, one word in "s".
_PLURAL = re.compile(r"(?:[Tt]he )?(?P<word>[A-Z][a-z]+)s")
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he $")


class _Mention(Protocol):
    text: str
    start: int
    label: str
    cue: str


def _event_openers(mentions: Sequence[_Mention]) -> frozenset[str]:
    """The first words of the article's events whose names end in a championship's kind."""
    openers: set[str] = set()
    for m in mentions:
        if "EVENT" not in (m.label, m.cue):
            continue
        words = m.text.split()
        if words and words[0] in ("the", "The"):
            words = words[1:]
        if len(words) > 1 and words[-1] in _KINDS:
            openers.add(words[0])
    return frozenset(openers)


def events_by_plural_short_name(text: str, mentions: Sequence[_Mention]) -> None:
    """Cue EVENT each "the Europeans" whose singular opens a championship the article names
    in full ("the European Championships"). A mention's own cue stays."""
    openers = _event_openers(mentions)
    if not openers:
        return
    for m in mentions:
        if m.cue or m.label == "EVENT":
            continue
        plural = _PLURAL.fullmatch(m.text)
        if plural is None or plural.group("word") not in openers:
            continue
        if not m.text.lower().startswith("the ") and not _THE_BEFORE.search(
            text, max(0, m.start - 4), m.start
        ):
            continue
        m.cue = "EVENT"
