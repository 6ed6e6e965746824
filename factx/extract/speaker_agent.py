"""Who a noun of saying is from, when a "by" or "from" phrase names them.

"criticism of the plan by the unions", "a warning from the Bank of England that prices would
fall", "calls from MPs for an inquiry": the phrase's object is the speaker, as a possessive is
("the unions' criticism"). The parser hangs the phrase on the noun or on the object of its
"of" phrase ("the plan by the unions"); both are read. Not a time or a place: "a pledge by
Friday", "news from Iraq" name nobody who said it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_FROM = frozenset({"by", "from"})
# Entities that are no one who speaks ("by Friday", "from Iraq", "by 5%").
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "PERCENT", "MONEY",
                           "QUANTITY", "CARDINAL", "ORDINAL", "EVENT", "WORK_OF_ART", "LAW",
                           "PRODUCT"})  # fmt: skip
_SPEAKER_POS = frozenset({"NOUN", "PROPN"})


def agent_phrase(noun: Token) -> Token | None:
    """The "by" or "from" preposition whose object says the noun, if any: on the noun after
    it, or on the object of a preposition right after it ("criticism of the plan by ...")."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.i > noun.i]
    if preps and preps[0].i == noun.i + 1 and preps[0].lower_ not in _FROM:
        topic = next((c for c in preps[0].children if c.dep_ == "pobj"), None)
        if topic is not None:
            preps += [c for c in topic.children if c.dep_ == "prep" and c.i > topic.i]
    for prep in preps:
        if prep.lower_ not in _FROM:
            continue
        who = agent(prep)
        if who is not None:
            return prep
    return None


def agent(prep: Token) -> Token | None:
    """The object of a "by"/"from" preposition, if it can be someone who speaks."""
    who = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if who is None or who.pos_ not in _SPEAKER_POS or who.ent_type_ in _NOT_SPEAKERS:
        return None
    return who


# Modifiers that say whose a noun of saying is: a people, a party, an organisation or a person
# ("Democratic hopes", "Chinese criticism", "Labour claims"), or a word for holders of views.
_HOLDER_ENTITIES = frozenset({"NORP", "ORG", "PERSON"})
_MODIFIERS = frozenset({"compound", "amod"})


def modifier_owner(noun: Token, holders: frozenset[str]) -> Token | None:
    """The word before a noun of saying that names whose it is ("market worries of a Trump
    victory", "Democratic hopes for a landslide", "public comments on the rule"), if any (`holders`:
    the common nouns that may: "market", "investor", "public"). Not what it is about: "fraud
    allegations", "rate fears" are about fraud and rates."""
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in _MODIFIERS:
            continue
        if child.ent_type_ not in _HOLDER_ENTITIES and child.lemma_.lower() not in holders:
            continue
        between = noun.doc[child.i + 1 : noun.i]
        # Modifiers only between them: a misparse may hang a word from an aside on the noun
        # ("in a safe Tory seat - prompted calls" has "Tory" as a compound of "calls").
        if all(t.dep_ in _MODIFIERS for t in between):
            return child
    return None
