"""A lone surname opening a sentence after unknown capitalised words takes them in (round
r50-people).

Lee sheet E's lee003: "Aldolfo Rodregiuez Saa told a stunned nation that he could not ..." gives
the model's `Saa` PERSON alone: the given names, misspelt and unknown to the model, are left
out. A PERSON mention of one or two words that only one or two capitalised words stand before
in its sentence (three words in all at most: "Rodregiuez Saa" where the model took two),
followed by a verb of speech ("told", "said", "says", ...), grows over them where none of them
is a title, an honorific or a role ("Mr", "President", "Senior Sergeant"), a stop word or a
sentence link ("But", "And", "Meanwhile"), a month or a day, a nationality, a known place, or
a word the article writes in lower case.

Left alone: "Mr Blair told", "But Rogge said", "Interim President Saa told", "Argentine Saa
told", "Premier Peter Beattie says" (an office; a full name with a common first name is whole),
"Yesterday Saa said" (a word the article's other sentences write in lower case, or on
the lists), and names the model tagged another entity.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.capitals import written_in_lower_case
from factx.extract.entity_people import CALENDAR_WORDS
from factx.extract.evidence import nationalities
from factx.extract.first_names import opens_with_first_name
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_OPENING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"'’”]\s)|(?<=\n))((?:[A-Z][a-z]+ ){1,2})$")
_SPEECH_AFTER = re.compile(
    r" (?:told|said|says|announced|insisted|added|claimed|warned|declared|admitted)\b"
)
# The words of a whole name at most: a given name, a second name and a surname.
_WHOLE = 3
# Words that open sentences before a name and are no part of it, beyond the lists.
_OPENERS = frozenset({"yesterday", "today", "tonight", "later", "earlier", "now", "then"})
# Offices, ranks and styles the title lists lack, before a name at a sentence's start
# ("Premier Peter Beattie says", the 90 Lee articles' one such slip of this rule; "Doctor
# Harris said", a held-out Lee article's, where "Dr" is listed and "Doctor" was not).
_OFFICES = frozenset({
    "premier", "senator", "governor", "chancellor", "treasurer", "mayor", "judge", "justice",
    "inspector", "detective", "constable", "superintendent", "commissioner", "coach", "skipper",
    "captain", "councillor", "alderman", "magistrate", "coroner", "sheriff", "marshal",
    "doctor", "nurse", "reverend", "bishop", "archbishop", "cardinal", "pastor", "rabbi", "imam",
    "sheikh", "mullah", "ayatollah", "emir", "major", "lieutenant", "admiral", "private",
})  # fmt: skip


@cache
def _not_name_words() -> frozenset[str]:
    """Titles, honorifics, roles, stop words and calendar words: no given name's word."""
    from spacy.lang.en.stop_words import STOP_WORDS

    tables = data_file("aliases.json")
    listed = {
        w.casefold()
        for key in ("titles", "honorifics", "roles", "name_titles", "short_titles")
        for w in tables[key]
        if isinstance(w, str)
    }
    return frozenset(listed | set(STOP_WORDS) | CALENDAR_WORDS | _OPENERS | _OFFICES)


def opening_names_whole(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a lone PERSON surname opening its sentence after one or two unknown
    capitalised words grown over them (the module's doc)."""
    ends = {m.end for m in mentions}
    result: list[RawMention] = []
    for m in mentions:
        if (
            m.label == "PERSON"
            and m.text.count(" ") < 2
            and not (" " in m.text and opens_with_first_name(m.text))  # "Peter Beattie": whole
            and _SPEECH_AFTER.match(text, m.end)
        ):
            found = _OPENING.search(text, max(0, m.start - 40), m.start)
            if (
                found is not None
                and len(found[1].split()) + len(m.text.split()) <= _WHOLE
                and found.start(1) not in ends
                and _unknown(text, found[1])
            ):
                start = found.start(1)
                m = replace(m, text=text[start : m.end], start=start)
        result.append(m)
    return result


def _unknown(text: str, words: str) -> bool:
    """Whether each of the words is no title, stop word, people's word, place or word the
    article writes in lower case."""
    return all(
        word.casefold() not in _not_name_words()
        and word not in nationalities()
        and not known_place(word)
        and not written_in_lower_case(text, word)
        for word in words.split()
    )
