"""A show named for a pair, "The <A> and <B> Show", one work (round r48-things).

"One couple broadcasts theirs, The Dawn and Drew Show, from Wisconsin" gives `Dawn` PRODUCT and
`Drew Show` WORK_OF_ART (the even half's tech/110 and tech/364): the model cuts the title at its
"and" and reads the first host's name as a thing of its own ("Fans of The Mike and Ted Show" gives
`Ted Show` alone). A mention ending in a show's word ("Show", "Hour", "Podcast", "Programme"),
whatever its label, that starts right after "The <A> and ", <A> one or two capitalised words, grows
back over "<A> and" to one WORK_OF_ART, the title's "The" left out as the house writes titles; the
mentions on <A> go. Only after the title's own capital "The": "thanked the BBC and Ted Show
producers" is a list.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.spans import one_mention_over

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_SHOW_END = re.compile(r" (?:Show|Hour|Podcast|Programme)$")
# "The Dawn and " right before the cut title: the first host's one or two capitalised words.
_FIRST_HOST = re.compile(r"(?<![\w'’-])The (?P<host>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) and $")


def shows_named_for_a_pair(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, "The <A> and <B> Show" one WORK_OF_ART (see the module docstring)."""
    if " and " not in text:
        return mentions
    result = list(mentions)
    for m in mentions:
        if not _SHOW_END.search(m.text):
            continue
        before = _FIRST_HOST.search(text, max(0, m.start - 40), m.start)
        if before is None:
            continue
        start, end = before.start("host"), m.end
        layout = layout_holding(layouts, start, end)
        if layout is None:
            continue
        result = one_mention_over(
            text, result, layout, (start, end), "WORK_OF_ART", add, _ending_at(end), before.start()
        )
    return result


def _ending_at(end: int) -> Callable[[RawMention], bool]:
    """Whether a mention ends where the title does (for `one_mention_over`)."""
    return lambda m: m.end == end
