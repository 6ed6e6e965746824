"""A maker's name and the model number after it are one product's name: "Boeing 787".

The model tags "Boeing" ORG and "787" (or "A380", "737-800") PRODUCT apart, so "the Boeing 787
will fly" gave the maker a mention and left a bare number as the product. Written together with
one space between, they name the aircraft, phone or console ("Airbus A380", "Nokia 6600",
"Nintendo 64", "Boeing" + "787 Dreamliners" with the model's own name), as the OntoNotes
labels the model was trained on do; the maker keeps its own mentions elsewhere ("Boeing said").
Only a number-shaped product joins its maker: "TFC" and "101 Tower" are a firm and a building;
and a number with more figures after it is a team's record in a table ("Hyundai 57 5 49
.536"). The shape is data (`model_number` in `factx/data/entities.json`).

The model often leaves the number untagged after its maker ("five Boeing 737s", "First Airbus
A380 delivered"). An untagged number joins its maker only where its own letters show a model,
not a figure: a letter ("A380", "737s", "777-200LR") or a series after a hyphen ("737-800");
"Leicester 21", "Sussex 363" and "Essex 250-8" are scores, "60s" a decade. By the same marks, a
name the model tagged as a firm that ends with such a number is the product ("Airbus A380" ORG
in a headline).

A maker's code of capitals, untagged, names its product too ("the Nintendo DS", "Sony PSP"),
where it is no role ("Nintendo CEO"), place ("Microsoft UK"), corporate suffix ("Vodafone
AG"), technology ("Sony DVD") or the start of a name ("Sony BMG Music", "Nintendo CEO Satoru
Iwata": a capitalised word follows).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_non_names import technology_term
from factx.extract.first_names import name_kind
from factx.extract.spans import SpanIndex
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Another figure right after the number: a row of a standings table, not a model.
_MORE_FIGURES = re.compile(r"[ \t]+[-+.]?\d")
# An untagged word after a maker, then the number's marks of a model: a letter, or a series of
# two figures or more after a hyphen.
_UNTAGGED = re.compile(r" ([\w-]+)\b(?![-.,]?\d)")
_MODEL_MARK = re.compile(r"[A-Za-z]|-\d{2}")
# The model's own firm's span ending in four figures that are no year's, or in a version's one
# decimal, is a product's ("Nokia 6600", "Opera 8.0"): `glue.py` keeps such a number, no score,
# and no firm is named so ("Transport 2000" ends in a year's figures and stays a firm).
_FIGURED_MODEL = re.compile(r"(?![12]\d{3}$)\d{4}|\d\.\d")
# A decade's plural is no model's: "the Beatles 60s hits".
_DECADE = re.compile(r"\d0s")
# A model's own name after its number: "787 Dreamliner", "A350 XWB".
_MODEL_NAME = re.compile(r"[A-Z][a-z]+s?|[A-Z]{2,4}")


@cache
def _model_number() -> re.Pattern[str]:
    pattern: str = data_file("entities.json")["model_number"]
    return re.compile(pattern)


def with_models(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, each maker joined to the model number after it.

    Args:
        text: the article, which the mention offsets index.
        mentions: the model's mentions, sorted by start.
    Returns:
        The mentions, "Boeing" ORG + "787" PRODUCT as one "Boeing 787" PRODUCT.
    """
    model_number = _model_number()
    result: list[RawMention] = []
    for m in mentions:
        maker = result[-1] if result else None
        if (
            maker is not None
            and maker.label == "ORG"
            and m.label == "PRODUCT"
            and text[maker.end : m.start] == " "
            and _a_model(m.text, model_number)
            and not _MORE_FIGURES.match(text, m.end)
        ):
            result[-1] = replace(maker, text=text[maker.start : m.end], end=m.end, label="PRODUCT")
            continue
        result.append(m)
    # The mentions' spans searched, not scanned, for each maker: a huge article names many.
    taken = SpanIndex((m.start, m.end) for m in mentions)
    return [_with_untagged_model(text, m, model_number, taken) for m in result]


def _a_model(name: str, model_number: re.Pattern[str]) -> bool:
    """Whether `name` is a model number, alone or with the model's own name ("787 Dreamliners")."""
    number, _, rest = name.partition(" ")
    if not model_number.fullmatch(number) or _AGE_GROUP.fullmatch(number):
        return False
    # Not a place's kind word: "101 Tower" is a building.
    return not rest or (bool(_MODEL_NAME.fullmatch(rest)) and not name_kind(rest.rstrip("s")))


