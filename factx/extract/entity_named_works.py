"""A list's member named like a person is a work where every other member is one (round
r49-works; seeds 18, 104 and 168's "Open Water, Napoleon Dynamite, Garden State and Super-Size Me
were all snapped up at last year's festival", `Napoleon Dynamite` PERSON beside two works: a work
labelled PERSON).

`entity_listed_works` lends a list's work cue to its other members, but never to a full name
with a common first name ("whose films include Schindler's List, Michael Collins and ...": an
actor's role may stand among his films). A reader takes "A, B and C" to be of one kind, though:
where every other member of a list of three or more is a work, by the model's label or by the
words' cue, and its sentence is about films, shows, books or records (a kind of work's word, a
festival, a screen, the box office), the one member the model read as a person by its look is
a work too, WORK_OF_ART.

Left alone: a list with a person among its other members (a cast or nominees: "Ray, Jamie Foxx
and Clint Eastwood"), a list of two, a sentence whose only such word is a prize's (an
Oscar's list mixes films and people: "nominations for The Aviator, Sideways and Jamie Foxx"),
a member the article also gives as a person (after "Mr|Mrs|Ms|Dr" or a calling's word, before
"said|says|told|, who", or by its last word alone tagged PERSON: "Napoleon Dynamite ...
Dynamite said"), and a member another cue reads as something else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import opens_with_first_name

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORK = "WORK_OF_ART"
# The text between two members: "Open Water, Napoleon Dynamite", "Sideways and Garden State".
_JOIN = re.compile(r"(?:,|,? and|,? or) (?:[Tt]he |[Aa] )?")
_LAST = re.compile(r"\b(?:and|or)\b")
# After a member that qualifies the next word ("Mel Gibson's The Passion") or that the model
# cut short, or before "for" and a title (a nominee named with the work).
_QUALIFIER = re.compile(r"['’]s?\b|-\w| [A-Z0-9]| for [A-Z]")
# The sentence's words of works: their kinds, where they are shown and what they win.
_WORKS_WORDS = re.compile(
    r"\b(?:films?|movies?|features|documentar(?:y|ies)|dramas?|comed(?:y|ies)|thrillers?"
    r"|sitcoms?|shows|series|musicals?|plays|novels?|books|albums|singles|hits|titles"
    r"|festivals?|screen(?:s|ed|ing|ings)?|box office|cinemas?|premieres?|Sundance|Cannes)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# A person's calling before the name, or a speaker's verb or "who" after it.
_CALLING = (
    r"\b(?:[Aa]ctor|[Aa]ctress|[Dd]irector|[Ss]tar|[Ss]inger|[Ww]riter|[Aa]uthor|[Pp]roducer"
    r"|[Cc]omedian|[Pp]resenter|(?:Mr|Mrs|Ms|Dr)\.?) "
)
_SPEAKER = r"(?:,? (?:said|says|told|tells|added|who)\b)"


def _a_person_elsewhere(text: str, name: str, lone_people: set[str]) -> bool:
    """Whether the article gives `name` as a person's: after a calling or an honorific, before
    a speaker's verb or "who", or its last word tagged PERSON alone."""
    if name.split()[-1] in lone_people:
        return True
    escaped = re.escape(name)
    last = re.escape(name.split()[-1])
    return re.search(rf"{_CALLING}(?:{escaped}|{last})\b|\b{escaped}{_SPEAKER}", text) is not None


def person_shaped_listed_works(text: str, mentions: Sequence[RawMention]) -> None:
    """Cue WORK_OF_ART for each member of a list that the model read as a person by a common
    first name, where every other member is a work and the sentence holds a work's word (the
    module's doc). `mentions` are sorted by start."""
    if not any(m.label == _WORK or m.cue == _WORK for m in mentions):
        return
    lone_people = {m.text for m in mentions if m.label == "PERSON" and " " not in m.text}
    for run in _runs(text, mentions):
        members = [m for m in run if not _QUALIFIER.match(text, m.end)]
        if len(members) < 3:
            continue  # "A and B": too short a list to tell its kind by the others
        candidates = [m for m in members if _read_as_person(m)]
        if len(candidates) != 1:
            continue
        target = candidates[0]
        others = [m for m in members if m is not target]
        if not all(m.cue == _WORK or (m.label == _WORK and not m.cue) for m in others):
            continue
        start = max(text.rfind("\n", 0, run[0].start), _last_stop(text, run[0].start))
        closing = _SENTENCE_END.search(text, run[-1].end)
        end = closing.start() if closing else len(text)
        if not _WORKS_WORDS.search(text, start + 1, end):
            continue
        if _a_person_elsewhere(text, target.text, lone_people):
            continue
        target.cue, target.by_form = _WORK, False


def _read_as_person(m: RawMention) -> bool:
    """Whether the model read `m` as a person by its look: PERSON, a common first name and a
    second word, and no cue but its first name's."""
    return (
        m.label == "PERSON"
        and opens_with_first_name(m.text)
        and (not m.cue or (m.cue == "PERSON" and m.by_form))
    )


def _last_stop(text: str, at: int) -> int:
    """The offset of the last sentence stop before `at`, or -1."""
    found = -1
    for stop in re.finditer(r"[.!?](?=\s)", text[max(0, at - 300) : at]):
        found = max(0, at - 300) + stop.start()
    return found


def _runs(text: str, mentions: Sequence[RawMention]) -> list[list[RawMention]]:
    """The mentions of each list of two or more whose last join is "and" or "or" ("A, B and
    C", "A and B"), in order."""
    runs: list[list[RawMention]] = []
    run: list[RawMention] = []
    last = ""
    for m in mentions:
        join = _JOIN.fullmatch(text, run[-1].end, m.start) if run else None
        if join is not None:
            run.append(m)
            last = join.group()
            continue
        if len(run) >= 2 and _LAST.search(last) and (len(run) > 2 or not last.startswith(",")):
            runs.append(run)
        run, last = [m], ""
    if len(run) >= 2 and _LAST.search(last) and (len(run) > 2 or not last.startswith(",")):
        runs.append(run)
    return runs
