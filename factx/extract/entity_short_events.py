"""Events by their plural short name: "the Europeans" for the European Championships.

Athletics and swimming reports name a championship in full once ("the European Indoor
Championships in Madrid") and after by its first word made plural ("I won't run again until
the Europeans", "a medal at the Worlds", "picked for the Commonwealths"). The model reads the
plural as a people's word or a group (NORP) and the event is lost. A mention that is "the"
and one capitalised word ending in "s", whose word without its "s" opens the name of an event
of the same article that ends in a championship's kind word (`_KINDS`, a closed class), is
that event: cued EVENT. Not without the event's full name in the article ("the Europeans won
the Ryder Cup" is a side), nor without "the" ("Europeans are worried").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# The kind words that end a championship's name ("the World Championships", "the Commonwealth
# Games", "the European Indoors"): a closed class.
_KINDS = frozenset({"Championships", "Championship", "Games", "Indoors", "Trials"})
# "the Europeans", "the Worlds": "the" before the mention or inside it, one word in "s".
_PLURAL = re.compile(r"(?:[Tt]he )?(?P<word>[A-Z][a-z]+)s")
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he $")


class _Mention(Protocol):
    text: str
    start: int
    end: int
    label: str
    cue: str


def _event_openers(mentions: Sequence[_Mention]) -> frozenset[str]:
    """The first words of the article's events whose names end in a championship's kind."""
    openers: set[str] = set()
    for m in mentions:
        if "EVENT" not in (m.label, m.cue):
            continue
        words = m.text.split()
        if words and words[0] in ("the", "The"):
            words = words[1:]
        if len(words) > 1 and words[-1] in _KINDS:
            openers.add(words[0])
    return frozenset(openers)


def events_by_plural_short_name(text: str, mentions: Sequence[_Mention]) -> None:
    """Cue EVENT each "the Europeans" whose singular opens a championship the article names
    in full ("the European Championships"). A mention's own cue stays."""
    openers = _event_openers(mentions)
    if not openers:
        return
    for m in mentions:
        if m.cue or m.label == "EVENT":
            continue
        plural = _PLURAL.fullmatch(m.text)
        if plural is None or plural.group("word") not in openers:
            continue
        if not m.text.lower().startswith("the ") and not _THE_BEFORE.search(
            text, max(0, m.start - 4), m.start
        ):
            continue
        m.cue = "EVENT"


# Awards named by the award's word and "Awards" ("the Brit Awards", "the Mobo Awards").
_AWARDS = re.compile(r"(?:[Tt]he )?(?P<word>[A-Z][a-z]+) Awards")
# The words after an award's word alone that make it the award ("his 12th Brit award", "two
# Brit nominations"), no people's adjective.
_AWARD_WORD = re.compile(
    r" (?:[Aa]wards?|nominations?|nominees?|winners?|ceremony|trophy|trophies|statuettes?|gongs?)\b"
)

# The words of the prize itself, which a short name grows over ("his 12th Brit award", and the
# capitalised "three Brit Award nominations" where the model tagged "Brit" alone); the rest of
# `_AWARD_WORD` ("nominations", "winners", "ceremony") stay outside it (round r46b-music).
_PRIZE_WORD = re.compile(r" (?:[Aa]wards?|trophy|trophies|statuettes?|gongs?)")

# Round r44-music (seed 132's `Brits` NORP, five times, in a chart story that never writes "Brit
# Awards"): a music prize's short name in a music story, where the words around it are the
# show's: "at the Brits on Tuesday", "Brits success", "had three Brit nominations".
_SHOW_WORD = re.compile(r"(?:[Tt]he )?(?P<word>Brit|Mobo)(?P<plural>s)?")
_SHOW_AFTER = re.compile(
    r" (?:success|winners?|ceremony|nominations?|nominees?|triumph|glory|show|night|bash"
    r"|performances?|victory|victories|wins?|awards?|statuettes?|gongs?|trophies|trophy)\b"
)
_AT_THE_BEFORE = re.compile(r"(?<![\w'’-])at (?:the )?$")
_MUSIC_STORY = (" album", " chart", " band", " singer")


def _shows_named_short(text: str, mentions: Sequence[_Mention]) -> set[str]:
    """The words of music prizes ("Brit") the article names short in a show's words: "at the
    Brits", "Brits success", "three Brit nominations" (the module's `awards_by_short_name`).
    Only in a music story (an album, a chart, a band or a singer named): "we Brits" of a
    readers' column and "Brits abroad" are people."""
    found: set[str] = set()
    if "Brit" not in text and "Mobo" not in text:
        return found
    if not any(word in text for word in _MUSIC_STORY):
        return found
    for m in mentions:
        short = _SHOW_WORD.fullmatch(m.text)
        if short is None or short.group("word") in found:
            continue
        if short.group("plural") is None:
            named = _AWARD_WORD.match(text, m.end) is not None  # "three Brit nominations"
        else:
            named = _SHOW_AFTER.match(text, m.end) is not None or (
                _AT_THE_BEFORE.search(text, max(0, m.start - 7), m.start) is not None
            )
        if named:
            found.add(short.group("word"))
    return found


