"""A lone honorific after "the" is the one person the article names under it (round r50-people).

Lee sheet B's lee220: "Hamas founder Sheikh Ahmed Yassin ..." and later "the Palestinian police do
not have control around the Sheikh's house" gave a `Sheikh` PERSON of its own beside `Ahmed
Yassin` (factx drops the title before the full name, not the title standing alone). The title
alone after "the" stands for its holder: where the article names exactly one person right after
that title ("Sheikh Ahmed Yassin"), the lone title's mentions join that person.

Only religious and Gulf rulers' titles that name no one alone in the news (Sheikh, Sheik, Emir,
Imam, Mullah, Ayatollah, Maulana, Sultan, Pope); not "King", "Queen", "Prince" (also surnames,
an act's and a band's names: "Prince" the singer, "Queen"). Left alone: a lone title where the
article names two holders or none (who it stands for is the reader's guess), a title the model
tagged other than PERSON, and a title with its own name ("Sheikh Mohammed": title and name,
the person).
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


def lone_honorifics_to_their_person(
    text: str,
    mentions: Sequence[RawMention],
    short_forms: dict[str, str],
    key: Callable[[str], str],
) -> None:
    """Join a PERSON mention that is a lone title after "the" ("the Sheikh's house") to the one
    person the article names right after that title, through `short_forms` (the module's doc)."""
    lone = {
        m.text
        for m in mentions
        if m.text in _LONE_TITLES
        and m.label == "PERSON"
        and _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
    }
    for title in sorted(lone):
        holders = {
            key(m.text)
            for m in mentions
            if m.label == "PERSON"
            and m.text not in _LONE_TITLES
            and " " in m.text
            and text[max(0, m.start - len(title) - 1) : m.start] == f"{title} "
        }
        if len(holders) == 1:
            short_forms.setdefault(key(title), holders.pop())  # "the Sheikh" of Ahmed Yassin