# A side's age group: "Iceland U21", "Scotland U-19" (seed 164's headline "Iceland U21 1-2
# Scotland U21" gave a product; the lead, round 48), no model's number.
_AGE_GROUP = re.compile(r"U-?\d{2}")


def _shows_a_model(word: str, model_number: re.Pattern[str]) -> bool:
    """Whether `word` is a model number whose own marks show a model, not a figure."""
    return (
        not _AGE_GROUP.fullmatch(word)
        and bool(model_number.fullmatch(word))
        and bool(_MODEL_MARK.search(word))
        and not _DECADE.fullmatch(word)
    )


# A product's code of capitals: "DS", "PSP", "GBA"; then no capitalised word ("Sony BMG Music").
_CODE = re.compile(r"[A-Z]{2,4}")
_NAME_GOES_ON = re.compile(r" +[A-Z]")


def _a_code(text: str, word: str, end: int) -> bool:
    """Whether `word`, untagged after a maker and ending at `end`, is its product's code."""
    if not _CODE.fullmatch(word) or _NAME_GOES_ON.match(text, end):
        return False
    return word.casefold() not in _not_codes() and not technology_term(word)


@cache
def _not_codes() -> frozenset[str]:
    """Capitals after a firm's name that are no product's: roles ("CEO", "VJ"), corporate
    suffixes ("AG"), places ("UK", "US", "EU")."""
    import pycountry  # deferred: its tables load on first use

    aliases = data_file("aliases.json")
    countries = [c.alpha_2 for c in pycountry.countries] + [c.alpha_3 for c in pycountry.countries]
    return frozenset(
        [w.casefold() for w in aliases["roles"]]
        + [w.casefold() for w in aliases["corporate_suffixes"]]
        + [code.casefold() for code in countries]
        + ["uk", "eu", "un", "dj", "vj"]  # "MTV VJ Sway": a role
    )


def _with_untagged_model(
    text: str, maker: RawMention, model_number: re.Pattern[str], taken: SpanIndex
) -> RawMention:
    """The maker, as a product with the untagged model number written right after it."""
    if maker.label != "ORG":
        return maker
    last = maker.text.rsplit(" ", 1)[-1]
    if " " in maker.text and (
        _shows_a_model(last, model_number) or _FIGURED_MODEL.fullmatch(last) is not None
    ):
        return replace(maker, label="PRODUCT")
    found = _UNTAGGED.match(text, maker.end)
    if (
        found is None
        or not (
            _shows_a_model(found.group(1), model_number)
            or _a_code(text, found.group(1), found.end())
        )
        or _MORE_FIGURES.match(text, found.end())
        or taken.overlaps(found.start(), found.end())
    ):
        return maker
    return replace(maker, text=text[maker.start : found.end()], end=found.end(), label="PRODUCT")


# A maker's name of capitalised words, then its model's number (and the model's own name).
_THREE_FIGURES = re.compile(r"\d{3}s?")
_MAKER_AND_MODEL = re.compile(r"(?P<maker>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)*) (?P<model>\S+)")


def made_by(name: str) -> str:
    """The maker's words of a product named by its maker and model number ("Boeing" of "Boeing
    737s", "Airbus" of "Airbus A380", "Boeing" of "Boeing 787 Dreamliners"), or "" where the
    name is not of that shape.

    `headline_models` (round r42-mt): a headline keeps only the names its body gives
    (`entities.add_string_matches`), and the body never writes a headline's plural "Boeing
    737s", so "Ryanair exercises options on five Boeing 737s" lost the product and kept the
    maker alone, ORG. A model's number is no headline's capital: where the body names the
    maker, the maker's product is the headline's name.
    """
    found = _MAKER_AND_MODEL.fullmatch(name)
    if found is None:
        return ""
    model = found["model"].split(" ", 1)[0]
    model_number = _model_number()
    shown = _shows_a_model(model, model_number) or _FIGURED_MODEL.fullmatch(model) is not None
    # "Boeing 787": three figures after a maker the model tagged a product's are its model's.
    if not shown and (_THREE_FIGURES.fullmatch(model) is None or _DECADE.fullmatch(model)):
        return ""
    return found["maker"]
