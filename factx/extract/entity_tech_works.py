"""Games by their year or version code, titles through "of the" before their kind, and coined
lower-case names before a software word (round r44-games, from seeds 91, 130 and 132).

`games_by_their_code`: sports games are sold by the season's year or Sega's "2K" code ("EA's
FIFA Street 2005", "Sega's NFL 2K5"), and the model cuts the year off and reads the rest as a
firm ("Konami's MLB Slam 2005" gives `MLB Slam` ORG) or misses the title. A run of capitalised
words is a game, WORK_OF_ART (the house's label for games), whole with its year or code:
- between a firm's possessive and a year or a "2K" code ("Konami's MLB Slam 2005");
- before a year, a "2K" code or a sequel's number and "for <console|PC|sport>" ("Gran Turismo 4
  for the PlayStation 2", "Football Manager 2005 out now for the PC", "NBA Live 2005 for
  basketball");
- before a "2K" code anywhere ("ESPN NFL 2K5": the code is a game's and nothing else's).
The title's copies elsewhere in the article are the same game. Guards: one search of the text
for a year, a code or " for "; a game's word ("game", "gamer", "console", ...) in the text; not
after a person's possessive (a common first name) nor an owner the model tags a place or a
people ("Portugal's Euro 2004"); not a title that names a console, an operating system, an
office suite or an event ("Sony's PlayStation 3", "Microsoft's Windows Server 2003", "Euro
2004"); a sentence's opening word ("But", "The") is no word of the title.

`games_by_their_platform` (round r46-products, tech/084's "the eight-player Mario Kart DS",
`Mario Kart` PERSON, listed by rounds r30-games and r45c): a handheld's game is sold under its
title and the platform's code ("Mario Kart DS", "Rayman DS", "Super Mario 64 DS"), and the model
cuts the code off and reads the title as a person or a firm. One to three capitalised words right
before "DS", "GBA", "PSP", "GameCube" or "PS2" (or "64" or "Advance" after a title of two words or
more in an article naming Nintendo or the Game Boy: "Giggs 64" is a scorer's minute), with no
capitalised word or figure after the code, are a game, WORK_OF_ART, whole with the code; its
copies in the article too. Guards: a game's word in the text ("game", "gamer", "gaming",
"title", "console", "multiplayer", "Nintendo"); no title holding a maker's or a
console's word ("Nintendo DS", "Sony PSP", "Game Boy Advance", "Commodore 64", "Athlon 64"); a
sentence's opening word ("The", "Although") is no word of the title, and a title in capitals
alone (a review's heading) is left.

`titles_through_of_the`: "a Lord of the Rings game", "the third Lord of the Rings film": a title
of the shape "<Words> of the <Words>" between "a|an|the" (and up to two lower-case words) and a
work's kind word ("game", "film", "book", "series", "musical", ...) is one work, WORK_OF_ART,
whole; the model cuts it after "of the" and reads the last word as a firm (`Rings` ORG,
`Caribbean` ORG). Round r39b-screen left this open. Not a body's or a house's name (the heads of
`heads_before_of`: "the Bank of the West film" is a film about the bank), nor a known place.

`coined_software_names`: "the widely used phpBB software", "the vulnerable myBB software": a
coined name that opens with a lower-case letter and holds a capital ("phpBB", "vBulletin",
"eMule") right before "software", "program", "browser", "app", "console" or "handset", after
"the|a|an" or a security story's "used|vulnerable|open source|popular|free|new", is the product,
PRODUCT, which the model misses or tags a firm. Only that shape: a capitalised name before such
a word may be its maker's ("the RealNetworks software", "the McAfee program"); a hyphened word
is no name ("iOS-style app icons"); after a firm's possessive the name may open a longer one,
which MEANTIME marks whole ("the company's iLife software suite", its `iLife` two false
positives there before this guard).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_screen_titles import copies_of, made_whole
from factx.extract.first_names import opens_with_first_name
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_WORK = "WORK_OF_ART"

# A title's word: a capital and letters, digits or inner marks, no possessive.
_WORD = r"[A-Z][\w:&.-]*"
_TITLE = rf"{_WORD}(?: {_WORD}){{0,3}}"
# A season's year or Sega's code ("2K5").
_YEAR_OR_CODE = r"(?:19[89]\d|20[0-2]\d|\d[Kk]\d)"
_AFTER_TITLE = r"(?![\w'’-]|[.,]\d)"
_MAKER = r"(?<![\w'’&.-])(?P<maker>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?)['’]s "
_BY_MAKER = re.compile(rf"{_MAKER}(?P<title>{_TITLE} {_YEAR_OR_CODE}){_AFTER_TITLE}")
_PLATFORMS = (
    r"PlayStation(?: [23]| Portable)?|PS2|PS3|PSP|X-?[Bb]ox|GameCube|Game ?Boy(?: Advance)?|"
    r"Nintendo DS|DS|N-Gage|PCs?|Macs?|mobile phones?|Gizmondo"
)
_SPORTS = (
    r"basketball|baseball|football|soccer|(?:ice )?hockey|golf|tennis|racing|rugby|cricket|"
    r"skateboarding|snowboarding|wrestling|boxing|motor racing|American football"
)
_BY_PLATFORM = re.compile(
    rf"(?<![\w'’&.-])(?P<title>{_TITLE} (?:{_YEAR_OR_CODE}|[2-9]))"
    rf"(?= (?:(?:is|was) )?(?:(?:out|available) (?:now )?)?(?:for|on) (?:the )?"
    rf"(?:{_PLATFORMS}|{_SPORTS})\b)"
)
_BY_CODE = re.compile(rf"(?<![\w'’&.-])(?P<title>{_TITLE} \d[Kk]\d){_AFTER_TITLE}")
_A_CODE = re.compile(r"\d[Kk]\d")
_HAS_CODE = re.compile(rf"\b{_YEAR_OR_CODE}\b| [2-9] (?:is |was |out |available )?(?:for|on) ")
_GAME_WORDS = re.compile(r"\b(?:[Gg]ames?|[Gg]amers?|[Gg]aming|[Cc]onsoles?|PlayStation|Xbox)\b")
# Titles a year or a number ends that are no game: consoles, systems, suites, events, shows.
_NOT_GAMES = re.compile(
    r"\b(?:PlayStation|PS\d|X-?[Bb]ox|GameCube|Game ?Boy|DS|PSP|Windows|Office|Server|Vista|"
    r"Mac|OS|Linux|Explorer|Firefox|Euro|Expo|Olympics?|Games|Cup|Championships?|Film|Channel|"
    r"Radio|Budget|Census|Class|Series|Volume|Vol|Part|Top|Number|No|Live Aid)\b"
)
# Words that open a sentence and are no title's word.
_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "But",
        "And",
        "In",
        "On",
        "For",
        "With",
        "So",
        "Yet",
        "While",
        "As",
        "Its",
        "His",
        "Her",
        "Their",
        "This",
        "That",
        "At",
        "By",
        "From",
        "If",
        "When",
        "Then",
        "Now",
        "Also",
        "Even",
        "Only",
        "Like",
        "Unlike",
        "After",
        "Before",
    ]
)
_NOT_OWNERS = frozenset({"GPE", "NORP", "LOC", "PERSON"})


def games_by_their_code(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each game named with its year or its "2K" code made one work, whole, with
    its copies in the article (the module's doc, `games_by_their_code`)."""
    if _HAS_CODE.search(text) is None or _GAME_WORDS.search(text) is None:
        return mentions
    titles: set[str] = set()
    for found in _BY_MAKER.finditer(text):
        maker_start, maker_end = found.span("maker")
        if opens_with_first_name(found.group("maker")) or any(
            m.label in _NOT_OWNERS and m.start < maker_end and maker_start < m.end for m in mentions
        ):
            continue
        _take(found.group("title"), titles)
    for found in _BY_PLATFORM.finditer(text):
        _take(found.group("title"), titles)
    if _A_CODE.search(text) is not None:
        for found in _BY_CODE.finditer(text):
            _take(found.group("title"), titles)
    if not titles:
        return mentions
    spans = sorted({span for title in titles for span in copies_of(text, title)})
    return made_whole(text, mentions, spans, layouts, add, _WORK)


