"""A body's committee after the body's possessive: two names (round r49b-us).

PolNeAR sheet A: "McCaul, who chairs the House’s Homeland Security Committee" is one ORG by
the model, `House's Homeland Security Committee`, which names neither the chamber nor the
committee as either is called. The committee is its own name ("the Homeland Security
Committee"), and the chamber its own mention: "the Senate’s Foreign Relations Committee",
"Labour's National Executive Committee", "the Commons' Public Accounts Committee".
`possessives_parted` (entity_possessives.py) parts an owner glued to a name only where the
article names both alone, and never a span with its "the"; this reads the owners that are
bodies of a legislature, a government or a party (a closed class) and names that end in a
committee's kind word. A name whose possessive is its
own ("Lloyd's Register", "McDonald's Corporation", "St John's Ambulance") has no such owner
and stays whole.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_OWNERS = (
    "House|Senate|Congress|Parliament|Assembly|Legislature|Commons|Lords|Council|Cabinet|"
    "White House|Pentagon|Labour|Conservatives|Tories|GOP|UN|EU|Nato|NATO"
)
_KINDS = "Committee|Subcommittee|Sub-committee|Commission|Panel|Caucus|Office|Taskforce|Task Force"
_OWNED_BODY = re.compile(
    rf"(?:[Tt]he )?(?P<owner>{_OWNERS})(?:['’]s|(?<=s)['’]) "
    rf"(?P<name>[A-Z][\w-]*(?: (?:and |on |of |for |the )*[A-Z][\w-]*)*? (?:{_KINDS}))"
)


def bodies_after_an_owner(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each "<body>'s <Name> Committee" parted into the owner and the committee,
    both ORG."""
    result: list[RawMention] = []
    for m in mentions:
        found = _OWNED_BODY.fullmatch(m.text)
        if found is None:
            result.append(m)
            continue
        o_start, o_end = m.start + found.start("owner"), m.start + found.end("owner")
        n_start = m.start + found.start("name")
        result.append(replace(m, text=text[o_start:o_end], start=o_start, end=o_end, label="ORG"))
        result.append(replace(m, text=text[n_start : m.end], start=n_start, label="ORG"))
    return result
