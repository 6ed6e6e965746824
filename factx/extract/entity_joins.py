"""Names the model cuts at "and", a hyphen or a number, made whole or parted as written.

- A country whose name holds an "and" is one place: "Trinidad" GPE + "Tobago" ORG are Trinidad
  and Tobago (pycountry knows the name).
- A stock index is named with its number: "FTSE" + "100" is the FTSE 100, not the FTSE and a
  figure (the index words are data: `numbered_indexes` in `factx/data/entities.json`).
- Two surnames joined by a hyphen, each that of a person the article names in full, are two
  people: "the Blair-Brown feud" beside "Tony Blair" and "Gordon Brown" (not "Haji-Ioannou",
  whose parts name no one else).
- Two names joined by "and" or "&" in one mention are two names where the article names each
  alone elsewhere: "Everton and Arsenal", "Lucas and Walliams" beside "Matt Lucas" (not
  "Marks & Spencer" nor "the Department of Trade and Industry", whose parts name nothing).
- An airline named "Air" and its country is one firm: the model tags "China" alone in "Air
  China, China Eastern Airlines" (it knows "Air Canada" and "Air India" whole).
- A flight is named by its airline: "Adam Air Flight 574" and "Air France Flight 447" name the
  firms Adam Air and Air France; the flight is no firm, so "Flight" and its number are cut off.
- A radio station is named by its broadcaster, "Radio" and a place or a number in words: the
  model tags "BBC Radio Scotland" as `BBC Radio` ORG and `Scotland` GPE, and "Virgin Radio
  Classic Rock" as a firm and a person; they are one station. Not a role ("Capital Radio DJ
  Margherita Taylor") nor a person named after it.
- A firm known by its name of two words is one firm where the model cut it in two: "Lockheed"
  ORG + "Martin" PRODUCT, or two people "Lockheed" and "Martin", are Lockheed Martin (the names
  are the well-known firms of the cues "firm by its name" and "business firm by its name").
- A side named by its town and a plural nickname after "the" is one team: "the Florida
  Marlins", "the Minnesota Twins" (the model tags the town alone, the nickname a person).
- A nation's word before the word of one of its public bodies is that body: "the Scottish
  Executive", "the Welsh Assembly", "the British Library" (the model tags the nationality
  alone, NORP, and leaves the body's word out; the words are data, `national_bodies`), and so
  is a UK nation's adjective and such a word the model tags PERSON or NORP whole ("English
  Heritage").
- No name ends in "and". Where the model ends a mention with it, the next mention, one space
  after, goes on with the name when the first names what a body is for, of or on ("the Internet
  Corporation for Assigned Names and" ORG + "Numbers") or the second ends in a body's kind word
  ("the Amateur Rowing and" EVENT + "Canoeing Union" ORG; the kind words are data,
  `body_kinds`); "Frontier Silicon and" + "Radioscape" are two firms. Elsewhere the "and" is
  cut off ("a match between Leeds United and" ORG before "Chelsea": Leeds United).
- A nationality before an event's kind word is the event: "the Welsh Open draw", "a Scottish
  Cup tie" (the model tags the nationality alone, NORP, and leaves the kind word out before a
  lower-case noun; the kind words are data, `national_events`). Not a longer name the
  nationality is inside ("the Evening Standard British Film Awards": a capitalised word before
  it), nor a plural of two events ("the US and Australian Opens"). So is a country or a city
  the model tagged alone, GPE, before "Open", "Masters", "Grand Prix" or "Championships": "the
  US Open champion" is the tournament's, no country's (round r34-peoples).
- `sea by its people's adjective`: a people's adjective before a lower-case "ocean" or "sea"
  is the sea's name when the two name one ("the Indian ocean earthquake": the model tags
  "Indian" alone, NORP; the seas are a closed class, data `national_seas`). Not a sea no
  people names ("a British sea captain").
- A broadcaster's channel is named with its number in words: "on BBC Two tonight" is the
  channel, not "BBC" ORG and a word left out (the words are data, `channel_numbers`). Not a
  number before "of" ("shares in Acme One of the") nor one that opens another name ("BBC
  Five Live", a station).
- No name ends in a word that only goes before a noun of a post ("Prime", "Deputy": data,
  `words_before_their_noun`): where the model ends a body's name with one, the capitalised
  word right after it is the name's too ("the Office of the Deputy Prime" ORG + "Minister").
- `two bodies after their backers' words` (round r41b-charts, seed 117's `UK Sport and Sport
  England` ORG): a mention of the model's, ORG, that glues two capitalised names at "and" right
  after "commissioned|funded|financed|sponsored|backed|run|organised by" is two bodies, ORG
  each, parted at "and" whether or not the article names either alone. Each side is capitalised
  words only ("the Department of Trade and Industry" is one), one at least of two words ("Marks
  and Spencer" is one firm); not a side that is a person's full name or a known place. The
  cues "first of two bodies after their backers' words" and "second of ..." of
  `factx/data/entities.json` read the two where the model tagged them apart and read one as a
  person or a place ("funded by Sport Wales and UK Coaching").
- A party's word the model tags alone after the untagged first word of the party's name is
  the party's whole name: "Liberal Democrat leader Charles Kennedy said", opening a sentence,
  gives the model's "Democrat" (the words are data, `party_openers`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.evidence import country_keys, cues
from factx.extract.first_names import first_names, person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_AND = frozenset({" and ", " & "})
# The rest of a country's name after its first part: " and Tobago", " and the Grenadines".
_AND_REST = re.compile(r" and ((?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")
_REST_WORD = re.compile(r"[A-Z][\w'’-]*")
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# An index's number: "FTSE 100", "Nikkei 225", "Dax 30" (a year is no index number).
_INDEX_NUMBER = re.compile(r" (?![12]\d{3}\b)\d{2,4}\b(?![.,]\d)")
_HYPHENED = re.compile(r"([A-Z][\w'’]+)-([A-Z][\w'’]+)")
# Two names joined by one "and" or "&": "Everton and Arsenal", "Celebrex and Bextra".
_JOINED_PAIR = re.compile(r"((?:the |The )?[A-Z][^&]*?) (and|&) ((?:the |The )?[A-Z][^&]*)")
# "Air" as a word of its own right before a country: "Air China", "Air New Zealand".
# The words of a body's backers before two bodies joined by "and" (round r41b-charts): "It was
# commissioned by UK Sport and Sport England".
_BACKERS = re.compile(
    r"\b(?:commissioned|funded|financed|sponsored|backed|run|organised|organized)"
    r" (?:jointly )?by (?:the )?$"
)
# A side of such a pair: capitalised words only ("Department of Trade and Industry" is one body,
# "Marks and Spencer" one firm: one side at least has two words).
_BODY_SIDE = re.compile(r"(?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}")
_AIR = re.compile(r"(?:^|(?<=[^\w'’-]))Air $")
# A flight's words after its airline's name: "Adam Air Flight 574", "Air France Flight".
_FLIGHT = re.compile(r" Flight(?: [A-Z]{0,3}\d{1,5})?$")
# A broadcaster's radio, the station's name to follow: "BBC Radio", "Virgin Radio".
_RADIO = re.compile(r"\S \bRadio$")
# A station's own words after it: one or two capitalised words ("Scotland", "Five Live").
_STATION = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")
# A side's plural nickname right after its town: " Marlins", " Twins"; not before another
# capitalised word or a possessive's "'s".
_NICKNAME = re.compile(r" ([A-Z][a-z]+[a-rt-z]s)(?![\w'’-]| [A-Z])")
_THE_BEFORE = re.compile(r"(?:^|\b)(?:the|The) $")
# A conjunction the model ran into the end of a mention: "Leeds United and".
_TRAILING_AND = re.compile(r" (?:and|&)$")
# An "and" that ends an organisation's span inside what it is for, of or on: the model cut the
# name there ("for Assigned Names and"). Not after a name alone ("Power Page and" + "Apple
# Insider" are two), nor where the span ends in "of" ("the Quarterly Economic Commentary of" +
# "Strathclyde University": a publication and its owner).
_DANGLING_AND = re.compile(r" (?:for|of|on) .+ (?:and|&)$")


def _named_side(text: str, m: RawMention) -> bool:
    """Whether the model's one PERSON mention is a side's town and nickname after "the": it
    rejoins "Florida" GPE + "Marlins" PERSON as a person."""
    if m.label != "PERSON" or not _THE_BEFORE.search(text, max(0, m.start - 4), m.start):
        return False
    town, _, nickname = m.text.rpartition(" ")
    return (
        bool(town)
        and _NICKNAME.fullmatch(" " + nickname) is not None
        and nickname not in _not_nicknames()
        and known_place(town)
    )


# The cues whose own patterns list firms known by their names.
_KNOWN_FIRM_CUES = frozenset({"firm by its name", "business firm by its name"})


@cache
def _known_firms() -> tuple[re.Pattern[str], ...]:
    return tuple(c.pattern for c in cues() if c.name in _KNOWN_FIRM_CUES)


def _a_known_firm(name: str) -> bool:
    return any(pattern.search(name) for pattern in _known_firms())


@cache
def _not_nicknames() -> frozenset[str]:
    return frozenset(data_file("entities.json")["not_nicknames"])


@cache
def _index_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_file("entities.json")["numbered_indexes"])


def joined_names(
    text: str,
    mentions: list[RawMention],
    name_key: Callable[[str], str],
    taken: list[tuple[int, int]],
) -> list[RawMention]:
    """The mentions (sorted by start) with countries and indexes made whole and pairs of
    surnames parted; `name_key` is the entities' key of a name, `taken` the spans of other
    facts (an index's number may be no one's figure)."""
    result: list[RawMention] = []
    for m in mentions:
        last = result[-1] if result else None
        if (
            last is not None
            and last.paragraph == m.paragraph
            and text[last.end : m.start] in _AND
            and name_key(text[last.start : m.end]) in country_keys(name_key)
        ):
            result[-1] = replace(last, text=text[last.start : m.end], end=m.end, label="GPE")
            continue
        if (
            last is not None
            and text[last.end : m.start] == " "
            and _a_known_firm(text[last.start : m.end])
        ):
            result[-1] = replace(last, text=text[last.start : m.end], end=m.end, label="ORG")
            continue
        if last is not None and _station(text, last, m):
            result[-1] = replace(last, text=text[last.start : m.end], end=m.end, label="ORG")
            continue
        m = _country_grown_at_and(text, m, mentions, name_key)
        m = _airline(text, m, name_key)
        if m.text.casefold() in _index_words():
            number = _INDEX_NUMBER.match(text, m.end)
            if number is not None and not any(
                s < number.end() and number.start() < e for s, e in taken
            ):
                m = replace(m, text=text[m.start : number.end()], end=number.end())
        result.append(m)
    return _parted(text, [_without_trailing_and(m) for m in result], name_key)


def with_nicknames(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each place after "the" grown over the plural nickname after it into a
    side's name: "the Florida Marlins" (the model's "Florida" GPE and "Marlins" PERSON), "the
    Minnesota Twins" (the model's "Minnesota" GPE alone). Not a plural that names a place's
    feature or an event ("the Falkland Islands", "the Atlanta Games": data, `not_nicknames`),
    nor one another capitalised word follows ("the Boston Red Sox" is left to the model). Run
    after names are matched again, which finds the town where the model missed it."""
    result: list[RawMention] = []
    skip_to = -1
    for index, m in enumerate(mentions):
        if m.start < skip_to:
            continue
        if _named_side(text, m):
            result.append(replace(m, label="ORG", cue="TEAM"))
            continue
        found = _NICKNAME.match(text, m.end) if m.label in ("GPE", "LOC", "ORG") else None
        if (
            found is None
            or found.group(1) in _not_nicknames()
            or not (
                _THE_BEFORE.search(text, max(0, m.start - 4), m.start)
                or m.text.startswith(("the ", "The "))
            )
        ):
            result.append(m)
            continue
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        if after is not None and after.start < found.end() and after.end != found.end():
            result.append(m)  # the word begins a longer name of the model's
            continue
        skip_to = found.end()
        grown = replace(m, text=text[m.start : found.end()], end=found.end(), label="ORG")
        result.append(replace(grown, cue="TEAM"))
    return result


