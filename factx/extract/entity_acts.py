"""A band's name the model cuts up, in an article about music: a doubled word ("Duran Duran",
"Talk Talk") and a name, "and the" and a plural ("Echo and the Bunnymen", "Bobby and the
Midnights").

The small model reads "Duran Duran" as a place twice over (`Duran` GPE, `Duran` GPE) and cuts
"Echo and the Bunnymen" at its "and" (`Bunnymen` PRODUCT), as it would a list of two names. In
an article whose words are a musician's (`entity_bands.about_music`), a capitalised word written
twice running is one band's name, and so is a name of one or two capitalised words, "and the"
and a capitalised plural, last in a list after the list's own "and" ("The Killers, Interpol
and Bobby and the Midnights": a list has one "and"), where the article writes neither side
alone elsewhere. Without the list's "and" the shape is as often two acts ("rapper Verbalicious
and the Stereophonics", "the Beach Boys, America and the Eagles"). Each is an
organisation: the model's mentions inside give way to it, or it is added where the model found
nothing. Not a known place ("Bora Bora", "Walla Walla"), nor where a mention reaches out of the
span (the model saw a longer name), nor "the" and a people or a party ("Blair and the Tories").
`listed_sides` cuts a glued "X and The Y" where each side has its own "The" or the list's shape
shows two names; this rule runs after it and asks the opposite of the same span: a band's
"and the" has a lower-case "the" and a side never written alone.

Round r32-lists adds three shapes, each in an article about music, each side never written
alone elsewhere in the article:

- `duo after a describing plural`: "Veterans Hall and Oates were in 10th place": a plural that
  describes the act ("Veterans", "Legends", "Rockers", a closed class) before "X and Y", one
  word each, is no part of the name, and the duo is one act, ORG. The model glues the plural to
  the first name (`Veterans Hall` FAC) and reads the second alone (`Oates` ORG).
- `band after its kind word, with its inner "and"`: "goth favourites the Sisters and Mercy
  Chain": a kind word ("favourites", "band", "group", ...) and the band's own "the" before
  "X and Y" keep the two sides one band, ORG (the model gives `Sisters` ORG and nothing for
  "Mercy Chain"). Not where the second side has a "the" of its own.
- `two acts into second and third place`: "The group beat Keane and Athlete into second and
  third place": two names before "into" (or "in") two places joined by "and", after an act's
  kind word in the sentence ("group", "band", "act", ...), are two acts, each ORG, whatever the
  model glued (`Travis and Idlewild` WORK_OF_ART) or read as a person. Not a side that opens
  with a common first name.

Round r33-tv adds one shape, in any article:

- `duo after its kind`: "comedy duo French and Saunders", "pop duo Hall and Oates", "the
  double act Hale and Pace": one capitalised word each side of "and", after "duo" or "double
  act" with a kind of entertainment before it, is one act, ORG, whether or not the article
  writes a side alone (a duo's members are named by their surnames too). Not a duo of sport
  ("striking duo Smith and Jones": two players), which has no entertainment's kind word.

Round r42c-music adds two shapes, each in an article about music:

- `two plurals with their own "the", last in a list`: "worked with Gram Parsons and the Mamas
  and the Papas": after the list's own "and", "the <Plural> and the <Plural>" is one act,
  ORG, not two (the model gives `Mamas` and `Papas` apart). Neither side written alone
  elsewhere, nor a place, a people or a prize's plural ("the Oscars and the Grammys").
- `band after for|by|with`: "He helped write Surfin for the Beach Boys", "hits by the
  Eagles": "the" and one or two capitalised words ending in a plural, right after "for", "by"
  or "with", where the model found nothing, is a band, ORG. Not a place, a people or a party
  ("for the Liberal Democrats"), nor a prize's plural ("nominated by the Brits"), nor a name
  with a capitalised word after it (a longer name the rule cannot see whole).

And in any article, `record company by its kind`: "his record company SonyBMG's new Elvis
campaign", "Record company WarnerEMI are releasing the singles": the capitalised run (one to
three words, its possessive outside) right after "record company", "record label" or "record
firm" is the firm, ORG, where the model found nothing (it reads a run-together name as no
name at all).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.entity_bands import about_music
from factx.extract.first_names import opens_with_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_EDGE_BEFORE = r"(?<![\w'’&.-])"
_EDGE_AFTER = r"(?![\w&-]|['’][a-z])"  # "Duran Duran's" ends before its "'s"
# A capitalised word written twice running: "Duran Duran", "Talk Talk".
_DOUBLED = re.compile(rf"{_EDGE_BEFORE}(?P<word>[A-Z][a-z]+) (?P=word){_EDGE_AFTER}")
# A name of one or two words, "and the" in lower case, and a plural, last in a list after the
# list's own "and": "Interpol and Echo and the Bunnymen". Not "the Mamas and the Papas" after
# "Gram Parsons and": a whole band there lent its ORG to the person through the pair's "and".
_AND_THE = re.compile(
    rf"(?<=\band )(?P<left>[A-Z][a-z]+(?: [A-Z][a-z]+)?) and the "
    rf"(?P<right>[A-Z][a-z]+(?:s|men)){_EDGE_AFTER}"
)


# `two plurals with their own "the", last in a list`: "and the Mamas and the Papas".
_THE_AND_THE = re.compile(
    rf"(?<=\band )the (?P<left>[A-Z][a-z]+s) and the (?P<right>[A-Z][a-z]+s){_EDGE_AFTER}"
    r"(?! [A-Z])"
)
# `band after for|by|with`: "for the Beach Boys", "hits by the Eagles".
_AFTER_FOR_BY_WITH = re.compile(
    rf"\b(?:for|by|with) (?P<band>the (?P<name>(?:[A-Z][a-z]+ )?[A-Z][a-z]+s)){_EDGE_AFTER}"
    r"(?! [A-Z&])"
)
# `record company by its kind`: "record company SonyBMG's", "Record label Domino".
_RECORD_COMPANY = re.compile(
    r"\b[Rr]ecord (?:company|label|firm) (?P<name>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})"
    r"(?=['’]s\b|[\s,.;:]|$)"
)
# Prizes' plural short names, no bands: "by the Brits", "the Oscars and the Grammys".
_PRIZES = re.compile(
    r"(?:Oscars|Baftas|Brits|Grammys|Emmys|Globes|Golden Globes|Mobos|Proms|Mercurys|Razzies|"
    r"Awards|Nominations)"
)


# `duo after a describing plural`: the plurals are a closed class of words for acts.
_DESCRIBED_DUO = re.compile(
    r"(?<![\w'’-])(?P<outer>(?:[Vv]eterans|[Ll]egends|[Rr]ockers|[Pp]opsters|[Cc]rooners|"
    r"[Rr]appers|[Ss]uperstars|[Hh]itmakers|[Ff]olkies) )"
    rf"(?P<left>[A-Z][a-z]+) and (?P<right>[A-Z][a-z]+){_EDGE_AFTER}(?! [A-Z&])"
)
# `band after its kind word, with its inner "and"`: the kind word, the band's "the", one or two
# capitalised words, "and", and one to three more (no "the").
_KIND_AND = re.compile(
    r"\b(?:favourites|band|group|outfit|rockers|legends|veterans|heroes|stalwarts) "
    rf"(?P<outer>)the (?P<left>[A-Z][a-z]+(?: [A-Z][a-z]+)?) and "
    rf"(?P<right>(?!The )[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}){_EDGE_AFTER}(?! [A-Z&])"
)
# `duo after its kind`: a kind of entertainment before "duo" or "double act".
_KIND_DUO = re.compile(
    r"\b(?:(?:comedy|comic|pop|folk|rap|singing|music|dance|electro|hip-hop|magic) duo|"
    r"double act|double-act),? (?:the )?(?P<outer>)"
    rf"(?P<left>[A-Z][a-z]+) and (?P<right>[A-Z][a-z]+){_EDGE_AFTER}(?! [A-Z&])"
)
# `two acts into second and third place`: an act's kind word earlier in the sentence.
_ACT_WORD = re.compile(r"\b(?:group|band|act|duo|trio|bands|groups|acts)\b")
_PLACINGS = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_TWO_PLACED = re.compile(
    rf"{_EDGE_BEFORE}(?P<left>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) and "
    rf"(?P<right>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)(?= (?:into|in) {_PLACINGS} and "
    rf"{_PLACINGS} places?\b)"
)


def _written_alone(text: str, name: str, start: int, end: int) -> bool:
    """Whether `name` is written in the article outside text[start:end]."""
    pattern = re.compile(rf"{_EDGE_BEFORE}{re.escape(name)}(?![\w-])")
    return any(not start <= m.start() < end for m in pattern.finditer(text))


def _sides_ok(text: str, match: re.Match[str], a_place_or_people: Callable[[str], bool]) -> bool:
    """Whether neither side of a band's "and" is a place or a people, nor written alone."""
    start, end = match.span()
    return not any(
        a_place_or_people(side) or known_place(side) or _written_alone(text, side, start, end)
        for side in (match.group("left"), match.group("right"))
    )


