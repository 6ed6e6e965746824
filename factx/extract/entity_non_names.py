"""Capitalised words that are no names, though the model tags them.

British news capitalises some common nouns of its institutions: "as the Bill passes", "the two
Houses" (a bill under debate, the houses of parliament). Alone after a determiner or a number
these are no one's name (the words are data: `common_nouns` in `factx/data/entities.json`); a
name that holds them stays ("the Disability Bill", "the Houses of Parliament"). An adverb that
opens a sentence ("Symbolically, the vote ...") is tagged a name by its capital only, or run
into the name after it ("Nevertheless Franz Ferdinand were"), as is a verb that opens one
("Follow Neil MacFarquhar on Twitter"), and the
plural of a role is a group of people, no name ("Labour MPs", "the MEPs"; the roles are those of
`factx/data/aliases.json`).

Technology news names its technologies, standards and formats in capitals ("DRM", "USB",
"3D", "Wap"), which the model tags as firms or people; they are no one's name (OntoNotes
leaves them untagged), nor are their plurals ("SMSes") or their words written out
("Digital Rights Management"); the terms are data (`technology_terms`), as are the short forms
of commodities energy news writes in capitals ("LNG", "LPG"; `commodity_terms`). A short form the
article spells out in lower case ("digital rights management (DRM)") is such a term too,
listed or not: an organisation's name is written with capitals. A government's title before a
person's name is no name either ("Defense Secretary Ash Carter"; `portfolio_titles`). On the
short lines of a results page or a scorecard, the labels of its rows and headings are no names
("Extras ( lb-3 nb-2 ) 5", "FRIDAY , MAY 2 SCHEDULE", "Halftime 1-0"; `table_labels`).

The letters of a barrister's rank after a person's name are no name alone ("Richard Mawrey,
QC", "a QC"; `post_nominals`); an honour's are an award's ("awarded the CBE").

A unit beside its figure is no name: "16 GB" and "5 MB" are amounts of data, though "GB" is
also Great Britain's initials, and "USD" in "$99 (USD)" or "USD 40" is a currency's code (the
codes of `factx/data/currencies.json`), which the model tags as a firm; "1200 GMT" and "9 a.m.
EST" are a clock's zone (the zones of `factx/data/timezones.json`).

A kind of music is no name either ("a Britpop revival" PERSON, "Hip-Hop" PERSON;
`bands.genres`).

Nor is a hyphened adjective of crossing regions before a lower-case noun ("Euro-Atlantic
integration"), a catchphrase written in title case ("the Next Big Thing"; `catchphrases`), a
stage of the national curriculum ("Key Stage 3", `school_stage`), nor a
plural common noun that opens a sentence before "in" ("Slowdowns in the US could hit exports").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.acronyms import initials_of
from factx.extract.capitals import capitalised_inside, opens_sentence
from factx.extract.entity_joins import body_kinds
from factx.extract.evidence import a_language, country_keys, cue_of
from factx.extract.first_names import first_names, person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from factx.extract.entities import RawMention

# The words before a common noun: "the Bill", "the two Houses", "this Bill", "both Houses".
# A capital "The" only opens a sentence: inside one it opens a title ("ITV's The Bill").
_DETERMINED = re.compile(
    r"(?:\b(?:the|this|that|both|two|these|those|each)|(?:^|[.!?][\"'’”]? )(?:The|This|Both))"
    r"(?: two| both)?\s+$"
)


@cache
def _roles() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_file("aliases.json")["roles"])


@cache
def _common_nouns() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_file("entities.json")["common_nouns"])


# A lower-case word just before a plural: "bring in bad Bills", "amend many Bills".
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][a-z-]* $")


def common_noun(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a capitalised common noun after a determiner ("the Bill"),
    or its plural after any lower-case word ("too many bad Bills"): a plural names no one
    bill, and a side's name ("the Buffalo Bills") has its town before it."""
    word = text[start:end]
    if word.casefold() not in _common_nouns():
        return False
    if _DETERMINED.search(text, max(start - 16, 0), start) is not None:
        return True
    return (
        word.endswith("s")
        and _LOWER_WORD_BEFORE.search(text, max(start - 30, 0), start) is not None
    )


@cache
def _document_kinds() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_file("entities.json")["document_kinds"])


# An article, a possessive or "new" before a paper's kind: "a new White Paper", "its Green
# Paper", "the Government's White Paper", "The latest White Paper". Round r43b-civic (seed 127's
# politics/033, "last year's transport White Paper" ORG): a field's noun or two in lower case
# may stand between ("the government's energy White Paper", "a new schools White Paper").
_DOCUMENT_DETERMINED = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Nn]ew)|['’]s?)"
    r"(?: (?:new|latest|draft|long-awaited|forthcoming|government|consultation))?"
    r"(?: [a-z][a-z-]+){0,2}\s+$"
)


def document_kind(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a government paper's kind ("White Paper", "Green Paper")
    after an article, a possessive or "new": "Mr Straw launched a new White Paper on the EU" is
    a kind of document, no body and no name (seed 105's `White Paper` ORG); so is "last year's
    transport White Paper", a field's noun between (round r43b-civic). A paper's own name
    holds more words ("the White Paper on Defence" keeps no name either: the kind is all)."""
    if text[start:end].casefold() not in _document_kinds():
        return False
    return _DOCUMENT_DETERMINED.search(text, max(start - 30, 0), start) is not None


# A line of a sports page or a filing that is a table's or a note's heading: short.
_TABLE_LINE_MAX = 80
# A label with the score it gives ("Halftime 1-0"), as the model tags it.
_LABEL_SCORE = re.compile(r"(?: \d{1,3}-\d{1,3})?$")


@cache
def _table_labels() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_file("entities.json")["table_labels"]["words"])


def table_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] of a short line (`text` is its paragraph) is the label of a
    table's row or heading ("Extras ( lb-3 ) 5", "MONDAY , JUNE 2 SCHEDULE", "Halftime 1-0")."""
    if len(text) > _TABLE_LINE_MAX:
        return False
    first, _, _ = text[start:end].partition(" ")
    return first.casefold() in _table_labels() and bool(
        _LABEL_SCORE.match(text, start + len(first), end)
    )


def adverb(text: str, tag: str) -> bool:
    """Whether a one-word mention is an adverb in "-ly" ("Symbolically", tagged RB)."""
    return tag == "RB" and text.endswith("ly") and " " not in text


# Labels of names an opening adverb is no part of; a title may open with one ("Only Fools and
# Horses", "Still Game").
_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})


def opening_adverb(ent: Span) -> bool:
    """Whether the model ran the adverb that opens a sentence into the name after it:
    "Nevertheless Franz Ferdinand were", "Meanwhile Sony said" (its first word tagged RB, the
    next capitalised)."""
    return (
        len(ent) > 1
        and ent.label_ in _NAMES
        and ent[0].tag_ == "RB"
        and bool(ent[0].is_sent_start)
        and ent[1].is_title
    )


# Lower-case words a name may open with: a name's particles ("al-Qaeda", "van Gogh") and the
# words of a part of a place ("west London", "north America").
_NAME_OPENERS = frozenset(
    {"van", "von", "der", "den", "de", "da", "di", "du", "le", "la", "del", "della", "dos"}
    | {"das", "ter", "ten", "bin", "ibn", "al", "el", "st", "mac"}
    | {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"central", "middle", "upper", "lower", "greater", "inner", "outer", "mid"}
)


