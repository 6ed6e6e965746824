"""A performer named by one word right after a calling, which the small model leaves out:
"Chart-topping R&B star Usher is leading the field" (seed 114's entertainment/156: the
article's main name, no entity at all), "UK rapper Kano third".

After "singer", "rapper" or a genre's "star" ("R&B|pop|soul|rap|hip-hop|reggae|rock|folk|jazz
star"), one capitalised word of letters with no capital, "&" or hyphened capital after it, that
no mention nor other fact holds, is a person's name: a calling names a person, and a one-word
name is a stage name ("Usher", "Kano"). Not "star" alone ("a star Wimbledon performance", "Star
Wars"). The other mentions of the name are found by its string afterwards. Round r41-people.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.spans import SpanIndex

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[[str, Layout, int, int, str, str], RawMention]

_CALLED = re.compile(
    r"\b(?:(?:R&B|[Pp]op|[Ss]oul|[Rr]ap|[Hh]ip-hop|[Rr]eggae|[Rr]ock|[Ff]olk|[Jj]azz) star|"
    r"[Ss]inger|[Rr]apper) (?P<name>[A-Z][a-z]+)\b(?![ -]?[A-Z&])"
)


def with_called_names(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with each untagged one-word name after a performer's calling as a person
    (the module's doc). Guard: the calling's search over the text, once."""
    if _CALLED.search(text) is None:
        return list(mentions)
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    found: list[RawMention] = []
    for layout in layouts:
        for match in _CALLED.finditer(text, layout.offset, layout.end):
            start, end = match.span("name")
            if covered.overlaps(start, end):
                continue
            found.append(add(text, layout, start, end, "PERSON", "PERSON"))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else list(mentions)
