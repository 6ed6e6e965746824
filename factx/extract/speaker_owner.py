"""Whose a possessive pronoun is, when it owns a noun of saying that a verb takes as object.

"Ryan has not rescinded his endorsement of Trump", "several Republicans have withdrawn their
endorsement": the pronoun stands for the verb's subject, who is the speaker, as in "X made
her first comments". Only when the two agree: "his"/"her" a man or a woman the subject is
(or may be), "their" a plural, "its" a thing; "The committee rejected his comments" keeps
"his", and "Trump attacked her remarks" keeps "her".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factx.extract import sexes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The subject pronoun each possessive stands for.
_PRONOUN_OF = {"his": "he", "her": "she", "their": "they", "its": "it"}
_SEX_OF = {"his": "m", "her": "f"}
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_GROUPS = frozenset({"ORG", "GPE", "NORP"})


def owner_is_subject(owner: Token, subject: Span) -> bool:
    """Whether `owner` ("his", "her", "their", "its") can stand for `subject`."""
    word = owner.lower_
    if word not in _PRONOUN_OF:
        return False
    root = subject.root
    if root.pos_ == "PRON":
        return root.lower_ == _PRONOUN_OF[word]
    plural = root.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in root.children)
    if word == "their":
        return plural
    if plural:
        return False
    if word == "its":
        return root.ent_type_ in _GROUPS or (root.pos_ == "NOUN" and root.ent_type_ == "")
    if root.ent_type_ != "PERSON":
        return False
    # "Trump attacked her remarks": a name of the other sex is someone else's.
    sex = sexes.of_name(subject.text)
    return sex in ("", _SEX_OF[word])
