"""The shape of a title in English news, shared by the entity modules that read works by it
(round r45-titles: seven modules each wrote this pattern for themselves).

A title of a film, a song, a record, a book or a show is a run of capitalised words with the
small words of English titles between them: "Places in the Heart", "Smoke on the Water", "A
Passage to India", "The Goat or Who is Sylvia". A news sentence writes the capitalised words
with capitals and the small words (articles, prepositions, a few pronouns and verbs) in lower
case, so a title is read as: a word, then any number of (small words, then a word). A small
word never ends a title ("Million Dollar Baby to best picture": "to" is the sentence's).

Each module passes its own word (what a capitalised word may hold: an apostrophe, a colon, a
number after it) and its own small words, and these differ on purpose:
- `TITLE_SMALL_WORDS`, the articles and prepositions, stand in every title ("Lord of the
  Rings", "Back to the Future", "Murder on the Orient Express");
- a lower-case "and" or "or" is a title's own ("Pride and Prejudice", "The Goat or Who is
  Sylvia") except where the module reads a list whose members "and" joins (a prize's nominees:
  "Podium and Kings And Queen"; a chart's records: "Smoke on the Water and Erasure"), so those
  modules leave it out;
- "with", "is", "my" stand in film and song titles ("Dances with Wolves", "Who is Sylvia",
  "My Left Foot"); a song's or a record's title holds more of a sung line's words ("me",
  "you", "it", "be", "up", "it's"), which some news writes in lower case;
- a list of French film nominees holds French articles ("Quai des Orfevres");
- a title after "premiere of" takes only "of|the|a|an|and", so that it stops before the
  place of the premiere ("the premiere of Ocean's Twelve in London").

The order of the small words changes nothing: each is followed (or preceded) by a space inside
the run, so only a whole lower-case word matches one, and a capitalised word never does.
"""

from __future__ import annotations

import re

# The articles and prepositions that stand in any title ("Lord of the Rings").
TITLE_SMALL_WORDS = ("a", "an", "the", "of", "in", "on", "to", "for", "at", "from")


def small_words(*words: str) -> str:
    """A regex alternation of a title's small words, in the order given: "(?:of|the|a)"."""
    return "(?:" + "|".join(re.escape(word) for word in words) + ")"


def title_run(
    word: str,
    small: str,
    *,
    first: str | None = None,
    number: str | None = None,
    or_comma: bool = False,
) -> str:
    """A title's regex: `first` (else `word`), then any number of (small words, then `word`).

    `number`: a number may follow a word with no small word between ("21 Grams", "Fahrenheit
    9/11"), never after a small word ("The Shining in 1980": the year is the sentence's).
    `or_comma`: ", or " joins a title's two halves ("The Goat, or Who is Sylvia").
    """
    join = rf" (?:{small} )*"
    if or_comma:
        join = rf"(?:, or |{join})"
    tail = rf"{join}{word}"
    if number is not None:
        tail = rf"{tail}| {number}"
    return rf"{first or word}(?:{tail})*"
