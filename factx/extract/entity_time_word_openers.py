"""A lower-case time word opening a mention is no part of a name (round r55b-names, from BBC
sheet 55B's "Rules these errors suggest").

- `without_time_word_openers`: 'declaring "today Brent South, tomorrow Soweto"' gives the
  model's WORK_OF_ART `today Brent South`, the seat with the slogan's time word glued on. A
  mention whose first word is "today|tomorrow|tonight|yesterday|now|next", written in lower
  case, before a capitalised word, loses that word; what is left is read again: where the
  article names it elsewhere (`Brent South` GPE, "his re-election in Brent South") it copies
  that name's label instead of voting its own. Left alone: the capitalised title words
  ("Tomorrow Never Dies", "Radio 4's Today programme", "Now That's What I Call Music"), and the
  lower-case particles that do open names ("bin", "al-", "de", "van": no time words).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_TIME_OPENER = re.compile(r"(?:today|tomorrow|tonight|yesterday|now|next)\s+(?=[A-Z])")


def without_time_word_openers(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each without a lower-case time word opening it (the module's doc)."""
    if not any(_TIME_OPENER.match(m.text) for m in mentions):
        return mentions
    result: list[RawMention] = []
    for m in mentions:
        opener = _TIME_OPENER.match(m.text)
        if opener is None:
            result.append(m)
            continue
        rest = m.text[opener.end() :]
        start = m.start + opener.end()
        # The rest named elsewhere in the article ("in Brent South seat"): the model's label
        # was the glued span's, so the rest copies the name's label rather than voting.
        elsewhere = any(
            at != start for at in (f.start() for f in re.finditer(re.escape(rest), text))
        )
        result.append(replace(m, text=rest, start=start, votes=m.votes and not elsewhere))
    return result
