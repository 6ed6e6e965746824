"""Titles the model cuts: at a colon ("CSI: Miami", "Blade: Trinity"), at "of the", and a
newspaper's name after its place ("the Hollywood Reporter"), and a title opening with a sum in
capitalised words ("Million Dollar Baby").

A reader knows "spin-offs, CSI: Miami and CSI: New York" names two TV shows, where the model
tags "CSI" an organisation and "Miami" a place. In running prose a capitalised name glued to a
colon and followed by more capitalised words is a work's title and its subtitle ("The Lord of
the Rings: The Return of the King"); elsewhere such a colon opens a list or a quote. So the
colon must sit inside a sentence (after a lower-case word, a comma or a possessive, never at a
line's or sentence's start: "Subs: Howard, Giggs", "Referee: Graham Poll"), the subtitle must
hold a word other than an article, and it may not be a person's full name ("Best Actor:
Jamie Foxx", "Ref: S Bennett") nor run on into a dash ("Empire: Film - The Aviator", a
critic's list); a head that abbreviates its subtitle ("CSI: Crime Scene Investigation") is
left to the short forms, which join the show's name to every "CSI" of the article. The small
words a title may hold are data (`titles` in factx/data/entities.json).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factx.extract.acronyms import abbreviates
from factx.extract.first_names import person_by_first_name
from factx.extract.title_shapes import small_words, title_run
from factx.extract.wordlists import data_file

# How far back from its colon a title may start, in characters.
_REACH = 80
# A person's initial and surname: "S Bennett", "A. Dale".
_INITIALLED = re.compile(r"[A-Z]\.? [A-Z][a-z]+")
# Words that open the clause after a colon, alone no subtitle (round r49b-us, PolNeAR sheet
# B's "roughly 19 percent of Congress: There are 20 women in the Senate", `Congress: There`
# WORK_OF_ART): a pronoun, a determiner or a linking adverb capitalised after the colon is the
# next clause's first word, and the name before the colon stands alone ("Alien: Resurrection",
# "Halo: Reach" keep their subtitle).
_CLAUSE_OPENERS = frozenset(
    (
        "There", "It", "We", "They", "He", "She", "I", "You", "This", "That", "These", "Those",
        "Here", "Now", "Then", "But", "And", "So", "Yet", "Our", "Their", "His", "Her", "Its",
        "My", "Your", "Some", "Most", "Many", "All", "None", "Few", "Each", "Both", "Only",
    )
)  # fmt: skip


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The title before a colon (anchored at the colon), the subtitle after it, and articles."""
    data = data_file("entities.json")["titles"]
    word = data["word"]
    run = title_run(word, small_words(*data["small_words"]))
    before = re.compile(rf"(?<![\w'’&-]){run}$")
    after = re.compile(run)
    return before, after, frozenset(data["articles"])


@cache
def _joins() -> frozenset[str]:
    return frozenset(data_file("entities.json")["titles"]["joins"])


@cache
def _publications() -> frozenset[str]:
    return frozenset(data_file("entities.json")["titles"]["publications"])


def a_paper(name: str) -> bool:
    """Whether a name is a newspaper's by its capital "The" and its word: "The Scotsman" (a
    word of the nationalities too, where "a Scotsman" is a man), "The Herald"."""
    return name.startswith("The ") and name[4:] in _publications()


def publication_end(text: str, end: int) -> int | None:
    """The end of a newspaper's name whose place ends at `end`: the "Reporter" of "the
    Hollywood Reporter", the "Times" of "the Irish Times", where the model tags the place only."""
    if text[end : end + 1] != " ":
        return None
    stop = end + 1
    while stop < len(text) and stop - end < 14 and text[stop].isalpha():
        stop += 1
    return stop if text[end + 1 : stop] in _publications() else None


@cache
def _sum_title() -> re.Pattern[str]:
    """A title opened by a sum in capitalised words: the sum, then the title's words."""
    data = data_file("entities.json")["titles"]
    word = data["word"]
    return re.compile(rf"{data['sum_title']}{word}(?: {word})*")


