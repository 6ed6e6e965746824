"""Whom a "he" or "she" speaker means, read off its own sentence's parse.

"When Emily Martin gave a talk to aides, she said ...", "Smith was a speaker at the convention,
where she delivered a speech blaming Clinton": the person named as the subject of a clause that
contains the pronoun's clause, or of a clause of time or contrast beside it, before the pronoun,
is whom it means, over whoever spoke last. Not the subject of what is said ('Jones will resign,
she said': a clausal complement) nor of a clause joined by "and" ('Obama criticised Clinton, and
she replied'): they are often someone else. Else the one person named before the pronoun in its
sentence, outside what its own verb says ("A lawyer accused Justice Thomas of groping her; he
has denied the claim").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Pronouns this reads, and what opens a clause of time or contrast whose subject it may be.
_PRONOUNS = frozenset({"he", "she"})
_OPENERS = frozenset({"when", "after", "as", "while", "before", "since", "once", "though",
                      "although", "because"})  # fmt: skip
# Edges walked up from the pronoun's verb: not past what is said, nor past a coordination.
_STOPS = frozenset({"ccomp", "conj", "parataxis", "xcomp"})
_WALK = 8  # heads walked up at most


def subject_before(pronoun: Token, quoted: set[int]) -> Token | None:
    """The person subject before `pronoun` (a "he"/"she" speaker) in its sentence, if any
    (`quoted`: the token indexes inside quotations, whose subjects are never it)."""
    if pronoun.lower_ not in _PRONOUNS or pronoun.dep_ != "nsubj":
        return None
    verb = pronoun.head
    best: Token | None = None
    for _ in range(_WALK):
        for child in verb.children:
            if child.dep_ == "advcl" and child.i < pronoun.i and _opened(child):
                best = _nearer(best, _person_subject(child, pronoun, quoted))
        if verb.dep_ in _STOPS or verb.head.i == verb.i:
            break
        verb = verb.head
        best = _nearer(best, _person_subject(verb, pronoun, quoted))
    return best or _only_person_before(pronoun, quoted)


def _only_person_before(pronoun: Token, quoted: set[int]) -> Token | None:
    """The one person named earlier in the pronoun's sentence, outside what the pronoun's own
    verb says ("Voters like Obama, he said"), if only one: "A lawyer accused Justice Thomas of
    groping her; he has denied the claim", "Reporters asked Mr Blair, and he said ...". A
    clause the parser hung on the pronoun's verb counts when a semicolon closes it."""
    verb = pronoun.head
    doc = pronoun.doc
    closed = max(
        (t.i for t in doc[pronoun.sent.start : pronoun.i] if t.text == ";" and t.i not in quoted),
        default=-1,
    )
    inside = range(verb.left_edge.i, verb.right_edge.i + 1)
    # "Campese defended Andy Robinson, who he believes was the only choice": never the noun a
    # relative clause around the pronoun describes.
    described = {a.head.i for a in pronoun.ancestors if a.dep_ == "relcl"}
    people = {
        ent.text: ent.root
        for ent in pronoun.sent.ents
        if ent.label_ == "PERSON"
        and ent.end <= pronoun.i
        and ent.root.i not in quoted
        and ent.root.i not in described
        and (ent.root.i not in inside or ent.end <= closed)
    }
    return next(iter(people.values())) if len(people) == 1 else None


def _opened(clause: Token) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _OPENERS for c in clause.children)


def _person_subject(verb: Token, pronoun: Token, quoted: set[int]) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i >= pronoun.i or subject.i in quoted:
        return None
    return subject if subject.ent_type_ == "PERSON" else None


def _nearer(best: Token | None, found: Token | None) -> Token | None:
    if found is None:
        return best
    return found if best is None or found.i > best.i else best
