"""Names the model cuts at a small word or a comma that belongs inside them.

- A body's or a law's name that lists its fields before its kind word is one name: the model
  tags "Commercial Services Union" of "the Public and Commercial Services Union", "Economy
  Ministry" of "the Finance and Economy Ministry", "Crime and Security Act" of "the
  Anti-Terrorism, Crime and Security Act", or "African Growth" of "the African Growth and
  Opportunity Act". The list opens after "the" and holds capitalised words only; the kind
  words are data (`listed_name_kinds` in `factx/data/entities.json`). A name of the model's
  inside the list that the article names elsewhere, a person or a known place is a name of
  its own ("the Treasury and Foreign Office" beside "the Treasury said", "the Leeds and
  Bradford Council"), and the two stay apart; so do two titles after "such films|books|... as"
  ("such films as The Birdcage and Dead Poets Society": two films, round r40-films).
- A school's name that lists its fields after "School of" (or "College of", "Academy of") is
  one name over its "and": the model tags "the Bristol School of Speech" of "the Bristol School
  of Speech and Drama", and "Drama" alone, as a person. The words after the "and" are fields a
  school teaches (data `school_fields`, a closed class), and the whole is the school, ORG
  (`schools_of_fields`, round r36-bodies, seed 71); "the London School of Economics and
  Harvard" stays two names.
- A person's full name goes on over the second half of a double-barrelled surname the model
  cut at its hyphen ("Quincy Owusu" of "Quincy Owusu-Abeyie"); a single word does not
  ("the Blair-Brown feud" is two people).
- A name goes on over what runs on from it with no space at a dot or a town's hyphened small
  word: a web address ("OptInRealBig" + ".com", an organisation), a variant's letter ("the
  Zafi" + ".D virus"), a town named by its river ("Stockton" + "-on-Tees", a place), and a
  capitalised word and its dot before it ("One." + "Tel"). A full stop a space follows ends a
  name, and so does one after a lower-case word ("the tsunami.Steve will", a missing space)
  or after a person's title ("Mr.Benn").
- A title goes on over its "to" and the capitalised words after it: "Passport" of "Passport
  to Paradise", "The World According" of "The World According to Bex" (a work by the model's
  label or by the words around it), the model's mention of the words after "to" ("Bex" GPE)
  going into it; so does a body named for what it does ("the Committee to Protect Bloggers";
  the kind words are data, `bodies_before_to`). Not where the words after "to" are a
  person's or a work's, or a name the article writes elsewhere ("lost The Aviator to Million
  Dollar Baby"); a firm's or a place's name is never grown ("moved from Leeds to Chelsea").
- A name never opens with a preposition: where the model's mention starts at a capitalised
  "Without", "Against" or "Beyond" inside a sentence ("Without Borders" PERSON of "the media
  watchdog, Reporters Without Borders"), the capitalised words right before it are the name's
  first, and a plural one makes it a body of people, ORG ("Reporters Without Borders",
  "Doctors Without Borders"); a singular one, a title ("Flying Without Wings").
- A title goes on over a small word written with a capital inside a sentence and the
  title-case words after it, as a work: "Anywhere" of "the Anywhere But Home CD", "Dick and
  Dom" of "Dick and Dom In Da Bungalow" (the small words are data, `title_small_words`). Not in
  a headline, after a name's full stop, or over a person's name, nor over a known place's
  after "And" or "Or"; a place after another small word is the title's ("Escape" of "Escape
  From Paris", round r33-titles).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names, opens_with_first_name
from factx.extract.listed_sides import such_works_as
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A capitalised word; a quote mark or a possessive's apostrophe after it is none of its.
_WORD = r"[A-Z](?:[\w'’-]*\w)?"
# No more of a name after its last word: no letter, hyphen or "&", nor another capitalised word.
_END = rf"(?![\w&-]|['’]\w| {_WORD})"
# The list's first fields, after "the", before a mention that holds the list's end: "the
# Public and ", "the Anti-Terrorism, " (one to three capitalised words a field).
_FIELDS_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:the|The) (?P<fields>(?:{_WORD} ){{0,2}}{_WORD})(?P<joint> and |, )$"
)
# The list's end and its kind word after a mention that holds its first field: " and
# Opportunity Act" (one to three capitalised words, no more after them).
_FIELDS_AFTER = re.compile(rf" and (?:{_WORD} ){{0,2}}(?P<kind>{_WORD}){_END}")
# A title's "to" and the capitalised words after it: " to Paradise", " to Protect Bloggers".
_TO_AFTER = re.compile(rf" to {_WORD}(?: {_WORD}){{0,2}}{_END}")
_THE_BEFORE = re.compile(r"(?:^|(?<![\w'’-]))(?:the|The) $")
_LAW_KINDS = frozenset({"Act", "Bill"})
# How many characters beside a name show it inside the same longer name again.
_AROUND = 10
# How far back a list's first fields may start.
_LOOK_BACK = 80


@cache
def _kinds() -> frozenset[str]:
    return frozenset(data_file("entities.json")["listed_name_kinds"])


@cache
def _bodies_before_to() -> frozenset[str]:
    return frozenset(data_file("entities.json")["bodies_before_to"])


def _last_word(m: RawMention) -> str:
    return m.text.rsplit(" ", 1)[-1]


def _inside(mentions: list[RawMention], start: int, end: int) -> list[RawMention] | None:
    """The mentions that overlap text[start:end], or None where one reaches out of it."""
    found = [m for m in mentions if m.start < end and start < m.end]
    return None if any(m.start < start or m.end > end for m in found) else found


def _own_names(
    text: str,
    parts: list[RawMention],
    mentions: list[RawMention],
    name_key: Callable[[str], str],
    *,
    places: bool = True,
) -> bool:
    """Whether a mention in `parts`, words of a longer name, is a name of its own: a person, a
    place pycountry knows (unless `places` is false), or a name the article writes elsewhere
    not before the same words."""
    for part in parts:
        if part.label == "PERSON" or (places and known_place(part.text)):
            return True
        # The same words around it are the same longer name again ("Passport to Paradise").
        key, after = name_key(part.text), text[part.end : part.end + _AROUND]
        before = text[max(0, part.start - _AROUND) : part.start]
        if any(
            o is not part
            and name_key(o.text) == key
            and text[o.end : o.end + _AROUND] != after
            and text[max(0, o.start - _AROUND) : o.start] != before
            for o in mentions
        ):
            return True
    return False


def _grown(m: RawMention, text: str, start: int, end: int, kind: str) -> RawMention:
    label = "LAW" if kind in _LAW_KINDS else m.label if m.label in ("ORG", "LAW") else "ORG"
    return replace(m, text=text[start:end], start=start, end=end, label=label, cue=label)


def listed_names(
    text: str, mentions: list[RawMention], name_key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions (sorted by start), each body's or law's name the model cut inside the list
    of its fields made whole (see the module docstring); the pieces inside it go."""
    gone: set[int] = set()
    grown: dict[int, RawMention] = {}
    for index, m in enumerate(mentions):
        if index in gone:
            continue
        span = _list_before(text, m) if _last_word(m) in _kinds() else _list_after(text, m)
        if span is None:
            continue
        start, end, kind = span
        parts = _inside(mentions, start, end)
        # The mention that holds the kind word names the whole; the others are its fields.
        fields = [p for p in parts or [] if p.end != end]
        if parts is None or _own_names(text, fields, mentions, name_key):
            continue
        grown[index] = _grown(m, text, start, end, kind)
        ids = {id(p) for p in parts if p is not m}
        gone.update(i for i, o in enumerate(mentions) if id(o) in ids)
    return [grown.get(i, m) for i, m in enumerate(mentions) if i not in gone]


