"""A broadcaster's division named by the broadcaster and a nation, a place or a department.

"BBC Wales Sport", "BBC Scotland", "BBC News Online", "BBC Newcastle": the model often keeps
such a name whole, but it may tag the broadcaster alone and read the words after it as another
name ("told BBC Wales Sport" gives `BBC` ORG and `Wales Sport` PERSON, a division taken for a
person). Where a mention is a broadcaster's name alone (`broadcaster_divisions.broadcasters` in
factx/data/entities.json: "BBC", "ITV", "RTE", ...) and the run of capitalised words right
after it is made only of a department's words (`broadcaster_divisions.words`: "Sport", "News",
"Online", "Radio", ...) and of places (a country, a nation, a known place: "Wales", "Delhi"),
the broadcaster and the run are one organisation; the mentions inside the run give way to it.
So too where the model leaves the broadcaster's name out and tags the division's words alone
("told BBC Ulster Sport" gives `Ulster Sport` PERSON): the mention grows back over it.
After "the", a run of places alone is no division ("told the BBC Britain had a duty": the
place opens the clause the broadcaster was told). Not where the run holds any other word ("the
BBC Mr Howard had", "BBC Radio Five Live", which the model and `entity_joins` make whole), nor
where another capitalised word follows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The capitalised words right after a broadcaster's name, one space apart, up to a word that
# is not capitalised, a stop or a possessive: " Wales Sport", " Scotland's".
_RUN = re.compile(r" ([A-Z][a-z]+(?: [A-Z][a-z]+){0,3})(?![\w-]| [A-Z])")
_THE = re.compile(r"\b[Tt]he $")


@cache
def _data() -> dict[str, list[str]]:
    data: dict[str, list[str]] = data_file("entities.json")["broadcaster_divisions"]
    return data


def _department(words: list[str]) -> bool:
    return any(w in _data()["words"] for w in words)


def _division_word(word: str, is_country: Callable[[str], bool]) -> bool:
    return word in _data()["words"] or is_country(word) or known_place(word)


def broadcaster_divisions(
    text: str, mentions: list[RawMention], is_country: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions (sorted by start), each broadcaster's name alone grown over the division's
    words after it into one ORG (see the module docstring); `is_country` tells a country's or
    a nation's name ("Wales")."""
    broadcasters = frozenset(_data()["broadcasters"])
    result: list[RawMention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue
        grown = _grown_back(text, m, broadcasters, is_country, result)
        if grown is not None:
            result.append(grown)
            continue
        bare = m.text[4:] if m.text.startswith(("the ", "The ")) else m.text
        after_the = bare != m.text or _THE.search(text, max(0, m.start - 4), m.start)
        run = _RUN.match(text, m.end) if bare in broadcasters else None
        words = run.group(1).split() if run is not None else []
        if (
            run is None
            or not all(_division_word(w, is_country) for w in words)
            or (after_the and not _department(words))
        ):
            result.append(m)
            continue
        end = run.end(1)
        if any(o.start < end < o.end or (o.start < m.start < o.end) for o in mentions):
            result.append(m)  # a name runs across the division's edge
            continue
        skip_to = end
        result.append(replace(m, text=text[m.start : end], end=end, label="ORG", cue="ORG"))
    return result


# A broadcaster's name right before a mention, one space apart: "BBC " of "BBC Ulster Sport".
_BEFORE = re.compile(r"(?<![\w'’&.-])([A-Z][A-Z0-9]{1,3}) $")


def _grown_back(
    text: str,
    m: RawMention,
    broadcasters: frozenset[str],
    is_country: Callable[[str], bool],
    before: list[RawMention],
) -> RawMention | None:
    """Mention m grown back over the untagged broadcaster's name right before it, where its own
    words are a division's ("BBC " + `Ulster Sport`), else None."""
    found = _BEFORE.search(text, max(0, m.start - 5), m.start)
    if found is None or found.group(1) not in broadcasters:
        return None
    if before and before[-1].end > found.start():
        return None  # the broadcaster's name is another mention's
    words = m.text.split()
    if not all(_division_word(w, is_country) for w in words) or not _department(words):
        return None
    if _RUN.fullmatch(" " + m.text) is None or _THE.search(
        text, max(0, found.start() - 4), found.start()
    ):
        return None
    start = found.start()
    return replace(m, text=text[start : m.end], start=start, label="ORG", cue="ORG")
