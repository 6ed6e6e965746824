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

`show named best in a TV prize's list` (round r39c-shows, seed 102's "Desperate Housewives was
named top new drama", `Housewives` PERSON, and "Long-running shows Will and Grace and CSI ... were
named best TV comedy and TV drama", `Grace` PERSON): a run of capitalised words right before "was
(named|voted) top|best (new) (TV) drama|comedy|sitcom" or "was best new comedy|drama", and the two
names of "<Kind> <A> and <B> were named best ..." after a show's plural ("shows", "series",
"sitcoms", "dramas"), are shows, WORK_OF_ART, whole. The kind must close its phrase (a stop, a
comma, "and", "at", "in", "while", "respectively"): "was named best comedy performer" names a
person's prize. Not a run that opens with a common first name ("Ricky Gervais was named best
comedy"). In a list of three pieces one "and" is a title's: the two one-word pieces beside a
piece of more words join ("Will and Grace and CSI: Miami"); where the shape does not say which
("Frasier and Law and Order"), the model's mentions inside the list keep their spans and become
works.

`film between its maker's possessive and its story` (round r39c-shows, seed 101's "Patel's
Little Soldier follows a young Pakistani Muslim boy", `Little Soldier` PERSON): a run of
capitalised words between a one-word possessive and "follows a|an|the", "is about a|an|the" or
"tells the story" is a work, WORK_OF_ART, whole, with its copies in the article; a kind of film
between the possessive and the title ("Arnold's gritty drama Wasp is about") says so too. Not a
run that opens with a common first name ("England's Jonny Wilkinson follows the"), nor after
an owner the model tags a place, a people or a body ("Britain's Blair follows the"), nor a
single word without a kind of film before it.

`work called by its kind` (round r39c-shows, seed 101's "His comments come in a BBC documentary
called 'No More Mr Nasty'", `Nasty` PERSON twice: the model reads "Mr Nasty" as a man): after
a kind of screen or stage work ("documentary", "programme", "film", "series", "show", "drama",
"play", ...) and "called|entitled|titled", the words in quotes, or a run of capitalised words
up to a stop or a comma, are the work's title, WORK_OF_ART, whole, with its copies in the
article ("No More Mr Nasty is being shown on BBC2"). Not a title that opens with a common first
name (a person's own name, "a show called Jonathan Ross", is left to the model).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.first_names import opens_with_first_name
from factx.extract.place_names import known_place
from factx.extract.title_shapes import TITLE_SMALL_WORDS, small_words, title_run

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_WORD = r"[A-Z][\w&-]*(?:['’][a-rt-z]\w*)?"  # no possessive: "Tim Burton's new film"
# Only "of|the|a|an|and" inside: a title after "premiere of" stops before its place ("in London").
_PREMIERE_SMALL = small_words("of", "the", "a", "an", "and")
_TITLE = "(?:The )?" + title_run(_WORD, _PREMIERE_SMALL)
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


def made_whole(
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


def copies_of(text: str, title: str) -> list[tuple[int, int]]:
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
        spans.update(copies_of(text, match.group("title")))
    return made_whole(text, mentions, sorted(spans), layouts, add, "WORK_OF_ART")


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
    return made_whole(text, mentions, spans, layouts, add, "WORK_OF_ART") if spans else mentions


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
    return made_whole(text, mentions, sorted(spans), layouts, add, "PRODUCT")


_KIND_CLOSES = r"(?=[,.;:]| and\b| at\b| in\b| while\b| respectively\b| -)"
_NAMED_BEST = re.compile(
    rf"(?<![\w'’&.-])(?P<title>{_TITLE}) was (?:(?:named|voted) (?:the )?(?:top|best)|best) "
    r"(?:new )?(?:(?:TV|television) )?(?:drama|comedy|sitcom)(?: series)?" + _KIND_CLOSES
)
_LIST_NAMED_BEST = re.compile(
    r"\b(?:shows|series|sitcoms|dramas|programmes) (?P<list>[A-Z][^.;]*?) were "
    r"(?:named|voted) (?:the )?(?:top|best) (?:new )?(?:(?:TV|television) )?(?:drama|comedy)\b"
)
_LIST_PIECE = re.compile(rf"(?:{_TITLE})(?:: {_TITLE})?")
_FILM_KINDS = (
    r"(?:(?:gritty|new|latest|debut|acclaimed|award-winning|low-budget|animated|short) )*"
    r"(?:drama|film|movie|comedy|documentary|thriller|feature|short)"
)
_MAKER_STORY = re.compile(
    rf"(?<![\w'’&.-])(?P<owner>[A-Z][a-z]+)['’]s (?:(?P<kind>{_FILM_KINDS}) )?"
    rf"(?P<title>{_TITLE}) (?:follows (?:a|an|the)|is about (?:a|an|the)|tells the story)\b"
)
# Labels that say an owner is a place, a people or a body ("Britain's Blair follows the").
# The model's labels of a show in a list of three, relabelled where its "and" is not known.
_RELABELLED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT"})
_NOT_MAKERS = frozenset({"GPE", "LOC", "NORP", "ORG"})


def shows_named_best(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each show named best in a TV prize's list one work, whole (the module's
    docstring, `show named best in a TV prize's list`)."""
    if " named " not in text and " voted " not in text and " best new " not in text:
        return mentions
    spans: list[tuple[int, int]] = []
    for match in _NAMED_BEST.finditer(text):
        if not opens_with_first_name(match.group("title")):
            spans.append(match.span("title"))
    lists: list[tuple[int, int]] = []
    for match in _LIST_NAMED_BEST.finditer(text):
        pieces = _listed_shows(match.group("list"))
        if pieces is None:
            lists.append(match.span("list"))
            continue
        start = match.start("list")
        for piece in pieces:
            if not opens_with_first_name(piece):
                spans.append((start, start + len(piece)))
            start += len(piece) + len(" and ")
    if lists:
        mentions = [
            replace(m, label="WORK_OF_ART")
            if m.label in _RELABELLED and any(s <= m.start and m.end <= e for s, e in lists)
            else m
            for m in mentions
        ]
    return made_whole(text, mentions, spans, layouts, add, "WORK_OF_ART") if spans else mentions


def _listed_shows(listed: str) -> list[str] | None:
    """The two shows of a list named for two prizes ("Frasier and Lost"), or None where the
    list's own "and" is not known. Of three pieces, the one "and" inside a title joins two
    one-word pieces: a piece of more words or a colon's subtitle ("CSI: Miami") stands alone,
    so "Will and Grace and CSI: Miami" is "Will and Grace" and "CSI: Miami"; where both joins
    are open ("Frasier and Law and Order"), None."""
    pieces = listed.split(" and ")
    if not all(_LIST_PIECE.fullmatch(piece) for piece in pieces):
        return None
    if len(pieces) == 2:
        return pieces
    if len(pieces) != 3:
        return None
    lone = [" " not in piece for piece in pieces]
    if lone[0] and lone[1] and not lone[2]:
        return [f"{pieces[0]} and {pieces[1]}", pieces[2]]
    if lone[1] and lone[2] and not lone[0]:
        return [pieces[0], f"{pieces[1]} and {pieces[2]}"]
    return None


def films_before_their_story(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each title between a maker's possessive and "follows a", "is about a" or
    "tells the story" one work, whole, with its copies (the module's docstring, `film between
    its maker's possessive and its story`)."""
    if " follows " not in text and " is about " not in text and " tells the story" not in text:
        return mentions
    owners = {m.start: m.label for m in mentions}
    spans: set[tuple[int, int]] = set()
    for match in _MAKER_STORY.finditer(text):
        title = match.group("title")
        if owners.get(match.start("owner")) in _NOT_MAKERS or opens_with_first_name(title):
            continue
        if match.group("kind") is None and " " not in title:
            continue
        spans.update(copies_of(text, title))
    return made_whole(text, mentions, sorted(spans), layouts, add, "WORK_OF_ART")


_CALLED = re.compile(
    r"\b(?:documentary|programme|film|movie|series|show|drama|sitcom|play|musical) "
    r"(?:called|entitled|titled) (?:['‘\"“](?P<quoted>[A-Z][^'’\"”.!?\n]{0,60}?)['’\"”](?!\w)"
    rf"|(?P<bare>{_TITLE})(?=[.,;]|$))",
    re.MULTILINE,
)


def works_called_by_their_kind(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each title after "a documentary|programme|film|show called|entitled" one
    work, whole, with its copies (the module's docstring, `work called by its kind`)."""
    if "called " not in text and "titled " not in text:
        return mentions
    spans: set[tuple[int, int]] = set()
    for match in _CALLED.finditer(text):
        title = match.group("quoted") or match.group("bare")
        if opens_with_first_name(title):
            continue
        spans.add(match.span("quoted") if match.group("quoted") else match.span("bare"))
        spans.update(copies_of(text, title))  # not in quotes: a quote's mark is no word's edge
    return made_whole(text, mentions, sorted(spans), layouts, add, "WORK_OF_ART")


# Round r43b-works: a title opening a sentence before an aside of its kind ("Primer, a $7,000
# (£3,650) tale of discovery, won top prize"; "Sideways, a wine-tasting comedy starring Paul
# Giamatti, is up for six awards"). The title may hold a title's small words ("Brother to
# Brother", "Man to Man"); the aside's words before the kind are an adjective, a sum or a
# people's word, at most four.
_SMALL_WORDS = small_words(*TITLE_SMALL_WORDS, "and", "with", "is", "my")
_APPOSED_TITLE = "(?:The |A |An )?" + title_run(_WORD, _SMALL_WORDS)
_APPOSED_KIND = re.compile(
    rf"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] )|(?<=\n))(?P<title>{_APPOSED_TITLE}), (?:a|an) "
    r"(?:(?:[a-z][\w'’-]*|[A-Z][\w'’-]*|[$£€]\d[\d,.]*(?:m|bn|k)?|\([$£€]\d[\d,.]*(?:m|bn|k)?\))"
    r" ){0,4}(?P<kind>comedy|drama|thriller|tale|film|movie|documentary|musical|biopic|bio-pic"
    r"|romance|satire|fantasy|epic|western|romp|cartoon|novel|sitcom|weepie|mockumentary)"
    r"(?= (?:starring|about|set|tracing|following|based|directed|written|adapted|featuring|of"
    r"|with|which|that|in which|charting|telling|exploring)\b|,)",
    re.MULTILINE,
)
# Kinds with an everyday sense ("England, a tale of two halves"): only with a film's or a
# book's word in the paragraph.
_LOOSE_KINDS = frozenset({"tale", "romance", "fantasy", "epic", "romp", "western"})
_SCREEN_OR_PAGE = re.compile(
    r"\b(?:films?|movies?|cinemas?|festivals?|box office|books?|novels?|directors?|directed"
    r"|starring|screen|Oscars?|Baftas?)\b",
    re.IGNORECASE,
)


def films_before_their_kind(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each title opening a sentence before ", a|an <words> comedy|drama|
    thriller|tale|film|documentary ... starring|about|of|set|," one work, whole, with its
    copies in the article (seed 128's "Primer, a $7,000 (£3,650) tale of discovery, won top
    prize", `Primer` PERSON; "Sideways, a wine-tasting comedy starring Paul Giamatti" missed,
    and its bare "Sideways is written and directed by"). An aside of a work's kind after a
    name says what the name is; a person's aside names a calling ("Smith, a drama teacher",
    "a film critic"), so the kind must be followed by a story's word or a comma. Guards: the
    cheap test ", a|an " in the text; not a title that opens with a common first name, nor a
    known place; a kind with an everyday sense ("tale", "epic", "romance") only in a
    paragraph with a film's or a book's word."""
    if ", a " not in text and ", an " not in text:
        return mentions
    spans: set[tuple[int, int]] = set()
    for match in _APPOSED_KIND.finditer(text):
        title = match.group("title")
        if opens_with_first_name(title) or known_place(title):
            continue
        if match.group("kind") in _LOOSE_KINDS:
            opening = text.rfind("\n", 0, match.start()) + 1
            closing = text.find("\n", match.end())
            if not _SCREEN_OR_PAGE.search(text, opening, closing if closing != -1 else len(text)):
                continue
        spans.update(copies_of(text, title))
    return made_whole(text, mentions, sorted(spans), layouts, add, "WORK_OF_ART")


# Round r43b-works: a document's title in quotes after its kind's clause and "is called" ("its
# Rural Crime Strategy ... and the outcome, launched on Wednesday, is called 'Safer Villages,
# Stronger Communities'"), and a book's between "a new book," and its comma or "by".
_DOCUMENT_CALLED = re.compile(
    r"\b(?:[Ss]trateg(?:y|ies)|[Rr]eports?|[Pp]lans?|[Pp]apers?|[Dd]ocuments?|[Rr]eviews?"
    r"|[Ss]tud(?:y|ies)|outcome|[Mm]anifestos?|[Bb]lueprints?|[Bb]ooks?|[Cc]harters?"
    r"|[Cc]onsultations?|[Gg]uidelines)\b[^.;!?\n]{0,80}? (?:is|was|will be|has been|are|were) "
    r"(?:called|entitled|titled|named) ['‘\"“](?P<quoted>[A-Z][^'’\"”.!?\n]{0,80}?)['’\"”](?!\w)"
)
_NEW_BOOK = re.compile(
    r"\b[Aa] (?:new |forthcoming |recent |controversial )?(?:book|biography|memoir|novel), "
    rf"(?P<title>(?:[A-Z][\w-]*['’]s )?{_APPOSED_TITLE})(?=, | by )"
)


def documents_by_their_title(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each document's title in quotes after "<strategy|report|plan|outcome>
    ... is called|entitled" and each book's title after "a new book," one work, WORK_OF_ART,
    whole across its own comma and possessive (seed 129's "the outcome, launched on Wednesday,
    is called 'Improving Opportunity, Strengthening Society'", ORG; the grader's "'Safer
    Villages, Stronger Communities'", cut in two and half of it a person; "According to a new
    book, Brown's Britain, Mr Blair went back on a pledge", `Brown` PERSON and `Britain` GPE).
    A title's words are its own: a person's or a place's name inside it names the book. Guards:
    the cheap tests "called|entitled|titled|named '" and "book, "; a title in quotes only,
    within the clause of a document's kind word; a book's title not a person's name by a common
    first name ("a new book, John Smith, a historian, says")."""
    spans: set[tuple[int, int]] = set()
    if "called " in text or "titled " in text or "named " in text:
        for match in _DOCUMENT_CALLED.finditer(text):
            spans.add(match.span("quoted"))
    if "book, " in text or "biography, " in text or "memoir, " in text or "novel, " in text:
        for match in _NEW_BOOK.finditer(text):
            title = match.group("title")
            if opens_with_first_name(title):
                continue
            spans.update(copies_of(text, title))
    return made_whole(text, mentions, sorted(spans), layouts, add, "WORK_OF_ART")
