"""A maker glued to its product, a surname after a spaced "O'", a noun's "the" off the name before
it (round r43-mt: MEANTIME, rules from the airbus corpus), a line and its variant, a maker and its
model (round r46-products).

`makers_before_their_products`: a product is named with its maker's name before it ("existing
Lockheed Tristar and Vickers VC-10 aircraft", "the Cadillac Escalade hybrid"), and the model tags
the maker ORG and the product's own word PRODUCT, two names where OntoNotes has one product. An
ORG of one word written right before a PRODUCT the model found is the product's maker: the two
are one PRODUCT. Only a product's name of one or two words without a figure and without a maker
of its own (an airline before its plane, "a Qantas A380", stays two names, as does "Virgin
Atlantic Airbus A340"), and a maker of one word (no "the", no list).

`spaced_o_surnames`: an Irish surname with its "O'" set apart from the rest ("Michael O' Leary",
as tokenised news text writes it) is cut by the model at the apostrophe: `Michael O` a person and
`Leary` a place. A person ending in a lone "O" right before "' <Surname>" is one person with the
surname; the surname's own mention gives way.

`nouns_determiner_off_names`: "the" before a name that modifies a lower-case noun is the noun's
determiner, not the name's ("This imperils the Northrop Grumman and EADS North America plan":
`the Northrop Grumman` ORG), and the model now and then takes it into the name. A name opening
with a lower-case "the" followed by a lower-case noun, or by "and" and another name and then a
noun, loses the "the". Not a capital "The" (a name's own article mid-sentence, "The Times
website"), nor a name in the plural ("the Beatles album", "the Netherlands government"), where the
article may be the name's own.

`models_before_their_kind` (round r45b-products, seeds 68, 114 and 141's tech/295: "are based on
the HP 607 model", `HP 607 model` PRODUCT): a maker's name and a model's code with a figure in it,
right before a lower-case kind of machine ("model", "handset", "camera", "laptop"), name the model;
the kind word is no part of its name, and the model glues it on, or tags nothing ("the Nokia 6630
model"). The maker and the code are one PRODUCT, the kind word left out; the maker alone elsewhere
keeps its own label. Not a year for a code ("the 2005 model"), nor a month or a season before one,
nor where the model saw a longer name around it.

`editions_alone` (round r45b-products, the even half's tech/194 "closed security loopholes in XP"
GPE and tech/210 "Windows 2000, 95, 98, Me, NT, XP and Server 2003" ORG): an edition's short name
standing alone ("XP", "SP2") in an article that names it in full ("Windows XP", "Service Pack 2"
or "SP2" with "Windows") is the product, PRODUCT, never a place or a firm. Only these two
editions: "NT", "Me" and "Vista" are other things' names or words too often; and only where the
article names the full product, else "XP" is a game's experience points.

`product_pairs` (round r46-products, the odd half's tech/269 "work alongside Microsoft's Outlook
and Outlook Express e-mail programs", MEANTIME's "the Macbook and Macbook Pro", each one glued
ORG): a maker sells a line under one name and its variant under the name and a suffix ("the iPod
and iPod mini players"), and the model tags the pair one firm. "X and X <Suffix>", X one word
with a capital, is two products, PRODUCT each, where a product's word ("laptop", "player",
"phone", "console", "software", "browser", "program", "version", "model", "e-mail", a maker's
"line" or "range", ...) stands
in the same sentence within a few words. The label comes first: round r45 split the pair in
`glue.py` alone and the parts kept the glued span's ORG (MEANTIME fp 283 -> 286). Not "Bank and
Bank of China" nor "Sport and Sport England" (no product's word near, and no suffix after
"of"), nor a film and its sequel (a work's word near: "film", "sequel", "series", ...), nor a
firm's suffix ("Johnson and Johnson Inc"); not where a mention runs out of the pair.

`models_after_their_maker` (round r46-products, the even half's "documents prepared using Microsoft
Word", "the Samsung Yepp", and the odd half's "the Sinclair Spectrum", "the Psion Organiser", "IBM
Blue Gene", "Apple Powerbook", each ORG or PERSON): a technology maker's name and a model's own name
after it, tagged one ORG by the model, name the product, as OntoNotes marks "Apple Powerbook"
PRODUCT. A mention the model tags ORG of a listed maker's name (a closed class of technology firms,
`maker_models` in `factx/data/entities.json`) and one or two capitalised words is PRODUCT. Not where
the words after the maker are a firm's or a unit's ("Sony Ericsson", "Sony Pictures", "LG
Electronics", "Nintendo Europe", "Microsoft Research": its `firm_words`), a venue's, a prize's or an
event's ("the Kodak Theatre", "the Samsung Open"), a country or a region pycountry knows ("Google
China"), a technology's term ("Sony DVD"), or a possessive. Services are left: the hand-checks grade
them ORG, as OntoNotes leaves them out of PRODUCT (`Skype In`, `Google News` ORG at seeds 21 and
33), so makers known for their services alone (Google, Yahoo, MSN, Skype) are no makers here, and a
service's word ("Live", "Connect", "Network") is a firm's word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.entity_acts import replaced
from factx.extract.entity_non_names import technology_term
from factx.extract.makers import made_by
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention
    from factx.extract.entity_acts import Adder

# A maker's name of one word: "Lockheed", "Cadillac", "Rolls-Royce".
_ONE_WORD = re.compile(r"[A-Z][\w-]*")
# The product's own name: one or two words, no figure.
_PRODUCT_WORDS = re.compile(r"[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*)?")
# A surname after a spaced "O'": "' Leary".
_SPACED_O = re.compile(r"' ([A-Z][a-z]+)\b")
_LABELS_WITH_A_NOUN = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT"})
# A maker (one or two capitalised words), a model's code with a figure ("607", "N90", "SGH-D500"),
# and a lower-case kind of machine after it: "the HP 607 model", "a Motorola V3 handset".
_MODEL_BEFORE_KIND = re.compile(
    r"(?<![\w&.'’-])(?P<the>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) )?"
    r"(?P<name>(?P<maker>[A-Z][A-Za-z&-]+(?: [A-Z][A-Za-z&-]+)?) "
    r"(?P<code>(?:[A-Z]{1,4}(?:-[A-Z]{1,2})?-?\d{1,5}|\d{2,5})[A-Za-z]{0,3}))"
    r"(?P<kind> (?:model|handset|mobile phone|phone|camera|camcorder|laptop|notebook|printer"
    r"|PDA|smartphone)s?)(?![\w-])"
)
# No model's code: a year, and the words of dates and seasons before a figure.
_NOT_A_CODE = re.compile(r"(?:19|20)\d\d")
_NOT_A_MAKER = re.compile(
    r"\b(?:The|An?|Its|Their|This|That|New|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Spring|Summer|Autumn|Winter|Christmas|Easter|Series|Channel|Top|Euro|Formula"
    r"|Division|Group|Page|Room|Flight|Route)\b"
)


def makers_before_their_products(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, with a one-word ORG right before a PRODUCT joined to it as one PRODUCT
    ("Lockheed" + "Tristar": `Lockheed Tristar`)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    result: list[RawMention] = []
    index = 0
    while index < len(ordered):
        m = ordered[index]
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        if (
            after is not None
            and m.label == "ORG"
            and after.label == "PRODUCT"
            and after.start == m.end + 1
            and text[m.end] == " "
            and _ONE_WORD.fullmatch(m.text)
            and _PRODUCT_WORDS.fullmatch(after.text)
            and not made_by(after.text)
        ):
            result.append(replace(after, text=text[m.start : after.end], start=m.start))
            index += 2
            continue
        result.append(m)
        index += 1
    return result


def models_before_their_kind(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with a maker and a model's code before a kind of machine one PRODUCT
    without the kind word ("based on the HP 607 model": `HP 607`), see the module docstring.
    Guarded by a figure and a kind word in the text."""
    if not any(
        kind in text for kind in ("model", "handset", "phone", "camera", "laptop", "printer")
    ):
        return list(mentions)
    spans: list[tuple[int, int, int, int]] = []
    for found in _MODEL_BEFORE_KIND.finditer(text):
        if _NOT_A_CODE.fullmatch(found["code"]) or _NOT_A_MAKER.search(found["maker"]):
            continue
        start, end = found.span("name")
        if any((m.start, m.end) == (start, end) and m.label == "PRODUCT" for m in mentions):
            continue  # already the product
        outer_start = found.start("the") if found["the"] else start
        spans.append((start, end, outer_start, found.end("kind")))
    if not spans:
        return list(mentions)
    return replaced(text, mentions, layouts, add, spans, ("PRODUCT", "PRODUCT"))


