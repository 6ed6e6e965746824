"""Two names glued by "and" where the words around them show a list of names.

The small model tags "both The Independent and The Times" or "games such as Fable and Black
Wolf" as one name. `coordination.sides` cuts such a span only where the article writes each
side alone elsewhere; many lists name their items once. This rule reads the list's shape
instead, one of:

- "both" right before the span ("both The Independent and The Times");
- each side with its own "The" ("The Feedback and The Hype");
- the span ends a comma list whose earlier item is a mention of its own ("Shadowcrew,
  Carderplanet and Darkprofits" where the model found "Shadowcrew" alone);
- a plural kind of names right before the span ("the websites", "firms such as", "two cosmetics
  brands,") or right after it ("at Belmarsh and Woodhill prisons");
- `pair beside its side alone`: one side is a name the model found alone elsewhere in the
  article and the other a name of two words or more ("Ubisoft said ... the support from Ubisoft
  and Electronic Arts"): a firm that holds an "and" is rarely also written as its first or last
  word alone.

Names that hold an "and" stay whole: places ("Trinidad and Tobago"), bodies named for their
fields ("the Department of Trade and Industry", "the Health and Safety Executive": a side with
a body's kind word, or a left side with "of" or "for" and one word after the "and"), and two
one-word sides neither of which the article writes alone ("Procter and Gamble", "Hide and
Seek"), except after a plural of firms and "such as", "like" or "including" (`firms listed
by their kind`: "firms like Dell and Acer", where a list of firms is what the words promise),
and before a plural kind of venue (`venues before their plural kind`, round r32-misc: "12
detainees at Belmarsh and Woodhill prisons", "at Luton and Stansted airports": one prison is
never named "X and Y", while a firm's goods or shops may follow a firm that holds an "and",
"Marks and Spencer stores", so only the venues' kinds, `glued_lists.venue_kinds`, say so).
The kinds are data (`glued_lists` in factx/data/entities.json).

`places listed after their plural kind` (round r43b-places): a pair after a plural kind of
places and "of" ("the London boroughs of Ealing and Hounslow", "the Kent districts of Dartford
and Swale") is two places, whatever label the model gave the pair (seed 128's `Hillingdon and
Wandsworth` ORG): one borough is never named "X and Y", so two lone words are parted there too.
A place that holds its "and" is named after a singular kind ("the county of Tyne and Wear",
"the state of Trinidad and Tobago"), which the rule leaves whole.

`works a prize's winner beat` (round r35-tv): in a sentence about a prize (award, prize,
trophy, Oscar, Bafta, a nomination), a span the model tags a work after "beating", "beat",
"ahead of" or "as well as", with two words or more each side of its "and", is two works: "Vera
Drake picked up the best film award, beating Night of the Living Dead and Layer Cake". A title
that holds its "and" has a lone word at one side ("Pride and Prejudice", "Love and Other
Disasters") or "and the" ("Harry Potter and the Goblet of Fire"), which the rule leaves whole.

`works that followed` (round r39-acts): a span the model tags a work right before "followed",
with two words or more each side of its "and", is two works, a career's next two: "Her first
novel, Deadline Nine, appeared in 1960. The Last Word and In Deep Water followed" (seed 95's
`The Final Diagnosis and In High Places` glued). A title of two long sides ("Harry Potter and
the Goblet of Fire") is left by its "and the", which `_JOINED`'s capital after "and" refuses.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from factx.extract.wordlists import data_file

# One "and" between two capitalised sides, the left one with its "the": "The X and The Y".
_JOINED = re.compile(
    r"(?P<left>(?:[Tt]he )?[A-Z][^\s]*(?: [^\s]+)*?) and (?P<right>[A-Z][^\s]*(?: [^\s]+)*)"
)
_PLACES = frozenset({"GPE", "LOC"})
_THE = re.compile(r"[Tt]he ")
_SMALL_JOINS = re.compile(r" (?:of|for|on)\b")


@cache
def _kinds_before() -> re.Pattern[str]:
    data = data_file("entities.json")["glued_lists"]
    kinds = "|".join(data["plural_kinds"])
    # r40-films: "such films as The Birdcage and Dead Poets Society" (seed 105's glued ORG).
    return re.compile(
        rf"(?:\bboth (?:the )?|\b(?:{kinds})(?: (?:such as|including|like))?,? (?:the )?"
        rf"|\bsuch (?:{kinds}) as (?:the )?)$",
        re.IGNORECASE,  # "Both", "Firms such as" opening a sentence
    )


# The plain callings of firms before the words that open a list of them: "firms like",
# "companies such as", "studios, such as". Not a kind of their goods ("brands such as Procter
# and Gamble": a brand's name holds an "and" as often as a list does).
# r40-films: festivals too ("festivals like Raindance and Cinequest", seed 103's glued ORG).
_FIRMS_BEFORE = re.compile(
    r"\b(?:firms|companies|studios|festivals),? (?:such as|like|including) $", re.IGNORECASE
)


@cache
def _kinds_after() -> re.Pattern[str]:
    kinds = "|".join(data_file("entities.json")["glued_lists"]["plural_kinds"])
    return re.compile(rf"(?:'s?)? (?:{kinds})\b")


@cache
def _venues_after() -> re.Pattern[str]:
    kinds = "|".join(data_file("entities.json")["glued_lists"]["venue_kinds"])
    return re.compile(rf" (?:{kinds})\b")


# r40-films: "such films as" before two titles glued at "and" opens a list of works, whose
# titles may end with a body's word ("such films as The Birdcage and Dead Poets Society", seed
# 105's glued ORG): no body's name, which "the Public and Commercial Services Union" is.
_SUCH_WORKS_AS = re.compile(
    r"\bsuch (?:films|movies|dramas|comedies|thrillers|musicals|plays|shows|programmes|"
    r"novels|books|albums|songs|hits) as (?:the )?$",
    re.IGNORECASE,
)


def such_works_as(text: str, start: int) -> bool:
    """Whether "such films|books|... as" (and a "the") stands right before `start`."""
    return _SUCH_WORKS_AS.search(text, max(0, start - 30), start) is not None


# r43b-places: a plural kind of places and "of" before a pair: "the London boroughs of".
_PLACES_OF_KIND = re.compile(
    r"\b(?:boroughs|districts|counties|provinces|suburbs|towns|cities|villages|ports|resorts) of $"
)


def _places_listed(text: str, start: int) -> bool:
    """Whether a plural kind of places and "of" stands right before `start` (`places listed
    after their plural kind`: "the London boroughs of Ealing and Hounslow")."""
    return " of " in text[max(0, start - 4) : start] and bool(
        _PLACES_OF_KIND.search(text, max(0, start - 20), start)
    )


# r35-tv: the rivals a prize's winner beat, and the prize's words in the same sentence.
_RIVALS_BEFORE = re.compile(r"\b(?:beating|beat|ahead of|as well as) $")
_PRIZE = re.compile(
    r"\b(?:awards?|prizes?|trophy|trophies|Oscars?|Baftas?|Golden Globes?|nominat\w*)\b"
)


def _rivals_for_a_prize(text: str, start: int, end: int, left: str, right: str) -> bool:
    """Whether text[start:end], "left and right", follows the words of a prize's rivals in a
    sentence about a prize, each side two words or more (`works a prize's winner beat`)."""
    if " " not in _THE.sub("", left, count=1) or " " not in right:
        return False
    if _RIVALS_BEFORE.search(text, max(0, start - 20), start) is None:
        return False
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    closing = min(i for i in (text.find(". ", end), text.find("\n", end), len(text)) if i >= 0)
    return _PRIZE.search(text, opening, closing) is not None


# r39-acts: a writer's or a band's next works, the verb right after the two: "The Last Word
# and In Deep Water followed, both achieving a popular following".
_FOLLOWED_AFTER = re.compile(r" (?:followed|soon followed|quickly followed)\b")


def _works_that_followed(text: str, end: int, left: str, right: str) -> bool:
    """Whether the span the model tags a work, "left and right", stands right before
    "followed", each side two words or more (`works that followed`): a list of the next works
    in a career, where one title holding "and" has a lone word at one side ("Pride and
    Prejudice followed")."""
    if " " not in _THE.sub("", left, count=1) or " " not in right:
        return False
    return _FOLLOWED_AFTER.match(text, end) is not None


@cache
def _body_words() -> frozenset[str]:
    data = data_file("entities.json")
    return frozenset(data["listed_name_kinds"]) | frozenset(data["body_kinds"])


def listed_sides(
    text: str,
    start: int,
    end: int,
    label: str,
    ends: Collection[int],
    known: Collection[str] = (),
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two names glued in text[start:end] by "and", where a list's shape shows two.

    Args:
        text: the article.
        start, end: the mention's span.
        label: the model's label of the mention.
        ends: the end offsets of the article's other mentions.
        known: the names of the article's other mentions that hold no "and".
    Returns:
        The spans of the two sides (each without a leading "the"), or None.
    """
    if text.count(" and ", start, end) != 1 or "," in text[start:end]:
        return None
    places = _places_listed(text, start)
    if label in _PLACES and not places:
        return None
    match = _JOINED.fullmatch(text, start, end)
    if match is None:
        return None
    left, right = match.group("left"), match.group("right")
    if places:
        left_start = match.start("left")
        if the := _THE.match(left):
            left_start += the.end()
        return (left_start, match.end("left")), match.span("right")
    firms = (
        _FIRMS_BEFORE.search(text, max(0, start - 40), start) is not None
        or _venues_after().match(text, end) is not None
    )
    if _one_name(text, left, right, firms=firms) and not such_works_as(text, start):
        return None
    if not (
        _listed(text, start, end, left, right, ends)
        or _beside_alone(text, left, right, known)
        or (label == "WORK_OF_ART" and _rivals_for_a_prize(text, start, end, left, right))
        or (label == "WORK_OF_ART" and _works_that_followed(text, end, left, right))
    ):
        return None
    left_start = match.start("left")
    if the := _THE.match(left):
        left_start += the.end()
    return (left_start, match.end("left")), match.span("right")


def _one_name(text: str, left: str, right: str, *, firms: bool) -> bool:
    """Whether "left and right" reads as one name that holds its "and" (two lone words are two
    firms after "firms like", or two venues before "prisons": `firms` says the span stands
    between such words)."""
    words = set(left.split()) | set(right.split())
    if words & _body_words():
        return True  # "the Public and Commercial Services Union"
    if " " not in right and _SMALL_JOINS.search(left):
        return True  # "the Department of Work and Pensions", "Academy of Film and Television"
    bare_left = _THE.sub("", left, count=1)
    if " " not in bare_left and " " not in right and not firms:
        # "Procter and Gamble": two lone words are one name unless one is written alone.
        return not (_alone(text, bare_left) or _alone(text, right))
    return False


def _listed(text: str, start: int, end: int, left: str, right: str, ends: Collection[int]) -> bool:
    """Whether the words around the span, or its sides' own "The", show a list of names."""
    if _THE.match(left) and right.startswith("The "):
        return True  # "The Feedback and The Hype"
    if _kinds_before().search(text, max(0, start - 40), start):
        return True  # "both The Independent and", "games such as", "two brands,"
    if _kinds_after().match(text, end) or _venues_after().match(text, end):
        return True  # "Belmarsh and Woodhill prisons", "Luton and Stansted airports"
    # "Shadowcrew, Carderplanet and Darkprofits": the item before the comma is a mention.
    return text.startswith(", ", start - 2) and (start - 2) in ends


def _beside_alone(text: str, left: str, right: str, known: Collection[str]) -> bool:
    """Whether one side is a name the model found alone and written alone, and the other a name
    of two words or more: "Ubisoft and Electronic Arts" after "Ubisoft said"."""
    bare_left = _THE.sub("", left, count=1)
    for side, other in ((bare_left, right), (right, bare_left)):
        if side in known and " " in other and _alone(text, side):
            return True
    return False


def _alone(text: str, name: str) -> bool:
    """Whether the article writes `name` as a word of its own outside "name and" / "and name"."""
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
        if text.startswith(" and ", found.end()) or text.endswith(" and ", 0, found.start()):
            continue
        return True
    return False
