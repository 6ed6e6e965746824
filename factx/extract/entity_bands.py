"""A band named with its own "the" and a plural, in an article about music: "the Byrds" PRODUCT,
"the Eagles" GPE, "the Stereophonics" NORP.

The small model takes a band's plural name for a people, a place or a product by its look, and
keeps the band's "the" inside the span, as it does for a group's own name ("the Beatles"). In an
article whose words are a musician's (`music_words` in the `bands` data of
factx/data/entities.json, at least `MUSIC_WORDS` of them), such a name is an organisation. Not a
known place or country ("the Bahamas", "the Netherlands"), nor a people's name ("the Brits",
"the Tories"), nor a name the model already calls an organisation or an event ("the Brit
Awards", "the Oscars"), nor one the words around it cue as something else.

In such an article, the names listed right after the words of a concert's bill ("were followed
by", "supporting", "support acts include", "the likes of"; data `bands.list_cues`) are acts, and
one with no first name is a band: "Oasis were followed by Arcade Fire, Kasabian and Amy
Winehouse" gives `Arcade Fire` PERSON and `Kasabian` GPE, "Supporting acts include Simple Minds"
`Simple Minds` PERSON. A person in the list stays one by a first name (`Amy Winehouse`,
"Madonna"), and a known place or people is no band.

Round r33-bands adds `band before its member` (`member_bands`): in such an article, a name
followed by a possessive and a person's full name ("The Tornadoes' drummer sat in with Deep
Purple's Ian Paice") is the band the person plays in, an organisation, where the model read it
as a person (`Deep Purple` PERSON). A person's possessive before another person is rare in
music news and is said with a kin word ("Madonna's husband Guy Ritchie"); still, not a name
that opens with a common first name ("Madonna", "Prince"), nor a word of a full name the article
gives a person ("Jackson's" after "Michael Jackson"), nor a known place ("Liverpool's John
Lennon") or people.

Round r38-bodies adds `families`: "the <Surname>s" before "had been", "have been", "were" or
"are", where the article names a person with that surname in full ("Ozzy Osbourne" ... "The
Osbournes had been asleep"), is the household, people, PERSON, not a band even in an article
about music (seed 92's `Osbournes` ORG). Round r39-acts reads it after "of" too ("the private
life of the Adamses", seed 95's `Adamses` FAC), and a surname's plural in "es" ("Adamses").

Round r39-acts reads a plural band outside an article about music where a performer's calling
and name are joined to it ("chart success from singer Jamelia and the Kooks", seed 95's shape).

Round r40d-places adds the words of a list of acts at a show ("Artists including", "acts such
as"; data `bands.act_list_cues`) to the bill's words: such a list holds solo performers too, so
a name the model reads as a person is a band there only if it is one word with no first name
("Artists including Dannii Minogue and Jet" gives `Jet` PERSON, seed 111's shape), and "Iggy
Pop" stays a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names, opens_with_first_name, person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Music words an article needs before a plural "the X" in it is read as a band: one "single" or
# "album" is also a business or a sports story's word.
MUSIC_WORDS = 2
# The band's own "the", in lower case inside the model's span, and one to three capitalised
# words, the last a plural.
_PLURAL_NAME = re.compile(r"the (?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*[a-z]s")
# The same name with its "the" left outside the model's span ("with the Beatles numbers",
# `Beatles` PERSON): read the same, a person's label too, but a household's plural stays a
# person's ("the Osbournes" where the article names "Ozzy Osbourne"; round r51, the lead).
_BARE_PLURAL = re.compile(r"(?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*[a-z]s")
_THE_BEFORE = ("the ", "The ")
# A performer's calling and a name of one or two words joined by "and" right before a band's
# "the <Plural>": "singer Jamelia and the Kooks", "rapper Verbalicious and the Stereophonics".
_CALLING_AND = re.compile(
    r"\b(?:singer|rapper|DJ|songwriter|singer-songwriter|guitarist|pianist|crooner|diva)"
    r" [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? and $"
)
# Not PERSON: a plural PERSON after "the" is `referents.plural_groups`' (a band or a people by
# its words, in any article).
_LABELS = frozenset({"PRODUCT", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART"})


# A possessive and a person's full name after a band's name: "Deep Purple's Ian Paice". The
# full name is two capitalised words, read by `person_by_first_name`.
_MEMBER_AFTER = re.compile(r"['’]s? ([A-Z][\w'’-]+ [A-Z][\w'’-]+)")


# What may stand between two names of a list: "Arcade Fire, Kasabian and Amy Winehouse".
_LIST_GAP = re.compile(r"(?:,| and|, and) (?:the )?")
# The model's labels a band in such a list takes the place of.
_LISTED_LABELS = _LABELS | {"PERSON"}


@cache
def _list_cue() -> re.Pattern[str]:
    bands = data_file("entities.json")["bands"]
    cues = bands["list_cues"] + bands["act_list_cues"]
    words = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"\b(?:{words}):? (?:the )?", re.I)


@cache
def _act_list_cues() -> frozenset[str]:
    """The cues of a list that may hold solo performers too ("Artists including <Person> and
    <Band>", round r40d-places): a person's span there is a band only if it is one word."""
    return frozenset(c.lower() for c in data_file("entities.json")["bands"]["act_list_cues"])


@cache
def _music_words() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in data_file("entities.json")["bands"]["music_words"])
    return re.compile(rf"\b(?:{words})\b", re.I)


