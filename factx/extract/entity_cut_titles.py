"""A work's title the model cut to its last word, read as a person: "ABC serial Desperate
Housewives" gives "Housewives" PERSON, "the hit show Robbing Peter" gives "Peter" PERSON.

A title's first word written with a capital inside a sentence, right after a work's kind word
("serial", "show", "film", "album", ...) and right before the model's one-word PERSON, is the
title's: the title is the whole run, a work. The kind word must stand right before the run, so
"the film's star, Peter Hale" or "in the film Ms Grace said" do not match (no capitalised
word between the kind and the name, or a person's title there). A run that opens with a first
name ("the film Will Smith") or a person's title is a person's name. The kind words are data
(`cut_title_kinds` in factx/data/entities.json). Round r33-titles.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention


@cache
def _kind_before() -> re.Pattern[str]:
    """A work's kind word and the title's first word after it, anchored at the mention."""
    data = data_file("entities.json")
    kinds = "|".join(data["cut_title_kinds"])
    return re.compile(rf"(?<![\w'’-])(?:{kinds}) (?P<head>[A-Z][a-z]+) $")


@cache
def _person_titles() -> frozenset[str]:
    return frozenset(data_file("entities.json")["cut_title_person_titles"])


def titles_cut_to_a_person(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each one-word PERSON of the model's grown back over the title's first word
    after a work's kind word, as a work (see the module docstring)."""
    result: list[RawMention] = []
    for m in mentions:
        if m.label == "PERSON" and not m.headline and " " not in m.text and m.text.isalpha():
            found = _kind_before().search(text, max(0, m.start - 40), m.start)
            head = found.group("head") if found is not None else ""
            start = found.start("head") if found is not None else m.start
            if (
                found is not None
                and head.casefold() not in first_names()
                and head not in _person_titles()
                and not any(o.start < m.start and o.end > start for o in mentions if o is not m)
            ):
                m = replace(m, text=text[start : m.end], start=start,
                            label="WORK_OF_ART", cue="WORK_OF_ART")  # fmt: skip
        result.append(m)
    return result
