"""Names the model ends a word too soon or starts a word too late, mended at their edges
(round r48-spans, an audit of the spans of every label; the brief's examples and sentences of
my own).

- `surnames_cut_at_their_particle`: a surname with a lower-case particle after a first name
  ("Os du Randt", "Ruud van Nistelrooy") is one name; the small model often tags the last word
  alone ("Os du Randt" gives `Randt`, PERSON or ORG). `entity_sport_names.
  surnames_after_a_particle` mends the other cut (`Paolo` of "Paolo dal Bello"). A one-word
  mention right after "<First> <particle> " grows back over the two words, PERSON, where the
  word before the particle is a common first name, or is a capitalised word that is no role
  ("Prop du Randt" is no name) and the model tagged the surname PERSON. Not where the whole is
  a known place ("Rio de Janeiro") or its last word a country ("Stade de France").
- `callings_before_particle_names`: a role's word opening the model's span before a name
  with a lower-case particle ("Defender Rafael van der Vaart", "Goalkeeper Edwin van der Sar"
  PERSON, "Striker Jan Vennegoor of Hesselink" ORG) is no part of the name. `entities.
  strip_title` cuts a role off a name only where every word after it is capitalised, so the
  particle keeps the role on. Where the span's first word is a role (the `roles` list, as
  `strip_title` reads it), the next a common first name, and the words after it capitalised
  words or particles ending in a capitalised word, the role is cut off and the name is PERSON.
- `two_titles_glued_over_and`: two works the model glued over their "and" into one title
  ("action films of the 1980s, Romancing The Stone and The Jewel Of The Nile", "Comedy sequel
  Meet The Fockers and Shall We Dance?", "beating Shaun of the Dead and Shrek 2") are two works.
  Round r47c-orgthings parts two names glued into one ORG but leaves a sentence about works
  alone, where one title often holds "and" ("Harry Potter and the Prisoner of Azkaban", "Hide
  and Seek", "Dick and Dom In Da Bungalow"). A WORK_OF_ART mention (or an ORG one in a
  sentence with a work's word: "best known roles included The Joe Louis Story and Gone Are the
  Days") is parted where each side has two words or more and the right one opens with a
  capital word; a right side opening with an article ("The", "A", "An") only after a left
  side of three words or more ("Snow White and The Seven Dwarfs", "Four Weddings and A
  Funeral" stay one). Not where the left side holds a comma ("Lock, Stock and Two Smoking
  Barrels"), is a person's full name ("Harry Potter and The Goblet of Fire"), or the right
  one opens with a count ("Lock Stock and Two Smoking Barrels") or a determiner, nor where a
  side runs over five words (a report's long title, "Moving Beyond the Limits of Broadband with
  Fibre and Other Technologies"), nor where the whole ends in a
  body's kind word or the article writes its initials ("The Qualifications and Curriculum
  Authority (QCA)") or sets it in its own quotation marks ('"Racketeer Influenced and Corrupt
  Organisations"').
- `names_before_their_number`: a name that carries a number after it at every mention ("Band
  Aid 20", "Maroon 5", "Blink 182") is one name; the model tags the number CARDINAL apart and
  factx reported `Band Aid`. As `entity_numbered.numbered_names` does for a number before the
  name ("50 Cent"), the number is taken in only where the article shows it belongs: the
  mention is a person's or an organisation's (the model's PERSON or ORG), "<Name> <N>" is
  written twice or more in the article with the same number of one to three digits, and the
  number stands alone (no "2-1" score, "1.5", "1,000", "20%", "(Biscan 67)", "Henry 2, 29"
  scorer's list, nor a count's "for|of|to|in|per|out of" after it: "Warne 3 for 25"). A year
  (four digits) is no part of a name here.
- `titles_through_their_no`: a title that holds a chart's "No 1" ("Gonna Have a No 1 This
  Christmas", "Mambo No 5") is cut by the model or factx at its "No" (`Gonna Have a No`
  WORK_OF_ART). "No" or "Number" never ends a name: a mention that ends in it right before a
  number grows over the number and the capitalised words after it that the title runs on
  with (up to a lower-case word or a stop).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_bodies import with_grown
from factx.extract.evidence import country_keys
from factx.extract.first_names import first_names, person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# "<First> <particle> " right before a mention: "Os du ", "Ruud van ", "Edwin van der ".
_FIRST_AND_PARTICLE = re.compile(
    r"(?<![\w'’.-])(?P<first>[A-Z][a-z'’-]+) "
    r"(?:dal|del|della|dello|de|di|da|van|von|der|du|dos|das|den|ten|ter|le|la)"
    r"(?: (?:der|den|la|le|de))? $"
)


@cache
def _roles() -> frozenset[str]:
    aliases = data_file("aliases.json")
    return frozenset(w.casefold() for w in aliases["roles"])


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_file("aliases.json")["honorifics"])


def _no_country(words: str) -> bool:
    return words.casefold() not in country_keys(str.casefold)


_NAME_AFTER = re.compile(r" ([A-Z][\w'’-]+)")
_END_PARTICLES = frozenset(
    ["du", "van", "de", "der", "von", "da", "di", "dos", "das", "den", "ten", "ter", "del"]
)


def names_ended_at_their_particle(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each ending in a surname's particle before a capitalised word grown over
    that word: "Goalkeeper Edwin van der Sar saved" gives "Goalkeeper Edwin van der" (the
    model's span; the lead, round 48), "Defender Rafael van der" + `Vaart` ORG. No name ends
    in "van der" or "de", so the word after it is the name's own."""
    grown: list[tuple[int, RawMention]] = []
    for i, m in enumerate(mentions):
        words = m.text.split()
        if len(words) < 2 or words[-1] not in _END_PARTICLES:
            continue
        found = _NAME_AFTER.match(text, m.end)
        if found is None:
            continue
        end = found.end()
        grown.append((i, replace(m, text=text[m.start : end], end=end)))
    return with_grown(mentions, grown)


