"""How an article refers back to a name: a person is "he" or "she", a firm, band or party "it".

The small model tags many lone names PERSON by their look: "Highfield said that it intends to
take the firm private", "Acpo made its call". The pronoun the article uses next says better
what the name is, where it comes within three words, in the same clause, with no other name
between: "he", "she", "his" or "her" for a person; "it", "its" or "itself" for a company, a
band, a party or a work; "its maker" for a product. Only lone names that show no evidence of
a person anywhere in the article change: no "he" or "she" after any mention, no honorific
before one ("Mr Highfield"), no cue of the words around it, no other label from the model.
A plural name after "the" ("the Lib Dems") is a group (`plural_groups`). The pronouns and
the verbs after which "it" is most often no one's ("it was clear", "it would be") are data
(`factx/data/referents.json`).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Protocol

from factx.extract.evidence import a_people


class _Mention(Protocol):
    text: str
    start: int
    end: int
    label: str
    cue: str


@cache
def _data() -> dict[str, object]:
    text = resources.files("factx.data").joinpath("referents.json").read_text("utf-8")
    data: dict[str, object] = json.loads(text)
    return data


def _words(name: str) -> str:
    words = _data()[name]
    assert isinstance(words, list)
    return "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))


@cache
def _pronoun() -> re.Pattern[str]:
    """The first pronoun after a mention, or the end of its sentence, whichever comes first."""
    return re.compile(
        rf"\b(?:(?P<person>{_words('person_pronouns')})|(?P<made>its (?:{_words('makers')}))"
        rf"|(?P<group>{_words('group_pronouns')})"
        rf"|(?P<it>it)(?!['’]|\s+(?:{_words('not_after_it')})\b))\b"
        r"|(?P<stop>[.!?]['\"’”]?(?:\s|$)|\n|[:;,])"
    )


@cache
def _honorific() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?:{_words('honorifics')})\.?\s+$")


def named_with_honorific(text: str, surname: str) -> bool:
    """Whether the article calls someone by `surname` after an honorific: "said Mr Davies"."""
    if _WORD.fullmatch(surname):
        return surname in _honorific_words(text)
    found = re.search(  # a surname of other characters: "Jr.", rare
        rf"(?<![\w.])(?:{_words('honorifics')})\.? {re.escape(surname)}(?![\w'’-])", text
    )
    return found is not None


# What a surname after an honorific is made of, the whole run of it.
_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=4)
def _honorific_words(text: str) -> frozenset[str]:
    """Every word right after an honorific in the text, found once per article: searching the
    text again for each candidate name made a huge article quadratic. The word is read in a
    lookahead, so "Mr Mr Smith" yields "Mr" and "Smith"."""
    pattern = re.compile(rf"(?<![\w.])(?:{_words('honorifics')})\.? (?=({_WORD.pattern}))")
    return frozenset(match.group(1) for match in pattern.finditer(text))


# At most this many words between a name and its pronoun: "Highfield said that it", "Acpo
# made its", "Energis also did its".
_GAP = 3


def _window() -> int:
    size = _data()["window"]
    assert isinstance(size, int)
    return size


def referent(text: str, start: int, end: int, limit: int) -> str:
    """What the first pronoun in text[end:limit] before its sentence ends shows, if any.

    "PERSON" for he/she/his/her, "PRODUCT" for "its maker", "GROUP" for it/its, "" for
    none. `start` is the mention's own start: a name after an honorific ("Mr Highfield") is
    a person whatever follows.
    """
    if _honorific().search(text, max(0, start - 12), start):
        return "PERSON"
    if text.startswith(("'s", "’s", "'", "’"), end):
        return ""  # "Yudhoyono's government said it wants": the pronoun is the government's
    found = _pronoun().search(text, end, min(limit, end + _window()))
    if found is None or found.lastgroup == "stop":
        return ""
    if len(text[end : found.start()].split()) > _GAP:
        return ""  # "Mini models a year at its factory": the clause's subject owns "its"
    return {"person": "PERSON", "made": "PRODUCT"}.get(found.lastgroup or "", "GROUP")


def with_own_article(name: str) -> bool:
    """Whether a mention holds its name's own "the": "the Aurora limped back to its dock" is a
    thing (a ship, an award), and "it" or a firm's signs after it say nothing of a firm; a
    firm's name takes none."""
    return name.startswith(("the ", "The "))


def refer_back(
    text: str,
    mentions: Sequence[_Mention],
    weak_persons: set[str],
    key: Callable[[str], str],
) -> None:
    """Set the cue of PERSON mentions of names the article refers back to as "it", never "he".

    Candidates are `weak_persons`, lone names tagged PERSON that no full person name holds
    (a band member's "Mark McClelland had been in the band since its formation" is no
    band), and only where the model tagged every mention PERSON; `key` groups mentions into
    entities. Any cue on a name's mentions keeps the name out (the cues decide its label).
    """
    candidates: dict[str, list[int]] = defaultdict(list)
    for index, m in enumerate(mentions):
        if m.label == "PERSON":
            name = key(m.text)
            if name in weak_persons:
                candidates[name].append(index)
    if not candidates:
        return
    for m in mentions:
        # "Longyear" LOC six times and PERSON once: the model's other votes are evidence too;
        # so is a "the" of the name's own.
        if m.label != "PERSON" or with_own_article(m.text):
            candidates.pop(key(m.text), None)
    starts = [m.start for m in mentions]
    for name in sorted(candidates):
        shown = set()
        for index in candidates[name]:
            m = mentions[index]
            if m.cue:
                shown.add("CUE")
                break
            # No other name between the mention and its pronoun: "Highfield told Smith he".
            following = bisect_right(starts, m.start)
            limit = starts[following] if following < len(starts) else len(text)
            shown.add(referent(text, m.start, m.end, limit))
        shown.discard("")
        if len(shown) == 1 and shown <= {"GROUP", "PRODUCT"}:
            for index in candidates[name]:
                mentions[index].cue = "ORG" if shown == {"GROUP"} else "PRODUCT"


