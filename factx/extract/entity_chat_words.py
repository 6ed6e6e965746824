"""Hashtags, chat abbreviations, a stressed "US" and a group's one member are no people or
places (round r49d-glue, from PolNeAR sheets F and G's "Rules these errors suggest"; no
PolNeAR text read; tried on sentences of my own, since the BBC and TempEval-3 halves hold none).

- `hashtag`: 'he signed off with the hashtag "#ChairmanCash"' gives the model's PERSON
  `ChairmanCash`. A span right after "#" is a slogan or a topic, no person: it is kept only where
  its text is the text of a mention of the article outside a hashtag ("#Brexit" where the
  article writes Brexit), and then only when not PERSON.
- `chat abbreviation`: "LMK if you can come" gives `LMK` PERSON. A closed class of chat and
  email abbreviations is no name whatever the model tags it; "ASAP Rocky" (two words) is a
  longer span, kept.
- `stressed us`: '"Maybe it's US?" he tweeted' gives `US` GPE. "US" right after "it's|it is|
  it was" and before "?|!|.|," is the pronoun written in capitals; "the US", "in US",
  "US policy" are left.
- `one member`: "One Hillblazer, former minister Ken Salazar, leads the team" gives
  `Hillblazer` PERSON beside `Hillblazers`. A one-word PERSON right after "One|one|Another|
  another|Every|every|Each|each" whose plural (the word and "s") is a mention of the article is
  a member of that group, NORP (as "a Democrat"). A surname ending in "s" ("One Williams
  brother") has no plural mention.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Not "IMO" (the International Maritime Organization), "SMH" (the Sydney Morning Herald), "JK"
# (JK Rowling's initials alone) nor "WTF" (a federation's letters): bodies and people use them.
CHAT_ABBREVIATIONS = frozenset(
    {"LMK", "FYI", "BTW", "IMHO", "LOL", "OMG", "TBH", "FWIW", "ICYMI", "BRB", "AFAIK", "IIRC",
     "TLDR", "NSFW", "ROFL", "LMAO", "IDK", "Pls", "PLS"}
)  # fmt: skip
_STRESSED_BEFORE = re.compile(r"\b[Ii]t(?:'s|’s| is| was) $")
_MEMBER_BEFORE = re.compile(r"(?:^|[^\w])(?:One|one|Another|another|Every|every|Each|each) $")


def without_chat_words(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, without hashtags that name nothing of the article, chat abbreviations and
    a stressed "US"; and a group's one member NORP (the module's doc)."""
    tagged = {id(m) for m in mentions if m.start > 0 and text[m.start - 1] == "#"}
    plain = {m.text for m in mentions if not (m.start > 0 and text[m.start - 1] == "#")}
    result: list[RawMention] = []
    for m in mentions:
        if id(m) in tagged and (m.label == "PERSON" or m.text not in plain):
            continue  # "#ChairmanCash", "#ImWithHer"
        if m.text in CHAT_ABBREVIATIONS:
            continue  # "LMK if you can come"
        if (
            m.text == "US"
            and _STRESSED_BEFORE.search(text[max(0, m.start - 8) : m.start])
            and text[m.end : m.end + 1] in {"?", "!", ".", ","}
        ):
            continue  # "maybe it's US?"
        if (
            m.label == "PERSON"
            and " " not in m.text
            and _MEMBER_BEFORE.search(text[max(0, m.start - 9) : m.start])
            and f"{m.text}s" in {p.text.removeprefix("the ").removeprefix("The ") for p in mentions}
        ):
            m = replace(m, label="NORP", cue="NORP")  # "One Hillblazer" of the Hillblazers
        result.append(m)
    return result
