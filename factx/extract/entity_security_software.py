"""A name in brackets after a software's kind, or right after "firewall", is a product.

"free anti-virus software (Sophos) and free firewall protection (BlackICE)": the model finds
nothing in the brackets; "the firewall ZoneAlarm" gives `ZoneAlarm` ORG, a product as a firm
(seed 152). A name in brackets right after "<kind> software|program|programs|protection|
package|suite|tool|client" where the kind is a piece of software's ("anti-virus", "antivirus",
"firewall", "spyware", "anti-spyware", "browser", "e-mail", "email", "file-sharing",
"security"), and a name right after "firewall", "anti-virus" or "anti-spyware" with or without
"program|software", is PRODUCT: the model's mention of it takes the label, and where the model
left it out it is added (round r47b-goods). Left alone: a firm in brackets after a firm's words
("the phone company (BT)", "the anti-virus firm (Sophos)": no software's kind word before the
bracket), and a maker in brackets after a device ("mp3 player (Diamond Multimedia)").
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

_KIND = (
    r"(?:anti-?virus|firewall|(?:anti-?)?spyware|browser|e-?mail|file-sharing|security"
    r"|anti-?spam)"
)
_NAME = r"[A-Z][\w-]*(?:\.\w+)*(?: [A-Z0-9][\w-]*(?:\.\w+)*){0,2}"
_BRACKETED = re.compile(
    rf"(?i:\b{_KIND} (?:software|programs?|protection|package|suite|tool|client)) "
    rf"\((?P<name>{_NAME})\)"
)
_AFTER_KIND = re.compile(
    r"(?i:\b(?:the|a|free|its|his|her|their) (?:free )?(?:firewall|anti-?virus|anti-?spyware)"
    rf"(?: (?:software|program))?) (?P<name>{_NAME})(?![\w'’-])"
)
# Words after the kind that name no product: the firm, the maker, the kind's own words.
_NOT_NAMES = frozenset({"The", "A", "An", "It", "In", "On", "And", "Or", "But"})


def security_software(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
) -> list[RawMention]:
    """The mentions, each name after a software kind a PRODUCT (see the module docstring)."""
    lowered = text.casefold()
    if not any(k in lowered for k in ("virus", "firewall", "spyware", "software (", "program (")):
        return mentions
    result = list(mentions)
    for layout in layouts:
        for pattern in (_BRACKETED, _AFTER_KIND):
            for match in pattern.finditer(text, layout.offset, layout.end):
                start, end = match.span("name")
                if match.group("name").split()[0] in _NOT_NAMES:
                    continue
                result = one_mention_over(
                    text, result, layout, (start, end), "PRODUCT", add, exactly_over(start, end)
                )
    return result
