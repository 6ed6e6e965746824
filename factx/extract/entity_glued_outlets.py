"""Two names the model glued into one span, parted: an outlet before a person's surname, a body
and an outlet over "and", and a person's surname before a government body (round r49d-glue,
from PolNeAR sheets F and G's "Rules these errors suggest"; no PolNeAR text read).

- `outlet before a surname`: "Mike McCurry told Politico Wallace was chosen" gives one PERSON
  `Politico Wallace` beside "Chris Wallace": a publication labelled PERSON. A PERSON span
  "<Outlet> <Surname>" whose first words are an outlet of the closed list below or the text of
  an ORG mention of the article, and whose last word is the last word of a person the article
  names in full (two words or more), is the outlet (ORG) and the surname (PERSON). The roundup
  layout "Hadas Gold, Politico: ..." gives the model's `Politico` PERSON alone: a PERSON
  span that is an outlet of the list, after "<Name>, " and before ":", is the outlet.
- `body and outlet`: "Her backers include the Center for Responsive Politics and USA Today"
  gives one ORG. An ORG span "<A> and <B>" is two bodies where B is an outlet of the list, or
  where A (two words or more, no place of the place list) and B are each a mention of their own
  elsewhere in the article ("Bethnal Green and Bow", a seat, beside "Bethnal Green" alone and
  no "Bow" stays whole). Names whose "and"
  is their own ("Marks and Spencer", "Procter and Gamble", "Pride and Prejudice") have no half
  named alone in two words, nor an outlet after "and".
- `surname before a body`: "the Obama White House" gives the model's PERSON (factx's PRODUCT)
  `Obama White House`. A span "<Surname> State Department|Justice Department|White House|
  Pentagon|Treasury|Kremlin" whose surname is the last word of a person the article names in
  full is that person and the body (ORG). Bodies named after a person with their own kind
  word ("Clinton Foundation", "Carter Center", "Bush School") are not of the list.
- `a word run on`: "in Citizens United v. Federal Election Commissiondecision" gives
  `Federal Election Commissiondecision` ORG: the article's missing space glues "decision" to
  the body. A span whose last word is a body's kind word of the list below run into a
  lower-case word of the closed list after it (what is said of a body: its decision, ruling,
  report, spokesman ...) is cut after the kind word. Words that hold a kind word and go on
  ("Unionist", "Officers", "Courtney", "Councillor") have no listed word after it.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Agencies, papers, networks and magazines whose bare name is the outlet; "Time", "Sun" and
# other outlets named by a common word are left out (a person's name may hold them).
OUTLETS = frozenset(
    {"Reuters", "AFP", "AP", "Associated Press", "Agence France-Presse", "Bloomberg",
     "Politico", "CNN", "BBC", "NBC", "ABC", "CBS", "MSNBC", "CNBC", "NPR", "PBS", "Fox News",
     "Newsweek", "Variety", "Billboard", "Axios", "BuzzFeed", "Breitbart", "Slate", "Salon",
     "Vox", "USA Today", "USA TODAY", "The Guardian", "The Telegraph", "The Independent",
     "The New York Times", "The Washington Post", "The Wall Street Journal", "The Atlantic",
     "The Economist", "The Hill", "Al Jazeera", "Sky News", "ITN", "Aftenposten", "Le Monde",
     "Der Spiegel", "Xinhua", "Interfax", "Itar-Tass", "Kyodo", "Yonhap", "Dow Jones"}
)  # fmt: skip
_CAP = r"[A-Z][\w'’.-]*"
_GOVERNMENT_BODIES = re.compile(
    rf"(?:the |The )?(?P<surname>{_CAP}) (?P<body>State Department|Justice Department|White House"
    r"|Pentagon|Treasury|Kremlin)"
)
_RUN_ON = re.compile(
    r"(?:Commission|Committee|Council|Court|Department|Ministry|Agency|Authority|Association"
    r"|Foundation|Institute|Organisation|Organization|Corporation|Federation|Board|Bank|Party)"
    r"(?P<word>decision|decisions|ruling|rulings|report|statement|spokesman|spokeswoman"
    r"|spokesperson|chairman|chairwoman|case|vote|rules|verdict|inquiry|investigation|said|says)"
)
_ROUNDUP_BEFORE = re.compile(r"[A-Z][\w.'’-]*,\s?$")


def _outlet(words: str, orgs: AbstractSet[str]) -> bool:
    """Whether `words` are an outlet of the list, or an ORG's text of the article that opens
    with no first name ("Chelsea" the club before "Clinton" is Chelsea Clinton)."""
    bare = words.removeprefix("the ").removeprefix("The ")
    if words in OUTLETS or f"The {bare}" in OUTLETS or bare in OUTLETS:
        return True
    return words in orgs and words.split()[0].casefold() not in _all_first_names()


@cache
def _all_first_names() -> frozenset[str]:
    """The first-name list whole, with the names that mostly open other names ("Chelsea")."""
    text = resources.files("factx.data").joinpath("first_names.txt").read_text("ascii")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _surnames(
    mentions: list[RawMention], orgs: frozenset[str] | set[str] = frozenset()
) -> set[str]:
    """The last words of the article's people named in full, not counting a span that opens
    with an outlet or an ORG's text (the glued span itself)."""
    return {
        m.text.split()[-1]
        for m in mentions
        if m.label == "PERSON"
        and len(m.text.split()) >= 2
        and m.text.split()[-1][:1].isupper()
        and not _outlet(" ".join(m.text.split()[:-1]), orgs)
        and not _GOVERNMENT_BODIES.fullmatch(m.text)
    }


