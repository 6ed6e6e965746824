"""An instruction's opening verb is no name (round r49b-misc).

- `without_imperative_openers`: a one-word mention that opens a line (a subhead, a list item),
  right before "or|and", a lower-case verb and a determiner, is the first of two imperative
  verbs, no name: "Shorten or eliminate the period in which loss carry-overs can be used"
  (PolNeAR sheet D's nyt 10-14, the first of four imperative subheads: `Shorten` PERSON, the
  model's). Left alone: a surname opening a sentence before a verb of its own ("Shorten said
  the tax was unfair": no "or|and" after it), a common first name ("Chris and the team"), and a
  word the article also writes capitalised inside a sentence, as it writes a name ("Labor
  leader Bill Shorten ... Shorten or his deputy ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.capitals import capitalised_inside
from factx.extract.first_names import first_names

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_TWO_VERBS = re.compile(
    r" (?:or|and) [a-z]{3,} (?:the|a|an|all|any|their|its|this|these|those|your|our|some)\b"
)
_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC"})


def _opens_line(text: str, at: int) -> bool:
    line = text.rfind("\n", 0, at) + 1
    return not text[line:at].strip(" \t\"“'‘•*-–")


def without_imperative_openers(
    text: str, mentions: list[RawMention]
) -> tuple[list[RawMention], list[tuple[int, int]]]:
    """The mentions, less an opening imperative verb (the module's doc), and the verbs' spans,
    where no name may be matched again ("Shorten said" elsewhere)."""
    if not re.search(r"\n[ \t]*[A-Z][a-z]+ (?:or|and) [a-z]", "\n" + text):
        return mentions, []
    kept, verbs = [], []
    for m in mentions:
        if (
            m.label in _LABELS
            and m.text.isalpha()
            and _TWO_VERBS.match(text, m.end)
            and _opens_line(text, m.start)
            and m.text.casefold() not in first_names()
            and not capitalised_inside(text, m.text)
        ):
            verbs.append((m.start, m.end))
            continue
        kept.append(m)
    return kept, verbs
