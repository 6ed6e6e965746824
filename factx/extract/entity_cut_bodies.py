"""Bodies the model cut short or read as people, and a glossed common noun (round r50-bodies,
Lee sheets C and F's "Rules these errors suggest"; sentences of my own).

- `firms_cut_at_and`: "The Dun and Bradstreet survey has identified ... Dun & Bradstreet"
  gives `Dun` ORG: a one-word ORG right before "and <Word>" where the article writes the firm
  "<Word1> & <Word>" is that firm, grown over its "and" (one entity with the "&" spelling, as
  the key reads "&" as "and"). Left alone: "Dun and his brother" (no capital), and a lone word
  with no such firm in the article.
- `bodies_cut_by_a_typo`: "News of the Worl editor Andy Coulson" gives `Worl` PERSON: a one-word
  PERSON right after "<Capitalised> of the" (a capitalised word, so not "the wife of the") and
  right before a lower-case word (a post: "editor", "reporter") is the end of a body's name
  ("News of the World", "Friends of the Earth"), the whole an organisation. Left alone: a
  person after a comma ("the News of the World, Rebekah Wade"), a title of office's words
  before ("the Prince of the Asturias"), and a person's full name (two words).
- `glossed_common_nouns`: "the administration was being run by a tribal Shura (council)"
  gives `Shura` PERSON: one capitalised word after "a|an" and a lower-case adjective, and right
  before a bracketed lower-case gloss, is a common noun of another tongue, no name. Left alone:
  "the Shura Council" (a named body), a name with its own bracketed initials ("(CFMEU)").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_AND_WORD = re.compile(r" and (?P<word>[A-Z][a-z]+)\b")
_OF_THE_BEFORE = re.compile(r"\b(?P<head>[A-Z][a-z]+) of the $")
# The words of titles of office and of rank before "of the", whose holder's name may follow.
# Round r53-spans: the posts of a house's officers and its members ("a Speaker of the House of
# Lords", "the Clerk of the House of Commons", "Members of the Scottish Parliament"), which
# `runs.widened` reads too: no word of the body's name after them (sheet 53A).
TITLE_HEADS = frozenset(
    {"Prince", "Princess", "King", "Queen", "Duke", "Duchess", "Earl", "Lord", "Lady", "Bishop",
     "Archbishop", "Count", "Countess", "Baron", "Master", "Speaker", "Leader", "Head", "Chief",
     "President", "Chairman", "Secretary", "Minister", "Governor", "Mayor", "Commissioner",
     "Clerk", "Member", "Members", "Serjeant", "Usher"}
)  # fmt: skip
_POST_AFTER = re.compile(r" [a-z]")
_GLOSS_BEFORE = re.compile(r"\b(?:a|an) [a-z-]+ $")
_GLOSS_AFTER = re.compile(r" \([a-z][a-z -]*\)")


def firms_cut_at_and(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each one-word ORG before "and <Word>" grown over it where the article
    writes the firm with "&" (the module's doc)."""
    result: list[RawMention] = []
    for m in mentions:
        found = _AND_WORD.match(text, m.end) if m.label == "ORG" and " " not in m.text else None
        if found is not None and f"{m.text} & {found.group('word')}" in text:
            end = found.end()
            m = replace(m, text=text[m.start : end], end=end)
        result.append(m)
    return result


def bodies_cut_by_a_typo(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each one-word PERSON after "<Capitalised> of the" and before a post's
    word made the body whose name it ends, ORG (the module's doc)."""
    result: list[RawMention] = []
    for m in mentions:
        found = (
            _OF_THE_BEFORE.search(text, max(0, m.start - 40), m.start)
            if m.label == "PERSON" and " " not in m.text and _POST_AFTER.match(text, m.end)
            else None
        )
        if found is not None and found.group("head") not in TITLE_HEADS:
            start = found.start("head")
            m = replace(m, text=text[start : m.end], start=start, label="ORG", cue="ORG")
        result.append(m)
    return result


def glossed_common_nouns(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, less one capitalised word after "a|an <adjective>" before a bracketed
    lower-case gloss (the module's doc)."""
    return [
        m
        for m in mentions
        if " " in m.text
        or not _GLOSS_AFTER.match(text, m.end)
        or not _GLOSS_BEFORE.search(text, max(0, m.start - 30), m.start)
    ]
