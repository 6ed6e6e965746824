"""Firms, stations and clubs the model cuts, shortens or takes for people and places.

Six shapes, each read from the article's own words (the words are data, `firms` in
factx/data/entities.json):

- A firm's legal prefix opens its name: "Cia. Minera Do Sul", "Companhia Vale Do Norte",
  "Grupo Carso". The model tags the prefix alone, which the aliases then read as an agency
  ("Cia" -> CIA), and the words after it as people ("Minera", "Sul"). The prefix, written in
  its own case (not "CIA"), and the capitalised words after it, with the small words of
  Romance names between them ("Do", "de", "y"), are one firm (`firms_by_legal_prefix`).
- A station's short name: "BBC Radio Five Live" in full, then "told Five Live" or "told Radio
  Ulster", which the model misses, tags a person or glues to the speaker ("Hart told Five
  Live", a work). Each later use of the full name's tail, "Radio" and the words after it, or
  two words or more after "Radio", is the station (`station_short_names`).
- A club's name ends before its sport's words: "the Denver Rockets American football team",
  tagged "Denver Rockets American". A nationality that ends a club's mention, before a team
  sport and a team's word, is the sport's, no part of the club, which is a team (a TEAM cue,
  which a first name's look does not outvote: "Denver") (`clubs_before_sport_words`).
- A country's possessive before a firm's first word: "Japan's Tokai" beside "Tokai Steel" the
  firm, tagged a place. A name after a country's possessive that opens a firm's name the
  article writes in full is the firm's short name (`firms_after_country_possessive`).
- A firm named with the verb "Ask": "search firm Ask Albert", then "Ask Albert said" and
  "Ask Albert insiders". The model tags the name alone, a person ("Albert"), and misses it
  before a plural noun. Where one "Ask <Name>" stands inside a sentence (no verb opens a
  sentence there), every "Ask <Name>" of the text is the firm, whole (`firms_named_ask`).
- A messaging product by its maker: "sent via AOL Instant Messenger", which the model parts
  into a firm ("AOL Instant") and a person ("Messenger"). "<Maker> Instant Messenger" is one
  PRODUCT (`instant_messengers`).
- A firm named with capital initials before its words: "of CB Richard Ellis - an international
  real estate company - told the BBC", "managing director, of CB Richard Ellis". The model tags
  the initials alone, a firm, and the words after them a person ("Richard Ellis"). The initials
  and up to three capitalised words after them are one firm where a dash's aside right after
  them calls them "a|an <words> company|firm|group", or where a role's "of" stands right before
  them and the model read a person there (`firms_after_initials`, round r39b-cuts, seed 97).
- A shop by its possessive where one goes in: "queues in Starbuck's", the model's `Starbuck`
  PERSON without its "'s". The name and its "'s" are one firm where no noun follows the
  possessive (`shops_by_possessive`, round r46-firms).
- Initials and a surname after a plural calling, joined by "and" to a person's full name:
  "racing millionaires JP Gorman and John Daly", "JP Gorman" tagged a firm. Both are people
  (`people_by_initials`); not after a firm's plural ("banks JP Morgan and ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.evidence import nationalities
from factx.extract.first_names import first_names, opens_with_first_name
from factx.extract.lone_firms import named_as_person
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]


@cache
def _words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = data_file("entities.json")["firms"]
    return words


def _alternation(name: str) -> str:
    return "|".join(re.escape(w) for w in sorted(_words()[name], key=len, reverse=True))


# A capitalised word of a firm's name: "Minera", "Sul", "Vale", "S.A.".
_NAME_WORD = r"[A-Z][\w&'’.-]*(?<!\.)"


@cache
def _prefixed_firm() -> re.Pattern[str]:
    """A legal prefix in its own case, then capitalised words, the small words of Romance
    names between them; the name ends on a capitalised word ("Cia. Minera Do Sul (CMS)")."""
    small = _alternation("name_particles")
    return re.compile(
        rf"(?<![\w'’.-])(?:{_alternation('legal_prefixes')})\.? "
        rf"{_NAME_WORD}(?: (?:(?:{small}) )*{_NAME_WORD})*"
    )


def _overlapping(mentions: Sequence[RawMention], start: int, end: int) -> list[int]:
    return [i for i, m in enumerate(mentions) if m.start < end and start < m.end]


def with_spans(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    spans: list[tuple[int, int]],
    label: str,
    add: Adder,
) -> list[RawMention]:
    """The mentions, each span one mention labelled `label` with `label` as its cue: the first
    mention over it grown or cut to it, the others over it gone; a span no mention touches is
    added."""
    result = list(mentions)
    for start, end in sorted(set(spans)):
        over = _overlapping(result, start, end)
        if over:
            first = result[over[0]]
            if any(not _inside(text, result[i], start, end) for i in over):
                continue  # "Radio Ulster Orchestra" or another name over the span: no rule's
            grown = replace(first, text=text[start:end], start=start, end=end, label=label,
                            cue=label)  # fmt: skip
            result = [m for i, m in enumerate(result) if i not in over[1:]]
            result[over[0]] = grown
            result.sort(key=lambda m: m.start)
        else:
            layout = layout_holding(layouts, start, end)
            if layout is not None:
                result.append(add(text, layout, start, end, label, label))
                result.sort(key=lambda m: m.start)
    return result


def _inside(text: str, m: RawMention, start: int, end: int) -> bool:
    """Whether a mention over the span may give way to it: its words outside the span, if
    any, hold no capital (a "the" before it, a "." after "Cia"), so no other name."""
    outside = text[m.start : max(m.start, start)] + " " + text[min(m.end, end) : m.end]
    return not re.search(r"[A-Z]", outside)


def firms_by_legal_prefix(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each firm named after a legal prefix one ORG mention (see the
    module's docstring); only where the model tagged some word of it."""
    spans = [
        match.span()
        for match in _prefixed_firm().finditer(text)
        if _overlapping(mentions, *match.span())
    ]
    return with_spans(text, mentions, layouts, spans, "ORG", add)


