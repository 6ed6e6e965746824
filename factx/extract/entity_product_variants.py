"""A product's line name kept whole through its variant's word, and a model's code a product
(round r48-things: an audit of the even half's PRODUCT names and the graders' shapes).

`products_through_their_variant`: a maker sells a line under one name and its variants under the
name and a small word ("Mac mini", "iPod shuffle", "iPod nano", "Mac OS X"), and the model cuts
the variant's word off: "The new Mac mini costs $499" gives `Mac` PRODUCT (the even half's
tech/300, 17 mentions of "Mac mini", each `Mac`), "Users running Mac OS X" gives `Mac`, and "the
Apple iPod mini book" gave the graders `Apple` ORG with `iPod mini` missed. A PRODUCT mention
ending right before "mini", "nano", "shuffle" or "OS" (with its "X" after it) grows over it; a
firm's name of one word the model tagged ORG, then a line's name it left out, then the variant's
word, are one PRODUCT, the maker taken in ("Apple iPod mini", as `makers_before_their_products`
keeps "Lockheed Tristar" whole); a mention the model tagged a firm that ends in "OS" or "OS X" is
the operating system, PRODUCT ("Mac OS X" ORG). Only these variant words: "photo" or "classic"
after a name are as often a noun or an adjective ("a Flickr photo"), and a firm's name before
"mini" that is no product's ("the BBC mini series") keeps its own reading: the ORG case needs a
line's name between the firm and the variant.

`codes_as_products`: a model's code of letters and figures ("P7131", "FY500", "W800") names a
product where the article says so: after a maker's possessive ("Philips's P7131"), before a
product's kind a word or two on ("the P7131 digital radio", "the W800 phone"), after its kind
and a comma ("a smaller model, the FY500, is due"), or before "was
designed|made|built|launched|released" ("The FY500 was designed by Sony"). The model tags such
a code ORG or FAC, or misses it (the graders' `P7131` ORG and `FY500` FAC). Only a code with
three figures or more: "G8", "G20", "MI6", "U2", "O2", "ITV1" and "E3" are bodies, bands,
channels and events, and none has three figures; and not a year ("the 2005 model").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.spans import one_mention_over

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A variant's word right after a line's name: "Mac mini", "iPod shuffle", "Mac OS X".
_VARIANT = re.compile(r" (?:mini|nano|shuffle|OS(?: X)?)(?![\w'’-])")
# A line's name the model left out between a maker and its variant: "iPod", "Mac", "PowerBook".
_LINE = re.compile(r" ((?:i|e)?[A-Z][A-Za-z]*)(?= (?:mini|nano|shuffle|OS)(?![\w'’-]))")
# A firm's label the model gives a product's name or an operating system.
_FIRM_LABELS = frozenset({"ORG", "FAC", "GPE", "PERSON", "NORP", "LOC"})
_OS_END = re.compile(r"\bOS(?: X)?$")

# A model's code: one to three capitals, an optional hyphen, three figures or more, an optional
# capital: "P7131", "FY500", "W800", "N-Gage" no ("Gage" has no figures).
_CODE = r"[A-Z]{1,3}-?\d{3,}[A-Z]?"
_CODE_ALONE = re.compile(_CODE + "$")
# A "the" the model takes into the code's mention: "The FY500" FAC.
_ARTICLE = re.compile(r"(?:the|The) $")
_OPENING_ARTICLE = re.compile(r"^(?:the|The) ")
_YEAR = re.compile(r"[A-Z]{0,3}-?(?:19|20)\d\d")
_KIND = (
    r"(?:radios?|phones?|handsets?|cameras?|camcorders?|players?|laptops?|notebooks?|consoles?"
    r"|computers?|PCs?|models?|chips?|processors?|printers?|televisions?|TVs?|sets?|devices?"
    r"|receivers?|recorders?|gadgets?|machines?|screens?|monitors?|speakers?|headphones?)"
)
# The code before its kind, a word or two on: "the P7131 digital radio", "the W800 phone".
_BEFORE_KIND = re.compile(rf"(?P<code>{_CODE})(?: [a-z][\w-]*){{0,2}} {_KIND}\b")
# The code after a name's possessive: "Philips's P7131", "Sony's W800".
_AFTER_POSSESSIVE = re.compile(rf"[A-Z][\w&.-]*(?:'s?|’s?) (?P<code>{_CODE})(?![\w-])")
# The code after its kind and a comma: "A smaller model, the FY500, is due in May".
_AFTER_KIND = re.compile(rf"\b{_KIND}, (?:the |a |an )?(?P<code>{_CODE})(?![\w-])")
# The code before a maker's verbs: "The FY500 was designed by".
_BEFORE_MADE = re.compile(
    rf"(?P<code>{_CODE}) (?:is|was|has been|will be) "
    r"(?:designed|made|built|launched|released|manufactured|developed)\b"
)


def products_through_their_variant(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, a line's name and its variant's word one PRODUCT (see the module
    docstring)."""
    if _VARIANT.search(text) is None:
        return mentions
    result = [_os_a_product(m) for m in mentions]
    for found in _VARIANT.finditer(text):
        end = found.end()
        before = [m for m in result if m.end == found.start()]
        products = [m.start for m in before if _a_product(m)]
        start = min(products) if products else _maker_and_line(text, result, found.start())
        if start is None:
            continue
        layout = layout_holding(layouts, start, end)
        if layout is None:
            continue
        result = one_mention_over(
            text, result, layout, (start, end), "PRODUCT", add, _starting_at(start)
        )
    return result


