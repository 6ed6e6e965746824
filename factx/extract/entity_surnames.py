"""A person's surname alone, after the article has named the person in full.

News names a person in full once ("Lieutenant-Colonel Max Marriner said") and by surname after
("Marriner said that NATO troops had set up a checkpoint"). The small model, reading one
paragraph at a time, often misses the lone surname where nothing around it looks like a name:
at the head of a sentence, before a bracket ("Wall ( 9-4 ) struck out four") or in a list of
results ("6. Ludwig 1:25"). Matching the article's own names again (`add_string_matches`)
only finds the forms the model tagged somewhere, so a surname it never tagged alone stays
unfound although the article has said whose it is.

The last word of a full name the model tagged PERSON is a person's mention wherever it stands
alone after that name: capitalised as written, read as a noun or proper noun (not "Young
people", of "Will Young"), with no capitalised word right before or after it (not "Wall
Street", of "Donne Wall"; "Mr Marriner" has a test of its own, below), and no other fact's span or
mention over it. Not a word that also names a country, a nationality, a known region or a
kind of place or body ("Jordan" of "Michael Jordan", "Green" of "Ken Green" before "Party"
is no bare surname anyway): those are as often the other name. The mention copies its label
(it casts no vote), and joins the full name's entity as any surname does (`cluster`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import name_kind
from factx.extract.place_names import known_place
from factx.extract.referents import referent
from factx.extract.spans import SpanIndex, alternation

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A full name: two or three capitalised words, the last the surname ("Max Marriner", "Mark
# McGwire", "Peter O'Toole"; "Aravinda de Silva" is left out: a particle makes the surname
# more than its last word).
_FULL_NAME = re.compile(
    r"[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?| [A-Z]\.)?"  # a middle name or initial: "Lisa O. Monaco"
    r" (?P<surname>(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
)
# A capitalised word right before or after a match: the surname is part of another name there.
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w.'’-]* $")
_CAPITAL_AFTER = re.compile(r" [A-Z]")
# What follows a surname that opens a sentence as no other word does: an apposition or a
# bracket ("Sletten , a caretaker", "Wall ( 9-4 ) struck out four").
_APPOSITION = re.compile(r" ?[,(]")


# An honorific right before a surname ("Mr Walker", "Dr. Reid"): the name is a person's,
# whatever the word (round r55-people).
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? \Z")


def with_surnames(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
    others: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, with each lone surname of a person the model named in full before it.

    `add` makes a mention of a layout's span, label and cue (`entities._added`); `others`
    says whether a word is a country's or a nationality's name, which a surname alone would
    be as often as the person's.

    A surname right after "Mr|Mrs|Ms|Miss|Dr" that the model left untagged is read too (round
    r55-people: '"... the back of our house," Mr Walker said.' after "Martin Walker", where
    the small model often tags nothing right after a closing quotation): the honorific says it
    is a person's name, so it needs none of a lone surname's other tests, and any surname of
    the article's full names will do ("Mr Major", "Ms Johnston"). Not before the full name,
    nor before another capitalised word ("Mr Walker Smith").
    """
    first_seen: dict[str, int] = {}
    for m in mentions:
        match = _FULL_NAME.fullmatch(m.text)
        if m.label == "PERSON" and m.votes and not m.headline and match:
            first_seen.setdefault(match["surname"], m.end)
    if not first_seen:
        return list(mentions)
    surnames = {
        word: end
        for word, end in first_seen.items()
        if not (name_kind(word) or known_place(word) or others(word))
    }
    # One trie-shaped pattern (`spans.alternation`): a flat alternation of a huge article's
    # surnames is tried word by word at every place of the text.
    pattern = re.compile(r"(?<![\w'’.-])" + alternation(first_seen) + r"(?![\w'’-])")
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    found: list[RawMention] = []
    for layout in layouts:
        for match in pattern.finditer(text, layout.offset, layout.end):
            start, end = match.span()
            if _CAPITAL_AFTER.match(text, end, min(layout.end, end + 2)):
                continue
            honorific = _HONORIFIC_BEFORE.search(text, max(layout.offset, start - 6), start)
            if honorific is not None:
                if start < first_seen[match.group()] or covered.overlaps(honorific.start(), end):
                    continue
            elif (
                match.group() not in surnames
                or (layout.zone != "headline" and start < surnames[match.group()])
                or _CAPITAL_BEFORE.search(text, max(layout.offset, start - 30), start)
                or not _read_as_name(text, layout, start, end)
                or covered.overlaps(start, end)
            ):
                continue
            found.append(add(text, layout, start, end, "PERSON", "", votes=False))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else list(mentions)


