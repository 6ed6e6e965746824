"""Two names the model glued at a possessive, parted: "Henry's Arsenal", "Lazio's Paolo Di Canio".

Sports reports name a player by his club and a club by its player: "made to Henry's Arsenal
team-mate", "a tackle on Roma's Olivier Dacourt". The model often tags the owner and the name
after its "'s" as one ORG, which names neither. Where the article names the owner alone
elsewhere (or it is the surname of a person named in full), and names the second alone too (or
it is a common first name and a surname), the mention is the two names, each with the label of
the article's own mention of it (a surname's and a first name's: a person). After a person's
"'s", a name of one or two words the model tagged ORG is the organisation's, named or not
("Henry's Arsenal"). A firm whose name holds a possessive ("Macy's Thanksgiving Parade") names
no second name alone, and one named after a person ends in a kind word ("Sainsbury's Bank"):
they stay whole, and so does a name after a firm the article names with its "'s" ("Foster's
Lager" beside "Foster's is a brewer").
In a list of players by their clubs after a player's word ("on the shortlist with Lyon's
Juninho and Chelsea's Drogba"), a club and a lone player glued are parted whatever the article
names alone (r33-games, `club and player glued in a list of players`): the list's cues
(factx/data/entities.json) then label the club and the player.

Arts and technology news name a work by its owner the same way: "the studio's Dirty War", "Ray
Lamb's Blue Hours", "the Rotters' Loud Night" (a plural owner's bare "'"). `owners_parted` parts
such a mention where the article names the owner alone as a person or a firm, or the work alone
after an owner of more words than one ("Ocean's Eleven" beside an "Eleven" is a title whole):
the owner keeps its own label, the work takes its own, or a cue's, or is a work after a person
(a firm's may be a product, so the model's label stays). A name ending in a kind word of an
organisation or an award ("Tate's Bank", "the Rotters' Music Group", "Lamb's Bafta Award")
stays whole, and so does a day ("New Year's
Day", an EVENT) and a name after a place ("Britain's Got Talent": a place owns no work).

A club's plural nickname and its bare "'" before a competition's name and a lower-case "match"
("the Blues' Celtic League match", seed 80's `Blues' Celtic League` ORG) are the club and the
competition: `nicknames_before_their_match` parts them, the club ORG, the league keeping the
model's label (round r37b-fields).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.evidence import cue_of
from factx.extract.first_names import name_kind, person_by_first_name

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORD = r"[A-Z][\w.&-]*"
_GLUED = re.compile(
    rf"(?P<owner>{_WORD}(?: {_WORD})?)['’]s (?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){{0,3}})"
)

_NAME_WITH_S = re.compile(r"['’]s$")

# An owner's "'s", or a plural owner's bare "'" ("the Rotters' Loud Night"), before a title of
# capitalised words (small words inside: "Tales of the Night").
_OWNED = re.compile(
    rf"(?P<owner>{_WORD}(?: {_WORD}){{0,2}}?)(?:['’]s|(?<=s)['’]) "
    r"(?P<name>[A-Z0-9][\w.&'’/:-]*(?: (?:[A-Z0-9][\w.&'’/:-]*|of|the|a|an|in|on|to|and|for)){0,6})"
)
# A part of a firm after the name: "Climax's Action studio" is the firm's studio, no work.
_FIRM_PART = re.compile(r" (?:studios?|division|unit|arm|label|subsidiary|team|department)\b")
# A kind of product after the name: "Lumo's Finder search tool" is the firm's product.
_PRODUCT_KIND = re.compile(
    r" (?:[a-z]+ )?(?:tools?|services?|software|browsers?|players?|phones?|handsets?|consoles?"
    r"|devices?|programs?|applications?)\b"
)
# Small words and a capital after the mention: the title goes on past the model's span ("Guy's
# My Heart" of "Guy's My Heart Is My Own", "Lord Dubs' Succession" of "... to the Crown Bill").
_TITLE_GOES_ON = re.compile(
    r"(?: (?:of|to|To|in|In|is|Is|on|On|and|the|The|a|A|an|for|at|from))+ [A-Z]"
)
# A mention before its own "'s" and a capitalised word heads a title the model cut there
# ("Ocean" of "Ocean's Twelve"), no owner named alone.
_CUT_TITLE = re.compile(r"['’]s [A-Z0-9]")
# A singular owner with its "The" opens a title ("The Hitchhiker's Guide", "The Devil's Own");
# a plural one is a band or a firm ("The Rotters' Loud Night").
_THE_ONE = re.compile(r"The .*[^s]$")
_OWNERS = frozenset({"PERSON", "ORG"})  # who owns a work: not a place ("Britain's Got Talent")
_PARTED_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT"})  # not a day's EVENT


def _club_shaped(m: RawMention, name: str) -> bool:
    """Whether the name after a person's "'s" in the model's ORG is a club's or a firm's own
    name of one or two words, not a kind word that a firm named after a person ends with
    ("Sainsbury's Bank" beside Lord Sainsbury)."""
    words = name.split()
    return m.label == "ORG" and len(words) <= 2 and not name_kind(words[-1])


def _firms_with_s(
    mentions: list[RawMention], glued: dict[int, re.Match[str]], name_key: Callable[[str], str]
) -> set[str]:
    """The keys of the names the article writes with an "'s" of their own, outside the glued
    mentions: "Foster's is a brewer"."""
    return {
        name_key(m.text) for m in mentions if id(m) not in glued and _NAME_WITH_S.search(m.text)
    }


# r33-games `club and player glued in a list of players`: the cue of the name after the
# possessive that says a list of players by their clubs (factx/data/entities.json).
_LISTED_PLAYER_CUE = "player after his club in a list of players"


def _listed_player(text: str, m: RawMention, found: re.Match[str]) -> bool:
    """Whether the glued mention `m` ("Lyon's Juninho") is a club and a lone player's name in a
    list of players by their clubs: the cue of the list's player holds for the name alone."""
    if not text or " " in found.group("name"):
        return False
    start = m.start + found.start("name")
    cue = cue_of(text, start, m.end, m.label)
    return cue is not None and cue.name == _LISTED_PLAYER_CUE


