"""A band named by a number word and a plural before a member's role is a group, whole.

"Three Degrees star Sheila Ferguson", "Four Tops singer Levi Stubbs": the model reads the
number word as a count and stops the band's name after it, tagging the plural alone (`Degrees`
ORG, seeds 157 and 166) or nothing; round r47-press's `works_before_their_star` then read the
cut plural as a show (`Degrees` WORK_OF_ART). A number word, one capitalised plural word, then
a member's role ("star", "singer", "frontman", "guitarist", "member", ...) and a capitalised
name is a group of people, the band, ORG, with its number word in its name (round r49-works).
Left alone: a name the article also gives as a show's or a film's ("a new Two Ronnies series",
"The Two Ronnies show": a programme named after a pair), a number word after a count's own
words ("the top Three Degrees"), and a name a mention runs across.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.spans import one_mention_over

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

NUMBER_WORDS = (
    r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Fifty|Hundred"
)
_ROLES = (
    r"star|singer|rapper|frontman|frontwoman|member|drummer|guitarist|bassist|vocalist"
    r"|keyboardist|lead singer"
)
_BAND = re.compile(
    rf"(?<![\w'’-])(?P<band>(?:{NUMBER_WORDS}) [A-Z][a-z]+s)"
    rf"(?= (?:{_ROLES})s? (?:(?:Sir|Dame) )?[A-Z][a-z]+ [A-Z])"
)
# A count's words before the number ("the top Three", "the last Four"): no band's name.
_COUNTED = re.compile(r"\b(?:top|last|first|final|other|all) $", re.IGNORECASE)
_SHOW_AFTER = (
    r" (?:series|show|shows|sketch|sketches|episodes?|sitcom|programme|film|movie|special)\b"
)


def numbered_bands(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
) -> list[RawMention]:
    """The mentions, each band named "<Number> <Plural>" before a member's role ORG whole (see
    the module docstring)."""
    if not re.search(rf"\b(?:{NUMBER_WORDS}) [A-Z]", text):
        return mentions
    result = list(mentions)
    for layout in layouts:
        for match in _BAND.finditer(text, layout.offset, layout.end):
            band = match.group("band")
            if _COUNTED.search(text, max(0, match.start() - 8), match.start()):
                continue
            if re.search(re.escape(band) + _SHOW_AFTER, text):
                continue  # "a new Two Ronnies series": a show named after a pair
            result = one_mention_over(
                text, result, layout, match.span("band"), "ORG", add, lambda m: True
            )
    return result