def _take(title: str, titles: set[str]) -> None:
    """Add the title to `titles`, without a sentence's opening word, unless it is no game's."""
    words = title.split(" ")
    while words and words[0] in _OPENERS:
        words = words[1:]
    if len(words) < 2 or _NOT_GAMES.search(" ".join(words[:-1])):
        return
    titles.add(" ".join(words))


# A handheld's or a console's code after a game's title ("Mario Kart DS"); "64" and "Advance"
# only after two words or more in an article naming Nintendo or its Game Boy ("Giggs 64", a
# scorer's minute).
_PLATFORM_CODE = re.compile(
    rf"(?<![\w'’&.-])(?P<title>{_WORD}(?: (?:{_WORD}|\d+)){{0,2}}) "
    r"(?P<code>DS|GBA|PSP|GameCube|PS2|64|Advance)"
    r"(?![\w'’&-]| [A-Z0-9]|[.,]\d)"
)
_PLATFORM_OPENERS = _OPENERS | {"Although", "Though", "Because", "Whether", "Unless", "Once"}
_NINTENDO_CODES = frozenset({"64", "Advance"})
_NINTENDO = re.compile(r"\b(?:Nintendo|Game ?Boy)\b")
_HANDHELD_GAME_WORDS = re.compile(
    r"\b(?:[Gg]ames?|[Gg]amers?|[Gg]aming|[Tt]itles?|[Cc]onsoles?|[Mm]ultiplayer|Nintendo)\b"
)
# A maker's or a console's word: the title is the machine, not a game on it.
_MACHINE_WORDS = re.compile(
    r"\b(?:Nintendo|Sony|Microsoft|Sega|Atari|Commodore|Athlon|AMD|Intel|Apple|Nokia|IBM|"
    r"Game ?Boy|GameBoy|PlayStation|X-?[Bb]ox|N-Gage|Gizmondo|Windows|Mac|PC|Opteron|Pentium|"
    r"Linux|UK|US|EU|Japan|Europe)\b"
)


