"""TV shows named before the people who make them, and films named after their star.

A talent show's name stands before its people as a firm's before its staff: "Pop Idol judge
Nina Marsh", "X Factor winner Tom Hale", "Top Gear presenter Jo Reed". The small model tags
such a name an organisation, cuts it to a word it reads as a person ("Idol" of "Pop Idol") or a
people ("American" of "American Idol"), or leaves it out. A run of two or more capitalised words
(with "of", "the", "a", "an" inside: "Match of the Day") right before a show's people word and a
capitalised name (`shows.people` in factx/data/entities.json: "judge", "presenter", "winner",
"contestant", "mogul", ...) is the show's title, a WORK_OF_ART, where it is no court's, prize's,
cup's, league's or broadcaster's name (`shows.not_ends`, `shows.not_words`: "High Court judge",
"Turner Prize winner", "Champions League winner", "BBC Radio presenter") and no person's full
name. A run opening its sentence loses its first word (the capital of "But" says nothing); the
mentions inside the run give way to it; a run the model tagged whole as an event or a work stays
as it is.

A film is named after its star and its kind with no article, where the model finds the star and
misses the title: "the Nicolas Cage movie National Treasure", "the Jude Law film Closer". After a
person's or a firm's mention and a kind of film or show (`shows.film_kinds`), the capitalised
words up to a lower-case word or a stop that no other mention nor fact holds are the work's title;
not a person's full name ("the Ken Loach film Ken Bright said").

A programme is named with its "The" after its broadcaster's possessive and before its kind word:
"he told BBC World Service's The Ticket programme", "BBC Radio Five's The Locker programme".
The capitalised "The" after a possessive opens a title (a common noun there would take "the"),
and the kind word (`shows.programme_kinds`: "programme", "show", "series", ...) says what the
title names; the model cuts it from its "The" and reads the rest as a firm or a person. The
title, its "The" with it, is a WORK_OF_ART; the mentions inside it give way to it. Not a
person's full name ("Capital Radio's The Chris Tarrant show": the host's name, left to the
model).

Works compete in a category: "The Marx Collection beat Oasis, Trainspotting and Brassed Off in
the DVD category". Every name in the list right before "in the <kind> category"
(`shows.categories`) is a work, however far back the list runs (past a cue's window); the
model glues the winner to the first it beat over a lower-case "beat", which a title never
holds, so such a span is two names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING, Any

from factx.extract.base import layout_holding
from factx.extract.entity_kind_lists import list_items
from factx.extract.entity_screen_titles import copies_of
from factx.extract.first_names import person_by_first_name
from factx.extract.spans import SpanIndex, alternation
from factx.extract.title_shapes import title_run
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# The labels of a mention tagged whole that a show's people word makes a work: the model's
# firm, person, product, place or people for the show's own name.
_RELABELLED = frozenset({"ORG", "PERSON", "PRODUCT", "FAC", "GPE", "LOC", "NORP"})
# The labels of a programme's title that reads as a time ("Today", "This Morning", "PM").
_TIMES = frozenset({"DATE", "TIME"})
# The labels of a mention before a kind of film that may be the film's star or maker.
_MAKERS = frozenset({"PERSON", "ORG"})


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = data_file("entities.json")["shows"]
    return data


@cache
def _run(lead: str) -> str:
    """A title's run of capitalised words with small words inside, after `lead`."""
    titles = data_file("entities.json")["titles"]
    word = titles["word"]
    return rf"{lead}(?P<run>{title_run(word, alternation(titles['small_words']))})"


@cache
def _before_people() -> re.Pattern[str]:
    """A run of capitalised words, then a show's people word and a capitalised name."""
    people = alternation(_data()["people"])
    return re.compile(_run(r"(?<![\w'’.&-])") + rf" (?:{people}) (?=[A-Z][a-z])")


@cache
def _after_kind() -> re.Pattern[str]:
    """A kind of film or show, then its title, anchored after the star's mention."""
    kinds = alternation(_data()["film_kinds"])
    return re.compile(_run(rf" (?:{kinds}) ") + r"(?![\w'’-])")


@cache
def _after_possessive() -> re.Pattern[str]:
    """A possessive, then "The", a title's run and a programme's kind word."""
    kinds = alternation(_data()["programme_kinds"])
    return re.compile(_run(r"(?<=[\w.)]['’]s )(?P<the>The )") + rf" (?:{kinds})\b")