# "Ask <Name>": the verb and one capitalised word after it, a firm's name ("Ask Albert").
_ASK_FIRM = re.compile(r"(?<![\w'’.-])Ask [A-Z][a-z]+(?![\w'’-])(?! [A-Z][a-z])")
# What ends a sentence before a word: the text's start, a stop, a line's break, a quote.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]['’\"”]?\s+|\n\s*|[\"“‘']\s*)$")


def firms_named_ask(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with every "Ask <Name>" one ORG mention where one of them stands inside a
    sentence ("search firm Ask Albert"): a verb in the imperative opens its sentence, so a
    capitalised "Ask" after other words is a name's; the model tags "Albert" alone a person,
    a company labelled PERSON (seed 83's "Ask Jeeves")."""
    if "Ask " not in text:
        return list(mentions)
    found = list(_ASK_FIRM.finditer(text))
    inside = {
        m.group()
        for m in found
        if "\n" in text[: m.start()]  # a headline's title case proves nothing
        and not _SENTENCE_START.search(text, max(0, m.start() - 4), m.start())
    }
    spans = [m.span() for m in found if m.group() in inside]
    return with_spans(text, mentions, layouts, spans, "ORG", add)


# A maker's name before "Instant Messenger": "AOL Instant Messenger", "Yahoo! Instant Messenger".
_MESSENGER = re.compile(r"(?<![\w'’.-])[A-Z][A-Za-z]*!? Instant Messenger(?![\w'’-])")


def instant_messengers(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each "<Maker> Instant Messenger" one PRODUCT mention: the model parts
    it into a firm and a person ("AOL Instant" ORG, "Messenger" PERSON, seed 82)."""
    if "Instant Messenger" not in text:
        return list(mentions)
    spans = [m.span() for m in _MESSENGER.finditer(text)]
    return with_spans(text, mentions, layouts, spans, "PRODUCT", add)


# A station's name in full: "BBC Radio Five Live", "Radio Ulster".
_STATION = re.compile(r"^(?:BBC )?Radio (?P<rest>[A-Z0-9][\w'’-]*(?: [A-Z0-9][\w'’-]*)*)$")


def station_short_names(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each later use of a station's short name one ORG mention (see the
    module's docstring), and a mention that glued a speaker and "told" before it cut to the
    speaker ("Hart told Five Live" -> "Hart", a person)."""
    shorts: dict[str, int] = {}  # short name -> where the full name is first written
    for m in mentions:
        match = _STATION.match(m.text)
        if match is None or (m.cue or m.label) != "ORG":
            continue
        rest = match.group("rest")
        forms = [f"Radio {rest}"] + ([rest] if len(rest.split()) >= 2 else [])
        for form in forms:
            if form != m.text:
                shorts[form] = min(shorts.get(form, m.end), m.end)
    if not shorts:
        return list(mentions)
    words = "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'’.-])(?<!Radio )(?<!BBC )(?:{words})(?![\w'’-])(?! [A-Z])")
    result = list(mentions)
    spans = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if start < shorts[match.group()]:
            continue
        spans.append((start, end))
        for i, m in enumerate(result):
            if m.start < start < m.end and end <= m.end:
                speaker = re.match(r"(.*?[\w.'’])(?: (?:told|to|on))? $", text[m.start : start])
                if speaker is None:
                    continue
                cut = m.start + len(speaker.group(1))
                label = "PERSON" if m.label == "WORK_OF_ART" else m.label  # "Hart told"
                result[i] = replace(m, text=text[m.start : cut], end=cut, label=label)
    return with_spans(text, result, layouts, spans, "ORG", add)


@cache
def _sport_words() -> re.Pattern[str]:
    """A team sport and a team's word after a club's name: " football team", " rules football
    club", " basketball franchise"."""
    return re.compile(
        rf" (?:{_alternation('team_sports')})(?: (?:{_alternation('team_sports')}))* "
        rf"(?:{_alternation('team_words')})\b"
    )


def clubs_before_sport_words(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each club's name cut before a nationality that opens its sport's name
    ("Denver Rockets American" of "... American football team" -> "Denver Rockets", ORG)."""
    result = []
    for m in mentions:
        words = m.text.split()
        if (
            len(words) >= 2
            and words[-1] in nationalities()
            and _sport_words().match(text, m.end)
            and m.label in ("ORG", "NORP", "GPE", "PERSON")
        ):
            end = m.start + len(m.text) - len(words[-1]) - 1
            m = replace(m, text=text[m.start : end], end=end, label="ORG", cue="TEAM")
        result.append(m)
    return result


# A possessive right before a name: "Japan's ", "South Korea's ".
_POSSESSIVE = re.compile(r"(?<![\w'’.-])(?P<place>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s? $")


def firms_after_country_possessive(
    text: str, mentions: Sequence[RawMention], is_country: Callable[[str], bool]
) -> None:
    """Give ORG as a cue to each name after a country's possessive that opens the name of a
    firm the article writes in full ("Japan's Tokai" beside "Tokai Steel")."""
    firms = [m.text for m in mentions if (m.cue or m.label) == "ORG"]
    for m in mentions:
        if (m.cue or m.label) == "ORG":
            continue
        before = _POSSESSIVE.search(text, max(0, m.start - 40), m.start)
        if before is None or not is_country(before.group("place")):
            continue
        if any(f.startswith(m.text + " ") for f in firms):
            m.cue = "ORG"


# Round r39b-cuts: capital initials and up to three capitalised words, a firm's name
# ("CB Richard Ellis"), then a dash's aside that calls it a company, or after a role's "of".
_INITIALLED = r"(?P<firm>[A-Z]{2,3} [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?![\w'’&-])"
_INITIALLED_ASIDE = re.compile(
    rf"(?<![\w'’.&-]){_INITIALLED} [-–—] an? (?:[\w-]+ ){{0,3}}?(?:company|firm|group)\b"
)
_DASHES = (" - a", " – a", " — a")
_INITIALLED_ROLE = re.compile(
    r"\b(?:director|chairman|chairwoman|chief executive|head|president|founder|partner"
    rf"|manager|spokes(?:man|woman|person)),? of {_INITIALLED}"
)


def firms_after_initials(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with a firm named by capital initials and its words one ORG mention (see
    the module's docstring): "CB Richard Ellis - an international real estate company -" is a
    firm, where the model tags "CB" a firm and "Richard Ellis" a person (seed 97). After a
    role's "of" only where the model read a person over the words, since a role is also held
    at a work ("president of TV Guide")."""
    spans = []
    if any(dash in text for dash in _DASHES):
        spans += [m.span("firm") for m in _INITIALLED_ASIDE.finditer(text)]
    if " of " in text:
        spans += [
            m.span("firm")
            for m in _INITIALLED_ROLE.finditer(text)
            if any(mentions[i].label == "PERSON" for i in _overlapping(mentions, *m.span("firm")))
        ]
    if not spans:
        return list(mentions)
    return with_spans(text, mentions, layouts, spans, "ORG", add)


# Initials and a surname: "JP Gorman", "J.P. Gorman", "JJ Moran".
_INITIALS = re.compile(r"(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3}) ?[A-Z][a-z]+(?:['’-][A-Za-z]+)?")
# A plural calling in lower case right before the names: "millionaires ", "businessmen ".
_CALLING = re.compile(r"(?<![\w'’-])(?P<calling>[a-z]+(?:s|men)) $")


def people_by_initials(text: str, mentions: Sequence[RawMention]) -> None:
    """Give PERSON as a cue to initials and a surname joined by "and" to a person's full name,
    the pair after a plural calling that is no firm's (see the module's docstring)."""
    firm_plurals = frozenset(_words()["firm_plurals"])
    for a, b in pairwise(mentions):
        if text[a.end : b.start] != " and ":
            continue
        calling = _CALLING.search(text, max(0, a.start - 30), a.start)
        if calling is None or calling.group("calling") in firm_plurals:
            continue
        for initials, person in ((a, b), (b, a)):
            if (
                _INITIALS.fullmatch(initials.text)
                and (person.cue or person.label) == "PERSON"
                and opens_with_first_name(person.text)
                and (initials.cue or initials.label) != "PERSON"
            ):
                initials.cue = "PERSON"


# A shop's name by its possessive after a word of going in, where no noun follows the
# possessive: "queues in Starbuck's", "bought at Sainsbury's.", "outside Harrods' doors" is not.
_SHOP = re.compile(
    r"(?<![\w'’-])(?:in|at|from|outside|inside|into) (?P<name>[A-Z][a-z]+(?:[A-Z][a-z]+)?)"
    r"(?P<s>['’]s)(?=[.,;:!?)]|$| (?:and|or|in|on|at|to|for|where|which|when|while|with|"
    r"by|as|than|near|last|this|yesterday|today)\b|\n)"
)


def shops_by_possessive(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each shop named by its possessive where one goes in ("queues in
    Starbuck's", "at Sainsbury's") one ORG mention with its "'s": the model tags the name
    without it a person (`Starbuck` PERSON, round r46-firms), a chain labelled PERSON. Only
    where the model tagged the name alone PERSON, the name is no common first name ("at
    Tony's"), and the article never gives it as a person's (after a first name or an
    honorific: "Mr Starbuck"); never after "St" ("at St Mary's", a ground)."""
    if "'s" not in text and "’s" not in text:
        return list(mentions)
    spans = []
    for match in _SHOP.finditer(text):
        name = match.group("name")
        if name.casefold() in first_names() or named_as_person(text, name):
            continue
        over = _overlapping(mentions, match.start("name"), match.end("s"))
        if len(over) != 1 or mentions[over[0]].label != "PERSON":
            continue
        if (mentions[over[0]].start, mentions[over[0]].end) != match.span("name"):
            continue
        spans.append((match.start("name"), match.end("s")))
    return with_spans(text, mentions, layouts, spans, "ORG", add)