def _list_before(text: str, m: RawMention) -> tuple[int, int, str] | None:
    """The span of the whole name where mention m ends the list of a body's or a law's fields
    and the first fields stand before it: "the Public and " + "Commercial Services Union",
    "the Anti-Terrorism, " + "Crime and Security Act" (the comma only before a list's end)."""
    if m.text.startswith(("the ", "The ")):
        return None
    before = _FIELDS_BEFORE.search(text, max(0, m.start - _LOOK_BACK), m.start)
    if before is None or (before.group("joint") == ", " and " and " not in m.text):
        return None
    if such_works_as(text, before.start()):
        return None  # "such films as The Birdcage and Dead Poets Society": two films
    return before.start(), m.end, _last_word(m)


def _list_after(text: str, m: RawMention) -> tuple[int, int, str] | None:
    """The span of the whole name where mention m, after "the", holds a list's first field and
    its end and kind word follow: "the African Growth" + " and Opportunity Act"."""
    after = _FIELDS_AFTER.match(text, m.end)
    if after is None or after.group("kind") not in _kinds():
        return None
    if m.text.startswith(("the ", "The ")):
        start = m.start
    elif _THE_BEFORE.search(text, max(0, m.start - 4), m.start) is None:
        return None
    else:
        start = m.start - 4
    if such_works_as(text, start):
        return None  # "such films as The Birdcage and Dead Poets Society": two films
    return start, after.end(), after.group("kind")


