"""Works named in a list whose kind is said once: "hits such as Open Water, Napoleon Dynamite
and Super-Size Me", "the popular Medal Of Honor and Call of Duty franchises".

The words that say a work (`evidence.cue_of`) sit beside one name of such a list, before the
first or after the last, and the model reads the others by their look: a person, a place or a
firm. A reader takes a list of names joined by commas, "and" or "or" to be of one kind, so
where the article's words show one member as a work, the others are works too. Titles keep
their article inside a list ("Northern Lights, The Subtle Knife and The Amber Spyglass"), which
the model often leaves out of the name, so a join may end with "the" or "a".

A list has the shape a reader knows, its last join "and" or "or" ("A, B and C", "A or B"):
two names joined by a comma alone are most often a clause and its subject ("Based on the novel
by Frances Hodgson Burnett, A Little Princess tells"). A list most of whose names the model
read as people is a list of people ("nominees include Maroon5, OutKast, Kanye West ... and
Jay-Z": musicians, not works; "the voices of Ewan McGregor, Halle Berry ... and Robots").

Not a member the article's words show as something else (any other cue, for any mention of its
name), a full name with a common first name ("whose films include Schindler's List, Michael
Collins and ..." names a film and an actor's role), the surname of a person the model named in
full ("Alfonso Cuaron" ... "Cuaron"), a country, a known place, a name the model read as a
place after "in", "at" or "from" ("the war in Chechnya and Shake Hands With The Devil tells"),
nor a name that only qualifies the next word ("Mel Gibson's The Passion", "Grammy
Award-winning") or runs on, cut by the model ("The Catherine Tate Show and Sacha Baron
Cohen's creations").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORK = "WORK_OF_ART"
# The text between two members of a list: "Open Water, Napoleon Dynamite", "Passport and
# Hailstorm", "Northern Lights, The Subtle Knife" (the title's own article left outside it).
_JOIN = re.compile(r"(?:,|,? and|,? or) (?:[Tt]he |[Aa] )?")
# A place after its preposition: "the war in Chechnya and Shake Hands With The Devil tells".
_PLACED = re.compile(r"\b(?:in|at|from|near|across|to) $")
# The last join of a list: "and", "or".
_LAST = re.compile(r"\b(?:and|or)\b")
_PLACES = frozenset({"GPE", "LOC"})
# The labels the model gives a title it does not know.
_TAKERS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", _WORK})
# After a name that qualifies the next word or that the model cut short ("Sacha" of "Sacha
# Baron Cohen's creations") rather than ending a list member; or before "for" and a title, a
# nominee named with the work ("Bill Condon for Kinsey and Ann Hale for Tin Roof").
_QUALIFIER = re.compile(r"['’]s?\b|-\w| [A-Z0-9]| for [A-Z]")


def listed_works(
    text: str,
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    country: Callable[[str], bool],
) -> None:
    """Set the cue of each uncued member of a list to WORK_OF_ART where the article's words
    show another member as a work. `key` groups mentions into entities, `country` says whether
    a key is a country's; `mentions` are sorted by start."""
    works = {key(m.text) for m in mentions if m.cue == _WORK}
    if not works:
        return
    shown = {key(m.text) for m in mentions if m.cue and m.cue != _WORK}
    surnames = full_name_surnames(mentions, key)
    for run in _runs(text, mentions):
        members = [mentions[i] for i in run if not _QUALIFIER.match(text, mentions[i].end)]
        if not any(m.cue == _WORK for m in members):
            continue  # the words around a member say a work, not those of another mention
        if sum(m.label == "PERSON" for m in members) * 2 > len(members):
            continue  # a list of people: nominees, a cast
        for m in members:
            name = key(m.text)
            if m.cue or name in works or name in shown or m.label not in _TAKERS:
                continue
            if named_otherwise(m, name, surnames, country):
                continue
            if m.label in _PLACES and _PLACED.search(text, max(0, m.start - 8), m.start):
                continue
            m.cue = _WORK


def full_name_surnames(mentions: Sequence[RawMention], key: Callable[[str], str]) -> set[str]:
    """The last words of the full names the model read as people ("Alfonso Cuaron" gives
    "Cuaron"'s key), whose bare surname in a list is that person, not a work."""
    return {key(m.text).split()[-1] for m in mentions if m.label == "PERSON" and " " in key(m.text)}


def named_otherwise(
    m: RawMention, name: str, surnames: set[str], country: Callable[[str], bool]
) -> bool:
    """Whether a list member named `name` (its key) is no work whatever its list: a full name
    with a common first name, the surname of a person named in full, a country or a known
    place."""
    if person_by_first_name(m.text) or name in surnames:
        return True
    return country(name) or known_place(m.text)


def _runs(text: str, mentions: Sequence[RawMention]) -> Iterator[list[int]]:
    """The indexes of the mentions of each list of two or more whose last join is "and" or
    "or", in order."""
    run: list[int] = []
    last = ""  # the join before the run's last member
    for i, m in enumerate(mentions):
        join = _JOIN.fullmatch(text, mentions[run[-1]].end, m.start) if run else None
        if join is not None:
            run.append(i)
            last = join.group()
            continue
        if _a_list(run, last):
            yield run
        run = [i]
    if _a_list(run, last):
        yield run


def _a_list(run: list[int], last: str) -> bool:
    """Whether the mentions `run`, whose last join is `last`, have a list's shape: "A, B and
    C", "A and B"; not "A, and B" (a clause after an aside: "Mississippi Masala, starring
    Denzel Washington, and The Perez Family")."""
    if len(run) < 2 or not _LAST.search(last):
        return False
    return len(run) > 2 or not last.startswith(",")


# Round r36-works: the list of a chart's last places, up to the sentence's end ("Rounding out the
# top ten were In Good Company - starring Dennis Quaid and Scarlett Johansson - Racing Stripes
# and Assault on Precinct 13."), and a dashed aside of a film's stars inside it.
_ROUNDING = re.compile(
    r"\b[Rr]ounding (?:out|off) the top (?:three|five|ten|10|5|20|twenty|40|forty)"
    r"(?: (?:films|movies|singles|albums|places|spots|positions))? (?:were|was|are|is) "
    r"(?P<list>[^.;:!?]+)"
)
# Round r37e-screen: an aside in commas too, to the next comma or the list's end ("animated fable
# The Iron Giant, starring Vin Diesel, and festive comedy ..."; seed 87's list): its names are
# the film's stars, people, whatever their first name.
_ASIDE = re.compile(
    r" - (?:starring|with|featuring|directed by) [^-]+ - "
    r"|, (?:starring|with|featuring|directed by) [^,]+"
)


def works_rounding_out_a_chart(text: str, mentions: Sequence[RawMention]) -> None:
    """Cue WORK_OF_ART for each name in the list that rounds out a chart's top places, outside
    a dashed aside of its stars: only films or records fill a chart's places, and the model
    reads their titles by their look ("Racing Stripes" PERSON). A list as long as this one
    runs past the evidence cues' window, so a cue before the first name cannot reach the last.
    Not a name with a common first name (a chart of acts), nor one another cue read already."""
    for found in _ROUNDING.finditer(text):
        start, end = found.span("list")
        asides = [a.span() for a in _ASIDE.finditer(text, start, end)]
        for m in mentions:
            if m.start < start or m.end > end or any(s <= m.start < e for s, e in asides):
                continue
            if m.cue or m.label == _WORK or person_by_first_name(m.text):
                continue
            m.cue = _WORK
