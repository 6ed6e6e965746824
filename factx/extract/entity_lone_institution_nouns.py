"""A lone capitalised common noun after "a|an" is no name (round r55-works).

BBC sheet 54G (politics/389): "the new stability pact rules were not part of a binding
Treaty" -- the model tags `Treaty` ORG (no treaty is named: "a" says any one; if one, a LAW).
The even half's business/166 gives the same shape as a person: "we are going to introduce a
hybrid Bill for Crossrail" (`Bill` PERSON, by the given name's look). A word of a treaty's, a
law's or a body's kind ("Treaty", "Constitution", "Bill", "Act", "Committee", "Commission",
"Charter", "Convention", "Directive"), capitalised as British writers capitalise them, that
the model tags alone right after "a|an" and up to two lower-case words ("a binding Treaty", "a
hybrid Bill", "an independent Commission") names nothing, and the mention goes. Left alone: a
span with a name's word ("an EU Treaty", "a Maastricht Treaty-style deal": a capital or a
hyphen right after the noun, or the span longer than the word), "the Treaty" after a treaty's
full name (no "a"), "an Act of Parliament" (the noun before "of"), and a person's given name
after "a young|little|old" ("a young Bill").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_NOUNS = frozenset(
    ("Treaty", "Constitution", "Bill", "Act", "Committee", "Commission", "Charter", "Convention",
     "Directive")
)  # fmt: skip
# "a binding ", "an independent ", "a new hybrid ": not "a young " (a person's given name).
_INDEFINITE = re.compile(r"(?<![\w'’-])[Aa]n?(?: (?!young |little |old )[a-z][a-z-]*){0,2} $")
# What may follow the lone noun: no capitalised word, hyphen or "of" of a longer name.
_NAME_GOES_ON = re.compile(r"[-\w'’]| [A-Z]| of\b")
_LOOK_BACK = 40


def without_lone_institution_nouns(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, less a lone kind noun after "a|an" (the module's doc)."""
    return [
        m
        for m in mentions
        if not (
            m.text in _NOUNS
            and _INDEFINITE.search(text, max(0, m.start - _LOOK_BACK), m.start) is not None
            and _NAME_GOES_ON.match(text, m.end) is None
        )
    ]