@cache
def _after_broadcaster() -> re.Pattern[str]:
    """A title's run, matched right after a possessive (`_POSSESSIVE_S`), then a programme's
    kind word ("BBC Radio 4's Today programme") or no more capitalised words ("told ITV1's This
    Morning the"); the owner is read back from the possessive (`_BROADCASTER_BEFORE`)."""
    kinds = alternation(_data()["programme_kinds"])
    return re.compile(_run("") + rf"(?: (?P<kind>{kinds})\b|(?![\w'’&-]| [A-Z0-9]))")


# The owner of a possessive, a run of capitalised words, with "told" before it if it is there,
# ending right before the title ("told BBC Radio 4's ").
_BROADCASTER_BEFORE = re.compile(
    r"(?:\b(?P<told>told) )?(?<![\w'’&.-])(?P<owner>[A-Z][\w&.-]*(?: [A-Z0-9][\w&.-]*){0,3})"
    r"['’]s $"
)
_OWNER_REACH = 50
# A programme named for the hour it goes out, which the title's run stops short of at "at".
_AT_THE_HOUR = re.compile(
    r" at (?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Noon|Midnight)\b"
)
# A possessive before a capital, where a broadcaster's title may start: each apostrophe its own
# pattern, whose literal opening the regex engine finds fast (a class there is slower).
_POSSESSIVES = (re.compile(r"'s (?=[A-Z])"), re.compile(r"’s (?=[A-Z])"))


@cache
def _broadcaster_words() -> frozenset[str]:
    """The words of a broadcaster's name (`shows.not_words`: "BBC", "ITV1", "Radio")."""
    return frozenset(_data()["not_words"]) - {"Court"}


def _blocked_run(run: str) -> bool:
    """Whether a run before a show's people word names no show: a court, a prize, a cup, a
    league, a broadcaster, or a person in full."""
    words = run.split()
    data = _data()
    if words[-1] in data["not_ends"] or any(w in data["not_words"] for w in words):
        return True
    return person_by_first_name(run)


def _sentence_start(layouts: Sequence[Layout], start: int) -> bool:
    layout = layout_holding(layouts, start, start + 1)
    if layout is None:
        return False
    token = layout.token_at(start - layout.offset)
    return token in layout.sentence_starts and layout.token_starts[token] == start - layout.offset


