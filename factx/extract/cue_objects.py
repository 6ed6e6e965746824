"""Cue verbs whose object shows that nothing is said: a product offered, a title defended.

A verb of saying or stance also has everyday senses that report nobody's words, and on news
outside politics they outnumber the speech: "Apple offers a cheaper Mac" (sells), "she will
defend her title" (play), "the firm found a way to cut costs" (managed), "customers calling
call centres" (a noun). The object tells them apart, so each rule reads it:

- `offers_goods`: "offer" says something only with what is said or proposed ("offered his
  condolences", "offered a deal"), an infinitive ("offered to resign") or an "as" phrase;
- `plays_for`: a cue verb whose object is a prize or a standing in a contest ("defend her
  titles", "claimed the doubles", "conceded a goal", "maintained the momentum");
- `finds_means`: "find" with a way or a means for its object ("found a way to broadcast"), or
  a reflexive ("found themselves a goal down"): no finding is reported;
- `noun_compound`: a cue word the parser read as a verb before the noun it makes a compound
  noun with ("get through to call centres");
- `displays`: "show" with a plain object says nothing unless a record, a text or an
  organisation shows it ("polls show a tight race", "an email shows the desperation"), it is a
  change ("the barometer showed a slight dip") or has a complement ("a tape showed Trump
  bragging"): "the screensaver shows the websites", "Safin showed some good touches" display;
- `locates`: "find" with a plain object comes upon or gets it ("councils must find more
  sites", "Arsenal found their rhythm"), unless a record or an inquiry finds it, or it is
  evidence or a change ("the inquiry found failings", "found no evidence of fraud");
- `strikes`: a cue verb of blame used of a blow or a push ("lashed home a volley", "knocked
  the album into third place");
- `names_itself`: a verb of naming with a reflexive object ("the group called itself the
  Underground Network", "styles himself a reformer") gives a name, and reports nobody's view;
- `interrogates`: "question" with a person for its object or its passive subject ("police
  questioned the driver", "the detainees were questioned") asks them things; no doubt is
  reported.

The words are data (`factx/data/cues.json`: "offered", "contests", "means", "compounds",
"shown", "evidence", "published", "self_naming", "interrogated", "found", "inquiries", "blows",
"struck", "directions", "ranks").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from factx.extract.wordlists import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Token

_QUOTES = frozenset({'"', "“", "'", "‘"})
_REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves",
                         "yourselves", "themselves"})  # fmt: skip

# Children that make "offer" a proposal whatever its object is: "offered to resign", "offered
# that ...".
_PROPOSING = frozenset({"xcomp", "ccomp"})


@cache
def _words() -> dict[str, frozenset[str]]:
    return word_sets("cues.json")


def says_nothing(verb: Token) -> bool:
    """Whether a cue verb's object shows it is used in a sense that reports nobody's words."""
    return (
        offers_goods(verb)
        or plays_for(verb)
        or finds_means(verb)
        or noun_compound(verb)
        or displays(verb)
        or interrogates(verb)
        or names_itself(verb)
        or strikes(verb)
        or locates(verb)
    )


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def offers_goods(verb: Token) -> bool:
    """ "Apple offers a cheaper Mac", "Arsenal offered him a new contract", "Rovers offered
    £500,000": what is offered is a thing sold or paid, not something said; but "offered his
    condolences", "offered a compromise", "offered to resign", "offered herself as a mediator"."""
    if verb.lemma_.lower() != "offer":
        return False
    children = list(verb.children)
    if any(c.dep_ in _PROPOSING or (c.dep_ == "prep" and c.lower_ == "as") for c in children):
        return False
    thing = _object(verb)
    return thing is not None and thing.lemma_.lower() not in _words()["offered"]


def plays_for(verb: Token) -> bool:
    """ "She will defend her titles", "Mirza claimed the doubles", "the keeper has not conceded
    a goal", "Kiefer maintained the momentum": a cue verb whose object is a prize or a standing
    in a contest reports play; "defended her decision", "conceded the point" report words."""
    thing = _object(verb)
    # A noun: "polls showing Trump leading" has a clause the parser made the object.
    return (
        thing is not None and thing.pos_ == "NOUN" and thing.lemma_.lower() in _words()["contests"]
    )


