"""Works listed after their kind, named right before the list or in the sentence before it
(round r32-lists).

- `works listed after an elided kind`: "The first campaign game was launched in 2003. More than
  20 followed suit, including Spinmaster, iVote, Senator Supreme and The Vote Machine." The
  list's head is a bare count ("More than 20", "Dozens more", "Six more were published") whose
  noun the writer left out because the sentence before named it: the listed names are of that
  kind. Not where the sentence before names a kind of people or body after its kind of work
  ("The first game was made by two students. 20 developers followed"), nor where the count has
  a noun of its own (a word that is no verb after it: "More than 20 people followed").
- `works listed right after their kind`: "Among the overlooked films were Gulliver's Travels,
  Dirty Dancing, The Deer Hunter and Moby Dick", "films including X and Y", "games such as X,
  Y and Z": a plural kind of work, at most two lower-case words ("films passed over"), then
  "were", "included", "include", "including", "such as" or "like" and the list.

Where the kind is a work's (`_KINDS`, a closed class of kinds of works) the model reads each
title by its look, a person ("Spinmaster", "Moby Dick", "Hunter" cut from "The Deer Hunter") or
a firm ("The Vote Machine"), and misses some ("iVote"); each member is a work, WORK_OF_ART.
`entity_listed_works` needs one member cued already, keeps a list most of whose names the model
read as people, and stops at a member the model missed; here the kind says it of every member
at once. A member is the run of capitalised words between two joins, so one the model cut
grows back over its title words ("President Forever", "The Deer Hunter") and one it missed is
added. Not a member a first name or a full person's surname shows to be a person ("films
including Tom Hanks and ..."), a country or a known place, a model's place or people, a member
the words around it cue as something else, nor one that holds two of the model's names or runs
over the member's edge. A list ends with "and" or "or" before its last member.

Round r38-films (seeds 88-89's films): two lists of films with no kind word before them.
- `films contesting a film prize`: the members of a list right before "(will|are|to) battle|
  slug|fight it out for the best <...> film|movie|DVD|album|..." or "in the <...> DVD|film
  category": "leaving Dead Man's Shoes, Harry Potter and the Prisoner of Azkaban, My Summer of
  Love and Shaun of the Dead to slug it out for the best British film trophy". What contests a
  film's prize is a film; a prize for an actor ("for the best actor award") names people and is
  left alone. The list runs back from the contest to a word in lower case.
- `films listed after a box-office leader`: in a box-office story (the article says "box
  office"), the list after "It was followed by" or "ahead of": "It was followed by Troy, Shrek 2
  and Finding Nemo", "ahead of Sideways, Hitch and Troy". A box-office table ranks films. Not
  in other stories ("Keane were followed by Franz Ferdinand, Razorlight and Joss Stone" ranks
  acts), and only after "It", "which" or "this", whose film the sentence before named.
Here a member the model read as a place gives way too (`Troy` GPE), unless a list knows it as a
place; a title's own "and the" ("Harry Potter and the Prisoner of Azkaban") and ": " ("Lord of
the Rings: The Return of the King") stay inside its member.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_bodies import with_grown
from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORK = "WORK_OF_ART"
# Kinds of works, singular and plural: a closed class.
_KINDS = re.compile(
    r"\b(?:games?|films?|movies?|albums?|singles?|songs?|books?|novels?|plays?|musicals?|"
    r"sitcoms?|shows?|series|programmes?|documentar(?:y|ies)|operas?|video games?)\b"
)
# Kinds of people or bodies: a sentence before that names one of them after its work leaves
# the count's kind in doubt.
_OTHERS = re.compile(
    r"\b(?:people|players|developers|makers|firms|companies|studios|publishers|writers|"
    r"authors|actors|actresses|stars|singers|bands|groups|artists|directors|producers|"
    r"candidates|politicians|students|fans|critics|sites|websites)\b"
)
# A bare count, its noun left out, then a verb (a word in "-ed", or one of a few auxiliaries)
# and up to four more words, then "including" or "such as" and the list.
_COUNT = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:(?:More|Fewer) than \d[\d,]*|Over \d[\d,]*|Some \d[\d,]*|"
    r"About \d[\d,]*|Nearly \d[\d,]*|Dozens|Scores|Hundreds|Many|Several|Others|\d[\d,]*|"
    r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty|Thirty|Fifty))"
    r"(?: (?:more|others|other))? (?:[a-z]+ed|have|had|are|were|came|went|soon|quickly|later)"
    r"(?: [a-z]+){0,4},? (?:including|such as) "
)
# A plural kind of work, at most two lower-case words that name no other kind, and the words
# that open its list; no comma before "like" ("casual games, like AOL, Yahoo, and RealArcade"
# names the portals of the sentence's subject). "Hits" are a singer's songs ("Her hits include
# What a Girl Wants, Dirrty and Beautiful", seed 91's `Dirrty` PERSON).
_PLURAL_KINDS = (
    r"games|films|movies|albums|singles|hits|songs|books|novels|plays|musicals|sitcoms|shows|"
    r"programmes|documentaries|operas"
)
_RIGHT_AFTER = re.compile(
    rf"\b(?:{_PLURAL_KINDS})(?: (?!(?:by|of|from|with|starring|featuring|for|at|in|on|and)\b)"
    r"[a-z]+){0,2}(?:,? (?:including|such as)| (?:like|were|included|include|includes)) "
)
# One member: capitalised words (or one opening in lower case before a capital, "iVote",
# "eLections"), with "of", "the", "a", "in" or "on" only between two of them ("Call of Duty").
_WORD = r"(?:[A-Z0-9]|[a-z]+[A-Z])[\w'’-]*(?:\.\w+)*"
LIST_ITEM = re.compile(rf"{_WORD}(?: (?:(?:of|the|a|in|on) )?{_WORD})*")
_PLACES = ("GPE", "LOC", "NORP")
# Between two members.
_SEP = re.compile(r", and |, or |, | and | or ")
# Round r42b-shows: "plus" closes a list as "and" does ("Soap operas Dynasty, Neighbours plus
# Dallas"), where a caller asks for it.
_SEP_PLUS = re.compile(r", and |, or |, plus |, | and | or | plus ")
# Round r38-films (the module's doc): a film's member may hold its own "and the" or ": ".
_FILM_ITEM = re.compile(
    rf"{_WORD}(?: (?:(?:of|the|a|an|in|on|at|to|and the) ){{0,2}}{_WORD}|: {_WORD})*"
)
_CONTEST = re.compile(
    r" (?:(?:will|are|were|set|due|now|to) )*(?:(?:battle|slug|fight) it out|compete|vie) "
    r"(?:for (?:the )?best (?:[\w-]+ ){0,2}"
    r"(?:film|movie|picture|DVD|documentary|animation|album|single|song)s?\b|"
    r"in the (?:[\w-]+ ){0,2}(?:film|movie|DVD|documentary|animation|album|single|song)s? "
    r"categor)"
)
_BOX_OFFICE = re.compile(r"\bbox[- ]office\b", re.IGNORECASE)
_FOLLOWED = re.compile(
    r"\b(?:[Ii]t|[Tt]his|which) (?:was|is) (?:closely )?followed by |\bahead of "
)
# A one-film "list": the title after "animated movie|film|feature" (seed 89's "led by animated
# movie Howl's Moving Castle", missed by the model).
_ANIMATED = re.compile(r"(?<![\w-])animated (?:movie|film|feature) (?=[A-Z0-9])")


def kind_listed_works(
    text: str, mentions: list[RawMention], key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions, each member of a list after a bare count whose kind of work the sentence
    before names cued WORK_OF_ART, grown over the title words the model left out, and a
    member the model missed added ("iVote")."""
    found: list[tuple[int, RawMention]] = []
    added: list[RawMention] = []
    surnames = {
        key(m.text).split()[-1] for m in mentions if m.label == "PERSON" and " " in key(m.text)
    }
    lists = [(list_items(text, opening), False) for opening in _openings(text)]
    lists += [(items, True) for items in _film_lists(text)]
    tipped = _tipped_films(text)  # round r42c-awards: people's shapes are titles here too
    lists += [(items, True) for items in tipped]
    titles = {span for items in tipped for span in items}
    removed: set[int] = set()
    for items, films in lists:
        if films:  # "My Winter of Love and Night of the Dead": two films glued over the "and"
            added += parted_pairs(text, mentions, items, _WORK, removed)
        for start, end in items:
            if any(mentions[i].start <= start and end <= mentions[i].end for i in removed):
                continue
            inside = [i for i, m in enumerate(mentions) if m.start < end and start < m.end]
            whole = text[start:end]
            if any(mentions[i].start < start or mentions[i].end > end for i in inside):
                continue  # a name that runs over the member's edge
            if len(inside) > 1:
                continue
            if (start, end) not in titles and (
                person_by_first_name(whole) or key(whole) in surnames or known_place(whole)
            ):
                continue
            if not inside:
                if not re.search(r"[^\W\d_]", whole):
                    continue  # a year before its title ("and 1986 hit She's Gotta Have It")
                near = min(mentions, key=lambda m: abs(m.start - start), default=None)
                if near is not None:
                    added.append(
                        replace(
                            near,
                            text=whole,
                            start=start,
                            end=end,
                            label=_WORK,
                            votes=False,
                            cue=_WORK,
                        )
                    )
                continue
            i = inside[0]
            m = mentions[i]
            looks = (start, end) in titles and m.by_form  # "Vera Drake": a title's look only
            if (m.cue and m.cue != _WORK and not looks) or m.label in (
                ("NORP",) if films else _PLACES
            ):
                continue  # cued as something else, or a country, a region or a people
            found.append(
                (i, replace(m, text=whole, start=start, end=end, cue=_WORK, by_form=False))
            )
    return regrouped(mentions, removed, found, added)


