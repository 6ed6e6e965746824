"""Two names the model ran together across "was" or "is": "The Hollows was The Guardian".

The small model reads a run of capitalised words as one name and may carry it over a verb
between two of them: "One of the experts to tip The Hollows was The Guardian's music critic"
gives `Hollows was The Guardian` WORK_OF_ART. No name holds a lower-case "was" or "is" between
capitalised words but a title ("Life is Beautiful"), so a span whose verb is followed by a name
with its own "The" is two names: the words before the verb and the words after it, each a
mention of its own with the label the article gives that name alone, else the model's; a
newspaper's name ("The Guardian", `work_titles.a_paper`) is an organisation's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.work_titles import a_paper

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The verb between two capitalised sides; the first may open with its "the", the second must
# (a paper's or a band's "The Times"): a title holds a lower-case verb before a capitalised
# word too ("Life is Beautiful", "Paris is Burning") and stays whole.
_COPULA = re.compile(r"(?:[Tt]he )?[A-Z][^\s]*(?: \S+)*? (?:was|is) (?=[Tt]he [A-Z])")
_VERB = re.compile(r" (?:was|is) ")


def _sides(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The two sides of text[start:end] around its first "was" or "is", or None."""
    span = text[start:end]
    if _COPULA.match(span) is None:
        return None
    verb = _VERB.search(span)
    if verb is None:  # pragma: no cover - the pattern holds one
        return None
    left, right = (start, start + verb.start()), (start + verb.end(), end)
    if _VERB.search(text, right[0], end) is not None:
        return None  # more than one verb: a sentence, not two names
    return [left, right]


def copula_sides(
    text: str, mentions: Sequence[RawMention], name_form: Callable[[str], str]
) -> list[RawMention]:
    """The mentions, with each span glued across "was" or "is" cut in two (the module's doc).
    A side takes the label of its name where the model found it alone (`name_form`'s)."""
    if not any(_VERB.search(m.text) for m in mentions):
        return list(mentions)
    label_of: dict[str, str] = {}
    for m in mentions:
        if not _VERB.search(m.text):
            label_of.setdefault(name_form(m.text), m.label)
    result: list[RawMention] = []
    for m in mentions:
        found = _sides(text, m.start, m.end) if _VERB.search(m.text) else None
        if found is None:
            result.append(m)
            continue
        for s, e in found:
            name = text[s:e]
            label = "ORG" if a_paper(name) else label_of.get(name_form(name), m.label)
            result.append(replace(m, text=name, start=s, end=e, label=label, cue=""))
    return result
