"""A founder's family firm kept apart from the founder's heir (round r52b-goods).

`founders_firm` (BBC sheet 52D's business/479: "Ford, the US car company, reported higher
fourth quarter and full-year profits", ten more lone "Ford"s the model tags ORG, and "said
chairman and chief executive officer Bill Ford"): a firm named for a family is called by the
family's name alone, and the surname join gives every lone "Ford" to the one person the article
names in full, so the whole is one entity, ORG by the votes, under the man's name (`Bill Ford`
ORG). This is the mirror of `entities._firm_named_for`, which needs a longer firm's name ending
in the word ("Walt Disney"): where no such firm is named, the lone word is the firm when every
use the model does not tag ORG carries a firm's words, two uses at least carry them ("<Word>, the
US car company", "<Word> reported net income", "<Word>'s auto unit", "shares in <Word>"), none a
person's (a title or role before it, "who" or an age after it), and the article never calls
anyone "Mr|Ms <Word>" ("Mr Ford said" is the man). The full name keeps the person ("said founder
Michael Dell", PERSON); the lone word is the firm, ORG.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names
from factx.extract.lone_firms import firm_signs, person_signs, signs_of
from factx.extract.referents import named_with_honorific

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A firm's words right after its lone name (matched at its end): its apposition ("Ford, the US
# car company"), its results ("Ford reported net income"), its holdings ("Ford's auto unit").
_FIRM_AFTER = re.compile(
    r"(?:,? the (?:[\w-]+ ){0,3}?(?:company|firm|carmaker|car maker|maker|manufacturer|group"
    r"|giant|chain|retailer|conglomerate|automaker)\b"
    r"|(?: has| had)? (?:reported|posted|announced|made|forecast) (?:(?:a|an|its|net|pre-tax"
    r"|record|higher|lower|full-year|quarterly|annual|first|second|third|fourth|quarter|half"
    r"|year|strong|weak|bigger|smaller|better|worse)[\w-]* ){0,4}(?:profits?|income|loss|losses"
    r"|sales|revenues?|earnings|results|turnover)\b"
    r"|['’]s? (?:[\w-]+ ){0,2}?(?:shares?|sales|profits?|earnings|revenues?|results|plants?"
    r"|factory|factories|units?|division|subsidiary|brands?|models|vehicles|dealers"
    r"|workforce|shareholders|board|stock)\b"
    r"|,? (?:shares|stock)\b)"
)
# A firm's words right before its lone name ("shares in Ford", "a stake in Dell").
_FIRM_BEFORE = re.compile(
    r"\b(?:[Ss]hares in|[Ss]take in|shareholders in|subsidiary of|unit of|division of|rivals?"
    r"|carmakers?|car makers?|firms?|companies) $"
)
# Of lone_firms' signs, those a person's surname also takes ("its" in the clause of "Mourinho
# said its", "which") are left out: only a firm's holdings, owners and results count.
_WEAK_SIGNS = frozenset({"which after the name", "its in its clause", "said it"})


def founders_firm(text: str, key: str, owners: Sequence[str], lone: Sequence[RawMention]) -> bool:
    """Whether the lone word `key` (its mentions `lone`) names a firm and not the one person
    `owners` names in full with a common first name ("Ford" beside "Bill Ford"; see the
    module's docstring)."""
    if not text or len(owners) != 1 or len(lone) < 3:
        return False
    words = owners[0].split()
    if len(words) != 2 or words[1] != key or words[0].casefold() not in first_names():
        return False  # the keys are folded: "william ford" for "Bill Ford"
    if any(m.cue not in ("", "ORG") for m in lone) or any(
        named_with_honorific(text, m.text) for m in lone
    ):
        return False
    shown = 0
    for m in lone:
        if signs_of(text, m.start, m.end, len(text), person_signs()):
            return False  # "chairman Ford said", "Ford, who"
        before = text[max(0, m.start - 40) : m.start]
        firm = bool(
            _FIRM_AFTER.match(text, m.end)
            or _FIRM_BEFORE.search(before)
            or any(
                s.name not in _WEAK_SIGNS
                for s in signs_of(text, m.start, m.end, len(text), firm_signs())
            )
        )
        if not firm and m.label != "ORG":
            return False  # a use the model reads as a person's, with no firm's words round it
        shown += firm
    return shown >= 2
