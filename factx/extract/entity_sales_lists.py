"""Works ranked in a sales or record list share the work's label (round r54-works; seed 54's
entertainment/359, "The all-time first-week record is held by 1995's Lion King followed by Shrek
2, Finding Nemo, the original Shrek, and Monster's Inc.", `Finding Nemo` PERSON, `Lion King` ORG
and `Monster's Inc.` ORG beside `Shrek 2`, a work: a work labelled PERSON, the issue's target).

`entity_listed_works` lends a list's work cue to its other members, but reads a list only
through commas, "and" and "or", with at most a title's own "the" after a join: a chart or a
record's list is written as a ranking too ("X followed by Y, Z"), and a member may be set apart
by "the original", "the first" or "the new" ("the original Shrek", a film told from its
sequel), which breaks that list in two halves too short to be lists. Here, in a sentence with
a word of sales or records ("record", "first-week", "best-selling", "box office", "DVD",
"sold", "sales", "chart", "grossed"), a run of mentions joined by a comma, "and", "or",
"followed by" or "then", each join with an optional "the|a" and one word of order or age
("original", "first", "latest", "new", "sequel"), is one list; where factx's own cues show one
member as a work, every other member the model tagged a firm, a person, a product or a law is
a work too, WORK_OF_ART. A member cued a firm only by its corporate suffix ("Monster's Inc.":
the film "Monsters, Inc.") is a work in such a list as well.

Left alone: a list most of whose members the model read as people (a voice cast: "Will Smith,
Robert De Niro, Renee Zellweger and Martin Scorsese"), a member with a common first name or the
surname of a full name in the article, a country or a known place ("across the United States
and Canada"), a member another cue reads as something else (a studio the words show as a firm:
"the Dreamworks hit"), and a list with no work cued in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_listed_works import full_name_surnames, named_otherwise

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORK = "WORK_OF_ART"
# The text between two members: "Lion King followed by Shrek 2", "Finding Nemo, the original
# Shrek", "Shrek, and Monster's Inc.", with a title's own article or a word of order or age.
_JOIN = re.compile(
    r"(?:,|,? and|,? or|,? followed by|,? then)"
    r" (?:(?:[Tt]he|[Aa]) (?:(?:original|first|second|third|latest|new|sequel|last) )?)?"
)
# The joins that close a list of two: "X followed by Y", "X and Y".
_LAST = re.compile(r"\b(?:and|or|followed by|then)\b")
# A word of sales or records in the sentence.
_SALES = re.compile(
    r"\b(?:records?|first-week|best[- ]sell\w*|top-selling|box[- ]office|DVDs?|videos?|sold"
    r"|sales|takings|grossed|grossing|earners?|charts?|units|copies)\b",
    re.IGNORECASE,
)
# The labels the model gives a title it does not know.
_TAKERS = frozenset({"PERSON", "ORG", "PRODUCT", "LAW"})
# A firm's suffix closing a member: the only ground of its firm's cue.
_SUFFIX = re.compile(r"\s(?:Inc|Ltd|Corp|Co)\.?$")
# After a name that qualifies the next word ("Pixar's Finding Nemo"), or a cut name.
_QUALIFIER = re.compile(r"['’]s?\b|-\w| [A-Z0-9]")


def sales_listed_works(
    text: str,
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    country: Callable[[str], bool],
) -> None:
    """Set the cue of each member of a sales or record list (the module's doc) to WORK_OF_ART
    where factx's cues show another member as a work. `key` groups mentions into entities,
    `country` says whether a key is a country's; `mentions` are sorted by start."""
    if not any(m.cue == _WORK for m in mentions):
        return
    shown = {key(m.text) for m in mentions if m.cue and m.cue != _WORK and not _by_suffix(m)}
    surnames = full_name_surnames(mentions, key)
    for run in _runs(text, mentions):
        members = [mentions[i] for i in run]
        if not any(m.cue == _WORK for m in members):
            continue
        if sum(m.label == "PERSON" for m in members) * 2 > len(members):
            continue  # a cast
        if not _in_sales_sentence(text, members[0].start, members[-1].end):
            continue
        for m in members:
            name = key(m.text)
            if m.label not in _TAKERS or (m.cue and not _by_suffix(m)) or name in shown:
                continue
            if named_otherwise(m, name, surnames, country):
                continue
            m.cue = _WORK


def _by_suffix(m: RawMention) -> bool:
    """Whether the mention's firm cue can only be its corporate suffix ("Monster's Inc.")."""
    return m.cue == "ORG" and _SUFFIX.search(m.text) is not None


# A sentence's end: a stop, a question or an exclamation mark before a space or a line's end.
_STOP = re.compile(r"[.!?][\"”’]?(?=\s|$)")


def _in_sales_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around the list from `start` to `end` holds a word of sales."""
    opening = text.rfind("\n", 0, start) + 1
    for found in _STOP.finditer(text, opening, start):
        opening = found.end()
    closing = text.find("\n", end)
    closing = len(text) if closing == -1 else closing
    stop = _STOP.search(text, end, closing)
    return _SALES.search(text, opening, stop.end() if stop else closing) is not None


def _runs(text: str, mentions: Sequence[RawMention]) -> Iterator[list[int]]:
    """The indexes of the mentions of each list of three or more, or of two joined by "and",
    "or", "followed by" or "then", in order."""
    run: list[int] = []
    last = ""
    for i, m in enumerate(mentions):
        prior = mentions[run[-1]] if run else None
        join = (
            _JOIN.fullmatch(text, prior.end, m.start)
            if prior is not None and not _QUALIFIER.match(text, prior.end)
            else None
        )
        if join is not None:
            run.append(i)
            last = join.group()
            continue
        if _a_list(run, last):
            yield run
        run, last = [i], ""
    if _a_list(run, last):
        yield run


def _a_list(run: list[int], last: str) -> bool:
    if len(run) < 2:
        return False
    return len(run) > 2 or _LAST.search(last) is not None
