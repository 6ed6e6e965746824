"""A firm's first word alone, after the article has named the firm in full, is the firm:
"Gold Broadcasting said it would review the series. Gold pulled the show on Monday."

News names a firm in full once ("Gold Broadcasting", "Care International") and then by its
first word ("Gold pulled the show", "Care has since closed down all its operations"), which
the model leaves out: a common word alone at a sentence's start reads as no name (seed 148).
Where the article names an organisation "<Word> <Kind>" (a firm's, a broadcaster's or an
agency's kind word: Broadcasting, Group, Holdings, International, Media, Networks, ...), a later
bare "<Word>" that a firm's verb or its possessive follows ("said", "pulled", "has", "'s") is a
mention of it, ORG, joined to the full name (round r47-civic). Left alone: the word after "the"
("The Telegraph has", a paper of the Telegraph Group) or after a capitalised word ("Simon
Falic told", a person of the Falic Group), the word before anything else ("Gold prices rose"),
and a word the article gives a person's full name ("Mr Gold said" after "Tom Gold").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.spans import SpanIndex

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_FULL = re.compile(
    r"(?:[Tt]he )?(?P<word>[A-Z][a-z]{2,}) (?:Broadcasting|Group|Holdings|International|Media|"
    r"Networks|Communications|Entertainment|Television|Publishing|Pictures|Productions|Records|"
    r"Studios|Airways|Airlines|Motors|Industries|Telecom|Software|Systems|Technologies|Foods|"
    r"Stores|Brands|Energy|Resources)"
)
# A firm's verb, or its possessive, right after the bare word.
_FIRMS_VERB = re.compile(
    r"(?: (?:said|says|pulled|dropped|has|had|is|was|will|would|announced|added|confirmed|"
    r"denied|declined|refused|reported|posted|bought|sold|agreed|plans|wants|launched|axed|"
    r"cancelled|decided|issued|told|also|spokesman|spokeswoman)\b|['’]s\b)"
)
# The word before the bare word that leaves it alone: "the", "The", or a capitalised word.
_OWNED_BEFORE = re.compile(r"(?:\b[Tt]he|\b[A-Z][\w'’-]*) $")


def firms_by_first_word(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
    short_forms: dict[str, str],
    name_key: Callable[[str], str],
) -> list[RawMention]:
    """The mentions with each firm's bare first word after its full name added, ORG, its key
    the full name's (the module's doc)."""
    firsts: dict[str, tuple[int, str]] = {}
    for m in mentions:
        full = _FULL.fullmatch(m.text)
        if full is not None and "ORG" in (m.label, m.cue):
            firsts.setdefault(full.group("word"), (m.start, name_key(m.text)))
    if not firsts:
        return list(mentions)
    people = {w for m in mentions if m.label == "PERSON" for w in m.text.split()[1:]}
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    found: list[RawMention] = []
    for word, (after, key) in firsts.items():
        if word in people:
            continue
        bare = re.compile(rf"(?<![\w'’&-]){word}(?![\w'’&-]| [A-Z])")
        for layout in layouts:
            for match in bare.finditer(text, max(after, layout.offset), layout.end):
                start, end = match.span()
                if (
                    _FIRMS_VERB.match(text, end) is None
                    or _OWNED_BEFORE.search(text, max(0, start - 30), start) is not None
                    or covered.overlaps(start, end)
                ):
                    continue
                found.append(add(text, layout, start, end, "ORG", "ORG"))
                covered.add(start, end)
                short_forms.setdefault(name_key(word), key)
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda m: m.start)
