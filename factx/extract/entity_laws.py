"""A bill's name the model cut to its last word.

British news names bills by their capitalised words and "Bill": "the Criminal Justice Bill",
"the Finance Bill". The model often tags "Bill" alone, as a person (the first name), and
leaves the words before it untagged or tags them as a body of their own ("Crossrail Link"
ORG). "Bill" with no capitalised word after it is no first name ("Bill Rammell" is one); the
capitalised words right before it are the bill's name, and the whole is a law. A determiner
that opens a sentence is no word of the name ("No Bill goes through"). The words are data
(`laws` in `factx/data/entities.json`).

A law named by its kind and "on" its subject ("the Directive on the Patentability of
Computer-Implemented Inventions", "the Convention on the Rights of the Child") is one name, a
law; the model tags the subject after "the" alone, a body of its own. The mention grows back
over its kind and "on", and is LAW (`law_subjects`, round r35-politics; the cue `law by its
kind` reads the kind where the model's mention holds it already).

A treaty's or a law's name ends at its kind word: the model may run it on over a lower-case
preposition ("the Good Friday Agreement for years" tagged "Good Friday Agreement for"), which
goes (`entity_cut_tails.prepositions_run_on`, round r36-bodies).

A treaty named by what it sets up ("the Treaty establishing a Constitution for Europe", the
question of the referendum on the EU's constitution) is one name, a law: the model tags "the
Treaty" alone, a body, and the thing it sets up apart (`treaties_establishing`, round
r40-goods).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# One word of a bill's name before its last word, read backwards from the last word: a
# capitalised word, or a bracketed aside of them ("Health Service (Miscellaneous Provisions)").
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’-]*|\((?:[A-Z][\w'’-]* ?)+\))$")
_OWNER = ("'s", "’s", "s'", "s’")
# A capitalised word after the last word: "Bill Rammell" is a person.
_FIRST_NAME_USE = re.compile(r" [A-Z]")


@cache
def _laws() -> tuple[frozenset[str], frozenset[str]]:
    table = data_file("entities.json")["laws"]
    return frozenset(table["last_words"]), frozenset(table["not_name_words"])


def name_start(text: str, start: int) -> int:
    """Where the capitalised words of a law's name before text[start] begin (`start` if there
    are none): "the Criminal Justice Bill" -> the offset of "Criminal"."""
    _, not_name = _laws()
    first = start
    while text[first - 1 : first] == " ":
        word = _NAME_WORD.search(text, 0, first - 1)
        if word is None or word.group() in not_name or word.group().endswith(_OWNER):
            break  # "Mr Blunkett's Bill": the bill's owner, no word of its name
        first = word.start()
    return first


def whole_bills(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with each bill the model cut to its last word made whole and a law:
    "Bill" PERSON after "the Criminal Justice" is "Criminal Justice Bill" LAW; a mention inside
    the name gives way ("Crossrail Link" ORG). Not a last word before a capitalised one ("Bill
    Rammell"), nor one with no capitalised word before it ("a hybrid Bill")."""
    last_words, _ = _laws()
    if not any(m.text in last_words for m in mentions):
        return mentions
    dropped: set[int] = set()
    result = []
    for m in mentions:
        if m.text in last_words and m.label != "LAW" and not _FIRST_NAME_USE.match(text, m.end):
            first = name_start(text, m.start)
            if first < m.start:
                inside = [k for k in mentions if first <= k.start and k.end <= m.start]
                dropped.update(id(k) for k in inside)
                m = replace(m, text=text[first : m.end], start=first, label="LAW", cue="LAW")
        result.append(m)
    return [m for m in result if id(m) not in dropped]


# A law's kind and "on" right before the model's mention of its subject after "the": the
# kinds of `law by its kind` that take an "on" (a closed class).
_KIND_ON = re.compile(r"\b(?:Directive|Regulation|Convention|Treaty|Covenant) on $")


