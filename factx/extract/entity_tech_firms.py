"""Firms of technology and business news named by the words around them (round r40b-tech,
seed 106).

- `developers`: "Produced|Developed|Published by <Name> software|studios|games" names the
  firm that made a game or a program, ORG ("Produced by Bungie software, renowned for its
  innovation in gaming", seed 106's tech/...'s `Bungie` PRODUCT: the model reads the
  developer as its game). The name's other mentions the model labelled a product, a person
  or a work ("Bungie got everything right") are the same firm. Not a first name and a
  surname ("Developed by John Smith software" is a man's work), and a lower-case kind word
  only: "Bungie Studios" is a name the model reads already.
- `country_firms`: a name after "<Country>'s" in a list opened by "companies|firms|shares
  such as|including|like" is a firm, ORG, like its neighbours ("with companies such as
  Germany's TUI and Lufthansa and France's Club Hotelier sliding", seed 106's `Club Hotelier`
  PERSON: a company labelled PERSON). The country must be a country's name, the mention must
  open on the name and end inside it; the list runs to the sentence's end.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.first_names import person_by_first_name

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_NAME = r"[A-Z][\w&-]*(?: [A-Z][\w&-]*)*"
_DEVELOPER = re.compile(
    rf"\b(?:[Pp]roduced|[Dd]eveloped|[Pp]ublished) by (?P<name>{_NAME}) "
    r"(?:software|studios|games)\b"
)
_NOT_FIRMS = ("PRODUCT", "PERSON", "WORK_OF_ART", "GPE", "FAC", "LOC", "NORP")
_FIRM_LIST = re.compile(
    r"\b(?:companies|firms|shares|groups|operators|carriers|makers),? (?:such as|including|like) "
)
_COUNTRY_FIRM = re.compile(
    rf"(?<![\w'’])(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (?P<name>{_NAME})"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def developers(
    text: str, mentions: list[RawMention], key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions, each name of a developer cued by "Produced|Developed|Published by <Name>
    software|studios|games" and the same name's other mentions relabelled ORG (the module's
    doc)."""
    if " by " not in text:
        return mentions
    names = {
        key(m.group("name"))
        for m in _DEVELOPER.finditer(text)
        if not person_by_first_name(m.group("name"))
    }
    if not names:
        return mentions
    result = mentions
    for i, m in enumerate(mentions):
        if (m.cue or m.label) in _NOT_FIRMS and key(m.text) in names:
            if result is mentions:
                result = list(mentions)
            result[i] = replace(m, label="ORG", cue="ORG")
    return result


def country_firms(
    text: str,
    mentions: list[RawMention],
    key: Callable[[str], str],
    is_country: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, each name after "<Country>'s" in a list of companies relabelled ORG (the
    module's doc)."""
    if "such as" not in text and "including" not in text and " like " not in text:
        return mentions
    result = mentions
    for opener in _FIRM_LIST.finditer(text):
        stop = _SENTENCE_END.search(text, opener.end())
        end_of_list = len(text) if stop is None else stop.start()
        for found in _COUNTRY_FIRM.finditer(text, opener.end(), end_of_list):
            if not is_country(key(found.group("country"))):
                continue
            start, end = found.span("name")
            for i, m in enumerate(result):
                if m.start == start and m.end <= end and (m.cue or m.label) in _NOT_FIRMS:
                    if result is mentions:
                        result = list(mentions)
                    result[i] = replace(m, label="ORG", cue="ORG")
    return result
