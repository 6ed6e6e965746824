"""Towns before a US state's abbreviation (round r44-names).

- `state towns`: a name right before a comma and a US state's abbreviation in the press's
  style, with its period ("Prince William, Va.", "Hillsborough, N.H.", "Mount Vernon, Va."),
  is a town or a county, GPE, whatever its first word: the model reads "Prince William" as the
  prince (PERSON), "Hillsborough" as a body (ORG) and "Mount Vernon" as a LOC. American news
  places a town this way (PolNeAR's texts: "early voting in Prince William, Va.", "Brown
  County, Wis."), and no person's or firm's name is written so. A member of Congress is
  written with a party's letter and a hyphen ("Sen. Tim Kaine, D-Va."), which the comma rule
  never meets; a name right after a politician's title ("Sen. Tim Kaine, Va.") is left alone,
  as a list of senators may write their states so. The abbreviations are data (`state_towns`
  in factx/data/entities.json). A state's full name counts only before a semicolon, in a list
  of places ("six other battleground counties: Hamilton, Ohio; Wake, N.C."; the lead, round 45).

Guarded by one search of the text for a comma and an abbreviation before any mention is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A politician's title right before a name: "Sen. Dianne Feinstein, Calif., said" names her
# state, not her town.
_TITLE_BEFORE = re.compile(
    r"\b(?:Sens?|Reps?|Gov|Mr|Mrs|Ms|Dr|Senator|Congressman|Congresswoman|Representative|"
    r"Governor)\.? $"
)


@cache
def _after() -> re.Pattern[str]:
    states: list[str] = data_file("entities.json")["state_towns"]
    alternatives = "|".join(re.escape(s) for s in sorted(states, key=len, reverse=True))
    # A state's full name only before a semicolon: a list of places, one per item ("Hamilton,
    # Ohio; Wake, N.C."), where "John Kasich, Ohio's governor" or "Smith, Ohio Republican" runs on.
    names = "|".join(sorted(_full_state_names(), key=len, reverse=True))
    return re.compile(rf", (?:(?:{alternatives})(?![A-Za-z])|(?:{names});)")


@cache
def _full_state_names() -> frozenset[str]:
    import pycountry

    return frozenset(
        re.escape(region.name)
        for region in pycountry.subdivisions.get(country_code="US") or ()
        if region.type == "State"
    )


def state_towns(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions right before ", <state abbreviation>" that the model or a
    cue reads as other than a place, GPE (the module's doc, `state towns`): "Mount Vernon" is
    the model's GPE but a LOC by its "Mount"."""
    after = _after()
    if not after.search(text):
        return
    for i, m in enumerate(mentions):
        if m.cue == "GPE" or (m.label == "GPE" and not m.cue) or not m.text[:1].isupper():
            continue
        if (
            "," not in m.text
            and after.match(text, m.end)
            and not _TITLE_BEFORE.search(text, max(0, m.start - 16), m.start)
        ):
            yield i
