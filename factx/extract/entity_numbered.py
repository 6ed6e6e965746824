"""Names that open with a number, which the model cuts at it: "50 Cent", "12 Angry Men".

The small model tags the number CARDINAL and the words after it as the name ("50" + `Cent`
ORG, "12" + `Angry Men` WORK_OF_ART), so the name is reported without its first word. A count
before a name is common too ("24 European gigs", "13 US cities", "7 Spike Lee movies"), so the
number is taken into the name only where the article shows it belongs there:

- a work's title (the model's WORK_OF_ART) with a number right before it and no lower-case
  word after it (a count is followed by the noun it counts): "starred in 12 Angry Men.", but
  for one of the work's people before a name ("21 Grams actress Naomi Watts"), which makes
  the title of any mention the model tagged (`Grams` PERSON);
- a person's or an organisation's name written with the same number before it twice or more
  in the article: a stage name or a band's name always carries its number ("50 Cent said",
  "50 Cent's crew"), a count does not repeat with the same name.

A year is no part of a name ("the 1994 Frank Darabont tale": four digits are left alone), nor
a figure's part ("£50", "1,000", "2-0", "4.5"): the number stands alone, after a space, the
text's start or an opening quotation mark or bracket.

`numbered_towers` (round r39c-goods, seed 100): a building named "<Name> <Number> Tower(s)"
("the TFC 101 Tower", "the Jin Mao 88 Tower", "the Taipei 101 Tower") is one building, FAC,
whole through its number; the model cuts it at the number (`TFC` ORG and `Tower` ORG, `Jin Mao`
PERSON, `Taipei` FAC). Only after "the" (a building's name, not a score's "Smith 2 Tower
Hamlets"), one to three capitalised words before the number, and no capitalised word after the
kind word ("Tower Hamlets").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# One to three digits standing alone before one space, right where a mention starts.
_NUMBER_BEFORE = re.compile(r"(?:^|(?<=[\s\"“(‘']))(\d{1,3}) $")
# A lower-case word right after the mention: the noun a count counts ("13 US cities").
_COUNTED_NOUN = re.compile(r" [a-z]")
# One of a work's people before a name, right after the mention: "21 Grams actress Naomi
# Watts" is the film's actress, whatever label the model gave the title ("Grams" PERSON).
_WORKS_PERSON_AFTER = re.compile(
    r" (?:actor|actress|star|co-star|director|writer|producer|creator|composer) [A-Z]"
)
_RECURRING_LABELS = frozenset({"PERSON", "ORG"})
_TOWER = re.compile(
    r"\b[Tt]he (?:[a-z0-9][\w-]* ){0,2}(?P<name>(?:[A-Z][\w'’-]* ){1,3}\d{1,4} Towers?)\b(?! [A-Z])"
)


def _number_before(text: str, m: RawMention) -> str | None:
    found = _NUMBER_BEFORE.search(text, max(0, m.start - 6), m.start)
    return found.group(1) if found else None


def numbered_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each name cut at the number that opens it grown over the number (see the
    module docstring): "12" + "Angry Men", "50" + "Cent" where "50 Cent" recurs."""
    pairs: Counter[tuple[str, str]] = Counter()
    for m in mentions:
        number = _number_before(text, m)
        if number is not None:
            pairs[number, m.text] += 1
    result: list[RawMention] = []
    for m in mentions:
        number = _number_before(text, m)
        works_person = _WORKS_PERSON_AFTER.match(text, m.end) is not None
        grow = number is not None and (
            (m.label == "WORK_OF_ART" and not _COUNTED_NOUN.match(text, m.end))
            or (m.label in _RECURRING_LABELS and pairs[number, m.text] >= 2)
            or works_person
        )
        if grow and number is not None:
            start = m.start - len(number) - 1
            m = replace(m, text=text[start : m.end], start=start)
            if works_person:
                m = replace(m, label="WORK_OF_ART", cue="WORK_OF_ART")
        result.append(m)
    return result


def numbered_towers(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, the parts of "the <Name> <Number> Tower" joined into one building, FAC
    (the module's doc); only where the model tagged a part and every part lies in the name."""
    if " Tower" not in text:
        return mentions
    result = mentions
    for found in _TOWER.finditer(text):
        start, end = found.span("name")
        parts = [m for m in result if m.start < end and start < m.end]
        if not parts or any(m.start < start or m.end > end for m in parts):
            continue
        whole = replace(
            parts[0], text=text[start:end], start=start, end=end, label="FAC", cue="FAC"
        )
        result = sorted(
            [m for m in result if not (m.start < end and start < m.end)] + [whole],
            key=lambda m: (m.start, m.end),
        )
    return result