def titles_cut_at_to(
    text: str, mentions: list[RawMention], name_key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions (sorted by start), each work's title and each body named for what it does
    grown over the "to" and the capitalised words after it (see the module docstring):
    "Passport to Paradise", "the Committee to Protect Bloggers". The words after "to" may be
    one mention of the model's ("Paradise" LOC), which goes, but no person's nor work's and no
    name the article writes elsewhere."""
    gone: set[int] = set()
    result: list[RawMention] = []
    for m in mentions:
        if id(m) in gone:
            continue
        work = "WORK_OF_ART" in (m.label, m.cue)
        body = m.label == "ORG" and _last_word(m) in _bodies_before_to()
        after = _TO_AFTER.match(text, m.end) if work or body else None
        parts = _inside(mentions, m.end + 4, after.end()) if after is not None else None
        if (
            after is not None
            and parts is not None
            and len(parts) <= 1
            and not any(p.label in ("PERSON", "WORK_OF_ART") for p in parts)
            and not _own_names(text, parts, mentions, name_key)
        ):
            gone.update(id(p) for p in parts)
            m = replace(m, text=text[m.start : after.end()], end=after.end())
        result.append(m)
    return result


# A title's small word written with a capital inside a sentence, and the capitalised words
# after it: " But Home", " In Da Bungalow", " Of The Caribbean" (small words are data,
# `title_small_words`; "to" is `titles_cut_at_to`'s).
# A title's words are written in title case: "CD" of "the Anywhere But Home CD" is no word of it.
_TITLE_WORD = r"(?:[A-Z][a-z](?:[\w'’-]*\w)?|A|I)"
_SMALL_WORD_AFTER = re.compile(
    rf" (?P<small>[A-Z][a-z]{{0,3}}) (?:{_TITLE_WORD} ){{0,3}}{_TITLE_WORD}(?![\w&'’-]| [A-Z][a-z])"
)


# Small words that join two names as well as a title's words: "Leeds And Chelsea" would be
# two places, were it written so; "Escape From Paris" is one title.
_JOINING_SMALL_WORDS = frozenset({"And", "Or"})


@cache
def _small_words() -> frozenset[str]:
    return frozenset(data_file("entities.json")["title_small_words"])


def titles_cut_at_small_words(
    text: str, mentions: list[RawMention], name_key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions (sorted by start), each grown over a small word written with a capital
    inside a sentence and the capitalised words after it, as a work: "Anywhere" of "bought the
    Anywhere But Home CD", "Dick and Dom" of "Dick and Dom In Da Bungalow won". Prose writes
    "but" and "in" in lower case; a capital there is a title's. Not in a headline, whose every
    word may be capitalised, nor over a person's name or one the article writes elsewhere
    ("Leeds And Chelsea" would be two names, were it written so)."""
    gone: set[int] = set()
    result: list[RawMention] = []
    for m in mentions:
        if id(m) in gone:
            continue
        # "Raleigh, N.C. The Dallas firm": a name's full stop ends the sentence.
        after = None if m.headline or m.text.endswith(".") else _SMALL_WORD_AFTER.match(text, m.end)
        if after is not None and after.group("small") in _small_words():
            parts = _inside(mentions, after.start("small"), after.end())
            if _maker_for_a_work(text, m, after.group("small"), parts):
                result.append(m)
                continue
            # "Escape From Paris": a place after a title's capitalised "From", "In", "Of" is
            # the title's (round r33-titles); after "And" it may be a name of its own.
            places = after.group("small") in _JOINING_SMALL_WORDS
            if (
                parts is not None
                and len(parts) <= 2
                and not _own_names(text, parts, mentions, name_key, places=places)
            ):
                gone.update(id(p) for p in parts)
                m = replace(m, text=text[m.start : after.end()], end=after.end(),
                            label="WORK_OF_ART", cue="WORK_OF_ART")  # fmt: skip
        result.append(m)
    return result


# Capitalised words right before a preposition that opens a mention: "Reporters " of
# "Reporters Without Borders" (one or two words, after neither a sentence's start nor a name).
_WORDS_BEFORE_PREPOSITION = re.compile(rf"(?<=[a-z,;] )(?:{_WORD} )?{_WORD} $")
_OPENING_PREPOSITIONS = ("Without ", "Against ", "Beyond ")


def names_cut_at_a_preposition(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each that opens with a capitalised "Without", "Against" or "Beyond" grown
    back over the capitalised words before it (see the module docstring): "Without Borders"
    PERSON of "Reporters Without Borders" is the body ORG. Only words no mention holds."""
    ends = {m.end for m in mentions}
    result: list[RawMention] = []
    for m in mentions:
        before = None
        if m.text.startswith(_OPENING_PREPOSITIONS) and not m.headline:
            before = _WORDS_BEFORE_PREPOSITION.search(text, max(0, m.start - 60), m.start)
        if before is not None and not any(before.start() < end <= m.start for end in ends):
            plural = text[before.start() : m.start].rstrip().endswith("s")
            label = "ORG" if plural else "WORK_OF_ART"
            m = replace(m, text=text[before.start() : m.end], start=before.start(), label=label,
                        cue=label)  # fmt: skip
        result.append(m)
    return result


# Round r36-works: the words of a prize in a sentence ("the British film prize", "nominated").
_PRIZE_WORDS = re.compile(
    r"\b(?:awards?|prizes?|trophy|Oscars?|Baftas?|Golden Globes?|nominat\w*|nominees?"
    r"|best (?:film|director|actor|actress|picture))\b"
)


def _maker_for_a_work(text: str, m: RawMention, small: str, parts: list[RawMention] | None) -> bool:
    """Whether `m` is a person's full name before a capitalised "For" and a work, no title's
    head: "Danny Boyle For Millions" in an award's list ("with Shane Meadows for Dead Man's
    Shoes, Danny Boyle For Millions and ...") is the director and his film, written with a
    capital "For". A full name that opens with a common first name is a person's, and a person
    is named "for" a work in a prize's list; the mentions after the "For" are then the work,
    WORK_OF_ART. Only where the sentence speaks of a prize and the model found the work's
    words (round r36-works): "John Smith For Mayor", a slogan, grows as before, and so does
    "Dick and Dom In Da Bungalow", whose small word is no "For"."""
    if small != "For" or m.label != "PERSON" or " " not in m.text:
        return False
    if not opens_with_first_name(m.text):
        return False
    opening = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    ends = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0]
    if not parts or not _PRIZE_WORDS.search(text, opening, min(ends, default=len(text))):
        return False  # "John Smith For Mayor", a slogan, grows as before
    for part in parts:
        if part.text.startswith("For "):  # `with_continued_names`' "For Millions"
            part.start, part.text = part.start + 4, part.text[4:]
        if part.label != "PERSON":
            part.label = part.cue = "WORK_OF_ART"
    return True


# The time an award is given for, after its holder's kind: " of the Year" of "European
# Footballer of the Year", its "of" inside the model's mention or after it.
_AWARD_PERIOD = re.compile(
    r"(?: of)? the (?:Year|Season|Month|Decade|Tournament|Series)(?![\w'’-])"
)


def awards_of_the_year(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each award the model cut before its period grown over it, as a work:
    "European Footballer" of "European Footballer of the Year", "the BBC Sports Personality
    of" of "... of the Year award". Not a name that opens with a common first name ("Ann Hale
    of the Year" is no award's name)."""
    result: list[RawMention] = []
    for m in mentions:
        period = _AWARD_PERIOD.match(text, m.end)
        cut_at_of = m.text.endswith(" of")
        if (
            period is not None
            and cut_at_of == (not period.group().startswith(" of"))
            and not opens_with_first_name(m.text)
        ):
            m = replace(m, text=text[m.start : period.end()], end=period.end(),
                        label="WORK_OF_ART", cue="WORK_OF_ART")  # fmt: skip
        result.append(m)
    return result


# The second half of a hyphened surname right after a name: "-Abeyie" of "Owusu-Abeyie".
_SURNAME_HALF = re.compile(r"-[A-Z][a-z]+(?![\w'’&-])")


def whole_hyphened_surname(text: str, start: int, end: int, label: str) -> int:
    """The end of a person's full name the model cut at the hyphen of a double-barrelled
    surname ("Quincy Owusu" of "Quincy Owusu-Abeyie"): over the surname's second half. A
    single word stays ("the Blair-Brown feud" is two people)."""
    if label != "PERSON" or " " not in text[start:end].strip() or not text[end - 1].isalpha():
        return end
    half = _SURNAME_HALF.match(text, end)
    return half.end() if half is not None else end


# What runs on from a name with no space, through a dot or a town's hyphened small word: a web
# address's ending (".com", ".co.uk"), a variant's letters (".D" of "Zafi.D", ".AT"), a town's river
# or sea ("-on-Tees", "-upon-Avon").
_WEB_END = re.compile(r"\.(?:com|net|org|co\.uk|org\.uk|tv|info|biz)(?![\w.-]|\.\w)")
# Not ".I", nor two capitals that open a sentence after a missing space (".UK", ".MPs" has
# its "s"): a variant's two letters ("Krell" + ".AT") are the name's too.
_VARIANT = re.compile(r"\.(?:[A-HJ-Z]|(?!UK|US|EU|UN|MP|PM|TV)[A-Z]{2})(?![\w'’.-])")
_TOWN_TAIL = re.compile(r"-(?:on|upon|under|le|by)-[A-Z][a-z]+(?![\w'’-])")
# A name's first word and its dot right before a mention, with no space: "One." of "One.Tel".
_DOTTED_HEAD = re.compile(r"(?<![\w.'’-])[A-Z][A-Za-z]*\.$")


@cache
def _titles() -> frozenset[str]:
    return frozenset(data_file("aliases.json")["titles"])


def _a_title(word: str) -> bool:
    """Whether a word and its dot before a name is a title of a person's ("Mr.Benn")."""
    return word.rstrip(".").casefold() in _titles() or word.rstrip(".").casefold() == "st"


def names_run_on(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each grown over what the model cut off at a dot or a hyphen inside one
    word: a web address ("OptInRealBig" + ".com", an organisation), a variant's letter ("the
    Zafi" + ".D virus"), a town named by its river ("Stockton" + "-on-Tees", a place), a
    firm's two words joined by a dot ("One." + "Tel"). Not over a full stop a space follows
    ("Leeds. Then"), a lower-case word before the dot ("tsunami.Steve", a missing space) nor a
    person's title ("Mr.Benn": the title is no word of the name)."""
    result: list[RawMention] = []
    grown_to = -1
    for m in mentions:
        if m.start < grown_to:
            continue  # the variant's letters the model tagged apart ("BB" of "Krell.BB")
        web = _WEB_END.match(text, m.end)
        town = _TOWN_TAIL.match(text, m.end)
        variant = _VARIANT.match(text, m.end)
        head = _DOTTED_HEAD.search(text, max(0, m.start - 20), m.start)
        if web is not None:
            m = replace(m, text=text[m.start : web.end()], end=web.end(), label="ORG", cue="ORG")
        elif town is not None:
            m = replace(m, text=text[m.start : town.end()], end=town.end(), label="GPE", cue="GPE")
        elif variant is not None:
            # A name with a variant's letters is a virus or a worm's ("Krell.AT"), a product.
            m = replace(m, text=text[m.start : variant.end()], end=variant.end(),
                        label="PRODUCT", cue="PRODUCT")  # fmt: skip
            grown_to = m.end
        if (
            head is not None
            and m.text[:1].isupper()
            and not _a_title(head.group())
            and not any(
                o.start < m.start < o.end or head.start() < o.end <= m.start for o in result
            )
        ):
            m = replace(m, text=text[head.start() : m.end], start=head.start())
        result.append(m)
    return result


# A school's name ending in its first field: "the Bristol School of Speech".
_SCHOOL = re.compile(
    rf"(?:(?:the|The) )?(?:{_WORD} ){{1,3}}(?:School|College|Academy|Institute|Conservatoire)"
    rf" of (?:{_WORD} ){{0,2}}{_WORD}"
)
# The school's last fields after its "and": " and Drama", " and Tropical Medicine".
_AND_FIELDS = re.compile(rf" and (?P<fields>{_WORD}(?: {_WORD}){{0,2}}){_END}")


@cache
def _school_fields() -> frozenset[str]:
    return frozenset(data_file("entities.json")["school_fields"])


def schools_of_fields(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions (sorted by start), a school's name the model ended at its "and" grown over
    the fields after it, ORG: "the Bristol School of Speech" + " and Drama" (the model's
    "Drama" PERSON goes). Only where every word after the "and" is a field a school teaches
    (`school_fields`) and no mention reaches out of the grown name."""
    gone: set[int] = set()
    result: list[RawMention] = []
    for m in mentions:
        if id(m) in gone:
            continue
        after = _AND_FIELDS.match(text, m.end) if _SCHOOL.fullmatch(m.text) else None
        if after is None or not set(after.group("fields").split()) <= _school_fields():
            result.append(m)
            continue
        parts = _inside(mentions, m.end, after.end())
        if parts is None:
            result.append(m)
            continue
        gone.update(id(p) for p in parts)
        end = after.end()
        result.append(replace(m, text=text[m.start : end], end=end, label="ORG", cue="ORG"))
    return [m for m in result if id(m) not in gone]


# Round r39b-cuts: a surname the writer adds in square brackets right after a first name
# ('"a big gamble on Natalie [Appleton] to go"', seed 99).
_BRACKETED_SURNAME = re.compile(r" \[[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?\]")


def bracketed_surnames(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each common first name grown over the surname the writer adds after it in
    square brackets, one person: the model reads "Natalie" and "Appleton" of "Natalie
    [Appleton]" apart, as two, often bodies (seed 99's `Natalie` and `Appleton` ORG). The
    brackets' mention goes."""
    if " [" not in text:
        return mentions
    grown: list[RawMention] = []
    for m in mentions:
        found = _BRACKETED_SURNAME.match(text, m.end)
        if (
            found is not None
            and m.text.isalpha()
            and m.text[:1].isupper()
            and m.text.casefold() in first_names()
        ):
            grown.append(replace(m, text=text[m.start : found.end()], end=found.end(),
                                 label="PERSON", cue="PERSON"))  # fmt: skip
    if not grown:
        return mentions
    spans = [(g.start, g.end) for g in grown]
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    return sorted(kept + grown, key=lambda m: m.start)
