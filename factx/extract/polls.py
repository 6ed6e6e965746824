"""What polls say: news reports a poll's finding as the poll's claim, with no verb of saying.

"Clinton is up in the vast majority of the polls" (cue "in", the polls its source), "A poll by
St. Pete Polls had Clinton leading Trump by 48% to 42%", "The survey gave Trump a one-point
lead in Ohio" (cues "have" and "give"). The words for polls are data (`cues.json`, "polls").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factx.extract.attribution import Attribution, trim_tokens
from factx.extract.wordlists import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _polls() -> frozenset[str]:
    return word_sets("cues.json")["polls"]


def mentioned(text: str) -> bool:
    """Whether a paragraph may name a poll: most name none, and a string search once per
    paragraph spares reading their sentences' tokens."""
    lowered = text.lower()
    return any(word in lowered for word in _polls())


def attributions(sentence: Span, found: list[Attribution]) -> list[Attribution]:
    """The findings polls report in a sentence, at verbs no attribution in `found` used."""
    used = {a.cue_token for a in found}
    out: list[Attribution] = []
    for token in sentence:
        if token.i in used:
            continue
        reading = _in_the_polls(token, sentence) or _poll_gives(token, sentence)
        if reading is not None:
            out.append(reading)
            used.add(token.i)
    return out


def _poll(noun: Token | None) -> bool:
    return noun is not None and noun.lemma_.lower() in _polls()


def _in_the_polls(token: Token, sentence: Span) -> Attribution | None:
    """ "Clinton is up in the vast majority of the polls", "as Mr. Trump slips in the polls":
    what the clause before "in" says, the polls say."""
    if token.lower_ != "in" or token.dep_ != "prep" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    of = next((c for c in source.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if not _poll(source) and not _poll(counted):  # "the majority of the polls"
        return None
    verb = token.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or verb.i > token.i:
        return None
    doc = sentence.doc
    content = trim_tokens(doc[subject.left_edge.i : token.i])
    if content is None:
        return None
    speaker = doc[source.left_edge.i : source.right_edge.i + 1]
    cue_span = (token.idx, token.idx + len(token.text))
    return Attribution("in", cue_span, speaker, content, sentence, token.i)


def _poll_gives(token: Token, sentence: Span) -> Attribution | None:
    """ "The survey gave Trump a one-point lead", "A poll had Clinton leading Trump by 6": the
    poll's subject, and what it gives someone or has someone doing (a poll that "has a margin
    of error" or "gives no details" says nothing)."""
    lemma = token.lemma_.lower()
    if lemma not in ("give", "have") or token.pos_ not in ("VERB", "AUX"):
        return None
    children = list(token.children)
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < token.i), None)
    if not _poll(subject):
        return None
    needs = ("dative",) if lemma == "give" else ("ccomp", "xcomp", "oprd")
    if not any(c.dep_ in needs and c.i > token.i for c in children) and not (
        lemma == "have" and _someone_doing(children, token)
    ):
        return None
    doc = sentence.doc
    content = trim_tokens(doc[token.i + 1 : token.right_edge.i + 1])
    if content is None or subject is None:
        return None
    speaker = doc[subject.left_edge.i : subject.right_edge.i + 1]
    cue_span = (token.idx, token.idx + len(token.text))
    return Attribution(lemma, cue_span, speaker, content, sentence, token.i)


def _someone_doing(children: list[Token], verb: Token) -> bool:
    """ "had Jones leading Smith", which the small model reads as one noun phrase: a
    participle right after a name or noun in the object ("a sampling error" is none)."""
    thing = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if thing is None:
        return False
    doc = verb.doc
    return any(
        t.tag_ == "VBG" and t.i > verb.i + 1 and doc[t.i - 1].pos_ in ("PROPN", "NOUN", "PRON")
        for t in thing.subtree
    )
