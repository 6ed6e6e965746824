"""Works' titles the model cut at a small word: "Shaun" of "Shaun of the Dead", "Shakespeare"
of "Shakespeare in Love", "House" of "House of Flying Daggers".

The model reads the head of such a title as a person, a place or a firm and the rest as another
name or nothing. A reader knows the whole is a title where the words around it say a work ("the
zombie comedy Shaun of the Dead", "the film Shakespeare in Love", "House of Flying Daggers,
directed by Yimou Zhang"). So a mention grows over a small word ("of", "in the", "and" after a
kind of work in the singular: "the teen comedy Harold and Kumar Get The Munchies"; data:
`titles.grown_joins` in factx/data/entities.json) and the capitalised words after it, where the
evidence cues (`evidence.cue_of`) read the grown span as a work; every other mention of the
article followed by the same words grows too, as the article names the same work ("the film
Vera Drake" once decides its other mentions in the per-article vote). Not over a place ("the
film Ray in Paris") nor into a name that joins two ("Dead and My Summer of Love").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from itertools import islice, takewhile
from typing import TYPE_CHECKING

from factx.extract.evidence import WINDOW, country_keys, cue_of
from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.spans import SpanIndex, alternation
from factx.extract.title_shapes import small_words, title_run
from factx.extract.wordlists import data_file
from factx.extract.work_titles import a_paper

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Labels of a mention that is a place where a grown title would end: "in Paris", "at the Vienna
# State Opera".
_PLACES = frozenset({"GPE", "LOC", "FAC"})


@cache
def _tail() -> re.Pattern[str]:
    """A small word and the capitalised words of a title after it, anchored after a mention."""
    data = data_file("entities.json")["titles"]
    word = data["word"]
    run = title_run(word, small_words(*data["small_words"]))
    joins = "|".join(re.escape(j) for j in data["grown_joins"])
    return re.compile(rf" (?P<join>{joins}) {run}")


def grown_works(
    text: str, mentions: list[RawMention], taken: list[tuple[int, int]]
) -> list[RawMention]:
    """The mentions, with each one that heads a work's title cut at a small word grown to the
    whole title (a WORK_OF_ART by its cue); the mentions inside the title give way."""
    tail = _tail()
    other_facts = SpanIndex(taken)  # the article's every date and sum: searched, not scanned
    grown: dict[int, int] = {}  # index of a mention -> end of its title
    titles: set[str] = set()
    later: list[tuple[int, int]] = []
    for i, m in enumerate(mentions):
        match = tail.match(text, m.end)
        if match is None or (m.label in _PLACES and m.cue != "WORK_OF_ART"):
            continue  # a place heads no title unless its words cue one ("BBC One's Breakfast")
        end = match.end()
        company = match.group("join") in ("with", "With")
        if match.group("join") == "and" and not _one_work(text, m.start, end, mentions, i):
            continue
        if match.group("join") == "and the" and not _one_title(text, m, end, mentions, i):
            continue
        if _blocked(text, m.start, end, mentions, i, other_facts, company):
            continue
        cue = cue_of(text, m.start, end, "WORK_OF_ART")
        if cue is not None and cue.label == "WORK_OF_ART":
            grown[i] = end
            titles.add(text[m.start : end])
        else:
            later.append((i, end))
    for i, end in later:  # the article named the same title as a work elsewhere
        if text[mentions[i].start : end] in titles:
            grown[i] = end
    return _grown_to(text, mentions, grown)


def _grown_to(
    text: str,
    mentions: list[RawMention],
    grown: dict[int, int],
    starts: dict[int, int] | None = None,
) -> list[RawMention]:
    """The mentions, with each mentions[i] for i in `grown` grown to end at grown[i] as a
    WORK_OF_ART (and to start at starts[i], where given); the mentions inside a grown title
    give way to it."""
    if not grown:
        return mentions
    starts = starts or {}
    result: list[RawMention] = []
    reach = -1
    for i, m in enumerate(mentions):
        if m.start < reach:
            continue  # inside a grown title ("Twelve" of "Ocean's Twelve")
        if i in grown:
            reach = grown[i]
            start = starts.get(i, m.start)
            m = replace(m, text=text[start:reach], start=start, end=reach, label="WORK_OF_ART",
                        cue="WORK_OF_ART")  # fmt: skip
        result.append(m)
    return result


@cache
def _one_work_before() -> re.Pattern[str]:
    return re.compile(data_file("entities.json")["titles"]["one_work"] + "$")


@cache
def _head_before() -> re.Pattern[str]:
    """A kind of one work, then a title's head and a small word ("and", "of the", "into"),
    anchored before a mention."""
    data = data_file("entities.json")["titles"]
    word = data["word"]
    joins = alternation(data["head_joins"])
    return re.compile(rf"{data['one_work']}(?P<head>{word}(?: {word})*) (?P<join>{joins}) $")


def _one_work(text: str, start: int, end: int, mentions: list[RawMention], index: int) -> bool:
    """Whether the title text[start:end], grown over "and", is one work: a kind of work in the
    singular right before it ("the teen comedy Harold and Kumar Get The Munchies", "the book
    Angels and Demons"; "the films Ray and Sideways" are two), and no person's full name after
    the "and" ("the film Ray and Jamie Foxx's Oscar")."""
    if not _one_work_before().search(text, max(0, start - 20), start):
        return False
    after = takewhile(lambda m: m.start < end, islice(mentions, index + 1, None))
    return not any(person_by_first_name(m.text) for m in after)


def _one_title(
    text: str, head: RawMention, end: int, mentions: list[RawMention], index: int
) -> bool:
    """Whether the title head.text + text[head.end:end], grown over a lower-case "and the",
    is one work ("Harry Potter and the Prisoner of Azkaban", "Fat Albert and the Cosby
    Kids"): a list writes its next title's article with its capital ("Ray and The Aviator").
    Not two awards ("the Brit Awards and the Mercury Music Prize"), nor a name that qualifies
    a kind of work after it ("Harry Potter and the James Bond films"), nor a person's full
    name after the "and" ("The Mask and the Jim Carrey role")."""
    if (" " + head.text).endswith(_award_ends()):
        return False
    if _kind_after().match(text, end):
        return False
    after = takewhile(lambda m: m.start < end, islice(mentions, index + 1, None))
    return not any(person_by_first_name(m.text.removeprefix("the ")) for m in after)


@cache
def _kind_after() -> re.Pattern[str]:
    """A kind of work in lower case right after a name: " films", " franchise"."""
    data = data_file("entities.json")
    plural = alternation(data["glued_lists"]["plural_kinds"])
    one = data["titles"]["one_work"].removeprefix("\\b").removesuffix(" ")  # "(?:film|...)"
    return re.compile(rf" (?:{plural}|{one}|franchise)\b")


def _blocked(
    text: str,
    start: int,
    end: int,
    mentions: list[RawMention],
    index: int,
    taken: SpanIndex,
    company: bool,
) -> bool:
    """Whether the title text[start:end] would swallow a place or a language, reach out of a
    mention that starts inside it, or overlap another fact; after "with" (`company`), a
    person's full name ("Here We Go Again with Norah Jones": a duet, not "Breakfast with
    Frost"). A language after "in" is the one the work is sung or shown in ("re-recorded We
    Are the World in Mandarin"), no word of its title (round r31-works)."""
    for m in mentions[index + 1 :]:
        if m.start >= end:
            break
        if m.label in _PLACES or m.label == "LANGUAGE" or m.end > end:
            return True
        if company and m.label == "PERSON" and " " in m.text:
            return True
    return taken.overlaps(start, end)


def whole_titles(
    text: str, mentions: list[RawMention], taken: list[tuple[int, int]]
) -> list[RawMention]:
    """The mentions, with each one that lies inside a title the article names whole elsewhere
    made that whole title: "Seek" PERSON of "In Hide and Seek, De Niro plays" where "his film
    Hide and Seek" is a work, "Assault" of "Assault on Precinct 13 was in third" where "action
    movie Assault On Precinct 13" is. The model cuts a title at a small word ("and", "on") and
    reads its pieces by their look; the article's whole title says what they are. The title is
    written in the same words, its small words in any case ("Hide And Seek"); a title that a
    mention reaches out of, or that overlaps another fact, is left alone. A "title" of two
    capitalised words only the model calls a work may be a person's name ("the man who calls
    himself Salam Pax" WORK_OF_ART, then "the writing of Salam" PERSON): it needs a cue."""
    titles = sorted(
        {m.text for m in mentions if _a_title(m)},
        key=lambda t: (-len(t), t),
    )
    if not titles:
        return mentions
    other_facts = SpanIndex(taken)
    spans = SpanIndex((m.start, m.end) for m in mentions)
    # One scan for all the titles (a trie, the longest where several start at a place), and
    # the titles written whole by their starts: a huge article names thousands of works, and
    # a scan per title or a search of every title per mention would grow with their product.
    pattern = re.compile(rf"(?<![\w'’-]){alternation(titles)}(?![\w'’-])", re.I)
    whole: list[tuple[int, int]] = []  # spans of titles written whole, in text order
    for found in pattern.finditer(text):
        start, end = found.span()
        if not text[start].isupper():
            continue
        inside = spans.overlapping(start, end)
        if (
            not inside
            or inside == [(start, end)]
            or any(s < start or e > end for s, e in inside)
            or other_facts.overlaps(start, end)
        ):
            continue
        whole.append((start, end))
    if not whole:
        return mentions
    starts = [s for s, _ in whole]
    result: list[RawMention] = []
    reach = -1
    for m in mentions:
        if m.start < reach:
            continue  # inside a title made whole
        at = bisect_right(starts, m.start) - 1
        if at >= 0 and m.start < whole[at][1]:
            start, end = whole[at]
            reach = end
            m = replace(m, text=text[start:end], start=start, end=end, label="WORK_OF_ART",
                        cue="WORK_OF_ART")  # fmt: skip
        result.append(m)
    return result


# Two capitalised words and nothing else: the shape of a person's first name and surname.
_NAME_SHAPED = re.compile(r"[A-Z][\w'’-]+ [A-Z][\w'’-]+")


def _a_title(m: RawMention) -> bool:
    """Whether the mention is a work's title to look for whole: one of more than a word that
    the article's words cue as a work, or that the model tagged a work and that has no
    person's shape ("Salam Pax", a blogger's name, the model's WORK_OF_ART)."""
    if " " not in m.text:
        return False
    if m.cue == "WORK_OF_ART":
        return True
    return m.label == "WORK_OF_ART" and not _NAME_SHAPED.fullmatch(m.text)


@cache
def _bare_head_before() -> re.Pattern[str]:
    """A title's head and "of the" with no kind of work before them, anchored before a
    mention: "Eternal Sunshine of the " of "Michel Gondry for Eternal Sunshine of the Spotless
    Mind"."""
    word = data_file("entities.json")["titles"]["word"]
    return re.compile(rf"(?<![\w'’-])(?P<head>{word}(?: {word})*) (?P<join>of) $")


def _bare_head(text: str, m: RawMention) -> re.Match[str] | None:
    """The head of a title cut at "of the" before the mention m ("the Spotless Mind" FAC),
    where the whole title's own words cue a work ("nominees include Michel Gondry for",
    "roles in") and the mention is no known place ("Pirates of the Caribbean" is decided
    elsewhere; "President of the United States" has no work's cue)."""
    name = m.text[4:]
    if (
        not m.text.startswith("the ")
        or known_place(name)
        or name.casefold() in country_keys(str.casefold)
    ):
        return None
    found = _bare_head_before().search(text, max(0, m.start - WINDOW), m.start)
    if found is None:
        return None
    cue = cue_of(text, found.start("head"), m.end, m.label)
    return found if cue is not None and cue.label == "WORK_OF_ART" else None


@cache
def _head_after_the() -> re.Pattern[str]:
    """ "the", a title's head and a small word ("of the", "in the"), anchored before a mention:
    "the Lord of the " of "the Lord of the Dance musical"."""
    data = data_file("entities.json")["titles"]
    word = data["word"]
    joins = alternation(data["head_joins"])
    return re.compile(rf"(?<![\w'’-])[Tt]he (?P<head>{word}(?: {word})*) (?P<join>{joins}) $")


@cache
def _staged_kind_after() -> re.Pattern[str]:
    """A kind of staged or screened work right after a title: " musical", " film"."""
    return re.compile(data_file("entities.json")["titles"]["kind_after"])


def _head_before_kind(text: str, m: RawMention) -> re.Match[str] | None:
    """The head of a title cut at a small word before the mention m, where "the" opens the
    title and a kind of staged or screened work follows it: "the Lord of the Dance musical",
    which the model tags "Dance" ORG. Between "the" and a kind of work the words are the work's
    own; a person's full name is no piece of a title ("the Prince of Wales and Tom Jones
    film")."""
    if not _staged_kind_after().match(text[m.end : m.end + WINDOW]) or person_by_first_name(m.text):
        return None
    found = _head_after_the().search(text, max(0, m.start - WINDOW), m.start)
    if found is None or found.group("join").startswith("and"):
        return None  # "the Ray and Charles film": two names as often as one title
    return found


def headed_works(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with a work whose title the model found only after a small word grown
    back to the title's head: "Seek" WORK_OF_ART of "Robert de Niro thriller Hide and Seek",
    "Moon" PERSON of "Dutch documentary Shape of the Moon", "Gentleman" ORG of "the classic
    1982 film An Officer and a Gentleman". Only after a kind of one work in the singular (as
    `grown_works` grows over "and"), where the model found no name in the head (there
    `grown_works` decides); a mention of another label only where the whole title is cued a
    work and the mention is no place ("the film Ray in Paris") nor a person's full name ("the
    film Ray and Jamie Foxx")."""
    head = _head_before()
    result: list[RawMention] = []
    for m in mentions:
        found = head.search(text, max(0, m.start - WINDOW), m.start)
        if found is None or not _heads_work(text, found.start("head"), m, found.group("join")):
            found = _bare_head(text, m) or _head_before_kind(text, m)
        if found is not None and not (result and result[-1].end > found.start("head")):
            start = found.start("head")
            if "WORK_OF_ART" in (m.label, m.cue):
                m = replace(m, text=text[start : m.end], start=start)
            else:  # the whole title's cue says what the model's piece did not
                m = replace(m, text=text[start : m.end], start=start, label="WORK_OF_ART",
                            cue="WORK_OF_ART")  # fmt: skip
        result.append(m)
    return result


def _heads_work(text: str, start: int, m: RawMention, join: str) -> bool:
    """Whether text[start:m.end], a title's head grown over `join` to the mention m, is a
    work. A bare "and" before a name the model did not read as a work joins two names as often
    ("the film Ray and Foxx's Oscar"); "and a", "and the" stay inside a title."""
    if "WORK_OF_ART" in (m.label, m.cue):
        return True
    if m.label in _PLACES or person_by_first_name(m.text) or join == "and":
        return False
    cue = cue_of(text, start, m.end, m.label)
    return cue is not None and cue.label == "WORK_OF_ART"


# An award's name cut by the model after its first words: "a Screen Actors Guild Award" tagged
# "Guild Award". The capitalised words between a determiner and the award's last word are its
# name; the award's kinds are data (`titles.award_ends` in factx/data/entities.json).
_AWARD_HEAD = re.compile(
    r"(?<![\w'’-])(?:a|an|the|his|her|their|its) (?P<head>(?:[A-Z][\w'’-]* )+)$"
)


@cache
def _award_ends() -> tuple[str, ...]:
    return tuple(f" {word}" for word in data_file("entities.json")["titles"]["award_ends"])


def whole_awards(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with an award the model cut after its first capitalised words grown back
    to them: "Guild Award" of "earned him a Screen Actors Guild Award for best actor". Only
    back to a determiner ("a", "the", "his"), over words no other mention holds."""
    result: list[RawMention] = []
    for m in mentions:
        found = None
        if (" " + m.text).endswith(_award_ends()) and m.text[:1].isupper():
            found = _AWARD_HEAD.search(text, max(0, m.start - WINDOW), m.start)
        if found is not None and not (result and result[-1].end > found.start("head")):
            start = found.start("head")
            m = replace(m, text=text[start : m.end], start=start)
        result.append(m)
    return result


# Labels of a mention that may head a title cut at its own possessive: the model reads the head
# by its look ("Ocean" LOC of "Ocean's Twelve", "Tom Brown" PERSON of "Tom Brown's Schooldays").
_POSSESSIVE_HEADS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})


@cache
def _possessive_tail() -> re.Pattern[str]:
    """A possessive and one capitalised word after it, anchored after a mention: "'s Twelve",
    "'s Schooldays"; not "'s Finding Forrester" (an owner and a title of its own, most often),
    nor a medium before a lower-case kind of show ("Gerry Anderson's TV puppet show", round
    r41b-films: the owner's show, `entity_owned_media`)."""
    word = data_file("entities.json")["titles"]["word"]
    return re.compile(
        rf"['’]s (?!(?:TV|Radio|Television) [a-z])(?P<title>{word})(?![\w&'’-]| [A-Z0-9])"
    )


def possessive_titles(
    text: str,
    mentions: list[RawMention],
    taken: list[tuple[int, int]],
    name_key: Callable[[str], str],
) -> list[RawMention]:
    """The mentions, with each one that heads a title cut at the title's own possessive grown
    to the whole title: "Ocean" LOC (and "Twelve" PRODUCT) of "Ocean's Twelve, the crime
    caper sequel", "Tom Brown" PERSON of "a remake of Tom Brown's Schooldays".

    An owner before its work reads the same ("Spielberg's Jaws", "Gus Van Sant's Finding
    Forrester"), so: one capitalised word after the possessive, no more (a title of its own
    after an owner is most often longer); the head named nowhere else in the article but
    before the same word, nor its last word alone ("Pullman" beside "Philip Pullman's ..."),
    nor inside a person's full name ("Curry's Daily" beside Adam Curry); no place ("London's
    Soho"); and the whole title's words cue a work at one of its mentions at least, where
    the others grow with it (a headline's "Ocean's Twelve raids box office")."""
    tail = _possessive_tail()
    found: dict[int, int] = {}  # index of a mention -> end of its title
    for i, m in enumerate(mentions):
        match = tail.match(text, m.end) if m.label in _POSSESSIVE_HEADS else None
        if match is not None and _placed_kind(text, match):
            continue  # "Oliver Stone's Vietnam epic Platoon": an owner, a place, a kind
        if match is not None and not _inside_mention(mentions, i, match.span("title")):
            found[i] = match.end()
    if not found:
        return mentions  # most articles
    heads = _heads_named_alone(text, mentions, found, name_key)
    other_facts = SpanIndex(taken)
    titles: dict[str, bool] = {}  # a title -> whether its words cue a work somewhere
    starts: dict[int, int] = {}  # index of a mention -> start of its title, where before it
    for i, end in found.items():
        m = mentions[i]
        if name_key(m.text) in heads or _a_place(m.text) or other_facts.overlaps(m.start, end):
            continue
        start = m.start
        if not _cues_a_work(text, start, end, m.label):
            # "Captain Corelli's Mandolin" tagged "Corelli": the title's capitalised words
            # before the head, which the model left out, may be what its cue stands before.
            start = _title_words_before(text, mentions, i)
            if start == m.start or not _cues_a_work(text, start, end, m.label):
                start = m.start
            else:
                starts[i] = start
        title = text[m.start : end]
        titles[title] = titles.get(title, False) or _cues_a_work(text, start, end, m.label)
    grown = {i: end for i, end in found.items() if titles.get(text[mentions[i].start : end])}
    return _grown_to(text, mentions, grown, {i: s for i, s in starts.items() if i in grown})


# A lower-case kind word right after a place: "Vietnam epic", "Somalia war drama".
_KIND_AFTER = re.compile(
    r" (?:war |crime |historical |period )?(?:epic|drama|thriller|film|movie)\b"
)


def _placed_kind(text: str, match: re.Match[str]) -> bool:
    """Whether the word after a possessive is a place that a kind of film follows ("Oliver
    Stone's Vietnam epic Platoon", round r44b-films: seed 136's `Oliver Stone's Vietnam`
    WORK_OF_ART): the place is the film's setting, the possessive its maker, and the title
    comes after the kind; no title is grown over the place."""
    return _KIND_AFTER.match(text, match.end()) is not None and _a_place(match.group("title"))


def _cues_a_work(text: str, start: int, end: int, label: str) -> bool:
    cue = cue_of(text, start, end, label)
    return cue is not None and cue.label == "WORK_OF_ART"


# Capitalised words after a lower-case word or a comma, anchored before a mention: the words of
# a title the model left out of it ("have included Captain " before "Corelli"); not after a
# sentence's end, where a capital says nothing.
_CAPITALS_BEFORE = re.compile(r"(?<=[a-z,] )(?:[A-Z][\w-]* ){1,2}$")


def _title_words_before(text: str, mentions: list[RawMention], index: int) -> int:
    """Where the capitalised words just before mentions[index] start, that no mention holds;
    the mention's own start where there are none."""
    m = mentions[index]
    found = _CAPITALS_BEFORE.search(text, max(0, m.start - 40), m.start)
    if found is None or (index > 0 and mentions[index - 1].end > found.start()):
        return m.start
    return found.start()


def _inside_mention(mentions: list[RawMention], index: int, title: tuple[int, int]) -> bool:
    """Whether a mention after mentions[index] starts before the title word's end and is not
    that word alone: the model named more after the possessive; the word alone is the
    title's rest ("Twelve" of "Ocean's Twelve")."""
    after = mentions[index + 1] if index + 1 < len(mentions) else None
    return after is not None and after.start < title[1] and (after.start, after.end) != title


def _heads_named_alone(
    text: str, mentions: list[RawMention], found: dict[int, int], name_key: Callable[[str], str]
) -> set[str]:
    """The keys of the heads the article names elsewhere, not before the same possessive and
    word: a person or a firm that owns a work ("Keane" beside "Keane's Hopes"), a full name
    whose last word stands alone ("Philip Pullman" beside "Pullman"); and the words of every
    person's full name ("Curry" of Adam Curry)."""
    titles = {name_key(mentions[i].text): text[mentions[i].start : end] for i, end in found.items()}
    named: set[str] = set()
    keys: set[str] = set()
    for i, m in enumerate(mentions):
        key = name_key(m.text)
        keys.add(key)
        if key in titles and (i not in found or text[m.start : found[i]] != titles[key]):
            named.add(key)
        if m.label == "PERSON" and " " in key:
            named.update(key.split())
    named.update(head for head in titles if " " in head and head.split()[-1] in keys)
    return named


def _a_place(name: str) -> bool:
    """Whether a name is a country's or a known place's: a place owns no title ("London's")."""
    return known_place(name) or name.casefold() in country_keys(str.casefold)


@cache
def _dashed_tail() -> re.Pattern[str]:
    """A dash and a subtitle opening with "The" after it, anchored after a mention: " - The
    Opera" of "Jerry Springer - The Opera"."""
    data = data_file("entities.json")["titles"]
    word = data["word"]
    run = title_run(word, small_words(*data["small_words"]))
    return re.compile(rf" [-–] (?P<subtitle>The {run})(?![\w&'’-])")


def dashed_titles(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with each work the model cut at its subtitle's dash grown to the whole
    title: "Jerry Springer" of "the controversial hit show Jerry Springer - The Opera". Only
    a mention that is a work by the model's label or its words' cue (a dash after any other
    name opens an aside: "the Royal Ballet - Darcey Bussell and", "Film - The Aviator" on a
    critic's list), and not before a newspaper's name ("The Times")."""
    tail = _dashed_tail()
    grown: dict[int, int] = {}
    for i, m in enumerate(mentions):
        if "WORK_OF_ART" not in (m.label, m.cue):
            continue
        found = tail.match(text, m.end)
        if found is None or a_paper(found.group("subtitle")):
            continue
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if after is not None and after.start < found.end() < after.end:
            continue  # a name reaching out of the subtitle
        grown[i] = found.end()
    return _grown_to(text, mentions, grown)
