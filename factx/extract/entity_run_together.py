"""A name the model cut after its opening initials, where the article runs them together.

"JPMorgan" in one sentence and "JP Morgan may still have had some role" in the next: the model
tags "JPMorgan" as the bank and, in the second, only "Morgan", as a person, reading "JP" as a
man's initials (as in "JP McManus"). Capital initials before a mention whose letters, run
together with the mention's, spell a name the article tags elsewhere are that name's: the
mention grows over the initials and takes the label the run-together name is given. Initials
alone are no evidence ("JP McManus" is a man); the article's own spelling of the name is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# One to three capitals (or "&"-joined ones: "AT&T") right before the mention, after a word break.
_INITIALS = re.compile(r"(?<![\w&.'’-])([A-Z]{1,3}(?:&[A-Z]{1,2})?) $")


def run_together_initials(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each one the model cut after its opening initials grown over them, where
    the article tags the same letters run together as a name of one word (see the module)."""
    single = {m.text.casefold(): m.label for m in mentions if " " not in m.text}
    if not single:
        return mentions
    result = []
    for m in mentions:
        found = _INITIALS.search(text, max(0, m.start - 8), m.start)
        whole = f"{found.group(1)}{m.text.replace(' ', '')}".casefold() if found else ""
        if found is not None and whole in single and m.text.casefold() != whole:
            start = found.start(1)
            m = replace(m, text=text[start : m.end], start=start, label=single[whole], votes=False)
        result.append(m)
    return result