def possessives_parted(
    mentions: list[RawMention], name_key: Callable[[str], str], text: str = ""
) -> list[RawMention]:
    """The mentions, with each owner glued to a name by its "'s" parted where the article
    names both alone, or where `text` (the article) lists players by their clubs around the
    mention (`_listed_player`); `name_key` is the entities' key of a name."""
    glued = {id(m): found for m in mentions if (found := _GLUED.fullmatch(m.text))}
    if not glued:
        return mentions  # most articles
    labels: dict[str, str] = {}
    for m in mentions:
        if id(m) not in glued:
            labels.setdefault(name_key(m.text), m.label)
    firms_with_s = _firms_with_s(mentions, glued, name_key)
    people = (m.text for m in mentions if m.label == "PERSON" and " " in m.text)
    surnames = {name.rsplit(" ", 1)[-1].casefold() for name in people}
    result: list[RawMention] = []
    for m in mentions:
        found = glued.get(id(m))
        if found is None:
            result.append(m)
            continue
        owner, name = found.group("owner"), found.group("name")
        if name_key(owner) in firms_with_s:
            result.append(m)  # "Foster's Lager": the brewer's own name and a product
            continue
        owner_label = labels.get(name_key(owner)) or (
            "PERSON" if owner.casefold() in surnames else None
        )
        name_label = labels.get(name_key(name)) or (
            "PERSON" if person_by_first_name(name) else None
        )
        if name_label is None and owner_label == "PERSON" and _club_shaped(m, name):
            name_label = m.label  # "Henry's Arsenal" ORG: a person owns no firm's name
        if (owner_label is None or name_label is None) and _listed_player(text, m, found):
            # "the shortlist with Lyon's Juninho and Chelsea's Drogba": the club and its player,
            # whatever the article names alone; the cues of the list label the two later.
            owner_label, name_label = owner_label or "ORG", name_label or "PERSON"
        if (
            owner_label is None
            or name_label is None
            or (name_label == "PERSON" and owner.casefold() in surnames)
        ):
            # A person the article names in full owns no person here: the name after the "'s"
            # is a title ("Guy's My Heart Is My Own", a book by John Guy). A club the model
            # took for a person does own one ("Munster's Shaun Payne").
            result.append(m)
            continue
        start = m.start + found.start("name")
        result.append(replace(m, text=owner, end=m.start + len(owner), label=owner_label))
        result.append(replace(m, text=name, start=start, label=name_label))
    return result