def glued_common_words(ent: Span) -> int:
    """How many lower-case words the model ran into the front of a name: a verb or a common
    noun before it ("to force Soros Foundation-Kazakhstan to cease", "Japanese bank UFJ
    Holdings"). No name opens with a plain lower-case word; a particle or a part of a place
    may ("van Gogh", "west London"), and a prefix is left whole ("ex-Yukos"). Titles keep
    theirs ("WORK_OF_ART"), and a span opening with "the" is left to the article's rules."""
    if ent.label_ not in _NAMES and ent.label_ not in {"EVENT", "LAW"}:
        return 0
    cut = 0
    while cut < len(ent) - 1 and ent[cut].is_alpha and ent[cut].is_lower:
        if ent[cut].lower_ in _NAME_OPENERS or ent[cut].lower_ == "the":
            # "the" is read where a name's article is (`with_article`): "the Proceedings of
            # the National Academy of Sciences" keeps its first words.
            return 0
        cut += 1
    return cut if cut and ent[cut].text[:1].isupper() else 0


def opening_verb(ent: Span) -> bool:
    """Whether the model ran the verb that opens a sentence into the full name after it:
    "Follow Neil MacFarquhar on Twitter", "Ask Jane Smith" (its first word tagged VB and no
    first name itself, the rest a first name and a surname: "Mark Twain" stays whole)."""
    return (
        len(ent) > 2
        and ent.label_ == "PERSON"
        and ent[0].tag_ == "VB"
        and bool(ent[0].is_sent_start)
        and ent[0].lower_ not in first_names()
        and person_by_first_name(ent[1:].text)
    )


# The labels the model gives a common noun that opens a sentence in front of the noun it
# qualifies; a place or a people keeps its own ("US actor", "Europe asks").
_QUALIFIER_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT"})


def opening_qualifier(doc: Doc, token: int, label: str) -> bool:
    """Whether the one-word mention at doc[token] may be a common noun capitalised only because
    it opens its sentence, in front of the noun it qualifies: "Software giant Microsoft", "Law
    lords", "Bass player Nicky Wire" (ORG, PERSON). The tagger reads it as a singular common
    noun (NN; "Nokia boss" and "BBC chairman" are NNP, and a plural is often a club's name:
    "Rangers manager"), and the next word is a noun in lower case. The article must also never
    write it with its capital inside a sentence (`capitals.capitalised_inside`): "Franz man
    seeks help" is the band of "Franz Ferdinand"."""
    word = doc[token]
    if label not in _QUALIFIER_LABELS or not word.is_sent_start or word.tag_ != "NN":
        return False
    if not word.is_title:
        return False  # "PCSU deputy general secretary": initials are a name's
    return token + 1 < len(doc) and doc[token + 1].is_lower and doc[token + 1].tag_ in ("NN", "NNS")


# Round r42c-titles: the endings of an adjective ("Digital", "Wireless", "Interactive").
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "less", "ous", "able", "ible", "ful")


def opening_adjective(doc: Doc, token: int, label: str) -> bool:
    """Whether the one-word mention at doc[token] may be an adjective capitalised only because
    it opens its sentence, before the lower-case noun it qualifies: "Digital radio is
    continuing to grow" (seed 124's `Digital` ORG; seeds 82 and 89 counted `Digital` ORG
    too), "Wireless networks are spreading". The tagger reads it as a proper noun or an
    adjective (NNP, JJ), the word has an adjective's ending, and the next word is a common noun
    in lower case; a verb or an adverb after it ("Continental also said") leaves it a name. As
    with `opening_qualifier`, the article must never write it with its capital inside a
    sentence (`capitals.capitalised_inside`): "Digital" of "Digital Bridges" stays; and it must
    write it in lower case too ("digital"), as a club's or a firm's name is not ("Arsenal
    fans", every "Arsenal" opening a fixture's line): `entities.RawMention.adjective`."""
    word = doc[token]
    if label not in _QUALIFIER_LABELS or not word.is_sent_start or word.tag_ not in ("NNP", "JJ"):
        return False
    if not word.is_title or not word.lower_.endswith(_ADJECTIVE_ENDINGS):
        return False
    return token + 1 < len(doc) and doc[token + 1].is_lower and doc[token + 1].tag_ in ("NN", "NNS")


def opening_modifier(doc: Doc, token: int, label: str) -> bool:
    """Whether the one-word mention at doc[token] may be an adjective capitalised only because
    it opens its sentence, before the lower-case noun it qualifies, whatever its ending:
    "Upscale department store Nordstrom said", "Quirky comedy Sideways was named" (seeds 118
    and 105: `Upscale` ORG, `Quirky` PERSON). `opening_adjective` asks for an adjective's
    ending ("Digital") and for the word in lower case elsewhere in the article, which a word
    met once never is; here the tagger itself reads an adjective (JJ: a name it reads NNP).
    As with `opening_qualifier`, the article must never write the word with its capital
    inside a sentence (`capitals.capitalised_inside`): a firm or a band named by an adjective
    ("Orange customers", then "shares in Orange") stays. Nor where the words around it are a
    name's cue (`evidence.cue_of`): "Notts police chief Steve Green" (JJ too, in the even half)
    is the county's force, a place by the cue of a place's police. Round r43-residual."""
    word = doc[token]
    if label not in _QUALIFIER_LABELS or not word.is_sent_start or word.tag_ != "JJ":
        return False
    if not word.is_title or len(word) < 3:
        return False
    if not (token + 1 < len(doc) and doc[token + 1].is_lower):
        return False
    if doc[token + 1].tag_ not in ("NN", "NNS"):
        return False
    return cue_of(doc.text, word.idx, word.idx + len(word), label) is None


# The tags of a finite verb: the word before one is its sentence's subject.
_FINITE_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


def opening_subject(doc: Doc, token: int, label: str) -> bool:
    """Whether the one-word mention at doc[token] may be a common noun capitalised only because
    it opens its sentence as the subject of a verb: "Teamwork is essential", "Cyberspace is
    becoming a destination" (ORG, PERSON). The tagger reads it as a singular common noun (NN;
    "Tesco is", "Ofcom said" are NNP) and the next word is a finite verb; as with
    `opening_qualifier`, the article must never write it with its capital inside a sentence.
    So is a common noun before "here", the subject of a verb to come ("Success here, and a
    win at home, could see them through": a name is seldom followed by "here").
    """
    word = doc[token]
    if label not in _QUALIFIER_LABELS or not word.is_sent_start or word.tag_ != "NN":
        return False
    if not word.is_title:
        return False
    return token + 1 < len(doc) and (
        doc[token + 1].tag_ in _FINITE_VERB_TAGS or doc[token + 1].text == "here"
    )


# The labels under which the model takes a plural common noun that opens a sentence before
# "in" for a name: "Slowdowns in the US and China could hit exports" (GPE). Not a club's or a
# people's ("Rangers in Europe", "Americans in Iraq"), which are plurals too.
_PLURAL_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})


def opening_plural(doc: Doc, token: int, label: str) -> bool:
    """Whether the one-word mention at doc[token] may be a plural common noun capitalised only
    because it opens its sentence before "in" and a place: "Slowdowns in the US could hit
    exports" (the tagger reads it NNS, a common noun's plural; "Philippines" is NNPS). As
    with `opening_qualifier`, the article must never write it with its capital inside a
    sentence, and a region pycountry knows stays ("Highlands in")."""
    word = doc[token]
    if label not in _PLURAL_LABELS or not word.is_sent_start or word.tag_ != "NNS":
        return False
    if not word.is_title or known_place(word.text):
        return False
    return token + 1 < len(doc) and doc[token + 1].text == "in"


# A hyphened adjective of crossing or joining regions ("Trans-Atlantic", "Euro-Atlantic",
# "Inter-Korean") before a lower-case noun: it names no place, only what the noun is about. Its
# first parts are a closed class of prefixes ("Pan-Am" is an airline: no "Pan").
_REGION_ADJECTIVE = re.compile(r"(?:Trans|Euro|Inter|Intra|Sub|Circum)-[A-Z][a-z]+")
_LOWER_NOUN_AFTER = re.compile(r" [a-z]")