def shows_before_their_people(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with each show named before its people's word a WORK_OF_ART over its
    whole title (see the module docstring)."""
    found: dict[tuple[int, int], RawMention] = {}
    facts = SpanIndex(list(taken))
    for layout in layouts:
        for match in _before_people().finditer(text, layout.offset, layout.end):
            start, end = match.span("run")
            if _sentence_start(layouts, start) or text.startswith("The ", start):
                space = text.find(" ", start, end)
                if space < 0:
                    continue
                start = space + 1  # "But Pop Idol": the sentence's first capital says nothing
            run = text[start:end]
            if " " not in run or not run[0].isupper() or _blocked_run(run):
                continue
            if facts.overlaps(start, end):
                continue
            found[(start, end)] = add(text, layout, start, end, "WORK_OF_ART", "WORK_OF_ART")
    return _with_titles(mentions, found, whole_labels=_RELABELLED)


def programmes_after_their_owner(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with each title between a possessive's "The" and a programme's kind word
    a WORK_OF_ART over the title and its "The": "BBC Radio Five's The Locker programme" (see
    the module docstring)."""
    found: dict[tuple[int, int], RawMention] = {}
    facts = SpanIndex(list(taken))
    for layout in layouts:
        for match in _after_possessive().finditer(text, layout.offset, layout.end):
            start, end = match.start("the"), match.end("run")
            if person_by_first_name(match.group("run")) or facts.overlaps(start, end):
                continue
            found[(start, end)] = add(text, layout, start, end, "WORK_OF_ART", "WORK_OF_ART")
        possessives = [p.finditer(text, layout.offset, layout.end) for p in _POSSESSIVES]
        for possessive in chain.from_iterable(possessives):
            # Round r39b-screen: "BBC Radio 4's Today programme", "told ITV1's This Morning".
            title = _after_broadcaster().match(text, possessive.end(), layout.end)
            if title is None:
                continue
            start, end = title.span("run")
            hour = _AT_THE_HOUR.match(text, end)
            if hour is not None:
                end = hour.end()  # "The World at One", "Live at Five": the title's own hour
            if title.group("kind") is None and "told " not in text[start - _OWNER_REACH : start]:
                continue
            owner = _BROADCASTER_BEFORE.search(text, max(0, start - _OWNER_REACH), start)
            if owner is None or (title.group("kind") is None and owner.group("told") is None):
                continue
            if not set(owner.group("owner").split()) & _broadcaster_words():
                continue
            if person_by_first_name(title.group("run")) or facts.overlaps(start, end):
                continue  # "told Sky News's Adam Boulton": the presenter, no programme
            found[(start, end)] = add(text, layout, start, end, "WORK_OF_ART", "WORK_OF_ART")
        _programmes_with_their_host(text, layout, facts, found, add)
        _shows_with_their_host(text, layout, facts, found, add)
    return _with_titles(mentions, found, whole_labels=_RELABELLED | _TIMES)


# Round r40b-works: a programme named for its day or its meal and its host, after its
# broadcaster's possessive ("told Sky News' Sunday with Adam Boulton", "BBC One's Breakfast
# with Frost"); the day's or the meal's word opens the match, so it is found fast.
_WITH_HOST = re.compile(
    r"\b(?:Sunday|Saturday|Friday|Monday|Tuesday|Wednesday|Thursday|Breakfast|Brunch|Lunch"
    r"|Dinner|Supper|Tea) with (?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+(?![\w'’-])"
)
# The broadcaster's possessive right before such a title, with or without its "s".
_OWNER_BEFORE = re.compile(
    r"(?<![\w'’&.-])(?P<owner>[A-Z][\w&.-]*(?: [A-Z0-9][\w&.-]*){0,3})['’]s? $"
)


def _programmes_with_their_host(
    text: str,
    layout: Layout,
    facts: SpanIndex,
    found: dict[tuple[int, int], RawMention],
    add: Adder,
) -> None:
    """Add to `found` each "<Day|Meal> with <Host>" title after a broadcaster's possessive,
    whole, a WORK_OF_ART: "He told Sky News' Sunday with Adam Boulton" is the programme, where
    the model (and the rule that keeps "told Sky News's Adam Boulton" a person) reads only its
    host. Only after a possessive whose owner holds a broadcaster's word (`shows.not_words`:
    "BBC", "Sky", "News", "Radio"): "Brown's Sunday with Tony Blair" is a day, no programme."""
    for title in _WITH_HOST.finditer(text, layout.offset, layout.end):
        start, end = title.span()
        owner = _OWNER_BEFORE.search(text, max(layout.offset, start - _OWNER_REACH), start)
        if owner is None or not set(owner.group("owner").split()) & _broadcaster_words():
            continue
        if facts.overlaps(start, end):
            continue
        found[(start, end)] = add(text, layout, start, end, "WORK_OF_ART", "WORK_OF_ART")


# Round r40c-books: a show named with its host after its kind or a maker's "of" ("producer of
# TV show Later... With Jools Holland"): the kind's words open the match, so it is found fast.
# The title's "With" is written with its capital or after an ellipsis: "a producer of
# Newsnight with Jeremy Paxman" (a show and a man beside it) is left alone.
_SHOW_WITH_HOST = re.compile(
    r"\b(?:(?:TV|television|radio) (?:show|programme|series|chat show)"
    r"|(?:producer|presenter|host|editor)s? of(?: the)?) "
    r"(?P<title>(?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,3}(?:\.\.\.|…) ?[Ww]ith"
    r"|(?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,3} With)"
    r"(?: [A-Z][\w'’-]*){1,3}(?![\w'’-])"
)


def _shows_with_their_host(
    text: str,
    layout: Layout,
    facts: SpanIndex,
    found: dict[tuple[int, int], RawMention],
    add: Adder,
) -> None:
    """Add to `found` each "<Title>... With <Host>" (or "<Title> With <Host>") after "TV
    show|programme|series" or "producer|presenter|host of", whole, a WORK_OF_ART: seed 108's
    "Alison Howe, producer of TV show Later... With Jools Holland, booked the group" gave the
    host `Jools Holland` PERSON, the show's title cut to its host."""
    for show in _SHOW_WITH_HOST.finditer(text, layout.offset, layout.end):
        start, end = show.start("title"), show.end()
        if facts.overlaps(start, end):
            continue
        found[(start, end)] = add(text, layout, start, end, "WORK_OF_ART", "WORK_OF_ART")


def films_after_their_stars(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with the title after a star's (or a maker's) mention and a kind of film
    a WORK_OF_ART: "the Jude Law film Closer" (see the module docstring)."""
    found: dict[tuple[int, int], RawMention] = {}
    facts = SpanIndex(list(taken))
    covered = SpanIndex([(m.start, m.end) for m in mentions])
    for m in mentions:
        if m.label not in _MAKERS:
            continue
        match = _after_kind().match(text, m.end)
        if match is None:
            continue
        start, end = match.span("run")
        run = match.group("run")
        if covered.overlaps(start, end) or facts.overlaps(start, end):
            continue
        if person_by_first_name(run):
            continue
        layout = layout_holding(layouts, start, end)
        if layout is not None:
            found[(start, end)] = add(text, layout, start, end, "WORK_OF_ART", "WORK_OF_ART")
    return _with_titles(mentions, found, whole_labels=frozenset())


# Round r42b-shows: a genre and a programme's kind, or a kind that names a programme alone
# ("soap opera", "sitcom"), in any case (a capital opens a sentence), then a title's capital.
@cache
def _after_genre() -> re.Pattern[str]:
    genres = alternation(_data()["genres"])
    kinds = alternation(_data()["genre_kinds"])
    return re.compile(
        rf"(?<![\w'’-])(?P<kind>(?i:(?:{genres}) (?:{kinds})|soap operas?|soaps?|sitcoms?))"
        r" (?=(?:[A-Z]|[a-z]+[A-Z]|\d))"
    )


# One title of a programme: capitalised words (the first may be a number, "24"), with "of",
# "the", "a", "an" or "and the" between two of them ("Top of the Pops", "Fat Albert and the
# Cosby Kids"), a word's colon ("CD:UK") and a small number at its end ("Number 73"); a
# title's "in", "on" and "at" are capitalised ("Stars In Their Eyes").
_TITLE_WORD = r"(?:[A-Z]|[a-z]+[A-Z])[\w'’&-]*(?::[A-Za-z]\w*)?"
_SHOW_TITLE = re.compile(
    rf"(?:{_TITLE_WORD}|\d[\w-]*)(?: (?:(?:of|the|a|an|and the) ){{0,2}}{_TITLE_WORD})*"
    r"(?: \d{1,3}(?![\w.,:]))?"
)
# A plural kind opens a list of titles.
_PLURAL_KIND = re.compile(r"(?:shows|series|dramas|serials|programmes|sitcoms|soaps|operas)$")


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \"'“‘")
    return not before or before[-1] in ".!?:\n"


def shows_after_their_genre(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with each title right after a programme's genre and kind a WORK_OF_ART,
    whole, and every title of a list after a plural one.

    Seed 121's "Surf show Baywatch has won the title of worst TV import" (missed), "Soap
    operas Knots Landing, Falcon Crest plus The Bold And The Beautiful" (`Falcon Crest` ORG,
    the last missed) and the grader's "Cop show Starsky" (`Starsky` PERSON): a genre and a
    programme's kind (`shows.genres`, `shows.genre_kinds`: "cop show", "police drama",
    "reality series"), or a kind that names a programme alone ("soap opera", "sitcom"), say
    the title after them is a programme, as the cue "show after its kind" says of a name the
    model found; here the title is found whole ("police drama Miami Vice", not `Miami`) and
    added where the model missed it. After a plural kind ("soap operas", "children's shows")
    the list's members are titles, and "plus" closes the list as "and" does. The kind opens
    its sentence if it is capitalised ("Cop show", never "British Soap Awards"). Not a title a
    first name opens (a person), nor one a broadcaster's word or a prize's end makes a body
    (`shows.not_words`, `shows.not_ends`), nor one over a fact (a date)."""
    if not any(w in text for w in ("how", "eries", "rama", "erial", "oap", "itcom", "rogramme")):
        return mentions
    found: dict[tuple[int, int], RawMention] = {}
    facts = SpanIndex(list(taken))
    for match in _after_genre().finditer(text):
        kind = match.group("kind")
        if (
            kind[0].isupper()
            and not kind.startswith("TV ")
            and not _opens_sentence(text, match.start())
        ):
            continue
        if _PLURAL_KIND.search(kind):
            spans = list_items(text, match.end(), _SHOW_TITLE, plus=True)
        else:
            title = _SHOW_TITLE.match(text, match.end())
            spans = [title.span()] if title is not None else []
        for start, end in spans:
            if text.startswith(("'s", "’s"), end - 2):
                end -= 2  # "reality show Big Brother's house": the title's owner
            run = text[start:end]
            if not re.search(r"[^\W\d_]", run) or _blocked_run(run):
                continue
            for start, end in copies_of(text, run):  # "Baywatch rose to the top of the list"
                layout = layout_holding(layouts, start, end)
                if layout is not None and not facts.overlaps(start, end):
                    found[(start, end)] = add(
                        text, layout, start, end, "WORK_OF_ART", "WORK_OF_ART"
                    )
    return _with_titles(mentions, found, whole_labels=_RELABELLED)


def _with_titles(
    mentions: list[RawMention],
    titles: dict[tuple[int, int], RawMention],
    whole_labels: frozenset[str],
) -> list[RawMention]:
    """The mentions, with each title of `titles` in: a mention the model tagged as the whole
    title with one of `whole_labels` becomes the work, one of another label stays as it is
    (an event: "Grand Slam winner"); the mentions inside a title give way to it; a title that
    a mention crosses (one starting before it or ending after it) is dropped."""
    if not titles:
        return mentions
    kept: list[RawMention] = []
    added: list[RawMention] = []
    gone: set[int] = set()
    for (start, end), title in sorted(titles.items()):
        inside = [i for i, m in enumerate(mentions) if m.start < end and start < m.end]
        if any(mentions[i].start < start or mentions[i].end > end for i in inside):
            continue  # a name runs across the title's edge
        whole = [i for i in inside if mentions[i].start == start and mentions[i].end == end]
        if whole:
            m = mentions[whole[0]]
            if m.label in whole_labels:
                mentions[whole[0]] = replace(m, label="WORK_OF_ART", cue="WORK_OF_ART")
            continue
        gone.update(inside)
        added.append(title)
    kept = [m for i, m in enumerate(mentions) if i not in gone]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


# How far back from its category a list of works may start, in characters.
_LIST_REACH = 300
# One work of a list: capitalised words with small words inside ("Shaun of the Dead").
_ITEM = r"(?:The )?[A-Z][\w'’&.-]*(?: (?:of|the|a|an|[A-Z][\w'’&.-]*))*"


@cache
def _category() -> re.Pattern[str]:
    return re.compile(" " + _data()["categories"])


@cache
def _listed_before() -> re.Pattern[str]:
    """A list of works joined by commas, "and" or "beat", anchored before a category."""
    return re.compile(rf"(?<![\w'’.&-]){_ITEM}(?:(?:,|, and| and|,? beat) {_ITEM})*$")


def works_in_a_category(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with each name in a list right before "in the DVD category" (or a work's
    category: "in the best animated film category") a WORK_OF_ART: the works competing there
    ("The Marx Collection beat Oasis, Trainspotting and Brassed Off in the DVD category").
    The list may run further back than a cue's window. Not a person's full name (a singer in
    "the best album category" is one of its acts, and a category's actors are people); a
    name the model read as an event or a work stays as it is."""
    spans: list[tuple[int, int]] = []
    for found in _category().finditer(text):
        stop = found.start()
        start = max(0, stop - _LIST_REACH)
        start = max(start, text.rfind(". ", start, stop) + 1, text.rfind("\n", start, stop) + 1)
        listed = _listed_before().search(text, start, stop)
        if listed is not None:
            spans.append(listed.span())
    if not spans:
        return mentions
    result: list[RawMention] = []
    for m in mentions:
        inside = any(s <= m.start and m.end <= e for s, e in spans)
        if inside and m.label in _RELABELLED and not person_by_first_name(m.text):
            m = replace(m, label="WORK_OF_ART", cue="WORK_OF_ART")
        result.append(m)
    return result


# A name, the verb "beat" in lower case, and a name: "The Marx Collection beat Oasis" (a
# winner and the first it beat in a category's list, glued by the model). A title writes its
# own words with capitals, so a lower-case "beat" inside a span parts two names; so does its
# "pipped" of awards news ("Bjork pipped Dido to the female crown", seed 71).
_BEAT = re.compile(r"(?<=[\w'’)]) (?:beat|pipped) (?=[A-Z])")


def split_at_beat(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with each span the model glued over a lower-case " beat " or " pipped "
    cut into the two names it joins, each with the model's label: "The Marx Collection beat
    Oasis", "Bjork pipped Dido"."""
    result: list[RawMention] = []
    for m in mentions:
        found = _BEAT.search(m.text)
        if found is None or _BEAT.search(m.text, found.end()):
            result.append(m)
            continue
        left = m.start + found.start()
        right = m.start + found.end()
        result.append(replace(m, text=text[m.start : left], end=left))
        result.append(replace(m, text=text[right : m.end], start=right))
    return result
