"""Films in awards and box-office news named by a verb the model does not read as a film's
(round r42b-films, seed 122's entertainment/363, where four films were ORG, one cut to its
place and none read whole).

A list of the films a winner beat to best picture names a film in each member: "in 1984 when
Amadeus beat The Killing Fields, A Passage to India, Places in the Heart and A Soldier's Story
to best picture". The model reads the members by their look (a body for "The Killing Fields",
a place for the "India" of "A Passage to India"), and cuts a title at its small words. Every
member, and the winner before "beat", is one film, whole with its own "The", "A" and "to
<Place>".

A name before "took|has taken <a sum>" in a paragraph of box-office news is a film by its
takings: "The Aviator, which has taken $90m (£48m) in the US", "The Incredibles took $259m".
The cue `work by its takings` reads only a weekend's, a release's or a box office's words
right after the sum; a firm takes a sum too ("Google took $2bn outside the US"), so this reads
the paragraph for a film's words first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.entity_screen_titles import made_whole
from factx.extract.first_names import opens_with_first_name, person_by_first_name
from factx.extract.title_shapes import TITLE_SMALL_WORDS, small_words, title_run

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_WORK = "WORK_OF_ART"
# A title: capitalised words with a title's small words between them, its own "The|A|An"
# first, a number after a word ("Shrek 2"): "A Passage to India", "Places in the Heart".
_WORD = r"[A-Z][\w'’:-]*(?: \d{1,2}(?!\d))?"
_SMALL = small_words(*TITLE_SMALL_WORDS, "and", "or", "with", "is", "my")
_TITLE = title_run(_WORD, _SMALL)
_WHOLE_TITLE = re.compile(_TITLE)
# "<winner> beat <films> to best picture": the prize a film, not a person, is up for.
_BEATEN = re.compile(
    r" beat (?P<films>[^.;:!?\"“”()]{1,220}?) to (?:the )?(?:best (?:picture|film)\b"
    r"|(?:best picture|best film) (?:Oscar|award|prize)\b|Oscar for best (?:picture|film)\b"
    r"|top (?:awards?|prizes?) at the (?:Oscars|Baftas|Academy Awards)\b)"
)
# The winner right before " beat", where a clause or the sentence opens: "when Amadeus",
# "in 1984 Amadeus", "Clint Eastwood's Million Dollar Baby".
_WINNER = re.compile(
    rf"(?:(?<=[.!?] )|(?<=\n)|(?<=, )|(?<=\bwhen )|(?<=\bas )|(?<=\bafter )|(?<=\d{{4}} ))"
    rf"(?P<title>{_TITLE})$"
)
# The joins of a list of films: ", ", " and ", ", and ".
_JOIN = re.compile(r",? and |, ")
# A director's or a studio's possessive before the title: "Martin Scorsese's The Aviator".
_OWNER = re.compile(r"(?P<owner>[A-Z][a-z]+ [A-Z][\w-]+)['’]s (?=[A-Z])")


def films_beaten_to_a_prize(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with the winner and each film it "beat <films> to best picture" one
    work, whole (the module's doc). A list any of whose members is no title, or a person's
    name by its first name, is left alone: a person is beaten to an acting prize."""
    if " beat " not in text:
        return mentions
    spans: list[tuple[int, int]] = []
    for found in _BEATEN.finditer(text):
        members = _members(text, found.start("films"), found.end("films"))
        winner = _WINNER.search(text, max(0, found.start() - 80), found.start())
        if members is None or winner is None:
            continue
        start, end = _unowned(text, *winner.span("title"))
        if person_by_first_name(text[start:end]):
            continue
        spans.extend([(start, end), *members])
    return made_whole(text, mentions, spans, layouts, add, _WORK) if spans else mentions