def region_adjective(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a hyphened region's adjective before a lower-case noun:
    "closer Trans-Atlantic ties", "Euro-Atlantic integration" (no place, no body)."""
    return (
        _REGION_ADJECTIVE.fullmatch(text, start, end) is not None
        and _LOWER_NOUN_AFTER.match(text, end) is not None
    )


@cache
def _catchphrases() -> frozenset[str]:
    return frozenset(data_file("entities.json")["catchphrases"])


def catchphrase(name: str) -> bool:
    """Whether `name` is a catchphrase the news writes in title case ("the Next Big Thing"),
    no one's name (data `catchphrases`, a closed class): "the Holy Grail", a legend's object
    the model tags a place or a person (seeds 19, 29 and 71; round r36-bodies)."""
    bare = name[4:] if name[:4] in ("the ", "The ") else name
    return bare in _catchphrases()


# A stage of England's national curriculum, with its number or not ("Key Stage 3", "Key Stages
# 1, 3 and 4"): a school year's band, no place, building or body (round r31-seed58).
_SCHOOL_STAGE = re.compile(r"(?:[Tt]he )?Key Stages?(?: \d+(?:(?:, | and | or )\d+)*)?")


def school_stage(name: str) -> bool:
    """Whether `name` is a stage of the national curriculum ("Key Stage 2"), no name."""
    return _SCHOOL_STAGE.fullmatch(name) is not None


def plural_role(name: str) -> bool:
    """Whether `name` is the plural of a role's initials ("MPs", "MSPs"), a group of people and
    no name; not of a role's word ("the Beatles" are a band), nor a name in capitals ("MEPS", a
    consultancy)."""
    return name.endswith("s") and name[:-1].isupper() and name[:-1].casefold() in _roles()


@cache
def _post_nominals() -> frozenset[str]:
    return frozenset(data_file("entities.json")["post_nominals"])


def post_nominal(name: str) -> bool:
    """Whether `name` is the letters of a barrister's rank, written after a person's name
    ("Richard Mawrey, QC") or alone ("a QC and professor"): no name."""
    return name in _post_nominals()


@cache
def _portfolio_titles() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    table = data_file("entities.json")["portfolio_titles"]
    return frozenset(table["portfolios"]), frozenset(table["heads"]), frozenset(table["prefixes"])


# Words with spaces between them, on one line.
_SPACED = re.compile(r" *(?:\S+ +)*")
# "Secretary of State John Kerry", "Minister for Trade Liam Fox": a portfolio after its head.
_HEAD_OF = re.compile(r"\b(?:Secretary|Minister)(?:-General)? (?:of|for) (?:the )?$")
# The same after a title the model ran into a name, between it and the person: "a State
# Department Undersecretary for Management Patrick F. Kennedy".
_PORTFOLIO_AFTER = re.compile(r" (?:of|for) (?:the )?[A-Z][\w-]*(?: (?:and )?[A-Z][\w-]*){0,2} ")


def _ending_portfolio(words: list[str], portfolios: frozenset[str]) -> int:
    """How many of the last words are a portfolio with a word before it ("German Defence": 1,
    "Dutch Foreign Affairs": 2), or 0."""
    for size in (3, 2, 1):
        if len(words) > size and " ".join(words[-size:]) in portfolios:
            # A country is capitalised: "Trade and" is part of a longer portfolio's name.
            return size if words[-size - 1][:1].isupper() else 0
    return 0


# A head's portfolio with its own "for": "Secretary of State for Trade and Industry".
_PORTFOLIO_FOR = re.compile(r"State for (?:the )?[A-Z][\w-]*(?: (?:and )?[A-Z][\w-]*){0,3}")


def _portfolio_of_head(text: str, m: RawMention, portfolios: frozenset[str]) -> bool:
    """Whether `m` is only the portfolio of a title after its head, with no person after it:
    "US Secretary of State was visiting", "the Secretary of State for Health said", "the
    Minister for Trade". The model tags the portfolio ORG; it is the title's word, no body's
    name ("the State Department" is one, and so is "the Ministry of Defence")."""
    if m.label == "PERSON" or not _HEAD_OF.search(text, max(m.start - 40, 0), m.start):
        return False
    name = m.text[4:] if m.text.lower().startswith("the ") else m.text
    return name in portfolios or bool(_PORTFOLIO_FOR.fullmatch(name))


# A head's portfolio that lists its fields over commas and an "and", after its "for": "Secretary
# of State for Culture, Media and Sport", "Minister for Sport, Tourism and Heritage" (no comma
# before the "and": a list of people after a post has one or a person's first name).
_PORTFOLIO_LIST = re.compile(
    r"\b(?:Secretary|Minister)(?: of State)? for (?:the )?"
    r"(?P<fields>[A-Z][\w-]*(?: [A-Z][\w-]*)?(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)?)+ and "
    r"[A-Z][\w-]*(?: [A-Z][\w-]*)?)(?![\w'’-]| [A-Z])"
)


def _portfolio_lists(text: str) -> list[tuple[int, int]]:
    """The spans of the posts whose portfolio lists its fields (`_PORTFOLIO_LIST`), from the
    head's word to the last field; none where a field opens with a person's first name."""
    spans: list[tuple[int, int]] = []
    for found in _PORTFOLIO_LIST.finditer(text):
        fields = re.split(r", | and ", found.group("fields"))
        if not any(person_by_first_name(field) for field in fields):
            spans.append(found.span())
    return spans


def without_listed_portfolios(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, less those inside a post's listed portfolio, no person's: "The Secretary of
    State for Culture, Media and Sport said" (the model's "Media" ORG and "Sport" ORG, or
    "State for Environment, Food and Rural Affairs" ORG). The fields are the post's words, no
    body's name (round r36-govt); "the Department for Culture, Media and Sport" is a body's and
    is made whole (`entity_served`). Read before the names found by their string and again
    after them ("Media" found again inside the post from the department's)."""
    spans = _portfolio_lists(text)
    if not spans:
        return mentions
    return [
        m
        for m in mentions
        if m.label == "PERSON" or not any(s <= m.start and m.end <= e for s, e in spans)
    ]


# A minister's word in lower case after a portfolio: "Education minister Ivan Lewis".
_LOWER_HEADS = ("minister", "secretary")
# The word after a mention on its line: "Secretary" of "Home Secretary's".
_WORD_AFTER = re.compile(r" +([A-Za-z]+)\b")


def _portfolio_before_head(
    text: str,
    m: RawMention,
    portfolios: frozenset[str],
    heads: frozenset[str],
    prefixes: frozenset[str],
) -> bool:
    """Whether the mention is a portfolio alone before its head word, outside the mention:
    "the Home Secretary's plans", "resigned as Home Secretary", "Shadow Education Secretary Tim
    Collins", "Education minister Ivan Lewis" (the model tags "Home" ORG). The portfolio is
    the post's word, no body's name, with a person after it or none; a body's own name holds
    more ("the Home Office", "the Treasury said" stay)."""
    words = m.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while words and words[0] in prefixes:
        words = words[1:]  # "Shadow Home" Secretary: all title
    if not words or " ".join(words) not in portfolios:
        return False
    found = _WORD_AFTER.match(text, m.end)
    if found is None:
        return False
    word = found.group(1)
    return word in heads or word in _LOWER_HEADS


# "Non-EU exports", "Ex-BBC presenter": a prefix that says "not" or "once" before a name,
# which the model runs into the name; no name opens with one.
_NEGATING_PREFIX = re.compile(r"(?:[Nn]on|[Ee]x)-(?=[A-Z])")