def _openings(text: str) -> list[int]:
    """Where each list after its kind opens, in order."""
    found = {m.end() for m in _COUNT.finditer(text) if _kind_before(text, m.start())}
    for m in _RIGHT_AFTER.finditer(text):
        if _OTHERS.search(m.group()) is None:
            found.add(m.end())
    return sorted(found)


def _film_lists(text: str) -> list[list[tuple[int, int]]]:
    """The members' spans of each list of films with no kind before it (round r38-films, the
    module's doc): before a contest for a film's prize, and after "It was followed by" or
    "ahead of" in a box-office story."""
    found: list[list[tuple[int, int]]] = []
    for kind in _ANIMATED.finditer(text) if "animated " in text else ():
        item = _FILM_ITEM.match(text, kind.end())
        if item is not None:
            found.append([item.span()])
    if "it out" in text or "compete for" in text or "vie for" in text:
        for contest in _CONTEST.finditer(text):
            found.append(_items_back(text, contest.start()))
    if ("followed by" in text or "ahead of" in text) and _BOX_OFFICE.search(text):
        for opening in _FOLLOWED.finditer(text):
            found.append(list_items(text, opening.end(), _FILM_ITEM))
    return [items for items in found if items]


# Round r42c-awards: the words that open a list of films tipped for a film prize's nominations
# (seed 126's "Among those expected to receive nominations are The Aviator, Million Dollar Baby
# and Sideways"; "Other movies tipped for nominations include Alfie, starring Jude Law, ...").
_TIPPED = re.compile(
    r"\b(?:expected|tipped|likely|set) to (?:receive|get|earn|win|pick up) (?:[\w-]+ )?"
    r"nominations (?:are|include|were|included) "
    r"|\b(?:[Mm]ovies|[Ff]ilms) (?:tipped|expected|likely) (?:to|for) [^.;:!?]{0,40}?"
    r"\b(?:include|included|are|were) "
    r"|\b[Nn]ominated (?:films|movies) (?:are|were|include|included) "
)
# A member's aside of its stars or director, set off by commas ("Alfie, starring Jude Law,").
_STARS_ASIDE = re.compile(r", (?:starring|with|featuring|directed by) [^,.;:!?]+(?=,)")


