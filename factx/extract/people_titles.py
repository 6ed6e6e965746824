"""Who a title alone names ("the chancellor said"): the one person the article names with it.

A speaker such as "the Tory leader" or "the foreign secretary" names nobody, but the article
may have given the title to one person: "Tory leader Michael Howard", "Jack Straw, the foreign
secretary,". Only a title that the article gives to exactly one person names them; a word
before it that makes it another title ("shadow chancellor Oliver Letwin", "former chancellor
Ken Clarke") makes the title unknown: whoever "the chancellor" is, the article does not say
(`factx/data/speakers.json`, "title_modifiers").

The titles are read once per article, at the first speaker that needs them, from the few words
before and after each person's mentions: a long article costs its mentions, not their pairs.
"""

from __future__ import annotations

import re

from factx.extract.lookup import FactIndex
from factx.extract.wordlists import word_sets
from factx.records import EntityFact

# Words of a title: lowercase or capitalised words, no possessive ("the prime minister's").
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*\Z")
_LONGEST = 3  # words in a title
_BEFORE = 40  # characters looked at before a mention
# After a mention, an apposition closed by a comma: "Jack Straw, the foreign secretary, said";
# not "Echoing Condoleezza Rice, the prime minister said", where the title is the next subject.
_AFTER = re.compile(r", (?:the )?((?:[A-Za-z][A-Za-z-]* ?){1,3})(?=[,;)])")


class Titles:
    """The titles an article gives its people, and whom each names."""

    def __init__(self, text: str, index: FactIndex) -> None:
        lists = word_sets("speakers.json")
        modifiers = lists["title_modifiers"]
        heads = lists["roles"] | lists["person_nouns"] | lists["titles"]
        self._by_title: dict[str, dict[str, EntityFact]] = {}
        self._others: set[str] = set()  # titles someone has with a modifier before them
        for start, end, person in index.mentions_in(0, len(text)):
            if person.label != "PERSON":
                continue
            # "Senator Mary Jones" with the title inside the mention.
            inside = text[start:end].split()
            for size in (1, 2):
                if size < len(inside) and inside[size - 1].lower() in heads:
                    self._add(" ".join(inside[:size]), person)
            window = text[max(0, start - _BEFORE) : start]
            words = window[window.rfind("\n") + 1 :].split()  # from the paragraph's start
            for size in range(1, _LONGEST + 1):
                if size > len(words):
                    break
                title = words[-size:]
                if not all(_WORD.match(w) for w in title):
                    break
                before = words[-size - 1] if size < len(words) else ""
                if _opens_title(before, modifiers):
                    self._add(" ".join(title), person)
                else:
                    self._others.add(" ".join(title).lower())
            after = _AFTER.match(text, end)
            if after is not None:
                self._add(after.group(1), person)

    def _add(self, title: str, person: EntityFact) -> None:
        self._by_title.setdefault(title.strip().lower(), {})[person.id] = person

    def named(self, title: str) -> tuple[bool, EntityFact | None]:
        """Whether the article gives `title` (lower case) to anyone, and the one person it
        gives it to, if exactly one and nobody holds it with a modifier ("shadow chancellor"
        only: whoever "the chancellor" is, the article does not say)."""
        people = self._by_title.get(title)
        if people is not None and len(people) == 1:
            return True, next(iter(people.values()))
        return people is not None or title in self._others, None


def _opens_title(before: str, modifiers: frozenset[str]) -> bool:
    """Whether a title may start after the word `before` ("" if unknown): not after a word
    that makes it another title ("shadow", "former", "ex-Conservative")."""
    word = before.lower().strip('"“(')
    return word not in modifiers and not word.startswith("ex-")
