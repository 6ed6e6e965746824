"""A body's project glued to the body at its possessive (round r51b-bodies, Lee sheet W's
"Rules these errors suggest"; sentences of my own).

`projects_parted`: "the Tenants Rights Coalition's Housing and Debt Project" comes back from
the model as one ORG over the possessive. Where the part before "'s" ends in a body's kind word
("Coalition", "Council", "Union", "Association", ...) and the part after it ends in a project's
("Project", "Program", "Programme", "Fund", "Campaign", "Unit", "Initiative", "Scheme"), they are
two names, the body and its project, each ORG. Left alone: "St Vincent's Hospital" and "the
Women's Health Project" (no body's kind word before the "'s"), and a possessive before a
lower-case word (no project's name).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_BODY_AND_PROJECT = re.compile(
    r"(?P<body>(?:[Tt]he )?(?:[A-Z][\w-]* ){0,4}"
    r"(?:Coalition|Council|Union|Association|Society|Federation|Alliance|Network|Foundation"
    r"|Institute|Commission|Committee|Authority|League|Trust|Centre|Center|Service|Services))"
    r"['’]s "
    r"(?P<project>[A-Z][\w-]*(?: (?:[A-Z][\w-]*|and|of|for|on|&))* "
    r"(?:Project|Program|Programme|Fund|Campaign|Unit|Initiative|Scheme))"
)


def projects_parted(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each "<Body>'s <Name> Project" parted into the body and its project, ORG
    each (the module's doc)."""
    result: list[RawMention] = []
    for m in mentions:
        found = _BODY_AND_PROJECT.fullmatch(m.text) if "s " in m.text else None
        if found is None:
            result.append(m)
            continue
        body_end = m.start + found.end("body")
        project_start = m.start + found.start("project")
        result.append(replace(m, text=text[m.start : body_end], end=body_end, label="ORG"))
        result.append(
            replace(m, text=text[project_start : m.end], start=project_start, label="ORG")
        )
    return result