def surnames_cut_at_their_particle(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each surname cut after its particle ("Os du" + `Randt`) grown back over
    the first name and the particle, PERSON (the module's doc)."""
    if not any(f" {p} " in text for p in ("du", "van", "de", "der", "von", "da", "di", "dos")):
        return mentions
    grown: list[tuple[int, RawMention]] = []
    for i, m in enumerate(mentions):
        if " " in m.text or not m.text[:1].isupper() or not m.text.replace("-", "").isalpha():
            continue
        found = _FIRST_AND_PARTICLE.search(text, max(0, m.start - 40), m.start)
        if found is None:
            continue
        first = found.group("first")
        if first.casefold() in _roles() | _honorifics():
            continue
        if not (first.casefold() in first_names() or m.label == "PERSON"):
            continue
        whole_text = text[found.start() : m.end]
        if known_place(whole_text) or known_place(first) or not _no_country(m.text):
            continue
        if any(g.start < m.end and found.start() < g.end for _, g in grown):
            continue
        whole = replace(
            m, text=whole_text, start=found.start(), label="PERSON", cue="PERSON", by_form=False
        )
        grown.append((i, whole))
    return with_grown(mentions, grown)


# A number of one to three digits standing alone right after a mention: not "2-1", "1.5",
# "1,000", "20%", "67)" nor "2, 29"; the count words after it that make it a figure.
_NUMBER_AFTER = re.compile(
    r" (?P<number>\d{1,3})(?=['’]s\b|[.,;:!?\"”]?(?:\s|$))(?! ?[.,;:]? ?\d| \()"
    r"(?! (?:for|of|to|in|per|out|and|or|from|points?|goals?|wickets?|runs?|minutes?)\b)"
    # Not a score line's "Arsenal 2 Chelsea 1": another name and its number after it.
    r"(?! (?:[A-Z][\w'’-]* ){1,3}\d)"
)
_NUMBERED_LABELS = frozenset({"PERSON", "ORG"})


def _in_figures(text: str, start: int) -> bool:
    """Whether a name at `start` stands among figures: after a number ("Coruna 1 Real Madrid
    1"), or inside a bracket its line opened ("(C. Lewis 94, M. Butcher 70)", "(Biscan 67)")."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return re.search(r"\d\s*$", line) is not None or line.count("(") > line.count(")")


def _numbered_count(text: str, name: str, number: str) -> int:
    """How often the article writes `name` with `number` standing alone after it."""
    count = 0
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(name)}", text):
        if _in_figures(text, found.start()):
            continue
        after = _NUMBER_AFTER.match(text, found.end())
        count += after is not None and after.group("number") == number
    return count


def names_before_their_number(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each person's or organisation's name cut before the number the article
    writes after it twice or more grown over the number ("Band Aid" + " 20")."""
    counts: dict[tuple[str, str], int] = {}
    result: list[RawMention] = []
    for m in mentions:
        found = _NUMBER_AFTER.match(text, m.end)
        if m.label not in _NUMBERED_LABELS or found is None or _in_figures(text, m.start):
            result.append(m)
            continue
        key = (m.text, found.group("number"))
        if key not in counts:
            counts[key] = _numbered_count(text, *key)
        if counts[key] < 2:
            result.append(m)
            continue
        end = found.end("number")
        result.append(replace(m, text=text[m.start : end], end=end))
    return result


# "No 1 This Christmas", "Number 5": the number and the capitalised words a title runs on with.
_NO_AND_AFTER = re.compile(r" \d{1,3}(?: (?:[A-Z][\w'’-]*|a|an|the|of|in|on|and|to|at|for))*")
_TRAILING_SMALL = re.compile(r"(?: (?:a|an|the|of|in|on|and|to|at|for))+$")


def titles_through_their_no(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each ending in "No" or "Number" before a number grown over the number and
    the title's capitalised words after it ("Gonna Have a No" + " 1 This Christmas")."""
    grown: list[tuple[int, RawMention]] = []
    for i, m in enumerate(mentions):
        words = m.text.split()
        if len(words) < 2 or words[-1] not in ("No", "Number"):
            continue
        found = _NO_AND_AFTER.match(text, m.end)
        if found is None:
            continue
        end = m.end + len(_TRAILING_SMALL.sub("", found.group()))
        grown.append((i, replace(m, text=text[m.start : end], end=end)))
    return with_grown(mentions, grown)


_PARTICLES = frozenset(
    [
        "dal",
        "del",
        "della",
        "dello",
        "de",
        "di",
        "da",
        "van",
        "von",
        "der",
        "du",
        "dos",
        "das",
        "den",
        "ten",
        "ter",
        "le",
        "la",
        "of",
    ]
)


def _of_a_surname(words: list[str]) -> bool:
    """Whether an "of" among the words is a surname's ("Jan Vennegoor of Hesselink"): one
    word after it that ends the span and is no place ("John Smith of Leeds" is a man of a
    town, "Tom Baxter of Sony Pictures" a man of a firm)."""
    if "of" not in words:
        return True
    return (
        words.index("of") == len(words) - 2
        and not known_place(words[-1])
        and _no_country(words[-1])
    )


def callings_before_particle_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each opening with a role's word before a first name and a particle's
    surname cut to the name, PERSON ("Defender" + "Rafael van der Vaart"; the module's doc)."""
    result: list[RawMention] = []
    for m in mentions:
        words = m.text.split(" ")
        if (
            len(words) >= 4
            and words[0][:1].isupper()
            and words[0].casefold() in _roles()
            and words[1].casefold() in first_names()
            and words[-1][:1].isupper()
            and any(w in _PARTICLES for w in words[2:-1])
            and all(w in _PARTICLES or w[:1].isupper() for w in words[2:])
            and _of_a_surname(words)
        ):
            start = m.start + len(words[0]) + 1
            m = replace(m, text=text[start : m.end], start=start, label="PERSON", cue="PERSON")
        result.append(m)
    return result


_WORKS_WORD = re.compile(
    r"\b(?:films?|movies?|albums?|songs?|singles?|tracks?|hits?|shows?|series|roles?|books?"
    r"|novels?|plays?|musicals?|games?|titles?|featurettes?|documentar(?:y|ies))\b",
    re.IGNORECASE,
)
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_ARTICLES = frozenset({"The", "A", "An"})
# A side of more words is a long title's part, and a right side opening with a determiner goes
# on with the left's words: "... the Limits of Broadband with Fibre and Other Technologies".
_MOST_WORDS = 5
_DETERMINERS = frozenset({"Other", "More", "Many", "Some", "All", "Its", "Their", "His", "Her"})
_COUNT_WORDS = frozenset(
    [
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Eleven",
        "Twelve",
        "Hundred",
        "Thousand",
    ]
)


def _sentence_of(text: str, start: int, end: int) -> str:
    before = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    after = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[before + 1 : min(after) if after else len(text)]


def two_titles_glued_over_and(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each work glued to another over their "and" parted into two works,
    WORK_OF_ART ("Romancing The Stone" + "The Jewel Of The Nile"; the module's doc)."""
    result: list[RawMention] = []
    for m in mentions:
        parted = _parted_titles(text, m)
        result.extend(parted if parted else [m])
    return result


@cache
def _kinds() -> frozenset[str]:
    data = data_file("entities.json")
    words = [*data["name_kinds"], *data["listed_name_kinds"], *data["body_kinds"]]
    return frozenset(w.casefold() for w in words)


def _kind_word(word: str) -> bool:
    """Whether `word` (or its singular) ends the names of bodies, firms or places
    ("Authority", "Organisations")."""
    return word.casefold() in _kinds() or word.casefold().removesuffix("s") in _kinds()


def _initials_written(text: str, m: RawMention) -> bool:
    """Whether the article writes the initials of the whole ("QCA", "RICO"): one name."""
    letters = "".join(w[0] for w in m.text.split() if w[:1].isupper() and w != "The")
    return len(letters) >= 3 and re.search(rf"\b{letters}\b", text, re.IGNORECASE) is not None


def _parted_titles(text: str, m: RawMention) -> list[RawMention]:
    if " and " not in m.text or m.text.count(" and ") > 1:
        return []
    if m.label != "WORK_OF_ART" and not (
        m.label == "ORG" and _WORKS_WORD.search(_sentence_of(text, m.start, m.end))
    ):
        return []
    left, right = m.text.split(" and ")
    lefts, rights = left.split(), right.split()
    if lefts and lefts[0] in ("the", "The") and m.label != "WORK_OF_ART":
        lefts = lefts[1:]
    if len(lefts) < 2 or len(rights) < 2 or not rights[0][:1].isupper():
        return []
    if rights[0] in _ARTICLES and len(lefts) < 3:
        return []
    if max(len(lefts), len(rights)) > _MOST_WORDS or rights[0] in _DETERMINERS:
        return []  # "Moving Beyond the Limits of Broadband with Fibre and Other Technologies"
    if "," in left or rights[0] in _COUNT_WORDS or person_by_first_name(" ".join(lefts)):
        return []
    quoted = text[m.start - 1 : m.start] in _QUOTES and text[m.end : m.end + 1] in _QUOTES
    if quoted or _kind_word(rights[-1]) or _initials_written(text, m):
        # "The Qualifications and Curriculum Authority (QCA)": one body's fields; a whole in
        # its own quotation marks ('running "Racketeer Influenced and Corrupt Organisations"')
        # is written as one name.
        return []
    right_start = m.start + len(left) + len(" and ")
    return [
        replace(m, text=left, end=m.start + len(left), label="WORK_OF_ART", cue="WORK_OF_ART"),
        replace(m, text=right, start=right_start, label="WORK_OF_ART", cue="WORK_OF_ART"),
    ]