def sum_titles(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the titles in text[start:end] that open with a sum in capitalised words
    ("Clint Eastwood's Million Dollar Baby led the Oscar hopefuls"): a sum is written in
    figures or lower case, so capitals that go on into a capitalised word name a work (the
    model finds "Million Dollar" a sum, or nothing, and money drops it: factx/extract/money.py)."""
    for found in _sum_title().finditer(text, start, end):
        yield found.span()


@cache
def _genre_title() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A possessive and a genre noun before a title's own "The" (`genre_title`), and the title."""
    data = data_file("entities.json")["titles"]
    word = data["word"]
    run = title_run(word, small_words(*data["small_words"]))
    return re.compile(data["genre_title"]), re.compile(f"The {run}")


def genre_titles(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the titles in text[start:end] with their own "The" after a possessive and a
    genre noun ("James Cameron's Hollywood biopic The Pilot held on in ninth place", "his war
    drama The Long Road"): only a work is someone's biopic or drama, and the model misses the
    title or tags it ORG for its "The" (round r37c-media). Only where a genre word is there at
    all, and the title's capitalised words run up to the first lower-case word."""
    if text.find(" The ", start, end) < 0:
        return  # the cheap test first: no title with its own "The" in the paragraph
    head, title = _genre_title()
    for found in head.finditer(text, start, end):
        name = title.match(text, found.end(), end)
        if name is not None:
            yield name.span()


def title_join(text: str, end: int, start: int) -> bool:
    """Whether text[end:start], between two names, joins them into one title: " of the "."""
    return start - end < 10 and text[end:start] in _joins()


def colon_titles(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the colon titles in text[start:end], a paragraph, in order."""
    colon = text.find(": ", start, end)
    if colon < 0:
        return
    before, after, articles = _patterns()
    while colon >= 0:
        span = _title_at(text, start, end, colon, before, after, articles)
        if span is not None:
            yield span
        colon = text.find(": ", (span[1] if span else colon + 2), end)


def _title_at(
    text: str,
    start: int,
    end: int,
    colon: int,
    before: re.Pattern[str],
    after: re.Pattern[str],
    articles: frozenset[str],
) -> tuple[int, int] | None:
    """The span of the title whose colon is at `colon`, if the words around it make one."""
    head = before.search(text, max(start, colon - _REACH), colon)
    tail = after.match(text, colon + 2, end)
    if head is None or tail is None:
        return None
    lead = text[start : head.start()].rstrip()
    # Inside a sentence: after a lower-case word, a figure, a comma or a possessive.
    if not lead or not (lead[-1].islower() or lead[-1].isdigit() or lead[-1] in ",'’"):
        return None
    subtitle = tail.group()
    if subtitle.split()[-1] in articles or person_by_first_name(subtitle):
        return None
    if subtitle in _CLAUSE_OPENERS:
        return None  # "19 percent of Congress: There are 20 women": the next clause's first word
    if _INITIALLED.fullmatch(subtitle):
        return None  # "Att: 47,111 Ref: S Bennett": a referee on a match report's last line
    if text.startswith((" -", " –", " —"), tail.end()):
        return None
    if abbreviates(head.group(), subtitle):
        return None  # "CSI: Crime Scene Investigation": the short form and the name, both known
    return head.start(), tail.end()


@cache
def _question_title() -> re.Pattern[str]:
    return re.compile(data_file("entities.json")["titles"]["question_title"])


def question_titles(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the titles in text[start:end] written as a question ("Their singles include
    Year 3000 and Who's Johnny?", "The Goat or, Who is Sylvia?"), less the question mark.

    The model reads the name inside such a title as a person ("Johnny" PERSON). A question in
    running prose opens a sentence or a quotation; one whose capital "Who", "What", "Where",
    ... comes right after a lower-case word or a comma, and whose other words are capitalised
    or small words up to a capitalised word and its "?", names a work. A lower-case word of
    the prose's own ("and asked who is Blair kidding?") ends the match: no title."""
    for found in _question_title().finditer(text, start, end):
        yield found.span()


@cache
def _dated_title_evidence() -> re.Pattern[str]:
    return re.compile(data_file("entities.json")["titles"]["dated_title_evidence"])


def dated_title_head(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether text[start:end], a day or a season the date finder took ("Halloween",
    "Christmas"), is the head of a colon title that names a work: "a number of Halloween
    sequels, including Halloween: The Curse of Michael Myers", "Critics preferred Christmas:
    The Wrath of Jack Frost to the original".

    The colon must close the date and open a colon title (`colon_titles`' shape), and the
    sentence (`sentence`, its span in the text) must show a work: a work's kind ("sequels",
    "film"), "the original", a film's verb ("starred", "released"), or a year in brackets. A
    day before a colon in other prose stays a date: "the weeks before Election Day: The Suez
    Crisis in 1956" shows no work."""
    if not text.startswith(": ", end):
        return False
    first, last = sentence
    if not any(s <= start and e > end + 2 for s, e in colon_titles(text, first, last)):
        return False
    return _dated_title_evidence().search(text, first, last) is not None
