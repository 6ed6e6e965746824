"""A capitalised "Anti-" or "Pro-" opening a sentence is cut from its name as the lower-case one
is (round r50b-names, Lee sheet G's lee088: "Anti-Taliban forces are continuing their search"
gave `Anti-Taliban` ORG, a body of that name; "anti-Iraqi" in lee307 gave `Iraqi`, which
`entities.repair` cuts by the data's `name_prefixes`, lower case only).

`without_capital_prefixes`: a mention that is one hyphened word "Anti-<Name>" or "Pro-<Name>"
is "<Name>". Left alone: a name of several words opening with the prefix ("Anti-Slavery
International", "the Anti-Defamation League", "Anti-Doping Agency": bodies whole), the words of
the data's `prefixed_words` ("Anti-Semitism"), and a rest that is a common noun's form
("Anti-Doping", "Pro-Choice": no name after the prefix).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_CAPITAL_PREFIX = re.compile(r"(?:Anti|Pro)-(?=[A-Z][\w']+$)")
# A rest that is a common noun's or adjective's form, no name: "Doping", "Semitism", "Choice".
_COMMON_REST = re.compile(r"\w*(?:ing|isms?|ions?|ment|ity|ness|ive|ists?|Choice|Life)$")


def without_capital_prefixes(mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, less a capitalised "Anti-|Pro-" before a one-word name (the module's
    doc)."""
    kept: list[RawMention] = []
    for m in mentions:
        found = _CAPITAL_PREFIX.match(m.text)
        if found is not None and not _COMMON_REST.fullmatch(m.text[found.end() :]):
            cut = found.end()
            m = replace(m, text=m.text[cut:], start=m.start + cut)
        kept.append(m)
    return kept
