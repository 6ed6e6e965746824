"""A product's name and its version number after it are one name: "iPhone 4", "PlayStation 3".

The model tags "PlayStation" PRODUCT and leaves the "3" out, or tags nothing at all in "the
recently announced iPhone 4" and "iOS 5 introduces": a product's generation is written as a
small number after its name, and OntoNotes names the product with it, as the maker's rule does
for "Boeing 787" (factx.extract.makers). Two kinds of name take the number:

- a mention the model tagged as a product ("PlayStation" + "3", "Safari" + "4.0");
- a word written in a product's camel case, a lower-case letter or two before a capital
  ("iPhone", "iOS", "iPad"), tagged with any label or untagged: firms are rarely numbered so.

The number is a version, not a count or a measure: one to three figures, a decimal part, and at
most two capitals of a model ("3GS", "4S"), no unit ("40GB") and no unit or count word after it
("iPod 3 million", "Xbox 2 percent"), no more figures ("Wii 2 3"). A year is no version
("Windows 2000" keeps its own rule), nor a figure that another fact (money, a date) holds.

A film's or a game's sequel is numbered the same way: "Spider-Man 2 triumphed", "Metal Slug 3
is a wake-up call". The model reads the title before the number as a person or a firm; a name
it tagged a person, with no common first name, followed by one figure from 2 to 9 and then a
word in lower case or a stop, is the sequel's title, a work ("Band Aid 20" has two figures,
"Fathers 4 Justice" a capital after, "Warne 3 for 25" a bowler's figures). One it tagged a firm
is left alone: "S Club 7" and "BBC 3" are a band and a channel.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.evidence import product_by_name
from factx.extract.first_names import person_by_first_name
from factx.extract.spans import SpanIndex

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention
    from factx.extract.entity_date_names import Adder  # the one signature of rules that add

# A version after one space: figures, a decimal part, a model's capitals or a plural "s".
_VERSION = re.compile(r" (\d{1,3}(?:\.\d{1,2})?(?:[A-Z]{1,2}|s)?)(?![\w'’]|[.,:/-]\d)")
# Capitals after figures that are a unit, not a model: "40GB", "8MP".
_UNITS = frozenset({"GB", "MB", "KB", "TB", "MP", "MM", "CM", "KG", "KM", "M", "K", "G"})
# Words after the number that make it a count or a measure; "to" a range only before a figure
# ("Xbox 2 to 3 million"), not "released Firefox 1.0 to the public" (r32-glue).
_COUNTED = re.compile(
    r"\s*(?:%|-|–|(?:million|billion|thousand|hundred|m|bn|percent|per cent|pc|points?|times|"
    r"years?|months?|weeks?|days?|hours?|minutes?|seconds?|units?|of|to(?= [\d£$€])|inch(?:es)?|"
    r"GB|MB|TB|GHz|MHz)\b)",
    re.IGNORECASE,
)
# A list of versions after a name: "Windows 95, 98 and 2000" names the family, no one version.
_VERSION_LIST = re.compile(r" \d[\w.]*,? (?:\d|and \d|or \d)")
# A product's camel case: "iPhone", "iOS", "iPad", "eReader"; not "McDonald" (a capital first).
_CAMEL = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]*")
_UNTAGGED_CAMEL = re.compile(r"(?<![\w'’.-])[a-z]{1,2}[A-Z][A-Za-z]*(?= \d)")


# A sequel's number, then a word in lower case or a stop; not a count's "for", "of" or "to", a
# scorer's minutes ("Henry 2, 29") nor a version's decimals ("Guccifer 2.0"). "on" before a
# capitalised name that is no day or month is a format or a machine the sequel comes on ("with
# Spider-Man 2 on UMD", "Halo 2 on Xbox"; r34-works), not a count's "3 on Saturday".
_SEQUEL = re.compile(
    r" ([2-9])(?=[;:!?]|[.,](?! ?\d)| (?!(?:for|of|to|from|at|on|by|in|wickets?|runs?|goals?|"
    r"points?)\b)[a-z]| on (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z])"
)
# The labels the model gives a title cut at its sequel's number: a game as a firm ("Half-Life"
# ORG), a film as a person; not a place's ("the Sakhalin 5 field": a project's number).
_TITLE_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART"})
# A scorers' or a bowlers' line after the number ("Ronaldo 9, Rooney 87"), or people after it:
# "put together S Club 7, who had their own TV show" (a band).
_SCORERS = re.compile(r"[,;] ?[A-Z][\w'’-]* \d|,? who\b")
# A sequel's number after a title, wherever it stands: "with Half-Life 2" ending a headline.
_NUMBER_AFTER = re.compile(r" ([2-9])(?![\w'’]|[.,:/-]\d)")


def _numbered_elsewhere(text: str, title: str, number: str) -> bool:
    """Whether the article writes `title` and its sequel's `number` somewhere as a sequel's,
    before a lower-case word or a stop (`_SEQUEL`): "Could Half-Life 2 possibly live up"."""
    written = re.compile(rf"(?<![\w'’-]){re.escape(title)}(?= {number}\b)")
    for m in written.finditer(text):
        found = _SEQUEL.match(text, m.end())
        if found is not None and not _COUNTED.match(text, found.end()):
            return True
    return False


def sequels_at_every_mention(
    text: str, mentions: Sequence[RawMention], taken: Sequence[tuple[int, int]]
) -> list[RawMention]:
    """The mentions, each title grown over the sequel's number after it where the article
    writes that title and number as a sequel's elsewhere: "No half measures with Half-Life 2"
    (a headline's line end), "At times Half-Life 2 feels" found again by the name the model
    gave "Half-Life's world". A title the model tagged a person or a work is the sequel, a
    work (as `with_versions`); a firm's or a band's keeps its label ("S Club 7")."""
    spans = SpanIndex([*taken, *((m.start, m.end) for m in mentions)])
    # "Cristiano Ronaldo" ... "Ronaldo 9, Rooney 87": a person's surname and a goal's minute.
    surnames = {
        m.text.split()[-1] for m in mentions if m.label == "PERSON" and person_by_first_name(m.text)
    }
    result: list[RawMention] = []
    for m in mentions:
        found = _NUMBER_AFTER.match(text, m.end)
        if (
            found is not None
            and m.label in _TITLE_LABELS
            and not person_by_first_name(m.text)
            and m.text not in surnames
            and not _SCORERS.match(text, found.end())
            and not spans.overlaps(m.end, found.end())
            and not _COUNTED.match(text, found.end())
            and _numbered_elsewhere(text, text[m.start : m.end], found.group(1))
        ):
            end = found.end()
            product = product_by_name(m.text)  # "IE" + " 7": a version, no sequel
            m = replace(m, text=text[m.start : end], end=end)
            if product:
                m = replace(m, label="PRODUCT")
            elif m.label in _SEQUEL_LABELS:
                m = replace(m, label="WORK_OF_ART", cue=m.cue or "WORK_OF_ART")
        result.append(m)
    return result


# Not a firm's ("Sony 4 said", "S Club 7, who", "BBC 3"): firms and bands are numbered too.
_SEQUEL_LABELS = frozenset({"PERSON", "WORK_OF_ART"})


# A title named for a day, written as its day and month after a capitalised word ("Fahrenheit
# 9/11"): `glue.py` keeps the number, no score; no firm, person or place is named with a date
# so, and the model reads the title as one.
_DATED_TITLE = re.compile(r"[A-Z][\w'’-]* \d{1,2}/\d{1,2}$")
_DATED_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"})


def _sequel_end(text: str, m: RawMention, taken: SpanIndex) -> int | None:
    """Where the sequel's number after a title the model tagged a person or a work ends."""
    if m.label not in _SEQUEL_LABELS or person_by_first_name(m.text):
        return None
    found = _SEQUEL.match(text, m.end)
    if found is None or _COUNTED.match(text, found.end()) or taken.overlaps(*found.span(1)):
        return None
    return found.end()


def _version_end(text: str, end: int, taken: SpanIndex) -> int | None:
    """Where the version number written right after text[:end] ends, or None if there is none."""
    found = _VERSION.match(text, end)
    if found is None:
        return None
    number = found.group(1)
    letters = number.lstrip("0123456789.")
    if letters.upper() in _UNITS or _COUNTED.match(text, found.end()):
        return None
    if taken.overlaps(found.start(1), found.end(1)):
        return None
    return found.end()


def with_versions(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, each product grown over its version number, and each sequel's title over
    its number as a work ("Spider-Man 2"); untagged camel-case products with a version added
    ("iPhone 4", `add` makes a mention of a layout's span and label)."""
    spans = SpanIndex([*taken, *((m.start, m.end) for m in mentions)])
    others = SpanIndex(taken)
    result: list[RawMention] = []
    for m in mentions:
        # A name the product cue knows grows too, whatever the model's label: "Firefox" PERSON
        # + " 1.0" (r32-glue).
        known = product_by_name(m.text) and not _VERSION_LIST.match(text, m.end)
        if m.label == "PRODUCT" or _CAMEL.fullmatch(m.text) or known:
            end = _version_end(text, m.end, others)
            if end is not None and not spans.overlaps(m.end, end):
                m = replace(m, text=text[m.start : end], end=end, label="PRODUCT")
        elif m.label in _DATED_LABELS and _DATED_TITLE.search(m.text):
            # "Fahrenheit 9/11" ORG: a name ending in a day's and a month's slash is a title's.
            m = replace(m, label="WORK_OF_ART", cue=m.cue or "WORK_OF_ART")
        elif (end := _sequel_end(text, m, others)) is not None and not spans.overlaps(m.end, end):
            m = replace(m, text=text[m.start : end], end=end, label="WORK_OF_ART")
            m = replace(m, cue=m.cue or "WORK_OF_ART")
        result.append(m)
    found: list[RawMention] = []
    for layout in layouts:
        for word in _UNTAGGED_CAMEL.finditer(text, layout.offset, layout.end):
            start = word.start()
            end = _version_end(text, word.end(), others)
            if end is None or spans.overlaps(start, end):
                continue
            found.append(add(text, layout, start, end, "PRODUCT", "PRODUCT"))
    return sorted([*result, *found], key=lambda m: m.start) if found else result


# A model's letters after a slash that end a product's name: "Blue Gene/L", "Red Storm/X".
_MODEL_SUFFIX = re.compile(r"/[A-Z0-9][A-Za-z0-9]{0,3}")


# A release's number with one decimal after a name: "Firefox 1.0", "Opera 8.0".
_RELEASE = re.compile(r"(?<=[A-Za-z]) \d\.\d$")


def product_families(mentions: Sequence[RawMention]) -> None:
    """A name the article writes elsewhere with a model's letters after a slash, where the
    words there show a product ("IBM's prototype Blue Gene/L machine"), is the product's
    family, a product too: "Blue Gene will be capable of petaflop computing" (the model's
    PERSON). Sets the cue of each such mention that has none (mentions are mutable)."""
    products = {
        m.text[: found.start()]
        for m in mentions
        if m.cue == "PRODUCT"
        and (found := _MODEL_SUFFIX.search(m.text)) is not None
        and found.end() == len(m.text)
    } | {
        # "Net browser Opera 8.0" ... "Opera is free to download": a release's decimal after
        # its name, which `glue.py` keeps, makes the name alone the program's (r32-glue).
        m.text[: found.start()]
        for m in mentions
        if (m.cue or m.label) == "PRODUCT" and (found := _RELEASE.search(m.text)) is not None
    }
    if not products:
        return
    for m in mentions:
        name = m.text[4:] if m.text.startswith(("the ", "The ")) else m.text
        if not m.cue and name in products:
            m.cue = "PRODUCT"