def editions_alone(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, with "XP" or "SP2" alone a PRODUCT where the article names Windows XP or
    its service pack (see the module docstring)."""
    editions = set()
    if "Windows XP" in text:
        editions.add("XP")
    if "Windows" in text and ("SP2" in text or "Service Pack 2" in text):
        editions.add("SP2")
    if not editions:
        return list(mentions)
    return [
        replace(m, label="PRODUCT", cue="PRODUCT")
        if m.label != "PRODUCT" and m.text.removeprefix("the ") in editions
        else m
        for m in mentions
    ]


# "Outlook and Outlook Express", "iPod and iPod mini", "Macbook and Macbook Pro": one word, "and",
# the word again and a suffix of one or two words (capitalised, a figure, or a line's lower-case
# word).
_PAIR = re.compile(
    r"(?<![\w'’&.-])(?P<one>[A-Za-z][\w-]*) and (?P=one)"
    r"(?P<rest>(?: (?:[A-Z][\w-]*|\d[\w.]*|mini|nano|shuffle|pro|plus|lite|express|classic)){1,2})"
    r"(?![\w'’&-])"
)
_FIRM_SUFFIXES = frozenset(
    {
        "Inc",
        "Corp",
        "Ltd",
        "plc",
        "Plc",
        "PLC",
        "Co",
        "Group",
        "Holdings",
        "International",
        "Limited",
    }
)
# A product's word: what the article calls the pair.
_PRODUCT_WORD = re.compile(
    r"\b(?:laptops?|notebooks?|computers?|PCs?|players?|(?:mobile )?phones?|handsets?|consoles?|"
    r"software|browsers?|programs?|programmes?|versions?|models?|e-mail|email|applications?|"
    r"devices?|gadgets?|suites?|machines?|products?|line|range)\b"
)

# A work's word: "Robocop and Robocop 2", a film and its sequel, no products.
_WORK_WORD = re.compile(r"\b(?:films?|movies?|sequels?|series|albums?|books?|novels?|shows?)\b")


def product_pairs(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with "X and X <Suffix>" near a product's word two products, PRODUCT each
    ("Outlook and Outlook Express e-mail programs": `Outlook`, `Outlook Express`), see the module
    docstring."""
    if " and " not in text:
        return list(mentions)
    spans: list[tuple[int, int, int, int]] = []
    for found in _PAIR.finditer(text):
        one = found["one"]
        if not any(c.isupper() for c in one) or found["rest"].split()[0] in _FIRM_SUFFIXES:
            continue  # a common word ("more and more"), a firm ("Johnson and Johnson Inc")
        start, end = found.span()
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 80, 0)
        sentence_end = min(
            (i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text)
        )
        near = text[sentence_start:start] + " " + text[end : min(sentence_end, end + 60)]
        if _PRODUCT_WORD.search(near) is None or _WORK_WORD.search(near):
            continue
        outer = start - 4 if text[max(start - 4, 0) : start] in ("the ", "The ") else start
        spans.append((start, found.end("one"), outer, end))
        spans.append((found.start("rest") - len(one), end, outer, end))
    if not spans:
        return list(mentions)
    return replaced(text, mentions, layouts, add, spans, ("PRODUCT", "PRODUCT"))