@lru_cache(maxsize=4)
def about_music(text: str) -> bool:
    """Whether the article has at least `MUSIC_WORDS` music words (`bands.music_words`).
    Kept for the article: five passes ask it, and a text without music reads to its end."""
    return next(islice(_music_words().finditer(text), MUSIC_WORDS - 1, None), None) is not None


def plural_bands(
    text: str,
    mentions: Sequence[RawMention],
    a_place_or_people: Callable[[str], bool],
) -> Iterator[int]:
    """The indexes of the mentions that name a band by its "the" and a plural (the module's
    doc). `a_place_or_people` tells a country's, a place's or a people's name."""
    candidates = [
        i
        for i, m in enumerate(mentions)
        if m.cue in ("", m.label)
        and (
            (m.label in _LABELS and _PLURAL_NAME.fullmatch(m.text))
            or _bare_plural(text, m, mentions)
        )
        and not known_place(m.text.removeprefix("the "))
        # "at the Cannes ceremony" NORP in a music story: a city of the world that ends like a
        # plural is no band (round r53-spans, sheet 53B's `Cannes` ORG).
        and not world_city(m.text.removeprefix("the "))
        and not a_place_or_people(m.text.removeprefix("the "))
        and not a_place_or_people(m.text.removeprefix("the ")[:-1])
    ]
    if not candidates:
        return
    if about_music(text):
        yield from candidates
        return
    # "chart success from singer Jamelia and the Kooks": a performer's calling and name joined
    # to "the <Plural>" is a line of acts, whatever the article's other words (r39-acts).
    for i in candidates:
        if _CALLING_AND.search(text, max(0, mentions[i].start - 60), mentions[i].start):
            yield i


def _bare_plural(text: str, m: RawMention, mentions: Sequence[RawMention]) -> bool:
    """Whether `m` is a plural name right after a "the" of the text's own, outside the span,
    and no household: no person's name in the article holds its singular ("Osbourne")."""
    if m.label not in _LISTED_LABELS or text[max(0, m.start - 4) : m.start] not in _THE_BEFORE:
        return False
    if not _BARE_PLURAL.fullmatch(m.text):
        return False
    last = m.text.split()[-1]
    singulars = {last[:-1], last[:-2]} if last.endswith("es") else {last[:-1]}
    return not any(
        o.label == "PERSON" and o is not m and singulars & set(o.text.split()) for o in mentions
    )


def _a_person(name: str) -> bool:
    """Whether a listed act's name is a person's by its first name ("Amy Winehouse",
    "Madonna")."""
    first = name.split()[0].casefold()
    return opens_with_first_name(name) or first in first_names()


