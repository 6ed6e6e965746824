"""A work named by a verb's -ing form and a name, which the model reads as a person: "Raising
Helen", "Finding Nemo", "Chasing Liberty", "Educating Rita".

`works_opening_with_a_gerund` (round r54-audit, an audit of PERSON entities with no person
evidence; round 54's held-out measure had `Finding Nemo` PERSON, entertainment/359, a film in a
box-office list, the model's label): no person's name opens with a verb's -ing form, and a title
often does ("Finding Neverland", "Raging Bull", "Crouching Tiger", "Romancing The Stone",
"Enduring Love", "Finding Forrester", "Racing The Monsoon", "Amazing Grace" in the BBC articles).
The model tags such a title PERSON when its last word is a first name ("The children's favourite
was Raising Helen, while adults chose Sideways.": `Raising Helen` PERSON at b1e2eb1). A mention the
model tagged PERSON with no cue of its words, of two to five words whose first ends in "-ing",
is WORK_OF_ART, where the article is about works (a film's, a book's, a show's or a song's word).

Guards: never at a sentence's or a quotation's start, where an -ing clause opens the sentence
and the model glues its verb to a person ("Welcoming Blair to the summit, Bush said", "Meeting
Blair was the highlight": PERSON at the base, a span for another rule); not a first word that
is a common first name ("Sterling", "Irving", "Channing"), a known place or a city of the world
("Reading", "Woking", "Beijing", "Nanjing"), a word of a closed list of -ing names and words
that are no verbs' ("King", "Viking", "Carling", "Morning", "Evening", "Darling", "Sterling",
"Downing"), nor a word the article gives a person alone, after a title or ending a full name
("Greening", "Whiting", "Keating": a team sheet's surnames glued by the model).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names, written_as_a_person
from factx.extract.place_names import known_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The name: an -ing word of six letters or more, then one to four words, the last capitalised.
_GERUND_NAME = re.compile(
    r"(?P<gerund>[A-Z][a-z]{2,}ing)"
    r"(?: (?:[A-Z][\w'’.-]*|of|the|for|a|an|and|in|on|to|with|from|at)){0,3}"
    r" [A-Z][\w'’.-]*"
)
# -ing words that are names or nouns, no verb's form.
_NOT_GERUNDS = frozenset(
    {
        "king",
        "viking",
        "carling",
        "morning",
        "evening",
        "darling",
        "sterling",
        "stirling",
        "downing",
        "browning",
        "fleming",
        "manning",
        "harding",
        "golding",
        "keating",
        "whiting",
        "ewing",
        "irving",
        "channing",
        "herring",
        "shilling",
        "farthing",
        "sibling",
        "duckling",
        "gosling",
        "spring",
        "string",
        "thing",
        "bling",
        "sing",
    }
)
# An article about works: a film's, a book's, a show's or a song's words.
_WORK_WORDS = re.compile(
    r"\b(?:films?|movies?|box office|cinemas?|DVDs?|novels?|books?|albums?|songs?|singles?"
    r"|musicals?|plays?|series|sitcoms?|dramas?|shows?|starring|starred|directed|sequel"
    r"|screen(?:ed|ing)?|premieres?|Oscars?|Baftas?)\b"
)
# A sentence's or a quotation's start before the mention.
_OPENING = re.compile(r"(?:[.!?:;][\"'’”)]*\s+|\n\s*)[\"'‘“(]?\Z")


def works_opening_with_a_gerund(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indices of the PERSON mentions with no cue that are works named by a verb's -ing
    form and a name (module docstring)."""
    if "ing " not in text or not _WORK_WORDS.search(text):
        return
    names = [m.text for m in mentions if m.label == "PERSON"]
    for index, mention in enumerate(mentions):
        if mention.label != "PERSON" or mention.cue:
            continue
        match = _GERUND_NAME.fullmatch(mention.text)
        if match is None:
            continue
        gerund = match.group("gerund")
        if mention.start == 0 or _OPENING.search(text[max(0, mention.start - 6) : mention.start]):
            continue
        if gerund.casefold() in _NOT_GERUNDS or gerund.casefold() in first_names():
            continue
        if known_place(gerund) or world_city(gerund):
            continue
        if gerund in names or written_as_a_person(text, gerund, names):
            continue
        yield index
