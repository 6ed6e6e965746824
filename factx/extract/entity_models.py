"""A model by its number alone, and by its own name, once the article has named it with its maker
(round r42-mt: MEANTIME, rules from the airbus corpus).

`models_by_their_number`: business news names a model in full once ("the Boeing 777", "an Airbus
A330") and then by its number alone, often in the plural: "firm orders for 18 777s and 46 more
787s", "Boeing delivers final 717 to AirTran". The model tags a bare number CARDINAL or nothing
("777s", "717"), so the product is lost after its first mention. A number the article writes
right after a maker in a product's name (`makers.with_models`) is that model wherever it stands
alone, with or without its plural "s", PRODUCT, as OntoNotes names it ("787s"). A model's code of
letters and three figures in the plural ("24 A320s and 6 A321s") is one whatever the article
says elsewhere: no count, year or score is written so. Not a figure's part ("$787", "7,870"),
nor a singular number before a lower-case noun, a count's ("777 passengers") or the model's
kind it modifies ("the A350 jets"), nor where other facts (money, dates, counts) lie.

`model_names`: a capitalised word right after a model's number is the model's own name ("the
787 Dreamliner", "the 777 Worldliner"): the number and the name are one product, and the name
alone is the product wherever the article writes it ("The Dreamliner will be", "bought 20
Dreamliners"), where the model tags it a person, a firm or nothing. Only a name the article never
writes in lower case, which is no name's kind word ("787 Tower"), and which follows the number
in the article's body (a headline capitalises every word).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.entity_acts import replaced
from factx.extract.first_names import name_kind
from factx.extract.makers import made_by

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention
    from factx.extract.entity_acts import Adder

# A model's code of letters and three figures, in the plural: "A320s", "A321s".
_CODED_PLURAL = r"[A-Z]{1,2}-?\d{3}s"
# A figure, a currency or a symbol glued before the number: no model's.
_BEFORE = r"(?<![\w$£€¥#@.,/-])"
# After the number: no figure's part ("787,000", "787.5"), no hyphened word ("737-800").
_AFTER = r"(?![\w-]|[.,]\d)"
# A lower-case word or a sign after a singular number: where the word is a noun, a count's
# ("777 passengers") or the model's kind it modifies ("the A350 jets"), no name of its own.
_LOWER_AFTER = re.compile(r" ?[a-z%]")
# The model's own name right after its number: "787 Dreamliner".
_NAME = re.compile(r" ([A-Z][a-z]{2,})(?![\w-])")


def models_by_their_number(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with a model's number standing alone ("18 777s", "final 717") and a coded
    plural ("24 A320s") each a PRODUCT, the model's own name after its number taken along
    ("787 Dreamliner") and found alone elsewhere (`model_names`)."""
    numbers = _model_numbers(mentions)
    coded = re.search(_BEFORE + _CODED_PLURAL + _AFTER, text) is not None
    if not numbers and not coded:
        return list(mentions)
    alternatives = [_CODED_PLURAL]
    if numbers:
        numbers_alternation = "|".join(map(re.escape, sorted(numbers, key=len, reverse=True)))
        alternatives.append(rf"(?:{numbers_alternation})s?")
    pattern = re.compile(_BEFORE + "(?:" + "|".join(alternatives) + ")" + _AFTER)
    body_start = min((lay.offset for lay in layouts if lay.zone != "headline"), default=0)
    names: set[str] = set()
    spans: list[tuple[int, int, int, int]] = []
    for found in pattern.finditer(text):
        start, end = found.span()
        if _overlaps(taken, start, end):
            continue
        if not found.group().endswith("s") and _counted(text, layouts, end):
            continue
        name = _NAME.match(text, end)
        if name is not None and _a_models_name(text, name.group(1)):
            if start >= body_start:
                names.add(name.group(1))
            end = name.end()
        spans.append((start, end, start, end))
    spans += _named_alone(text, names, taken)
    return replaced(text, mentions, layouts, add, spans, ("PRODUCT", "PRODUCT"))


def _counted(text: str, layouts: Sequence[Layout], end: int) -> bool:
    """Whether a lower-case noun or a sign follows a singular number ending at `end`: "777
    passengers", "the A350 jets", "777%"; not a verb or a preposition ("the 787 will", "final
    717 to AirTran")."""
    after = _LOWER_AFTER.match(text, end)
    if after is None:
        return False
    if after.group().endswith("%"):
        return True
    layout = layout_holding(layouts, end, end + 2)
    if layout is None:
        return True
    return layout.nominal(layout.token_at(after.end() - 1 - layout.offset))


def _model_numbers(mentions: Sequence[RawMention]) -> set[str]:
    """The model numbers the article writes after a maker in a product's name: "777" of "Boeing
    777", "737-800" and "737" of "Boeing 737-800", "787" of "Boeing 787 Dreamliners"."""
    numbers: set[str] = set()
    for m in mentions:
        if m.label != "PRODUCT":
            continue
        maker = made_by(m.text)
        if not maker:
            continue
        model = m.text[len(maker) + 1 :].split(" ", 1)[0]
        model = model.removesuffix("s")
        numbers.add(model)
        series = model.split("-", 1)[0]
        if len(series) >= 3 and any(ch.isdigit() for ch in series):
            numbers.add(series)
    return {n for n in numbers if len(n) >= 3}


def _a_models_name(text: str, name: str) -> bool:
    """Whether a capitalised word after a model's number is the model's own name: no kind word
    of a name ("Tower"), never written in lower case in the article."""
    if name_kind(name.removesuffix("s")):
        return False
    return re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text) is None


def _named_alone(
    text: str, names: set[str], taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int, int, int]]:
    """The places the article writes a model's own name alone, or its plural ("Dreamliners")."""
    if not names:
        return []
    alternation = "|".join(map(re.escape, sorted(names)))
    pattern = re.compile(rf"(?<![\w-])(?<!\d )(?:{alternation})s?(?![\w-])")
    return [
        (found.start(), found.end(), found.start(), found.end())
        for found in pattern.finditer(text)
        if not _overlaps(taken, found.start(), found.end())
    ]


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