def listed_bands(
    text: str,
    mentions: Sequence[RawMention],
    a_place_or_people: Callable[[str], bool],
) -> Iterator[int]:
    """The indexes of the mentions listed after a concert's bill's words that name a band (the
    module's doc)."""
    if not about_music(text):
        return
    by_start = {m.start: i for i, m in enumerate(mentions)}
    for cue in _list_cue().finditer(text):
        index = by_start.get(cue.end())
        # "Artists including": a person's span of two words stays a person ("Iggy Pop").
        mixed = re.sub(r":? (?:the )?$", "", cue.group(0).lower()) in _act_list_cues()
        singers = _singers_listed(text, mentions, by_start, cue) if mixed else ()
        skipped = False
        while index is not None:
            m = mentions[index]
            if (
                index not in singers
                and m.label in _LISTED_LABELS
                and not ((mixed or skipped) and m.label == "PERSON" and " " in m.text)
                and m.cue in ("", m.label)
                and not _a_person(m.text)
                and not known_place(m.text)
                and not a_place_or_people(m.text)
            ):
                yield index
            # A known act the model missed, which `entity_known_acts.missed_acts` added, counts
            # as a member the model left untagged (r52c-acts: "performances from U2, Green Day,
            # Alicia Keys and Kanye West", `Green Day` added: `Kanye West` stays PERSON).
            skipped = skipped or _added_act(m)
            gap = _LIST_GAP.match(text, m.end)
            if gap is None:
                break
            index = by_start.get(gap.end())
            if index is None:
                index = _after_missed_member(text, gap.end(), by_start)
                skipped = True


@cache
def _known_acts() -> frozenset[str]:
    return frozenset(data_file("entities.json")["bands"]["known_acts"])


def _added_act(m: RawMention) -> bool:
    """Whether `m` is a known act's mention a rule added over the model's miss (ORG cued ORG
    by no first name: `entity_known_acts.missed_acts`)."""
    return m.label == "ORG" and m.cue == "ORG" and not m.by_form and m.text in _known_acts()


# Round r52-persons: a list member the model left untagged, one to three capitalised words and
# the list's next gap ("acts such as Def Leppard, Motorhead and Aerosmith": no mention at
# "Motorhead", so the walk stopped before `Aerosmith` PERSON). Only a comma goes before such a
# member: after the list's "and" the list is over. Past such a member the list is read as a
# mixed one's ("Artists including"): a person's span of two words stays a person ("performances
# from U2, Green Day, Alicia Keys and Kanye West", `U2` untagged: `Kanye West` stays PERSON).
_MISSED_MEMBER = re.compile(
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(?=(?:,| and|, and) (?:the )?[A-Z])"
)


def _after_missed_member(text: str, at: int, by_start: dict[int, int]) -> int | None:
    """The index of the mention that goes on a list after one member at `at` the model left
    untagged after a comma (`_MISSED_MEMBER`), or None."""
    if not text.endswith(",", 0, at - 1):
        return None
    missed = _MISSED_MEMBER.match(text, at)
    if missed is None or any(at <= start < missed.end() for start in by_start):
        return None
    gap = _LIST_GAP.match(text, missed.end())
    return by_start.get(gap.end()) if gap is not None else None


# A band's own word in the sentence of a list of artists: "..., and the band's new single".
_BAND_WORD = re.compile(r"\b(?:band|group)s?\b")


def _list_members(
    text: str, mentions: Sequence[RawMention], by_start: dict[int, int], cue: re.Match[str]
) -> list[int]:
    """The indexes of the mentions listed right after a list cue, in order."""
    members: list[int] = []
    index = by_start.get(cue.end())
    while index is not None and index not in members:
        members.append(index)
        gap = _LIST_GAP.match(text, mentions[index].end)
        index = by_start.get(gap.end()) if gap is not None else None
    return members


def _singers_listed(
    text: str, mentions: Sequence[RawMention], by_start: dict[int, int], cue: re.Match[str]
) -> tuple[int, ...]:
    """The one-word names of a list of artists ("Artists including") whose other members are
    all people by a full name with a first name, where the list's sentence has no "band" or
    "group": "Artists including Chris Martin and Jamelia" lists a singer known by one name, no
    band (round r41-people; round r40d-places's odd half, entertainment/109's `Jamelia` PERSON
    made ORG). "Artists including Dannii Minogue and Jet ..., and the band's new single" keeps
    `Jet` a band by the band's word."""
    members = _list_members(text, mentions, by_start, cue)
    ones = [i for i in members if " " not in mentions[i].text and mentions[i].text.isalpha()]
    others = [i for i in members if i not in ones]
    if not ones or not others:
        return ()
    if not all(_a_person(mentions[i].text) for i in others):
        return ()
    end = text.find(".", mentions[members[-1]].end)
    sentence = text[text.rfind(".", 0, cue.start()) + 1 : len(text) if end < 0 else end]
    if _BAND_WORD.search(sentence):
        return ()
    return tuple(ones)


