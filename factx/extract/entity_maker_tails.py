"""A product named with its maker once, then without it: the name alone is the product too.

Technology news names a machine with its maker's name before it once ("Japan's NEC Earth
Simulator", "The IBM Blue Gene/L"), then by its own name ("The Earth Simulator has held on to
the top spot", "marginally surpassing the Earth Simulator's performance"). The cues read the
first a product (PRODUCT, round r46-products), but the model tags the name alone a place (LOC)
and no cue reads it there: seeds 54 and 161's `Earth Simulator` LOC beside `NEC Earth Simulator`
PRODUCT (round r48b-tech left it: no case on the even and odd halves; round r49-firms). The words
after a product's maker, where the article also names them alone, are the product: each such
mention with no cue of its own is cued PRODUCT. The maker is one word that the article writes in
capitals ("NEC", "IBM") or tags a firm elsewhere; the name after it holds two words or more ("Earth
Simulator", "Blue Gene"), so a lone word ("Apple iPod" ... "iPod") is left to its own cues.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The labels the model gives a product's name alone that a cue of this may change.
_MISREAD = frozenset({"LOC", "FAC", "GPE", "ORG", "PERSON", "WORK_OF_ART", "EVENT"})


def _bare(name: str) -> str:
    return name[4:] if name.startswith(("the ", "The ")) else name


def products_without_their_maker(mentions: Sequence[RawMention]) -> None:
    """Cue PRODUCT each mention with no cue that is a product's name without its maker, where a
    mention cued PRODUCT gives "<Maker> <Name>" ("NEC Earth Simulator" ... "The Earth
    Simulator"). Mentions are mutable, as in `versions.product_families`."""
    firms = {_bare(m.text) for m in mentions if (m.cue or m.label) == "ORG"}
    names = set()
    for m in mentions:
        if (m.cue or m.label) != "PRODUCT":
            continue
        maker, _, name = _bare(m.text).partition(" ")
        if len(name.split()) >= 2 and maker[:1].isupper() and (maker.isupper() or maker in firms):
            names.add(name)
    if not names:
        return
    for m in mentions:
        if not m.cue and m.label in _MISREAD and _bare(m.text) in names:
            m.cue = "PRODUCT"
