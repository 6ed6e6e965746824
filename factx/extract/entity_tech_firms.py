"""Firms of technology and business news named by the words around them (round r40b-tech,
seed 106).

- `developers`: "Produced|Developed|Published by <Name> software|studios|games" names the
  firm that made a game or a program, ORG ("Produced by Bungie software, renowned for its
  innovation in gaming", seed 106's tech/...'s `Bungie` PRODUCT: the model reads the
  developer as its game). The name's other mentions the model labelled a product, a person
  or a work ("Bungie got everything right") are the same firm. Not a first name and a
  surname ("Developed by John Smith software" is a man's work), and a lower-case kind word
  only: "Bungie Studios" is a name the model reads already.
- `country_firms`: a name after "<Country>'s" in a list opened by "companies|firms|shares
  such as|including|like" is a firm, ORG, like its neighbours ("with companies such as
  Germany's TUI and Lufthansa and France's Club Hotelier sliding", seed 106's `Club Hotelier`
  PERSON: a company labelled PERSON). The country must be a country's name, the mention must
  open on the name and end inside it; the list runs to the sentence's end.

Round r40c-tech (seeds 106-108's "Rules these errors suggest"):

- `market_indexes`: a stock market index of a closed class ("Nikkei", "Dax", "Cac", "FTSE",
  "Dow Jones", "Hang Seng", ...), with its number ("the Nikkei 225", "the Cac-40"), after "the"
  or a place's possessive ("Japan's Nikkei", "Germany's benchmark Dax index") or before
  "index|average", is the index, ORG as the house gives indexes (`FTSE 100`, `Nasdaq`, `Dow
  Jones`), found where the model misses it ("with the Nikkei down 1%") and labelled alike
  where it gives another label. Not before another capitalised word ("the Nikkei Shimbun":
  a longer name the model reads). Round r49b-media: an index's own longer name is found whole,
  "the Dow Jones Industrial Average", "the Nasdaq Composite (Index)", "the Standard & Poor's
  500", which the model misses (or cuts to `Dow Jones`, the firm's name: "The Dow Jones
  Industrial Average tumbled 39.55 points"); and a market table's row "<Place> - <Index>:
  <figure>" ("Hong Kong - Hang Seng: DOWN 0.1 percent", "Tokyo - Nikkei 225: Closed", "New York
  - Dow: UP 0.5 percent") holds the index, its short form "Dow" too (PolNeAR sheet A). The
  firm "Dow Jones & Co" and a lower-case "Dow Jones industrial average" stay as the model reads
  them.
- `technology_other_names`: a name after "sometimes called|also known as|also called|dubbed"
  set off right after a technology's bracketed initials ("High-Speed Downlink Packet Access
  (HSDPA) - sometimes called Super 3G - will be vital") is the technology's other name,
  PRODUCT (seed 106's `Super 4G` FAC; the even half's `Super 3G` ORG). Not a person's name.
- `technologies_called`: after "a technology|standard|system|protocol called", a name of
  capitalised words, one comma at most among them, closed by its bracketed initials ("opting
  for a technology called Evolution, Data Optimised (EV-DO)") is one name, PRODUCT, and its
  initials, hyphen and all, its short name, PRODUCT, at every use ("spend $1bn on EV-DO
  technology"; the model cuts `EV` at the hyphen, ORG, and the name at its comma: seed 106's
  `Evolution` PRODUCT, `Voice Optimised` ORG, `EV` ORG). Not a person's name.
- `report_titles`: a title after "<Firm> report|study|paper|survey:" (a colon after a kind of
  document) runs in title case to its sentence's end, one WORK_OF_ART ("author of the Analysys
  report: Pushing Beyond the Limits of 3G with HSDPA and Other Enhancements.", whose title the
  model cuts to `Beyond the Limits of 3G`); every word of it capitalised but the small words of
  titles, else the colon opens a sentence ("the report: It said ...") and nothing is made.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_screen_titles import made_whole
from factx.extract.first_names import opens_with_first_name, person_by_first_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_NAME = r"[A-Z][\w&-]*(?: [A-Z][\w&-]*)*"
_DEVELOPER = re.compile(
    rf"\b(?:[Pp]roduced|[Dd]eveloped|[Pp]ublished) by (?P<name>{_NAME}) "
    r"(?:software|studios|games)\b"
)
_NOT_FIRMS = ("PRODUCT", "PERSON", "WORK_OF_ART", "GPE", "FAC", "LOC", "NORP")
_FIRM_LIST = re.compile(
    r"\b(?:companies|firms|shares|groups|operators|carriers|makers),? (?:such as|including|like) "
)
_COUNTRY_FIRM = re.compile(
    rf"(?<![\w'’])(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (?P<name>{_NAME})"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def developers(
    text: str, mentions: list[RawMention], key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions, each name of a developer cued by "Produced|Developed|Published by <Name>
    software|studios|games" and the same name's other mentions relabelled ORG (the module's
    doc)."""
    if " by " not in text:
        return mentions
    names = {
        key(m.group("name"))
        for m in _DEVELOPER.finditer(text)
        if not person_by_first_name(m.group("name"))
    }
    if not names:
        return mentions
    result = mentions
    for i, m in enumerate(mentions):
        if (m.cue or m.label) in _NOT_FIRMS and key(m.text) in names:
            if result is mentions:
                result = list(mentions)
            result[i] = replace(m, label="ORG", cue="ORG")
    return result