# A nickname in quotes between a first name and a surname: " 'Head' ", ' "The Cat" ', and
# one with a lower-case "the" and the writer's space before the closing quote: ' "the
# Hurricane " '.
_QUOTED_NICKNAME = re.compile(r" ['‘\"“](?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? ?['’\"”] ")


def quoted_nicknames(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with a first name and a surname the model split at a quoted nickname
    between them one person: "Brian 'Head' Welch" gives `Brian` and `Welch` apart, so the later
    "Welch added" joins no full name (the model keeps "David "Fathead" Newman" whole). The first
    part is one common first name tagged PERSON, the second one capitalised word. A nickname
    the model tagged on its own in between ('Alex "the Hurricane" Higgins' gives `Hurricane`
    WORK_OF_ART, seed 71) is no name of its own and goes."""
    result: list[RawMention] = []
    skip = 0
    for index, m in enumerate(mentions):
        if skip:
            skip -= 1
            continue
        for inner in (0, 1):
            after = mentions[index + 1 + inner] if index + 1 + inner < len(mentions) else None
            if (
                after is not None
                and m.label == "PERSON"
                and " " not in m.text
                and m.text.casefold() in first_names()
                and " " not in after.text
                and after.text[:1].isupper()
                and _QUOTED_NICKNAME.fullmatch(text, m.end, after.start) is not None
            ):
                joined = text[m.start : after.end]
                result.append(replace(m, text=joined, end=after.end, label="PERSON"))
                skip = 1 + inner
                break
        else:
            result.append(m)
    return result


_NEXT_WORD = re.compile(r" ([A-Z][a-z]+|[A-Z]{2,})\b")  # "Executive", "FA"


@cache
def _national_bodies() -> frozenset[str]:
    return frozenset(data_file("entities.json")["national_bodies"])


# The adjectives of the UK's nations, whose public bodies the news names by the adjective and a
# kind word alone ("English Heritage", "Scottish Executive").
_UK_NATIONS = frozenset({"English", "Scottish", "Welsh", "British", "Irish"})


def _nation_and_body(name: str) -> bool:
    """Whether `name` is a UK nation's adjective and a public body's word: "English Heritage"."""
    words = name.split(" ")
    return len(words) == 2 and words[0] in _UK_NATIONS and words[1] in _national_bodies()


def _a_nation_alone(m: RawMention) -> bool:
    """Whether a mention is a nationality alone: the model's NORP, or a UK nation's adjective
    it tagged ORG with its "the" ("backed by the Scottish Screen" gives "the Scottish" ORG and
    "Screen" ORG: seed 103's `Scottish` NORP; round r41-places)."""
    if m.label == "NORP":
        return True
    return m.label == "ORG" and m.text.removeprefix("the ").removeprefix("The ") in _UK_NATIONS


def national_bodies(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each nationality grown over the body's word after it into the body, an
    organisation: "the Scottish Executive" (the model's "Scottish" NORP). A mention of the
    model's over the body's word alone gives way ("Library" PERSON of "British Library"). A UK
    nation's adjective and the body's word the model tagged PERSON or NORP whole is the body
    ("English Heritage" PERSON, "English Nature" NORP; round r37b-fields). A UK nation's
    adjective the model tagged ORG with its "the" grows the same way (`_a_nation_alone`)."""
    result: list[RawMention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue  # the body's word, now inside the grown name
        if m.label in ("PERSON", "NORP") and _nation_and_body(m.text):
            # "English Heritage" PERSON (seed 80), "English Nature" NORP: the body.
            result.append(replace(m, label="ORG", cue="ORG"))
            continue
        found = _NEXT_WORD.match(text, m.end) if _a_nation_alone(m) else None
        if found is not None and found.group(1) == "Re" and text.startswith("-", found.end()):
            found = None  # "Swiss Re-insurance": a hyphened word's prefix, no reinsurer
        if found is None or found.group(1) not in _national_bodies():
            result.append(m)
            continue
        skip_to = found.end()
        result.append(replace(m, text=text[m.start : found.end()], end=found.end(), label="ORG",
                              cue="ORG"))  # fmt: skip
    return result


@cache
def _party_openers() -> tuple[frozenset[str], frozenset[str]]:
    data = data_file("entities.json")["party_openers"]
    return frozenset(data["openers"]), frozenset(data["words"])


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def parties_cut_at_opener(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each party's word the model tagged alone grown over the first word of the
    party's name before it, which the model leaves untagged where the name opens a sentence:
    "Liberal Democrat education spokesman Phil Willis said" gives the model's "Democrat", and
    the article means the Liberal Democrats, not the US party (`party_openers`). The label
    stays the model's (a party's member is NORP, the party ORG)."""
    openers, words = _party_openers()
    taken_ends = {m.end for m in mentions}
    result: list[RawMention] = []
    for m in mentions:
        found = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
        if (
            found is None
            or m.text not in words
            or found.group(1) not in openers
            or found.end(1) in taken_ends  # "Liberal" tagged apart: rejoined elsewhere
        ):
            result.append(m)
            continue
        start = found.start(1)
        result.append(replace(m, text=text[start : m.end], start=start))
    return result


@cache
def _heads_before_of() -> frozenset[str]:
    return frozenset(data_file("entities.json")["heads_before_of"])


# A name after a head's "of": one to three capitalised words ("Fraser", "Commons").
_NAME_AFTER_OF = re.compile(r"[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,2}")


def heads_cut_at_of(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a body's head word the model tagged alone joined over its "of" to the name
    it tagged after it, as one organisation: "after House of Fraser and Woolworths disappointed
    investors" (the model's "House" ORG and "Fraser" GPE), "the Council of Europe". Not over
    a person's full name ("a House of Tony Blair's"), nor where the head is part of a longer
    name ("Bank" alone only: "Royal Bank of Scotland" is whole already)."""
    result: list[RawMention] = []
    skip = -1
    for index, m in enumerate(mentions):
        if index == skip:
            continue
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        head = m.text[4:] if m.text.startswith(("the ", "The ")) else m.text
        if (
            after is None
            or head not in _heads_before_of()
            or m.label == "PERSON"
            or text[m.end : after.start] != " of "
            or not _NAME_AFTER_OF.fullmatch(after.text)
            or person_by_first_name(after.text)
        ):
            result.append(m)
            continue
        skip = index + 1
        result.append(
            replace(m, text=text[m.start : after.end], end=after.end, label="ORG", cue="ORG")
        )
    return result


@cache
def _national_events() -> re.Pattern[str]:
    kinds = "|".join(data_file("entities.json")["national_events"])
    # The kind word, after at most one more capitalised word ("Indoor"), ending the name.
    return re.compile(rf" ((?:[A-Z][a-z]+ )?(?:{kinds}))(?![\w'’-]| [A-Z])")


# The kinds of tournaments named for a country or a city ("US Open", "Monaco Grand Prix"),
# fewer than a nationality's: "a Wales Cup squad" is the country's side.
_PLACE_EVENTS = re.compile(
    r" ((?:[A-Z][a-z]+ )?(?:Open|Masters|Grand Prix|Championships))(?![\w'’-]| [A-Z])"
)

# A capitalised word right before a mention, inside its sentence: a longer name holds it.
_NAME_BEFORE = re.compile(r"[a-z,;] [A-Z][\w'’.-]* $")


def national_events(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each nationality the model tagged alone grown over an event's kind word
    after it into the event (see the module docstring): "the Irish Open final" (the model's
    "Irish" NORP)."""
    starts = {m.start for m in mentions}
    result: list[RawMention] = []
    for m in mentions:
        found = None
        if m.label == "NORP":
            found = _national_events().match(text, m.end)
        elif m.label == "GPE" and " " not in m.text:
            # "the US Open champion", "the Qatar Open": a country or a city the model tagged
            # alone before the kind of a tournament named for its place.
            found = _PLACE_EVENTS.match(text, m.end)
        if (
            found is None
            or found.start(1) in starts
            or _NAME_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
        ):
            result.append(m)
            continue
        result.append(
            replace(
                m, text=text[m.start : found.end()], end=found.end(), label="EVENT", cue="EVENT"
            )
        )
    return result


@cache
def _national_seas() -> dict[str, frozenset[str]]:
    table = data_file("entities.json")["national_seas"]
    return {kind: frozenset(table[kind]) for kind in ("ocean", "sea")}


_SEA_WORD = re.compile(r" (ocean|sea)(?![\w'’-])")


def national_seas(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each people's adjective the model tagged alone before a lower-case "ocean"
    or "sea" grown into the sea it names (see the module docstring): "the Indian ocean" LOC."""
    result: list[RawMention] = []
    for m in mentions:
        found = _SEA_WORD.match(text, m.end) if m.label == "NORP" else None
        if found is not None and m.text in _national_seas()[found.group(1)]:
            m = replace(
                m, text=text[m.start : found.end()], end=found.end(), label="LOC", cue="LOC"
            )
        result.append(m)
    return result


@cache
def _channel_numbers() -> re.Pattern[str]:
    numbers = "|".join(data_file("entities.json")["channel_numbers"])
    return re.compile(rf" (?:{numbers})(?![\w'’-]| of\b| [A-Z])")


# The hours of a rolling news channel after its "News": "BBC News" + " 24" (the model's DATE).
# Not before "hours" or "-hour", a count of hours after a name.
_NEWS_HOURS = re.compile(r" 24(?![\w'’-]| hours?\b)")


def numbered_channels(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each organisation the model tagged without the number in words after it
    grown over the number into its channel (see the module docstring): "BBC" + "Three"; and a
    news channel's name ending in "News" over its "24" (round r36-govt): "BBC News 24", which
    the model cuts before the number it reads as a date."""
    result: list[RawMention] = []
    for m in mentions:
        found = _channel_numbers().match(text, m.end) if m.label == "ORG" else None
        if found is None and m.label == "ORG" and m.text.endswith(" News"):
            found = _NEWS_HOURS.match(text, m.end)
        if found is not None:
            m = replace(m, text=text[m.start : found.end()], end=found.end())
        result.append(m)
    return result


@cache
def _words_before_their_noun() -> frozenset[str]:
    return frozenset(data_file("entities.json")["words_before_their_noun"])


# The noun right after a name cut before it: one capitalised word ("Minister").
_NOUN_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?!['’-])")


def names_cut_before_noun(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each organisation's name the model ended in a word that goes before a
    post's noun ("Prime") run on over that noun: "the Office of the Deputy Prime Minister" is
    one body, not "the Office of the Deputy Prime" and a word left out. Only an organisation's
    ("Prime" PERSON is no body's), and not where another mention holds the noun."""
    starts = {m.start for m in mentions}
    result: list[RawMention] = []
    for m in mentions:
        noun = _NOUN_AFTER.match(text, m.end)
        if (
            m.label == "ORG"
            and m.text.rsplit(" ", 1)[-1] in _words_before_their_noun()
            and noun is not None
            and noun.start(1) not in starts
        ):
            m = replace(m, text=text[m.start : noun.end()], end=noun.end())
        result.append(m)
    return result


@cache
def body_kinds() -> frozenset[str]:
    """The kind words that end a body's name: "Council", "Federation" (`body_kinds`)."""
    return frozenset(data_file("entities.json")["body_kinds"])


def with_continued_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions (sorted by start), each body's name the model cut after an "and" made whole
    with the mention one space after it (see the module docstring)."""
    result: list[RawMention] = []
    for m in mentions:
        last = result[-1] if result else None
        if last is not None and _name_goes_on(text, last, m):
            result[-1] = replace(last, text=text[last.start : m.end], end=m.end, label="ORG")
            continue
        result.append(m)
    return result


def _name_goes_on(text: str, first: RawMention, m: RawMention) -> bool:
    """Whether the model's mention `first` ends in "and" and m, one space after it, goes on
    with its name: `first` is an organisation named for what it is for, of or on, or m ends in
    a body's kind word."""
    return (
        first.paragraph == m.paragraph
        and _TRAILING_AND.search(first.text) is not None
        and text[first.end : m.start] == " "
        and (
            (first.label == "ORG" and _DANGLING_AND.search(first.text) is not None)
            or m.text.rsplit(" ", 1)[-1] in body_kinds()
        )
    )


def _without_trailing_and(m: RawMention) -> RawMention:
    """The mention without an "and" the model ran into its end ("Leeds United and")."""
    found = _TRAILING_AND.search(m.text)
    if found is None or found.start() == 0:
        return m
    return replace(m, text=m.text[: found.start()], end=m.start + found.start())


def _station(text: str, radio: RawMention, m: RawMention) -> bool:
    """Whether mention m, right after a broadcaster's "Radio" (`radio`), names its station:
    "BBC Radio" + "Scotland", not "Capital Radio" + "DJ Margherita Taylor"."""
    return (
        radio.paragraph == m.paragraph
        and m.start == radio.end + 1
        and text[radio.end] == " "
        and _RADIO.search(radio.text) is not None
        and _STATION.fullmatch(m.text) is not None
        and not person_by_first_name(m.text)
    )


def _airline(text: str, m: RawMention, name_key: Callable[[str], str]) -> RawMention:
    """The mention, as an airline where it is "Air <country>" or an airline's flight."""
    if m.label == "ORG":
        flight = _FLIGHT.search(m.text)
        if flight is not None and flight.start() > 0:
            return replace(m, text=m.text[: flight.start()], end=m.start + flight.start())
        return m
    if m.label == "GPE" and name_key(m.text) in country_keys(name_key):
        before = max(0, m.start - 5)
        air = _AIR.search(text[before : m.start])
        if air is not None:
            start = before + air.start()
            return replace(m, text=text[start : m.end], start=start, label="ORG")
    return m


def _country_grown_at_and(
    text: str, m: RawMention, mentions: list[RawMention], name_key: Callable[[str], str]
) -> RawMention:
    """The mention grown to the country whose name holds an "and" where the model tagged its
    first part and left the rest untagged: "Dwight Yorke (Trinidad and Tobago)" gives the
    model's "Trinidad" GPE alone, "Tobago" nothing, in a bracket after a player or on a draw's
    line. Only a known country (`country_keys`), and only where no mention starts in the
    rest (the join of two tagged parts is `joined_names`'s)."""
    rest = _AND_REST.match(text, m.end)
    if rest is None or m.label not in _PLACE_LABELS:
        return m
    countries = country_keys(name_key)
    for end in sorted((w.end() for w in _REST_WORD.finditer(text, rest.start(1), rest.end())),
                      reverse=True):  # fmt: skip
        if name_key(text[m.start : end]) in countries:
            if any(m.end < other.start < end for other in mentions):
                return m
            return replace(m, text=text[m.start : end], end=end, label="GPE")
    return m


def _parted(
    text: str, mentions: list[RawMention], name_key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions, with "Blair-Brown" two people where both are named in full elsewhere, and
    "Everton and Arsenal" two names where the article names each alone elsewhere or where they
    end a list ("Chelsea, Everton and Arsenal")."""
    glued = [m for m in mentions if _HYPHENED.fullmatch(m.text) or _JOINED_PAIR.fullmatch(m.text)]
    if not glued:
        return mentions  # most articles: nothing to part, no key to compute
    surnames = {
        m.text.split()[-1].casefold()
        for m in mentions
        if m.label == "PERSON" and " " in m.text and "-" not in m.text
    }
    labels: dict[str, str] = {}
    for m in mentions:
        labels.setdefault(name_key(m.text), m.label)
    # By identity: `m in glued` compared every mention with every glued one field by field,
    # which made an article of thousands of mentions quadratic.
    glued_ids = {id(m) for m in glued}
    result: list[RawMention] = []
    for m in mentions:
        listed = bool(result) and text[result[-1].end : m.start] == ", "
        if id(m) in glued_ids and m.label == "ORG" and _backed_pair(text, m):
            result.extend(_backers(m))
            continue
        parts = _parts(m, surnames, labels, name_key, listed) if id(m) in glued_ids else None
        result.extend(parts or [m])
    return result


def _backed_pair(text: str, m: RawMention) -> bool:
    """Whether m is two bodies glued at "and" after their backers' words ("commissioned by UK
    Sport and Sport England"): one span of the model's, ORG, each side a capitalised name."""
    if _BACKERS.search(text, max(0, m.start - 40), m.start) is None:
        return False
    joined = _JOINED_PAIR.fullmatch(m.text)
    if joined is None or joined.group(2) != "and":
        return False
    sides = (joined.group(1), joined.group(3))
    return (
        all(_BODY_SIDE.fullmatch(side) for side in sides)
        and any(" " in side.removeprefix("the ") for side in sides)
        and not any(person_by_first_name(side) or known_place(side) for side in sides)
    )


def _backers(m: RawMention) -> list[RawMention]:
    """The two bodies glued at "and" in m (`_backed_pair`), ORG each: "funded by UK Sport and
    Sport England" names two bodies that fund, as "funded by Sport England" names one."""
    joined = _JOINED_PAIR.fullmatch(m.text)
    assert joined is not None
    first, second = joined.group(1), joined.group(3)
    return [
        replace(m, text=first, end=m.start + len(first), label="ORG"),
        replace(m, text=second, start=m.start + joined.start(3), label="ORG"),
    ]


def _parts(
    m: RawMention,
    surnames: set[str],
    labels: dict[str, str],
    name_key: Callable[[str], str],
    listed: bool,
) -> list[RawMention] | None:
    """The two names glued in mention m, or None where it is one name; `listed` where a name
    and a comma come right before it."""
    pair = _HYPHENED.fullmatch(m.text)
    if pair is not None:
        if not all(p.casefold() in surnames for p in pair.groups()):
            return None
        cut = m.start + pair.end(1)
        return [
            replace(m, text=pair.group(1), end=cut, label="PERSON"),
            replace(m, text=pair.group(2), start=cut + 1, label="PERSON"),
        ]
    joined = _JOINED_PAIR.fullmatch(m.text)
    if joined is None or name_key(m.text) in country_keys(name_key):
        return None  # "Trinidad and Tobago" is one country, though "Trinidad" is named alone
    first, second = joined.group(1), joined.group(3)
    keys = (name_key(first), name_key(second))
    # The end of a list: two words joined by "and" after "Chelsea, " (not "& Spencer").
    tail = listed and joined.group(2) == "and" and " " not in first + second
    if not tail and not all(k in labels or k in surnames for k in keys):
        return None
    # Each side is labelled as the article's own mention of it (a surname: a person), else as
    # the glued mention.
    first_label, second_label = (
        labels.get(k) or ("PERSON" if k in surnames else m.label) for k in keys
    )
    second_start = m.start + joined.start(3)
    return [
        replace(m, text=first, end=m.start + len(first), label=first_label),
        replace(m, text=second, start=second_start, label=second_label),
    ]


@cache
def _bodies_before_country() -> frozenset[str]:
    return frozenset(data_file("entities.json")["bodies_before_country"])


# "of" and a country's name of one to three capitalised words, with its "the": "of Britain",
# "of the United States". The name ends where no capitalised word follows.
_OF_COUNTRY = re.compile(r" of ((?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?![\w'’-])")


def bodies_cut_before_country(
    text: str, mentions: list[RawMention], name_key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions (sorted by start), a body's name the model ended at its kind word right
    before "of" and a country grown over the country, as one organisation: "The Muslim Council
    of Britain urged" gives the model's "Muslim Council" ORG and "Britain" GPE, and the body is
    no council of its own beside a country the article talks of (the kind words are data,
    `bodies_before_country`). Only a name of two words or more ("Council of Europe" alone is
    `heads_cut_at_of`'s), not a person's, and only before a country ("the Arts Council of
    Bristol": a town's council is written so, and the model may be right to part them)."""
    result: list[RawMention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue  # the country, now inside the grown name
        words = (m.text[4:] if m.text.startswith(("the ", "The ")) else m.text).split()
        found = _OF_COUNTRY.match(text, m.end)
        if (
            found is None
            or m.label == "PERSON"
            or len(words) < 2
            or words[-1] not in _bodies_before_country()
            or name_key(found.group(1)) not in country_keys(name_key)
        ):
            result.append(m)
            continue
        skip_to = found.end()
        result.append(replace(m, text=text[m.start : found.end()], end=found.end(), label="ORG",
                              cue="ORG"))  # fmt: skip
    return result