def _tipped_films(text: str) -> list[list[tuple[int, int]]]:
    """The members' spans of each list of films tipped for nominations (`_TIPPED`): what is
    tipped for a film prize's nominations after "films|movies", or the films a prize's
    nominations go to, are films, WORK_OF_ART, whole with their own "The" ("The Interpreter",
    which the model misses), though the model reads "Ray" and "Vera Drake" as people and "Hotel
    Rwanda" as a place (seed 126's "Rules these errors suggest"). Each member's dashed or
    comma'd aside of its stars is skipped; a list most of whose members have a person's shape
    is of people ("those expected to receive nominations are Jamie Foxx, Hilary Swank and
    ..."), and left alone. The list's last join is "and" or "or", or it runs to its sentence's
    end."""
    if "nominations" not in text and "tipped" not in text and "ominated " not in text:
        return []
    found: list[list[tuple[int, int]]] = []
    for opening in _TIPPED.finditer(text):
        items: list[tuple[int, int]] = []
        closed = False
        pos = opening.end()
        while (item := _FILM_ITEM.match(text, pos)) is not None:
            items.append(item.span())
            pos = item.end()
            while (aside := _STARS_ASIDE.match(text, pos)) is not None:
                pos = aside.end()
            sep = _SEP.match(text, pos)
            if sep is None:
                closed = closed or text.startswith(".", pos)
                break
            closed = sep.group().strip(", ") in ("and", "or")
            pos = sep.end()
        people = sum(person_by_first_name(text[a:b]) for a, b in items)
        if len(items) >= 2 and closed and people * 2 <= len(items):
            found.append(items)
    return found


