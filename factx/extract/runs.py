"""A model mention cut inside a run of capitalised words is widened to the whole run.

The small model often tags only part of a name: "Pops" of "Top of the Pops", "Crown" of
"Triple Crown", "Telegraph" of "Sunday Telegraph journalist", "Digital" of "the Go Digital
programme", "BBC" of "BBC One". Inside a sentence a capitalised word right beside a name, that
no other mention or fact holds, is a word of that name, and so are "of" and "of the" between
two such words. A run never takes a sentence's first word (nor one after an opening quote,
bracket, colon or dash), nor a title or role ("Mr", "MP": they go before a name, not in it).
A weekday the model read as a date opens a paper's name it stands before ("Sunday" DATE of
"the Sunday Telegraph"), whatever the paper's label. Otherwise people's names and places are
never widened ("Tory Michael Howard", "Michael of Romania", "UK Prime Minister");
nationalities and products only to the left, as they modify the noun after them ("British
TV"), and an acronym after a name is such a noun ("Nintendo DS").
Headlines are written in title case, so their runs say nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_cut_bodies import TITLE_HEADS
from factx.extract.entity_title_modifiers import title_modifier
from factx.extract.entity_wrong_joins import rank_before_person
from factx.extract.named_days import paper_on_a_weekday, weekday_of_a_title
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The words before which a run stops: they open clauses ("I", "The") or are no name's words.
_OPENERS = frozenset({"'", '"', "“", "‘", "(", "[", ":", "-", "–", "—"})
_CONNECTORS = (("of",), ("of", "the"))
# Round r53-spans (sheet 53A's "I would really like to see a Speaker of the House of Lords",
# the model's "the House of Lords" ORG grown to `Speaker of the House of Lords`): a body is not
# widened over "of (the)" to a post's word before it (`entity_cut_bodies.TITLE_HEADS`: Speaker,
# Clerk, Members, ...): the post names no body, and the house is the name. Only a body's
# mention: a work's title may open with one ("the Lord of the Rings", "Queen of the Damned").
# "Friends of the Earth", "the Church of England" and "the Office of the Deputy Prime
# Minister" open with no post's word and are widened as before.
# People's names are not cut this way, and places are the words a run most often begins
# beside without them ("Las Vegas Microsoft", a place before a firm): on CoNLL-2003 widening
# places cost more place names than it found.
_UNWIDENED = frozenset({"PERSON", "GPE", "LOC", "FAC"})
# Nationalities and products modify the noun after them ("British TV", "Windows PC"): their
# mentions are only widened to the left.
_MODIFIERS = frozenset({"NORP", "PRODUCT"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# An acronym after a name is a noun it modifies ("Spanish FA", "Nintendo DS", "New York DJs").
_ACRONYM = re.compile(r"[A-Z]{2,}s?")
# Round r49b-misc (PolNeAR sheet D's "U.S. Senate Nominee Darryl Glenn", the model's right
# `Senate` grown to `Senate Nominee` ORG): a candidacy's word after a body is no word of its
# name, but a title's ("candidate" is a role already, `_not_name_words`).
_CANDIDACY = frozenset({"Nominee", "Nominees", "Hopeful", "Hopefuls", "Seat", "Race"})
# Round r39-firms (seed 94's "the 3GSM World Congress" cut to `World Congress`): a word of a
# digit and two capitals or more is a name's word too ("3GSM", "3DO"), where "3G" or "4x4" are
# not.
_DIGIT_CAPITALS = re.compile(r"\d[A-Z]{2,}[A-Za-z]*")
# Round r46c-people (seed 147's sport/382 "Ma'a Nonu then found his way through the Barbarians
# defence", `Nonu` PERSON): a Polynesian first name holds an apostrophe between lower-case
# letters ("Ma'a", "Sa'u", "Ta'ufo'ou"), which no name word's test lets in; never a contraction
# or a possessive ("It's", "I'm", "Don't", "Blair's"), nor "O'Brien", whose part after the
# apostrophe is capitalised and already whole.
_INNER_APOSTROPHE = re.compile(r"[A-Z][a-z]*(?:['’][a-z]+)+")
_CONTRACTIONS = frozenset({"s", "t", "ll", "re", "ve", "d", "m"})

# `law by its maker, no name`: "an Act of Parliament", "the new Act of Congress" is a kind of law
# named by the body that makes it, no law's name: the run stops at the body ("Parliament" ORG),
# and "Act of" stays out. A law's name holds more ("the Act of Union", "the Parliament Act").
_LAW_KINDS = frozenset({"act", "acts"})
_MAKERS = frozenset({"Parliament", "Parliaments", "Congress", "Assembly", "Senate"})


def _kind_of_law_by_its_maker(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention doc[start:end] is a legislature after a lone "Act of" or "Acts of"
    (with or without "the"): "a new Act of Parliament", "Acts of the Scottish Parliament"."""
    if doc[end - 1].text not in _MAKERS:
        return False
    for size in (2, 3):
        words = doc[max(start - size, 0) : start]
        if len(words) == size and words[0].lower_ in _LAW_KINDS and words[1].lower_ == "of":
            return (size == 2 or words[2].lower_ == "the") and not _name_word(doc, start - size - 1)
    return False


