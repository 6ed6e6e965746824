"""Firms and programs listed after or before their kind, and a trojan named with its kind
word (round r39-firms, seeds 94-95).

- `listed_firms_and_programs`: the members of a list whose kind the words around it name.
  - firms, ORG: after "Among the <kind> companies|firms|makers (present|there) were" ("Among
    the chip companies present were Frontier Silicon and Radioscape", seed 94's `Radioscape`
    PERSON, left by five rounds; "Frontier Silicon and Imagination" glued; "Symbian and Opera"
    gives `Opera` GPE). The model reads a firm's coined name by its look, a person or a place.
  - programs, PRODUCT: after "viruses|worms|trojans such as|including" ("the code for viruses
    such as Plonker, Rexbot and Vandar", seed 95's `Rexbot` PERSON), and before "mass
    mailers", "e-mail worms", "virus families" after "the" ("the Zorba, Kelpie and Fizzmail
    mass mailers": `Zorba` GPE, `Kelpie` ORG).
  A member is the run of capitalised words between two joins (`entity_kind_lists.list_items`:
  two members or more, the last after "and" or "or"); two members the model glued over the
  "and" are parted, and a member the model missed is added. Not a member a first name or a
  full person's surname shows to be a person, a known place, one the words around it cue as
  something else, nor one that holds two of the model's names or runs over the member's edge
  ("firms such as France's Dassault Aviation": the country and the firm).
- `capitalised_trojans`: "the <Name> Trojan" tagged whole ("in October the Skulls Trojan came
  to light", seed 95's `Skulls Trojan` ORG) is the program, PRODUCT, named without its kind
  word, as "the <Name> trojan" is read already (the cue `malware by its kind`).
- `listed_brands` (round r39c-goods, seed 100): the members of a list of brands, after "brands
  include|including|such as|like" or between "the" and "brands" ("owning the Beringer and Wolf
  Blass brands", seed 100's `Wolf Blass` PERSON; "the Jacob Creek and Hardy brands" gives
  `Jacob Creek` GPE), are brands, PRODUCT, as the cue `brand of a company` reads a list's first
  member: a brand named for its founder or its estate is no person and no place. Only members
  the model labelled a person, a place or a work (a firm's ORG is the house's "X brand" reading,
  left), never a known place or a people ("the UK and US brands"). Round r47-acts adds a
  one-word member the model tagged NORP that the lists know as no nationality, people or
  country ("the Jacob's Creek, Lindemans and Wyndham brands", seed 149's `Lindemans` NORP).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_kind_lists import LIST_ITEM, list_items, parted_pairs, regrouped
from factx.extract.evidence import a_people_by_name
from factx.extract.first_names import first_names, person_by_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_FIRMS = re.compile(
    r"\b[Aa]mong the (?:[a-z-]+ ){0,2}(?:companies|firms|makers|manufacturers|exhibitors)"
    r"(?: (?:present|there|exhibiting|represented|showing))? were "
)
_PROGRAMS_AFTER = re.compile(
    r"\b(?:viruses|worms|trojans|Trojans|malicious programs)(?: [a-z]+)?,? (?:such as|including) "
)
_ONE = LIST_ITEM.pattern
_PROGRAMS_BEFORE = re.compile(
    rf"\b[Tt]he (?P<list>{_ONE}(?:, {_ONE})*,? (?:and|or) {_ONE}) "
    r"(?:mass[- ]mailers|e-?mail worms|(?:virus|worm) families|viruses|worms)\b"
)
_THE = ("the ", "The ")
# A brand's member may hold "&" ("Moet & Chandon") and a goods word after it before the next
# join ("Moet & Chandon champagne and Louis Vuitton").
_BRAND_WORD = r"(?:[A-Z0-9]|[a-z]+[A-Z])[\w'’-]*"
_BRAND_ITEM = re.compile(
    rf"{_BRAND_WORD}(?: (?:(?:of|the|&) )?{_BRAND_WORD})*(?: [a-z]+(?=, | and | or ))?"
)
_BRANDS_AFTER = re.compile(r"\bbrands,? (?:such as|like|including|include|includes|included) ")
_BRANDS_BEFORE = re.compile(rf"\b[Tt]he (?P<list>{_ONE}(?:, {_ONE})*,? (?:and|or) {_ONE}) brands\b")
_NOT_BRANDS = ("ORG", "PRODUCT", "NORP")
_GOODS_WORD = re.compile(r" [a-z]+")
_TROJAN = re.compile(r"(?:[Tt]he )?(?P<name>[A-Z][\w-]*) Trojan")
_NAMED_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]|[Aa]n|called|named|dubbed|known as) $")


def listed_firms_and_programs(
    text: str, mentions: list[RawMention], key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions, each member of a list of firms cued ORG and of a list of programs cued
    PRODUCT (the module's doc), glued pairs parted and missed members added."""
    lists: list[tuple[list[tuple[int, int]], str]] = []
    if "mong the " in text:
        lists += [(list_items(text, m.end()), "ORG") for m in _FIRMS.finditer(text)]
    if "virus" in text or "worm" in text or "rojan" in text or "mailers" in text:
        lists += [(list_items(text, m.end()), "PRODUCT") for m in _PROGRAMS_AFTER.finditer(text)]
        lists += [
            (list_items(text, m.start("list")), "PRODUCT") for m in _PROGRAMS_BEFORE.finditer(text)
        ]
    lists = [(items, label) for items, label in lists if items]
    if not lists:
        return mentions
    surnames = {
        key(m.text).split()[-1] for m in mentions if m.label == "PERSON" and " " in key(m.text)
    }
    found: list[tuple[int, RawMention]] = []
    added: list[RawMention] = []
    removed: set[int] = set()
    for items, label in lists:
        # "Frontier Silicon and Imagination": two firms glued over the "and"
        added += parted_pairs(text, mentions, items, label, removed)
        for start, end in items:
            if any(mentions[i].start <= start and end <= mentions[i].end for i in removed):
                continue
            inside = [i for i, m in enumerate(mentions) if m.start < end and start < m.end]
            whole = text[start:end]
            if len(inside) > 1 or any(
                (mentions[i].start < start and text[mentions[i].start : start] not in _THE)
                or mentions[i].end > end
                for i in inside
            ):
                continue  # two names, or a name that runs over the member's edge ("the Zorba": in)
            if person_by_first_name(whole) or key(whole) in surnames or known_place(whole):
                continue
            if not inside:
                near = min(mentions, key=lambda m: abs(m.start - start), default=None)
                if near is not None and re.search(r"[^\W\d_]", whole):
                    added.append(replace(near, text=whole, start=start, end=end, label=label,
                                         votes=False, cue=label))  # fmt: skip
                continue
            i = inside[0]
            m = mentions[i]
            if m.cue and m.cue != label:
                continue  # cued as something else
            found.append((i, replace(m, text=whole, start=start, end=end, cue=label)))
    return regrouped(mentions, removed, found, added)


