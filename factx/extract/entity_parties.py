"""A party by its kind word alone: "the Party" in an article that names the party in full.

Papers that name a party in full ("the Conservative Party") go on to call it "the Party"
with its capital ("any damage to the Party"); the model tags the word alone a name of its
own, an organisation called Party. Where the article names one party in full, and only one,
the word alone with its "the" is that party's mention; where it names none or several it is
left as it is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_KIND = "Party"
# With its "the" only: "the Party" points back to a party named before; a bare "Party" before
# a noun ("Party leader Michael Howard") is a role's word, read by the role's rules.
_ALONE = frozenset({f"the {_KIND}", f"The {_KIND}"})


def join_party_kind_word(groups: dict[str, list[RawMention]]) -> None:
    """Move the mentions of "the Party" alone (by key) into the group of the one party the
    article names in full, the mentions no longer voting on the label nor cueing it."""
    alone = [key for key in sorted(groups) if all(m.text in _ALONE for m in groups[key])]
    if len(alone) != 1:
        return
    parties = [
        key
        for key in sorted(groups)
        if key != alone[0] and any(m.text.endswith(" " + _KIND) for m in groups[key])
    ]
    if len(parties) != 1:
        return
    moved = groups.pop(alone[0])
    groups[parties[0]].extend(replace(m, votes=False, cue="") for m in moved)
