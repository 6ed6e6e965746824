"""Works named beside their nominees in a prize's list (the lead, round 40; seed 113's theatre
awards, where `Festen`, `False Servant` and `Iphigenia` were PERSON or GPE).

A sentence that names a prize's nominees or shortlist pairs each nominee with the work they are
up for: "The best director shortlist includes Luc Bondy for Cruel and Tender, Simon McBurney
for Measure for Measure, and Rufus Norris for Festen", "will be up against Hildegard Bechtler,
for Iphigenia at Aulis, and Paul Brown, for False Servant", "with Douglas Hodge (Dumb Show)
and Stanley Townsend (Shining City)". The name right after "<First> <Surname>, for" or inside
the brackets after "<First> <Surname>" is the work, WORK_OF_ART, whatever the model tagged it.
The cue "work of a nominee" reads the first shape too, but only where the sentence starts
within its 80 characters; a list runs on past that, and a sentence may start further back.
Guards: the sentence holds a prize's word and none of sport ("Steven Gerrard for Liverpool"
in a player of the year's list is his club); the nominee is a full name, two or three
capitalised words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import person_by_first_name
from factx.extract.title_shapes import TITLE_SMALL_WORDS, small_words, title_run

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A prize's words: the nominees', the shortlist's, a category's or a prize's own.
_PRIZE = re.compile(
    r"\b(?:[Nn]omin(?:at\w*|ees?)|[Ss]hortlist\w*|awards?|prizes?|categor(?:y|ies)|Oscars?|Baftas?|Emmys?"
    r"|Grammys?|Golden Globes?|best (?:actor|actress|director|designer|play|musical|film"
    r"|picture|newcomer|screenplay|album|single|novel|book|documentary))\b"
)
# The words of a sports page: a player's prize is for his club, not a work.
_SPORT = re.compile(
    r"\b(?:player|players|footballer|sportsman|sportswoman|athlete|goals?|season|clubs?|team"
    r"|league|coach|manager|fans|match|cup)\b",
    re.IGNORECASE,
)
# The nominee right before the work: "Rufus Norris for ", "Hildegard Bechtler, for ".
_NOMINEE_FOR = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2},? for $")
# The nominee right before the work's bracket: "Douglas Hodge (".
_NOMINEE_BRACKET = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2} \($")
_LABELS = frozenset({"PERSON", "GPE", "ORG", "LOC", "FAC", "NORP", "PRODUCT"})
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_REACH = 60


def nominated_works(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions that name a work after its nominee in a prize's sentence
    (the module's doc)."""
    if " for " not in text and " (" not in text:
        return
    for i, m in enumerate(mentions):
        if m.label not in _LABELS:
            continue
        reach = max(0, m.start - _REACH)
        if text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")":
            found = _NOMINEE_BRACKET.search(text, reach, m.start)
        else:
            found = _NOMINEE_FOR.search(text, reach, m.start)
        if found is None:
            continue
        sentence = _sentence(text, m.start, m.end)
        if _PRIZE.search(sentence) and not _SPORT.search(sentence):
            yield i


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end]: from the last sentence end before it to the next."""
    opening = 0
    for found in _SENTENCE_END.finditer(text, max(0, start - 600), start):
        opening = found.end()
    closing = _SENTENCE_END.search(text, end)
    return text[opening : closing.start() if closing else len(text)]


# Round r41-works: a work named with its author, "<Title> by <First> <Surname>". The title is a
# run of capitalised words with a title's small words inside ("The Goat or Who is Sylvia",
# "Biscuit Bear"), its start where a list's member or a sentence starts.
_TITLE_WORD = r"[A-Z][\w'’-]*"
_TITLE_SMALL = small_words(*TITLE_SMALL_WORDS, "and", "or", "is", "it", "my", "me", "you")
_TITLE_BEFORE_BY = re.compile(
    rf"(?:^|(?<=[.:;(]\s)|(?<=, )|(?<=\n)|(?<= and )|(?<= include )|(?<= includes ))"
    rf"(?P<title>{title_run(_TITLE_WORD, _TITLE_SMALL, or_comma=True)})(?P<q>\?)?$"
)
# The author after "by": two or three capitalised words, then no capitalised word.
_AUTHOR = re.compile(r"[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2}(?![\w'’-]| [A-Z])")
_AUTHOR_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT"})


def authored_works(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each work named before "by <First> <Surname>" a WORK_OF_ART, whole
    (seed 113's "The Goat or Who is Sylvia? by Edward Albee": `The Goat or Who` WORK_OF_ART and
    `Sylvia` PERSON; "Biscuit Bear by Mini Grey took the top award": the book missed). A play's,
    a book's or a film's author follows its title so in arts and prize news; a person's name
    before "by" in other news is a margin ("Smith by a whisker", "Jones by two shots") or a
    passive's agent, and no title. So: a title that ends in its own "?" is one wherever it
    stands; a title of two words or more only in a sentence with a prize's words and none of
    sport, and never a person's name by its first name. The mentions the model made inside the
    title give way to it; one reaching out of it (the model saw a longer name) keeps it as it
    is, and so does a title that is all one mention with the model's label other than PERSON
    (an ORG "The Guardian by ..." stays)."""
    if " by " not in text:
        return list(mentions)
    result = list(mentions)
    for layout in layouts:
        if layout.zone == "headline":
            continue
        at = text.find(" by ", layout.offset, layout.end)
        while at != -1:
            found = _authored(text, result, layout, at, add)
            if found is not None:
                result = found
            at = text.find(" by ", at + 4, layout.end)
    return result


def _authored(
    text: str, mentions: list[RawMention], layout: Layout, at: int, add: Adder
) -> list[RawMention] | None:
    """The mentions with the title before the " by " at `at` made a work, or None where no
    title stands there (`authored_works`)."""
    author = _AUTHOR.match(text, at + 4, layout.end)
    if author is None:
        return None
    match = _TITLE_BEFORE_BY.search(text, max(layout.offset, at - 80), at)
    if match is None:
        return None
    start, end = match.span("title")
    title = match.group("title")
    if match.group("q") is None:
        if " " not in title or person_by_first_name(title):
            return None
        sentence = _sentence(text, start, end)
        if not _PRIZE.search(sentence) or _SPORT.search(sentence):
            return None
    if any(
        m.start < author.end() and m.end > author.start() and m.label not in _AUTHOR_LABELS
        for m in mentions
    ):
        return None  # "by" a work or a date, not a person
    inside = [m for m in mentions if m.start < end and m.end > start]
    if any(m.start < start or m.end > end for m in inside):
        return None  # the model saw a longer name
    whole = len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end)
    if whole and inside[0].label != "PERSON":
        return None
    gone = {id(m) for m in inside}
    kept = [m for m in mentions if id(m) not in gone]
    kept.append(add(text, layout, start, end, "WORK_OF_ART", "WORK_OF_ART"))
    return sorted(kept, key=lambda m: m.start)