def capitalised_trojans(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, "the <Name> Trojan" tagged whole cut to the name and cued PRODUCT (the
    module's doc); not "the Trojan Horse" nor a name of two words or more before the kind.
    The kind word needs its article or a naming word before it ("the Skulls Trojan", "called
    Bankash-A Trojan"): "ambassador to the WTO, Carlo Trojan, said" is a man, and so is a
    first name before "Trojan" (seed 103's business/320)."""
    result = mentions
    for i, m in enumerate(mentions):
        if not m.text.endswith(" Trojan"):
            continue
        found = _TROJAN.fullmatch(m.text)
        if found is None:
            continue
        if found.group(0)[:4].lower() != "the " and not _NAMED_BEFORE.search(
            text, max(0, m.start - 12), m.start
        ):
            continue
        if found.group("name").casefold() in first_names():
            continue
        start = m.start + found.start("name")
        end = m.start + found.end("name")
        if result is mentions:
            result = list(mentions)
        result[i] = replace(
            m, text=found.group("name"), start=start, end=end, label="PRODUCT", cue="PRODUCT"
        )
    return result


def _a_brand_as_people(label: str, name: str) -> bool:
    """Whether a list's member the model tagged NORP is no nationality nor people by the lists
    (round r47-acts): "the winemaker behind the Jacob's Creek, Lindemans and Wyndham brands"
    gives `Lindemans` NORP by its ending ("-ans", as "Kenyans"), seed 149's brand labelled a
    people; "the French and German brands" keep NORP."""
    if label != "NORP" or " " in name:
        return False
    singular = name[:-1] if name.endswith("s") else name
    return not a_people_by_name(name) and not a_people_by_name(singular)


def listed_brands(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each member of a list of brands the model labelled a person, a place or a
    work relabelled PRODUCT (the module's doc); not a known place, a people, nor a mention that
    runs over the member's edge."""
    if "brands" not in text:
        return mentions
    lists = [list_items(text, m.end(), _BRAND_ITEM) for m in _BRANDS_AFTER.finditer(text)]
    lists += [list_items(text, m.start("list")) for m in _BRANDS_BEFORE.finditer(text)]
    result = mentions
    for items in lists:
        for start, end in items:
            for i, m in enumerate(result):
                if not (m.start < end and start < m.end):
                    continue
                if m.label in _NOT_BRANDS and not _a_brand_as_people(m.label, m.text):
                    continue
                lead = text[m.start : start] if m.start <= start else "?"
                tail = text[m.end : end] if m.end <= end else "?"
                if lead not in ("", *_THE) or not (tail == "" or _GOODS_WORD.fullmatch(tail)):
                    continue  # runs over the member's edge, or a name inside it
                if known_place(m.text):
                    continue
                if result is mentions:
                    result = list(mentions)
                result[i] = replace(m, label="PRODUCT", cue="PRODUCT")
    return result
