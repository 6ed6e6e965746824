"""A name the model ran on into the preposition of a date or a venue after it, cut back.

"the final film The Return of the King in 2004" gives `The Return of the King in` WORK_OF_ART:
the model ran the title into the "in" of the year after it (the even half's entertainment/294);
"Andrew Scott for A Girl in A Car With A Man at the Jerwood Theatre" gives `A Car With A Man
at` (the odd half's entertainment/275, a title cut at its "in" too). `prepositions_run_on` cuts
such a preposition only before a lower-case word, as "Sound of" + " 2004" (a list's name and
its year) and "Faik Nerweyi of" + "the Kurdistan Democratic Party" go on in other rules; "in",
"on", "during", "since" and "until" before a year or a month open a date, and "at" a venue's
or a time's phrase, which no name of the model's goes on over: the name ends at its last
capitalised word (round r49-works).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.normalize.timex import MONTH_PATTERN

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A name's last word, capitalised or with a digit, and the preposition the model ran on.
_DATED = re.compile(r"(?P<name>.*(?:^|\s)[A-Z0-9][^\s]*) (?:in|on|during|since|until)")
_AT = re.compile(r"(?P<name>.*(?:^|\s)[A-Z0-9][^\s]*) at")
_DATE_AFTER = re.compile(rf" (?:(?:19|20)\d\d\b|(?i:{MONTH_PATTERN})\b)")


def dated_tails_cut(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each cut before a date's preposition the model ran on after the name's
    last word where a year or a month follows, and before a trailing "at" (the module's
    doc)."""
    result: list[RawMention] = []
    for m in mentions:
        found = _AT.fullmatch(m.text)
        if found is None:
            found = _DATED.fullmatch(m.text)
            if found is not None and _DATE_AFTER.match(text, m.end) is None:
                found = None
        if found is not None:
            end = m.start + found.end("name")
            m = replace(m, text=text[m.start : end], end=end)
        result.append(m)
    return result