def games_by_their_platform(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each game's title before its platform's code one work, whole with the
    code, with its copies in the article (the module's doc, `games_by_their_platform`)."""
    if _HANDHELD_GAME_WORDS.search(text) is None:
        return mentions
    nintendo = _NINTENDO.search(text) is not None
    titles: set[str] = set()
    for found in _PLATFORM_CODE.finditer(text):
        words = found.group("title").split(" ")
        # "... by the end of March. The PSP is expected": a title opens after a sentence's end.
        ends = [i for i, word in enumerate(words) if word.endswith(".")]
        if ends:
            words = words[ends[-1] + 1 :]
        while words and words[0] in _PLATFORM_OPENERS:
            words = words[1:]
        if found.group("code") in _NINTENDO_CODES and (not nintendo or len(words) < 2):
            continue  # "Giggs 64": a scorer's minute
        title = " ".join(words)
        if not title or title.isupper() or _MACHINE_WORDS.search(title):
            continue
        titles.add(f"{title} {found.group('code')}")
    if not titles:
        return mentions
    spans = sorted({span for title in titles for span in copies_of(text, title)})
    return made_whole(text, mentions, spans, layouts, add, _WORK)


_KINDS = (
    r"games?|films?|movies?|books?|novels?|series|trilogy|musicals?|plays?|sequels?|prequels?|"
    r"franchises?|DVDs?|soundtracks?|videos?|sagas?|cartoons?|comics?"
)
_OF_THE_TITLE = re.compile(
    r"(?<![\w'’-])(?:[Aa]n?|[Tt]he)(?: (?:[a-z][\w-]*|\d+\w*)){0,2}? "
    r"(?P<title>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} of the [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})"
    rf" (?:{_KINDS})\b"
)


@cache
def _heads() -> frozenset[str]:
    return frozenset(data_file("entities.json")["heads_before_of"])


def titles_through_of_the(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each "<Words> of the <Words>" title before a work's kind word made one
    work, whole (the module's doc, `titles_through_of_the`)."""
    if " of the " not in text:
        return mentions
    spans = []
    for found in _OF_THE_TITLE.finditer(text):
        title = found.group("title")
        if title.split(" ")[0] in _heads() or known_place(title):
            continue
        spans.append(found.span("title"))
    if not spans:
        return mentions
    return made_whole(text, mentions, spans, layouts, add, _WORK)


_SOFTWARE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|used|vulnerable|open[ -]source|popular|free|new) "
    r"(?P<name>[a-z]{1,4}[A-Z]\w*) (?:software|programs?|browsers?|apps?|consoles?|handsets?)\b"
)
_SOFTWARE_WORDS = re.compile(r" (?:software|program|browser|app|console|handset)")
_PRODUCT = "PRODUCT"


def coined_software_names(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each coined lower-case name before a software word one product (the
    module's doc, `coined_software_names`)."""
    if _SOFTWARE_WORDS.search(text) is None:
        return mentions
    names = {found.group("name") for found in _SOFTWARE.finditer(text)}
    if not names:
        return mentions
    spans = sorted({span for name in names for span in copies_of(text, name)})
    return made_whole(text, mentions, spans, layouts, add, _PRODUCT)
