"""Works listed after "such <works> as", and lists of works whose members carry a prize's
modifier or are joined by "plus" (round r55b-works; BBC sheet 55A's "went on to combine such
blockbusters as Speed, The Devil's Advocate and the Matrix series", `Speed` ORG and `The
Devil's Advocate` missed, and "Sir Alan's films include Oscar-winning Fame plus Midnight Express
and The Commitments", all three missed; the even half's "such films as Raging Bull and
Goodfellas", right already).

`entity_kind_lists` reads a list right after a plural kind of work and "include|including|such
as|like"; the writer's other order, "such <kind> as A, B and C", puts the kind between "such"
and "as", and is not read there: the model reads each title by its look (a firm, a person) or
glues the list into one title over its commas. Here the members of such a list are works,
WORK_OF_ART, each on its own: one member per comma, "and", "or" or "plus"; a last "and the
<Name> series|trilogy|films" closes the list (the franchise keeps its own mention). A leading
"Oscar-winning", "award-winning", "acclaimed" or "classic" qualifies a member and is no word of
its title ("include Oscar-winning Fame plus Midnight Express"); after "<works> include|
including" this module reads only a list that holds such a modifier or a "plus" (the others are
`entity_kind_lists`'s).

Kinds: films, movies, blockbusters, hits, classics, albums, songs, singles, shows, series,
programmes, sitcoms, dramas, books, novels, plays, musicals, operas, games, titles. Left alone:
lists after a kind of people or body ("such stars as Tom Hanks and Meg Ryan", "such firms as Ford
and GM", "such countries as"), a member that opens with a common first name or is the surname of
a full name the article names, a known place, a member the model read as a place or a people,
and a member a mention runs over.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_kind_lists import regrouped
from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORK = "WORK_OF_ART"
_KINDS = (
    r"films|movies|blockbusters|hits|classics|albums|songs|singles|shows|series|programmes"
    r"|sitcoms|dramas|books|novels|plays|musicals|operas|games|titles"
)
# A prize's or the critics' word before a member: no word of its title.
_MODIFIER = (
    r"(?:(?:Oscar|Bafta|Emmy|Grammy|Olivier|Tony|award|prize)-(?:winning|nominated)"
    r"|acclaimed|classic) "
)
_SUCH = re.compile(rf"\bsuch (?:[a-z-]+ )?(?:{_KINDS}) as (?={_MODIFIER}|[A-Z0-9])")
_INCLUDE = re.compile(
    r"\b(?:[Ff]ilms|[Mm]ovies|[Hh]its|[Aa]lbums|[Cc]redits|[Bb]ooks|[Nn]ovels|[Ss]hows|[Pp]lays)"
    rf" (?:include|included|including) (?={_MODIFIER}|[A-Z0-9])"
)
_WORD = r"(?:[A-Z0-9]|[a-z]+[A-Z])[\w'’-]*"
# One member: capitalised words, with a title's small words only between two of them.
_ITEM = re.compile(rf"{_WORD}(?: (?:(?:of|the|a|an|in|on|at|to) ){{0,2}}{_WORD})*")
_SEP = re.compile(r", and |, or |, plus |, | and | or | plus ")
# "and the Matrix series": a franchise closing the list.
_FRANCHISE = re.compile(
    rf"the {_WORD}(?: {_WORD})* (?:series|trilogy|films|movies|franchise|sequels|books)\b"
)
_PLACES = ("GPE", "LOC", "NORP")


def _members(text: str, at: int) -> tuple[list[tuple[int, int]], bool]:
    """The members' spans of the list that opens at `at`, and whether one held a modifier or
    was joined by "plus"; none unless two or more members or a franchise closes the list after
    "and"."""
    items: list[tuple[int, int]] = []
    marked = False
    pos = at
    last = ""
    while True:
        modifier = re.match(_MODIFIER, text[pos:])
        if modifier is not None:
            pos += modifier.end()
            marked = True
        item = _ITEM.match(text, pos)
        if item is None:
            if last.strip(", ") == "and" and _FRANCHISE.match(text, pos) and items:
                return items, marked  # "Speed, The Devil's Advocate and the Matrix series"
            return [], marked
        items.append(item.span())
        sep = _SEP.match(text, item.end())
        if sep is None:
            break
        last = sep.group()
        marked = marked or "plus" in last
        pos = sep.end()
    if len(items) < 2 or last.strip(", ") not in ("and", "or", "plus"):
        return [], marked
    return items, marked


def such_listed_works(
    text: str, mentions: list[RawMention], key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions, each member of a "such <works> as" list (or of a marked "<works>
    include" list) a WORK_OF_ART on its own, a mention glued over several members parted, and a
    member the model missed added (the module's doc)."""
    if "such " not in text and "includ" not in text:
        return mentions
    lists = [_members(text, opening.end())[0] for opening in _SUCH.finditer(text)]
    for opening in _INCLUDE.finditer(text):
        items, marked = _members(text, opening.end())
        if marked:
            lists.append(items)
    lists = [items for items in lists if items]
    if not lists:
        return mentions
    surnames = {
        key(m.text).split()[-1] for m in mentions if m.label == "PERSON" and " " in key(m.text)
    }
    found: list[tuple[int, RawMention]] = []
    added: list[RawMention] = []
    removed: set[int] = set()
    for items in lists:
        for i, glued in enumerate(mentions):  # one mention glued over two members or more
            held = [s for s in items if glued.start <= s[0] and s[1] <= glued.end]
            if len(held) >= 2 and glued.start == held[0][0] and glued.end == held[-1][1]:
                removed.add(i)
        for start, end in items:
            whole = text[start:end]
            if person_by_first_name(whole) or key(whole) in surnames or known_place(whole):
                continue
            inside = [
                i for i, n in enumerate(mentions) if n.start < end and start < n.end
                and i not in removed
            ]  # fmt: skip
            if len(inside) > 1 or any(
                mentions[i].start < start or mentions[i].end > end for i in inside
            ):
                continue
            if not inside:
                near = min(mentions, key=lambda n: abs(n.start - start), default=None)
                if near is not None and re.search(r"[^\W\d_]", whole):
                    added.append(
                        replace(near, text=whole, start=start, end=end, label=_WORK,
                                votes=False, cue=_WORK, by_form=False)
                    )  # fmt: skip
                continue
            one = mentions[inside[0]]
            if one.label in _PLACES or (one.cue and one.cue != _WORK):
                continue
            grown = replace(one, text=whole, start=start, end=end, cue=_WORK, by_form=False)
            found.append((inside[0], grown))
    return regrouped(mentions, removed, found, added)
