"""Percent and quantity facts: values with units, or with the noun they count."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from factx.extract.ages import age_of, find_ages
from factx.extract.base import Context, Segment, fact_id
from factx.extract.spans import char_spans, doc_text, overlaps
from factx.normalize.fractions import (
    COUNT_RANGE_RE,
    FEET_INCHES_RE,
    FRACTION_RE,
    count_range,
    inches_from_match,
    share_from_match,
)
from factx.normalize.money import (
    PLURAL_SCALES,
    VAGUE_COUNT,
    VAGUE_PLURAL_WORDS,
    VAGUE_RANGE,
    plural_count,
    vague_words,
)
from factx.normalize.numbers import parse_number
from factx.normalize.qualifiers import normalize_qualifier
from factx.normalize.quantities import (
    PERCENT_RE,
    normalize_unit,
    percent_from_match,
    quantity_re,
)
from factx.records import PercentFact, QuantityFact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words before a number that make it an identifier or a rank, not an amount of something.
_ID_BEFORE = {"no", "no.", "number", "nos", "#", "page", "room", "flight", "route", "version",
              "chapter", "article", "section", "paragraph", "windows", "iphone", "level",
              "grade", "size", "channel", "bill", "resolution", "law", "tier", "phase", "stage",
              "gen", "generation", "model", "series", "figure", "table", "item", "line",
              "game", "round", "week", "day", "year", "season", "episode"}  # fmt: skip
_QUALIFIER_BEFORE = re.compile(
    r"\b(?P<qual>more than|less than|fewer than|at least|up to|as many as|about|around|"
    r"approximately|roughly|nearly|almost|over|under|some|an estimated|just over|just under)\s+$",
    re.IGNORECASE,
)


def find_percents(doc: Doc) -> list[Span]:
    text = doc_text(doc)
    return list(char_spans(doc, _split_changes(PERCENT_RE.finditer(text), text), group=0))


class _Piece:
    """A part of a match, with the `span` of a match, for `char_spans`."""

    def __init__(self, start: int, end: int) -> None:
        self.bounds = (start, end)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.bounds


def _split_changes(matches: Iterator[re.Match[str]], text: str) -> Iterator[Any]:
    """The percent of each match; "edged up 0.1% to 4.7%" is two, the change and the level it
    reached, where a range ("5% to 7% of voters") is one."""
    for match in matches:
        start, end = match.span("percent")
        low_end = match.end("low")
        first_unit = _OWN_UNIT.match(text, low_end)
        if match["high"] and not first_unit and _YEAR.fullmatch(match["low"]):
            yield _Piece(match.start("high"), end)  # "from 5% in 2004 to 4.25%": a year
            continue
        # "edged up 0.1% to", "lifted interest rates 0.25% to": a word of change just before,
        # or before the thing that changed.
        changed = match["high"] and match["joint"] == "to" and not match["from"]
        if changed and first_unit and _change_word_before(text, match.start()):
            yield _Piece(start, first_unit.end())
            yield _Piece(match.start("high"), end)
            continue
        yield _Piece(start, end)


_YEAR = re.compile(r"(?:19|20)\d{2}")


def _change_word_before(text: str, start: int, skip: int = 0) -> bool:
    """Whether one of the three words before `start` (less the last `skip` of them) is a word
    of change: "edged up", "lifted interest rates", "rose from"."""
    words = text[max(0, start - 40) : start].split()
    words = words[: len(words) - skip] if skip else words
    return any(w.lower() in _word_lists()["change_words"] for w in words[-3:])


# The low number of a pair written with its own unit: "0.1% to", "2 per cent to".
_OWN_UNIT = re.compile(r"\s?(?:%|(?i:per\s?cent|pct))(?=\s?to\b)")


def find_quantities(doc: Doc) -> list[Span]:
    """Measured amounts ("5 km") and counts of things ("150 million US users").

    Dates, money and percentages found before are left out, as are identifiers
    ("Law No. 114-FZ", "Windows 10"), ordinals and phone numbers.
    """
    taken = [
        (s.start_char, s.end_char)
        for key in ("factx_dates", "factx_money", "factx_percent")
        for s in doc.spans.get(key, [])
    ]
    found: list[Span] = []
    text = doc_text(doc)
    for span in find_ages(doc):  # before counts: "Papermaster, 49," counts nothing
        if not overlaps(span, taken):
            found.append(span)
            taken.append((span.start_char, span.end_char))
    # Shares and feet-and-inches first: read as counts, "two-thirds" would be two thirds.
    compound = [
        *char_spans(doc, FRACTION_RE.finditer(text), group="fraction"),
        *char_spans(doc, FEET_INCHES_RE.finditer(text), group="measure"),
    ]
    for span in sorted(compound, key=lambda s: s.start):
        if not overlaps(span, taken):
            found.append(span)
            taken.append((span.start_char, span.end_char))
    for match in COUNT_RANGE_RE.finditer(text):
        for span in char_spans(doc, [match], group="range"):
            if overlaps(span, taken):
                continue
            if _after_a_number(span):
                continue  # "10 737-800 planes": a model's number, not a range of planes
            if _is_change(match, text) and _range_noun(span) is not None:
                # "cut from 5,000 to 3,500 jobs": two counts of jobs, before and after.
                found.extend(char_spans(doc, [match], group="low"))
                found.extend(char_spans(doc, [match], group="high"))
            elif count_range(match) is not None and _range_noun(span) is not None:
                found.append(span)
            # A score ("a 30-0 lead") is no quantity, nor is either of its numbers.
            taken.append((span.start_char, span.end_char))
    for match in quantity_re().finditer(text):
        measured = next(char_spans(doc, [match], group="quantity"), None)
        if measured is None or measured.start_char != match.start("quantity"):
            continue  # inside a longer token: "&#163;8m" is no 8 metres
        if _TITLED_MEASURE.fullmatch(match["quantity"]):
            continue  # "Three Degrees star Sheila Ferguson": a band's name, not a temperature
        if not overlaps(measured, taken):
            found.append(measured)
            taken.append((measured.start_char, measured.end_char))
    if "s of " in text:  # "thousands of people"
        for match in VAGUE_PLURAL.finditer(text):
            vague = next(char_spans(doc, [match], group="vague"), None)
            if vague is not None and not overlaps(vague, taken) and vague_noun(vague) is not None:
                found.append(vague)
                taken.append((vague.start_char, vague.end_char))
    for match in _PART_OF_A_SCALE.finditer(text):
        # "Two and a half million homes" (which the model may call a date), "half a million
        # people": a count the entities below would cut to "a million", or miss.
        part = next(char_spans(doc, [match]), None)
        if part is not None and not overlaps(part, taken) and counted_noun(part) is not None:
            found.append(part)
            taken.append((part.start_char, part.end_char))
    for ent in doc.ents:
        # A MONEY entity with no currency that money facts left out is a count the model
        # mislabelled ("more than 4 billion songs").
        if ent.label_ not in ("CARDINAL", "QUANTITY", "MONEY") or overlaps(ent, taken):
            continue
        number = _number_part(ent)
        if number is None or _is_identifier(number):
            continue
        if (
            counted_noun(number) is None
            and elided_noun(number) is None
            and change_noun(number) is None
            and compared_noun(number) is None
        ):
            continue
        span = number
        found.append(span)
        taken.append((span.start_char, span.end_char))
    found.extend(_counts_after_a_month(doc, taken))
    return sorted(found, key=lambda s: s.start)


def _a_count_after_a_month(number: Token) -> bool:
    """A number between a month and a plural noun, with the date cut before it (see
    dates._month_before_a_count): "In January 25 people were jailed"."""
    doc = number.doc
    after = number.i + 1 < len(doc) and (
        doc[number.i + 1].tag_ in ("NNS", "NNPS") or doc[number.i + 1].lower_ == "people"
    )
    return after and any(d.end == number.i for d in doc.spans.get("factx_dates", []))


def _counts_after_a_month(doc: Doc, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """A count the model read as a month's day: "In January 25 people were jailed" gives the
    date "January" (see dates._month_before_a_count), and the model's DATE entity "January 25"
    hid the count of people from the entities above."""
    for date in doc.spans.get("factx_dates", []):
        if date.end >= len(doc) or not doc[date.end].like_num:
            continue
        number = doc[date.end : date.end + 1]
        if not overlaps(number, taken) and counted_noun(number) is not None:
            taken.append((number.start_char, number.end_char))
            yield number


# A fraction of a scale in words: "half a million", "one and a half million", "a quarter of a
# million", "three quarters of a billion".
_PART_OF_A_SCALE = re.compile(
    r"(?<![\w-])(?i:(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+an?\s+"
    r"(?:half|quarter)|half\s+an?|(?:a|one|three)\s+(?:quarters?|half)\s+of\s+an?)"
    r"\s+(?:thousand|million|billion|trillion))(?![\w-])"
)


# A number in words and a unit word, both capitalized: a name ("The Three Degrees"), since
# a measure writes its unit in lower case even at the start of a sentence.
_TITLED_MEASURE = re.compile(r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*[\s-][A-Z][a-z]{2,}")


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def _is_change(match: re.Match[str], text: str) -> bool:
    """Whether "from X to Y" is a change, two counts, rather than a range: it runs downwards
    ("cut from 5,000 to 3,500 jobs"), or a word of change comes just before it ("rose from
    300 to 400 workers"); "from 300 to 400 people attended" stays a range."""
    start = match.start()
    if match["between"] or not _FROM_BEFORE.search(text, max(0, start - 8), start):
        return False
    if text[match.end("low") : match.start("high")].strip().lower() != "to":
        return False
    low, high = parse_number(match["low"]), parse_number(match["high"])
    if low is None or high is None:
        return False
    return low > high or _change_word_before(text, start, skip=1)  # the words before "from"


def change_noun(span: Span) -> Token | None:
    """The noun a count changed from counts: the one after the count it changed to ("from 2
    million to 3 million members": members), and so does that count where the parse does not
    tie it to the noun."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "to":
        to = span.start - 1
        if (
            to > 1
            and doc[to - 1].like_num
            and any(doc[i].lower_ == "from" for i in range(max(0, to - 4), to))
        ):
            return _range_noun(span)
        return None
    if span.start == 0 or doc[span.start - 1].lower_ != "from":
        return None
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "to":
        return None
    end = span.end + 1
    while end < len(doc) and (doc[end].like_num or doc[end].lower_ in _SCALE_NAMES):
        end += 1
    return _range_noun(doc[span.end + 1 : end]) if end > span.end + 1 else None


def compared_noun(span: Span) -> Token | None:
    """The noun of the count a bare number is set against, before it in its sentence: "54
    million people are online, up from 34 million a year ago" (people), "it sold 3,000 cars,
    against 2,500 in 2003" (cars). Not the low end of a change or range ("from 300 to 400")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ == "to":
        return None
    if _A_YEAR.fullmatch(span.text):
        return None  # "up from 2003": a year, whatever the model says
    found = _number_set_against(span)
    if found is None:
        return None
    cue, number = found
    noun = counted_noun(doc[number : number + 1])
    if noun is not None and noun.tag_ in ("NNS", "NNPS") and noun.i < cue:
        return noun
    return None


def _number_set_against(span: Span) -> tuple[int, int] | None:
    """The index of the word that sets a bare number against another ("from", "against",
    "compared with") and of the nearest number before it in its sentence: "an index two
    quarters ahead rose to 102.5, from 102.2" sets 102.2 against 102.5."""
    doc = span.doc
    if span.start < 2 or not _set_against(doc, span.start):
        return None
    cue = span.start - (2 if doc[span.start - 1].lower_ in ("with", "to") else 1)
    number = next((i for i in range(cue - 1, span.sent.start - 1, -1) if doc[i].like_num), None)
    return None if number is None else (cue, number)


def _set_against(doc: Doc, start: int) -> bool:
    before = doc[start - 1].lower_
    if before in ("from", "against", "versus", "vs", "vs."):
        return True
    return before in ("with", "to") and doc[start - 2].lower_ == "compared"


_A_YEAR = re.compile(r"(?:1[89]|20)\d\d")


# The words of a number's scale after its digits: "3 million", "2.5bn".
_SCALE_NAMES = ("thousand", "million", "billion", "trillion", "m", "bn")


# The scale words the model takes into a count's entity alone ("almost a million jobs"); the
# shorthands of `_SCALE_NAMES` ("m", "bn") only follow digits.
_SCALES = frozenset({"million", "billion", "thousand"})
# A fraction of a scale: "half a million", "a quarter of a million", "one and a half million".
_PARTS = frozenset({"half", "quarter", "quarters", "third", "thirds"})
_JOINS = frozenset({"and", "-", "a", "an", "of"})


def _number_part(ent: Span) -> Span | None:
    """The number tokens of an entity ("about 150 million" -> "150 million", "more than half
    a million" -> "half a million")."""
    doc = ent.doc
    tokens = [t for t in ent if t.like_num or t.lower_ in _SCALES]
    if not tokens:
        return None
    start, end = tokens[0].i, tokens[-1].i + 1
    if any(not (t.like_num or t.lower_ in _SCALES | _PARTS | _JOINS) for t in doc[start:end]):
        return None
    # The model may leave "half a" or "a quarter of a" out of the entity: the longest run of
    # number words before it that reads as one number with it ("one and a half million").
    for before in range(max(0, start - 6), start if doc[start].lower_ in _SCALES else 0):
        words = doc[before:start]
        if (
            (doc[before].like_num or doc[before].lower_ in _PARTS | {"a", "an"})
            and any(t.lower_ in _PARTS for t in words)
            and all(t.like_num or t.lower_ in _PARTS | _JOINS for t in words)
            and parse_number(doc[before:end].text) is not None
        ):
            return doc[before:end]
    scale = doc[start].lower_ in _SCALES
    if start > 0 and doc[start - 1].lower_ in ("a", "an") and scale:
        start -= 1  # "almost a million jobs": the article is the count's "one"
    return doc[start:end]


def _after_a_number(span: Span) -> bool:
    """Whether digits follow a count's digits: "10 737-800 planes" counts ten of a model."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        before is not None and before.text[:1].isdigit() and before.like_num
        and span.text[:1].isdigit()
    )  # fmt: skip


# A model's name in the plural: "777s", "A320s", not "1990s" (a decade is a date's).
_PLURAL_MODEL = re.compile(r"(?![12]\d{2}0s)\w*\d\w*s")
# A model's number: three or four digits, not round ("787", "7610"; not "150", "2000").
_MODEL_SHAPE = re.compile(r"\d{2}[1-9]0|\d{2,3}[1-9]")


_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})")
SHARE_DENOMINATOR = 10  # the largest denominator of a share news writes in digits ("2/3")


def _slashed_name(text: str) -> bool:
    """slashed_names: "the 9/11 attacks", "the 7/7 bombings", "open 24/7" name a day or say
    "all the time"; read as shares they were 0.82 attacks and 1 bombing. A share in digits
    is smaller than one and over a small denominator ("2/3 of voters", "3/4")."""
    m = _SLASHED.fullmatch(text)
    if m is None:
        return False
    num, den = int(m[1]), int(m[2])
    return num >= den or den > SHARE_DENOMINATOR


def _is_identifier(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and (before.lower_ in _ID_BEFORE or before.pos_ == "PROPN"):
        return True
    if _after_a_number(span):
        return True
    model = after is not None and after.pos_ == "PROPN" and after.is_title
    if model and _MODEL_SHAPE.fullmatch(span.text):
        return True  # "its 787 Dreamliner aircraft": a model's number before its name
    if span.start_char > 0 and doc_text(doc)[span.start_char - 1] in "#&":
        return True  # a character reference ("&#163;8m") or a number sign
    if re.fullmatch(r"\d+\.0", span.text):
        return True  # a version: "USB 2.0 connections"
    if after is not None and not span[-1].whitespace_ and after.is_alpha:
        # Letters glued to the digits make a name ("3G", "4K") unless they are a scale ("1.5m").
        return after.lower_ not in ("k", "m", "mn", "bn", "b", "tn", "million", "billion")
    if span.start_char > 0 and doc_text(doc)[span.start_char - 1] in "'’":
        return True  # an abbreviated year or version: "iLife '11"
    if after is not None and after.text in ("-", "–") and span.end + 1 < len(doc):
        return doc[span.end + 1].is_alpha and doc[span.end + 1].is_upper  # "114-FZ"
    if re.search(r"\d{3}[-. ]\d{3,4}[-. ]\d{3,4}", span.text):
        return True  # a phone number
    if _slashed_name(span.text):
        return True
    return any(t.text.endswith(("st", "nd", "rd", "th")) and t.text[0].isdigit() for t in span)


def _million_count(span: Span) -> Token | None:
    """The plural noun after "1.5m" when the "m" is a million of them ("1.5m users"), not
    metres ("a 2m wall", "100m sprint"), which a plural noun after it rules out; or the noun of
    the million count it is set against ("11.9m viewers, up from 4m last week")."""
    if not _MILLION_M.fullmatch(span.text):
        return None
    return _million_noun_after(span) or _million_set_against(span)


# "1.5m": digits and an "m" that is either a million or metres.
_MILLION_M = re.compile(r"\d+(?:\.\d+)?m")


def _million_set_against(span: Span) -> Token | None:
    """ "watched by 11.9m viewers, up from 4m last week": a bare "4m" set against an earlier
    million count in its sentence counts millions of the same noun; a distance is not set
    against a count of viewers."""
    found = _number_set_against(span)
    if found is None:
        return None
    doc, number = span.doc, found[1]
    # "11.9" "m" as the tokenizer splits it, or "11.9m" as one token.
    end = number + 2 if number + 1 < len(doc) and doc[number + 1].lower_ == "m" else number + 1
    earlier = doc[number:end]
    # Not a million count ("from 6m": metres before), then "4m" is metres too.
    return _million_noun_after(earlier) if _MILLION_M.fullmatch(earlier.text) else None


def _glued_stop(span: Span) -> bool:
    """ "over 60m.": spaCy's own tokenizer keeps "m." as one token (an abbreviation), so the
    measure's span ends in the sentence's full stop, and read whole "60m." was 60 million of
    nothing. factx's pipeline drops that special case (`pipeline.load`); a user's own spaCy
    pipeline with the factx components keeps it."""
    last = span.doc[span.end - 1]
    return (
        len(last.text) > 1
        and last.text.endswith(".")
        and quantity_re().fullmatch(span.text[:-1]) is not None
    )


def _distance_runners(span: Span, noun: Token) -> bool:
    """distance_runners (round r55-figures): "the world's top three 800m runners", "the 400m
    runners": who race a distance are named by it, so "800m" is metres, not 800 million runners.
    Only a whole number of 50 or more (the distances raced, 60m up to 10,000m); "2m swimmers"
    may well be two million of them."""
    if noun.lemma_.lower() not in _word_lists()["distance_runners"]:
        return False
    digits = span.text[:-1]
    return digits.isdigit() and int(digits) >= 50


def _million_noun_after(span: Span) -> Token | None:
    if span.end >= len(span.doc):
        return None
    after = span.doc[span.end]
    head = span.root.head  # "300m blog entries": the noun the number counts
    nouns: tuple[Token, ...] = (after, head)
    if after.lower_ == "of":  # "1.1m of the UK's 1.6m Muslims": a part of them
        nouns = tuple(
            t for t in span.doc[span.end + 1 : span.end + 8] if t.tag_ in ("NNS", "NNPS")
        )[:1]
    for noun in nouns:
        if (
            noun.i >= span.end
            and noun.tag_ in ("NNS", "NNPS")
            and normalize_unit(noun.text) is None
        ):
            # "the 200m events", "100m races": a distance run, not millions of races.
            if noun.lemma_.lower() in _word_lists()["distance_nouns"]:
                return None
            if _distance_runners(span, noun):
                return None
            return noun
    return None


def counted_noun(span: Span) -> Token | None:
    """The noun a number counts: "150 million US users" -> users; None if it counts nothing.

    Also a plural name ("five Boeing 737s") and the noun of a partitive ("20 of its planes").
    """
    root = span.root
    last = span[-1]
    if last.lower_ in _SCALES and any(t.lower_ in _PARTS for t in span) and last.head.i >= span.end:
        root = last  # "a quarter of a million people": the scale counts, not "quarter"
    head = root.head
    counts = root.dep_ in ("nummod", "quantmod", "compound") and head.i >= span.end
    if counts and (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.tag_ == "NNPS")):
        return head
    if counts and head.pos_ in ("PROPN", "NUM") and _PLURAL_MODEL.fullmatch(head.text):
        return head  # a plural model name: "18 777s", "24 A320s" (tagged as a number)
    if root.dep_ == "nummod" and head.i == root.i - 1 and _a_count_after_a_month(root):
        return root.nbor()  # "In January 25 people": the parser hung 25 on the month
    if root.dep_ in ("nummod", "quantmod", "compound") or root.lower_ in ("one", "1"):
        return None  # "one of the biggest" is an idiom more than a count
    group = head.head if root.dep_ == "pobj" and head.lower_ == "of" else None
    if group is not None and group.i == head.i - 1 and group.lower_ in _word_lists()["group_nouns"]:
        return group  # "a flight crew of six", "a total of 300": how many it has
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            nouns = [t for t in child.children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")]
            if nouns and nouns[0].tag_ in ("NNS", "NNPS"):
                return nouns[0]
    return None


# "Thousands of people", "tens of thousands of jobs", "dozens of shops": a vague count.
VAGUE_PLURAL = re.compile(rf"(?<![\w-])(?P<vague>{VAGUE_PLURAL_WORDS})(?=\s+of\s)")
_VAGUE_SPAN = re.compile(VAGUE_PLURAL_WORDS)


def vague_noun(span: Span) -> Token | None:
    """The plural noun a vague count counts ("thousands of angry fans" -> fans); None for
    money and time, which are no count of things ("thousands of pounds", "of years")."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of":
        return None
    for token in doc[span.end + 1 : min(len(doc), span.end + 6)]:
        if (
            token.tag_ in ("NNS", "NNPS")
            and token.i + 1 < len(doc)
            and doc[token.i + 1].tag_ == "POS"
        ):
            continue  # "billions of farmers' livelihoods" count the livelihoods
        if token.tag_ in ("NNS", "NNPS"):
            lists = _word_lists()
            other = token.lower_ in lists["money_nouns"] or token.lower_ in lists["time_nouns"]
            return None if other or token.lower_ in PLURAL_SCALES else token
        if token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM") or token.is_punct:
            return None
    return None


def elided_noun(span: Span) -> Token | None:
    """ "4,300 jobs in France, 3,700 in Germany and 400 in Spain": a number listed after a
    count, followed by the same preposition, counts the same noun; so does one listed right
    before a count ("killed 102 and 21 people respectively")."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ in ("and", "or"):
        # "capable of holding 500 and 1,000 songs": the next number's noun is this one's too.
        following = doc[span.end + 1]
        if following.like_num and following.i + 1 < len(doc):
            noun = counted_noun(doc[following.i : following.i + 1])
            if noun is None or noun.tag_ not in ("NNS", "NNPS"):
                return None
            return noun if noun.i == following.i + 1 else None
    root = span.root
    if root.dep_ == "conj" and root.head.like_num and root.head.i < span.start:
        # "500 and 1,000 songs" parsed as one count with a second number joined to it
        noun = counted_noun(doc[root.head.i : root.head.i + 1])
        if noun is not None and noun.i > root.i and noun.tag_ == "NNS":
            return noun
    if span.end >= len(doc) or span.start == 0 or doc[span.start - 1].lower_ not in _LISTING:
        return None
    prep = doc[span.end]
    if prep.tag_ != "IN" or prep.lower_ in ("of", "than", "that"):
        return None
    first = max(span.sent.start, span.start - 40)
    for i in range(span.start - 2, first + 1, -1):
        token = doc[i]
        if token.pos_ in ("VERB", "AUX") or token.text in (";", ":"):
            return None
        if token.lower_ != prep.lower_ or doc[i - 1].tag_ != "NNS":
            continue
        number = doc[i - 2] if doc[i - 2].like_num else doc[i - 3] if i >= 3 else None
        if number is not None and number.like_num and number.i >= first:
            return doc[i - 1]
    return None


_LISTING = (",", "and", "or")


_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# A name followed by a number of three or four digits that is not round: a model or product
# number ("Boeing 787", "Airbus 380"), so "the new 787" elsewhere in the article is a name.
_MODEL_NUMBER = re.compile(
    rf"(?<![\w.])(?!(?:{_MONTHS})\b)(?:[A-Z][a-z]+|[A-Z]{{2,}}) "
    # "Boeing 787", "Nokia 7610"; not the round "Boeing 700".
    rf"(?P<n>{_MODEL_SHAPE.pattern})(?!\d|[,.]\d)"
)


# A number with a possessive is a thing with a name: "many of the 7610's functions"; so is one
# in the plural that is no decade ("18 777s" are eighteen planes of the model 777).
_POSSESSIVE_NUMBER = re.compile(r"(?<![\w.,])(?P<n>\d{3,4})['’]s\b")
_PLURAL_NUMBER = re.compile(rf"(?<![\w.,])(?![12]\d{{2}}0s)(?P<n>{_MODEL_SHAPE.pattern})s\b")


@lru_cache(maxsize=8)
def _model_numbers(article: str) -> frozenset[str]:
    """Numbers the article uses as names ("Boeing 787", "the 7610's functions"); counted
    elsewhere they are not counts."""
    named = [m.group("n") for m in _MODEL_NUMBER.finditer(article)]
    named += [m.group("n") for m in _POSSESSIVE_NUMBER.finditer(article)]
    named += [m.group("n") for m in _PLURAL_NUMBER.finditer(article)]
    return frozenset(named)


def _is_count(span: Span, value: int | float | None, noun: Token) -> bool:
    """Whether a number before a noun counts it.

    Not the word "one", which is mostly a determiner or pronoun ("one another", "in one hit",
    "World at One"); and for a number in words, not one glued to a word by a hyphen
    ("two-time", "a two-screen console"), a name ("Six Nations") or one before a singular
    noun ("four star petrol", "zero tolerance") unless it counts in the singular ("eighty
    staff"). Scores ("a 30-0 lead") are left out where they are found.
    """
    doc = span.doc
    if span.text.lower() == "one":
        return False
    if noun.i < span.start:
        return True  # "a total of 300", "a family of five": a group noun, told before its size
    after = doc[span.end] if span.end < len(doc) else None
    if not span[0].is_alpha:
        return _digits_count(value, noun, after)
    if after is not None and after.text == "-" and not span[-1].whitespace_:
        return False
    definite = span.start > 0 and doc[span.start - 1].lower_ in _DEFINITE
    if definite and value is not None and value <= 10:
        return False  # "the two companies": the ones already named, not a new count
    if span[0].is_title and noun.is_title and noun.ent_type_ != "NORP":  # "Five million Germans"
        if not span[0].is_sent_start:
            return False  # "the old Five Nations", "Six Nations games": a name
        following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if following is not None and following.is_alpha and following.is_lower:
            # "Three Degrees star Sheila Ferguson": in a sentence-case line, a capital on the
            # noun makes a name; a Title Case headline ("Three Men Held") still counts.
            return False
    if value is None or value == 1 or noun.tag_ != "NN" or _hyphenated(noun) != noun.lower_:
        return True
    return noun.lower_ in _word_lists()["collective_nouns"]


# Before a small number in words, these point back at things already told of.
_DEFINITE = ("the", "these", "those")


def _digits_count(value: int | float | None, noun: Token, after: Token | None) -> bool:
    """Digits count the noun after them, and measure as a modifier ("a 290-seat plane", "a
    5,000 seat stadium"); before a singular noun that measures nothing else they rank or rate
    ("the top 100 list", "a 15 rating", "a 60 strong team"), unless the noun counts in the
    singular ("60 staff")."""
    if value is None or value == 1 or noun.tag_ != "NN":
        return True
    if (after is not None and after.text == "-") or (
        noun.dep_ in ("compound", "nmod") and noun.head.i > noun.i
    ):
        return True  # "a 290-seat plane", "a 5,000 seat stadium": the seats measure the stadium
    return noun.lower_ in _word_lists()["collective_nouns"]


def _measure_noun(span: Span, noun: Token | None) -> Token | None:
    """ "A 5,000 seat stadium": the parser counts the stadium, the number counts the seats."""
    if noun is None or noun.tag_ != "NN" or not span[-1].like_num or span.end >= noun.i:
        return noun  # "6,650 garment workers" count the workers
    after = span.doc[span.end]
    if after.tag_ == "NN" and after.dep_ == "compound" and after.head.i == noun.i:
        return after
    return noun


_SCALE_WORDS = {10**2, 10**3, 10**6, 10**9, 10**12}  # "hundred", ... "trillion"


def _a_name(span: Span, noun: Token) -> bool:
    """ "A first Five or Six Nations title": capitalized numbers before a capitalized noun."""
    return span[0].is_title and not span[0].is_sent_start and noun.is_title


def _hyphenated(noun: Token) -> str:
    """ "Eight super-casinos", "18 chart-toppers": the hyphenated noun is what is counted."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 2].whitespace_:
        first = doc[noun.i - 2]
        if first.is_alpha and not doc[noun.i - 1].whitespace_:
            return f"{first.lower_}-{noun.lower_}"
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_:
        last = doc[noun.i + 2]
        if last.tag_ in ("NNS", "NNPS"):
            return f"{noun.lower_}-{last.lower_}"
    return noun.lower_


def _range_noun(span: Span) -> Token | None:
    """The plural noun a range of counts counts ("two or three phones", "25 to 30 seats"), or
    a noun that counts in the singular ("7,000 to 8,000 staff")."""
    doc = span.doc
    for token in doc[span.end : min(len(doc), span.end + 3)]:
        if token.tag_ in ("NNS", "NNPS") or token.lower_ in _word_lists()["collective_nouns"]:
            return token
        if token.pos_ not in ("ADJ", "NOUN", "PROPN") or token.is_punct:
            return None
    return None


def _quantity(
    segment: Segment, context: Context, span: Span, stop: bool = False, **values: Any
) -> QuantityFact:
    place = segment.place(span)
    if stop:  # the full stop glued to the unit's token is the sentence's, not the measure's
        place["text"], place["end"] = place["text"][:-1], place["end"] - 1
    quantity_id = fact_id(context.article_id, "quantity", place["start"], place["end"])
    return QuantityFact(id=quantity_id, **place, **values)


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, frozenset[str]]:
    """The word lists of units.json: collective nouns, and the verbs that take "over",
    "about" or "up" as their own preposition or particle."""
    data = json.loads(resources.files("factx.data").joinpath("units.json").read_text("utf-8"))
    lists = {word: frozenset(verbs) for word, verbs in data["verb_prepositions"].items()}
    lists["collective_nouns"] = frozenset(data["collective_nouns"])
    lists["distance_nouns"] = frozenset(data["distance_nouns"])
    lists["distance_runners"] = frozenset(data["distance_runners"])
    lists["money_nouns"] = frozenset(data["money_nouns"])
    lists["change_words"] = frozenset(data["change_words"])
    lists["group_nouns"] = frozenset(data["group_nouns"])
    lists["time_nouns"] = frozenset(data["time_nouns"])
    return lists


def verb_preposition(doc: Doc, start: int) -> bool:
    """ "Presided over three tests", "talked about two issues", "added up to 22,201bn yen": the
    word is the verb's own preposition or particle, not a qualifier of the number ("spent over
    $5 million", "pay up to $5" keep it)."""
    token = next((t for t in doc if t.idx == start), None)
    if token is None or token.i == 0:
        return False
    own = ("over", "about", "up")
    verbs = _word_lists().get(token.lower_) if token.lower_ in own else None
    before = doc[token.i - 1]
    return verbs is not None and before.pos_ in ("VERB", "AUX", "NOUN") and before.lemma_ in verbs


def percents(segment: Segment, context: Context) -> Iterator[PercentFact]:
    """Percent facts of one paragraph ("more than 30%", "2 percentage points")."""
    text = doc_text(segment.doc)
    for span in segment.doc.spans.get("factx_percent", []):
        match = None
        for candidate in PERCENT_RE.finditer(text, max(0, span.start_char - 30), span.end_char):
            if candidate.start("percent") == span.start_char:
                match = candidate
        match = match or PERCENT_RE.search(span.text)
        value = percent_from_match(match) if match else None
        if match is None or value is None:
            continue
        own = match.string is text and match.group("qual")
        if value.qualifier and own and verb_preposition(segment.doc, match.start("qual")):
            value = replace(value, qualifier=None)  # "went up to 5%", "a row over 3%"
        place = segment.place(span)
        yield PercentFact(
            id=fact_id(context.article_id, "percent", place["start"], place["end"]),
            **place,
            value=value.value,
            qualifier=value.qualifier,
            unit=value.unit,  # type: ignore[arg-type]
            value_low=value.value_low,
            value_high=value.value_high,
            value_from=value.value_from,
            value_to=value.value_to,
        )


def quantities(segment: Segment, context: Context) -> Iterator[QuantityFact]:
    """Quantity facts of one paragraph: a value and its unit or counted noun."""
    text = doc_text(segment.doc)
    names = _model_numbers(context.text)
    for span in segment.doc.spans.get("factx_quantities", []):
        if span.text in names:
            continue
        if _VAGUE_SPAN.fullmatch(span.text) and (noun := vague_noun(span)) is not None:
            least, most, count_words = plural_count(span.text)
            yield _quantity(
                segment,
                context,
                span,
                value=least,
                unit=normalize_unit(noun.text) or noun.lower_,
                qualifier=count_words,
                value_low=least,
                value_high=most,
            )
            continue
        age = age_of(span)
        if age is not None:
            about = _QUALIFIER_BEFORE.search(text, 0, span.start_char)  # "more than 20 years old"
            yield _quantity(
                segment,
                context,
                span,
                value=age.value,
                unit=age.unit,
                qualifier=normalize_qualifier(about.group("qual")) if about else None,
                value_low=age.low,
                value_high=age.high,
            )
            continue
        stop = _glued_stop(span)
        match = quantity_re().fullmatch(span.text[:-1] if stop else span.text)
        million_count = _million_count(span)
        pair = next(
            (
                m
                for m in COUNT_RANGE_RE.finditer(
                    text, max(0, span.start_char - 10), span.end_char + 30
                )
                if m.span("range") == (span.start_char, span.end_char)
            ),
            None,
        )
        if pair is not None:
            bounds, noun = count_range(pair), _range_noun(span)
            if bounds is None or noun is None or _a_name(span, noun):
                continue
            yield _quantity(
                segment,
                context,
                span,
                value=bounds[0],
                unit=noun.lower_,
                qualifier=None,
                value_low=bounds[0],
                value_high=bounds[1],
            )
            continue
        share = FRACTION_RE.match(text, span.start_char)  # its lookahead reads past the span
        if share is not None and share.end("fraction") != span.end_char:
            share = None
        measure = FEET_INCHES_RE.fullmatch(span.text)
        unit: str | None
        value: int | float | None
        if share is not None:  # "two-thirds", "one in 10": a share of the whole
            found = share_from_match(share)
            value, unit = (found.value, "fraction") if found else (None, None)
        elif measure is not None:  # "5 ft 2 in" is 62 inches
            value, unit = inches_from_match(measure), "in"
        elif million_count is not None:  # "1.5m users" are 1,500,000 users, not metres
            value = parse_number(span.text)
            unit = million_count.lower_
        elif match:
            value = parse_number(match.group("number"))
            unit = normalize_unit(match.group("unit"))
        else:
            value = parse_number(span.text)
            noun = (
                counted_noun(span) or elided_noun(span) or change_noun(span) or compared_noun(span)
            )
            noun = _measure_noun(span, noun)
            if noun is not None and not _is_count(span, value, noun):
                continue
            unit = _hyphenated(noun) if noun is not None else None
        if value is None:
            continue
        before = _QUALIFIER_BEFORE.search(text, 0, span.start_char)
        if before is not None and verb_preposition(segment.doc, before.start("qual")):
            before = None
        qualifier = normalize_qualifier(before.group("qual")) if before else None
        low = high = None
        vague = VAGUE_COUNT.search(text, max(0, span.start_char - 20), span.start_char)
        if vague is not None and span.text.isalpha() and value in _SCALE_WORDS:
            # "several hundred delegates": a vague count of the scale, no exact value.
            qualifier = vague_words(vague)
            low, high = (n * value for n in VAGUE_RANGE)
            value = low
        yield _quantity(
            segment,
            context,
            span,
            stop,
            value=value,
            unit=unit,
            qualifier=qualifier,
            value_low=low,
            value_high=high,
        )
