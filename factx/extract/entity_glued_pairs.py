"""Two names the model glued over their "and" into one organisation, parted.

`glued pair parted` (round r47c-orgthings): "three websites - Shadowcrew, Carderplanet and
Darkprofits", "newer acts like The Darkness and Lostprophets", "supported by Amnesty
International and Liberty", "schoolboy half-backs Hayden Tanner and Willie Davies" each give
one ORG over both names. Seed 153's grader found the same glue on `Robocop and Robocop 2`
and `Cinema of the Future and Cinema of the World`.

A firm's or a body's own name holds an "and" too ("Brown and Williamson", "Marks and
Spencer", "the Department of Trade and Industry", "the Food and Drug Administration",
"British and Irish Lions"), so the pair is parted only where:
- each side is a run of three capitalised words at most (a digit may end it), with no small
  word ("of", "for") in it: a body's fields after "of" or "for" stay whole, and so does a long
  name's ("Consumers Against Supermarket Privacy Invasion and Numbering");
- the whole does not end in a body's, a firm's or a place's kind word ("Commission", "Union",
  "Executive", "Project", the lists `name_kinds`, `listed_name_kinds` and `body_kinds`) unless
  the first side of two words or more ends in the same word ("Ealing Council and Brent
  Council"; not "the US Securities and Exchange Commission");
  the second side is no one common noun of a body's field ("Australian Search and Rescue",
  `_FIELDS`) and the first side opens with no nationality or country (round r50-bodies);
  the first side is not one word before a longer second ("the Health and Safety Executive",
  "the Public and Commercial Services Union": one body's fields; "the former Arsenal and Real
  Madrid striker" is left glued with them); the article does not write the whole's initials
  ("Oil and Natural Gas Corporation ... ONGC", "TGWU") nor the whole twice ("Bethnal Green and
  Bow council ... Voters in Bethnal Green and Bow": a seat's one name); and no side is a
  country's, a place's or a people's name ("Scottish and Newcastle", "British and Irish
  Lions");
- a side has two words or more ("Amnesty International", "Hayden Tanner"); two one-word sides
  only as the end of a comma list ("Shadowcrew, Carderplanet and Darkprofits": the list shows
  one name a member) or after a capital "The" inside a sentence, the first side's own word
  ("like The Darkness and Lostprophets"), never after a trade's word alone ("owned by Procter
  and Gamble", "such as Marks and Spencer");
- its sentence holds no word of a work or a product ("films", "album", "roles", "products"):
  there the two are titles ("X-Men and Daredevil ... turned into films", "box-office flops
  Alexander and Catwoman") or one title ("Sapphire and Steel"), and an organisation's label on
  each would be two wrong entities for one.
Each side keeps the model's ORG, but a side of two words that opens with a common first name is
a person ("Hayden Tanner", "Willie Davies") and is labelled PERSON.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_acts import replaced
from factx.extract.first_names import first_names, name_kind
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_WORD = r"[A-Z][\w'’.-]*"
_SIDE = rf"(?:[Tt]he )?{_WORD}(?: {_WORD})*(?: \d+)?"
_PAIR = re.compile(rf"(?P<left>{_SIDE}) and (?P<right>{_SIDE})")
# A comma list's member right before the pair: "Shadowcrew, " + "Carderplanet and Darkprofits".
_LIST_BEFORE = re.compile(rf"{_WORD}(?: {_WORD})*, $")
# The words of works and products that make the pair titles or goods (the module's doc).
# A capital "The" inside a sentence right before the pair, which the model left out: the
# first side's own word ("acts like The Darkness and Lostprophets"), so a name of its own.
_OWN_THE = re.compile(r"[a-z,] The $")
_WORKS_WORDS = re.compile(
    r"\b(?:films?|movies?|albums?|songs?|singles?|tracks?|shows?|series|sitcoms?|dramas?|soaps?"
    r"|books?|novels?|games?|titles?|roles?|products?|drugs?|brands?|flops?|hits?|musicals?"
    r"|plays?|comics?|characters?|episodes?|programmes?|box-office|sequels?|remakes?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# A side of more words is a long name's part ("Consumers Against Supermarket Privacy Invasion
# and Numbering", a campaign's name), no name of its own.
_MOST_WORDS = 3


@cache
def _kinds() -> frozenset[str]:
    data = data_file("entities.json")
    words = [*data["name_kinds"], *data["listed_name_kinds"], *data["body_kinds"]]
    return frozenset(w.casefold() for w in words) | _MORE_KINDS


# The fields a body is named by, one common noun in title case as the second side (round
# r50-bodies, Lee sheet F's "received by Australian Search and Rescue", `Australian Search` and
# `Rescue` ORG): no name of its own, so the pair is one body's name.
_FIELDS = frozenset(
    {"Rescue", "Industry", "Research", "Development", "Training", "Welfare", "Safety", "Recovery",
     "Innovation", "Technology", "Science", "Enterprise", "Employment", "Education", "Health",
     "Environment", "Heritage", "Culture", "Tourism", "Trade", "Transport", "Planning",
     "Housing", "Energy", "Security", "Justice", "Fisheries", "Forestry", "Agriculture",
     "Resources", "Skills", "Conservation", "Investment", "Finance", "Sport", "Recreation"}
)  # fmt: skip
# Bodies' last words the lists above lack ("the Health and Safety Executive").
_MORE_KINDS = frozenset({"executive", "corporation", "administration", "bureau", "service"})


def _body_kind(word: str) -> bool:
    """Whether `word` ends the names of bodies, firms, places or events ("Commission")."""
    return word.casefold() in _kinds()


def _initials_written(text: str, name: str) -> bool:
    """Whether the article writes the initials of the whole name ("TGWU", "ONGC"): then the
    "and" is inside one name."""
    words = [w for w in name.split() if w[:1].isupper() and w not in ("The", "the")]
    letters = "".join(w[0] for w in words)
    return re.search(rf"\b{re.escape(letters)}\b", text) is not None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], roughly: from the last sentence end before it to
    the next after it."""
    before = text.rfind("\n", 0, start)
    for match in _SENTENCE_END.finditer(text, 0, start):
        before = max(before, match.end() - 1)
    after = _SENTENCE_END.search(text, end)
    return text[before + 1 : after.start() if after else len(text)]


