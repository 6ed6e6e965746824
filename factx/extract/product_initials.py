"""Initials an article gives in brackets after a product's name the model left untagged.

"the share of surfers using Microsoft's Internet Explorer (IE)": the model tags no "Internet
Explorer", and tags "IE" there and in every later mention as a firm. The initials are the
product's short form, as "(Defra)" is the department's (`acronyms`), so they take the label the
words they spell show: a product's, where a product's own name cue (`product by its name`,
`drink named with its kind`, ...) reads those words.
"""

from __future__ import annotations

import re

from factx.extract.acronyms import abbreviates

# Up to four capitalised words right before the opening bracket: "Internet Explorer (".
_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w'’-]* ){2,4})\( ?$")
_CLOSING = re.compile(r" ?\)")


def spelled_out(text: str, start: int, end: int) -> str:
    """The words right before the brackets around text[start:end] whose initials it spells,
    fewest first ("Internet Explorer", not "Microsoft's Internet Explorer", for "IE"); "" where
    the mention is no bracketed short form of the words before it."""
    if text[start - 2 : start].strip() != "(" or _CLOSING.match(text, end) is None:
        return ""
    found = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return ""
    words = found[1].split()
    short = text[start:end]
    for first in range(len(words) - 2, -1, -1):
        name = " ".join(words[first:])
        if abbreviates(short, name):
            return name
    return ""
