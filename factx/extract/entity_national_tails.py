"""A body's name never ends in "of" and a nationality: it runs on over the noun after it.

Bodies are named for the nation's members they gather ("the Association of British Insurers",
"the Federation of Irish Farmers"); where the article writes the members' noun in lower case
("The Association of British insurers said claims rose", seed 146) the model ends the name at
the nationality, `Association of British` ORG, a name no body has. Where a mention ends in
"of" and a nationality's word (British, Irish, American, ...) and a lower-case plural noun or
a trade's noun (industry, commerce, business) follows, the mention grows over that noun, the
body whole (round r46c-bodies). A verb or a small word after the nationality ("of British is",
"of Irish and") is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_bodies import with_grown

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_ENDS_IN_NATIONALITY = re.compile(
    r"\S \bof (?:British|Irish|American|Scottish|Welsh|English|European|Canadian|Australian)$"
)
# A lower-case plural noun (not a verb's "is", "has", "was", "says") or a trade's noun.
_NOUN = re.compile(
    r" (?!(?:is|was|has|says|does|its|this|thus|as|us)\b)"
    r"(?:[a-z]{2,}s|industry|industries|commerce|business|trade)\b(?![\w'’-])"
)


def bodies_cut_at_nationality(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each one ending in "of <Nationality>" grown over its members' noun."""
    grown: list[tuple[int, RawMention]] = []
    for i, m in enumerate(mentions):
        if _ENDS_IN_NATIONALITY.search(m.text) is None:
            continue
        noun = _NOUN.match(text, m.end)
        if noun is None:
            continue
        grown.append((i, replace(m, text=text[m.start : noun.end()], end=noun.end())))
    return with_grown(mentions, grown)
