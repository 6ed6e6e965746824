"""Bodies the model cuts in politics news: a party after its country's initials, a body's name
cut at its plural possessive.

"UK Independence Party leader Roger Knapman said": the model tags the initials alone, a
country (`UK` GPE), and leaves the party's name after them untagged or cut ("Independence
Party"); where a country's initials are followed by one to three capitalised words and "Party",
the initials are the party's first word and the whole is one organisation (round r38-civic,
seed 90's politics/373).

"five awards from the Boston Critics' Circle": the model stops at the plural possessive's
apostrophe (`Boston Critics` ORG). Where a mention ends in a plural noun of people ("Critics",
"Writers", "Bankers") and an apostrophe and a body's kind word follow ("' Circle", "' Guild",
"' Union"), the name runs on over them (round r38-civic, seed 89's entertainment/352).

"The Office Genuine Check scheme means ...": the model cuts a scheme's name after its first
word, a firm's product ("Office", "iTunes", "Windows"), and reads the rest as a person
(`Genuine Check` PERSON). Where one or two capitalised words stand between "the" and a
mention right before "scheme|initiative|project|programme|campaign", or between a sentence's
start and a mention that "was (first) introduced as a (pilot) scheme", the name runs back
over them, the scheme's whole name, an organisation as the house gives schemes (round
r43b-civic, seed 129's tech/308).

"the Board of Deputies of British Jews": the model ends the body's name before its second
"of" and tags the people's word alone (`Board of Deputies` ORG, `British` NORP). Where a body's
name that opens with its kind word ("Board", "Council", "Society": data, `bodies_before_country`
and `heads_before_of`) is followed by "of", a people's word ("British", "Welsh", "Muslim") and a
plural of people ("Jews", "Farmers", "Doctors"), the name runs on over them, one organisation
(round r43b-civic, seed 129's politics/232).

"... by the Board of Deputies of British Jews and the Commission for Racial Equality": the
model tags nothing of the second body. "the", a body's kind word ("Commission", "Council",
"Institute"), "for" and one to four capitalised words (an "and" before the last) that no
mention nor other fact holds name a body, an organisation (round r43b-civic, seed 129's
politics/232).

"UK Sport said the money would go to elite athletes": the model tags a public body named by a
country and a field PERSON ("UK Sport") or a place ("Sport England" LOC). A name of two words,
a country's, region's or people's word and a field's ("Sport", "Arts", "Enterprise"), in
either order, is the body, an organisation (round r44-civic, seed 130).

"the chairman of the Police Federation of England and Wales, which represents rank and file
officers": the model ends the body's name at its first country (`Police Federation of
England` ORG) and tags the second apart (`Wales` GPE). Where a body's name ends in its kind
word ("Federation", "Association", "Society": data, `bodies_before_country`), "of" and
England, Britain or Great Britain, and "and Wales|Scotland|Northern Ireland" follows it, the
name runs on over the second country, one organisation (round r45b-civic, seeds 17, 122 and
139's politics/347).

"The group which represents university vice-chancellors, Universities UK, said": the model
tags the country alone (`UK` GPE), or a made-up "Coaches UK" PERSON. A capitalised plural noun
of members ("Universities", "Colleges", "Museums") right before "UK", "Scotland" or "Wales" is
the first word of the body that speaks for them, an organisation, whole (round r45b-civic,
seed 139's politics/246).

"Party leader Michael Howard said ...", '"Today the Tories are making more extravagant
promises"': the model tags the sentence's first word alone (`Party` ORG) or glues it to the
party after it (`Today the Tories` WORK_OF_ART). A lone "Party" that opens a sentence before a
lower-case word is no name, and a time's word ("Today", "Now", "Tonight") that opens a sentence
or a quote before "the" and a people's or party's plural is no part of it: the mention is "the
Tories", a political group, NORP (round r45b-civic, seeds 17, 122 and 139's politics/347).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.capitals import opens_sentence
from factx.extract.evidence import a_people_by_name
from factx.extract.first_names import opens_with_first_name
from factx.extract.place_names import known_place
from factx.extract.spans import SpanIndex
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A country's initials the model tags as the country before a party's name.
_INITIALS = frozenset({"UK", "US", "SA", "NZ"})
# The party's name after the initials: one to three capitalised words and "Party".
_PARTY = re.compile(r" (?:[A-Z][a-z]+ ){1,3}Party(?![\w'’-])")


def parties_after_initials(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a country's initials grown over the party's name right after them into
    the party, an organisation: "UK Independence Party leader" (the model's `UK` GPE, the rest
    untagged or tagged apart). The mentions inside the party's name give way. Not where the
    initials are inside a longer mention, nor where no "Party" closes the run ("UK Independence
    campaigners")."""
    result: list[RawMention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue  # inside the grown party's name
        found = _PARTY.match(text, m.end) if m.text in _INITIALS else None
        if found is None:
            result.append(m)
            continue
        end = found.end()
        if any(o.start < end < o.end for o in mentions):
            result.append(m)  # a longer name runs across the party's end
            continue
        skip_to = end
        result.append(replace(m, text=text[m.start : end], end=end, label="ORG", cue="ORG"))
    return result


# A plural noun of people that ends a body's name before its possessive's apostrophe.
_PLURAL_PEOPLE = re.compile(r"(?:^|\s)[A-Z][a-z]+(?:ers|ors|ics|ists|ians|ants|ents)$")
# The apostrophe and the body's kind word after it.
_KIND_AFTER = re.compile(
    r"['’] (?:Circle|Guild|Union|Association|Federation|Society|Council|Alliance|Forum)"
    r"(?![\w'’-])"
)


def bodies_over_plural_possessive(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a name cut at its plural possessive grown over the apostrophe and the
    body's kind word after it, an organisation: "the London Critics' Circle" (the model's
    `London Critics`), "the Writers' Guild". Only after a plural noun of people ("Critics",
    "Bankers"): a place's or a person's "s" ("Wales' Federation", "Jones' Club") is no plural.
    A mention of the kind word alone after the apostrophe gives way."""
    result: list[RawMention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue  # the kind word the model tagged alone
        if m.end >= len(text) or text[m.end] not in "'’" or not _PLURAL_PEOPLE.search(m.text):
            result.append(m)
            continue
        found = _KIND_AFTER.match(text, m.end)
        if found is None:
            result.append(m)
            continue
        end = found.end()
        if any(o.start < end < o.end for o in mentions):
            result.append(m)
            continue
        skip_to = end
        result.append(replace(m, text=text[m.start : end], end=end, label="ORG", cue="ORG"))
    return result


# The kind words of the text that a scheme's name may stand before.
_SCHEME_WORDS = re.compile(r"scheme|initiative|project|programme|campaign")
# A scheme's kind word right after its name: "the Office Genuine Check scheme".
_SCHEME_KIND = re.compile(r" (?:scheme|initiative|project|programme|campaign)s?(?![\w'’-])")
# What a scheme's name is "first introduced as": "was first introduced as a pilot scheme".
_INTRODUCED = re.compile(
    r" (?:was|is|has been|had been) (?:first |originally |initially )?"
    r"(?:introduced|launched|piloted|trialled) as an? (?:[\w-]+ )?"
    r"(?:scheme|initiative|project|programme)(?![\w'’-])"
)
# A capitalised word, or a product's word in camel case ("iTunes"), of a scheme's name.
_WORD = r"(?:[A-Z][\w'’-]*|[a-z]+[A-Z][\w'’-]*)"
# One or two such words after "the", right before the mention: "the Office " + "Genuine Check".
_AFTER_THE = re.compile(rf"(?<![\w'’-])[Tt]he ((?:{_WORD} ){{1,2}})$")
# One or two such words opening a sentence, right before the mention.
_OPENING = re.compile(rf"(?:^|[.!?][\"”’']? |\n)((?:{_WORD} ){{1,2}})$")
# Words that open a sentence or follow "the" and are no word of a scheme's name.
_NOT_NAME_WORDS = frozenset(
    {"The", "A", "An", "But", "And", "This", "That", "Its", "His", "Her", "Their", "New", "In",
     "On", "At", "For", "With", "Last", "Next", "Government", "Government's"}
)  # fmt: skip


def schemes_whole(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a scheme's name the model cut after its first word or two grown back over
    them, an organisation (see the module docstring): "The Office Genuine Check scheme" (the
    model's `Genuine Check` PERSON), "iTunes Authentic Licence was first introduced as a pilot
    scheme" (`iTunes` PRODUCT, `Licence` PERSON). The mentions inside the words taken give way.
    Only the model's PERSON that opens with no common first name ("the ITV Jonathan Dimbleby
    programme" is a presenter's); not over a word that opens sentences ("But", "The") nor over
    a mention that runs past the mention's start; the model's whole name ("The Windows Genuine
    Advantage scheme") is left to the cues "scheme between the and its kind" and "name
    introduced as a scheme"."""
    if not _SCHEME_WORDS.search(text):
        return mentions
    result: list[RawMention] = []
    for m in mentions:
        words = None
        if m.label != "PERSON" or opens_with_first_name(m.text):
            pass  # "the ITV Jonathan Dimbleby programme": a presenter's show
        elif _SCHEME_KIND.match(text, m.end):
            found = _AFTER_THE.search(text, max(0, m.start - 60), m.start)
            words = found.group(1) if found else None
        elif _INTRODUCED.match(text, m.end):
            found = _OPENING.search(text, max(0, m.start - 60), m.start)
            words = found.group(1) if found else None
        if not words or any(w in _NOT_NAME_WORDS for w in words.split()):
            result.append(m)
            continue
        start = m.start - len(words)
        if any(o.start < start < o.end for o in mentions):
            result.append(m)  # a longer name runs across the words' start
            continue
        while result and result[-1].start >= start:
            result.pop()  # a mention inside the words taken ("iTunes" PRODUCT)
        result.append(replace(m, text=text[start : m.end], start=start, label="ORG", cue="ORG"))
    return result


# "of", a people's word and a plural of people after a body's name: " of British Jews".
_OF_A_PEOPLE = re.compile(r" of (?P<people>[A-Z][a-z]+) [A-Z][a-z]+s(?![\w'’-]| [A-Z])")


@cache
def _body_kinds() -> frozenset[str]:
    data = data_file("entities.json")
    return frozenset(data["bodies_before_country"]) | frozenset(data["heads_before_of"])


def bodies_of_a_people(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a body's name the model ended before "of <People> <Plural>" grown over
    them, an organisation (see the module docstring): "the Board of Deputies of British Jews"
    (the model's `Board of Deputies` ORG and `British` NORP). Only a name that opens with a
    body's kind word after its "the" ("Board of Deputies", "Council of Welsh Farmers" cut
    short), never the model's PERSON; the people's word must be one (by the lists: "British",
    not "Smith Brothers"), and no capitalised word may follow the plural (a longer name). A
    mention inside the words taken gives way."""
    if " of " not in text:
        return mentions
    result: list[RawMention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue  # the people's word the model tagged alone
        found = _OF_A_PEOPLE.match(text, m.end)
        first = (m.text[4:] if m.text.startswith(("the ", "The ")) else m.text).split(" ", 1)[0]
        if (
            found is None
            or m.label == "PERSON"
            or first not in _body_kinds()
            or not a_people_by_name(found["people"])
            or any(o.start < found.end() < o.end for o in mentions)
        ):
            result.append(m)
            continue
        skip_to = found.end()
        result.append(replace(m, text=text[m.start : skip_to], end=skip_to, label="ORG", cue="ORG"))
    return result


# A body's kind word before "for" and what it serves.
_KINDS_FOR = (
    r"(?:Commission|Council|Board|Institute|Centre|Center|Campaign|Foundation|Trust|Society"
    r"|Committee|Alliance|Coalition|Association|Federation|Authority|Agency|Fund) for "
)
# The one search of the whole text that rules most articles out (`bodies_for_a_field`).
_BODY_FOR_GUARD = re.compile(_KINDS_FOR + "[A-Z]")
# "the Commission for Racial Equality": "the", a body's kind word, "for" and what it serves.
_BODY_FOR = re.compile(
    rf"(?<![\w'’-])[Tt]he (?P<body>{_KINDS_FOR}(?:[A-Z][a-z]+ ){{0,2}}[A-Z][a-z]+"
    r"(?: and [A-Z][a-z]+)?)(?![\w'’-]| [A-Z]| of\b)"
)


def bodies_for_a_field(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with a body named "the <Kind> for <Field>" that the model left out
    ("and the Commission for Racial Equality") as an organisation, without its "the" (see the
    module docstring). Not where any mention or other fact overlaps the name (the model's own
    "the Institute for Fiscal Studies" stays), nor before another capitalised word or "of" (a
    longer name whose end is unknown). Guarded by one search of the text for a kind word and
    "for" before a capital."""
    if not _BODY_FOR_GUARD.search(text):
        return list(mentions)
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    found: list[RawMention] = []
    for layout in layouts:
        for match in _BODY_FOR.finditer(text, layout.offset, layout.end):
            start, end = match.span("body")
            if not covered.overlaps(match.start(), end):
                found.append(add(text, layout, start, end, "ORG", "ORG"))
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda m: m.start)


@cache
def _field_words() -> frozenset[str]:
    return frozenset(data_file("entities.json")["served_fields"])


# Labels the model gives a public body named by a place and a field: a person's, a place's.
_PLACE_FIELD_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def place_field_bodies(mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each body named by a place and a field ("UK Sport", "Sport England",
    "Sport Scotland", "Welsh Sport") an organisation: the model tags "UK Sport" PERSON and
    "Sport England" LOC (seed 130), though no person is named by a country and a field, and a
    place is not named by its sports council. The place is a country, a region or a people's
    word (`a_people_by_name`, `known_place`), the field one of `served_fields` ("Sport",
    "Arts", "Enterprise", "Heritage") and no place's word itself; two words exactly, so
    "British Sport Council" or "England" alone are left. Guarded by the label and the field's
    word, two set look-ups, before the place's lists."""
    result: list[RawMention] = []
    for m in mentions:
        if m.label in _PLACE_FIELD_LABELS and _place_and_field(m.text):
            m = replace(m, label="ORG", cue="ORG")
        result.append(m)
    return result


def _place_and_field(name: str) -> bool:
    words = name.split(" ")
    if len(words) != 2:
        return False
    fields = _field_words()
    first, second = words
    if second in fields:
        place, field = first, second
    elif first in fields:
        place, field = second, first
    else:
        return False
    if not place[:1].isupper() or a_people_by_name(field) or known_place(field):
        return False
    return a_people_by_name(place) or known_place(place)


# A body's name cut at its first country: "<...> <Kind> of England|Britain|Great Britain".
_OF_FIRST_NATION = re.compile(r"(?:^|\s)(?P<kind>[A-Z][a-z]+) of (?:England|(?:Great )?Britain)$")
# The second nation after the name, whole: " and Wales", " and Northern Ireland".
_AND_NATION = re.compile(r" and (?:Wales|Scotland|Northern Ireland)(?![\w'’-]| [A-Z])")


def bodies_of_two_nations(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions (sorted by start), a body's name the model ended at its first nation
    grown over "and" and the second, one organisation: "the Police Federation of England and
    Wales" gives the model's `Police Federation of England` ORG and `Wales` GPE (seeds 17, 122
    and 139's politics/347), and the body is no federation of England beside a country. Only
    where the word before "of" is a body's kind word (`bodies_before_country`: "Federation",
    "Society", "Council"; not "Bank", "Church": "the Catholic Church in England and Wales" has
    no "of", and "the Bank of England and Wales's banks" names two), the name is no person's,
    and no capitalised word goes on after the second nation. The mention of the second nation
    gives way. Guarded by the mention's last word, a set look-up, before any pattern."""
    result: list[RawMention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue  # the second nation, now inside the grown name
        if m.label == "PERSON" or not m.text.endswith(("England", "Britain")):
            result.append(m)
            continue
        cut = _OF_FIRST_NATION.search(m.text)
        found = _AND_NATION.match(text, m.end) if cut is not None else None
        if (
            cut is None
            or found is None
            or cut.group("kind") not in _bodies_before_country()
            or any(o.start < found.end() < o.end for o in mentions)
        ):
            result.append(m)
            continue
        skip_to = found.end()
        result.append(replace(m, text=text[m.start : found.end()], end=found.end(), label="ORG",
                              cue="ORG"))  # fmt: skip
    return result


@cache
def _bodies_before_country() -> frozenset[str]:
    return frozenset(data_file("entities.json")["bodies_before_country"])


# The nations a members' body is named for after its plural: "Universities UK".
_MEMBERS_NATIONS = frozenset({"UK", "Scotland", "Wales"})
# A plural noun of the members, capitalised, right before the nation: "Universities ".
_MEMBERS_PLURAL = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,}(?:ies|es|s)) $")
# What stands before the plural: a comma, or a lower-case word ("at", "said"); never a
# sentence's start ("Across Wales").
_BEFORE_MEMBERS = re.compile(r"(?:,|\b[a-z]+) $")
# What follows a members' body named alone: its comma, its words or its post.
_AFTER_MEMBERS = re.compile(
    r"[,.;:)]| (?:said|says|has|have|had|is|are|was|which|who|wants|warned|chief|president"
    r"|spokesman|spokeswoman|director|head|chairman)\b"
)
# The labels the model gives such a body tagged whole: a person's, a place's.
_MEMBERS_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def members_bodies(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a body named "<Members> UK|Scotland|Wales" ("Universities UK",
    "Colleges Scotland") an organisation, whole: the model tags its nation alone (`UK` GPE,
    seed 139's politics/246) or the whole a person. The plural ends in "s" and is no place's
    nor people's word and no "-ss|-us|-is" singular ("Across", "Lewis"); the model's lone
    nation grows back over an untagged plural only after a comma or a lower-case word (not at
    a sentence's start: "Across Wales") and before a comma, a verb of speech or a post, so a
    side's "Ospreys Wales flanker" and "the Lions Scotland tour" stay. Guarded by the
    mention's last word, a set look-up, before any pattern."""
    result: list[RawMention] = []
    for m in mentions:
        last = m.text.rsplit(" ", 1)[-1]
        if last not in _MEMBERS_NATIONS or m.label not in _MEMBERS_LABELS:
            result.append(m)
            continue
        if " " in m.text:
            words = m.text.split(" ")
            if len(words) == 2 and _members_word(words[0]):
                m = replace(m, label="ORG", cue="ORG")
            result.append(m)
            continue
        plural = _MEMBERS_PLURAL.search(text, max(0, m.start - 30), m.start)
        if (
            plural is None
            or not _members_word(plural.group(1))
            or _BEFORE_MEMBERS.search(text, max(0, plural.start() - 20), plural.start()) is None
            or _AFTER_MEMBERS.match(text, m.end) is None
            or (result and result[-1].end > plural.start())
        ):
            result.append(m)
            continue
        start = plural.start(1)
        result.append(replace(m, text=text[start : m.end], start=start, label="ORG", cue="ORG"))
    return result


def _members_word(word: str) -> bool:
    """Whether `word` may be a plural noun of a body's members: an "s" plural that is no
    place's nor people's word."""
    return (
        _MEMBERS_PLURAL.fullmatch(word + " ") is not None
        and not word.endswith(("ss", "us", "is"))
        and not known_place(word)
        and not a_people_by_name(word)
    )


# A time's word opening a sentence, run into "the" and a group after it: "Today the Tories".
_TIME_THE = re.compile(r"(?:Today|Tonight|Now|Yesterday|Tomorrow) (?P<group>the [A-Z][\w'’-]+)")
# A lower-case word after a lone "Party": "Party leader", "Party officials".
_LOWER_AFTER = re.compile(r" [a-z]")


def without_opening_time_words(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, less a sentence's first word the model took for a name or a name's part
    (see the module docstring): a lone "Party" before a lower-case word ("Party leader Michael
    Howard said": the party is named elsewhere, or not at all) goes, and "Today the Tories"
    (WORK_OF_ART) is "the Tories", NORP, where the rest is a people's or a party's plural
    (`a_people_by_name`). Only at a sentence's or a quote's start ("ITV's Today the Tories
    Fight Back" is a title's), never a title of the article's own words. Guarded by the
    mention's first letters, a string test, before any pattern."""
    result: list[RawMention] = []
    for m in mentions:
        if m.text == "Party":
            if _LOWER_AFTER.match(text, m.end) and opens_sentence(text, m.start):
                continue  # "Party leader Michael Howard said"
        elif m.text.startswith(("Today the ", "Tonight the ", "Now the ", "Yesterday the ",
                                "Tomorrow the ")):  # fmt: skip
            found = _TIME_THE.fullmatch(m.text)
            if (
                found is not None
                and a_people_by_name(found.group("group")[4:])
                and opens_sentence(text, m.start)
            ):
                start = m.start + found.start("group")
                m = replace(m, text=found.group("group"), start=start, label="NORP", cue="NORP")
        result.append(m)
    return result