def _starting_at(start: int) -> Callable[[RawMention], bool]:
    """Whether a mention starts where the span does (for `one_mention_over`)."""
    return lambda m: m.start == start


def _a_product(mention: RawMention) -> bool:
    """Whether the model or the words around it make a mention a product ("Mac" ORG with a
    PRODUCT cue)."""
    return mention.label == "PRODUCT" or mention.cue == "PRODUCT"


def _os_a_product(mention: RawMention) -> RawMention:
    """A firm's mention ending in "OS" or "OS X" retagged PRODUCT: "Mac OS X" ORG."""
    if mention.label in _FIRM_LABELS and " " in mention.text and _OS_END.search(mention.text):
        mention.label = mention.cue = "PRODUCT"
        mention.by_form = False
    return mention


def _maker_and_line(text: str, mentions: Sequence[RawMention], at: int) -> int | None:
    """The start of a one-word firm's mention, tagged ORG, right before a line's name no
    mention covers and that ends at `at`: "Apple" of "Apple iPod mini"; None elsewhere."""
    for m in mentions:
        if m.label != "ORG" or " " in m.text:
            continue
        line = _LINE.match(text, m.end)
        if line is None or line.end() != at:
            continue
        if any(o.start < at and line.start(1) < o.end for o in mentions):
            return None  # the model saw the line's name as something
        return m.start
    return None


def codes_as_products(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, a model's code a PRODUCT where the article shows it one (see the module
    docstring)."""
    if re.search(r"\d{3}", text) is None:
        return mentions
    result = list(mentions)
    spans: set[tuple[int, int]] = set()
    for pattern in (_BEFORE_KIND, _AFTER_KIND, _AFTER_POSSESSIVE, _BEFORE_MADE):
        for found in pattern.finditer(text):
            start, end = found.span("code")
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-$£€"):
                continue
            if _YEAR.fullmatch(found.group("code")):
                continue
            spans.add((start, end))
    for start, end in sorted(spans):
        layout = layout_holding(layouts, start, end)
        if layout is None:
            continue
        article = _ARTICLE.search(text, max(0, start - 4), start)
        edge = article.start() if article is not None else start
        result = one_mention_over(
            text, result, layout, (start, end), "PRODUCT", add, _a_code_over(end), edge
        )
    return result


def _a_code_over(end: int) -> Callable[[RawMention], bool]:
    """Whether a mention is the code's own, the code alone or with its "the" ("The FY500")."""
    return lambda m: (
        m.end == end and _CODE_ALONE.match(_OPENING_ARTICLE.sub("", m.text)) is not None
    )