def law_subjects(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a law's subject the model tagged after its kind and "on" grown into the
    law's whole name, LAW: "the Directive on the Protection of Workers" (the model's "the
    Protection of Workers" ORG)."""
    result: list[RawMention] = []
    for m in mentions:
        found = _KIND_ON.search(text, max(0, m.start - 20), m.start)
        if found is None or not m.text.startswith("the "):
            result.append(m)
            continue
        start = found.start()
        result.append(replace(m, text=text[start : m.end], start=start, label="LAW", cue="LAW"))
    return result


# What a treaty sets up, in capitalised words and the small words between them, right after
# the model's "Treaty": " establishing a Constitution for the European Union".
_ESTABLISHING = re.compile(
    r" establishing (?:an? |the )?[A-Z][\w'’-]*"
    r"(?: (?:(?:of|for|on|and|the|in)(?= ) )*[A-Z][\w'’-]*)*"
)


def treaties_establishing(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, "the Treaty" the model tagged before "establishing" and what it sets up
    grown into the treaty's whole name, LAW, and the mentions inside it gone: '"Should the
    United Kingdom approve the Treaty establishing a Constitution for the European Union?"'
    (seed 105's `Treaty` ORG and `Constitution` LAW, one title split in two)."""
    if " establishing " not in text:
        return mentions
    dropped: set[int] = set()
    result = []
    for m in mentions:
        found = None
        if m.text in ("Treaty", "the Treaty", "The Treaty"):
            found = _ESTABLISHING.match(text, m.end)
        if found is not None:
            end = found.end()
            inside = [k for k in mentions if k is not m and m.end <= k.start and k.end <= end]
            dropped.update(id(k) for k in inside)
            m = replace(m, text=text[m.start : end], end=end, label="LAW", cue="LAW")
        result.append(m)
    return [m for m in result if id(m) not in dropped]


# The rest of a law's name after a sponsor's name the model tagged alone: "-Frank Act" after
# "Dodd", " Act" after "Sarbanes-Oxley" (sponsors' names joined by hyphens, then "Act").
_ACT_REST = re.compile(r"(?:-[A-Z][\w'’]*)* Act\b(?![\w'’-]| [A-Z])")
# A law named by its sponsors: two names or more joined by hyphens ("Sarbanes-Oxley",
# "Dodd-Frank", "Gramm-Leach-Bliley").
_SPONSORS = re.compile(r"(?:the |The )?(?P<name>[A-Z][\w'’]*(?:-[A-Z][\w'’]*)+)")


def acts_by_their_sponsors(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each act named by its sponsors whole and a law, and each mention of the
    sponsors' names alone in an article that names "the <Sponsors> Act" cued LAW (its group
    joins the act's, `join_act_short_names`).

    A US law is named by its sponsors joined by hyphens and "Act" ("the Sarbanes-Oxley Act"),
    and after by the sponsors' names alone ("the cost of Sarbanes-Oxley"). The model cuts the
    act to its first sponsor ("Dodd" PERSON of "the Dodd-Frank Act") and tags the short name a
    body (seed 122's `Sarbanes-Oxley` ORG; round r42b-sport: "Firms must comply with the
    Dodd-Frank Act. Instead, the cost of Dodd-Frank has persuaded them" gave `Dodd-Frank` ORG
    twice, the act's own mention pulled to ORG). Only names joined by hyphens: "the Scotland
    Act" leaves "Scotland" a place, and "the Children Act" no name alone."""
    if " Act" not in text or "-" not in text:
        return mentions
    result: list[RawMention] = []
    acts: set[str] = set()
    for m in mentions:
        rest = _ACT_REST.match(text, m.end) if m.label != "LAW" and m.text[-1:] != "s" else None
        whole = _SPONSORS.fullmatch(text, m.start, rest.end() - 4) if rest is not None else None
        if rest is not None and whole is not None:
            m = replace(m, text=text[m.start : rest.end()], end=rest.end(), label="LAW", cue="LAW")
        named = _SPONSORS.match(m.text)
        if named is not None and m.text[named.end() :] == " Act":
            acts.add(named.group("name"))
        result.append(m)
    if not acts:
        return result
    for m in result:
        short = _SPONSORS.fullmatch(m.text)
        if short is not None and short.group("name") in acts and m.label != "LAW":
            m.cue = "LAW"
    return result


def join_act_short_names(groups: dict[str, list[RawMention]]) -> None:
    """Move each group of an act's sponsors' names alone ("sarbanes-oxley") that a cue reads as
    the law (`acts_by_their_sponsors`) into the act's group ("sarbanes-oxley act"): one law."""
    for key in sorted(groups):
        if not key.endswith(" act") or "-" not in key:
            continue
        short = groups.get(key[: -len(" act")])
        if short is not None and short is not groups[key] and all(m.cue == "LAW" for m in short):
            groups[key].extend(groups.pop(key[: -len(" act")]))
