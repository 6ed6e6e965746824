"""Newspapers, magazines, broadcast platforms and programmes named by the words around them.

Round r45b-press (seed 141's business/052, "According to Il Sole 24 Ore, Italy's business
newspaper, the government will ...": the model's `Il Sole 24 Ore` PERSON, cut by the glue at
its number into `Il Sole` PERSON and `Ore` ORG; seed 141's tech/070, "PVRs incorporating
Freeview digital terrestrial TV", `Freeview` GPE; seed 139's politics/216, "told ITV1's
Jonathan Dimbleby programme", the show `Jonathan Dimbleby` PERSON):

- `papers_by_their_kind`: a title right after a publication's kind word and the word that
  says which ("German magazine Der Spiegel", "sports daily Marca", "the Swiss daily Le Matin")
  or in commas before "a|the|<Country>'s (...) newspaper|daily|paper|magazine|weekly" ("Il Sole
  24 Ore, Italy's business newspaper,", "De Telegraaf, a daily Amsterdam newspaper,") is the
  publication, ORG, whole through the small words of Romance and Germanic names ("Corriere
  della Sera") and a number between its capitalised words ("Il Sole 24 Ore").
- `platforms_by_their_kind`: one capitalised word right before "digital (terrestrial|satellite|
  cable) TV|television|radio|service|platform" or "satellite|cable|terrestrial TV|service" is
  the platform or the broadcaster, ORG (OntoNotes labels such services ORG), never a place or
  a person; not a country, a nationality or a known place ("UK digital TV").
- `presenters_programmes`: "<Broadcaster>'s <Name> programme|show" is the show, WORK_OF_ART
  (OntoNotes' guidelines make a programme's title a work), also where it is named for its
  presenter ("ITV1's Jonathan Dimbleby programme", "Five's Wright Stuff show"); a person's full
  name only where the article writes the surname nowhere else (where it does, the presenter is
  in the story and the mention is left to the clustering).
- `critics_of_a_paper` (round r46b-towns, seed 146's "Wendy Ide of The Times still thinks",
  the model's one PERSON span, WORK_OF_ART on a sentence of my own): "<First> <Last> of
  (The|the) [<Word>] <Publication>" is the journalist, PERSON, and the paper, ORG, two names;
  only a common first name before a surname, and a paper's last word (`titles.publications`:
  Times, Guardian, Observer, ...); "Barry Gibb of The Bee Gees" (no paper) is left.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_firms import with_spans
from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.work_titles import a_paper

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# The small words inside a Romance or Germanic publication's name ("Corriere della Sera", "El
# Diario de Hoy", "Frankfurter Allgemeine"): never "the" or "of", which run a name into the
# words before it ("In the Guardian").
_SMALL = (
    r"de|del|della|delle|dei|degli|di|da|do|dos|das|du|des|la|le|les|el|los|las|il|lo|"
    r"der|die|den|het|van|von|y|e"
)
# A publication's title: capitalised words, the small words and a number of one to four
# figures between them ("Il Sole 24 Ore"), ending on a capitalised word.
_WORD = r"[A-Z][\w&'’-]*"
_TITLE = rf"{_WORD}(?:(?: (?:{_SMALL}|\d{{1,4}}))* {_WORD})*"
_KIND = r"(?:newspaper|daily|magazine|weekly|tabloid)"
# The word that says which publication it is before its kind, lower-case or capitalised
# ("sports daily Marca", "Spanish daily ABC"); "daily" and "weekly" are adverbs as often, so
# before them only a capitalised word or a publication's field or reach.
# Each rule first finds its kind's words, a literal, and reads the name around them only there:
# a pattern that opens with a capitalised word is tried at every word of the article.
_WINDOW = 200


def _found_around(
    anchor: re.Pattern[str], pattern: re.Pattern[str], text: str, before: int, after: int
) -> list[re.Match[str]]:
    """The matches of `pattern` in the stretches of text around each match of `anchor`:
    `before` characters back, `after` characters on from its end (the room the lookaheads of
    the name's pattern need). Each rule's kind words are a literal, found first; the name's
    pattern, which opens with a capitalised word, is tried only there."""
    return [
        match
        for m in anchor.finditer(text)
        for match in pattern.finditer(
            text, max(0, m.start() - before), min(len(text), m.end() + after)
        )
    ]


_WHICH = re.compile(
    rf"(?<![\w'’.-])(?P<which>[A-Za-z][\w-]*) (?P<kind>{_KIND}) (?P<title>{_TITLE})"
    r"(?![\w'’&-]| \d)"
)
_KIND_WORD = re.compile(rf" {_KIND} [A-Z]")
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "every",
        "each",
        "another",
        "one",
        "told",
        "said",
        "says",
        "tells",
        "whose",
        "which",
    ]
)
_FIELDS = frozenset(
    [
        "business",
        "sports",
        "sport",
        "financial",
        "regional",
        "national",
        "local",
        "evening",
        "morning",
        "leading",
        "popular",
        "influential",
        "conservative",
        "liberal",
        "left-leaning",
        "right-wing",
        "official",
        "state-run",
        "trade",
        "music",
        "news",
        "film",
        "industry",
        "entertainment",
        "economic",
        "broadsheet",
        "free",
        "satirical",
        "political",
    ]
)
# A title in commas before its kind: ", Italy's business newspaper,", ", a daily Amsterdam
# newspaper,"; the kind ends a clause or comes before the publication's verb (no "newspaper
# editor", no "magazine's").
_APPOSED = re.compile(
    rf"(?<![\w'’.&-])(?P<title>{_TITLE}), (?:a|an|the|one of (?:the|its|[A-Z][\w.-]*['’]s)|"
    rf"[A-Z][\w.-]*(?: [A-Z][\w.-]*)?['’]s?)(?: [\w-]+){{0,3}} (?:{_KIND}|paper)"
    r"(?=\s*[,.;:)]| (?:said|says|reported|reports|claimed|claims|quoted|wrote|writes)\b)"
)
_APPOSED_KIND = re.compile(rf"(?<= )(?:{_KIND}|paper)(?=\s*[,.;:)]| [a-z])")
# Capitalised words that open a sentence or a clause before a title, no word of it.
_OPENERS = frozenset(
    [
        "In",
        "At",
        "On",
        "By",
        "For",
        "From",
        "To",
        "With",
        "And",
        "But",
        "As",
        "Then",
        "Meanwhile",
        "According",
        "Yesterday",
        "Today",
        "Also",
        "Now",
        "Earlier",
        "Later",
        "However",
        "Newspaper",
        "Magazine",
    ]
)
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\b")


# A day or a month after the kind is when the paper was told, no title: "told a local
# newspaper Tuesday that Clinton could be impeached" (PolNeAR, read as a user in round 46).
_DAY_OR_MONTH = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July"
    r"|August|September|October|November|December"
)


def _title_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The title text[start:end] without the clause's opening words before it ("According",
    "In") and the possessive after it, or None where none is left or it holds an honorific."""
    words = text[start:end].split(" ")
    while words and words[0] in _OPENERS:
        start += len(words.pop(0)) + 1
    if not words or _HONORIFIC.search(text, start, end):
        return None
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    return (start, end) if end > start else None


def papers_by_their_kind(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    is_country: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, each publication named by its kind one ORG mention, whole (see the module
    docstring); a title that is a country or a known place is left, and in commas one that is a
    person by its first name ("Tina Brown, a magazine editor" has no kind after it anyway)."""
    if not any(k in text for k in (" newspaper", " daily ", " magazine", " weekly ", " tabloid")):
        return list(mentions)
    spans: list[tuple[int, int]] = []
    for match in _found_around(_KIND_WORD, _WHICH, text, 40, _WINDOW):
        which, kind = match.group("which"), match.group("kind")
        if which.casefold() in _DETERMINERS:
            continue
        if kind in ("daily", "weekly") and not (which[:1].isupper() or which in _FIELDS):
            continue
        span = _title_span(text, *match.span("title"))
        if span:
            spans.append(span)  # "UK magazine Mac Format": no person after a kind's word
    if " paper" in text or any(k in text for k in (" newspaper", " daily", " magazine")):
        for match in _found_around(_APPOSED_KIND, _APPOSED, text, _WINDOW, 12):
            span = _title_span(text, *match.span("title"))
            if span and not person_by_first_name(text[span[0] : span[1]]):
                spans.append(span)
    kept = [
        (start, end)
        for start, end in spans
        if not is_country(text[start:end])
        and not known_place(text[start:end])
        and not _DAY_OR_MONTH.fullmatch(text, start, end)
    ]
    return with_spans(text, mentions, layouts, kept, "ORG", add) if kept else list(mentions)


# One capitalised word before a broadcast platform's or service's words.
_PLATFORM = re.compile(
    r"(?<![\w'’.&-])(?P<name>[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*|[A-Z]{2,}[0-9]?) "
    r"(?:digital (?:terrestrial |satellite |cable )?|satellite |cable |terrestrial )"
    r"(?:TV|television|radio|service|platform)(?![\w-])"
)
_PLATFORM_WORD = re.compile(r" (?:digital|satellite|cable|terrestrial) ")
_SENTENCE_END = re.compile(r"(?:^|[.!?:\"“”]\s*|\n\s*)$")
_PLATFORM_STOP = frozenset(
    [
        "The",
        "A",
        "An",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "This",
        "That",
        "These",
        "Those",
        "Some",
        "Many",
        "Most",
        "All",
        "Any",
        "No",
        "New",
        "Free",
        "Digital",
        "Every",
        "Each",
        "Other",
    ]
)


def platforms_by_their_kind(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    is_country: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, each one-word name before a broadcast platform's words one ORG mention
    (see the module docstring); not a country, a nationality or a known place, nor a word
    that opens its sentence ("Digital TV", "Many digital radio sets")."""
    if not any(k in text for k in (" digital ", " satellite ", " cable ", " terrestrial ")):
        return list(mentions)
    spans = []
    for match in _found_around(_PLATFORM_WORD, _PLATFORM, text, 40, 45):
        name = match.group("name")
        start = match.start("name")
        if name in _PLATFORM_STOP or is_country(name) or known_place(name):
            continue
        if _SENTENCE_END.search(text, max(0, start - 3), start):
            continue
        spans.append(match.span("name"))
    return with_spans(text, mentions, layouts, spans, "ORG", add) if spans else list(mentions)


@cache
def _broadcaster() -> re.Pattern[str]:
    """A broadcaster's or a channel's name: "ITV1", "BBC One", "Channel 4", "Radio 4"."""
    return re.compile(
        r"(?:BBC|ITV|Channel|Sky|CNN|NBC|CBS|ABC|Fox|Radio|S4C|RTE|MTV|VH1|HBO|PBS|GMTV|Five|C4)"
        r"(?:\d|\b)[\w ]*|[\w ]*\b(?:Radio|TV|Television|One|Two|Three|Four)"
    )


_PRESENTED = re.compile(
    r"(?<![\w'’.-])(?P<owner>[A-Z][\w&-]*(?: [A-Z0-9][\w&-]*){0,2})['’]s "
    r"(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) (?:programme|show)(?![\w'’-])"
)


_SEASONAL = re.compile(
    r"\b(?:Christmas|Easter|New Year|Day|Night|Weekend|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Spring|Summer|Autumn|Winter)\b"
)


_PROGRAMME_WORD = re.compile(r" (?:programme|show)(?![\w'’-])")


def presenters_programmes(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    is_country: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, each show named between a broadcaster's possessive and "programme|show"
    one WORK_OF_ART mention (see the module docstring): "told ITV1's Jonathan Dimbleby
    programme", "on Five's Wright Stuff show". A person's full name only where the article
    writes the surname once (else the presenter is in the story); never a country, a known place,
    a nationality or a day's or a season's word ("ITV's Christmas Day show")."""
    if "programme" not in text and " show" not in text:
        return list(mentions)
    spans = []
    for match in _found_around(_PROGRAMME_WORD, _PRESENTED, text, 100, 1):
        name = match.group("name")
        if not _broadcaster().fullmatch(match.group("owner")):
            continue
        if is_country(name) or known_place(name) or _SEASONAL.search(name):
            continue
        if person_by_first_name(name) and text.count(name.rsplit(" ", 1)[-1]) != 1:
            continue
        spans.append(match.span("name"))
    if not spans:
        return list(mentions)
    return with_spans(text, mentions, layouts, spans, "WORK_OF_ART", add)


# A journalist's full name, "of", and a paper's name with its "the" ("Wendy Ide of The Times",
# "Tom Hale of the Sunday Telegraph").
_CRITIC_OF_PAPER = re.compile(
    r"(?P<person>[A-Z][\w'’-]+ [A-Z][\w'’-]+) of (?P<paper>[Tt]he (?:[A-Z][a-z]+ )?[A-Z][a-z]+)"
)
_CRITIC_LABELS = frozenset({"PERSON", "WORK_OF_ART"})


def critics_of_a_paper(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each "<First> <Last> of The <Paper>" the model tagged as one name parted
    into the person, PERSON, and the paper, ORG, and each "<First> <Last> of" it ran on to the
    "of" before a paper cut to the person (see the module's docstring)."""
    result: list[RawMention] = []
    for m in mentions:
        found = None
        if m.label in _CRITIC_LABELS and " of " in text[m.start : m.end + 4]:
            found = _CRITIC_OF_PAPER.match(text, m.start)
        if (
            found is None
            or found.end() < m.end
            or not person_by_first_name(found.group("person"))
            or not a_paper("The " + found.group("paper").rsplit(" ", 1)[-1])
        ):
            result.append(m)
            continue
        person_end = found.end("person")
        result.append(replace(m, text=text[m.start : person_end], end=person_end,
                              label="PERSON", cue="PERSON"))  # fmt: skip
        if found.end() == m.end:
            # The paper inside the span ("Wendy Ide of The Times" whole); where the span ends
            # at its "of" ("Wendy Ide of", the model's), the paper is the model's own mention.
            start = found.start("paper")
            result.append(replace(m, text=text[start : m.end], start=start,
                                  label="ORG", cue="ORG"))  # fmt: skip
    return result
