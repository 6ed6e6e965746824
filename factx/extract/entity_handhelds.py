"""A handheld named by its maker's possessive, its family's name and "Portable".

`handheld after its maker's possessive` (round r34-firms): "US gamers will be able to buy
Sony's PlayStation Portable from 24 March". The model tags "PlayStation" alone (PRODUCT) and
leaves "Portable" out, or reads "GameBoy Portable" as a firm. A maker's possessive before a
name and one of a handheld's words after it ("Portable", "Pocket", a closed class: the words
makers add to a console's family name for its handheld) is one product, the word kept, PRODUCT;
where the model tagged nothing there ("Sega's Saturn Portable"), the product is added.
Not where another capitalised word follows the handheld's word ("Portable Media Player" is a
longer name the model may see), nor after a person's possessive (a first name and a surname:
"Tom Hale's Saturn Portable" could as well be a nickname).

`robot after its maker's possessive` (round r40b-tech, seed 106's tech/127): "Star of the show
will be Sony's Qrio Robot, an all-singing, all-dancing man-machine ... But he is not for sale".
The model tags "Qrio Robot" PERSON (a product labelled PERSON), and the article's "he" keeps it
so. "Robot" and "Android" after a name and a maker's possessive are the same closed class of a
product's kind word, read the same way, PRODUCT; a lower-case "robot" is not (no name's part).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.first_names import opens_with_first_name

if TYPE_CHECKING:
    from collections.abc import Callable

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A maker's possessive right before the mention: "Sony's ", "Sega’s ".
_MAKER = re.compile(r"(?<![\w'’&.-])(?P<maker>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?)['’]s $")
# The handheld's word right after the mention, nothing capitalised after it.
_KIND = r"(?:Portable|Pocket|Robot|Android)"
_HANDHELD_WORD = re.compile(rf" {_KIND}(?![\w&'’-]| [A-Z0-9])")
# The handheld's word ending a mention of two words or more.
_HANDHELD_END = re.compile(rf"\S {_KIND}$")
_LOOK_BACK = 40
# The whole shape, for a handheld the model missed: "Sega's Saturn Portable".
_MISSED = re.compile(
    r"(?<![\w'’&.-])(?P<maker>[A-Z][\w&.-]*)['’]s "
    rf"(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*)? {_KIND})(?![\w&'’-]| [A-Z0-9])"
)


def handhelds(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each name between a maker's possessive and a handheld's word grown over
    that word, a product (the module's doc); one the model missed is added. `add` makes a
    mention of a layout's span, label and cue (`entities._added`)."""
    result: list[RawMention] = []
    for missed in _MISSED.finditer(text):
        start, end = missed.span("name")
        layout = layout_holding(layouts, start, end)
        if (
            layout is not None
            and not opens_with_first_name(missed.group("maker"))
            and not any(m.start < end and start < m.end for m in mentions)
        ):
            result.append(add(text, layout, start, end, "PRODUCT", "PRODUCT"))
    for m in mentions:
        word = _HANDHELD_WORD.match(text, m.end)
        maker = _MAKER.search(text, max(0, m.start - _LOOK_BACK), m.start)
        # "GameBoy Portable": the word already inside the mention, which the model read as a firm.
        inside = _HANDHELD_END.search(m.text) is not None
        if (
            (word is not None or inside)
            and maker is not None
            and not opens_with_first_name(maker.group("maker"))
            and m.text[:1].isupper()
        ):
            end = m.end if word is None else word.end()
            m = replace(m, text=text[m.start : end], end=end, label="PRODUCT", cue="PRODUCT")
        result.append(m)
    return sorted(result, key=lambda m: m.start)