def listed_singers(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the one-word singers listed among people after "Artists including"
    (`_singers_listed`), a person each, whatever the model read."""
    if not about_music(text):
        return
    by_start = {m.start: i for i, m in enumerate(mentions)}
    for cue in _list_cue().finditer(text):
        if re.sub(r":? (?:the )?$", "", cue.group(0).lower()) in _act_list_cues():
            for index in _singers_listed(text, mentions, by_start, cue):
                if mentions[index].cue in ("", mentions[index].label):
                    yield index


def member_bands(
    text: str,
    mentions: Sequence[RawMention],
    a_place_or_people: Callable[[str], bool],
) -> Iterator[int]:
    """The indexes of the mentions tagged PERSON that name a band by its member named after a
    possessive: "Deep Purple's Ian Paice" (the module's doc, `band before its member`)."""
    if not about_music(text):
        return
    # The words of the full names the article gives people: their surnames alone stay people.
    full_words = {
        word
        for m in mentions
        if m.label == "PERSON" and opens_with_first_name(m.text) and " " in m.text
        for word in m.text.split()
    }
    for i, m in enumerate(mentions):
        if m.label != "PERSON" or m.cue not in ("", "PERSON"):
            continue
        member = _MEMBER_AFTER.match(text, m.end)
        if (
            member is not None
            and person_by_first_name(member.group(1))
            and not _a_person(m.text)
            and not any(word in full_words for word in m.text.split())
            and not known_place(m.text)
            and not a_place_or_people(m.text)
        ):
            yield i


# Round r46b-music: a person's title or a life's word right before a known band's name says the
# person the band is named after ("Archduke Franz Ferdinand", "the assassination of Franz
# Ferdinand"), no band.
_NAMESAKE_BEFORE = re.compile(
    r"\b(?:Archduke|Arch-duke|Emperor|Empress|King|Queen|Prince|Princess|Duke|Count|Saint|St"
    r"|Sir|Lord|Lady|General|assassination of|murder of|killing of|death of)\s+$"
)


# The model's labels a known band's mention may hold, with no cue, a person's cue or its own:
# a person's by its look, or a place's ("celebration of southern rock with Tim McGraw, Gretchen
# Wilson, Lynyrd Skynyrd", `Lynyrd Skynyrd` GPE cued PERSON by the people round it), and the
# model's ORG with no cue, which the name's first word outvotes (round r47-acts). Not a work's
# label: a band's self-titled album bears its name ("Franz Ferdinand", "Led Zeppelin").
_SHAPED_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})


def _shaped_reading(label: str, cue: str) -> bool:
    """Whether a known band's mention reads as the model's mistake (`_SHAPED_LABELS`)."""
    if label == "ORG":
        return cue == ""
    return label in _SHAPED_LABELS and cue in ("", "PERSON", label)


@cache
def _person_shaped_bands() -> frozenset[str]:
    return frozenset(data_file("entities.json")["bands"]["person_shaped"])