def without_negating_prefixes(mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, less a "Non-" or "Ex-" the model ran into a name: "Non-EU imports" names
    the EU, "Ex-Labour MP" the party and "Ex-Home Secretary" a post (the title's rules then
    read "Home" as they read it alone)."""
    kept: list[RawMention] = []
    for m in mentions:
        found = _NEGATING_PREFIX.match(m.text)
        if found is None:
            kept.append(m)
            continue
        cut = found.end()
        kept.append(replace(m, text=m.text[cut:], start=m.start + cut))
    return kept


# A lower-case "trans-" before a capitalised word: an adjective across a place ("trans-Atlantic
# differences", "trans-Pacific flights"), never a name (a name writes "Trans-Siberian Railway").
_ACROSS_ADJECTIVE = re.compile(r"trans-[A-Z][a-z]+")


def without_across_adjectives(mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, less a lone "trans-<Place>" (seed 83's "trans-Atlantic differences", tagged
    LOC): the adjective says a thing crosses the place, and names nothing; "Trans-" with its
    capital opens a name and stays."""
    return [m for m in mentions if not _ACROSS_ADJECTIVE.fullmatch(m.text)]


# "Federal Government" before an agency's initials: "the Federal Government FTC".
_FEDERAL_AGENCY = re.compile(r"(?:[Tt]he )?Federal Government (?=[A-Z]{2,5}$)")


def agencies_after_federal_government(mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each "Federal Government <initials>" cut to the agency's initials, ORG
    (seed 84's "a complaint with the Federal Government FTC [US Federal Trade Commission]",
    glued as a product): "Federal Government" describes the agency the initials name."""
    kept: list[RawMention] = []
    for m in mentions:
        found = _FEDERAL_AGENCY.match(m.text) if "Federal Government " in m.text else None
        if found is not None:
            cut = found.end()
            m = replace(m, text=m.text[cut:], start=m.start + cut, label="ORG")
        kept.append(m)
    return kept


def without_titles(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, less the words of a government's title before a person's name.

    "Defense Secretary Ash Carter", "Secretary of State John Kerry": the ministry's word is
    part of a title, no name (the model tags it ORG). "House Speaker Paul Ryan", "Senate
    Majority Leader Mitch McConnell": the chamber is a name, the title the model ran into it is
    not ("House", "Senate"), nor is an official's ("Justice Department Inspector General Michael
    Horowitz", "State Department Undersecretary for Management Patrick F. Kennedy"). An
    organisation's own name before a role stays: "State Department spokesman Glyn Davies".
    `mentions` are in text order.
    """
    portfolios, heads, prefixes = _portfolio_titles()
    kept: list[RawMention] = []
    for index, m in enumerate(mentions):
        if _portfolio_of_head(text, m, portfolios):
            continue  # "Colin Powell, US Secretary of State was visiting": no body's name
        if _portfolio_before_head(text, m, portfolios, heads, prefixes):
            continue  # "the Home Secretary's plans": a post, no body's name
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        if after is None or after.label != "PERSON" or m.label == "PERSON":
            kept.append(m)
            continue
        between = text[m.end : after.start]
        gap = between.split()
        words = m.text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if words and words[-1] in heads and _PORTFOLIO_AFTER.fullmatch(between):
            gap = []  # the title's own portfolio, no name of the mention's
        # Only title words, spaced on one line: no title runs on over a line break or a comma.
        elif not _SPACED.fullmatch(between) or not all(w in heads or w in prefixes for w in gap):
            kept.append(m)
            continue
        cut = len(words)
        while cut > 0 and (words[cut - 1] in heads or words[cut - 1] in prefixes):
            cut -= 1
        titled = any(w in heads for w in [*words[cut:], *gap])
        name = " ".join(words[:cut])
        if name in portfolios and (titled or (not gap and _HEAD_OF.search(text, 0, m.start))):
            continue  # "Defense" of "Defense Secretary", "State" of "Secretary of State"
        if titled and (portfolio := _ending_portfolio(words[:cut], portfolios)):
            # "German Defence Minister Volker Ruehe", "Hong Kong Financial Secretary Donald
            # Tsang": the model ran the country into the title's portfolio (ORG "German
            # Defence"); the country is the name, the portfolio is the title's.
            cut -= portfolio
            while cut > 0 and words[cut - 1] in prefixes:
                cut -= 1  # "Shadow Home Secretary David Davis": all title
            if cut == 0:
                continue
        if titled and 0 < cut < len(words):
            end = m.start + m.text.rindex(words[cut - 1]) + len(words[cut - 1])
            kept.append(replace(m, text=text[m.start : end], end=end))
            continue
        kept.append(m)
    return kept


@cache
def _sentence_links() -> frozenset[str]:
    return frozenset(data_file("entities.json")["sentence_links"])


# A word that opens a sentence in front of a person's name: letters only, capitalised.
_OPENING_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z]+)?")


# The continents and the world's great regions the news names after "Across" or "Throughout".
CONTINENTS = frozenset(
    ("Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Australasia")
)


@cache
def _opening_callings() -> tuple[frozenset[str], frozenset[str]]:
    """The callings that open a sentence before a one-word name (`opening_callings`): those
    that say a person whatever the model read, and those cut only off its PERSON."""
    lists = data_file("entities.json")["opening_callings"]
    return frozenset(lists["any_label"]), frozenset(lists["person_only"])


_CALLED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _calling_before_one_name(text: str, m: RawMention, word: str, rest: str) -> bool:
    """Whether the mention is a person's calling opening its sentence, run into one name:
    "Newcomer Ciara has four nominations" (PERSON), "Striker Ronaldinho scored" (ORG). Round
    r41-people (seed 114's `Newcomer Ciara` PERSON): the calling is no part of the name, which
    is a person's. The calling is written in lower case elsewhere in the article if at all
    (`capitalised_inside`: a name's own word is capitalised there too), the name is one word of
    letters, and no capital follows it ("Veteran Labour MP" is no person). Round r40's
    opening-word rule reads only a full name with a common first name."""
    if m.label not in _CALLED_LABELS or " " in rest or not rest.isalpha() or not rest[:1].isupper():
        return False
    any_label, person_only = _opening_callings()
    if not (word in any_label or (word in person_only and m.label == "PERSON")):
        return False
    if re.match(r" [A-Z]", text[m.end : m.end + 2]):
        return False  # "Veteran Labour MP Tam Dalyell": the name goes on past the span
    return opens_sentence(text, m.start) and not capitalised_inside(text, word)