def owners_parted(
    text: str, mentions: list[RawMention], name_key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions, with each owner glued to its work by a possessive ("the studio's Dirty War")
    parted where the article names the owner (a person or a firm) or the work alone; `name_key`
    is the entities' key of a name."""
    owned = {
        id(m): found
        for m in mentions
        if m.label in _PARTED_LABELS
        and (found := _OWNED.fullmatch(m.text))
        and not _TITLE_GOES_ON.match(text, m.end)
        and not _THE_ONE.match(found.group("owner"))
        and not name_kind(found.group("name").rsplit(" ", 1)[-1])
    }
    if not owned:
        return mentions  # most articles
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if id(m) not in owned and not _CUT_TITLE.match(text, m.end):
            votes[name_key(m.text)][m.label] += 1
    firms_with_s = _firms_with_s(mentions, owned, name_key)
    # The label most of a name's own mentions have (the first of a tie): one headline's label
    # is no owner's ("Lamb leads Prize nominations").
    labels = {key: counts.most_common(1)[0][0] for key, counts in votes.items()}
    result: list[RawMention] = []
    for m in mentions:
        found = owned.get(id(m))
        if found is None:
            result.append(m)
            continue
        owner, name = found.group("owner"), found.group("name")
        owner_label = labels.get(name_key(owner))
        name_label = labels.get(name_key(name))
        if (
            name_key(owner) in firms_with_s
            or (owner_label is None and (name_label is None or " " not in owner))
            or (owner_label is not None and owner_label not in _OWNERS)
        ):
            result.append(m)
            continue
        start = m.start + found.start("name")
        named = owner_label is not None  # its own mentions vote its label; this one copies it
        if owner_label is None:
            owner_label = "PERSON" if person_by_first_name(owner) else "ORG"
        if name_label is None:
            name_label = _work_label(text, start, m, owner_label)
        owner_end = m.start + len(owner)
        result.append(replace(m, text=owner, end=owner_end, label=owner_label, votes=not named))
        result.append(replace(m, text=m.text[found.start("name") :], start=start, label=name_label))
    return result


def _work_label(text: str, start: int, m: RawMention, owner_label: str) -> str:
    """The label of a work named only after its owner: its cue's, a person's work, or the
    model's (a firm's may be a product: "Nokia's Lumia"); a firm's part ("Climax's Action
    studio") is the firm's, and a name before a kind of product ("Lumo's Finder search tool")
    a product."""
    if _FIRM_PART.match(text, m.end):
        return "ORG"
    if _PRODUCT_KIND.match(text, m.end):
        return "PRODUCT"
    cue = cue_of(text, start, m.end, m.label)
    if cue is not None and cue.label in ("WORK_OF_ART", "PRODUCT"):
        return cue.label
    return "WORK_OF_ART" if owner_label == "PERSON" or m.label == "WORK_OF_ART" else m.label


# A plural nickname and its bare "'" glued to a competition's name of one to three words that
# ends in its kind: "Blues' Celtic League", "Saints' Heineken Cup".
_NICKNAME_LEAGUE = re.compile(
    r"(?P<owner>[A-Z][a-z]+s)['’] "
    r"(?P<name>(?:[A-Z][\w-]* ){0,2}(?:League|Cup|Trophy|Shield|Premiership|Championship))"
)
_MATCH_AFTER = re.compile(r" (?:match|game|clash|tie|fixture|opener|semi-final|final)\b")


def nicknames_before_their_match(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each club's plural nickname glued by its bare "'" to a competition's name
    before a lower-case match word parted: "misses the Blues' Celtic League match" is the club
    (ORG) and the league (the model's label), not one body named by neither. Guard: a cheap
    test for the "s' " in the mention first, then the shape of the whole and the match word
    after it; a possessive before anything else ("the Rotters' Loud Night") is `owners_parted`'s."""
    result: list[RawMention] = []
    for m in mentions:
        found = _NICKNAME_LEAGUE.fullmatch(m.text) if ("s' " in m.text or "s’ " in m.text) else None
        if found is None or not _MATCH_AFTER.match(text, m.end):
            result.append(m)
            continue
        owner_end = m.start + found.end("owner")
        start = m.start + found.start("name")
        result.append(replace(m, text=found["owner"], end=owner_end, label="ORG", cue="TEAM"))
        result.append(replace(m, text=found["name"], start=start))
    return result
