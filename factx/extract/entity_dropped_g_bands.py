"""A band's word ending in "in'" keeps its apostrophe and the next word before a member's role.

"Livin' Joy singer Janice", "Blazin' Squad rapper Kenzie": the model stops the band's name at
the dropped g's apostrophe and tags the first word alone, as a person (`Livin` PERSON, a band
labelled PERSON, seed 152) or a firm cut short (`Blazin` ORG). A capitalised word ending in
"in" with its apostrophe, then one capitalised word, then a member's role ("singer", "rapper",
"dancer", "member", "frontman", ...) and a capitalised name is the band, ORG, whole; the
mentions inside it go (round r47b-goods). The role word is the guard that round r37d-acts's
`dropped_gs` lacked: its "Dunkin' Donuts and Baskin-Robbins" in a list of chains was voted
PERSON; with no role word after it, that list is left as the model reads it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.spans import one_mention_over

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_ROLES = (
    r"singer|rapper|dancer|member|frontman|frontwoman|star|drummer|guitarist|bassist"
    r"|vocalist|keyboardist|lead singer|DJ"
)
_BAND = re.compile(
    r"(?<![\w'’-])(?P<band>[A-Z][a-z]+in['’] [A-Z][\w-]+)"
    rf"(?= (?:{_ROLES})s? [A-Z])"
)


def dropped_g_bands(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
) -> list[RawMention]:
    """The mentions, each band named "<Word>in' <Word>" before a member's role ORG whole (see
    the module docstring)."""
    if "in' " not in text and "in’ " not in text:
        return mentions
    result = list(mentions)
    for layout in layouts:
        for match in _BAND.finditer(text, layout.offset, layout.end):
            # the first of the model's mentions inside the band's name, stretched over it
            result = one_mention_over(
                text, result, layout, match.span("band"), "ORG", add, lambda m: True
            )
    return result