def _spans(text: str, a_place_or_people: Callable[[str], bool]) -> list[tuple[int, int, int, int]]:
    """The spans of the bands' names in the article (the module's doc), in order, each with
    the span whose mentions give way to it (a describing plural before a duo's name)."""
    spans = [
        (*match.span(), *match.span())
        for match in _DOUBLED.finditer(text)
        if not known_place(match.group()) and not a_place_or_people(match.group())
    ]
    for pattern in (_DESCRIBED_DUO, _KIND_AND):
        for match in pattern.finditer(text):
            if _sides_ok(text, match, a_place_or_people):
                start = match.end("outer")
                spans.append((start, match.end(), match.start("outer"), match.end()))
    for match in _TWO_PLACED.finditer(text):
        sentence = text[max(text.rfind(". ", 0, match.start()), 0) : match.start()]
        if _ACT_WORD.search(sentence) is None:
            continue  # no band ranked in the sentence: people may be placed ("Federer beat")
        sides = ("left", "right")
        if any(
            opens_with_first_name(match.group(s)) or a_place_or_people(match.group(s))
            for s in sides
        ):
            continue  # a person placed: the pair is not two bands
        spans.extend((*match.span(s), *match.span()) for s in sides)
    for match in _AND_THE.finditer(text):
        left, right = match.group("left"), match.group("right")
        start, end = match.span()
        if (
            not a_place_or_people(right)
            and not a_place_or_people(right[:-1])
            and not known_place(right)
            and not _written_alone(text, left, start, end)
            and not _written_alone(text, right, start, end)
        ):
            spans.append((start, end, start, end))
    spans.extend(_plurals_and_bands(text, a_place_or_people))
    return sorted(spans)