def outlets_glued_to_surnames(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, "<Outlet> <Surname>" PERSON parted and a roundup's outlet ORG (the
    module's doc)."""
    if not any(m.label == "PERSON" for m in mentions):
        return mentions
    orgs = {m.text for m in mentions if m.label == "ORG"}
    surnames = _surnames(mentions, orgs)
    result: list[RawMention] = []
    for m in mentions:
        words = m.text.split()
        if m.label != "PERSON":
            result.append(m)
            continue
        if (
            m.text in OUTLETS
            and _ROUNDUP_BEFORE.search(text[max(0, m.start - 40) : m.start])
            and text[m.end : m.end + 1] == ":"
        ):
            result.append(replace(m, label="ORG", cue="ORG"))  # "Hadas Gold, Politico:"
            continue
        if len(words) < 2 or words[-1] not in surnames:
            result.append(m)
            continue
        head = " ".join(words[:-1])
        # An ORG of the article (no outlet of the list) only after "told": "told Politico
        # Wallace". Not a person's own full name: no other person named in full opens with the
        # same word (a roundup's lone "Politico", tagged PERSON, is the outlet, not a first name).
        told = text[max(0, m.start - 5) : m.start] == "told "
        if not _outlet(head, orgs if told else set()) or any(
            p.label == "PERSON"
            and len(p.text.split()) >= 2
            and p.text.split()[0] == words[0]
            and p is not m
            for p in mentions
        ):
            result.append(m)
            continue
        cut = m.start + len(head)
        surname_start = m.end - len(words[-1])
        result.append(replace(m, text=text[m.start : cut], end=cut, label="ORG", cue="ORG"))
        result.append(replace(m, text=text[surname_start : m.end], start=surname_start))
    return result


def bodies_glued_over_and(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each ORG "<A> and <B>" of two bodies parted (the module's doc)."""
    glued = [m for m in mentions if m.label == "ORG" and " and " in m.text]
    if not glued:
        return mentions
    alone = {
        m.text.removeprefix("the ").removeprefix("The ")
        for m in mentions
        if m.label in {"ORG", "PERSON"} and " and " not in m.text
    }
    result: list[RawMention] = []
    for m in mentions:
        if m.label != "ORG" or m.text.count(" and ") != 1:
            result.append(m)
            continue
        left, right = m.text.split(" and ")
        bare_left = left.removeprefix("the ").removeprefix("The ")
        bare_right = right.removeprefix("the ").removeprefix("The ")
        if not right[:1].isupper() or not (
            _outlet(right, set())
            or (
                # Both halves named alone: "Bethnal Green and Bow" (a seat) with "Bethnal
                # Green" alone and no "Bow" stays whole.
                len(bare_left.split()) >= 2
                and bare_left in alone
                and bare_right in alone
                and not known_place(bare_left)
            )
        ):
            result.append(m)
            continue
        cut = m.start + len(left)
        right_start = m.end - len(right)
        result.append(replace(m, text=text[m.start : cut], end=cut))
        result.append(replace(m, text=text[right_start : m.end], start=right_start))
    return result


def surnames_before_government_bodies(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, "<Surname> State Department|White House|..." parted into the person and
    the body (the module's doc)."""
    surnames = _surnames(mentions)
    if not surnames:
        return mentions
    result: list[RawMention] = []
    for m in mentions:
        found = _GOVERNMENT_BODIES.fullmatch(m.text)
        if found is None or found["surname"] not in surnames or m.label == "WORK_OF_ART":
            result.append(m)
            continue
        person_start, person_end = m.start + found.start("surname"), m.start + found.end("surname")
        body_start = m.start + found.start("body")
        result.append(
            replace(
                m, text=text[person_start:person_end], start=person_start, end=person_end,
                label="PERSON", cue="PERSON",
            )
        )  # fmt: skip
        result.append(
            replace(m, text=text[body_start : m.end], start=body_start, label="ORG", cue="ORG")
        )
    return result


def bodies_run_into_a_word(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a body's name cut where a listed lower-case word runs on into its last
    word with no space (the module's doc)."""
    result: list[RawMention] = []
    for m in mentions:
        found = _RUN_ON.search(m.text.split()[-1]) if m.text.strip() else None
        if found is None or not m.text.endswith(found.group(0)):
            result.append(m)
            continue
        end = m.end - len(found["word"])
        result.append(replace(m, text=text[m.start : end], end=end))
    return result
