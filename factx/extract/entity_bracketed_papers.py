"""A newspaper named with its town's region in brackets is one paper (round r49b-media).

American papers are written "<Town> (<State>) <Paper>" where the town is a word of the
paper's name: "The Hamilton (Ontario) Spectator quoted an officer" gave `Hamilton` PERSON
(the even TempEval-3 half: a paper labelled a person) and PolNeAR sheet A's "Glorioso reports
for Naples (Fla.) Daily News" `Daily News` ORG with the town a place of its own. The whole,
from the town to the paper's kind word, is the paper, ORG, named without its bracket
(`paper_name`: `Hamilton Spectator`, `Naples Daily News`). The town is one or two capitalised
words, the bracket one or two capitalised words (a state, a province or its abbreviation),
and the paper ends in a paper's kind word (a closed class: News, Times, Post, Herald, ...).
Left alone: "The (Fort Myers, Fla.) News-Press", whose bracket holds the town and is no word of
the name (the model reads `News-Press` alone, right), a bracket after a person's name ("Atwood
(Canada) Saul Bellow"), a firm's ("Hamilton (Japan) Inc"), and "the Daily News" with no
bracket.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from factx.extract.entity_screen_titles import made_whole

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_PAPER_KINDS = (
    r"News|Times|Post|Herald|Journal|Press|Tribune|Gazette|Star|Register|Spectator|Telegraph"
    r"|Chronicle|Globe|Sun|Mail|Observer|Courier|Examiner|Inquirer|Record|Bee|Sentinel"
    r"|Dispatch|Enquirer|Plain Dealer|Statesman|Standard|Mercury|Citizen|Times-Picayune"
    r"|News-Press|Free Press|Democrat|Leader|Eagle|Ledger|Oklahoman|Advertiser|Republican"
)
_BRACKETED = re.compile(
    r"(?<![\w'’&.-])(?P<the>[Tt]he )?(?P<town>[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?)"
    r" (?P<place>\([A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?\))"
    r" (?P<paper>(?:[A-Z][\w-]* ){0,2}(?:" + _PAPER_KINDS + r"))(?![\w&-])"
)


def papers_with_bracketed_place(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each "<Town> (<State>) <Paper>" one mention, ORG (the module's doc)."""
    if ") " not in text:
        return mentions
    starts = {m.start for m in mentions}
    spans = [
        found.span() if found.start() in starts else (found.start("town"), found.end())
        for found in _BRACKETED.finditer(text)
    ]
    return made_whole(text, mentions, spans, layouts, add, "ORG") if spans else mentions


def paper_name(name: str) -> str:
    """A paper's name without the bracketed region inside it ("Naples (Fla.) Daily News" is
    Naples Daily News); any other name as it is."""
    found = _BRACKETED.fullmatch(name)
    if found is None:
        return name
    return f"{found.group('the') or ''}{found.group('town')} {found.group('paper')}"