def _items_back(text: str, stop: int) -> list[tuple[int, int]]:
    """The members of the longest list of films that ends right at `stop`, opening after a
    word in lower case or at its sentence's start; none if no list ends there."""
    begin = max(text.rfind(". ", 0, stop) + 2, text.rfind("\n", 0, stop) + 1)
    for word in re.finditer(r"(?<![^\s\"“‘(])[A-Z0-9]", text[begin:stop]):
        at = begin + word.start()
        before = text[begin:at].split()
        if before and (before[-1] in ("and", "or") or before[-1].endswith(",")):
            continue  # inside the list, not its opening
        items = list_items(text, at, _FILM_ITEM)
        if items and items[-1][1] == stop:
            return items
    return []


def _kind_before(text: str, start: int) -> bool:
    """Whether the sentence before `start` names a kind of work, and no kind of people or body
    after it."""
    stop = max(text.rfind(". ", 0, start - 2), text.rfind("\n", 0, start - 1))
    sentence = text[max(0, stop) : start]
    kinds = list(_KINDS.finditer(sentence))
    if not kinds:
        return False
    return _OTHERS.search(sentence, kinds[-1].end()) is None


def regrouped(
    mentions: list[RawMention],
    removed: set[int],
    found: list[tuple[int, RawMention]],
    added: list[RawMention],
) -> list[RawMention]:
    """The mentions without those at the `removed` indices, each of `found` (an index into
    `mentions` and what that mention grows into) grown over it, and `added` among them in
    order."""
    kept = [m for i, m in enumerate(mentions) if i not in removed] if removed else mentions
    if removed:  # the indices of `found` count in `kept` now
        shift = sorted(removed)
        found = [(i - sum(r < i for r in shift), m) for i, m in found]
    grown = with_grown(kept, found)
    return sorted(grown + added, key=lambda m: (m.start, m.end)) if added else grown


def parted_pairs(
    text: str,
    mentions: Sequence[RawMention],
    items: list[tuple[int, int]],
    label: str,
    removed: set[int],
) -> list[RawMention]:
    """The two members of `label` each mention holds that glues two of the list's `items` over
    its join, and nothing else; the glued mentions' indices go into `removed`."""
    added: list[RawMention] = []
    for i, m in enumerate(mentions):
        pair = [span for span in items if m.start <= span[0] and span[1] <= m.end]
        if i not in removed and len(pair) == 2 and (m.start, m.end) == (pair[0][0], pair[1][1]):
            removed.add(i)
            added += [replace(m, text=text[a:b], start=a, end=b, label=label, cue=label)
                      for a, b in pair]  # fmt: skip
    return added


def list_items(
    text: str, at: int, item_pattern: re.Pattern[str] = LIST_ITEM, plus: bool = False
) -> list[tuple[int, int]]:
    """The spans of the members of the list that opens at `at`; none unless there are two or
    more and the last join is "and" or "or" (or "plus", if `plus`)."""
    items: list[tuple[int, int]] = []
    seps: list[str] = []
    pos = at
    joins = _SEP_PLUS if plus else _SEP
    while (item := item_pattern.match(text, pos)) is not None:
        items.append(item.span())
        sep = joins.match(text, item.end())
        if sep is None:
            break
        seps.append(sep.group())
        pos = sep.end()
    seps = seps[: len(items) - 1]  # not a join after the last member ("X and 20 others")
    if len(items) < 2 or seps[-1].strip(", ") not in ("and", "or", "plus"):
        return []
    if len(items) == 2 and seps[0] == " and " and text.startswith(("The ", "the "), items[1][0]):
        return []  # one title with its own "and the" ("Harry Potter and The Prisoner Of Azkaban")
    return items
