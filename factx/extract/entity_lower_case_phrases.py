"""A phrase of capitalised common words that its own article writes more often in lower case is
no name (round r52c-case): "What about the Marine Chronometer?" tagged ORG, where the same
article writes "the marine chronometer" three times; "Noggin the Nog appear on The Big Screen!!"
beside five lower-case "big screen"s; "IBM senior vice president, Technology and Intellectual
Property" tagged PERSON beside two lower-case "intellectual property"s.

A name keeps its capitals each time the article writes it; a writer who capitalises a common
phrase once, for stress or in a title, still writes it in lower case elsewhere. So the rule asks
for more lower-case than capitalised writings of the same words (in corpus counts a name written
in lower case too is written capitalised at least as often: "the Cold War" twice beside one "cold
war", "Iraq's Oil Ministry" twice beside one "oil ministry", "the Swiss Army Knife" three times
beside one "swiss army knife"). One word is left to `capitals.sentence_case_only` ("Labour"
beside "labour costs", "Green" beside "green" are names written capitalised inside sentences),
and a person's name opening with a known first name stays ("Pierre Thomas has the latest" in a
transcript that also writes "pierre thomas"). A known place or people word is no guard: "Marine"
and "Swiss" are both, and the count alone keeps "the Swiss Army Knife" and drops "the Marine
Chronometer".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Small words a name's capitalised words may hold: "Music of Black Origin".
_JOINERS = frozenset({"of", "and", "for", "the", "on", "in", "&"})
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")


def _words(name: str) -> list[str] | None:
    """The words of a name of capitalised common words ("the" before it dropped), or None
    when the name is one word, holds a word of another shape ("BBC", "No 20", "McDonald"),
    or has fewer than two capitalised words."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not all(_TITLE_WORD.fullmatch(w) or w in _JOINERS for w in words):
        return None
    if sum(1 for w in words if w not in _JOINERS) < 2:
        return None
    return words


# The words a phrase is made of ("Marine", "of", "&"), found once per article: counting a phrase
# then looks only where its first word stands, not over the whole text (a 1 MB article holds
# thousands of names).
_TOKEN = re.compile(r"[A-Za-z]+|&")
_NAME_CHAR = re.compile(r"[\w-]")


class _Words:
    """An article's words, where each stands, and the places of each word."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [m.span() for m in _TOKEN.finditer(text)]
        self.places: dict[str, list[int]] = {}
        for i, (start, end) in enumerate(self.spans):
            self.places.setdefault(text[start:end], []).append(i)

    def count(self, words: Sequence[str]) -> int:
        r"""How many times the text writes the words, as they are, as whole words in a row
        parted by white space (what `(?<![\w-])w1\s+w2...(?![\w-])` finds)."""
        text, spans, n = self.text, self.spans, len(words)
        total = 0
        for i in self.places.get(words[0], ()):
            if i + n > len(spans) or (i and _name_char(text, spans[i][0] - 1)):
                continue
            if all(
                text[spans[j][0] : spans[j][1]] == words[j - i]
                and spans[j - 1][1] < spans[j][0]
                and text[spans[j - 1][1] : spans[j][0]].isspace()
                for j in range(i + 1, i + n)
            ) and not _name_char(text, spans[i + n - 1][1]):
                total += 1
        return total


def _name_char(text: str, at: int) -> bool:
    """Whether text[at] is a word's character or a hyphen (nothing outside the text is)."""
    return 0 <= at < len(text) and _NAME_CHAR.match(text, at) is not None


def mostly_lower_case(
    text: str, name: str, first_name: bool, words_of: _Words | None = None
) -> bool:
    """Whether `name`, two or more capitalised common words, is written in lower case in
    `text` more often than with its capitals; `first_name` says the name is a person's
    opening with a known first name, which stays. `words_of` is the text's word index, made
    once per article by the caller that asks for many names."""
    words = _words(name)
    if words is None or first_name:
        return False
    index = words_of if words_of is not None else _Words(text)
    lower = index.count([w.lower() for w in words])
    return lower > 0 and lower > index.count(words)


def without_lower_case_phrases(
    text: str, mentions: list[RawMention], first_name: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions but those whose text the article writes mostly in lower case ("the
    Marine Chronometer" beside three "marine chronometer"s); `first_name` tells a known first
    name (a PERSON mention opening with one stays)."""
    index: _Words | None = None
    gone: set[str] = set()
    for m in mentions:
        if m.text in gone or _words(m.text) is None:
            continue
        index = _Words(text) if index is None else index
        person = m.label == "PERSON" and first_name(m.text.split()[0])
        if mostly_lower_case(text, m.text, person, index):
            gone.add(m.text)
    return [m for m in mentions if m.text not in gone] if gone else mentions
