"""A name the model cut short at one place where the article writes it whole elsewhere.

The model may tag "BBC Radio Five Live" whole in one sentence and, a few lines on, "BBC Radio"
and "Five Live's Sportsweek" in "BBC Radio Five Live's Sportsweek"; or "UK Coal" as a firm in
one sentence and "UK" as the country in "UK Coal said ...". Where the text at a mention goes on
as a longer name of several words that the article's own mentions write (the same words, to a
word's end), the mention is that name, with its label: the article has already said what the
words are. A mention that starts inside the longer name and runs past its end keeps only what
is past it ("Sportsweek"); one wholly inside it is another name, and the mention is left as it
is ("Sideways" and "Finding Neverland" stay two films even where the model glued "Sideways and
Finding Neverland" elsewhere), unless the two mentions are the longer name's words with only a
space between them ("UK" + "Coal"). The short name grows only where none of its mentions is left
alone after, or it is a country's: "contest Bethnal Green" beside "the constituency of Bethnal
Green and Bow" would lose the votes that keep it a place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# What joins a name to the next one after it: a possessive, then spaces.
_JOINS = ("'s ", "’s ", " ")


def _by_prefix(names: dict[str, str]) -> dict[str, list[str]]:
    """Each name of several words under every shorter run of its first words ("BBC", "BBC
    Radio", "BBC Radio Five" for "BBC Radio Five Live"): a mention finds the longer names it
    may be cut from by its own text, with no pass over every name (a long article has
    thousands)."""
    found: dict[str, list[str]] = {}
    for name in sorted(names):
        words = name.split(" ")
        for cut in range(1, len(words)):
            found.setdefault(" ".join(words[:cut]), []).append(name)
    return found


def _longer_name(text: str, m: RawMention, prefixes: dict[str, list[str]]) -> str | None:
    """The longest name the article writes that the text at `m` spells out, ending at a word's
    end, that is longer than `m`."""
    best = None
    for name in prefixes.get(m.text, ()):
        end = m.start + len(name)
        if not text.startswith(name, m.start) or (end < len(text) and text[end].isalnum()):
            continue
        if best is None or len(name) > len(best):
            best = name
    return best


def _after(text: str, start: int, end: int) -> int:
    """Where the rest of a mention starts after the name it ran into ends at `start`."""
    for join in _JOINS:
        if text.startswith(join, start):
            start += len(join)
            break
    while start < end and text[start] == " ":
        start += 1
    return start


def _pieces(text: str, m: RawMention, inside: list[RawMention]) -> bool:
    """Whether the mentions inside the longer name are its words after `m` with only spaces
    between them ("UK" + "Coal"), not names joined by a word ("Sideways and Finding ...")."""
    end = m.end
    for o in sorted(inside, key=lambda o: o.start):
        if text[end : o.start].strip():
            return False
        end = o.end
    return True


def names_cut_short(
    text: str, mentions: list[RawMention], key: Callable[[str], str], country: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, each one the model cut short of a longer name the article writes grown into
    it (see the module docstring), and one it ran into cut to what follows that name. `key`
    groups mentions into entities, `country` says whether a key is a country's."""
    names: dict[str, str] = {}
    for m in mentions:
        if " " in m.text:
            names.setdefault(m.text, m.label)
    prefixes = _by_prefix(names)
    grown: dict[int, RawMention] = {}
    cut: dict[int, RawMention | None] = {}
    for index, m in enumerate(mentions):
        name = _longer_name(text, m, prefixes)
        if name is None or index in cut:
            continue
        end = m.start + len(name)
        others = [(i, o) for i, o in enumerate(mentions) if i != index and m.start <= o.start < end]
        inside = [o for _, o in others if o.end <= end]
        if inside and not _pieces(text, m, inside):
            continue  # a name of its own inside the longer one
        # Its label is the name's, which its other mentions vote for: this one adds none.
        grown[index] = replace(m, text=name, end=end, label=names[name], votes=False)
        for i, o in others:
            start = _after(text, end, o.end)
            cut[i] = replace(o, text=text[start : o.end], start=start) if start < o.end else None
    for short in sorted({mentions[i].text for i in grown}):
        left = [
            i for i, m in enumerate(mentions) if m.text == short and i not in grown and i not in cut
        ]
        if left and not country(key(short)):
            for i in [i for i in grown if mentions[i].text == short]:
                del grown[i]
    result: list[RawMention] = []
    for index, m in enumerate(mentions):
        if index in grown:
            result.append(grown[index])
        elif index in cut and any(g.start <= m.start < g.end for g in grown.values()):
            kept = cut[index]
            if kept is not None:
                result.append(kept)
        else:
            result.append(m)
    return result