def finds_means(verb: Token) -> bool:
    """ "Celltick has found a way to broadcast data", "the club found a buyer", "the hosts found
    themselves a goal down": "find" with a means for its object, or a reflexive, reports no
    finding; "the survey found that ...", "found the plan unworkable" do."""
    if verb.lemma_.lower() != "find":
        return False
    thing = _object(verb)
    if thing is not None and thing.lemma_.lower() in _words()["means"]:
        return True
    # "found themselves a goal down": the reflexive may be parsed as the object, or as the
    # subject of a small clause after the verb.
    after = [c for c in verb.children if c.i > verb.i]
    small = [g for c in after if c.dep_ in ("ccomp", "oprd", "xcomp") for g in c.children]
    return any(t.lower_ in _REFLEXIVES for t in (*after, *small) if t.i < verb.i + 3)


def noun_compound(verb: Token) -> bool:
    """ "Customers trying to get through to call centres are impatient": a cue word before a
    noun it makes a compound noun with is that noun's first half, whatever the parser tagged."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return False
    after = doc[verb.i + 1]
    return f"{verb.lower_} {after.lemma_.lower()}" in _words()["compounds"]


def strikes(verb: Token) -> bool:
    """ "Lampard blasted a shot through the wall", "Cole lashed home a volley", "the single
    knocked the album into third place", "Leeds knocked the holders out of the Cup", "a flood
    of data knocked the site offline": a cue verb that may name a blow or a push ("blast",
    "lash", "knock", `blows`) used so reports no words, whatever else it has; "lashed out at
    critics", "slammed the plan as a tax", "knocked Clinton's record", "pointed out that ..." do."""
    words = _words()
    if verb.lemma_.lower() not in words["blows"]:
        return False
    thing = _object(verb)
    if thing is not None and thing.lemma_.lower() in words["struck"]:
        return True
    knock = verb.lemma_.lower() == "knock"
    ranks = words["ranks"]
    for child in verb.children:
        word, moves = child.lower_, child.dep_ in _MOTIONS
        grandchildren = list(child.children)
        if moves and word in words["directions"]:
            return True
        # "out" is a way of saying too ("pointed out", "laid out its plans"), except "out of"
        # and "knocked out", the one cue verb that never says anything with it.
        if moves and word == "out" and (knock or any(g.lower_ == "of" for g in grandchildren)):
            return True
        # "to" only before a place in a table: "knocked the single to number three", not
        # "pointed to the figures"; the parser may hang "to number three" on the verb as a
        # clause of "number".
        if child.dep_ == "prep" and word == "to":
            if any(g.dep_ == "pobj" and g.lemma_.lower() in ranks for g in grandchildren):
                return True
        elif child.lemma_.lower() in ranks and any(g.lower_ == "to" for g in grandchildren):
            return True
    return False


# How a direction hangs on the verb: a particle ("lashed home"), an adverb or a predicate
# ("knocked the site offline") or a preposition ("into third place", "past the keeper").
_MOTIONS = frozenset({"prt", "advmod", "prep", "npadvmod", "acomp", "oprd"})

_PERSONAL = frozenset({"him", "her", "them", "me", "us", "you"})


def interrogates(verb: Token) -> bool:
    """ "Police questioned the driver", "the detainees were questioned by UK police", "a poll
    which questioned 1,943 adults": "question" with a person for its object, or for its passive
    subject, asks them things, and reports no doubt; "questioned the timing", "questioned
    whether ..." do."""
    if verb.lemma_.lower() != "question":
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    role = "nsubjpass" if passive else "dobj"
    target = next((c for c in verb.children if c.dep_ == role), None)
    if target is None:
        return False
    return (
        target.ent_type_ == "PERSON"
        or target.lower_ in _PERSONAL
        or target.lemma_.lower() in _words()["interrogated"]
    )


