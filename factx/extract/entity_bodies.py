"""Schools, churches, events and bodies the model cuts, and a firm named by a person's surname.

Five shapes the model reads by their look, each repaired whole (the words are data,
`bodies` in factx/data/entities.json):

- A school, church or hospital named after its saint: the model tags "St Brendan's" a person
  and stops at the possessive, before "High School" (`saints_bodies`). A saint's possessive
  with no kind word and nothing it owns after it ("left St Mary's in February", "at St
  Helen's.") is a place too, a ground or a church by its short name, FAC; so is the saint's
  street ("St Helen's Road"). The mention grows over
  the possessive and the kind words, an organisation (a church, cathedral or chapel is a
  building, FAC); the saint's name alone later in the article ("never attended St
  Brendan's") is the school's short name (`join_saints_short_names`).
- An event whose owner's possessive opens it: "the annual Mayor's Ball", tagged "Ball" PERSON
  (`possessive_events`). An award after a possessive is `entity_works.whole_awards`'s.
- A body's name with bracketed initials inside it: "the Wireless Home Network (WHN) Working
  Group", cut at the brackets into a name and "Working Group" (`bodies_round_initials`); or
  cut before a word its bracketed initials after it need: "World" of "World Anti-Doping
  Agency (WADA)", left out where it opens the paragraph (the same rule).
- A school, church or hospital the model ran on over "in" and its town: "Glenurquhart High
  School in Inverness" tagged whole. The kind word (`saints_kinds`) ends the body's name and
  the known town after "in" is a place of its own, GPE (`bodies_glued_to_their_town`, round
  r36-bodies).
- A firm named by a surname and a firm's word: "his Hallworth Group" is no mention of Tom
  Hallworth, though its key ("hallworth", the word "Group" dropped) joins it to him
  (`surname_firms`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import Cluster, RawMention


@cache
def _words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = data_file("entities.json")["bodies"]
    return words


def _alternation(name: str) -> str:
    return "|".join(re.escape(w) for w in _words()[name])


# A saint's name as the model cuts it: "St Brendan", "Saint Egwin", "St. Mary" (the
# possessive trimmed off, or kept).
_SAINT = re.compile(r"^(?:[Tt]he )?(?:St\.?|Saint) [A-Z][\w-]+(?:['’]s?)?$")


# A saint's possessive with no kind word after it, then no word it owns: "'s in", "'s.",
# "' to" ("St Mary's in February", "at St James'"); a street's capitalised kind word goes with
# it ("St Helen's Road").
_SAINTS_PLACE = re.compile(
    r"(?:['’]s|(?<=s)['’])"
    r"(?: (?:Road|Street|Lane|Square|Green|Park|Place|Avenue|Way|Gardens|Hall|Palace)(?![\w'’-])"
    r"|(?=[.,;:!?)]|$| (?:in|on|at|to|for|and|or|with|from|after|before|last|this|next"
    r"|was|is|are|were|has|had|will|would)\b))"
)


@cache
def _saints_kind() -> re.Pattern[str]:
    """The possessive and kind words after a saint's name: "'s High School", "' Hospital",
    "'s Primary"; the kind word is the name's last."""
    return re.compile(
        rf"(?:['’]s?)?(?: (?:{_alternation('school_modifiers')}))* "
        rf"(?P<kind>{_alternation('saints_kinds')})(?![\w'’-])"
    )