def _words(side: str) -> list[str]:
    words = side.split()
    return words[1:] if words[0] in ("The", "the") else words


def _a_persons_name(side: str) -> bool:
    words = _words(side)
    return (
        len(words) == 2
        and words[0].casefold() in first_names()
        and words[1][:1].isupper()
        and not name_kind(words[1])
        and not known_place(side)
    )


def glued_pairs(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    a_place_or_people: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, each ORG over "<Name> and <Name>" made two mentions, one a side, where
    the pair is two names (the module's doc). `add` makes a mention of a layout's span, label
    and cue (`entities._added`); `a_place_or_people` tells a country's, a place's or a
    people's name."""
    if " and " not in text:
        return list(mentions)
    result = list(mentions)
    for mention in mentions:
        if mention.label != "ORG" or " and " not in mention.text:
            continue
        match = _PAIR.fullmatch(mention.text)
        if match is None:
            continue
        left, right = match.group("left"), match.group("right")
        sides = (left, right)
        lefts, rights = _words(left), _words(right)
        if (
            max(len(lefts), len(rights)) > _MOST_WORDS
            or (len(lefts) == 1 and len(rights) > 1)
            or (_body_kind(rights[-1]) and not (len(lefts) > 1 and lefts[-1] == rights[-1]))
            or _initials_written(text, mention.text)
            or (len(rights) == 1 and rights[0] in _FIELDS)  # "Search and Rescue" (r50-bodies)
            or a_place_or_people(lefts[0])  # "Australian Search and Rescue": a nation's body
            or text.count(f"{' '.join(lefts)} and {right}") > 1
            or any(
                known_place(" ".join(_words(side))) or a_place_or_people(" ".join(_words(side)))
                for side in sides
            )
        ):
            continue
        before = text[max(0, mention.start - 60) : mention.start]
        if (
            len(lefts) == 1
            and len(rights) == 1
            and not _LIST_BEFORE.search(before)
            and not _OWN_THE.search(before)
            and not (mention.text.startswith("The ") and _OWN_THE.search(before + "The "))
        ):
            continue
        if _WORKS_WORDS.search(_sentence(text, mention.start, mention.end)):
            continue
        # The left side takes the glued mention's place; the right side then stands alone.
        left_start = mention.start + match.start("left")
        right_start = mention.start + match.start("right")
        outers = ((mention.start, mention.end), (right_start, right_start + len(right)))
        for start, side, outer in ((left_start, left, outers[0]), (right_start, right, outers[1])):
            label = "PERSON" if _a_persons_name(side) else "ORG"
            span = (start, start + len(side), *outer)
            result = replaced(text, result, layouts, add, [span], (label, label))
    return result
