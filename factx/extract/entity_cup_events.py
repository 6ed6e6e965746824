"""A tournament named "the <Name> Cup" that the model leaves out is an event.

Round r50-things, from Lee sheet F of `docs/entity-handcheck.md` ("their first tournament
together coming in January - the Hopman Cup in Perth": the model tags nothing, and factx finds
nothing, though "Hewitt won the Hopman Cup" elsewhere gives `Hopman Cup` EVENT). One or two
capitalised words before "Cup|Trophy|Shield" after "the" name a competition (the Davis Cup, the
Ashes' "Frank Worrell Trophy", the Sheffield Shield); where no mention holds or touches the run,
it is added, EVENT. Not where a mention overlaps it (the model's own reading stands), nor for a
"Cup" with no name before it ("the Cup final" names nothing here).
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

_CUP = re.compile(
    r"(?<![\w'’-])[Tt]he (?P<name>(?:[A-Z][a-z][\w-]* ){1,2}(?:Cup|Trophy|Shield))(?![\w'’-])"
)


def untagged_cups(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with "the <Name> Cup|Trophy|Shield" no mention touches added as an EVENT
    (the module's doc)."""
    if "Cup" not in text and "Trophy" not in text and "Shield" not in text:
        return list(mentions)
    added: list[RawMention] = []
    for found in _CUP.finditer(text):
        start, end = found.span("name")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        layout = layout_holding(layouts, start, end)
        if layout is None:
            continue
        added.append(add(text, layout, start, end, "EVENT", "EVENT"))
    if not added:
        return list(mentions)
    return sorted([*mentions, *added], key=lambda m: m.start)