def _plural_ok(name: str, a_place_or_people: Callable[[str], bool]) -> bool:
    """Whether a plural name may be a band's: no prize's, place's, people's or party's."""
    return not (
        _PRIZES.fullmatch(name)
        or known_place(name)
        or a_place_or_people(name)
        or a_place_or_people(name[:-1])
    )


def _plurals_and_bands(
    text: str, a_place_or_people: Callable[[str], bool]
) -> list[tuple[int, int, int, int]]:
    """The spans of `two plurals with their own "the", last in a list` (round r42c-music, the
    module's doc): "and the Mamas and the Papas" is one act."""
    spans: list[tuple[int, int, int, int]] = []
    if " and the " in text:
        for match in _THE_AND_THE.finditer(text):
            start, end = match.span()
            if all(
                _plural_ok(match.group(side), a_place_or_people)
                and not _written_alone(text, match.group(side), start, end)
                for side in ("left", "right")
            ):
                spans.append((match.start("left"), end, start, end))
    return spans


def _missed_bands(
    text: str, mentions: Sequence[RawMention], a_place_or_people: Callable[[str], bool]
) -> list[tuple[int, int, int, int]]:
    """The spans of the bands after "for", "by" or "with" that no mention touches (`band
    after for|by|with`, the module's doc): a band the model tagged is `plural_bands`'."""
    spans: list[tuple[int, int, int, int]] = []
    for match in _AFTER_FOR_BY_WITH.finditer(text):
        start, end = match.span("band")
        if _plural_ok(match.group("name"), a_place_or_people) and not any(
            m.start < end and m.end > start for m in mentions
        ):
            spans.append((start, end, start, end))
    return spans


def whole_bands(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    a_place_or_people: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, with each band's doubled or "and the" name one organisation (the module's
    doc). `add` makes a mention of a layout's span, label and cue (`entities._added`)."""
    if not about_music(text):
        return list(mentions)
    spans = _spans(text, a_place_or_people) + _missed_bands(text, mentions, a_place_or_people)
    return replaced(text, mentions, layouts, add, spans, ("ORG", ""))


def record_companies(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each firm named right after "record company|label|firm" that no
    mention touches an organisation (`record company by its kind`, the module's doc)."""
    if "ecord " not in text:
        return list(mentions)
    spans = [
        (*m.span("name"), *m.span("name"))
        for m in _RECORD_COMPANY.finditer(text)
        if not any(o.start < m.end("name") and o.end > m.start("name") for o in mentions)
    ]
    return replaced(text, mentions, layouts, add, spans, ("ORG", "ORG"))


def duos(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each duo after its kind ("comedy duo French and Saunders") one
    organisation (`duo after its kind`, the module's doc)."""
    spans = [(m.start("left"), m.end(), m.start("left"), m.end()) for m in _KIND_DUO.finditer(text)]
    return replaced(text, mentions, layouts, add, spans, ("ORG", "ORG"))


def replaced(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    spans: Iterable[tuple[int, int, int, int]],
    label_and_cue: tuple[str, str],
) -> list[RawMention]:
    """The mentions, with a new one of `label_and_cue` over each span (start, end), the
    mentions inside its outer span (outer start, outer end) giving way; not where a mention
    reaches out of the outer span (the model saw a longer name)."""
    gone: set[int] = set()
    found: list[RawMention] = []
    for start, end, outer_start, outer_end in spans:
        inside = [m for m in mentions if m.start < outer_end and m.end > outer_start]
        if any(m.start < outer_start or m.end > outer_end for m in inside):
            continue  # the model saw a longer name
        layout = layout_holding(layouts, start, end)
        if layout is None:
            continue
        gone.update(id(m) for m in inside)
        found.append(add(text, layout, start, end, *label_and_cue))
    if not found:
        return list(mentions)
    kept = [m for m in mentions if id(m) not in gone]
    return sorted([*kept, *found], key=lambda m: m.start)
