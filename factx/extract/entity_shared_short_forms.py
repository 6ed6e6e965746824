"""A firm's short form that two of the article's firms share is joined to neither (round
r54-names).

`entities._join_short_firm_names` joins a firm's name without its kind's word to the full
name ("Qwest" to "Qwest Communications", "Labour" to "Labour Party"). Where the article names
two firms of one family that open with the same word, "Reliance Industries" and "Reliance
Energy" (BBC sheet 54B's business/379: "the Reliance empire", "Reliance's operations", the
group; "Reliance Energy, headed by Anil", the power firm), or "Tata Motors" and "Tata Steel",
the bare "Reliance" or "Tata" names the group or either firm, and the join gave it to whichever
long name was read first, five mentions of the group counted as the power firm's. Such a short
form is its own entity, the group's: `shared_short_forms` gives the short keys that open two or
more of the article's organisation names of a firm's kind's tail, which the join then passes
over. A short form that opens one name joins it as before; people's surnames (the person
clusterer's) and a short form the article gives in brackets (an alias, read earlier) are
untouched.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention


def shared_short_forms(
    groups: Mapping[str, Sequence[RawMention]],
    tails: Collection[str],
    organisations: Callable[[list[RawMention]], bool],
) -> frozenset[str]:
    """The keys of the short forms that open two or more of the groups' organisation names
    whose one or two last words are a firm's kind's tail ("reliance" of "reliance industries"
    and "reliance energy"; the module's doc)."""
    openers: Counter[str] = Counter()
    for key, ms in groups.items():
        words = key.split()
        shorts = {
            " ".join(words[:-n]) for n in (2, 1) if len(words) > n and " ".join(words[-n:]) in tails
        }
        if shorts and organisations(list(ms)):
            openers.update(shorts)
    return frozenset(short for short, count in openers.items() if count > 1 and short in groups)
