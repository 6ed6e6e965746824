"""Radio 4's "Today" by its bare name after a speaker's verb is the programme (round r55-works).

BBC sheet 54G (politics/387): "Defending the plans, he told Today: ..." -- the model tags the
capitalised "Today" DATE and factx drops it, though it names the programme it gives for
"Radio 4's Today programme" (`entity_shows`). BBC house style writes the day's word in lower
case inside a sentence, so a capital "Today" right after "told|speaking to|interviewed on|
said on|speaking on|appearing on" (a speaker's verb and its programme), and "the Today
programme", is the programme, WORK_OF_ART (the even half's politics/182 "told Today: "It gives
a minister ...", the odd half's politics/075 "told Today: "It's perfectly ..."). Left alone:
"Today" opening a sentence, a quotation or a line ("Today we announce"), "Today's" (a date's
possessive: "Today's figures"), "Today" before another capitalised word ("Today FM", "USA
Today" has its own name before it), and the bare "on Today" or "to Today" (a date may follow a
preposition in a headline's capitals: "Vote on Today").
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

# The programme after a speaker's verb ("he told Today:", "speaking on Today,") or before its
# kind word ("the Today programme"); not before "'s" or another capitalised word.
_TODAY = re.compile(
    r"\b(?:(?:told|[Ss]peaking (?:to|on)|interviewed on|said on|[Aa]ppearing on|appeared on)"
    r" (?P<told>Today)(?![\w'’-]| [A-Z\d])"
    r"|(?<![\w'’-])[Tt]he (?P<the>Today) programme\b)"
)


def today_programme(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with "Today" after a speaker's verb or in "the Today programme" the
    programme, WORK_OF_ART (see the module docstring)."""
    if "Today" not in text:
        return mentions
    result = list(mentions)
    for layout in layouts:
        for match in _TODAY.finditer(text, layout.offset, layout.end):
            start, end = match.span("told") if match.group("told") else match.span("the")
            result = one_mention_over(
                text, result, layout, (start, end), "WORK_OF_ART", add, exactly_over(start, end)
            )
    return result
