"""A title of two or more words right before its maker's calling and a full name, in a screen
story, is the work (round r55b-works; BBC sheet 55A's "Super Size Me director Morgan Spurlock
has won the Writers Guild of America's award", `Super Size Me` ORG; the odd half's "Cold Mountain
director Anthony Minghella", ORG; the even half's "Phoenix Nights creator Peter Kay" and "Harry
Potter director Alfonso Cuaron", works at the base by other rules).

News names a film's or a show's maker by the work he is known for: "<Title> director|producer|
creator|writer <First> <Last>". The small model reads a title of several words there as the
maker's firm, ORG (or a product or a place), as it reads "Tesco finance director" and "FBI
director". `entity_starred_works` reads "<Title> star <Full Name>" for titles of one or two
words; here the other callings, and titles of three words or more before "star|actor|actress",
where a screen story's words say what the name is. Only in a story whose screen words are
three or more and outnumber its music words (`_SCREEN`, the callings themselves not counted:
the Lee articles' "Adventure World director Stephan Friedli", a theme park's, beside
"co-directors"), and only a name of two words or more: a lone word there is a studio or a
channel as often ("Warner producer Jeff Robinov", "Pixar director", "BBC director"). Not a name
in capital initials ("BBC Films director"), one ending in a body's, a firm's or a venue's kind
word ("Film Council director", "Working Title Films producer", "Royal Court director"), a
mention the model read as a building (a venue's, FAC), a known place or a people ("New Zealand
director"), a name opening with a common first name (a person's: "Peter Jackson producer"), nor
one before a sport's words in its sentence ("Tournament director", "Club director").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_starred_works import _MUSIC, _SPORT
from factx.extract.first_names import opens_with_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Right after the name: a maker's calling and a full name, a knight's or a dame's title before it.
_CALLING_AFTER = re.compile(
    r" (?P<calling>director|producer|co-producer|executive producer|creator|co-creator|writer"
    r"|co-writer|screenwriter|writer-director|star|co-star|actor|actress) "
    r"(?:(?:Sir|Dame) )?[A-Z][a-z]+ [A-Z][\w'’-]+"
)
# The callings `entity_starred_works` reads for titles of one or two words.
_STARS = frozenset({"star", "co-star", "actor", "actress"})
# The last words of bodies', firms' and venues' names ("Royal Court director", "the Old Vic
# director": a theatre's post; "Bleak House" is lost with them, a miss rather than a harm).
_BODY_TAIL = re.compile(
    r"\b(?:Films|Pictures|Studios?|Productions|Entertainment|Records|Group|Company|Corporation"
    r"|Corp|Inc|Ltd|Plc|Council|Institute|Academy|Foundation|Trust|Society|Association|Guild"
    r"|Union|Commission|Board|Office|Agency|Museum|Gallery|Theatre|Centre|Center|Festival"
    r"|University|College|School|Channel|Network|Television|TV|Radio|Club|Party|Bank"
    r"|Court|Vic|Warehouse|Globe|Palladium|Lyceum|Hippodrome|Coliseum|Playhouse|Hall|House"
    r"|Arena|Fringe|Tate|Barbican)$"
)
_INITIALS = re.compile(r"\b[A-Z]{2,}\b")
# The screen's words, not the makers' callings this module reads (`entity_starred_works`'s
# `_SCREEN` counts "directors" too: "Adventure World director Stephan Friedli" and his
# "co-directors" in a theme park's court story are no screen story).
_SCREEN = re.compile(
    r"\b(?:films?|movies?|sitcoms?|series|shows?|dramas?|comedy|comedies|documentar(?:y|ies)"
    r"|actors?|actress(?:es)?|television|TV|cinemas?|screen|starring|starred|Oscars?|Baftas?)\b",
    re.IGNORECASE,
)
# Not FAC: the model's buildings before "director" are venues more often than titles.
_LABELS = frozenset({"ORG", "PRODUCT", "GPE", "LOC"})
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def works_before_their_maker(
    text: str, mentions: Sequence[RawMention], place_or_people: Callable[[str], bool]
) -> Iterator[int]:
    """The indexes of the mentions that name a work of two words or more right before its
    maker's calling and full name in a screen story (the module's doc)."""
    if not any(f" {w} " in text for w in ("director", "producer", "creator", "writer", "star")):
        return
    screen = len(_SCREEN.findall(text))
    if screen < 3 or len(_MUSIC.findall(text)) >= screen:
        return
    for i, m in enumerate(mentions):
        if m.label not in _LABELS:
            continue
        after = _CALLING_AFTER.match(text, m.end)
        if after is None:
            continue
        name = m.text[4:] if m.text[:4] in ("the ", "The ") else m.text
        words = name.split()
        if len(words) < (3 if after.group("calling") in _STARS else 2):
            continue
        if not all(w[:1].isupper() or w in ("of", "the", "a", "and", "in", "on") for w in words):
            continue
        if _INITIALS.search(name) or _BODY_TAIL.search(name):
            continue  # "BBC Films director", "the Film Council director": a body
        if known_place(name) or place_or_people(name) or opens_with_first_name(name):
            continue
        closing = _SENTENCE_END.search(text, m.end)
        if _SPORT.search(text, m.end, closing.start() if closing else len(text)):
            continue  # "the Football League director Andy Williamson said the club ..."
        yield i
