"""A football club named by its nickname or by its town in a club story is the club.

Round r51-clubs, from Lee sheets N and O of `docs/entity-handcheck.md`: Australian news names
AFL and rugby league clubs by their nickname or their town alone, and the model reads them as a
people or a person ("Lockett approached the Sydney Swans" and "He has informed the Swans", both
NORP; "former Demon's great Robert Flower", `Demon` PERSON; "Sydney says it is delighted ... and
it intends to draft him", `Sydney` PERSON: two PERSON breaches of issue 14's second target).

Three shapes, each the club, cued TEAM (an organisation; `entities.Cluster.label`):
- a plural nickname of the closed list (`club_nicknames_au` in `entities.json`, with the
  house's `club_nicknames`) in a story of a sport, after "the", in the possessive ("the
  Bulldogs' coach"), before a club's noun ("Swans coach Paul Roos") or after the club's town
  inside the mention ("the Sydney Swans", "the Brisbane Broncos");
- the nickname's singular in a member's phrase: after "former|ex-" or before "'s great|
  legend|champion|captain|coach" ("former Demon's great", "ex-Bomber");
- a town or suburb (no country: a national side is its country) as the subject of a club's
  verb in a story of a club game with a league's word (AFL, NRL, draft, premiership, ...):
  "<Town> says it ..." in a sentence with "draft|sign|delist|trade|recruit", "<Town> (has|will|
  intends to) draft|sign|delist|trade|recruit ...", or after "coach|captain|president of".
Left alone: a story with no sport ("Swans glided on the lake in Sydney"), a nickname's word the
article writes in lower case, the singular that ends a person's full name in the article ("Paul
Swan"), and a town in its own role ("the Sydney Swans trained in Sydney on Sunday").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.evidence import country_keys
from factx.extract.first_names import first_names
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A story of a sport: a league's, a game's or a club's words.
_SPORT_STORY = re.compile(
    r"\b(?:AFL|NRL|VFL|SANFL|WAFL|[Ff]ooty|[Ff]ootball|[Rr]ugby|[Cc]ricket|premiership|Premiership"
    r"|grand final|[Gg]rand [Ff]inal|draft|coach|striker|midfielder|ruckman|goals?|tries|scored"
    r"|season|Super 1[24])\b"
)
# A story of a club's season: the league's words, the draft, a club's business.
_CLUB_STORY = re.compile(
    r"\b(?:AFL|NRL|VFL|SANFL|WAFL|[Ff]ooty|rugby league|premiership|grand final|[Gg]rand [Ff]inal"
    r"|(?:pre-season|national|rookie) draft|Football Club|football club|Super 1[24])\b"
)
_CLUB_VERB = r"(?:draft|sign|re-sign|delist|trade|recruit)(?:ed|s)?"
_CLUB_WORDS = re.compile(rf"\b{_CLUB_VERB}\b")
# After a town as a club's subject: "says it ...", or a club's verb, perhaps after an auxiliary.
_SAYS_IT = re.compile(r"^ (?:says|said) it\b")
_DOES = re.compile(
    r"^ (?:(?:has|have|had|will|would|did|could|may|might|is set to|is expected to|intends to"
    r"|plans to|wants to|hopes to|is keen to|has decided to|decided to|is likely to)"
    rf"(?: not)? )?{_CLUB_VERB}\b"
)
_OF_A_CLUB = re.compile(r"\b(?:coach|captain|skipper|president|chairman) of $")
# The town opens its clause: a sentence's start, a quote, or a joined clause.
_OPENS = re.compile(r"(?:^|[.!?]['\"’”]?\s+|[\"“‘]|\b(?:and|but|while|after|as) )$")
_BEFORE_THE = re.compile(r"\b(?:the|The) $")
_CLUB_NOUN_AFTER = re.compile(
    r"^(?:['’]s?\s| (?:coach|captain|skipper|president|chairman|chief executive|players?|fans"
    r"|supporters|midfielder|forward|defender|ruckman|full-back|star|great|legend|recruit)\b)"
)
_MEMBER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-) ?$")
_MEMBER_AFTER = re.compile(
    r"^['’]s (?:great|legend|champion|captain|coach|premiership|best and fairest)\b"
)
_LABELS = frozenset(
    {"PERSON", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
)
_TOWN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")


@cache
def club_nicknames() -> frozenset[str]:
    """Every club nickname factx knows, plural: the house's and Australia's lists."""
    data = data_file("entities.json")
    return frozenset([*data["club_nicknames_au"], *data["club_nicknames"]])


@cache
def _singulars() -> frozenset[str]:
    out = set()
    for plural in data_file("entities.json")["club_nicknames_au"]:
        if plural in ("Power", "Storm"):
            continue
        out.add(plural[:-3] + "y" if plural.endswith("ies") else plural[:-1])
    return frozenset(out)


def _town_before(words: list[str]) -> bool:
    """Whether `words` are a town's (one or two capitalised words) before a nickname: not a
    person's first name ("Paul Roos", "Casey Stoner")."""
    return _TOWN.fullmatch(" ".join(words)) is not None and words[0].casefold() not in first_names()


