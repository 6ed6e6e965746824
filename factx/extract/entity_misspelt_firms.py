"""`misspelt firm`: a name a letter or two apart from a firm the article names is that firm.

News copy misspells a firm's long name once ("AztraZeneca" after two "AstraZeneca",
"GlaxoSmithKlein" after "GlaxoSmithKline"), and the small model, not knowing the misspelt word,
reads it as a person. Where the article names the firm right (its mentions read as an
organisation) and the other name is one edit away from it (two for a name of ten letters or
more: "Kline" and "Klein" are two), with the same first letter and the same number of words, the
misspelt name is a mention of the firm: joined to it, with its label (round r33-firms).

Not a name with a person's evidence of its own: words around it that show a person (a PERSON
cue, not the look of a first name), a common first name opening it ("Dell" and "Bell" are
short anyway), or a single word that is part of a full person name the article writes (the
"Barclay" of "David Barclay" beside "Barclays"). A name that is the other with an ending
added is no misspelling but a word made from it: a plural or possessive "s" ("Barclay" and
"Barclays": the family and its firm), a people's "-i" ("Kashmir" and a "Kashmiri" body: the
place and its people's group). Names shorter than six letters are left alone: too many short
words are one letter apart. The firm must be one by more than one vote of the model: two
mentions read as an organisation, or one by its words (a cue): the model's lone ORG on a
surname ("said McIlroy") makes no firm of it.

`misspelt person` (round r39b-cuts, seed 97): the same slip in a person's surname ("Hassel says",
'said Hassel.', "Hassall made it clear" after "Brian Hassell"), which the model, not knowing the
word, reads as a body. A lone word in a speaker's slot (before "says|said|told|added|made it
clear", or after "said|says|added" and before a stop or a comma) one letter away from the
surname of the one person the article names in full with that first letter is that person:
joined to him, a PERSON. Not a word that is itself a surname of the article's people, nor one
the other's with an "s" added, nor a word shorter than five letters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import opens_with_first_name

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The shortest key (letters, spaces aside) read for a misspelling, and the length from which
# two edits are allowed.
_SHORTEST = 6
_TWO_EDITS = 10
# Labels a misspelt firm may have from the model: a firm's misspelling is never a work.
_FROM = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})


def edits(a: str, b: str, limit: int) -> int:
    """The optimal string alignment distance of `a` and `b` (insertions, deletions,
    substitutions and swaps of two neighbouring letters), or `limit + 1` once it exceeds
    `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return row[-1]


def _allowed(key: str) -> int:
    letters = len(key.replace(" ", ""))
    return 2 if letters >= _TWO_EDITS else 1 if letters >= _SHORTEST else 0


def _derived(a: str, b: str) -> bool:
    """Whether one key is the other with an ending added ("barclay", "barclays"; "kashmir",
    "kashmiri"): a word made from the name, not a misspelling of it."""
    return a.startswith(b) or b.startswith(a)


def _firm(ms: Sequence[RawMention]) -> bool:
    """Whether the mentions name a firm by more than one vote of the model: most read as an
    organisation, and two of them, or one by the words around it (a cue). A lone surname the
    model once tags ORG ("said McIlroy") lends its label to no misspelling ("McIlory")."""
    firm = [m for m in ms if (m.cue or m.label) == "ORG"]
    return len(firm) * 2 > len(ms) and (len(firm) > 1 or any(m.cue == "ORG" for m in firm))


def _misspelt(ms: Sequence[RawMention], weak_persons: set[str], key: str) -> bool:
    """Whether the mentions of one key show nothing but the model's label: no person cue, no
    first name, no part of a full person name, no organisation's own vote."""
    return all(
        m.label in _FROM
        and not m.cue
        and not opens_with_first_name(m.text)
        and (m.label != "PERSON" or key in weak_persons)
        for m in ms
    )


def misspelt_firms(
    mentions: Sequence[RawMention],
    weak_persons: set[str],
    short_forms: dict[str, str],
    name_key: Callable[[str], str],
) -> None:
    """Give each misspelt firm's mentions the firm's label (a cue) and map its key to the
    firm's in `short_forms`, so that `cluster` groups them as one entity."""
    groups: dict[str, list[RawMention]] = {}
    for m in mentions:
        key = name_key(m.text)
        groups.setdefault(short_forms.get(key, key), []).append(m)
    # Firms by first letter and number of words, as a misspelling keeps both: a long article
    # names thousands of keys, and each is compared with its own bucket only.
    firms: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for k in sorted(groups):
        if _allowed(k) and _firm(groups[k]):
            firms.setdefault((k[0], len(k.split())), []).append((k, _allowed(k)))
    for key in sorted(groups):
        limit = _allowed(key)
        bucket = firms.get((key[0], len(key.split())), []) if limit else []
        if not bucket or any(key == firm for firm, _ in bucket):
            continue
        if not _misspelt(groups[key], weak_persons, key):
            continue
        near = [
            firm
            for firm, allowed in bucket
            if abs(len(firm) - len(key)) <= min(limit, allowed)
            and not _derived(firm, key)
            and edits(key, firm, min(limit, allowed)) <= min(limit, allowed)
        ]
        if len(near) != 1:
            continue
        for m in groups[key]:
            m.cue = "ORG"
        short_forms[key] = near[0]


# Round r39b-cuts: a speaker's slot after the word, or before it, and the shortest surname read.
_SPEAKS_AFTER = re.compile(
    r" (?:says|said|told|added|insisted|admitted|explained|claimed|made it clear)\b"
)
_SPEAKS_BEFORE = re.compile(r"\b(?:said|says|added)\s$")
_STOP_AFTER = re.compile(r"[.,]")
_SHORTEST_SURNAME = 5


def _plural(a: str, b: str) -> bool:
    """Whether one key is the other with an "s" added ("Roberts" and "Robert"): a family's or
    another person's name, no slip ("Hassel" of "Hassell" is one)."""
    return a == b + "s" or b == a + "s"


def _speaker(text: str, m: RawMention) -> bool:
    """Whether the mention stands in a speaker's slot: "Hassel says", 'said Hassel.'."""
    return _SPEAKS_AFTER.match(text, m.end) is not None or (
        _SPEAKS_BEFORE.search(text, max(0, m.start - 7), m.start) is not None
        and _STOP_AFTER.match(text, m.end) is not None
    )


def misspelt_people(
    text: str,
    mentions: Sequence[RawMention],
    short_forms: dict[str, str],
    name_key: Callable[[str], str],
) -> None:
    """Give each misspelt surname in a speaker's slot PERSON (a cue) and map its key to the
    full name's in `short_forms`, so that `cluster` groups it with that person (see the module's
    docstring)."""
    people: dict[str, str] = {}
    for m in mentions:
        key = name_key(m.text)
        if m.label == "PERSON" and " " in key and opens_with_first_name(m.text):
            people.setdefault(key.rsplit(" ", 1)[-1], key)
    if not people:
        return
    for m in mentions:
        key = name_key(m.text)
        if (
            m.headline
            or " " in key
            or len(key) < _SHORTEST_SURNAME
            or key in people
            or m.cue not in ("", "PERSON", "ORG")
            or not m.text.isalpha()
        ):
            continue
        near = [
            surname
            for surname in people
            if surname[0] == key[0] and not _plural(surname, key) and edits(key, surname, 1) <= 1
        ]
        if len(near) != 1 or not _speaker(text, m):
            continue
        m.cue = "PERSON"
        short_forms[key] = people[near[0]]
