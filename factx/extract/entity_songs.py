"""A record's title after its kind word and its owner: "his song Irish Son", "her first single
So High", "The Killers' album Hot Fuss", "the top five hit Money".

The small model reads a song's title by its look: it takes part of it ("Irish" NORP of "Irish
Son", "Atomic Bomb" PERSON of "How to Dismantle an Atomic Bomb", "Genie" PERSON and "Bottle" GPE
of "Genie in a Bottle"), reads a one-word title as a person or a product ("Money" PRODUCT), or
leaves it out ("his first solo single Real To Me"). A reader knows the capitalised words right
after "his song", "their album", "X's single" are the record's title. So the run of capitalised
words after an owner (his, her, their, its, the, a name's possessive), at most three closed-class
words ("first", "solo", "1966", "top five") and a record's kind (data: `songs` in
factx/data/entities.json), with small words inside it ("Genie in a Bottle", "Real To Me"), is a
WORK_OF_ART: the model's mentions inside it give way to it, or it is added where the model found
nothing. Not where a mention reaches out of the run (the model saw a longer name), nor for a
one-word acronym or a word before a kind noun ("the hit US show", "the hit Broadway musical"),
which qualify a noun and are no title; the run ends before a date or a sum ("Genie in a Bottle
in October 1999") and never crosses a sentence's end.

Round r36-works: two more openings of the run, with no owner or kind word: a writer's or a
producer's verb when "for the <band>" follows the run ("He helped write Kokomo for the Beach
Boys", "He also produced Mr Tambourine Man for the Byrds": `Kokomo` PERSON, `Tambourine Man`
PERSON cut from its "Mr"), and "hits such as" ("songs like", "six hits in the UK, including"):
what a writer writes for a band, and what a list of hits names first, is a song. A run that
opens with a possessive or a common first name is left alone there ("hits such as Madonna's
Like a Prayer", "produced Ray Davies for the Kinks album"); after the verb, the model's place
gives way too ("helped write Malibu for the Hollies").

Round r37d-screen (seed 82's `Jackson` PERSON): one more opening, "their first hit ... with"
and a title with a courtesy title at its head ("their first hit in the UK with Ms Jackson",
"his first hit with Mrs Robinson"): the song, whole with its "Ms", which the model cuts off and
reads as a woman's surname. Only before "Mr", "Mrs", "Ms" or "Miss": "their first hit with
Geri Halliwell" names the singer they sang it with.

A country's name right after a record's kind, cued a work there, is the record's title wherever
the article writes it so ("His album Egypt won the critics' award"): `record_countries` keeps
it from the rule that makes every country's name a place. A work's cue alone is not enough ("A
rare US nominee", "Nominees include Spain's Pedro Almodovar").

Round r42c-music (seed 125's `Turn Turn` ORG): a song after "hits such as" whose title repeats
its word across a comma of its own ("hits such as Go, Go Go", "Turn, Turn, Turn") runs whole
to the full stop or the list's comma: a list's comma is followed by another title, not the
same word again. `repeated_title_end` reads that repeat; the model cuts such a title at its
comma (`Go` and `Go Go` apart).

Round r45c-works (seed 144's `Y'Self` and `Dredd` PERSON): two more openings for a title whose
first word is a rank's ("Judge", "Lord", "King", "Doctor", "Sir", "Mr"), which the model cuts
off and reads as a person's title: "a|the|his song|single|track|tune called|titled|entitled"
("a song called Judge Y'Self"), and "the" before a rank and one word and "film|movie
soundtrack|theme" ("the Judge Dredd film soundtrack"). The title ends before "in|at|on|from|
to|for" and a capitalised word, where the model often tags no place ("a song called Judge
Jury in Cardiff").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_screen_titles import made_whole
from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.spans import SpanIndex
from factx.extract.title_shapes import TITLE_SMALL_WORDS, small_words, title_run
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A title's word: capitalised, a "!" or "?" of the title's own ("Yeah!"), an inner apostrophe
# or dot ("Ain't", "Mr."); no sentence's full stop.
_WORD = r"[A-Z][\w'’-]*(?:[!?]|\.(?=\w))?"
_PLACES = frozenset({"GPE", "LOC", "NORP"})
# `repeated_title_end`: a comma and the title's word again, then capitalised words or more
# commas and the same word ("Go, Go Go", "Turn, Turn, Turn").
_REPEAT = re.compile(r"(?:,? (?P<word>[A-Z][\w'’-]*[!?]?))+")


def repeated_title_end(text: str, title_start: int, end: int) -> int:
    """The end of a title after "hits such as" grown over its own comma where the words after
    the comma repeat the title's one word ("Go, Go Go": the module's doc); else `end`."""
    word = text[title_start:end].rstrip("!?")
    if not text.startswith(", ", end) or " " in word:
        return end
    match = _REPEAT.match(text, end)
    if match is None:
        return end
    words = re.findall(r"[A-Z][\w'’-]*", match.group())
    if any(w != word for w in words):
        return end
    return match.end()


# The lower-case word after a title, before any punctuation: "the hit Spider-Man movies."
_NEXT_WORD = re.compile(r" ([a-z]+)")


@cache
def _record() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = data_file("entities.json")["songs"]
    kinds = "|".join(re.escape(k) for k in data["kinds"])
    before = "|".join(re.escape(w) for w in sorted(data["before_kind"], key=len, reverse=True))
    small = small_words(*data["small_words"])
    name = r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}"
    owner = rf"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|{name}(?:['’]s|s['’]))"
    # Round r36-works: a song a writer or producer made "for the <band>", or the first of
    # "hits such as" (the module's doc); no owner or kind word stands before these.
    made = r"(?P<made>(?:helped (?:to )?write|co-wrote|wrote|penned|produced|co-produced) )"
    such = (
        r"(?P<such>(?:hits|songs|singles|tracks)(?: in the (?:UK|US))?,?"
        r" (?:such as|like|including) )"
    )
    # Round r37d-screen: a song an act scored its first hit with, its title opening with a
    # courtesy title ("their first hit in the UK with Ms Jackson", the module's doc).
    hit = (
        r"(?P<hit>(?:[Tt]heir|[Hh]is|[Hh]er|[Ii]ts) first (?:[\w-]+ )?hit"
        r"(?: in (?:the )?[A-Z][\w-]*)? with )(?=(?:Mr|Mrs|Ms|Miss) [A-Z])"
    )
    # Round r41-works: a title in commas right after its kind ("their debut single,
    # Unconditional, caused", "a new album, Astronaut,") or after a duet's partner ("his duet
    # with Keys, My Boo, earned"); "a|an" and "duet" open only this form ("a collaboration
    # with Sony, Ericsson," names firms: no "collaboration").
    apposed = rf"(?P<apposed>(?: with {name})?, )"
    # Round r45c-works (seed 144's entertainment/244, "a song called Judge Y'Self" and "the
    # Judge Dredd film soundtrack": `Y'Self` and `Dredd` PERSON, cut from their "Judge"): a
    # title that opens with a rank's word after "a song|track|single called|titled", or
    # before "film|movie soundtrack|theme", is the work whole with its rank; the model reads
    # the rank as a title and what follows as a surname. Only after a rank's word: the cue
    # "work called, its kind a few words back" relabels the rest where the span is right.
    rank = r"(?=(?:Judge|Lord|King|Queen|Doctor|Captain|Sir|Lady|Mr|Mrs|Ms|Miss) [A-Z])"
    called = (
        rf"(?P<called>(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Tt]he) (?:(?:{before}) )?"
        r"(?:song|single|track|tune)"
        rf" (?:called|titled|entitled) ){rank}"
    )
    film = rf"(?P<film>[Tt]he ){rank}(?={_WORD} {_WORD} (?:film|movie) (?:soundtrack|theme))"
    pattern = re.compile(
        rf"(?<![\w'’-])(?:(?P<owner>{owner}|[Aa]n?) (?:(?:{before}|(?:19|20)\d\d) ){{0,3}}"
        rf"(?P<kind>{kinds}|duet)(?:{apposed}| )|{made}|{such}|{hit}|{called}|{film})"
        rf"(?P<title>{title_run(_WORD, small)})(?(made)(?= for the [A-Z]))"
        r"(?(apposed)(?=[,.](?:\s|$)))"
    )
    # Small words between a title's words, and the capitalised word after them.
    joins = re.compile(rf" (?:{small} )+(?=[A-Z])")
    return pattern, joins, frozenset(data["kind_nouns"])


def _no_song(title: str) -> bool:
    """A run after "wrote" or "hits such as" that is no song's title: a possessive owner opens
    it ("hits such as Madonna's Like a Prayer", the singer and her song) or a common first
    name does ("produced Tom Hale's album", a person)."""
    first = title.split()[0]
    return first.endswith(("'s", "’s")) or person_by_first_name(title)


# What follows a name in commas that is no title: its speaker's verb ("a song, Kapranos said").
_SAID_AFTER = re.compile(r", (?:he |she )?(?:said|says|told|added|explained|admitted)\b")


# A title's first words that are no first name, though the list of first names holds them:
# "My Boo" opens with "my", a title's word.
_OPENERS = frozenset({"my", "i", "me", "you", "our", "your", "we", "love"})


def _not_apposed(text: str, match: re.Match[str], end: int) -> bool:
    """Whether a run after its kind word is no title of the apposed form (round r41-works): the
    form needs its commas ("a new album, Astronaut, the first"), so "a|an" or "duet" without
    them opens no title ("a hit US show"), and a run in commas that
    is a speaker's ("wrote a song, Kapranos said") or a person's by a first name ("her single,
    Kylie, ...") is none either."""
    if match.group("apposed") is None:
        return match.group("owner") is not None and (
            match.group("owner") in ("a", "an", "A", "An") or match.group("kind") == "duet"
        )
    title = text[match.start("title") : end]
    return end != match.end("title") or bool(
        _SAID_AFTER.match(text, end)
        or (title.split()[0].casefold() not in _OPENERS and _no_song(title))
    )


def _trimmed(
    text: str, start: int, end: int, stops: SpanIndex, places: SpanIndex, small: re.Pattern[str]
) -> int:
    """The run's end before the first date or sum inside it and before a small word that opens
    a known place ("Irish Son in a Galway pub"), less small words left at its end."""
    for other in sorted(stops.overlapping(start, end)):
        end = min(end, other[0])
    for join in small.finditer(text, start, end):
        if any(s == join.end() for s, _ in places.overlapping(join.end(), join.end() + 1)):
            end = min(end, join.start())
            break
    words = text[start:end].split()
    while words and not words[-1][0].isupper():
        words.pop()
    return start + len(" ".join(words))


# Round r45c-works: the small words of a place or a time after a title, which end a title
# after "a song called" where the model tagged no place ("a song called Judge Jury in Cardiff").
_PLACE_JOIN = re.compile(r" (?:in|at|on|from|to|for) (?=[A-Z])")


def _before_a_place_word(text: str, start: int, end: int) -> int:
    """The end of a title that opens with a rank's word after "a song called" (round
    r45c-works), cut before a small word of a place or a time: such a title is short ("Judge
    Y'Self", "Lord Grey"), and the small model often leaves the place after it untagged. Only
    before a capitalised word: "Doctor in the House" keeps its "in the"."""
    join = _PLACE_JOIN.search(text, start, end)
    return end if join is None else join.start()


def song_titles(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
    key: Callable[[str], str],
    a_country: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, with each record's title after its kind word a WORK_OF_ART (the module's
    doc). `add` makes a mention of a layout's span, label and cue (`entities._added`); `key`
    is a name's key and `a_country` tells a country's key: a title ends before a small word
    and a known place ("Irish Son in a Galway pub", not "Genie in a Bottle")."""
    pattern, joins, kind_nouns = _record()
    stops = SpanIndex(list(taken))
    places = SpanIndex(
        [(m.start, m.end) for m in mentions if known_place(m.text) or a_country(key(m.text))]
    )
    spans = SpanIndex([(m.start, m.end) for m in mentions])
    gone: set[int] = set()
    found: list[RawMention] = []
    relabel: list[RawMention] = []
    for layout in layouts:
        if layout.zone == "headline":
            continue  # a headline capitalises its every word: "Song Tops Chart"
        for match in pattern.finditer(text, layout.offset, layout.end):
            start = match.start("title")
            end = _trimmed(text, start, match.end("title"), stops, places, joins)
            if match.group("called") or match.group("film"):
                end = _before_a_place_word(text, start, end)  # "Judge Jury in Cardiff"
            if match.group("such") and end == match.end("title"):
                end = repeated_title_end(text, start, end)  # "hits such as Go, Go Go"
            if end <= start:
                continue
            title = text[start:end]
            if (match.group("made") or match.group("such")) and _no_song(title):
                continue
            if _not_apposed(text, match, end):
                continue
            after = _NEXT_WORD.match(text, end)
            if " " not in title and (
                title.isupper() or (after is not None and after.group(1) in kind_nouns)
            ):
                continue  # "the hit US show", "his hit Broadway musical": a noun's qualifier
            inside = [m for m in mentions if m.start < end and m.end > start]
            if any(m.start < start or m.end > end for m in inside):
                continue  # the model saw a longer name
            if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
                made = match.group("made") is not None  # "wrote Malibu for the Hollies"
                if (made or inside[0].label not in _PLACES) and inside[0].label != "WORK_OF_ART":
                    relabel.append(inside[0])
                continue
            if spans.overlaps(start, end) and not inside:
                continue
            gone.update(id(m) for m in inside)
            found.append(add(text, layout, start, end, "WORK_OF_ART", "WORK_OF_ART"))
    for m in relabel:
        m.label = m.cue = "WORK_OF_ART"
    if not found:
        return list(mentions)
    kept = [m for m in mentions if id(m) not in gone]
    return sorted([*kept, *found], key=lambda m: m.start)


@cache
def _after_kind() -> re.Pattern[str]:
    kinds = "|".join(re.escape(k) for k in data_file("entities.json")["songs"]["kinds"])
    return re.compile(rf"\b(?:{kinds}) $")


def record_countries(
    text: str, mentions: Sequence[RawMention], key: Callable[[str], str], countries: Collection[str]
) -> frozenset[str]:
    """The keys of the countries' names that are a record's title (the module's doc): each of
    their mentions is cued a work and follows a record's kind ("album Egypt")."""
    by_key: dict[str, list[RawMention]] = {}
    for m in mentions:
        if (k := key(m.text)) in countries:
            by_key.setdefault(k, []).append(m)
    return frozenset(
        k
        for k, ms in by_key.items()
        if all(
            m.cue == "WORK_OF_ART" and _after_kind().search(text, max(0, m.start - 8), m.start)
            for m in ms
        )
    )


# Round r38-films: what a song does in a chart story right after its title: its place
# ("is currently number two", "is at number five", "went to number one", "slipped 13 places to
# number 14"), its year ("- a 1999 track"), or its kind ("single").
_CHART_PLACE = (
    # Round r44-music (seed 132's `Wooden Heart` PERSON): after "which" too ("Elvis' Wooden
    # Heart, which entered the chart at number two", "Push The Button Down, which fell to
    # number six"), and its entry into the chart ("Kate Bush's Hounds of Love entered the
    # chart at number eight", "was a new entry at number nine", not "a new entry on a list" of
    # the rich); "reached number six" only after "which" (a player's ranking "reached number
    # four" too).
    r",? (?:which (?:has |had )?(?:reached|peaked at) (?:number|No\.?) \w+"
    r"|(?:which (?:has |had )?)?"
    r"(?:(?:is|was) (?:currently |now |still )?(?:at )?(?:number|No\.?) \w+"
    r"|(?:entered|re-entered|debuted|charted|went (?:straight )?in|came (?:straight )?in"
    r"|gone (?:straight )?in)(?: (?:the|this week's)(?: UK| US)?(?: singles?| albums?)?"
    r" charts?)? at (?:number|No\.?) \w+"
    r"|(?:is|was) (?:also )?a new entry (?:in the (?:\w+ )?charts?|at (?:number |No\.? ?)?\w+)"
    r"|went (?:straight )?(?:in )?(?:to|at) (?:number|No\.?) \w+"
    r"|(?:slipped|slips|climbed|climbs|rose|rises|fell|falls|dropped|drops|jumped|jumps|moved)"
    r" (?:\w+ places? )?(?:to|into) (?:number|No\.?) \w+"
    r"|- an? (?:19|20)\d\d (?:track|song|single|hit|recording)"
    r"|single))\b"
)
_NO_ACT = frozenset({"it", "that", "there", "what", "here", "he", "she", "who", "week", "year"})


@cache
def _act_song() -> re.Pattern[str]:
    small = "|".join(re.escape(w) for w in data_file("entities.json")["songs"]["small_words"])
    return re.compile(
        rf"(?<![\w'’-])(?P<act>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,2}})(?:['’]s|s['’]) "
        rf"(?P<title>{_WORD}(?: (?:(?:{small}) )*{_WORD}){{0,5}})$"
    )


# A chart place right after a title's last character (searched first: the act and its song
# are looked for only before one).
_PLACE_AFTER = re.compile(rf"(?<=[\w!?'’]){_CHART_PLACE}")


def songs_after_an_act(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each song named after its act's possessive and before its chart place, its
    year's "track" or "single" a WORK_OF_ART, parted from the act where the model glued them:
    "Green Day's Holiday Road is currently number two" (`Holiday Road` FAC), "Boyzone's Flying
    High - a 1998 track reissued for the occasion" (`Boyzone's Flying High` ORG), "Akon's
    Locked Up is at number five" (the song missed). What goes to a chart's number after an
    act's possessive is the act's record, not a road or a firm. The act keeps the model's
    label. Not a title opening with a first name ("Elvis's Lisa Marie"), nor after "it's" or
    "last week's", nor in a headline; a mention reaching past the title is left alone."""
    result = list(mentions)
    for layout in layouts:
        if layout.zone == "headline":
            continue
        for place in _PLACE_AFTER.finditer(text, layout.offset, layout.end):
            lo = max(layout.offset, place.start() - 160)
            match = _act_song().search(text, lo, place.start())
            if match is None:
                continue
            act = match.group("act")
            title = match.group("title")
            if act.split()[-1].casefold() in _NO_ACT or person_by_first_name(title):
                continue
            start, end = match.span("title")
            inside = [m for m in result if m.start < end and start < m.end]
            if any(m.end > end for m in inside):
                continue  # the model saw a longer name
            glued = [m for m in inside if m.start < start]
            if glued and (len(glued) > 1 or glued[0].start != match.start("act")):
                continue
            if all(m.label == "WORK_OF_ART" and m.start == start for m in inside) and inside:
                continue
            gone = {id(m) for m in inside}
            kept = [m for m in result if id(m) not in gone]
            if glued:
                act_end = match.end("act")
                kept.append(replace(glued[0], text=text[glued[0].start : act_end], end=act_end))
            kept.append(add(text, layout, start, end, "WORK_OF_ART", "WORK_OF_ART"))
            result = sorted(kept, key=lambda m: m.start)
    return result


# Round r43b-works: the songs an act played, listed after its "hits|songs" ("REM played
# acoustic versions of their hits Losing My Religion, I've Been High, Leaving New York and The
# One I Love to the Sheffield Arena audience").
_HITS_LIST = re.compile(
    r"\b(?:[Tt]heir|[Hh]is|[Hh]er|[Ii]ts) (?:(?:greatest|biggest|big|best-known|classic"
    r"|famous|old|early|recent|well-known) )?(?:hits|songs|singles|tracks|anthems)"
    r"(?:,? (?:such as|like|including))?,? "
    r"(?P<list>[A-Z][^.;:!?\"“”()\n]{0,300}?)(?=[.;:!?(\"“”]|\n| - |$)"
)
_LIST_JOIN = re.compile(r",? and |, ")
_SONG_SMALL = small_words(
    *TITLE_SMALL_WORDS, "and", "or", "with", "is", "my", "me", "you", "it", "be"
)
_SONG_RUN = re.compile(title_run(_WORD, _SONG_SMALL))
# A small word's join inside a run, where the last song's run may reach into the place it was
# played at: "The One I Love to the Sheffield Arena audience".
_RUN_JOIN = re.compile(rf" (?:{_SONG_SMALL} )+(?=[A-Z])")
_VENUES = frozenset({"GPE", "LOC", "FAC", "ORG"})
# A venue's last word, or its audience's word after it: "the Bristol Arena audience".
_VENUE_END = re.compile(
    r"(?:Arena|Hall|Stadium|Centre|Center|Theatre|Theater|Club|Academy|Palladium|Dome|Bowl"
    r"|Apollo|Forum|Empire|Festival|Park)$"
)
_AUDIENCE = re.compile(r" (?:audiences?|crowds?|fans|concerts?|gigs?|shows?)\b")


def songs_listed_after_hits(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each song of a list after "their|his|her (<word>) hits|songs|
    singles" one work, whole with its own "The" (seed 129's "versions of their hits Losing My
    Religion, I've Been High, Leaving New York and The One I Love to the Sheffield Arena
    audience": three songs glued into one work and `New York` GPE; the grader's "their hits
    Hold On, Missing Paris, Leaving London and The Last Goodbye", `Leaving London` PERSON). A
    list after an act's hits names songs, so a place or a verb inside a member is the song's.
    The list is parted at its commas and "and"; each member is a run of capitalised words
    with a title's small words, whole up to its join, and the last ends at its first lower-
    case word or before a small word and the model's place inside it (where it was played).
    Guards: the cheap test "hits|songs|singles|tracks" in the text; a list of two or more
    with a last "and"; every member a title, none a person's name by a common first name
    (a singer's "songs with Elton John" is no list); a mention of the model that reads two
    members as one gives way to them."""
    if not any(kind in text for kind in (" hits ", " songs ", " singles ", " tracks ")):
        return mentions
    spans: list[tuple[int, int]] = []
    for found in _HITS_LIST.finditer(text):
        members = _listed_songs(text, mentions, found.start("list"), found.end("list"))
        if members is not None:
            spans.extend(members)
    if not spans:
        return mentions
    glued = {
        id(m)
        for m in mentions
        if sum(m.start < e and s < m.end for s, e in spans) > 1
        and all(s <= m.start or m.end <= e or m.end <= s or e <= m.start for s, e in spans)
    }
    kept = [m for m in mentions if id(m) not in glued]
    return made_whole(text, kept, spans, layouts, add, "WORK_OF_ART")


def _listed_songs(
    text: str, mentions: Sequence[RawMention], start: int, end: int
) -> list[tuple[int, int]] | None:
    """The spans of the songs listed in text[start:end], or None where it is no list of titles
    (`songs_listed_after_hits`)."""
    joins = list(_LIST_JOIN.finditer(text, start, end))
    if len(joins) < 1 or "and" not in joins[-1].group():
        return None
    spans = []
    at = start
    for join in [*joins, None]:
        stop = join.start() if join is not None else end
        run = _SONG_RUN.match(text, at, stop)
        if run is None or (join is not None and run.end() != stop):
            return None
        last = run.end()
        if join is None:
            last = _before_the_venue(text, mentions, at, last)
        if person_by_first_name(text[at:last]):
            return None
        spans.append((at, last))
        if join is not None:
            at = join.end()
    return spans


def _before_the_venue(text: str, mentions: Sequence[RawMention], start: int, end: int) -> int:
    """The end of the last song's run text[start:end], cut before a small word and the place
    it was played at: the model's place right after the small words ("to the Sheffield"), or
    a venue's last word or its audience's word ending the run ("to the Bristol Arena
    audience")."""
    joins = list(_RUN_JOIN.finditer(text, start, end))
    for inner in joins:
        if any(
            inner.start() < m.start <= inner.end() and m.label in _VENUES and m.end <= end
            for m in mentions
        ):
            return inner.start()
    if joins and (_VENUE_END.search(text, start, end) or _AUDIENCE.match(text, end)):
        return joins[-1].start()  # the last small words open the venue's name
    return end


# Round r44b-bills: the words right before a song an act or a crowd sang ("a rendition of
# Georgia on My Mind", "the crowd sang Auld Lang Syne", "the strains of") or a record an act
# went into the chart with ("entered the chart at four with Heart", "a hit at number six with
# Oh My God").
_SUNG_CUE = re.compile(
    r"(?<![\w'’-])(?:(?:a|his|her|their|its|the) (?:[a-z-]+ )?renditions? of|renditions of"
    r"|the strains of|a chorus of|sang|singing"
    r"|(?:entered|re-entered|went (?:straight )?in|came (?:straight )?in|debuted|charted"
    r"|slipped|climbed|rose|fell|dropped|jumped)(?: (?:the|this week's)(?: UK| US)?"
    r"(?: singles?| albums?)? charts? (?:at|to) (?:number |No\.? ?)?| (?:at|to) (?:number|No\.?) )"
    r"\w+ with"
    r"|(?:hit|entry) at (?:number|No\.?) \w+ with) (?=[A-Z])"
)
# The cheap test: a singing's words, or a chart's (the chart place's "with" is read only in a
# chart story).
_SUNG_WORDS = ("rendition", "strains of", "chorus of", "sang", "singing", " chart")
# A plural of records right after the run, which then names their act (the lead's mend of
# r44b-bills: "the crowd sang Madonna songs" gave `Madonna` WORK_OF_ART).
_ACTS_RECORDS = re.compile(
    r" (?:songs?|hits|numbers|classics|tunes|tracks|covers|favourites|records|albums|ballads"
    r"|standards|material|anthems)\b"
)
# A possessive word in a run: an act's "The Beatles' Across The Universe", "Chris Martin's".
_POSSESSIVE = re.compile(r"\w(?:['’]s|s['’])(?: |$)")


def songs_sung_or_charted(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with the run of a title's words after a singing's words ("a rendition
    of", "the strains of", "sang", "singing") or after a chart place's "with" ("entered the
    chart at four with Heart") one WORK_OF_ART (round r44b-bills: seed 133's `Auld Lang Syne`
    PERSON after a holiday's words, seed 137's `Heart` missed, the even half's "dedicated a
    rendition of Georgia on My Mind", `Georgia` GPE, and "a chart hit at number six with Oh My
    God", missed). What one sings, or an act goes into the chart with, is a song, not a place
    or a person. The run ends at its first lower-case word or a small word's join before
    one; never in a headline. Not a run with a possessive (an act's: "a rendition of The
    Beatles' Across The Universe"), nor a person's name by a common first name ("singing
    Elton John's praises", "sang Kylie"), nor a run a mention of the model reaches out of."""
    if not any(word in text for word in _SUNG_WORDS):
        return mentions
    spans: list[tuple[int, int]] = []
    for layout in layouts:
        if layout.zone == "headline":
            continue
        for cue in _SUNG_CUE.finditer(text, layout.offset, layout.end):
            if cue.group(0).endswith("with ") and " chart" not in text:
                continue  # "climbed to number two with" a ranking's, outside a chart story
            run = _SONG_RUN.match(text, cue.end(), layout.end)
            if run is None:
                continue
            start, end = run.span()
            end = _before_the_venue(text, mentions, start, end)
            title = text[start:end]
            if _POSSESSIVE.search(title) or person_by_first_name(title) or known_place(title):
                continue
            if _ACTS_RECORDS.match(text, end):
                continue  # "sang Beatles hits", "singing Elvis numbers": the act's, no title
            spans.append((start, end))
    if not spans:
        return mentions
    return made_whole(text, mentions, spans, layouts, add, "WORK_OF_ART")
