"""A lone honorific after "the" is the one person the article names under it (round r50-people).

Lee sheet B's lee220: "Hamas founder Sheikh Ahmed Yassin ..." and later "the Palestinian police do
not have control around the Sheikh's house" gave a `Sheikh` PERSON of its own beside `Ahmed
Yassin` (factx drops the title before the full name, not the title standing alone). The title
alone after "the" stands for its holder: where the article names exactly one person right after
that title ("Sheikh Ahmed Yassin"), the lone title's mentions join that person.

Only religious and Gulf rulers' titles that name no one alone in the news (Sheikh, Sheik, Emir,
Imam, Mullah, Ayatollah, Maulana, Sultan, Pope); not "King", "Queen", "Prince" (also surnames,
an act's and a band's names: "Prince" the singer, "Queen"). Where the name is written with its
title ("Mullah Mohammad Omar", "Mullah Omar", whose title factx keeps), the holder is the one
last word they share. A title the model took with its "the" ("The Mullah is in hiding") loses
it: a person's name takes none, and the house reads a name with its "the" as a thing
(`Cluster.label`), which made the whole "Mullah Mohammad Omar" PRODUCT at the base.

Left alone: a lone title where the article names two holders or none (who it stands for is the
reader's guess), a title the model tagged other than PERSON, and a title with its own name
("Sheikh Mohammed": title and name, the person).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_LONE_TITLES = frozenset(
    {"Sheikh", "Sheik", "Emir", "Imam", "Mullah", "Ayatollah", "Maulana", "Sultan", "Pope"}
)
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he $")
# The title alone, with its own "the" where the model took it in ("The Mullah is in hiding").
_LONE = re.compile(r"(?:[Tt]he )?([A-Z][a-z]+)")


def lone_honorifics_to_their_person(
    text: str,
    mentions: Sequence[RawMention],
    short_forms: dict[str, str],
    key: Callable[[str], str],
) -> None:
    """Join a PERSON mention that is a lone title after "the" ("the Sheikh's house", "The
    Mullah is in hiding") to the one person the article names right after that title, or with
    it ("Mullah Mohammad Omar", whose title factx keeps), through `short_forms` and a PERSON cue
    (the module's doc)."""
    lone: dict[str, list[RawMention]] = {}
    for m in mentions:
        found = _LONE.fullmatch(m.text)
        if (
            found is not None
            and found[1] in _LONE_TITLES
            and m.label == "PERSON"
            and (" " in m.text or _THE_BEFORE.search(text, max(0, m.start - 5), m.start))
        ):
            lone.setdefault(found[1], []).append(m)
    for title in sorted(lone):
        holders = [
            m.text
            for m in mentions
            if m.label == "PERSON"
            and _LONE.fullmatch(m.text) is None
            and " " in m.text
            and (
                m.text.startswith(f"{title} ")
                or text[max(0, m.start - len(title) - 1) : m.start] == f"{title} "
            )
        ]
        # One holder, however often named: "Mullah Mohammad Omar" and "Mullah Omar" share
        # their last word; the longest names him.
        if holders and len({name.rsplit(" ", 1)[-1] for name in holders}) == 1:
            holder = key(max(holders, key=len))
            for m in lone[title]:
                if m.text != title:  # "The Mullah": a person's name takes no "the"
                    m.start, m.text = m.end - len(title), title
                m.cue = "PERSON"  # "the Sheikh" of Ahmed Yassin, "The Mullah" of Mullah Omar
                short_forms.setdefault(key(m.text), holder)