def names_itself(verb: Token) -> bool:
    """ "The piracy group called itself the Underground Network", "the gang dubbed themselves
    the Wolves": a verb of naming whose object is a reflexive, with a name after it, gives a
    name and reports nobody's view; "he called himself lucky" and "she called herself a
    failure" judge, and stay claims."""
    if verb.lemma_.lower() not in _words()["self_naming"]:
        return False
    thing = _object(verb)
    if thing is None or thing.lower_ not in _REFLEXIVES:
        return False
    # A name: a capitalised word or a quotation after the reflexive; not "a" or "an", which
    # describe ('dubbed herself a "hope-monger"').
    after = verb.doc[thing.i + 1 : verb.right_edge.i + 1]
    if not after or after[0].lower_ in ("a", "an"):
        return False
    return any(t.is_title or t.text in _QUOTES for t in after)


# Children that make "show" tell something: "showed that ...", "polls show Trump ahead".
_TELLING = frozenset({"ccomp", "xcomp", "advcl", "oprd", "acomp"})
_RELATIVES = frozenset({"that", "which", "who"})


def displays(verb: Token) -> bool:
    """ "The screensaver shows the websites under attack", "the new sets show HD in its full
    glory", "Safin showed some good touches": "show" with a plain object puts it on display; a
    record, a text or an organisation showing it ("polls show a tight race", "an email shows
    the desperation"), a change ("the barometer showed a slight dip", `shown`) or an object with
    a complement is a finding, and "showed that ..." or "showed how ..." tells."""
    if verb.lemma_.lower() != "show":
        return False
    thing = _plain_object(verb)
    records = _words()["evidence"] | _words()["published"]
    if thing is None or thing.lemma_.lower() in _words()["shown"] | records:
        return False  # a change shown, or "..., shows a study by Ericsson" (the parser's object)
    subject = _subject(verb)
    if subject is None:
        return True
    # A record, a text or an organisation shows what it reveals: "an email shows the
    # desperation of an aide", "WikiLeaks shows a plea".
    return subject.lemma_.lower() not in records and subject.ent_type_ != "ORG"


def locates(verb: Token) -> bool:
    """ "Councils must find more sites for travellers", "Arsenal found their rhythm", "users can
    find files on their PCs": "find" with a plain object comes upon or gets it, and reports no
    finding; a record or an inquiry finding it ("the survey found a sharp rise", "the inquiry
    found failings"), evidence or a change found ("found no evidence of fraud", `found`,
    `shown`), or an object with a complement ("found the plan unworkable") is a finding, and
    "found that ..." tells."""
    if verb.lemma_.lower() != "find":
        return False
    words = _words()
    thing = _plain_object(verb)
    records = words["evidence"] | words["published"] | words["inquiries"]
    if thing is None or thing.lemma_.lower() in words["found"] | words["shown"] | records:
        return False
    subject = _subject(verb)
    return subject is None or subject.lemma_.lower() not in records


def _plain_object(verb: Token) -> Token | None:
    """The verb's object where nothing but the object follows it: no clause ("showed that",
    "polls show Trump ahead"), no complement of the object ("a tape showed Trump bragging",
    "shows the West as a sea of chaos", "found the plan unworkable")."""
    children = list(verb.children)
    thing = _object(verb)
    # A clause tells ("..., shows a study"), but an adverbial one before it is a circumstance
    # ("Playing his first match, Safin showed some good touches").
    if thing is None or any(
        c.dep_ in _TELLING and (c.dep_ != "advcl" or c.i > verb.i) for c in children
    ):
        return None
    # What the object does or is, as a clause would say it.
    if any(c.dep_ == "acl" for c in thing.children) or any(
        c.dep_ == "prep" and c.lower_ == "as" for c in (*children, *thing.children)
    ):
        return None
    return thing


def _subject(verb: Token) -> Token | None:
    """Who or what does the verb: its subject, or what a relative clause or a participle
    hangs on ("sets that show HD", "data showing a gap")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    relative = subject is not None and subject.lower_ in _RELATIVES and verb.dep_ == "relcl"
    if relative or (subject is None and verb.dep_ == "acl"):
        return verb.head
    return subject
