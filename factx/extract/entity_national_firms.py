"""A people's word before a firm's tail word names a firm, not the people (round r53-spans,
BBC sheet 53C).

"an analyst with research firm The Yankee Group" gives the model's `The Yankee Group` ORG (and
factx's own cue, `corporate suffix`, says ORG too), yet factx labelled it NORP: the name key
drops a firm's tail word ("Group", "Holdings"), leaving "yankee", a people's word, and
`Cluster.label` returns NORP for any group whose key is a nationality's. Where every mention of
the group is the people's word with a firm's tail word after it ("The Swiss Group", "Irish
Holdings", "the German Company"), the group is the firm, and the label is read from its votes
and cues as any firm's. Left alone: a group that also holds the bare people's word ("the
Swiss", "Yankees", "the Welsh line-out"; the key joins them and the people's reading stands),
a people before a lower-case noun ("German group", no mention's word), and a people's own body
before another kind of word ("the Arab League", ORG already).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A name of capitalised words ending in a firm's tail word, a closed class.
_FIRM_NAME = re.compile(
    r"(?:[Tt]he )?(?:[A-Z][\w'’-]* )+"
    r"(?:Group|Holdings|Company|Corporation|Corp|Bank|Partners|plc|Plc|PLC|Inc|Ltd)\.?"
)


def national_firm(mentions: Sequence[RawMention]) -> bool:
    """Whether every mention of a group is a name ending in a firm's tail word ("The Yankee
    Group"), so that a people's word opening it names no people (the module's doc)."""
    return bool(mentions) and all(_FIRM_NAME.fullmatch(m.text) for m in mentions)
