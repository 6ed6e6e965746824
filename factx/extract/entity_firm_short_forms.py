"""A firm's short form the model reads as a place or a thing is the firm (round
r54-firms; BBC sheet 53H's entertainment/379: "New Line Cinema" whole, then "New Line had been
trying", the model's GPE).

News names a firm once in full and then by its opening words: "New Line Cinema ... New Line
had been trying", "Delta Airlines ... Delta might be concerned", "Paramount Pictures ...
Paramount's deal". `entities._join_short_firm_names` joins the two where both read as
organisations; the small model often reads the short form alone as something else ("New Line"
GPE, "Delta" LOC), and the short form then stands as a second, wrong entity. Where the full
name ends in a firm's kind or trade word (`firm_tails`: "Cinema", "Pictures", "Airlines", ...)
and reads as an organisation, the short form written bare (no more words) joins it, whatever
its label: one entity, the firm. Not where the short form is a known place, people or given
name ("Kenya" of "Kenya Airways", "Indian" of "Indian Airlines", "New York" of "New York
Times", "Ford" the person): the article may mean the country or the man. Nor where most of its
mentions read as a person (a surname may open a firm's name: "Ford" of "Ford Motor"), nor
where any reads as a people (NORP), which is never a firm's short form, or carries another
kind's cue ("the well-known Kingfisher lager brand" beside "Kingfisher Airlines": the beer).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention


def join_firm_short_forms(
    groups: dict[str, list[RawMention]],
    tails: frozenset[str],
    organisations: Callable[[list[RawMention]], bool],
    known_word: Callable[[str], bool],
    words_of: Callable[[RawMention], int],
) -> None:
    """Join each short form the model reads as no organisation to its firm's full name (see
    the module docstring). `known_word` tells a place, a people or a given name; `words_of`
    how many words a mention is written with, less a leading "the"."""
    for key in sorted(groups, key=lambda k: (-len(k.split()), k)):
        if key not in groups or not organisations(groups[key]):
            continue
        words = key.split()
        for n in (2, 1):
            if len(words) <= n or " ".join(words[-n:]) not in tails:
                continue
            short = " ".join(words[:-n])
            ms = groups.get(short)
            if (
                ms
                and not organisations(ms)
                and all(words_of(m) == len(short.split()) for m in ms)
                and not any(m.label == "NORP" for m in ms)
                # "Amnesty" the model reads as a person at most of its uses stays apart from
                # "Amnesty International" (tests/test_entities.py): a person's surname may
                # open a firm's name too ("Ford" beside "Ford Motor").
                and sum(m.label == "PERSON" for m in ms) * 2 <= len(ms)
                # "the well-known Kingfisher lager brand" beside "Kingfisher Airlines": a cue
                # of another kind (the brand's PRODUCT) reads the short form as another thing.
                and not any(m.cue not in ("", "ORG") for m in ms)
                and not known_word(ms[0].text)
                and not known_word(short.split()[0])
            ):
                # The firm's cue on each, so the short form's votes never turn the firm.
                groups[key].extend(replace(m, cue="ORG") for m in groups.pop(short))
            break