def _read_as_name(text: str, layout: Layout, start: int, end: int) -> bool:
    """Whether the capitalised word at text[start:end] stands as a name: anywhere inside a
    sentence, where a capital marks one; at a sentence's head, where every word has one, only
    read as a noun or before an apposition or bracket (not "Young people were").
    """
    token = layout.token_at(start - layout.offset)
    if token not in layout.sentence_starts:
        return True
    return layout.nominal(token) or bool(_APPOSITION.match(text, end))


# A person's words around a name: "Jordan said", "said Washington", "Jordan, whose 1992 film".
_SAYS_AFTER = re.compile(r" ?(?:,? (?:said|says|told|added|admitted|insisted)\b|, who(?:se)?\b)")
_SAYS_BEFORE = re.compile(r"\b(?:said|says|told|added) $")
# A place's words before a name: "in Jordan", "to Washington", "the Jordan"; after it:
# "Jordan's government".
_PLACE_BEFORE = re.compile(
    r"\b(?:in|to|from|of|at|into|across|near|visit|visited|visiting|the|The|and|or) $"
)
_PLACE_AFTER = re.compile(r" ?['’]s? (?:government|capital|border|army|king|president)\b")
# A possessive after the name: the preposition before it governs the noun after.
_POSSESSIVE = re.compile(r" ?['’]s?\s")


def country_surnames(
    text: str,
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    country: Callable[[str], bool],
) -> None:
    """Set the cue of a country's name alone to PERSON where it is the surname of the one
    person the article names in full ("Neil Jordan", "MaliVai Washington") and the article's
    words show a person there: "Jordan said", "said Washington", "Jordan, whose 1992 film",
    or "he" or "she" after it. Never where any bare mention of the word reads as a place
    ("in Jordan", "to Washington", "Jordan's government"): an article about a person and a
    country of the same name keeps the country. The cluster then joins the mentions to the
    full name as any surname (`Cluster.label` and `cluster` ask `person_cued`).
    """
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "PERSON" and m.votes and _FULL_NAME.fullmatch(m.text):
            owners.setdefault(key(m.text.split()[-1]), set()).add(key(m.text))
    bare: dict[str, list[RawMention]] = {}
    for m in mentions:
        word = key(m.text)
        if " " not in word and len(owners.get(word, ())) == 1 and country(word):
            bare.setdefault(word, []).append(m)
    starts = [m.start for m in mentions]
    for word in sorted(bare):
        found = bare[word]
        if any(_reads_as_place(text, m) for m in found):
            continue
        shown = [_reads_as_person(text, m, _next_start(starts, m.start, len(text))) for m in found]
        if any(shown):
            for m in found:
                m.cue = "PERSON"


def _reads_as_place(text: str, m: RawMention) -> bool:
    """Whether a place's word comes before the mention or after its possessive; a possessive
    takes the preposition for the noun after it ("the lead role in Jordan's film")."""
    if _PLACE_AFTER.match(text, m.end):
        return True
    return not _POSSESSIVE.match(text, m.end) and bool(
        _PLACE_BEFORE.search(text, max(0, m.start - 12), m.start)
    )


def _reads_as_person(text: str, m: RawMention, limit: int) -> bool:
    if _SAYS_AFTER.match(text, m.end) or _SAYS_BEFORE.search(text, max(0, m.start - 8), m.start):
        return True
    return referent(text, m.start, m.end, limit) == "PERSON"


def _next_start(starts: list[int], start: int, end: int) -> int:
    index = bisect_right(starts, start)
    return starts[index] if index < len(starts) else end


def person_cued(mentions: Sequence[RawMention]) -> bool:
    """Whether every mention of a lone name has the words of a person around it (a PERSON cue
    not from a first name's look): a country's name then stays the surname it is there."""
    return all(m.cue == "PERSON" and not m.by_form for m in mentions)