# A plural calling of people who work in pairs, before two names joined by "&" or "and":
# "rappers Ludacris & Lil Jon", "Singers Nelly and Kelly" (round r41-people).
_PAIR_CALLING = re.compile(
    r"\b(?:[Rr]appers|[Ss]ingers|[Ss]ongwriters|DJs|[Cc]omedians|[Aa]ctors|[Aa]ctresses|"
    r"[Pp]resenters|[Pp]roducers|[Ss]trikers) (?=[A-Z])"
)
_NAME_WORDS = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_PAIR = re.compile(rf"({_NAME_WORDS}) (?:&|and) ({_NAME_WORDS})")
_PAIRED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def pairs_after_a_calling(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with one span of two names joined by "&" or "and" right after a plural
    calling of people parted into two people: "Usher's work with rappers Ludacris & Lil Jon"
    (the model's `Ludacris & Lil Jon` ORG, seed 114), "Rappers Nelly & Jay-Z performed" (the
    calling inside the span at a sentence's start). Callings are people's: a band or a duo
    is "the duo|band ..."; each name is one to three capitalised words. Guard: the callings'
    search over the text, once."""
    if _PAIR_CALLING.search(text) is None:
        return mentions
    kept: list[RawMention] = []
    for m in mentions:
        body, offset = m.text, m.start
        if m.label in _PAIRED_LABELS and (" & " in body or " and " in body):
            opening = _PAIR_CALLING.match(body)
            if opening is not None and opens_sentence(text, m.start):
                body, offset = body[opening.end() :], m.start + opening.end()
            elif not any(
                found.end() == m.start
                for found in _PAIR_CALLING.finditer(text, max(0, m.start - 20), m.start + 1)
            ):
                kept.append(m)
                continue
            pair = _PAIR.fullmatch(body)
            if pair is not None:
                for group in (1, 2):
                    start = offset + pair.start(group)
                    end = offset + pair.end(group)
                    kept.append(
                        replace(m, text=text[start:end], start=start, end=end, label="PERSON")
                    )
                continue
        kept.append(m)
    return kept


def without_opening_words(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, less a common word that opens the sentence in front of a full name the
    model ran it into: "Songwriter Guy Chambers" (ORG), "Comic Joe Pasquale", "Californian
    Thomas Slattery" (PERSON). The rest is a common first name and a surname; the word itself is no
    first name, and the article never writes it with its capital inside a sentence, as it
    would a name's own word ("Tore Andre Flo" beside "striker Tore Andre Flo"). A first name
    the list lacks, before one it has, in a name the article writes only at sentences' starts
    is cut too: the risk this rule takes. A preposition or conjunction that opens the sentence
    (`sentence_links`: "Without Charles, it is hard") goes before any name but a work's."""
    kept: list[RawMention] = []
    for m in mentions:
        word, _, rest = m.text.partition(" ")
        if (
            m.label != "WORK_OF_ART"  # "Without a Trace", "When Harry Met Sally": titles
            and word in _sentence_links()
            and rest[:1].isupper()
            and opens_sentence(text, m.start)
            and not capitalised_inside(text, word)
        ):
            # "Without Charles, it is hard to imagine": the sentence's link, not the name's.
            start = m.start + len(word) + 1
            # Round r39-firms: "Across Europe, all listed companies" (tagged ORG whole): the
            # rest is a continent, a place, whatever the model read in the whole.
            label = "LOC" if rest in CONTINENTS else m.label
            kept.append(replace(m, text=rest, start=start, label=label))
            continue
        if rest and _calling_before_one_name(text, m, word, rest):
            start = m.start + len(word) + 1
            kept.append(replace(m, text=rest, start=start, label="PERSON", cue="PERSON"))
            continue
        if (
            m.label in _QUALIFIER_LABELS
            and len(rest.split()) >= 2
            and _OPENING_WORD.fullmatch(word)
            and word not in ("The", "An")  # "The Mary Poppins musical": the title's article
            and word.casefold() not in first_names()
            and person_by_first_name(rest)
            and opens_sentence(text, m.start)
            and not capitalised_inside(text, word)
        ):
            start = m.start + len(word) + 1
            kept.append(replace(m, text=rest, start=start))
            continue
        if (
            m.label in _QUALIFIER_LABELS
            and rest
            and _OPENING_WORD.fullmatch(word)
            and word.casefold() not in first_names()
            and opens_sentence(text, m.start)
            and rest[:1].isupper()  # "Drama - Featherboy": a list's heading and its entry
            and (kind := _kind_of(word, rest))  # the cues' search, after the cheap tests
            and not capitalised_inside(text, word)
        ):
            # "Bookmaker Ladbrokes said", "Comedy Meet The Fockers topped the box office": the
            # kind word of a firm or a work, written with the sentence's capital, is no part
            # of its name, and says what it is.
            start = m.start + len(word) + 1
            kept.append(replace(m, text=rest, start=start, label=kind, cue=kind))
            continue
        if (
            m.label in _QUALIFIER_LABELS
            and rest in _nationalities()
            and _OPENING_WORD.fullmatch(word)
            and word not in ("The", "A", "An")  # "The Yorkshireman": the mention's own article
            and word.casefold() not in first_names()
            and not known_place(word)
            and not world_city(word)  # "London Irish won": a club of the town's people
            and opens_sentence(text, m.start)
            and not capitalised_inside(text, word)
        ):
            # "Cult British group Portishead", "Banned American sprinter Kelli White": the
            # sentence's first word run into the nationality after it, which is all the name.
            start = m.start + len(word) + 1
            kept.append(replace(m, text=rest, start=start, label="NORP", cue="NORP"))
            continue
        kept.append(m)
    return kept


@cache
def _nationalities() -> frozenset[str]:
    """Nationality words as written, a people's noun or adjective ("Briton", "British")."""
    data = data_file("entities.json")
    return frozenset(data["nationalities"]) | frozenset(data["demonyms"])


@cache
def _sports() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_file("entities.json")["sports"])


def without_sports(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, less a sport's name alone where it opens a sentence: "Rowing's ruling body
    banned him" (the model's ORG), and the first word of a sport's two ("Pole" of "Pole
    vault"). The article writes the sport in lower case inside sentences;
    one that writes the word with its capital inside a sentence may use it in a body's name
    ("funding for UK Rowing"), and keeps it."""
    return [
        m
        for m in mentions
        if not (
            m.text.casefold() in _sports()
            and opens_sentence(text, m.start)
            and not capitalised_inside(text, m.text)
        )
        and not opens_a_sport(text, m.start, m.end)
    ]


def opens_a_sport(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the first word of a sport's name of two words that goes on
    after it: "Pole" of "Pole vaulter Janine Whitlock", no nationality there."""
    word = text[start:end].casefold() + " "
    after = text[end : end + 20].casefold()
    return any(
        sport.startswith(word) and after.startswith(sport[end - start :]) for sport in _sports()
    )


# The cues that read a word before a name as the name's kind, and the label each gives. Round
# r41c-firms: a shop's trade word opening a sentence ("Jeweller Zale also felt little Christmas
# cheer", seed 118) is cut off as "Bookmaker" is.
_KIND_CUES = {
    "company after its kind": "ORG",
    "firm after a shop's trade": "ORG",
    "work after its kind": "WORK_OF_ART",
}


def _kind_of(word: str, rest: str) -> str | None:
    """The label of the name `rest` where `word`, written in lower case before it, reads as
    its kind, by the cues of `factx/data/entities.json`: a firm ("bookmaker Ladbrokes"), a
    work ("comedy Meet The Fockers")."""
    probe = f"{word.casefold()} {rest}"
    found = cue_of(probe, len(word) + 1, len(probe), "PERSON")
    return None if found is None else _KIND_CUES.get(found.name)


# Units of data and of power, written after their figure: "16 GB", "700 MB", "2 Tb", "600 MW".
_DATA_UNIT = re.compile(r"[KMGT][Bb]|[kMG]W")
_FIGURE_BEFORE = re.compile(r"\d\s?(?:\(\s?)?$")
_FIGURE_AFTER = re.compile(r"\s?\$?\s?\d")
# A unit's word written out before its symbol in brackets: "500 megawatts (MW)", "two
# gigabytes (GB) of memory" (round r37-civic): the letters are the unit, no firm's name.
_UNIT_WORD_BEFORE = re.compile(
    r"\b(?:kilo|mega|giga|tera)(?:watts?|bytes?|bits?)\s?\(\s?$", re.IGNORECASE
)


# A count written before a game's statistic: "121 RBI", "three RBI".
_COUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s$"
)


@cache
def _statistics() -> frozenset[str]:
    return frozenset(data_file("entities.json")["statistics"])


@cache
def _currency_codes() -> frozenset[str]:
    """The ISO codes the money finder reads before or after a figure: "USD", "EUR", "GBP"."""
    currencies = data_file("currencies.json")
    codes = [*currencies["prefix"].values(), *currencies["suffix"].values()]
    return frozenset(code for code in codes if re.fullmatch(r"[A-Z]{3}", code))


def unit_beside_figure(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a unit written beside its figure: "16 GB", "$99 (USD)",
    "USD 40", in brackets after its word ("500 megawatts (MW)"), a game's statistic after its
    count ("three RBI"); not "GB" alone ("the GB team") nor a code far from any figure."""
    name = text[start:end]
    before = _FIGURE_BEFORE.search(text, max(0, start - 4), start) is not None
    if _DATA_UNIT.fullmatch(name):
        return before or _UNIT_WORD_BEFORE.search(text, max(0, start - 14), start) is not None
    if name in _statistics():
        # "Berry had six RBI": runs batted in, counted; "the RBI" alone is a bank's name.
        return _COUNT_BEFORE.search(text, max(0, start - 8), start) is not None
    if name in _currency_codes():
        return before or _FIGURE_AFTER.match(text, end) is not None
    if name in _time_zones():
        # "1200 GMT", "9 a.m. EST", "at 10pm (2200 GMT)": a clock's zone, no body's name.
        return _CLOCK_BEFORE.search(text, max(0, start - 8), start) is not None
    return False


# A rule's code after its kind word: "Premier League rule K3", "clause B12", "section 4A".
_RULE_CODE = re.compile(r"[A-Z]{1,2}\d{1,3}[a-z]?|\d{1,3}[A-Z]")
_RULE_BEFORE = re.compile(r"\b(?:rules?|clauses?|sections?|articles?|paragraphs?|regulations?) $")


def rule_code(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the code of a rule after its lower-case kind word ("in breach
    of Premier League rule K3 and clause B12"): a numbered part of a rule book, no product or
    person (seed 80's `K3` PRODUCT), as a statute's section is no name. Only a code of one or
    two capitals and a number ("K3", "B12", "4A"), right after "rule", "clause", "section",
    "article", "paragraph" or "regulation" written in lower case; a code elsewhere ("the B52
    bomber", "an A4 sheet") is left to the other rules."""
    return (
        _RULE_CODE.fullmatch(text, start, end) is not None
        and _RULE_BEFORE.search(text, max(0, start - 12), start) is not None
    )


# A shirt's number and the word it numbers: "No 9 prospects", "the No 10 shirt" (round r38-sport).
_SHIRT_NUMBER = re.compile(r"No\.? ?\d{1,2}")
_SHIRT_AFTER = re.compile(r" (?:shirts?|jerseys?|prospects?|berth|slot|position|role)\b")


def shirt_number(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a shirt's number before the word it numbers: "two
    outstanding young No 9 prospects" (seed 89's `No 9` WORK_OF_ART, a scrum-half's number),
    "wore the No 10 shirt": a position of a side, no name. Only "No" and one or two digits
    before "shirt", "jersey", "prospects", "berth", "slot", "position" or "role"; "No 10
    spokesman" (Downing Street's) is left alone."""
    return (
        _SHIRT_NUMBER.fullmatch(text, start, end) is not None
        and _SHIRT_AFTER.match(text, end) is not None
    )


_CLOCK_BEFORE = re.compile(r"(?:\d|\b[ap]\.?m\.?)\s?$", re.IGNORECASE)


@cache
def _time_zones() -> frozenset[str]:
    """The zones' abbreviations the time finder reads after a clock time (timezones.json)."""
    return frozenset(z for z in data_file("timezones.json")["zones"] if z.isupper() and len(z) > 1)


@cache
def _technology_terms() -> frozenset[str]:
    """The technology terms, the commodities' short forms and a few other common terms: the
    model tags "LNG" and "LPG" (liquefied gases: "7.5 million tonnes of LPG"), "R&B" (a music
    genre) and "IPO" (a share sale) a firm as it tags "DRM" one."""
    data = data_file("entities.json")
    return (
        frozenset(data["technology_terms"])
        | frozenset(data["commodity_terms"])
        | frozenset(data["common_terms"])
    )


def _letters(word: str) -> str:
    return "".join(ch for ch in word.casefold() if ch.isalnum())


# Plurals of a term: "SMSes", "PVRs", "CDs".
_PLURAL = re.compile(r"(.+?)(?:e?s)$")


def technology_term(name: str) -> bool:
    """Whether `name` is a listed technology's common name ("DRM", "Wap") or its plural
    ("SMSes"); in the list's own case ("Ram", "Sim" are names)."""
    terms = _technology_terms()
    if name in terms:
        return True
    plural = _PLURAL.fullmatch(name)
    return bool(plural and plural[1] in terms and plural[1][-1:].isupper())


def spelled_out_term(name: str, short: str) -> bool:
    """Whether `name` is a listed technology's words written out with capitals and `short`,
    the form the article gives beside it in brackets, the term ("Digital Rights Management
    (DRM)", "LCD (Liquid Crystal Display)"). Initials alone are no evidence: "the Solidarity
    Meeting for Sarajevo" and "Michael M. Sears" spell listed terms too."""
    if short not in _technology_terms():
        return False
    return _capital_initials(name) == _letters(short)


def _capital_initials(name: str) -> str:
    """The initials of `name`'s capitalised words, in lower case, where every other word is a
    joiner ("Digital Rights Management" -> "drm"); "" for a name of one word or with an
    initial ("Michael M. Sears" is no MMS)."""
    words = name.split()
    capitalised = [w for w in words if w[:1].isupper()]
    if any(len(w.rstrip(".")) < 2 for w in capitalised):
        return ""
    if len(capitalised) < 2 or len(capitalised) + sum(w in _JOINERS for w in words) < len(words):
        return ""
    return "".join(w[0] for w in capitalised).casefold()


@cache
def _term_letters() -> frozenset[str]:
    return frozenset(_letters(term) for term in _technology_terms())


@cache
def _technology_kinds() -> frozenset[str]:
    return frozenset(data_file("entities.json")["technology_kinds"])


_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def technology_by_kind(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a listed technology's words written out, with no short form
    beside it, and a word after it that says it is a technology: "Asymmetric Digital
    Subscriber Line technology lets copper lines carry data" (`technology_kinds`). Both are
    needed: a firm's name may spell a term ("Digital Subscriber Labs") and a firm's name
    comes before "technology" too ("IBM technology")."""
    after = _NEXT_WORD.match(text, end)
    if after is None or after[1] not in _technology_kinds():
        return False
    initials = _capital_initials(text[start:end])
    return bool(initials) and initials in _term_letters()


# "a short-range technology called", "a wireless standard known as": a technology's kind
# (`technology_kinds`) and the words that introduce its name.
_CALLED = re.compile(r"\b([a-z]+) (?:called|known as|dubbed|named) $")


def technology_called(text: str, start: int, end: int, short: str) -> bool:
    """Whether text[start:end] is a technology's name written out after its kind and "called"
    ("known as", "dubbed"), with its initials `short` in brackets beside it: "a short-range
    technology called Near Field Communication (NFC)", "the radio technology known as Ultra
    Wide Band (UWB)" (seed 71's `Ultra Wideband` ORG). The article introduces a term and its
    short form, as with a listed term written out: no body's name, and the two are dropped
    together. Only where the initials spell the name, and only after a technology's kind: "a
    group called the Open Rights Group (ORG)" is a body."""
    called = _CALLED.search(text, max(0, start - 40), start)
    if called is None or called[1] not in _technology_kinds() or not short:
        return False
    return _capital_initials(text[start:end]) == _letters(short) != ""


# "Personal Area Networks", "Smart Grids": a capitalised kind of thing in the plural, the
# kinds of things technology news coins so after "so-called".
_CAPITALISED_KIND = re.compile(
    r"(?:[A-Z][\w-]* ){1,3}(?:Networks|Systems|Devices|Grids|Computers|Phones|Chips)"
)


def so_called_kind(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a kind of thing with capitals after "so-called" ("could
    link so-called Body Area Networks worn by patients"; seed 71's `Personal Area Networks`
    ORG): a plural of a kind of technology, which news writes with capitals and "so-called"
    to coin it, no body's name. Only those plural heads: "the so-called Guildford Four" is a
    group of people and keeps its name."""
    return (
        text[max(0, start - 10) : start].casefold() == "so-called "
        and _CAPITALISED_KIND.fullmatch(text, start, end) is not None
    )


@cache
def _technology_heads() -> frozenset[str]:
    return frozenset(data_file("entities.json")["technology_heads"])


def technology_head(name: str, short: str) -> bool:
    """Whether `name`, with `short` beside it in brackets, is a technology's or a regulator's
    scheme's name written out, by its last word ("Wireless Markup Language (WML)", "Number
    Portability Selection (NPS)"; `technology_heads`) and initials `short` spells. A body's
    name ends in its own kind and stays ("the Office of Fair Trading (OFT)"), and so does one
    holding a body's kind word before the head ("Massachusetts Institute of Technology (MIT)";
    `body_kinds`)."""
    words = name.split()
    if words[-1] not in _technology_heads() or any(w in body_kinds() for w in words[:-1]):
        return False
    return _capital_initials(name) == _letters(short) != ""


@cache
def _diseases() -> frozenset[str]:
    return frozenset(data_file("entities.json")["diseases"])


def disease(name: str) -> bool:
    """Whether `name` is a disease's or its germ's name alone ("TB", "Aids", "Malaria"), or an
    injured part's ("an Achilles injury"): no one's name, though the model tags it a firm, a
    product or a place; in the list's own case."""
    return name in _diseases() or name in _injured_parts()


@cache
def _injured_parts() -> frozenset[str]:
    return frozenset(data_file("entities.json")["injured_parts"])


@cache
def _place_tagged_terms() -> frozenset[str]:
    return frozenset(data_file("entities.json")["place_tagged_terms"])


def place_tagged_term(name: str, label: str) -> bool:
    """Whether `name` is a technology's letter pair the model tags a place ("the game AI"
    GPE): a term there, where "AI" may elsewhere be a person's initials and is left to the
    model (`technology_terms` leaves it out for that)."""
    return label in ("GPE", "LOC", "NORP") and name in _place_tagged_terms()


@cache
def _scripts() -> frozenset[str]:
    return frozenset(data_file("entities.json")["scripts"])


def script(name: str) -> bool:
    """Whether `name` is a writing system's name alone ("Braille", "Cyrillic"): no one's name,
    though the model tags it a place ("printed in Braille" GPE) or a person ("Using Braille
    for speeches" PERSON); in the list's own case."""
    return name in _scripts()


@cache
def _genres() -> tuple[frozenset[str], frozenset[str]]:
    data = data_file("entities.json")["bands"]
    return frozenset(data["genres"]), frozenset(data["genre_firms"])


def genre(name: str, label: str) -> bool:
    """Whether `name` is a kind of music's alone ("Britpop", "Hip-Hop", "R&B"): no one's name,
    though the model tags it a person ("a Britpop revival" PERSON) or a place; in the list's
    own case. A genre that is also a record label's name ("Motown") is the label's where the
    model tags it an organisation."""
    genres, firms = _genres()
    return name in genres and not (label == "ORG" and name in firms)


def technology_tail(name: str) -> int:
    """The length of a technology term that ends a longer name: the model ran the name of a
    service or a maker into the term ("the Skype Voip service", "an 80-hour TiVo DVR");
    0 where none does."""
    head, _, last = name.rpartition(" ")
    # A generation after a name is the name's own ("Super 3G"): no term opening with a digit.
    cut = head and not last[:1].isdigit() and last in _technology_terms()
    return len(last) + 1 if cut else 0


_JOINERS = frozenset({"for", "of", "over", "and", "the"})
# A short form in brackets after the words it stands for: "digital rights management (DRM)".
_SPELLED_OUT = re.compile(r"((?:[a-z][\w-]* ){1,8})\(([A-Z][A-Za-z]{1,7})\)")
# Its two halves, read apart: the bracket first, a literal that the regex engine finds fast,
# then the words before it, searched back from the bracket only. The whole pattern, tried at
# every letter of the article, cost more than any other search of its module.
_SHORT_IN_BRACKETS = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_WORDS_TO_BRACKET = re.compile(r"(?:[a-z][\w-]* ){1,8}\Z")
# Eight words of the spelled-out form fit in this many characters before their bracket.
_SPELLED_REACH = 300


# The same with the short form first: "a VJ (video jockey)", "the PVR (personal video recorder)".
_SPELLED_AFTER = re.compile(r"\b([A-Z][A-Za-z]{1,7}) \(((?:[a-z][\w-]* ?){2,8})\)")


def spelled_in_lower_case(text: str) -> frozenset[str]:
    """The short forms `text` introduces beside lower-case words whose initials they spell:
    "digital rights management (DRM)" -> DRM, "a VJ (video jockey)" -> VJ; not "the Food
    Standards Agency (FSA)"."""
    found = set()
    since = 0  # no match runs back over an earlier bracket
    for bracket in _SHORT_IN_BRACKETS.finditer(text):
        start = bracket.start()
        match = _WORDS_TO_BRACKET.search(text, max(since, start - _SPELLED_REACH), start)
        since = bracket.end()
        if match is None:
            continue
        words = match[0].split()
        short = bracket[1]
        letters = short.casefold()
        for size in range(len(words), 0, -1):
            if letters in initials_of(" ".join(words[-size:])):
                found.add(short)
                break
    for match in _SPELLED_AFTER.finditer(text):
        if match[1].casefold() in initials_of(match[2]):
            found.add(match[1])
    return frozenset(found)


@cache
def _common_words() -> dict[str, object]:
    words: dict[str, object] = data_file("entities.json")["common_words"]
    return words


@cache
def _words_before_nouns() -> dict[str, frozenset[str]]:
    """Each listed capitalised word and the lower-case nouns after which it is no name."""
    table = _common_words()["before_nouns"]
    assert isinstance(table, list)
    found: dict[str, frozenset[str]] = {}
    for entry in table:
        for word in entry["words"]:
            found[word] = found.get(word, frozenset()) | frozenset(entry["nouns"])
    return found


_NOUN_AFTER = re.compile(r" ([a-z]+)\b")


@cache
def _peoples_in_ian() -> frozenset[str]:
    words = _common_words()["peoples_in_ian"]
    assert isinstance(words, list)
    return frozenset(words)


def common_word_before_noun(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a capitalised common word before the lower-case noun it
    qualifies, which says it is no name (`common_words.before_nouns`): "CCTV pictures",
    "CCTV footage" (closed-circuit television, no firm; China's broadcaster of the same
    letters has no footage after its name in British news), "Renaissance art", "Baroque
    music" (a period of art, no body). The word alone is a name as often ("the Renaissance
    hotel"), so the noun after it is needed."""
    nouns = _words_before_nouns().get(text[start:end])
    if nouns is None:
        return False
    after = _NOUN_AFTER.match(text, end)
    return after is not None and after[1] in nouns


# "Islamophobia", "Europhobia", "Homophobia": a fear's or a hatred's word, no place or body.
_PHOBIA = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?phobia")


def phobia(name: str) -> bool:
    """Whether `name` is a word of fear or hatred ending in "-phobia" ("the downdraft of
    Islamaphobia", "rising Europhobia"): a common noun, though the model tags it a place."""
    return _PHOBIA.fullmatch(name) is not None


# An adjective made of a person's name: "Kafkaesque", "Pythonesque", "Orwellian".
_ESQUE = re.compile(r"[A-Z][a-z]{2,}esque")
_IAN = re.compile(r"[A-Z][a-z]{2,}[^aeiou]ian")
# Adverbs of judgement before such an adjective: "positively Hitchcockian", "truly Orwellian"
# (not "very" or "more": "very British", "more Christian").
_DEGREE_BEFORE = re.compile(
    r"\b(?:positively|truly|distinctly|decidedly|faintly|thoroughly|wholly|utterly)\s+$"
)


def writers_adjective(text: str, start: int, end: int, known: frozenset[str]) -> bool:
    """Whether text[start:end] is an adjective made of a person's name ("a Kafkaesque future",
    "positively Hitchcockian", "an Orwellian vision"): no name, though the model tags it a
    firm or a people. One word in "-esque" is always such a word; one in "-ian" is a people's
    or a faith's word as often ("Brazilian", "Bavarian", "Presbyterian"), or a first name
    ("Julian", "Damian"), so it must be no word of `known` (the lists of peoples, faiths and
    nationalities, lower case), no first name, no language ("Persian"), no place's adjective
    ("Virginian" of "Virginia", "Parisian" of "Paris"), no faith's or people's word the lists
    lack (`common_words.peoples_in_ian`: "Christian", "Caucasian"), and stand after an adverb
    of judgement ("positively"), or before a lower-case noun of `common_words.writers_nouns`
    (a vision, a nightmare, a response)."""
    word = text[start:end]
    if _ESQUE.fullmatch(word):
        return True
    if not _IAN.fullmatch(word) or word.casefold() in known or word.casefold() in first_names():
        return False
    if a_language(word) or word in _peoples_in_ian():
        return False  # "the Persian language", "a Christian society": no writer's
    stem = word[:-3]
    countries = country_keys(str.casefold)
    for place in (word, stem, stem + "ia", stem + "a", word[:-2] + "us", word[:-1]):
        if known_place(place) or place.casefold() in countries:
            return False  # "Mauritian" of "Mauritius", "Virginian" of "Virginia"
    if _DEGREE_BEFORE.search(text, max(0, start - 14), start):
        return True
    after = _NOUN_AFTER.match(text, end)
    nouns = _common_words()["writers_nouns"]
    assert isinstance(nouns, list)
    return after is not None and after[1] in nouns


# The lead, round 48, from seed 157's "Legionnaire's disease" ORG and "Godel's Theorem" (Godel
# and Theorem ORG): an illness named for a person or a group, and the capitalised word of a
# law, theorem or paradox named so, are no names.
_AILMENT_AFTER = re.compile(
    r"(?:['’]s?)? (?:disease|syndrome|palsy|sarcoma|lymphoma|ataxia|chorea|dystrophy)\b"
)
_EPONYM_BEFORE = re.compile(r"\b[A-Z][\w-]*['’]s $")
_EPONYMOUS_WORDS = frozenset(
    [
        "Theorem",
        "Law",
        "Laws",
        "Principle",
        "Paradox",
        "Conjecture",
        "Equation",
        "Razor",
        "Constant",
        "Hypothesis",
    ]
)


def eponym_of_an_ailment(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names an illness after a person or a group, before its
    lower-case kind ("Parkinson's disease", "Legionnaires' disease", "Down syndrome"): no one
    is meant, though the model tags the name a firm or a person. A capitalised kind is a body's
    name ("the Parkinson's Disease Society") and is left."""
    return len(text[start:end].split()) <= 2 and _AILMENT_AFTER.match(text, end) is not None


def eponymous_law_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the capitalised kind word of a law named after someone
    ("Godel's Theorem", "Murphy's Law"), tagged alone: no name; the person before it is
    read by the cue `scientist before his law`. Not inside a longer name ("Law Society")."""
    return (
        text[start:end] in _EPONYMOUS_WORDS
        and _EPONYM_BEFORE.search(text, max(0, start - 30), start) is not None
        and re.match(r" [A-Z]", text[end:]) is None
    )


# A people's or a place's adjective before the disaster's word: "Asian Tsunami", "African
# Drought"; the model tags the first a people and the second a place.
_ADJECTIVE_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")
_APPEAL_AFTER = re.compile(r" (?:fund|appeal|relief|disaster|victims)\b")


def disaster_of_an_appeal(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a disaster's kind word written with a capital between a
    region's or a people's adjective and "fund" or "appeal" ("the committee's Asian Tsunami
    fund", `common_words.disasters`): the appeal's disaster, no place, though the model tags
    it GPE beside the adjective's NORP."""
    disasters = _common_words()["disasters"]
    assert isinstance(disasters, list)
    return (
        text[start:end] in disasters
        and _ADJECTIVE_BEFORE.search(text, max(0, start - 20), start) is not None
        and _APPEAL_AFTER.match(text, end) is not None
    )


# A plant's name before the product made of it: "snacks containing Moringa extract".
_PLANT_AFTER = re.compile(r" (?:extract|extracts|cactus|cacti)\b")
_ONE_WORD = re.compile(r"[A-Z][a-z]+")


def plant_before_its_product(text: str, start: int, end: int, label: str) -> bool:
    """Whether text[start:end] is a plant's name, one word, before "extract" or "cactus"
    ("Moringa extract", "the Hoodia cactus"): no place, person or firm, though
    the model tags it GPE or ORG (the article's other mentions of the plant then vote alone).
    Only the model's place, person and firm labels, and no known place ("Texas extract"),
    first name or two words ("Aloe Vera extract" is left)."""
    return (
        label in ("GPE", "LOC", "PERSON", "ORG")
        and _ONE_WORD.fullmatch(text[start:end]) is not None
        and _PLANT_AFTER.match(text, end) is not None
        and not known_place(text[start:end])
        and text[start:end].casefold() not in first_names()
    )


# Round r42c-titles: "New" opening a sentence, run into a name the article names alone.
_NEW_OPENING = re.compile(r"New (?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")
_LOWER_AFTER_NEW = re.compile(r" [a-z]")


def _opens_after_no_quote(text: str, start: int) -> bool:
    """Whether text[start:] opens a sentence, and not only after a closing quotation mark:
    'the "bonfire of quangos" New Labour had promised' runs on past the quote (the lead's
    mend of r42c-titles's one odd-half cut, politics/085's `Labour`)."""
    return opens_sentence(text, start) and text[:start].rstrip()[-1:] not in ('"', "”", "’", "'")


def news_opening_a_name(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each "New" that opens a sentence before a name and a lower-case noun cut
    off: "New Southampton manager Harry Redknapp faces his old club" (the model's `New
    Southampton` ORG), "New European commission president Jose Manuel Barroso" (seed 125's
    `New European` NORP): the adjective is the sentence's, no word of the name. Only where the
    article tags the name alone elsewhere (its label is that mention's) and never writes "New"
    and the name inside a sentence, as it would "New Labour" or "New Order"; never a known
    place ("New York", "New Zealand" stay)."""
    if "New " not in text:
        return mentions
    labels = {m.text: m.label for m in mentions if not m.text.startswith("New ")}
    result: list[RawMention] = []
    for m in mentions:
        found = _NEW_OPENING.fullmatch(m.text) if m.text.startswith("New ") else None
        name = found.group("name") if found is not None else ""
        if (
            found is not None
            and name in labels
            and _LOWER_AFTER_NEW.match(text, m.end)
            and _opens_after_no_quote(text, m.start)
            and not known_place(m.text)
            and not world_city(m.text)
            and not any(
                not _opens_after_no_quote(text, at.start())
                for at in re.finditer(rf"\bNew {re.escape(name)}\b", text)
            )
        ):
            start = m.start + 4
            label = labels[name]
            m = replace(m, text=text[start : m.end], start=start, label=label, cue=label)
        result.append(m)
    return result