def _members(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of the titles listed in text[start:end], or None where one is no title."""
    spans = []
    at = start
    for join in [*_JOIN.finditer(text, start, end), None]:
        stop = join.start() if join is not None else end
        first, last = _unowned(text, at, stop)
        title = text[first:last]
        if not _WHOLE_TITLE.fullmatch(title) or person_by_first_name(title):
            return None
        spans.append((first, last))
        if join is not None:
            at = join.end()
    return spans


def _unowned(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] without a person's possessive before its title ("Martin Scorsese's")."""
    owner = _OWNER.match(text, start, end)
    if owner is not None and opens_with_first_name(owner.group("owner")):
        return owner.end(), end
    return start, end


# After a film's name, its takings: "took $259m", ", which has taken $90m".
_TAKINGS = re.compile(
    r",? (?:which |that )?(?:has |have |had )?(?:so far |already |also |now )?(?:took|taken) "
    r"(?:just |only |more than |over |almost |nearly |about |around |some |an estimated "
    r"|a further |another )?[$£€]\d"
)
# A paragraph of box-office news.
_FILM_NEWS = re.compile(
    r"\b(?:box[- ]office|cinemas?|weekend|films?|movies?|blockbusters?|takings)\b", re.IGNORECASE
)
# The star in apposition before the takings: "A Series of Unfortunate Events, starring Jim
# Carrey, took $30.2m" (the film took it, not the star).
_STARRING = re.compile(r"\bstarring (?:[\w-]+ ){0,2}$")
_TAKERS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT"})


def films_by_takings(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions that name a film before "took|has taken <a sum>" in a
    paragraph with a film's or a box office's words (the module's doc). Not a person's full
    name by its first name, nor a lone surname of a person the article names in full, nor a
    star after "starring"."""
    if " took " not in text and " taken " not in text:
        return
    for i, m in enumerate(mentions):
        if m.label not in _TAKERS or not _TAKINGS.match(text, m.end):
            continue
        if person_by_first_name(m.text) or _STARRING.search(text, max(0, m.start - 40), m.start):
            continue
        if m.label == "PERSON" and any(
            o.label == "PERSON" and o.text.endswith(" " + m.text) for o in mentions
        ):
            continue
        opening = text.rfind("\n", 0, m.start) + 1
        closing = text.find("\n", m.end)
        if _FILM_NEWS.search(text, opening, closing if closing != -1 else len(text)):
            yield i


# A plural verb of takings after two films joined by "and": "Sideways and Finding Neverland
# have so far grossed about $45m (£24m) each".
_PLURAL_TAKINGS = re.compile(
    r",? (?:have|had|were) (?:so far |already |now |also |together |both |each )?"
    r"(?:grossed|taken|took)\b"
)


def films_parted_by_a_plural(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each one name "<Title> and <Title>" before a plural verb of takings
    ("have so far grossed", "have taken") parted at its "and" into two works: the plural says
    the sentence counts two films, where the model read one title (seed 122's `Sideways and
    Finding Neverland` WORK_OF_ART). Each side must have a title's shape and neither be a
    person by a first name; "grossed" is a film's verb, and after "taken|took" the paragraph
    must hold a film's or a box office's words."""
    if " and " not in text or not any(verb in text for verb in (" grossed", " taken", " took")):
        return mentions
    result = list(mentions)
    for m in mentions:
        at = m.text.find(" and ")
        if at == -1 or not _PLURAL_TAKINGS.match(text, m.end):
            continue
        sides = [(m.start, m.start + at), (m.start + at + 5, m.end)]
        if not all(
            _WHOLE_TITLE.fullmatch(text[s:e]) and not person_by_first_name(text[s:e])
            for s, e in sides
        ):
            continue
        opening = text.rfind("\n", 0, m.start) + 1
        closing = text.find("\n", m.end)
        layout = layout_holding(layouts, m.start, m.end)
        if layout is None:
            continue
        verb = _PLURAL_TAKINGS.match(text, m.end)
        grossed = verb is not None and verb.group().endswith("grossed")
        if not grossed and not _FILM_NEWS.search(
            text, opening, closing if closing != -1 else len(text)
        ):
            continue
        result.remove(m)
        result.extend(add(text, layout, s, e, _WORK, _WORK) for s, e in sides)
    return sorted(result, key=lambda m: (m.start, m.end))


# Round r43b-works: the films a sentence lists by their count of nominations ("Among the other
# films receiving four nominations apiece were Brother to Brother, a drama about ..., Robbing
# Peter and Primer"; "The other films nominated are wine comedy Sideways, ..."; "with two
# nominations, are high school comedy Napoleon Dynamite, The Door in the Floor and ...").
_NOMINATED_LIST = re.compile(
    r"(?:\b[Aa]mong the (?:other )?(?P<kind>films|movies|pictures) (?:receiving|getting|earning"
    r"|securing|with|picking up) (?:\w+ )?(?:nominations|nods)(?: apiece| each)?,? (?:were|are)"
    r"|\b[Tt]he (?:other )?(?P<named>nominated (?:films|movies)|(?:films|movies) nominated)"
    r"(?: for (?:best picture|best film|the top prize))? (?:are|were|include|included)"
    r"|\b[Ww]ith (?:\w+) (?:nominations|nods)(?: apiece| each)?, (?:are|were)) "
    r"(?P<films>(?:[^.;:!?\"“”()\n]|\.(?=\d))+?)(?=[.;:!?(\"“”]|\n| - |$)"
)
# A member's own aside in the list: "Brother to Brother, a drama about a young man, ...".
_ASIDE_MEMBER = re.compile(r"(?:a|an|the|one|his|her|their|its) [a-z$£\d]")
# A member's kind words before its title: "wine comedy Sideways", "Ray Charles biopic Ray".
_KIND_THEN_TITLE = re.compile(rf"(?:^|(?<=[a-z] ))(?P<title>{_TITLE})$")
# Words that take the name after them as someone's, not the film's: "those of Mike Leigh".
_NOT_KIND = re.compile(r"\b(?:of|by|from|with|starring|featuring|for|about|to|and|in|on|at) $")
_FILM_WORDS = re.compile(r"\b(?:films?|movies?|pictures?|cinema)\b", re.IGNORECASE)


def films_listed_by_nominations(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each film a sentence lists by its count of nominations one work,
    whole ("Among the other films receiving four nominations apiece were Brother to Brother, a
    drama about ..., Robbing Peter and Primer": seed 128's `Peter` PERSON, cut from "Robbing
    Peter", and `Primer` PERSON). The list names films, so each member is a title, an "-ing"
    verb's too ("Robbing Peter", "Chasing Liberty"); a member's own aside (", a drama about
    ...,") is no member, and a member's kind words before its title ("wine comedy Sideways")
    stay outside it. Guards: "films|movies|pictures" named in the opening words, or, after the
    bare "with <n> nominations, are", a film's word in the paragraph and no member a person the
    model read so by a common first name (a music prize's nominees are people: "with four
    nominations each are Alicia Keys and Usher"); a director's possessive is left outside the
    title."""
    if "nominat" not in text and " nods" not in text:
        return mentions
    spans: list[tuple[int, int]] = []
    for found in _NOMINATED_LIST.finditer(text):
        bare = found.group("kind") is None and found.group("named") is None
        if bare:
            opening = text.rfind("\n", 0, found.start()) + 1
            closing = text.find("\n", found.end())
            if not _FILM_WORDS.search(text, opening, closing if closing != -1 else len(text)):
                continue
        members = _listed_titles(text, found.start("films"), found.end("films"))
        if bare and any(not kind and _a_person(text, mentions, s, e) for s, e, kind in members):
            continue
        spans.extend((s, e) for s, e, _ in members)
    return made_whole(text, mentions, spans, layouts, add, _WORK) if spans else mentions


def _a_person(text: str, mentions: Sequence[RawMention], start: int, end: int) -> bool:
    """Whether text[start:end] is a person's name by its first name that the model read as a
    person ("Alicia Keys"; "Napoleon Dynamite" read as a work is none)."""
    return person_by_first_name(text[start:end]) and any(
        m.label == "PERSON" and m.start < end and start < m.end for m in mentions
    )


def _listed_titles(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The spans of the titles of the list text[start:end], parted at its commas and "and",
    less the members' asides and their kind words, each with whether kind words stood before
    it ("high school comedy Napoleon Dynamite": a film by its words, whatever its first name)
    (`films_listed_by_nominations`)."""
    spans = []
    at = start
    for join in [*_JOIN.finditer(text, start, end), None]:
        stop = join.start() if join is not None else end
        piece = text[at:stop]
        if not _ASIDE_MEMBER.match(piece):
            title = _KIND_THEN_TITLE.search(piece)
            if title is not None and not _NOT_KIND.search(piece, 0, title.start()):
                first, last = _unowned(text, at + title.start(), at + title.end())
                spans.append((first, last, title.start() > 0))
        if join is not None:
            at = join.end()
    return spans