def country_firms(
    text: str,
    mentions: list[RawMention],
    key: Callable[[str], str],
    is_country: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, each name after "<Country>'s" in a list of companies relabelled ORG (the
    module's doc)."""
    if "such as" not in text and "including" not in text and " like " not in text:
        return mentions
    result = mentions
    for opener in _FIRM_LIST.finditer(text):
        stop = _SENTENCE_END.search(text, opener.end())
        end_of_list = len(text) if stop is None else stop.start()
        for found in _COUNTRY_FIRM.finditer(text, opener.end(), end_of_list):
            if not is_country(key(found.group("country"))):
                continue
            start, end = found.span("name")
            for i, m in enumerate(result):
                if m.start == start and m.end <= end and (m.cue or m.label) in _NOT_FIRMS:
                    if result is mentions:
                        result = list(mentions)
                    result[i] = replace(m, label="ORG", cue="ORG")
    return result


# A stock market index of a closed class, with its number ("Nikkei 225", "Cac-40", not a
# year nor a level "11,740"), after "the" or a possessive (and a market word) or before
# "index|average"; no capitalised word after it (`market_indexes`).
_INDEX_NAME = (
    r"(?P<name>(?:Nikkei|Dax|DAX|Cac|CAC|FTSE|Dow Jones|Hang Seng|Nasdaq|Kospi|Sensex|Bovespa"
    r"|Stoxx|S&P)(?:[ -](?![12]\d{3}\b)\d{2,4}(?![\w.,]\d|\w))?)"
)
_MARKET_WORD = r"(?:(?:benchmark|main|leading|key|blue-chip|broader|wider) )?"
_INDEX_END = r"(?! [A-Z])(?![\w&-])"
_INDEXES = (
    re.compile(
        rf"(?<![\w'’-])(?:[Tt]he|[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s) {_MARKET_WORD}{_INDEX_NAME}"
        + _INDEX_END
    ),
    re.compile(
        rf"(?<![\w'’&-]){_INDEX_NAME}{_INDEX_END}"
        r"(?= (?:share |stock |composite )?(?:index|indices|average)\b)"
    ),
)


# An index's own longer name, in title case (round r49b-media): "the Dow Jones Industrial
# Average", "the Nasdaq Composite Index", "the Standard & Poor's 500".
_WHOLE_INDEX = re.compile(
    r"(?<![\w'’&-])(?P<name>Dow Jones (?:Industrial|Transportation|Utility|Composite) Average"
    r"|Nasdaq (?:[Cc]omposite Index|Composite)"
    r"|Standard (?:&|and) Poor['’]s 500(?: Index)?|S&P 500 Index|Hang Seng Index)(?![\w&-])"
)
# A market table's row: "Hong Kong - Hang Seng: DOWN 0.1 percent", "New York - Dow: UP".
_TABLE_INDEX = re.compile(
    r"^[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2} [-–—] "
    r"(?P<name>(?:Nikkei|Dax|DAX|Cac|CAC|FTSE|Dow Jones|Dow|Hang Seng|Nasdaq|Kospi|Sensex"
    r"|Bovespa|Stoxx|S&P)(?:[ -]\d{2,4})?):",
    re.MULTILINE,
)


def market_indexes(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each stock market index of the closed class one mention, ORG, added where
    the model missed it and relabelled where it gave another label (the module's doc)."""
    if not any(word in text for word in ("Nikkei", "Dax", "DAX", "Cac", "CAC", "FTSE", "Dow",
                                         "Hang Seng", "Nasdaq", "Kospi", "Sensex", "Bovespa",
                                         "Stoxx", "S&P", "Standard")):  # fmt: skip
        return mentions
    whole = {found.span("name") for index in (_WHOLE_INDEX, _TABLE_INDEX)
             for found in index.finditer(text)}  # fmt: skip
    short = {found.span("name") for index in _INDEXES for found in index.finditer(text)}
    short = {(s, e) for s, e in short if not any(a <= s and e <= b for a, b in whole)}
    spans = sorted(whole | short)
    return made_whole(text, mentions, spans, layouts, add, "ORG") if spans else mentions


_OTHER_NAME = re.compile(
    r"\((?:[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:-[A-Z0-9]+)?)\),? [-–,] "
    r"(?:sometimes called|also called|also known as|dubbed) "
    r"(?P<name>[A-Z0-9][\w.+-]*(?: [A-Z0-9][\w.+-]*){0,3})(?![\w'’-]| [A-Z0-9])"
)


def technology_other_names(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each technology's other name after its bracketed initials and "sometimes
    called|also known as|dubbed" one mention, PRODUCT (the module's doc)."""
    if "called " not in text and "known as " not in text and "dubbed " not in text:
        return mentions
    spans = sorted(
        found.span("name")
        for found in _OTHER_NAME.finditer(text)
        if not opens_with_first_name(found.group("name"))
    )
    return made_whole(text, mentions, spans, layouts, add, "PRODUCT") if spans else mentions


_TECHNOLOGY_CALLED = re.compile(
    r"\b(?:technology|standard|system|protocol) called "
    r"(?P<name>[A-Z][\w-]*(?:,? [A-Z][\w-]*){1,4}) "
    r"\((?P<short>[A-Z][A-Za-z0-9]*[A-Z0-9](?:-[A-Z0-9][A-Za-z0-9]*)*)\)"
)


def technologies_called(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each technology's name after "a technology|standard|system called" and
    before its bracketed initials one mention, PRODUCT, and the initials at every use one
    mention, PRODUCT (the module's doc)."""
    if " called " not in text:
        return mentions
    spans: set[tuple[int, int]] = set()
    for found in _TECHNOLOGY_CALLED.finditer(text):
        name = found.group("name")
        if name.count(",") > 1 or opens_with_first_name(name):
            continue
        spans.add(found.span("name"))
        short = re.compile(rf"(?<![\w'’&-]){re.escape(found.group('short'))}(?![\w&-])")
        spans.update(use.span() for use in short.finditer(text))
    return made_whole(text, mentions, sorted(spans), layouts, add, "PRODUCT") if spans else mentions


_REPORT_TITLE = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|New)\b)[A-Z][\w&'’-]* "
    r"(?:report|study|paper|survey): (?P<title>[A-Z0-9][^.!?\n:;\"“”()]{0,150}?)"
    r"(?=[.!?](?:\s|$)|\n|$)"
)
_TITLE_SMALL_WORDS = frozenset(
    ("a", "an", "the", "of", "and", "or", "with", "for", "to", "in", "on", "at", "by", "from",
     "into", "over", "as", "vs", "nor", "but")
)  # fmt: skip


def _title_cased(title: str) -> bool:
    """Whether every word of `title` but the small words of titles opens with a capital or a
    digit, and it holds two words or more."""
    words = title.split()
    return len(words) >= 2 and all(
        w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words
    )


def report_titles(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each title after "<Firm> report|study|paper|survey:" to its sentence's end
    one work, WORK_OF_ART (the module's doc)."""
    if not any(kind in text for kind in ("report: ", "study: ", "paper: ", "survey: ")):
        return mentions
    spans = sorted(
        found.span("title")
        for found in _REPORT_TITLE.finditer(text)
        if _title_cased(found.group("title"))
    )
    return made_whole(text, mentions, spans, layouts, add, "WORK_OF_ART") if spans else mentions