def saints_bodies(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with each saint's name the model cut before its kind grown to the kind
    word ("St Brendan" PERSON of "St Brendan's High School" -> the school, ORG), and the
    mentions inside the grown span dropped ("Primary" PERSON of "St Joseph's Primary")."""
    found: list[tuple[int, RawMention]] = []
    for i, m in enumerate(mentions):
        if not _SAINT.match(m.text):
            continue
        match = _saints_kind().match(text, m.end)
        if match is None:
            place = _SAINTS_PLACE.match(text, m.end)
            if place is not None and m.label != "WORK_OF_ART":
                # "Strachan left St Mary's in February": the ground, church or hospital
                # named by the saint's possessive alone, a place; the model stops at "St
                # Mary", a person. Not before a lower-case word the saint may own ("St
                # Paul's letters").
                label = m.label if m.label in ("FAC", "ORG") else "FAC"
                grown = replace(m, text=text[m.start : place.end()], end=place.end(), label=label)
                found.append((i, replace(grown, cue=label)))
            continue
        building = match.group("kind") in _words()["saints_buildings"]
        label = "FAC" if building else "ORG"
        grown = replace(m, text=text[m.start : match.end()], end=match.end(), label=label)
        found.append((i, replace(grown, cue=label)))
    return with_grown(mentions, found)


def with_grown(mentions: list[RawMention], found: list[tuple[int, RawMention]]) -> list[RawMention]:
    """`mentions` with each found index's mention replaced, and the others it overlaps gone
    ("the Wireless Home Network" of the whole body, from its "the"); the rules that grow a
    name over words the model left out share it (`entity_slogans`)."""
    if not found:
        return mentions
    grown = dict(found)
    spans = [(m.start, m.end) for m in grown.values()]
    result = []
    for i, m in enumerate(mentions):
        if i in grown:
            result.append(grown[i])
        elif not any(m.start < end and start < m.end for start, end in spans):
            result.append(m)
    return result


def join_saints_short_names(groups: dict[str, list[RawMention]]) -> None:
    """Move a saint's name alone ("St Brendan's", key "st brendan") into the group of the
    school, church or hospital the article names in full after it ("St Brendan's High
    School"), its mentions no longer voting on the label: the full name says what it is. Only
    where one such body opens with the saint's name."""
    owners: dict[str, list[str]] = {}
    for key, ms in groups.items():
        words = key.split()
        if len(words) < 3 or words[0] not in ("st", "saint"):
            continue
        if not any(_SAINT.match(m.text) is None and _saints_kind().search(m.text) for m in ms):
            continue
        short = words[0] + " " + re.sub(r"['’]s?$", "", words[1])
        owners.setdefault(short, []).append(key)
    for short, keys in sorted(owners.items()):
        lone = groups.get(short)
        if lone is None or len(keys) != 1 or not all(_SAINT.match(m.text) for m in lone):
            continue
        groups[keys[0]].extend(replace(m, votes=False, cue="") for m in groups.pop(short))


@cache
def _event_head() -> re.Pattern[str]:
    """An owner's possessive right before an event's word, after a determiner: "the annual
    Mayor's ", "the Lord Provost's "."""
    return re.compile(
        r"(?<![\w'’-])(?:the|The|a|an|his|her|their|its) "
        rf"(?:(?:{_alternation('event_adjectives')}) )?"
        r"(?P<head>(?:[A-Z][\w-]* )*[A-Z][\w-]*['’]s )$"
    )


def possessive_events(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with an event's word the model tagged alone after its owner's possessive
    grown back to the owner: "Ball" PERSON of "the annual Mayor's Ball" -> the Mayor's Ball,
    EVENT. Only a lone word of the closed list of events' kinds (`possessive_events`), and
    only over words no other mention holds."""
    kinds = frozenset(_words()["possessive_events"])
    found: list[tuple[int, RawMention]] = []
    for i, m in enumerate(mentions):
        if m.text not in kinds:
            continue
        head = _event_head().search(text, max(0, m.start - 80), m.start)
        if head is None:
            continue
        start = head.start("head")
        if i and mentions[i - 1].end > start and mentions[i - 1].start < start:
            continue  # the owner is the end of another name
        text_of = text[start : m.end]
        found.append((i, replace(m, text=text_of, start=start, label="EVENT", cue="EVENT")))
    return with_grown(mentions, found)


# A name's words and its bracketed initials, right before a body's word: "Mobile PC Extended
# Battery Life (EBL) ", "University of the Highlands and Islands (UHI) ". Small words only
# inside the name; which words are the name's is `_name_start`'s.
_NAME_AND_INITIALS = re.compile(
    r"(?<![\w'’&-])(?P<name>[A-Z][\w&-]*(?: (?:(?:of|the|and|for|on|in|&) )*[A-Z][\w&-]*)* )"
    r"\((?P<initials>[A-Z][A-Za-z0-9&]{1,9})\) $"
)


def _name_start(name: re.Match[str]) -> int | None:
    """Where the name before bracketed initials opens: back over the capitalised words the
    initials spell ("Extended Battery Life" for EBL, the small words between them kept), and
    on over the capitalised words right before them ("Mobile PC"), not over a small word
    ("Scotland and the University of ... (UHI)" is the university's). None when the
    capitalised words do not end in the initials' letters."""
    initials = name.group("initials").upper()
    words = list(re.finditer(r"\S+", name.group("name")))
    spelled = ""
    at = len(words)
    while at and len(spelled) < len(initials):
        at -= 1
        if words[at].group()[:1].isupper():
            spelled = words[at].group()[0] + spelled
    if spelled.upper() != initials or not words[at].group()[:1].isupper():
        return None
    while at and words[at - 1].group()[:1].isupper():
        at -= 1
    return name.start("name") + words[at].start()


@cache
def _body_tail() -> re.Pattern[str]:
    return re.compile(rf"^(?:[A-Z][\w-]* )*(?:{_alternation('body_tails')})$")


def ends_in_body_word(words: list[str]) -> bool:
    """Whether capitalised words after a role word end in a body's word (Unit, Group,
    Institute, ...): "the Economist Intelligence Unit", tagged ORG by the model, opens with the
    role "economist" but names a body, so the words after it are no person (`body_tails`;
    round r38-bodies; seed 93 and seed 31 saw `Intelligence Unit` PERSON)."""
    return bool(words) and _body_tail().match(" ".join(words)) is not None


def bodies_round_initials(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with a body's name cut at its bracketed initials made whole: "Working
    Group" ORG of "the Mobile PC Extended Battery Life (EBL) Working Group" grown back over
    the brackets and the capitalised words before them, whether the model tagged those words
    or not (the mentions inside are dropped). The mention must end in a body's word (Group,
    Forum, Committee, ...), and the initials spell the last words before them: a bracket of
    other letters is no part of the name."""
    found: list[tuple[int, RawMention]] = []
    for i, m in enumerate(mentions):
        if not _body_tail().match(m.text):
            continue
        before = _word_the_initials_need(text, m)
        if before is not None:
            found.append((i, replace(m, text=text[before : m.end], start=before, label="ORG")))
            continue
        head = _NAME_AND_INITIALS.search(text, max(0, m.start - 120), m.start)
        if head is None:
            continue
        start = _name_start(head)
        if start is None:
            continue
        whole = replace(m, text=text[start : m.end], start=start, label="ORG", cue="ORG")
        found.append((i, whole))
    return with_grown(mentions, found)


# Bracketed initials right after a name: "World Anti-Doping Agency (WADA)".
_INITIALS_AFTER = re.compile(r" \((?P<initials>[A-Z][A-Z&]{1,9})\)")
# The capitalised word right before a name, with one space: "World" of "World Anti-...".
_WORD_BEFORE = re.compile(r"(?<![\w'’&.-])(?P<word>[A-Z][\w-]*) $")


def _spelled(name: str) -> str:
    """The initials of a name's capitalised words and of their hyphened parts, in capitals:
    "Anti-Doping Agency" -> "ADA", as bracketed initials spell a body's name."""
    parts = re.split(r"[\s-]+", name)
    return "".join(p[0] for p in parts if p[:1].isupper())


def _word_the_initials_need(text: str, m: RawMention) -> int | None:
    """The start of the capitalised word before a body's name whose bracketed initials need
    it: "Anti-Doping Agency" ORG before "(WADA)", whose W is the "World" the model left out
    (it opens the paragraph). None when the initials spell the name as it stands, or do not
    spell it with the word either."""
    after = _INITIALS_AFTER.match(text, m.end)
    if after is None or m.text.startswith(("the ", "The ")):
        return None
    initials = after.group("initials").replace("&", "")
    if _spelled(m.text) == initials:
        return None
    word = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
    if word is None or word.group("word") == "The":
        return None
    if _spelled(word.group("word") + " " + m.text) != initials:
        return None
    return word.start("word")


def surname_firms(
    parts: Iterator[tuple[Cluster, str, str]],
    keys: frozenset[str],
    name_key: Callable[[str], str],
) -> Iterator[tuple[Cluster, str, str]]:
    """Each group with its label and id key, a person's mentions that name a firm by the
    person's surname and a firm's word ("his Hallworth Group", beside Tom Hallworth) given as
    an organisation of its own. The firm takes the key an article naming it alone gives it
    ("hallworth"), unless another entity of the article has that key (`keys`)."""
    firm_words = frozenset(_words()["surname_firm_words"])
    for group, label, key in parts:
        surnames = set(key.split()[1:]) if label == "PERSON" else set()
        firms = [m for m in group.mentions if _firm_of(m.text, surnames, firm_words, name_key)]
        if not firms:
            yield group, label, key
            continue
        rest = [m for m in group.mentions if m not in firms]
        firm_key = name_key(firms[0].text)
        firm_key = firm_key if firm_key not in keys else f"{firm_key}|ORG"
        split = [(replace(group, mentions=firms), "ORG", firm_key)]
        if rest:
            split.append((replace(group, mentions=rest), label, key))
        yield from sorted(split, key=lambda part: part[0].mentions[0].start)


def _firm_of(
    text: str, surnames: set[str], firm_words: frozenset[str], name_key: Callable[[str], str]
) -> bool:
    """Whether a mention is a surname and a firm's word: "Hallworth Group", "the Hallworth
    Holdings"."""
    words = re.sub(r"^(?:the|The) ", "", text).split()
    return (
        len(words) == 2
        and words[1] in firm_words
        and words[0][:1].isupper()
        and name_key(words[0]) in surnames
    )


@cache
def _glued_town() -> re.Pattern[str]:
    """A body's name ending in its kind word, then "in" and a town: "Glenurquhart High School
    in Inverness"."""
    return re.compile(
        rf"(?P<body>.*\b(?:{_alternation('saints_kinds')})) in "
        r"(?P<town>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
    )


def bodies_glued_to_their_town(
    text: str, mentions: list[RawMention], a_place: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, a school, church or hospital the model ran on over "in" and its town cut
    into the body and the town, GPE: "Peel Common Infants School in Gosport" is the school, ORG
    (a church is a building, FAC), and "Gosport". Only a town `a_place` knows (a known place or
    a city of the world) and a body of two words or more before "in"."""
    result: list[RawMention] = []
    buildings = frozenset(_words()["saints_buildings"])
    for m in mentions:
        found = _glued_town().fullmatch(m.text)
        if found is None or " " not in found.group("body") or not a_place(found.group("town")):
            result.append(m)
            continue
        end = m.start + found.end("body")
        label = "FAC" if found.group("body").rsplit(" ", 1)[-1] in buildings else "ORG"
        result.append(replace(m, text=text[m.start : end], end=end, label=label, cue=label))
        start = m.start + found.start("town")
        result.append(
            replace(m, text=text[start : m.end], start=start, label="GPE", cue="GPE", votes=True)
        )
    return result
