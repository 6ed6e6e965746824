"""A technology term's letters that spell a body the article names are the body (round
r49b-misc).

- `terms_naming_bodies`: a listed technology term (`technology_terms`: "CGI" is computer-
  generated imagery) whose letters are the initials of a run of capitalised words the article
  writes, ending in a body's kind word ("Initiative", "Foundation", "Institute", "Fund",
  "Trust", `body_kinds`), is that body's short form and no term: "Douglas Band helped found the
  Clinton Global Initiative. Started in 2005, CGI became the best-known arm of the Clinton
  Foundation." (PolNeAR sheet E's wash-post 10-27: seven "CGI" the model tagged ORG, all
  dropped as a term). Where the article writes no such body, the term stays a term ("the
  film's CGI effects"), and a run ending in a technology's word is the term's own spelling
  ("Computer Generated Imagery").
- `bodies_named_for_a_person`: a one-word name the model tags PERSON right before capitalised
  words that end in one of those kind words, which no mention covers, is the body's first word,
  the body grown whole, ORG: "conceiving of the Clinton Global Initiative" (the model's
  `Clinton` PERSON, the rest untagged). Not after a hyphen ("the anti-Castro Cuban American
  National Foundation": the model's own two spans), and not where the next words are tagged.
- `join_terms_to_bodies`: the term's mentions join the body's ("CGI" is the Clinton Global
  Initiative's mention).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_joins import body_kinds

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_KINDS = ("Initiative", "Foundation", "Institute", "Fund", "Trust")
# A run of capitalised words, "of|for|and|the" between them allowed.
_RUN = re.compile(r"[A-Z][\w'’-]*(?: (?:(?:of|for|and|the|on) )*[A-Z][\w'’-]*)+")
# Capitalised words after a name, up to a body's kind word.
_KIND_AFTER = re.compile(r"(?: [A-Z][\w'’-]*){0,3} (?:" + "|".join(_KINDS) + r")\b")
_TERM = re.compile(r"[A-Z]{2,5}")


@cache
def _kinds() -> frozenset[str]:
    return frozenset(_KINDS) | body_kinds()


def terms_naming_bodies(text: str, terms: frozenset[str]) -> frozenset[str]:
    """The terms (all capitals) whose letters are the initials of a body the article names
    (the module's doc, `terms naming bodies`)."""
    wanted = {t for t in terms if _TERM.fullmatch(t)}
    if not wanted:
        return frozenset()
    found = set()
    for run in _RUN.finditer(text):
        words = [w for w in run.group().split() if w[:1].isupper()]
        for end in range(len(words)):
            if words[end] not in _kinds():
                continue
            for size in range(2, 6):
                if size > end + 1:
                    break
                letters = "".join(w[0] for w in words[end + 1 - size : end + 1])
                if letters in wanted:
                    found.add(letters)
    return frozenset(found)


def bodies_named_for_a_person(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a body's first word the model tagged PERSON grown over the rest of its
    name (the module's doc, `bodies named for a person`)."""
    if not re.search(r" (?:" + "|".join(_KINDS) + r")\b", text):
        return mentions
    starts = sorted(m.start for m in mentions)
    kept: list[RawMention] = []
    for m in mentions:
        if m.label == "PERSON" and " " not in m.text and text[m.start - 1 : m.start] != "-":
            after = _KIND_AFTER.match(text, m.end)
            if after is not None and not any(m.end < s < after.end() for s in starts):
                end = after.end()
                # With its "the", as the model writes "the Clinton Foundation": a lone
                # "Clinton" is lent no firm's label by the body's first word (`kin.lend_labels`).
                start = m.start - 4 if text[max(0, m.start - 4) : m.start] == "the " else m.start
                kept.append(replace(m, text=text[start:end], start=start, end=end, label="ORG"))
                continue
        kept.append(m)
    return kept


def join_terms_to_bodies(
    mentions: list[RawMention],
    terms: frozenset[str],
    short_forms: dict[str, str],
    name_key: Callable[[str], str],
) -> None:
    """Map each of `terms` (`terms_naming_bodies`) a mention holds to the key of the body
    whose name it spells, in `short_forms`: "CGI" joins "the Clinton Global Initiative"."""
    if not terms:
        return
    for m in mentions:
        if m.label != "ORG":
            continue
        words = [w for w in m.text.split() if w[:1].isupper()]
        if words[:1] == ["The"]:
            words = words[1:]
        letters = "".join(w[0] for w in words)
        if letters in terms and words[-1] in _kinds():
            short_forms.setdefault(name_key(letters), name_key(m.text))
