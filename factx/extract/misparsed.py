"""Reporting clauses the small model misparses, read off their words and quotation marks.

The parser of `en_core_web_sm` often takes a closing reporting verb for a noun ("..., a new
analysis shows.", "..., the center's data show.") or an inverted one after a question for a
modifier ('"Too little?" asked campaign manager Robby Mook.'): the dependency rules in
`attribution.py` then find no subject and no content. These rules look only at the tags and
the order of the words around the verb, and only where the parse found nothing at that verb.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from factx.extract.attribution import Attribution, speech_verbs, trim_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The words of a speaker's noun phrase ("the center's data", "campaign manager Robby Mook").
_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"})
_PHRASE_MAX = 6


def clauses(
    sentence: Span, regions: list[tuple[int, int]], found: list[Attribution]
) -> list[Attribution]:
    """Misparsed reporting clauses of a sentence whose verb no attribution in `found` used."""
    used = {a.cue_token for a in found}
    out: list[Attribution] = []
    for clause in (_closing(sentence), _after_quote(sentence, regions)):
        if clause is not None and clause.cue_token not in used:
            out.append(clause)
            used.add(clause.cue_token)
    return out


def _last_word(sentence: Span) -> Token | None:
    """The sentence's last token that is no punctuation, read from its end."""
    doc = sentence.doc
    for i in range(sentence.end - 1, sentence.start - 1, -1):
        if not (doc[i].is_punct or doc[i].is_space):
            return doc[i]
    return None


def _is_phrase(tokens: list[Token]) -> bool:
    return (
        0 < len(tokens) <= _PHRASE_MAX
        and all(t.pos_ in _PHRASE for t in tokens)
        and any(t.pos_ in ("NOUN", "PROPN") for t in tokens)
    )


def _agrees(subject: Token, verb: Token) -> bool:
    """ "analysis shows", "data show": the verb's number answers the subject's, which tells a
    verb the tagger took for a noun from a noun ("the TV show")."""
    if verb.tag_ == "NNS":  # "shows": a third person singular verb
        return subject.tag_ in ("NN", "NNP") and subject.lower_ != "data"
    return subject.tag_ in ("NNS", "NNPS") or subject.lower_ == "data"


def _closing(sentence: Span) -> Attribution | None:
    """ "Obama relied on just 769 bundlers, the center's data show.": a speech verb tagged as a
    noun ends the sentence after a comma and a short noun phrase."""
    verb = _last_word(sentence)
    if verb is None or verb.pos_ != "NOUN" or verb.lemma_.lower() not in speech_verbs():
        return None
    doc = sentence.doc
    # The comma within a short phrase before the verb (a long search would read every word).
    reach = max(sentence.start, verb.i - _PHRASE_MAX - 1)
    comma = next((t for t in reversed(doc[reach : verb.i]) if t.text == ","), None)
    if comma is None or comma.i - sentence.start < 3:
        return None
    subject = list(doc[comma.i + 1 : verb.i])
    if not _is_phrase(subject) or not _agrees(subject[-1], verb):
        return None
    content = trim_tokens(doc[sentence.start : comma.i])
    if content is None:
        return None
    cue_span = (verb.idx, verb.idx + len(verb.text))
    speaker = doc[comma.i + 1 : verb.i]
    return Attribution(verb.lemma_.lower(), cue_span, speaker, content, sentence, verb.i)


def _after_quote(sentence: Span, regions: list[tuple[int, int]]) -> Attribution | None:
    """'"Is the issue that she's doing too much? Too little?" asked campaign manager Robby
    Mook.': a speech verb right after a closed quotation, then the speaker's noun phrase."""
    doc = sentence.doc
    # Only a quotation that closes just before the sentence or inside it (regions are in
    # order, and do not overlap, so their closes are in order too).
    start = bisect_left(regions, sentence.start - 2, key=lambda region: region[1])
    for q_open, q_close in regions[start:]:
        if q_open >= sentence.end:
            break
        at = q_close + 1
        if at < len(doc) and doc[at].text == ",":
            at += 1
        if not sentence.start <= at < sentence.end or q_close >= len(doc):
            continue
        verb = doc[at]
        if verb.tag_ not in ("VBD", "VBZ") or verb.lemma_.lower() not in speech_verbs():
            continue
        end = next((t.i for t in doc[at + 1 : sentence.end] if t.is_punct), sentence.end)
        speaker = list(doc[at + 1 : end])
        if not _is_phrase(speaker) or not any(t.pos_ == "PROPN" for t in speaker):
            continue
        content = trim_tokens(doc[q_open + 1 : q_close], words=False)
        if content is None:
            continue
        cue_span = (verb.idx, verb.idx + len(verb.text))
        return Attribution(
            verb.lemma_.lower(), cue_span, doc[at + 1 : end], content, sentence, verb.i
        )
    return None