def awards_by_short_name(text: str, mentions: Sequence[_Mention]) -> None:
    """Cue EVENT each "Brits" or "the Brits" whose singular opens awards the article names in
    full ("the Brit Awards"), and each "Brit" before "award" or "nomination" there that the
    model or a cue reads as a people's word, grown over that word ("his 12th Brit award"; a
    "Grammy ceremony" stays the model's "Grammy", joined to "the Grammy Awards").

    Music news calls the Brit Awards "the Brits" and a statuette "a Brit award"; the model
    reads the word as a people's (NORP: "Brits" are Britons), and seed 72's readers' column
    on the Brits had `Brits` NORP three times and `Brit` NORP twice. Unlike a championship's
    plural, "the" need not come first ("Busted triumph at Brits", "five Brits winners"): a
    story that names the awards in full uses the short name for them. Not in a story without
    the full name ("a crazy Brit family", "Brits abroad"), but for a music story that names
    the show short in a show's words (`_shows_named_short`: "at the Brits on Tuesday", "Brits
    success", "three Brit nominations"); a cue of the mention's own other than a people's stays."""
    openers = {
        found.group("word") for m in mentions if (found := _AWARDS.fullmatch(m.text)) is not None
    }
    openers.update(_shows_named_short(text, mentions))
    if not openers:
        return
    for m in mentions:
        if (m.cue and m.cue != "NORP") or m.label == "EVENT":
            continue
        plural = _PLURAL.fullmatch(m.text)
        if plural is not None and plural.group("word") in openers:
            m.cue = "EVENT"
            continue
        people = "NORP" in (m.label, m.cue)  # "Brit" read as a people's word, not "Grammy"
        # Round r46b-music: or as a body with no cue ("three Brit Award nominations", "Brit"
        # ORG), which its cluster's nationality's key makes a people's word too.
        people = people or (m.label == "ORG" and not m.cue)
        award = _AWARD_WORD.match(text, m.end) if m.text in openers and people else None
        if award is not None and _PRIZE_WORD.fullmatch(award.group()) is None:
            # Round r46b-music (seed 145's "had three Brit nominations", `Brit nominations`
            # EVENT): a nomination, a nominee, a winner or a ceremony is no part of the prize's
            # name; the short name alone is the awards.
            m.cue = "EVENT"
        elif award is not None:
            # "Brit award": the award's word alone is a nationality's to the clusters.
            m.text, m.end, m.cue = text[m.start : award.end()], award.end(), "EVENT"


# A year and the count of a rugby championship's nations before the model's "Nations" ("the
# entire 1999 Five Nations campaign"): the model reads the year as a date and the count as a
# number. Not "Home Nations" (a group of countries), nor a count with no year ("the Six Nations
# of the Grand River" are a people).
_NATIONS_COUNT = re.compile(r"(?<![\w'’-])(?:1[89]|20)\d\d (?:Four|Five|Six|Tri) $")


def nations_after_their_year_and_count(text: str, mentions: Sequence[_Mention]) -> None:
    """Grow each mention "Nations" back over its count after a year, cued EVENT: "the 1999
    Five Nations campaign" is the championship whole, where the model gives "1999" DATE,
    "Five" CARDINAL and "Nations" ORG (seeds 20 and 110's `Nations` ORG)."""
    for m in mentions:
        if m.text != "Nations" or m.label == "EVENT":
            continue
        count = _NATIONS_COUNT.search(text, max(0, m.start - 10), m.start)
        if count is not None:
            start = count.start() + 5  # after the year and its space
            m.text, m.start, m.cue = text[start : m.end], start, "EVENT"


# The kind words that end a fair's or congress's name ("the CTIA Wireless Congress").
_FAIR_KINDS = frozenset({"Congress", "Show", "Fair", "Expo", "Forum"})
_AT_BEFORE = re.compile(r"(?<![\w'’-])at $")


def fairs_by_short_name(text: str, mentions: Sequence[_Mention]) -> None:
    """Cue EVENT each name in capitals after "at" that opens the name of a fair the article
    names in full and a cue reads as one ("at the CTIA Wireless Congress, a mobile trade fair"
    then "Mr Park, also at CTIA, said", "demonstrating one at CTIA", round r39-firms, seed
    94's `CTIA` ORG): at the fair's short name, the fair. Only in capitals (a body's letters,
    "CTIA", "CES"), and only after "at": "CTIA said" is the body that holds the fair."""
    openers: set[str] = set()
    for m in mentions:
        if m.cue != "EVENT":
            continue
        words = m.text.split()
        if words and words[0] in ("the", "The"):
            words = words[1:]
        if len(words) > 1 and words[-1] in _FAIR_KINDS and words[0].isupper():
            openers.add(words[0])
    if not openers:
        return
    for m in mentions:
        if (
            m.text in openers
            and m.cue in ("", "ORG")
            and _AT_BEFORE.search(text, max(0, m.start - 3), m.start)
        ):
            m.cue = "EVENT"


# A cross-country race's opening words before its place's name ("the 51st Cross International
# Zornotza", "the Cross Internacional de Italica"): the model tags the place's name alone.
_CROSS_OPENER = re.compile(r"\bCross Interna(?:tional|cional)(?: de)? $")


def races_cut_after_cross(text: str, mentions: Sequence[_Mention]) -> None:
    """Grow each mention right after "Cross International" (or the Spanish "Cross
    Internacional", with its "de") back over those words, cued EVENT: "the 51st Cross
    International Zornotza in Amorebieta, Spain" is one race, where the model gives `Zornotza`
    PERSON (seed 123's race labelled a person, round r42b-sport). Only a capitalised name: the
    race's name is its place's or its founder's."""
    if "Cross Interna" not in text:
        return
    for m in mentions:
        if m.label == "EVENT" or not m.text[:1].isupper():
            continue
        found = _CROSS_OPENER.search(text, max(0, m.start - 26), m.start)
        if found is not None:
            start = found.start()
            m.text, m.start, m.cue = text[start : m.end], start, "EVENT"
