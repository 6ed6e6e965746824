"""A minister's portfolio is part of a title, no body (round r50-bodies, Lee sheets A, D and F).

"New South Wales Emergency Services Minister Bob Debus says" gives `New South Wales Emergency
Services` ORG, "Fair Trading Minister John Aquilina" `Fair Trading` ORG, "The Federal Privacy
Commissioner, Malcolm Crompton, says" `Federal Privacy` ORG and "Royal Commissioner Terence Cole"
`Royal` ORG: the model tags the words before an office's title as a name, where they are the
office's field (the portfolio) or its level. The BBC halves hold the same shape ("Economics
Minister" ORG, "Lifelong Learning Minister" and "Humanitarian Aid Commissioner" PERSON).

- `portfolios_before_titles`: a mention right before "Minister", "Commissioner" or "Secretary" in
  title case (with "Shadow" between) is dropped where it names no body: no word of it is a
  body's kind word (`_BODY_WORDS`: "Home Office Minister", "Metropolitan Police Commissioner",
  "Cabinet Secretary", "the Office of the Deputy Prime" + "Minister" keep their body), it does
  not end in a title's own first word ("Deputy Prime"), it is not written in capitals ("EU
  Commissioner", "UN Secretary"), it is no place or people the model or the lists know
  ("Northern Ireland Minister", "European Commissioner", "US Secretary"), nor a person's name
  the model read with a common first name. A known state or country opening it is kept as the
  place, GPE ("New South Wales" of "New South Wales Emergency Services Minister"). Not a title
  in lower case ("a Cabinet minister", "Labour minister": the party's or the body's member).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.first_names import opens_with_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_TITLE_AFTER = re.compile(r" (?:Shadow )?(?:Minister|Commissioner|Secretary)\b(?!-General| of\b)")
# The last words of bodies' names, whose holder's title may follow them ("Home Office Minister",
# "Metropolitan Police Commissioner", "Cabinet Secretary", "Treasury Secretary").
_BODY_WORDS = frozenset(
    {"Office", "Department", "Ministry", "Treasury", "Cabinet", "Council", "Commission",
     "Authority", "Agency", "Board", "Executive", "Assembly", "Parliament", "Government",
     "Police", "Party", "Union", "Bank", "Committee", "Court", "Trust", "Corporation",
     "Federation", "Association", "Institute", "Fund", "League", "Organisation", "Organization",
     "Force", "Army", "Navy", "Service", "Senate", "House", "Congress", "Church", "Reserve"}
)  # fmt: skip
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
# A title's own first words, where the model cut a longer name inside the title ("the Office
# of the Deputy Prime" + "Minister", grown back by `entity_joins.names_cut_before_noun`).
_CUT_TITLE_WORDS = frozenset({"Prime", "Deputy", "Assistant", "Under", "Chief", "First", "Junior"})


def portfolios_before_titles(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, without the portfolios and levels before an office's title, a known
    place opening one kept as the place (the module's doc)."""
    result: list[RawMention] = []
    for m in mentions:
        words = m.text.split()
        if (
            m.label in _PLACE_LABELS
            or not _TITLE_AFTER.match(text, m.end)
            or not words
            or any(w in _BODY_WORDS for w in words)  # "the Office of the Deputy Prime"
            or words[-1] in _CUT_TITLE_WORDS
            or any(w.isupper() and len(w) > 1 for w in words)
            or known_place(m.text)
            or (m.label == "PERSON" and opens_with_first_name(m.text))
        ):
            result.append(m)
            continue
        place = _opening_place(words)
        if place:
            end = m.start + len(place)
            result.append(replace(m, text=place, end=end, label="GPE", cue="GPE"))
    return result


def _opening_place(words: list[str]) -> str:
    """The longest run of `words` from the first, short of the whole, that is a known place
    ("New South Wales" of "New South Wales Emergency Services"), or ""."""
    for size in range(len(words) - 1, 0, -1):
        name = " ".join(words[:size])
        if known_place(name):
            return name
    return ""
