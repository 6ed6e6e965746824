"""Films and shows named in their premiere's or their format's words, and consoles by their maker
(round r39b-screen, from seeds 98 and 99's films and shows labelled PERSON, firms and places).

`film after its premiere`: "for the UK premiere of Christmas Carol" names a film, a work; the
model cuts such a title to its last word and reads that as a person ("Carol" PERSON), or tags it a
firm ("Polar Express" ORG), or a person whole ("Lemony Snicket"). After "premiere of" (a
premiere is only ever a work's), the run of capitalised words (with "of", "the", "a", "an",
"and" inside) up to a lower-case word or a stop is the work's title, WORK_OF_ART, whole: the
mentions inside it give way to it, and where the model tagged nothing there, the title is
added. The same title written again in the article ("Christmas Carol is based on a children's
book") is the same work: the mentions inside each of its copies give way to it too. Not a title
before a possessive ("the premiere of Tim Burton's new film" names the maker), nor a mention
that runs on past the title.

`show in its format's words`: "Vote For Me - ITV1's Pop Idol style talent contest" and "The show
follows the time-honoured Pop Idol format" name the show whose shape another copies; the model
cuts "Pop Idol" to "Idol" PERSON or misses "Big Brother". Between a broadcaster's possessive and
"style" with a contest's or a show's word, or between "the time-honoured|familiar|tried and
tested" and "format", the capitalised run is a show, WORK_OF_ART, whole. Not "-style" with its
hyphen ("Las Vegas-style casinos" names a city).

`figure of Christmas in a compound`: "all wearing Santa hats", "a Father Christmas outfit": the
figure's name before a thing worn or visited (hat, suit, outfit, costume, beard, grotto) opens a
common noun's compound and names no one; the model tags "Santa" a place (it opens "Santa Monica").
No mention there. "Santa Claus" and "Father Christmas" themselves are a person by the cue
"Christmas's giver of gifts" of factx/data/entities.json.

`console by its maker's possessive`: "Nintendo's DS handheld", "Sony is expected to release its
PSP console": the letters between a firm's possessive (or "its") and "console" or "handheld" are
the console, PRODUCT, which the model most often leaves out; and the same letters after "the"
elsewhere in the article ("The PSP uses small discs") or after the maker's own name ("Nintendo DS
makes its debut", where the model tags the maker alone) are the same console. Only a coined
word of capitals and digits (two to five, "DS", "PSP", "GBA"; coined words as "PlayStation"
are left to the model and the other rules), never after a person's possessive, nor letters the
model tags a place or a people anywhere in the article ("Sony's UK console sales").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.first_names import opens_with_first_name

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_WORD = r"[A-Z][\w&-]*(?:['’][a-rt-z]\w*)?"  # no possessive: "Tim Burton's new film"
_TITLE = rf"(?:The )?{_WORD}(?: (?:(?:of|the|a|an|and) )*{_WORD})*"
# A subtitle after a colon is the title's ("the premiere of Godzilla: Final Wars"): cut at the
# colon, the title's copies would be every mention of the monster.
_PREMIERE = re.compile(rf"\bpremiere of (?P<title>{_TITLE}(?:: {_TITLE})?)(?![\w'’&-])")
_SHOW_STYLE = re.compile(
    rf"(?<![\w'’&.-])[A-Z][\w&.-]*(?: [A-Z0-9][\w&.-]*)?['’]s (?P<title>{_TITLE}) style "
    r"(?:(?:talent|reality|game|quiz|chat|dating|makeover|TV|television) )?"
    r"(?:contest|competition|show|programme|series)\b"
)
_SHOW_FORMAT = re.compile(
    rf"\bthe (?:time-honoured|familiar|tried and tested|tried-and-tested) (?P<title>{_TITLE}) "
    r"format\b"
)
_POSSESSIVE_AFTER = re.compile(r"['’]")
# Labels that say letters are a place or a people's ("Sony's UK console sales"): no console.
_PLACES = frozenset({"GPE", "LOC", "NORP"})
_CONSOLE = re.compile(
    r"(?:(?<![\w'’&.-])(?P<maker>[A-Z][\w&.-]*)['’]s|\b[Ii]ts) (?:(?:new|latest|rival) )?"
    r"(?P<name>[A-Z][A-Z0-9]{1,4}) (?:(?:handheld|portable|games?) )*(?:consoles?|handhelds?)\b"
)


_FIGURE = frozenset({"Santa", "Santa Claus", "Father Christmas"})
_WORN = re.compile(
    r" (?:hats?|suits?|outfits?|costumes?|beards?|grottos?|grottoes|sacks?|sleighs?)\b"
)


def without_worn_figures(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, less a figure of Christmas's name before a thing worn or visited ("Santa
    hats"; the module's docstring, `figure of Christmas in a compound`)."""
    if "Santa" not in text and "Father Christmas" not in text:
        return mentions
    return [m for m in mentions if not (m.text in _FIGURE and _WORN.match(text, m.end))]