def _nickname(bare: str) -> bool:
    """Whether `bare` is a plural nickname, or a town (one or two words) before one."""
    if bare in club_nicknames():
        return True
    words = bare.split()
    for cut in (1, 2):
        if len(words) > cut and " ".join(words[cut:]) in club_nicknames():
            return _town_before(words[:cut])
    return False


def _surname_of_a_person(text: str, word: str) -> bool:
    """Whether the article names a person whose full name ends in `word` ("Paul Swan")."""
    return any(
        found.group(1).casefold() in first_names()
        for found in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(word)}\b", text)
    )


def au_club_cues(text: str, mentions: Sequence[RawMention]) -> list[int]:
    """The indices of the mentions that name a football club by its nickname or its town, to
    be cued TEAM (the module's doc)."""
    if _SPORT_STORY.search(text) is None:
        return []
    club_story = _CLUB_STORY.search(text) is not None
    found = []
    for index, m in enumerate(mentions):
        if m.label not in _LABELS:
            continue
        bare = m.text.removeprefix("the ").removeprefix("The ")
        before = text[max(0, m.start - 40) : m.start]
        after = text[m.end : m.end + 40]
        if _nickname(bare):
            nick = bare.split()[-1]
            if re.search(rf"\b{re.escape(nick.lower())}\b", text):
                continue  # the word in its common sense in the same story ("the storm")
            if (
                bare != m.text
                or " " in bare
                or _BEFORE_THE.search(before)
                or _CLUB_NOUN_AFTER.match(after)
            ):
                found.append(index)
            continue
        if bare in _singulars():
            if (_MEMBER_BEFORE.search(before) or _MEMBER_AFTER.match(after)) and not (
                _surname_of_a_person(text, bare)
            ):
                found.append(index)
            continue
        if not club_story or _TOWN.fullmatch(bare) is None:
            continue
        if bare.casefold() in country_keys(str.casefold):
            continue
        sentence_end = text.find(".", m.end)
        sentence = text[m.end : sentence_end if sentence_end >= 0 else len(text)]
        subject = _OPENS.search(before) is not None and (
            _DOES.match(after) is not None
            or (_SAYS_IT.match(after) is not None and _CLUB_WORDS.search(sentence) is not None)
        )
        if subject or _OF_A_CLUB.search(before):
            found.append(index)
    return found


def nicknames_to_their_club(
    mentions: Sequence[RawMention], short_forms: dict[str, str], key_of: Callable[[str], str]
) -> None:
    """Join a plural nickname alone to the one "<Town> <Nickname>" the article names ("the
    Swans" after "the Sydney Swans"), in `short_forms` (keys by `key_of`); not where two clubs
    share the nickname ("Canterbury Bulldogs" and "Western Bulldogs")."""
    clubs: dict[str, set[str]] = {}
    for m in mentions:
        bare = m.text.removeprefix("the ").removeprefix("The ")
        words = bare.split()
        if len(words) < 2 or m.label not in ("ORG", *_LABELS):
            continue
        for cut in (1, 2):
            tail = " ".join(words[cut:])
            if len(words) > cut and tail in club_nicknames() and _town_before(words[:cut]):
                clubs.setdefault(tail, set()).add(key_of(bare))
    for tail, full in clubs.items():
        if len(full) == 1:
            short_forms.setdefault(key_of(tail), next(iter(full)))