@cache
def _not_name_words() -> frozenset[str]:
    tables = data_file("aliases.json")
    words = {"the", "a", "an", "i"}
    for table in ("titles", "honorifics", "roles", "styled_persons"):
        words.update(w for w in tables[table] if " " not in w)
    return frozenset(words)


def _name_word(doc: Doc, index: int) -> bool:
    """Whether token `index` may be part of a name the model cut: capitalised, unclaimed."""
    if index < 0 or index >= len(doc):
        return False
    token = doc[index]
    text = token.text
    if not (text[:1].isupper() and text.isalpha()) and _DIGIT_CAPITALS.fullmatch(text) is None:
        return False
    if token.ent_type_ and not weekday_of_a_title(doc[index : index + 1]):
        return False  # another entity's word; not "Sunday" of "Sunday Telegraph", a DATE
    if token.is_sent_start or index == 0 or doc[index - 1].text in _OPENERS:
        return False
    return text.lower() not in _not_name_words()


def apostrophe_first_name(doc: Doc, index: int) -> bool:
    """Whether token `index` is a first name with an inner apostrophe ("Ma'a" of "Ma'a Nonu"),
    no entity's word and no contraction, right before a person's name the model cut it from."""
    if index < 0 or doc[index].ent_type_:
        return False
    text = doc[index].text
    if _INNER_APOSTROPHE.fullmatch(text) is None:
        return False
    return not any(part in _CONTRACTIONS for part in re.split("['’]", text)[1:])


def widened(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """The token span [start, end) of a model mention, widened over the run it was cut from."""
    end += paper_on_a_weekday(doc, end)  # "the Independent" + "on Sunday": one paper, any label
    if label == "PERSON" and apostrophe_first_name(doc, start - 1):
        start -= 1  # "Ma'a" + "Nonu": the first name the model left out
    if label in _UNWIDENED:
        if _name_word(doc, start - 1) and doc[start - 1].ent_type_:
            start -= 1  # "the Sunday Telegraph report" PERSON: the day opens a paper's name
        return start, end
    while _name_word(doc, start - 1):
        start -= 1
    if label not in _MODIFIERS and not _kind_of_law_by_its_maker(doc, start, end):
        for connector in _CONNECTORS:
            size = len(connector)
            words = tuple(t.lower_ for t in doc[max(start - size, 0) : start])
            if (
                words == connector
                and _name_word(doc, start - size - 1)
                and not (label == "ORG" and doc[start - size - 1].text in TITLE_HEADS)
            ):
                start -= size + 1
                while _name_word(doc, start - 1):
                    start -= 1
                break
    if label in _MODIFIERS or doc[end - 1].text in _POSSESSIVES:
        return start, end
    while (
        _name_word(doc, end)
        and not _ACRONYM.fullmatch(doc[end].text)
        and doc[end].text not in _CANDIDACY
        # "UN" + "High Commissioner for Refugees": the title's modifier, no word of the body's
        and not title_modifier(doc, end, _not_name_words())
        # "Third Division" + "Deputy Chief Edward Dennehy": the person's rank (r51b-joins)
        and not (label != "PERSON" and rank_before_person(doc, end))
    ):
        end += 1
    return start, end
