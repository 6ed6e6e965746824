"""A reporting clause set inside what it reports: "Democrats, Mr. Clyburn noted, are all too
familiar with ...", "If prices rise, said the bank, inflation will follow".

What is said runs on both sides of the clause, as it does around '"The best way," Schiff said,
"is ..."': the content is the whole stretch, reporting clause and all (PolNeAR marks it so,
one content in two pieces), not the longer side alone ("are all too familiar ..." has lost
its subject).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Longest speaker read between ", said" and the comma after it ("said the head of the IMF's
# European department,"): a longer stretch is a clause, not a name.
_SPEAKER_WORDS = 8
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
_OPENERS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"})


def _words(span: Span) -> bool:
    return any(not t.is_punct and not t.is_space for t in span)


def _cut_after_opener(span: Span) -> bool:
    """Whether the words before the reporting clause end with the word that opens the clause
    it is set in ("because, said Mr Goosens, they are reported ...", "and, he said, ..."):
    what is said starts after the reporting clause, not at the sentence's start."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    return bool(words) and words[-1].dep_ in ("mark", "cc")


def runs_around(verb: Token, before: Span, after: Span) -> Span | None:
    """The stretch from the start of the clause the reporting verb is set inside to the end of
    the sentence, when words of that clause stand on both sides of it ("Still, he says, the
    negative campaigning has dampened ..."); only the words after it when the words before end
    with the word that opens its clause ("because, said Mr Goosens, they are ..."). None when
    one side is empty ("As Politico reported, the PAC will ...") or the words before are
    another clause joined by "and" or "but" ("Sales fell, but, he said, the firm will
    recover": the sales are the writer's)."""
    if not _words(before) or not _words(after):
        return None
    if _cut_after_opener(before):
        return after
    head = verb.head
    start = max(before.start, head.left_edge.i)
    if not _words(before.doc[start : before.end]):
        return None
    if any(c.dep_ == "cc" and start <= c.i < before.end for c in head.children):
        return None
    return before.doc[start : after.end]


def inverted_inset(verb: Token, sentence: Span) -> tuple[Span, Span] | None:
    """Speaker and content of a verb of saying in ", said Mr Fahey, other makers may be
    tempted", a reporting clause with its subject after the verb set between commas inside the
    sentence, which the parser reads as the verb with the name for the subject of the clause
    after it (so the verb has no subject of its own). The name is the speaker and the content
    runs around it. Not "..., said Mark Mulligan, a music analyst": what follows the name's
    comma must be the clause hung off the verb."""
    doc = verb.doc
    if verb.i - 1 <= sentence.start or doc[verb.i - 1].text != ",":
        return None
    comma = next(
        (
            t.i
            for t in doc[verb.i + 1 : min(sentence.end, verb.i + 2 + _SPEAKER_WORDS)]
            if t.text == ","
        ),
        None,
    )
    if comma is None or comma == verb.i + 1:
        return None
    name = doc[verb.i + 1 : comma]
    if name[0].pos_ not in _OPENERS or not any(t.pos_ in _NOMINAL for t in name):
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in name):
        return None
    if not any(c.dep_ == "ccomp" and c.i > comma for c in verb.children):
        return None
    after = doc[comma + 1 : sentence.end]
    if not _words(after):
        return None
    if _cut_after_opener(doc[sentence.start : verb.i]):
        return name, after
    return name, doc[sentence.start : sentence.end]
