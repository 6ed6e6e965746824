"""A title opening with a number, cut by the model after its number, is one work (round
r55-works).

The even half's entertainment/228: "He made a cameo appearance in 24 Hour Party People, in which
his leading role was played by Steve Coogan" -- the model leaves "24" out and reads the rest as
a person (`Party People` PERSON: a work labelled PERSON, the issue's hard target). Sentences of
my own give nothing for "She starred in 28 Days Later, the zombie film" and `Songs` for "The
band appeared in 9 Songs, a film by ...". Where a number and a run of capitalised words stand
right after a performer's "appearance|appeared|starred|starring|cameo|role|part in" (or a
work's kind: "the film|movie|musical|album|novel"), up to a comma, a full stop or a clause's
small word ("in which", "with", "as"), the run with its number is one WORK_OF_ART. Left alone:
a count before a plural ("He also appeared in 7 Spike Lee movies", the even half's
entertainment/044: a lower-case noun after the run), a year ("appeared in 1999 World Cup
adverts": four digits from 1000 to 2099), an address ("appeared in 10 Downing Street": its last
word a street's), and a number after any other verb ("was seen in 10 Downing Street").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.spans import exactly_over, one_mention_over

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_TITLE = re.compile(
    r"\b(?:(?:appearance|appearances|appeared|appears|appearing|starred|starring|stars|cameo"
    r"|role|part) in|(?:the|a|his|her|their) (?:film|movie|musical|album|novel))"
    r" (?P<title>(?P<number>\d+) [A-Z][\w'’-]*(?: (?:of the|of|the|and)? ?[A-Z][\w'’-]*){0,4})"
    r"(?=[,.;:!?)]| (?:in|at|on|with|and|as|for|which|where|when|alongside|opposite|was|is)\b|$)",
    re.MULTILINE,
)
_STREET_WORDS = frozenset(("Street", "Road", "Avenue", "Lane", "Square", "Place", "Drive"))


def numbered_titles(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
) -> list[RawMention]:
    """The mentions, each title opening with its number after a performer's frame one
    WORK_OF_ART over the number and the title (see the module docstring)."""
    result = list(mentions)
    for layout in layouts:
        for found in _TITLE.finditer(text, layout.offset, layout.end):
            number = found.group("number")
            if len(number) == 4 and 1000 <= int(number) < 2100:
                continue  # a year: "appeared in 1999 World Cup adverts"
            if found.group("title").split()[-1] in _STREET_WORDS:
                continue  # an address: "10 Downing Street"
            start, end = found.span("title")
            result = one_mention_over(
                text, result, layout, (start, end), "WORK_OF_ART", add, exactly_over(start, end)
            )
    return result