# Labels the model gives a side named by its town or its own name: "Newcastle" GPE, "Orient"
# LOC, "Palace" FAC; and ORG, whose "their" outvotes the model's other labels of the name
# ("Celtic had won their" ORG beside four "Celtic" NORP). Not NORP: "European clubs and their"
# is a people's adjective.
_TEAM_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG"})
# At most this many words between a side and its "their": "Newcastle expressing their",
# "Celtic had won their"; further on, "their" is more often the clause's subject's.
_TEAM_GAP = 2
# A word before a name that makes it an object, whose clause's "their" is its subject's: "travel
# to Edinburgh hoping to claim their", "beat Leeds for their first win".
_OBJECT_BEFORE = re.compile(
    r"\b(?:in|of|at|from|to|into|for|on|by|against|over|near|v|vs|beat|beating|face|facing)"
    r"\.? (?:the )?$"
)
# "the Lib Dems": a name of several words, the last a plural, after "the" (not "the Elvis
# song", "the Midlands club": one word may be a name ending in "s" that modifies a noun).
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_THE_BEFORE = re.compile(r"(?<![\w-])(?:the|The) $")
_PLURAL = re.compile(r"\S+ [A-Z][a-z]*[a-hj-rtv-z]s")


def plural_groups(text: str, mentions: Sequence[_Mention], key: Callable[[str], str]) -> None:
    """Set the cue of mentions of a plural name tagged PERSON that the article writes after "the".

    "For the Lib Dems David Laws said", "the Conservatives and Lib Dems insist": a person's
    name takes no "the" and no plural, a party's or a group's does. The model's mention often
    leaves the "the" out of its span, so the text before it is read. A name the model tagged
    PERSON once and never a place is a group (NORP, as for "the Tories" in the span), whatever
    its other mentions were tagged ("The Lib Dems' sums" WORK_OF_ART after a quote mark).
    """
    persons = {key(m.text) for m in mentions if m.label == "PERSON" and _PLURAL.fullmatch(m.text)}
    if not persons:
        return
    named: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        if (name := key(m.text)) in persons:
            named[name].append(m)
    for name, ms in named.items():
        if not any(m.label in _PLACES for m in ms) and any(
            _THE_BEFORE.search(text, max(0, m.start - 4), m.start) for m in ms
        ):
            # A plural that is no people, faith or party by its words is a band or a body:
            # "the Beatles were", "the Rolling Stones" (OntoNotes ORG), not "the Tories".
            group = "NORP" if a_people(name) else "ORG"
            for m in ms:
                m.cue = m.cue or group


@cache
def _team_pronoun() -> re.Pattern[str]:
    """The first pronoun after a mention, "they" apart from the others, or the clause's end."""
    others = f"{_words('person_pronouns')}|{_words('group_pronouns')}|it"
    return re.compile(
        rf"\b(?:(?P<team>{_words('team_pronouns')})|(?:{others}))\b"
        r"|(?P<stop>[.!?]['\"’”]?(?:\s|$)|\n|[:;,])"
    )


def teams_by_pronoun(
    text: str, mentions: Sequence[_Mention], key: Callable[[str], str], group: Callable[[str], bool]
) -> None:
    """Set the cue of a place's mention to TEAM where "they", "their" or "them" is the first
    pronoun after it, in its clause, within three words and with no other name between:
    "Newcastle expressing their interest", "Celtic had won their last six meetings". British
    news writes a side in the plural and a town in the singular ("Leeds and its council").
    Only where the article's words already show other names as teams (a sports report), and
    not for a nation's or a people's name (`group`: "the French and their", "Scotland have
    won their": a country is a place whatever it plays).
    """
    if not any(m.cue == "TEAM" for m in mentions):
        return  # most articles: no sport
    # "He has beaten Santoro in five of their seven encounters": a player's "their" is both's.
    surnames = {key(m.text).split()[-1] for m in mentions if m.label == "PERSON" and " " in m.text}
    starts = [m.start for m in mentions]
    pattern = _team_pronoun()
    for index, m in enumerate(mentions):
        if m.cue or m.label not in _TEAM_PLACES or group(key(m.text)) or key(m.text) in surnames:
            continue
        if _OBJECT_BEFORE.search(text, max(0, m.start - 20), m.start):
            continue  # "the Italians travel to Edinburgh hoping to claim their": the subject's
        limit = starts[index + 1] if index + 1 < len(starts) else len(text)
        found = pattern.search(text, m.end, min(limit, m.end + _window()))
        if (
            found is not None
            and found.lastgroup == "team"
            and len(text[m.end : found.start()].split()) <= _TEAM_GAP
        ):
            m.cue = "TEAM"
