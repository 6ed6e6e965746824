"""One town, one entity, one label: a group's place by its position is the whole group's where
nothing else of the group shows a person or a body (round r51-towns).

Lee sheet I's bushfire report: "Spencer north of Sydney, and the lower Blue Mountains continue
to be a concern ... At Spencer, firefighters are desperately trying to stop the flames". The
model tags both "Spencer" PERSON; the sentence-opening "At Spencer," is a place by its position
(`entities.opening_places`), so `entities.with_filed_places` gave it an entity of its own, GPE,
and left the other mention a PERSON of its own: one town, two entities, one of them a person.
Likewise a town where something happened (`entity_towns.event_towns`: "to a hospital in
Adelaide") beside the model's ORG "Adelaide" elsewhere ("staff in Adelaide").

Where the group's label is PERSON or ORG only by the model's votes, the whole group follows its
place (one entity, GPE) when none of its other mentions carries a cue of its own (no person's,
body's or side's words around it, no first name's look), the name does not open with a common
first name ("Tom Sydney" is no town), and the article reports no games ("Sydney beat
Melbourne": a town's club). A firm named after a town where a firm cue speaks ("Shares in
Kenthurst rose", the ORG cue) keeps the split the base made. A group the model tags ORG follows
only a town where something happened ("to a hospital in Adelaide"), never a sentence's "At
<Name>," alone: "At Telstra, profit jumped. Telstra earned $2 billion" is the firm, and "At EDS,
third-quarter profit jumped" (TempEval-3's wsj_0950, the odd half: 3 mentions of the firm went
GPE in a first version) also fails the town's shape (one or two words in lower case after
their capital, no initials).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.entity_team_towns import reports_games
from factx.extract.first_names import opens_with_first_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factx.extract.entities import RawMention

# A town's name: capitalised words in lower case after their capital, no initials ("At EDS,
# third-quarter profit jumped", a firm the model tags ORG, TempEval-3's wsj_0950).
_TOWN_SHAPE = re.compile(r"[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)?")
_PLACES = frozenset({"", "GPE", "LOC"})


def follows_its_place(
    label: str, key_text: str, rest: Sequence[RawMention], text: str, *, by_event: bool
) -> bool:
    """Whether a group labelled `label`, some of whose mentions are places by their position,
    is a place whole: its other mentions `rest` show nothing of a person or a body (the
    module's doc). `key_text` is the name as the group's first mention writes it; `by_event`
    whether a place mention is a town where something happened, not only a sentence's "At
    <Name>," (a firm's ORG group follows only that)."""
    return (
        (label == "PERSON" or (label == "ORG" and by_event))
        and _TOWN_SHAPE.fullmatch(key_text) is not None
        and all(m.cue in _PLACES and not m.by_form and not m.player for m in rest)
        and not opens_with_first_name(key_text)
        and not reports_games(text)
    )
