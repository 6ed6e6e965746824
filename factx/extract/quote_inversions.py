"""A quotation's speaker named after the verb when the parser reads the name as a clause:
'"This is typical of their hypocrisy," said Tory shadow local government secretary Caroline
Spelman' (the small model tags "shadow" a verb, makes "Tory" its subject and the rest its
object), so the verb has no subject of its own and the "clause" would be taken for what is
said. What is said is the quotation; the words after the verb are who said it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factx.extract.quotations import DOUBLE_QUOTES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A speaker's longest run of words after the verb ("said the former shadow local government
# secretary Caroline Spelman"): a longer stretch is a clause of its own.
_NAME_WORDS = 12
# Finite verbs and modals show a clause; a base form or a participle inside a run of names is
# the tagger's misreading of a noun ("shadow", "acting", "elected").
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "MD"})
_OPENERS = frozenset({"PROPN", "NOUN", "DET", "ADJ"})


def named_after_quote(
    verb: Token, sentence: Span, regions: list[tuple[int, int]]
) -> tuple[Span, Span] | None:
    """Speaker and quotation of '"...," said <name>' when the parser gave the verb no subject;
    None unless everything after the verb to the sentence's end reads as a name (with its post
    or title): a noun or a name for its last word, no pronoun, modal or finite verb, no "that"
    and no quotation mark."""
    doc = verb.doc
    quote = next(
        (
            (q_open, q_close)
            for q_open, q_close in regions
            if q_close < verb.i <= q_close + 2
            and all(t.is_punct for t in doc[q_close + 1 : verb.i])
        ),
        None,
    )
    if quote is None or quote[1] - quote[0] < 2:
        return None
    end = sentence.end
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    name = doc[verb.i + 1 : end]
    if not 1 <= len(name) <= _NAME_WORDS or name[0].pos_ not in _OPENERS:
        return None
    if name[-1].pos_ not in ("PROPN", "NOUN"):
        return None
    for token in name:
        if token.tag_ in _CLAUSE_TAGS or token.pos_ in ("AUX", "PRON") or token.lower_ == "that":
            return None
        if token.text in DOUBLE_QUOTES or (token.is_punct and token.text != ","):
            return None
    return name, doc[quote[0] + 1 : quote[1]]


# Words that open a speaker's noun phrase after the verb: "the spokesman", "his agent".
_DETERMINERS = frozenset({"DT", "PRP$"})


def named_as_object(verb: Token, sentence: Span) -> tuple[Span, Span] | None:
    """Speaker and content of "..., claimed the union organisation.", "..., added the
    spokesman.", "..., warned the magazine.", "..., claims his agent.": a reporting clause that
    closes its sentence with its subject after the verb, a common noun's phrase that the model
    makes the verb's object, so the verb has no subject of its own. The phrase is the speaker
    and what goes before the comma the content. Only a phrase opened by a determiner that runs
    to the sentence's end and is all the verb has after it: not "..., said the union, which
    ...", not "..., told the newspaper it would ..."."""
    doc = verb.doc
    if verb.i - 1 <= sentence.start or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    end = sentence.end
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or thing.pos_ != "NOUN" or doc[verb.i + 1].tag_ not in _DETERMINERS:
        return None
    if thing.left_edge.i != verb.i + 1 or thing.right_edge.i != end - 1:
        return None
    if any(c.i > verb.i and c.dep_ not in ("dobj", "punct") for c in verb.children):
        return None
    name = doc[verb.i + 1 : end]
    for token in name:
        if token.tag_ in _CLAUSE_TAGS or token.pos_ in ("AUX", "VERB") or token.is_punct:
            return None
        if token.pos_ == "PRON" and token.tag_ != "PRP$":  # "his agent", not "him"
            return None
    return name, doc[sentence.start : verb.i - 1]
