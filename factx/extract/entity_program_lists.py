"""Every member of a list of programs named right after their plural kind is a program
(round r54-names).

`program_lists`: "users of the file-sharing programs BitTorrent, eDonkey and DirectConnect"
(BBC sheet 54D's tech/241) gives `BitTorrent` PRODUCT (the cue "product after its kind" reads
the member right after the kind), `DirectConnect` ORG (the model's, the cue not reaching past
the first member) and `eDonkey` nothing (the model misses a word with a small first letter);
"free programs such as Spybot and Ad-Aware", "Microsoft's two previous programs, Passport and
Hailstorm" are of the shape. After a plural kind of software ("programs", "programmes",
"applications", "software", "browsers", or "networks" after "file-sharing|file-swapping|
peer-to-peer|P2P"), with at most one lower-case word after it and then "such as|like|
including|include|,", a list of two or more names joined by commas and a last "and|or" are
all programs, PRODUCT: each member the model tagged is cued so, and one it missed whose word
has a capital inside ("eDonkey", "LimeWire") or that stands between two members it tagged is
added. Not "firms|companies|services|sites such as" (`services such as KaZaa, eDonkey`, the
house's ORG: a service is run by a firm), not a member that opens with a common first name or
is a known place, and not a member the model ran into a longer mention.

Guarded by the kind's words in the text before any mention is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.first_names import opens_with_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

_KINDS = re.compile(
    r"\b(?:programs|programmes|applications|software|browsers"
    r"|(?:file-sharing|file-swapping|peer-to-peer|P2P) networks)"
)
_MEMBER = r"[A-Za-z][\w.+-]*[A-Za-z0-9+](?: [A-Z][\w.+-]*)?"
_LIST = re.compile(
    rf"(?: [a-z]+)?(?:,? (?:such as|like|including|include)|,)? "
    rf"(?P<list>{_MEMBER}(?:, {_MEMBER})*,? (?:and|or) {_MEMBER})(?![\w'’-])"
)
_SPLIT = re.compile(r",? (?:and|or) |, ")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def program_lists(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Callable[..., RawMention],
) -> list[RawMention]:
    """The mentions, each member of a list of programs after their plural kind cued PRODUCT
    and the members the model missed added (the module's doc, `program_lists`)."""
    kinds = list(_KINDS.finditer(text))
    if not kinds:
        return mentions
    result = list(mentions)
    for kind in kinds:
        found = _LIST.match(text, kind.end())
        if found is None:
            continue
        start = found.start("list")
        members: list[tuple[int, int]] = []
        for part in _SPLIT.split(found.group("list")):
            at = text.index(part, start)
            members.append((at, at + len(part)))
            start = at + len(part)
        if any(not text[s].isupper() and not _INNER_CAPITAL.search(text, s, e)
               for s, e in members):  # fmt: skip
            continue  # "programs like these and others": lower-case words, no list of names
        over = [[m for m in result if m.start < e and s < m.end] for s, e in members]
        if any(m.start < s or m.end > e for (s, e), ms in zip(members, over, strict=True)
               for m in ms):  # fmt: skip
            continue  # a mention runs past a member: the list is not as read
        tagged = [bool(ms) for ms in over]
        layout = layout_holding(layouts, members[0][0], members[-1][1])
        if layout is None:
            continue
        for n, ((s, e), ms) in enumerate(zip(members, over, strict=True)):
            name = text[s:e]
            if opens_with_first_name(name) or known_place(name):
                continue
            if ms:
                for m in ms:
                    m.cue, m.by_form = "PRODUCT", False
                continue
            between = any(tagged[:n]) and any(tagged[n + 1 :])
            if _INNER_CAPITAL.search(name) or between:
                result.append(add(text, layout, s, e, "PRODUCT", "PRODUCT"))
        result.sort(key=lambda m: m.start)
    return result