@cache
def _maker_models() -> tuple[re.Pattern[str], frozenset[str]]:
    """The maker-and-model shape and the words that make a maker's name a firm's (`maker_models`
    in `factx/data/entities.json`: `makers`, a closed class of technology makers whose name
    opens their products' names; `firm_words`, words after a maker's name that make it a firm,
    a unit of one, a place's branch, a venue, a prize or a service)."""
    data = data_file("entities.json")["maker_models"]
    makers = "|".join(re.escape(maker) for maker in data["makers"])
    shape = re.compile(rf"(?:[Tt]he )?(?:{makers}) (?P<model>[A-Z][\w-]*(?: [A-Z0-9][\w-]*)?)")
    return shape, frozenset(data["firm_words"])


def models_after_their_maker(
    mentions: Sequence[RawMention], is_country: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, with a technology maker's name and a model's own name the model tags ORG
    made a PRODUCT ("Microsoft Word", "the Sinclair Spectrum"), see the module docstring;
    `is_country` tells a country's name ("Google China")."""
    result: list[RawMention] = []
    for m in mentions:
        found = _maker_models()[0].fullmatch(m.text) if m.label == "ORG" else None
        if found is not None and _a_model(found["model"]) and not is_country(found["model"]):
            result.append(replace(m, label="PRODUCT", cue="PRODUCT"))
            continue
        result.append(m)
    return result


def _a_model(model: str) -> bool:
    """Whether `model`, the words after a maker's name, name a model and no firm, unit or place."""
    words = model.split(" ")
    return not (
        any(word in _maker_models()[1] for word in words)
        or known_place(model)
        or technology_term(words[0])
        or model.endswith(("'s", "’s"))
    )


def spaced_o_surnames(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, with a person ending in a lone "O" before "' <Surname>" taking the surname
    ("Michael O" + "' Leary": `Michael O' Leary`)."""
    if "O' " not in text:
        return list(mentions)
    joined: dict[int, RawMention] = {}
    gone: set[int] = set()
    for m in mentions:
        if m.label != "PERSON" or not m.text.endswith(" O"):
            continue
        surname = _SPACED_O.match(text, m.end)
        if surname is None:
            continue
        end = surname.end()
        inside = [o for o in mentions if o is not m and o.start < end and o.end > m.end]
        if any(o.end > end for o in inside):
            continue  # a longer name runs on
        gone.update(id(o) for o in inside)
        joined[id(m)] = replace(m, text=text[m.start : end], end=end)
    if not joined:
        return list(mentions)
    return [joined.get(id(m), m) for m in mentions if id(m) not in gone]


def nouns_determiner_off_names(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout]
) -> list[RawMention]:
    """The mentions, with a lower-case "the" cut off a name that modifies a noun after it ("the
    Northrop Grumman and EADS North America plan": `Northrop Grumman`)."""
    if not any(m.text.startswith("the ") for m in mentions):
        return list(mentions)
    starts = {m.start: m for m in mentions}
    result: list[RawMention] = []
    for m in mentions:
        if (
            m.text.startswith("the ")
            and m.label in _LABELS_WITH_A_NOUN
            and not m.text.endswith("s")
            and _before_a_noun(text, m, starts, layouts)
        ):
            result.append(replace(m, text=m.text[4:], start=m.start + 4))
            continue
        result.append(m)
    return result


def _before_a_noun(
    text: str, m: RawMention, starts: dict[int, RawMention], layouts: Sequence[Layout]
) -> bool:
    """Whether a lower-case noun follows the name, or "and", another name and such a noun."""
    end = m.end
    if text.startswith(" and ", end):
        other = starts.get(end + 5)
        if other is None:
            return False
        end = other.end
    if not re.match(r" [a-z]", text[end : end + 2]):
        return False
    layout = layout_holding(layouts, end + 1, end + 2)
    if layout is None:
        return False
    return layout.nominal(layout.token_at(end + 1 - layout.offset))