def _whole(
    text: str,
    mentions: list[RawMention],
    spans: list[tuple[int, int]],
    layouts: Sequence[Layout],
    add: Adder,
    label: str,
) -> list[RawMention]:
    """The mentions, each span in `spans` made one mention of `label`: the mentions inside it
    give way to it (the first lends its sentence), or it is added where none overlaps it. A
    span a mention runs on past is left alone."""
    dropped: set[int] = set()
    found: list[RawMention] = []
    for start, end in spans:
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in overlapping):
            continue
        layout = layout_holding(layouts, start, end)
        if layout is None:
            continue
        dropped.update(id(m) for m in overlapping)
        found.append(add(text, layout, start, end, label, label))
    if not found:
        return mentions
    kept = [m for m in mentions if id(m) not in dropped]
    return sorted(kept + found, key=lambda m: (m.start, m.end))


def _copies(text: str, title: str) -> list[tuple[int, int]]:
    """Every span of `title` in the text, as a name: no word character runs on either side."""
    pattern = re.compile(rf"(?<![\w'’&-]){re.escape(title)}(?![\w&-]|['’]\w)")
    return [(found.start(), found.end()) for found in pattern.finditer(text)]


def films_after_their_premiere(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each title after "premiere of" (and its copies in the article) one work
    (the module's docstring, `film after its premiere`)."""
    if "premiere of " not in text:
        return mentions
    spans: set[tuple[int, int]] = set()
    for match in _PREMIERE.finditer(text):
        if _POSSESSIVE_AFTER.match(text, match.end("title")):
            continue  # "the premiere of Tim Burton's new film": the maker, not the work
        spans.update(_copies(text, match.group("title")))
    return _whole(text, mentions, sorted(spans), layouts, add, "WORK_OF_ART")


def shows_by_their_format(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each show named before "style talent contest" after a broadcaster's
    possessive, or between "the time-honoured" and "format", one work (the module's docstring,
    `show in its format's words`)."""
    if " style " not in text and " format" not in text:
        return mentions
    spans = [
        match.span("title")
        for pattern in (_SHOW_STYLE, _SHOW_FORMAT)
        for match in pattern.finditer(text)
    ]
    return _whole(text, mentions, spans, layouts, add, "WORK_OF_ART") if spans else mentions


def consoles_by_their_maker(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each console named between its maker's possessive (or "its") and
    "console" or "handheld" a product, and its letters after "the" or its maker's name
    elsewhere in the article the same product (the module's docstring, `console by its
    maker's possessive`)."""
    if "console" not in text and "handheld" not in text:
        return mentions
    names: dict[str, set[str]] = {}
    for match in _CONSOLE.finditer(text):
        maker = match.group("maker")
        if maker is not None and opens_with_first_name(maker):
            continue
        names.setdefault(match.group("name"), set()).update([maker] if maker else [])
    places = {m.text for m in mentions if m.label in _PLACES}
    names = {name: makers for name, makers in names.items() if name not in places}
    if not names:
        return mentions
    spans: set[tuple[int, int]] = set()
    for name, makers in names.items():
        spans.update(
            (found.start("name"), found.end("name"))
            for found in re.finditer(rf"\b(?:[Ii]ts|[Tt]he|['’]s) (?P<name>{name})\b", text)
        )
        for maker in makers:
            for found in re.finditer(rf"(?<![\w'’&.-]){re.escape(maker)} {name}\b", text):
                spans.add(found.span())
    return _whole(text, mentions, sorted(spans), layouts, add, "PRODUCT")
