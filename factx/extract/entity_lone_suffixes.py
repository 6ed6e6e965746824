"""A firm's legal suffix the model tags alone is no firm (round r52b-lists, BBC sheet 52C).

"three companies - PayPerAction LLC., Leadplex LLC. and Leadplex Inc": the model tags `LLC`
ORG alone and leaves "PayPerAction" out, so the article got a firm called "LLC" and lost
"PayPerAction LLC". `lone_legal_suffixes` drops a mention that is only a legal suffix ("LLC",
"Inc", "Ltd", "plc", "Corp", "GmbH", with or without its dot); run before
`entity_missed.with_missed_names`, whose missed-firm rule then takes the capitalised run
before the suffix as the firm ("PayPerAction LLC", ORG), as it does where the model tags
nothing. Where no name stands before the suffix, nothing is left. Leaves alone a span that
holds a name before its suffix ("Zentrix Ltd") and short words that are also places' or
bodies' initials ("Co" of "Co Antrim", "SA", "NV", "AG").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_LONE_SUFFIX = re.compile(r"(?:Inc|Corp|Ltd|plc|PLC|Plc|LLC|GmbH)\.?")


def lone_legal_suffixes(mentions: list[RawMention]) -> list[RawMention]:
    """The mentions without those that are a legal suffix alone (the module's doc)."""
    kept = [m for m in mentions if not _LONE_SUFFIX.fullmatch(m.text.strip())]
    return mentions if len(kept) == len(mentions) else kept
