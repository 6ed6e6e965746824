"""A law named by its sponsors' surnames before a law's word, grown whole where the model cut it.

US news names laws and bills by their sponsors' surnames joined by hyphens: "the McCain-Feingold
rules", "the Graham-Cassidy bill", "Dodd-Frank reforms". The model often tags the first surname
alone, a person ("McCain" PERSON of "the McCain-Feingold rules"), and leaves the rest untagged,
so no cue of the law's word after the pair can read it. `acts_by_their_sponsors`
(`entity_laws`, round r42b-sport) grows such a name before "Act"; this grows it before a law's
lower-case word or "Bill|Law", and the cue `law by its authors' hyphened surnames`
(`factx/data/entities.json`) makes the whole a law, LAW (round r49-firms). Only a one-word
mention grows, never a prefix's ("Anglo" of "Anglo-Irish rules"): a person's full name cut at a
double-barrelled surname is `whole_hyphened_surname`'s ("Robert Kilroy" + "-Silk"), and a lone
"Kilroy" + "-Silk rules out" grows into the surname, which the cue's guards leave a person.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The rest of the sponsors' names after the first, then a law's word: "-Feingold rules".
_SPONSORS_REST = re.compile(
    r"(?:-[A-Z][\w'’]*)+(?= (?:Bill|Law|law|laws|bill|rules|reforms?|legislation|"
    r"regulations?|requirements|provisions|compliance|standards)\b)"
)
# The first sponsor's name, one word with no hyphen; no prefix of a people's or a region's
# compound ("Anglo-Irish", "Trans-Atlantic").
_FIRST_SPONSOR = re.compile(
    r"(?:the |The )?(?!(?:Anglo|Franco|Sino|Euro|Trans|Inter|Pan|Afro|Indo|Russo|Austro|Italo|"
    r"Non|Anti|Pro|Post|Pre|Neo)\b)[A-Z][\w'’]*"
)


def laws_cut_at_a_sponsor(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each first sponsor's name the model tagged alone before "-<Sponsor> <law's
    word>" grown over the other sponsors' names, and any mention inside them gone: "McCain" of
    "the McCain-Feingold rules" -> "McCain-Feingold" (its label left to the cues)."""
    if "-" not in text:
        return mentions
    dropped: set[int] = set()
    result = []
    for m in mentions:
        rest = (
            _SPONSORS_REST.match(text, m.end)
            if m.label not in ("LAW", "NORP") and _FIRST_SPONSOR.fullmatch(m.text)
            else None
        )
        if rest is not None:
            end = rest.end()
            inside = [k for k in mentions if k is not m and m.end <= k.start and k.end <= end]
            dropped.update(id(k) for k in inside)
            m = replace(m, text=text[m.start : end], end=end)
        result.append(m)
    return [m for m in result if id(m) not in dropped]
