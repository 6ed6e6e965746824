"""A person's surname after an honorific, where the model missed it (round r55-people).

'"... the back of our house," Mr Walker said.' (Lee's lee264, after "Martin Walker"; the
same in lee150, lee156 and lee090): right after a closing quotation the small model often
tags nothing of "Mr Walker", and the lone-surname rule (`entity_surnames.with_surnames`)
skips a surname with a capital before it, leaving "Mr Marriner" to the honorific's rules,
which only read what the model tagged. Here the surname after "Mr|Mrs|Ms|Miss|Dr" is a
mention of the person the article named in full before it (a full name the model tagged
PERSON, whose last word it is), PERSON, copying the label (no vote): the honorific says it is
a person's name, whatever the word ("Mr Major", "Ms Johnston"). Not before the full name
(whose it is the article has not said), not before another capitalised word ("Mr Walker
Smith": a longer name), nor where any mention or other fact already covers it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_surnames import full_name_surname
from factx.extract.spans import SpanIndex, alternation

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_CAPITAL_AFTER = re.compile(r" [A-Z]")


def honorific_surnames(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with each surname after an honorific that the model left untagged, of a
    person it named in full before: '"...," Mr Walker said.' after "Martin Walker"."""
    first_seen: dict[str, int] = {}
    for m in mentions:
        surname = full_name_surname(m.text)
        if m.label == "PERSON" and m.votes and not m.headline and surname:
            first_seen.setdefault(surname, m.end)
    if not first_seen:
        return list(mentions)
    pattern = re.compile(
        r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? (" + alternation(first_seen) + r")(?![\w'’-])"
    )
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    found: list[RawMention] = []
    for layout in layouts:
        for match in pattern.finditer(text, layout.offset, layout.end):
            start, end = match.span(1)
            if start < first_seen[match.group(1)]:
                continue  # before the full name
            if _CAPITAL_AFTER.match(text, end, min(layout.end, end + 2)):
                continue  # "Mr Walker Smith"
            if covered.overlaps(match.start(), end):
                continue
            found.append(add(text, layout, start, end, "PERSON", "", votes=False))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else list(mentions)