def person_shaped_bands(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions of a known band named like a person ("Franz Ferdinand",
    "Jethro Tull"; data `bands.person_shaped`) in an article about music, tagged PERSON with no
    cue but its first name's or a person's "who" (round r46b-music). Seed 146's "after
    supporting Franz Ferdinand ... Keane were followed by Franz Ferdinand, Razorlight and Joss
    Stone" gives `Franz Ferdinand` PERSON: a poll's list and a bill's verb give no group's words
    (round r45-works's frontman, "rockers", a plural verb), and the name's two first names say
    a person. In a music story the name is the band's, and in a story of any kind where its
    sentence holds a line of performers' or a band's word (round r47-acts, `_ACTS_WORDS`). Not
    after a person's title or a life's words ("Archduke Franz Ferdinand", "the assassination of
    Franz Ferdinand"), the namesake. A mention the model tagged ORG with no cue takes the group's
    cue too: "artists like British stars Jamie Cullum and Kaiser Chiefs" gives `Kaiser Chiefs`
    ORG, which the name's first word ("Kaiser") and the singer before it outvoted to PERSON."""
    music = about_music(text)
    for i, m in enumerate(mentions):
        name = m.text.removesuffix("'s").removesuffix("’s").removesuffix("'").removesuffix("’")
        if (
            _shaped_reading(m.label, m.cue)
            and name in _person_shaped_bands()
            and _NAMESAKE_BEFORE.search(text, max(0, m.start - 30), m.start) is None
            and (music or _acts_in_sentence(text, m.start, m.end))
        ):
            yield i


# Round r47-acts: the words of a line of performers or a band's own word, which make a known
# band's sentence a music sentence in a story of any kind: "artists like British stars Jamie
# Cullum and Kaiser Chiefs", "stars Joss Stone and Franz Ferdinand" in a business story (seed
# 149's `Kaiser Chiefs` PERSON, with no second music word in the article).
_ACTS_WORDS = re.compile(
    r"\b(?:artists|stars|acts|singers|performers|musicians|bands?|rockers|frontman)\b"
)


def _acts_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around `start`..`end` holds a performers' or a band's word
    (`_ACTS_WORDS`)."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    closing = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return _ACTS_WORDS.search(text, opening, min(closing, default=len(text))) is not None


# A family's plural with its "the", then a household's verb: "The Osbournes had been asleep".
_FAMILY = re.compile(r"[Tt]he ([A-Z][a-z]+[a-z])s")
_FAMILY_AFTER = re.compile(r" (?:had been|have been|were|are)\b")
# Or "of" right before it: "the private life of the Adamses" (round r39-acts).
_FAMILY_BEFORE = " of "
# A surname that ends in a hiss takes "es" in the plural: "the Adamses", "the Joneses".
_HISSED = ("s", "x", "z", "ch", "sh")


def families(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions that name a family by its surname's plural (the module's
    doc): "The Osbournes had been asleep" after "Ozzy Osbourne". The surname must end a full
    name of two or more words the model or factx tagged PERSON in the article; a plural the
    model tagged ORG or a place needs a family's words around it ("had been", "of the")."""
    candidates = [
        (i, name.group(1))
        for i, m in enumerate(mentions)
        if (name := _FAMILY.fullmatch(m.text)) is not None
        # The model's own PERSON needs no words around it: "an issue for the Clintons", after
        # "Bill Clinton", is the family (PolNeAR, round 46), which its "the" made ORG.
        and (m.label == "PERSON" or _FAMILY_AFTER.match(text, m.end)
             or text.endswith(_FAMILY_BEFORE, 0, m.start))
    ]  # fmt: skip
    if not candidates:
        return
    surnames = {
        m.text.rsplit(" ", 1)[-1]
        for m in mentions
        if m.label == "PERSON" and " " in m.text and not m.text.startswith(("the ", "The "))
    }
    for index, surname in candidates:
        hissed = surname[:-1] if surname.endswith("e") and surname[:-1].endswith(_HISSED) else ""
        if surname in surnames or hissed in surnames:
            yield index


# A record's release through its label ("release the album through Jet Star, which",
# round r40-sides): the words before the name and the relative clause after it.
_RELEASED_THROUGH = re.compile(
    r"\b(?:release|releases|released|releasing|put out|puts out|putting out)"
    r" (?:the |an |a |his |her |their |its )?(?:(?:new|debut|next|latest|first|second|third"
    r"|comeback) )?(?:album|single|record|EP|LP)s? (?:through|via) $"
)
_WHICH_AFTER = re.compile(r",? (?:which|who)\b")
_LABEL_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def released_labels(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions that name the record company an album or a single is
    released through, before "which": "They will release the album through Jet Star, which is
    advertising it on its website" (seed 104's `Jet Star` PERSON). An act releases a record
    through a label, a company; "which" after the name speaks of a thing, no person. Only
    through or via the record's words, and only a mention the model read as no body."""
    if " through " not in text and " via " not in text:
        return
    for i, m in enumerate(mentions):
        if (
            m.label in _LABEL_LABELS
            and _WHICH_AFTER.match(text, m.end) is not None
            and _RELEASED_THROUGH.search(text, max(0, m.start - 60), m.start) is not None
        ):
            yield i
