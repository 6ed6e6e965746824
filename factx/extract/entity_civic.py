"""Bodies the model cuts in politics news: a party after its country's initials, a body's name
cut at its plural possessive.

"UK Independence Party leader Roger Knapman said": the model tags the initials alone, a
country (`UK` GPE), and leaves the party's name after them untagged or cut ("Independence
Party"); where a country's initials are followed by one to three capitalised words and "Party",
the initials are the party's first word and the whole is one organisation (round r38-civic,
seed 90's politics/373).

"five awards from the Boston Critics' Circle": the model stops at the plural possessive's
apostrophe (`Boston Critics` ORG). Where a mention ends in a plural noun of people ("Critics",
"Writers", "Bankers") and an apostrophe and a body's kind word follow ("' Circle", "' Guild",
"' Union"), the name runs on over them (round r38-civic, seed 89's entertainment/352).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A country's initials the model tags as the country before a party's name.
_INITIALS = frozenset({"UK", "US", "SA", "NZ"})
# The party's name after the initials: one to three capitalised words and "Party".
_PARTY = re.compile(r" (?:[A-Z][a-z]+ ){1,3}Party(?![\w'’-])")


def parties_after_initials(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a country's initials grown over the party's name right after them into
    the party, an organisation: "UK Independence Party leader" (the model's `UK` GPE, the rest
    untagged or tagged apart). The mentions inside the party's name give way. Not where the
    initials are inside a longer mention, nor where no "Party" closes the run ("UK Independence
    campaigners")."""
    result: list[RawMention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue  # inside the grown party's name
        found = _PARTY.match(text, m.end) if m.text in _INITIALS else None
        if found is None:
            result.append(m)
            continue
        end = found.end()
        if any(o.start < end < o.end for o in mentions):
            result.append(m)  # a longer name runs across the party's end
            continue
        skip_to = end
        result.append(replace(m, text=text[m.start : end], end=end, label="ORG", cue="ORG"))
    return result


# A plural noun of people that ends a body's name before its possessive's apostrophe.
_PLURAL_PEOPLE = re.compile(r"(?:^|\s)[A-Z][a-z]+(?:ers|ors|ics|ists|ians|ants|ents)$")
# The apostrophe and the body's kind word after it.
_KIND_AFTER = re.compile(
    r"['’] (?:Circle|Guild|Union|Association|Federation|Society|Council|Alliance|Forum)"
    r"(?![\w'’-])"
)


def bodies_over_plural_possessive(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a name cut at its plural possessive grown over the apostrophe and the
    body's kind word after it, an organisation: "the London Critics' Circle" (the model's
    `London Critics`), "the Writers' Guild". Only after a plural noun of people ("Critics",
    "Bankers"): a place's or a person's "s" ("Wales' Federation", "Jones' Club") is no plural.
    A mention of the kind word alone after the apostrophe gives way."""
    result: list[RawMention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue  # the kind word the model tagged alone
        if m.end >= len(text) or text[m.end] not in "'’" or not _PLURAL_PEOPLE.search(m.text):
            result.append(m)
            continue
        found = _KIND_AFTER.match(text, m.end)
        if found is None:
            result.append(m)
            continue
        end = found.end()
        if any(o.start < end < o.end for o in mentions):
            result.append(m)
            continue
        skip_to = end
        result.append(replace(m, text=text[m.start : end], end=end, label="ORG", cue="ORG"))
    return result
