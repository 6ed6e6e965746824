"""A national side's nickname that the model leaves out is the side.

Round r50b-sport, from Lee sheet H of `docs/entity-handcheck.md` ("Socceroos coach Frank Farina":
the model tags nothing on `Socceroos`, so the round r50-things cue "national side by its
nickname", which relabels the model's mentions, cannot reach it). A nickname of the closed list
("Socceroos", "Wallabies", "All Blacks", "Springboks", "Proteas", "Matildas", "Black Caps",
"Bafana Bafana", "Windies", "Azzurri") that no mention holds or touches is added as the side,
cued TEAM, where the model tags it nowhere in the article (where it does, the house's matching of
names finds the missed mention as before: adding it here too turned CoNLL's "The All Blacks" into a
WORK_OF_ART). Not the nicknames that are also animals' plurals ("Kangaroos", "Pumas": "Kangaroos
were culled"), nor a run where a mention overlaps (the model's own reading stands).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_SIDE = re.compile(
    r"(?<![\w'’-])(?:Socceroos|Wallabies|All Blacks|Springboks|Proteas|Matildas|Black Caps"
    r"|Bafana Bafana|Windies|Azzurri)(?![\w-])"
)


def untagged_sides(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each national side's nickname no mention touches added, cued TEAM
    (the module's doc)."""
    added: list[RawMention] = []
    tagged = {m.text.removeprefix("the ").removeprefix("The ") for m in mentions}
    for found in _SIDE.finditer(text):
        start, end = found.span()
        if found.group() in tagged:
            continue  # the model tags it elsewhere: the house's name matching finds this one
        if any(m.start < end and start < m.end for m in mentions):
            continue
        layout = layout_holding(layouts, start, end)
        if layout is None:
            continue
        added.append(add(text, layout, start, end, "ORG", "TEAM"))
    if not added:
        return list(mentions)
    return sorted([*mentions, *added], key=lambda m: m.start)
