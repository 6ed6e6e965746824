"""A side's nickname after "the" in a sport story is the side, never a product (round r54-sport).

BBC sheet 53H's "The Chipolopolo fans however are not being so cautious" and "The Chipolopolo
won the first two editions of the regional tournament" (Zambia's side): the model tags the
nickname PERSON, and `entities.Cluster.label` drops a PERSON vote for a name that takes "the"
("a person's name takes no article") and, with no other vote, falls back to PRODUCT ("the
Titanic", "the Hubble"). Nicknames are an open class ("the Chipolopolo", "the Pumas", "the
Gunners", "the Pompey defence"), so the side is read by its shape and the story:

- a story of a sport (a match's, a cup's or a tournament's words; not "scored" or "league",
  which a film's or a school's story holds);
- one capitalised word the model tagged PERSON, right after "the" (or with its "The" inside the
  mention), and right before a side's word: its fans, squad, players, defence or coach, or a
  result's verb ("won", "beat", "lost", "drew", "shocked");
- no person by it: not a nationality or a demonym ("the Welshman won", "the Briton beat": one
  player), not a common first name, never after "Mr|Mrs|Ms|Dr" or after a first name in the
  article ("Tim Henman" beside "the Henman fans"), and never written in lower case there.

Such a mention is cued TEAM, an organisation (`entities.Cluster.label`). Left alone: "The Edge
won praise" in a music story (no sport's words), a product with a maker beside it in a business
story, and "the Sheikh had" (no side's word after it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factx.extract.capitals import written_in_lower_case
from factx.extract.evidence import nationalities
from factx.extract.first_names import first_names
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A story of a sport: a match's, a cup's or a tournament's words. Not "scored" (a film's
# music is scored), "league" ("league tables" of schools), "goals" (a firm's) or "tries" (a
# verb), which a film's or a business story may hold beside "The Woodsman won".
_SPORT_STORY = re.compile(
    r"\b(?:[Ff]ootball|[Rr]ugby|[Cc]ricket|[Ss]occer|striker|midfielder|goalkeeper|fly-half"
    r"|Premiership|fixture|kick-off|semi-final|quarter-final|qualifier"
    r"|tournament|[Cc]up final)\b"
)
_THE_BEFORE = re.compile(r"\b[Tt]he $")
# A side's words after its nickname: its people and lines, or a result's verb.
_SIDE_AFTER = re.compile(
    r"(?:['’]s?)? (?:fans|supporters|faithful|squad|players|defence|attack|midfield|coach"
    r"|manager|boss|won|beat|lost|drew|shocked|stunned|thrashed|edged|knocked out|winning"
    r"|beating|losing)\b"
)
_WORD = re.compile(r"[A-Z][a-z]+")


def _demonyms() -> frozenset[str]:
    return frozenset(data_file("entities.json")["demonyms"])


def _named_as_a_person(text: str, word: str) -> bool:
    """Whether the article gives `word` as a person's: after a title, or after a common first
    name ("Tim Henman")."""
    if re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.? {re.escape(word)}\b", text):
        return True
    return any(
        found.group(1).casefold() in first_names()
        for found in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(word)}\b", text)
    )


def side_nickname_cues(text: str, mentions: Sequence[RawMention]) -> list[int]:
    """The indices of the mentions that name a side by its nickname after "the" in a sport
    story, to be cued TEAM (the module's doc)."""
    if _SPORT_STORY.search(text) is None:
        return []
    found = []
    for index, m in enumerate(mentions):
        if m.label != "PERSON" or not m.votes:
            continue
        word = m.text.removeprefix("The ").removeprefix("the ")
        if _WORD.fullmatch(word) is None:
            continue
        if word == m.text and not _THE_BEFORE.search(text, max(0, m.start - 4), m.start):
            continue
        if _SIDE_AFTER.match(text, m.end, m.end + 30) is None:
            continue
        if (
            word in nationalities()
            or word in _demonyms()
            or word.casefold() in first_names()
            or written_in_lower_case(text, word)
            or _named_as_a_person(text, word)
        ):
            continue
        found.append(index)
    return found
