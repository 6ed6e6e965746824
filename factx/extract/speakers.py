"""Speakers: the text of who is said to speak, and the entity it names or points to.

A speaker that names an entity in its head or the words naming it ("TikTok CEO Shou Zi Chew") is
that entity, the person before the organisation in their title; a noun for a person that a name
only modifies ("the GOP nominee", "a Trump aide") is the person the article gave that title, or
nobody. One that points back is resolved against what came before it, no further back than the
paragraph before its own: "he" and "she" to the person who spoke last (nobody, if that was
someone unnamed: "one woman said"), else the last person named; "the company" to the
organisation the sentence before opened with, else the one that spoke last, else the one the
article names most if it is named there, else the one last made a sentence's subject (the thing
it is about), else the last one named;
"it" only to the organisation the sentence before was about; and a role ("TikTok's boss") to the
person the article gave that role ("TikTok CEO Shou Zi Chew"). Unnamed sources ("sources",
"officials") keep their text and point to no entity. The word lists are data:
`factx/data/speakers.json`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cache

from factx.extract import people_titles, sexes
from factx.extract.first_names import person_by_first_name
from factx.extract.lookup import FactIndex
from factx.extract.wordlists import word_sets
from factx.records import EntityFact

_SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP")
# What stands between two names a speaker gives together: "and", "&" or a comma, maybe "the",
# after a closing bracket ("the Food and Agriculture Organization (FAO) and the WFP").
_JOINED_BY = re.compile(
    r"\)?(?:\s*,\s*(?P<and>and\s+|&\s+)?|\s+(?P<and2>and|&)\s+)(?:the\s+)?", re.IGNORECASE
)


def _by_start(row: tuple[int, int, EntityFact]) -> tuple[int, int]:
    return row[0], -row[1]


_GROUPS = ("ORG", "GPE", "NORP")
# How far back a sentence's subject is still what "the company" means: a few paragraphs.
_TOPIC_REACH = 1500
# What gives a speaker its name after its noun: "the network, also known as Russia Today".
_ALIAS = re.compile(r",(?: also| still| [a-z]+ly| and)* (?:known as|called|dubbed|nicknamed) ")
# How many words may describe an organisation before its name opens a sentence ("US media giant
# TimeWarner").
_DESCRIBED = 5
# Where a title stands between an organisation and a person: "TikTok CEO Shou Zi Chew".
_TITLE_GAP = 40
# An epithet speaker ("the heavy metal star") has at most this many words, and the word before a
# person's name it is matched with is read this far back.
_EPITHET_WORDS = 5
_EPITHET_REACH = 30
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][\w-]*) $")
_EPITHET_BEFORE = re.compile(r"(?<![\w-])([a-z0-9][a-z0-9-]*[a-z]) $")


def _words() -> dict[str, frozenset[str]]:
    return word_sets("speakers.json")


@cache
def _describing() -> re.Pattern[str]:
    """A few lowercase words ending in a noun for an organisation, then a name: what follows a
    people's or place's name that only describes the organisation ("US media giant Time"),
    also after a second people's word joined to it ("US-German carmaker DaimlerChrysler")."""
    nouns = "|".join(sorted(_words()["nominals"]))
    return re.compile(
        rf"(?:-[A-Z][\w-]*)?(?: [a-z][a-z-]*){{0,{_DESCRIBED - 1}}} (?:{nouns}) [A-Z]"
    )


class Speakers:
    """Resolves the speakers of one article, in reading order.

    `note_sentence` is called for each body sentence as it is passed, so that "the company" is
    read against the sentences before it, never after.
    """

    def __init__(self, text: str, index: FactIndex) -> None:
        self.text = text
        self.index = index
        self.by_name = _names(index)
        self.topics: list[tuple[int, EntityFact]] = []  # sentence-initial organisations
        self.last_subject: EntityFact | None = None  # that of the sentence just passed
        self.last_subject_at = -1  # where it was named
        self.sentence_start = self.sentence_end = 0  # of the sentence just passed
        # The organisation that last spoke ("..., the Financial Times has reported"), and where.
        self.last_group_speaker: tuple[int, EntityFact | None] | None = None
        self.last_named_group: tuple[int, EntityFact] | None = None  # the last one of those named
        self.last_person_subject: EntityFact | None = None  # the person it is about, if any
        self.last_person_subject_at = -1  # where it is named
        # A person (None: one the text does not name, "a mother of two"), and its paragraph.
        self.last_speaker: tuple[EntityFact | None, int] | None = None
        self.last_spoke_at = -1  # where the last speaker's cue is
        self.unnamed_until = -1  # where what the last unnamed speaker said ends
        self.paragraph_starts: dict[int, int] = {}
        self._people: _People | None = None  # made on the first role speaker
        self._titled: dict[str, list[tuple[int, EntityFact]]] = {}  # by owner
        self._titles: people_titles.Titles | None = None  # made on the first title alone
        self.sexes: dict[str, str] = {}  # entity id -> "m" or "f", as speakers called them
        self._resolved: dict[tuple[int, int], EntityFact | None] = {}  # by speaker offsets
        self._people_named: dict[str, bool] = {}  # entity id -> named after a first name
        self._epithets: dict[str, list[tuple[int, EntityFact]]] | None = None  # by head word

    def note_paragraph(self, paragraph: int, start: int) -> None:
        """Remember where a paragraph with claims or sentences starts: a pronoun or "the
        company" points back no further than the paragraph before its own."""
        self.paragraph_starts.setdefault(paragraph, start)

    def _since(self, paragraph: int | None) -> int:
        """Where the paragraph before this one starts (0 if it is not known)."""
        if paragraph is None:
            return 0
        before = [p for p in self.paragraph_starts if p < paragraph]
        return self.paragraph_starts[max(before)] if before else 0

    def spoke(self, person: EntityFact, paragraph: int, at: int = -1) -> None:
        """Remember the person of the claim just made (`at`: where its cue is): "He added ..."
        is mostly them."""
        self.last_speaker = (person, paragraph)
        self.last_spoke_at = at

    def a_person(self, entity: EntityFact) -> bool:
        """Whether an entity a speaker names is a person: one labelled so, or a firm or place
        the article names after a first name the model left out of it ("Boss Graeme Souness
        felt ...", "Souness" taken for a club): "he" after "Souness said" is that person."""
        if entity.label == "PERSON":
            return True
        known = self._people_named.get(entity.id)
        if known is None:
            known = any(
                self._after_first_name(mention.start, mention.text)
                for mention in entity.mentions[:_HONORIFIC_LOOKS]
            )
            self._people_named[entity.id] = known
        return known

    def _after_first_name(self, start: int, name: str) -> bool:
        """Whether a first name stands right before the name at `start` ("Graeme Souness")."""
        word = _WORD_BEFORE.search(self.text[max(0, start - _FIRST_NAME_REACH) : start])
        return word is not None and person_by_first_name(f"{word[1]} {name}")

    def spoke_for(self, group: EntityFact | None, cue_start: int) -> None:
        """Remember an organisation that spoke ("It said ..." after it is mostly it), or that
        someone else did (None)."""
        self.last_group_speaker = (cue_start, group)
        if group is not None:
            self.last_named_group = (cue_start, group)

    def spoke_unnamed(self, speaker: tuple[int, int], paragraph: int, until: int) -> None:
        """Remember that someone the text does not name spoke ("One woman, who asked not to be
        named, said ..."), if the speaker is a person: her "she" is nobody the article named
        (`until`: where what she said ends), unless someone is named after it."""
        words = self.text[speaker[0] : speaker[1]].lower().split()
        people = _words()["people"] | _words()["person_nouns"]
        if any(word.strip(",") in people for word in words[:4]):
            self.last_speaker = (None, paragraph)
            self.last_spoke_at = speaker[0]
            self.unnamed_until = until

    def note_sentence(
        self, start: int, end: int, subject: tuple[tuple[int, int], ...] = ()
    ) -> None:
        """Remember the organisation a sentence opens with ("TikTok, the platform ..., has")
        and the person its main verb's subject names (`subject`: where its head and naming
        words are, the head first)."""
        self.sentence_start, self.sentence_end = start, end
        self.last_person_subject = None
        if subject:
            first, last = min(s for s, _ in subject), max(e for _, e in subject)
            named = self._named(first, last, subject)
            # "Donald Trump's son told ...": the son, whom it does not name.
            person = named is not None and self.a_person(named)
            if named and person and not self._modifies_a_person(named, subject):
                self.last_person_subject = named
            self.last_person_subject_at = subject[0][0]
        # "The FAO has urged ... It also criticised ... It recommends ...": a sentence that
        # opens with "It" goes on about the organisation the one before was about.
        opens_with_it = self.text[start : start + 3] in ("It ", "it ")
        carried = (self.last_subject, self.last_subject_at) if opens_with_it else (None, -1)
        self.last_subject = None
        owned_lead = None  # the lead of what a possessor at the sentence's start owns
        for m_start, m_end, entity in self.index.mentions_in(start, end):
            if entity.label not in _GROUPS:
                continue
            if entity.label != "ORG" and _describing().match(self.text, m_end):
                continue  # "Anglo-Dutch" in "Anglo-Dutch consumer goods giant Unilever"
            lead = self.text[start:m_start].strip(" \"“‘'").lower()
            # After one opening phrase too: "On the civilian front, Boeing announced ...".
            opening = lead.removesuffix(" the")
            first = lead in ("", "the") or (opening.endswith(",") and opening.count(",") == 1)
            # "Oil giant BP said", "Anglo-Dutch consumer goods giant Unilever is to merge": a
            # few words describing the organisation that stand before its name.
            described = lead.split()
            first = first or (
                "," not in lead
                and 0 < len(described) <= _DESCRIBED
                and described[-1] in _words()["nominals"]
            )
            # "Before now Microsoft has left the market to ...": the main verb's subject, after an
            # opening phrase with no comma, is what the sentence is about too.
            first = first or (bool(subject) and m_start <= subject[0][0] < m_end)
            if owned_lead is None and first and self.text[m_end : m_end + 2] in ("'s", "’s"):
                # "France's Snecma said", "NatWest's parent, the Royal Bank of Scotland Group,
                # said": the possessor is not the subject; what it owns may be.
                owned_lead = self.text[start : m_end + 2].strip(" \"“‘'").lower().replace("’", "'")
                continue
            if first or (owned_lead is not None and lead.replace("’", "'") == owned_lead):
                self.topics.append((m_start, entity))
                self.last_subject, self.last_subject_at = entity, m_start
            break  # only the sentence's first organisation can be its subject
        if self.last_subject is None:
            self.last_subject, self.last_subject_at = carried

    def resolve(
        self,
        speaker: tuple[int, int] | None,
        core: tuple[tuple[int, int], ...] = (),
        paragraph: int | None = None,
        said: int | None = None,
        before: tuple[tuple[int, int], ...] = (),
    ) -> EntityFact | None:
        """The entity the speaker at these offsets names or points to, if any (`core`: where
        its head and naming words are; an entity elsewhere in it is not the speaker; `said`:
        where what it says starts, if before it: '"Assad is secondary," he said' points back
        past the quotation, never into it; `before`: the head and naming words of the person
        subject before a "he"/"she" in its sentence, whom it means if they fit)."""
        if speaker is None:
            return None
        if speaker in self._resolved:
            # '"A," he said. "B."': the quotation going on is the same "he", read once.
            return self._resolved[speaker]
        start, end = speaker
        words = self.text[start:end].lower().replace("’", "'").split()
        found = self._subject_before(before, words) or self._agreeing(
            self._resolve(start, end, words, core, paragraph, said), words
        )
        self._resolved[speaker] = found
        return found

    def _subject_before(
        self, before: tuple[tuple[int, int], ...], words: list[str]
    ) -> EntityFact | None:
        """The person at `before`, if a name, not of another person ("Trump's son"), and one
        the pronoun fits."""
        if not before or not words:
            return None
        named = self._named(min(s for s, _ in before), max(e for _, e in before), before)
        if named is None or named.label != "PERSON" or self._modifies_a_person(named, before):
            return None
        return named if self._fits(named, _word_sex(words[0])) else None

    def joined(self, first: EntityFact, speaker: tuple[int, int] | None) -> list[EntityFact]:
        """The entities a speaker names together, `first` (the one it resolved to) first:
        "Microsoft and Intel said", "The FAO and WFP said", "Smith, Jones and Brown said" name
        all of them. A comma alone joins no names ("Rod Eddington, BA's chief executive",
        "Parmalat, the Italian dairy company": an apposition), nor does a possessive ("Smith
        and Acme's chief"). A name the speaker does not open with (a pronoun, a role) is
        `first` alone."""
        if speaker is None:
            return [first]
        found = [first]
        kept = 1  # names up to the last one an "and" joined
        at: int | None = None  # where the last name joined ends
        for m_start, m_end, entity in sorted(self.index.mentions_in(*speaker), key=_by_start):
            if at is None:
                if entity.id != first.id:
                    return found  # the speaker opens with another name: "Acme's Smith"
                at = m_end
                continue
            if any(entity.id == e.id for e in found):
                at = max(at, m_end)  # the same name again: "the FAO (Food and ...)"
                continue
            gap = _JOINED_BY.fullmatch(self.text, at, m_start)
            if (
                entity.label not in _SPEAKER_LABELS
                or gap is None
                or self.text.startswith(("'s", "’s"), m_end)
            ):
                break
            found.append(entity)
            if gap.group("and") or gap.group("and2"):
                kept = len(found)
            at = m_end
        return found[:kept]

    def _agreeing(self, entity: EntityFact | None, words: list[str]) -> EntityFact | None:
        """The entity, unless the speaker's first word ("he", "Ms") is of the other sex than
        an earlier speaker's word for the same person ("she told BBC News", then "he said"
        after a man the model took for an organisation): then nobody."""
        if entity is None or entity.label != "PERSON" or not words:
            return entity
        lists = _words()
        first = words[0]
        if first in lists["person_possessives"] and len(words) > 2:
            return entity  # "Her coach Aston Moore": whose coach, not which sex he is
        sex = _word_sex(first)
        if not sex:
            return entity
        if first.rstrip(".") in _HONORIFICS:
            # "Mrs Parker Bowles", "Mr Trutnev": the text names them so, whatever a first name
            # says; not learnt, as "Mrs Howard" may be merged with "Michael Howard".
            return entity
        known = self._sex(entity)
        if not known:
            self.sexes[entity.id] = known = sex
        return entity if known == sex else None

    def _sex(self, person: EntityFact) -> str:
        """What the article shows of a person's sex ("m", "f"): a speaker's word for them, else
        the honorifics before their first mentions, else their first name; "" if nothing, "x"
        if the honorifics disagree."""
        known = self.sexes.get(person.id)
        if known is not None:
            return known
        # The honorifics before its first mentions, else its first name; both "Mr" and "Mrs"
        # ("Mrs Howard" merged with "Michael Howard"): two people, whom no pronoun fits.
        found = {sexes.of_honorific(self.text[max(0, m.start - 5) : m.start])
                 for m in person.mentions[:_HONORIFIC_LOOKS]} - {""}  # fmt: skip
        found = found or {sexes.of_name(person.name)} - {""}
        known = found.pop() if len(found) == 1 else "x" if found else ""
        if known:
            self.sexes[person.id] = known
        return known

    def _fits(self, person: EntityFact, sex: str) -> bool:
        """Whether a "he" (`sex` "m") or "she" ("f") may be this person."""
        known = self._sex(person)
        return not sex or not known or known == sex

    def _resolve(
        self,
        start: int,
        end: int,
        words: list[str],
        core: tuple[tuple[int, int], ...],
        paragraph: int | None,
        said: int | None,
    ) -> EntityFact | None:
        alias = _ALIAS.search(self.text, start, end)
        if alias is not None:
            # "The state-financed network, also known as Russia Today": the name it gives is who
            # speaks, if the article knows it, and no organisation named before; "Moya,
            # nicknamed Charly" is Moya.
            before = self._named(start, alias.start(), core)
            if before is not None:
                return before
            name = self.text[alias.end() : end].strip(" ,").lower()
            return self.by_name.get(name) or self.by_name.get(name.removeprefix("the "))
        named = self._named(start, end, core)
        if named is not None and named.label == "NORP" and self._a_native(words, named, start):
            return self._native(start, words)
        known, titled = self._title_alone(words, named)
        if known:
            return titled
        role = self._role(start, words, named)
        if role is not None:
            return role
        epithet = self._epithet(start, words, named)
        if epithet is not None:
            return epithet
        if named is not None and self._modifies_a_person(named, core):
            return None  # "the GOP nominee", "a Trump aide": someone else, whom it does not name
        # "US media giant TimeWarner" (the name parsed as a modifier of "giant") is the firm.
        group = named is not None and named.label == "ORG"
        if named is not None and not group and self._modifies(named, core, _words()["nominals"]):
            # "The US company", "the European carrier": the firm the paragraph is about, as
            # "the company" is; "Britain's biggest bank" alone names none.
            nominal = words[0] in ("the", "this")
            return self._company(start, paragraph, bare=False) if nominal else None
        if named is not None and not group and self._modifies(named, core, _words()["media"]):
            return None  # "the influential US daily": a newspaper, which one it does not say
        back = min(start, said) if said is not None else start
        if named is not None:
            return named
        head = self.text[core[0][0] : core[0][1]].lower() if core else None
        # "It said ..." opening its sentence, or "..., it said" after what it says: not "yet it
        # confirms" after a subject of the sentence's own.
        opening = not self.text[self.sentence_end : start].strip(" \n\"“”'‘’(.!?")
        reporting = opening or (said is not None and said < start)
        return self._pointed(back, words, paragraph, head, reporting)

    def _title_alone(
        self, words: list[str], named: EntityFact | None
    ) -> tuple[bool, EntityFact | None]:
        """ "The Tory leader", "the foreign secretary": whether the article gives the title to
        anyone, and the one person it gives it to ("Tory leader Michael Howard"), if only one
        (`titles`): then no nearer name with a longer title ("shadow chancellor Oliver
        Letwin") or another holder ("Senator Mary Jones") is the speaker."""
        if named is not None and named.label == "PERSON":
            return False, None
        if not 2 <= len(words) <= 4 or words[0] != "the" or any("'" in w for w in words):
            return False, None
        lists = _words()
        if words[-1] not in lists["roles"] | lists["person_nouns"] | lists["titles"]:
            return False, None
        if self._titles is None:
            self._titles = people_titles.Titles(self.text, self.index)
        return self._titles.named(" ".join(words[1:]))

    def _modifies_a_person(self, named: EntityFact, core: tuple[tuple[int, int], ...]) -> bool:
        """Whether the speaker's head is a noun for a person ("nominee", "aide", "international")
        that the name only modifies: the nominee of the GOP is not the GOP, nor Trump's aide
        Trump, nor the Wales international Wales. A name after the head names it: "The Lord
        Chancellor, Lord Falconer" is Lord Falconer."""
        if core and any(
            m.start >= core[0][1] and any(m.start < end and start < m.end for start, end in core)
            for m in named.mentions
        ):
            return False
        # "the Wales international", "the Labour peer": a player or a peer, not the country or
        # the party, whoever it is ("epithets" are no titles, so no one titled so is sought).
        if self._modifies(named, core, _words()["person_nouns"] | _words()["epithets"]):
            return True
        # "The Celtic manager" with no manager of Celtic named: someone, not the club. Not
        # "Labour campaign chiefs": a party's chiefs together speak for it.
        head = self.text[core[0][0] : core[0][1]].lower()
        return head in _words()["roles"] and self._modifies(named, core, _words()["roles"])

    def _modifies(
        self, named: EntityFact, core: tuple[tuple[int, int], ...], nouns: frozenset[str]
    ) -> bool:
        """Whether the speaker's head is one of `nouns` and the name only modifies it."""
        if not core:
            return False
        head_start, head_end = core[0]
        head = self.text[head_start:head_end].lower()
        before = _TITLE_WORD_BEFORE.search(
            self.text, max(0, head_start - _EPITHET_REACH), head_start
        )
        if before is not None and f"{before[1].lower()} {head}" in nouns:
            # "The UN secretary general", "the Texas attorney general": a two-word title.
            head, head_start = f"{before[1].lower()} {head}", before.start(1)
        # "Trump aides", "Lewinsky Reporter" (a headline's capitals): the plural and any case.
        if head not in nouns and not (head.endswith("s") and head[:-1] in nouns):
            return False
        return not any(m.start < head_end and head_start < m.end for m in named.mentions)

    def _named(
        self, start: int, end: int, core: tuple[tuple[int, int], ...] = ()
    ) -> EntityFact | None:
        """The entity the speaker names, a person first: "TikTok CEO Shou Zi Chew" is the
        person; "the court in Washington" and "Chinese authorities" name nobody."""
        rows = self.index.mentions_in(start, end)
        names = [e for _, _, e in rows if e.label in _SPEAKER_LABELS]
        if core:
            in_core = _touching(rows, core)
            names = [e for e in names if e.id in in_core]
        if not names:
            # A name the model did not tag here ("Trump Warns ..." in a headline, '..., said
            # Mr Clump') but did elsewhere in the article.
            words = self.text[start:end].lower().split()
            if len(words) == 2 and words[0].rstrip(".") in _HONORIFICS:
                words = words[1:]  # "Mr Clump" is the Carl Clump the article named
            return self.by_name.get(" ".join(words))
        # A person first, and of those the one the head word is part of ("Minister for
        # Children, Young People and Families Margaret Hodge" is Margaret Hodge), else the one
        # named last: a possessor comes before the head it owns, the head's own name after it
        # ("Mr. Trump's campaign manager, Kellyanne Conway" is Kellyanne Conway).
        # So with organisations and places: "France's Snecma has said" is Snecma.
        people = [e for e in names if e.label == "PERSON"] or names
        if core:
            in_head = _touching(rows, core[:1])
            last = {e.id: m_start for m_start, _, e in rows}
            people.sort(key=lambda e: (e.id not in in_head, -last[e.id]))
        return people[0]

    def _role(self, start: int, words: list[str], named: EntityFact | None) -> EntityFact | None:
        """ "TikTok's boss", "the company's chief executive": the person the article named in
        that role, if it did ("TikTok CEO Shou Zi Chew", "Shou Zi Chew, TikTok's CEO")."""
        roles = _words()["roles"] | _words()["person_nouns"]
        if not words or (words[-1] not in roles and " ".join(words[-2:]) not in roles):
            return None
        owner = named if named is not None and named.label in ("ORG", "GPE") else None
        if owner is None and "company's" in words:
            owner = self._topic(start)
        if owner is None:
            # "the president told ..." after "President Saakashvili": whom the article gave
            # that title before a name.
            title = words[1:] if words[0] == "the" and named is None else []
            return self._titled_before(start, " ".join(title)) if 0 < len(title) <= 3 else None
        titled = self._titled_people(owner)
        at = bisect_left(titled, start, key=lambda pair: pair[0])
        if at:
            return titled[at - 1][1]
        return titled[0][1] if titled else None

    def _titled_before(self, start: int, title: str) -> EntityFact | None:
        """The person last named before `start` right after the title ("President
        Saakashvili", "Chancellor Gordon Brown"), if any."""
        if self._people is None:
            self._people = _people(self.index)
        by_start, starts, _, _ = self._people
        for p_start, p_end, person in reversed(by_start[: bisect_left(starts, start)]):
            before = self.text[max(0, p_start - len(title) - 2) : p_start].lower().split()
            mention = self.text[p_start:p_end].lower()
            if " ".join(before[-len(title.split()) :]) == title or mention.startswith(title + " "):
                return person
        return None

    def _epithet(self, start: int, words: list[str], named: EntityFact | None) -> EntityFact | None:
        """ "The TV host said ..." after "Talk show host Jerry Springer", "the 20-year-old"
        after "20-year-old Ivo Minar": the person last named after that word (the epithet's
        head), if any. Not someone's ("the minister's spokesman"), nor an office ("the prime
        minister": `_role` and `_title_alone` read those against the whole title), nor a firm's
        noun ("the company")."""
        if named is not None or not 2 <= len(words) <= _EPITHET_WORDS or words[0] != "the":
            return None
        if any("'" in word for word in words):
            return None  # "the prime minister's official spokesman": whose it is, not who
        head = words[-1].strip(",.")
        lists = _words()
        offices = lists["roles"] | lists["titles"] | lists["person_nouns"]
        if head in offices or head in lists["nominals"] | lists["media"] | lists["people"]:
            return None
        if self._epithets is None:
            self._epithets = self._read_epithets()
        called = self._epithets.get(head, [])
        at = bisect_left(called, start, key=lambda pair: pair[0])
        if not at:
            return None
        named_at, person = called[at - 1]
        return self._unless_another_since(person, named_at)

    def _unless_another_since(self, person: EntityFact, named_at: int) -> EntityFact | None:
        """The person an epithet was given to at `named_at`, unless the sentence before was
        about someone else named later."""
        subject = self.last_person_subject
        if (
            subject is not None
            and subject.id != person.id
            and self.last_person_subject_at > named_at
        ):
            # "Olympic champion Kenenisa Bekele ... Britain's Paula Radcliffe has not ruled out
            # competing. '...,' said the two-time champion": the sentence before was about
            # someone else, whom the epithet may well be; nobody rather than the wrong one.
            return None
        return person

    def _a_native(self, words: list[str], named: EntityFact, start: int) -> bool:
        """Whether the speaker is "the" and a people's name alone ("the Argentine", "The
        Northern Irishman"): a person of that people, not the people."""
        if len(words) < 2 or words[0] != "the" or words[-1].endswith("s"):
            return False  # "the Russians": the people, or its side, not one person
        rest = " ".join(words[1:])
        return any(
            m.start >= start and self.text[m.start : m.end].lower().removeprefix("the ") == rest
            for m in named.mentions
        )

    def _native(self, start: int, words: list[str]) -> EntityFact | None:
        """ "The Argentine said ..." after "Argentine David Nalbandian": the person last named
        right after that word, as an epithet is; else nobody (a people speaks for no one)."""
        if self._people is None:
            self._people = _people(self.index)
        demonym = " ".join(words[1:])
        for p_start, _, person in reversed(self._people[0][: bisect_left(self._people[1], start)]):
            if self.text[max(0, p_start - len(demonym) - 1) : p_start].lower() == demonym + " ":
                return self._unless_another_since(person, p_start)
        return None

    def _read_epithets(self) -> dict[str, list[tuple[int, EntityFact]]]:
        """The lowercase word right before each person mention ("host" in "Talk show host
        Jerry Springer"), with the mentions after it by start: read once per article."""
        if self._people is None:
            self._people = _people(self.index)
        found: dict[str, list[tuple[int, EntityFact]]] = {}
        for p_start, _, person in self._people[0]:
            word = _EPITHET_BEFORE.search(self.text, max(0, p_start - _EPITHET_REACH), p_start)
            if word is not None:
                found.setdefault(word[1], []).append((p_start, person))
        return found

    def _titled_people(self, owner: EntityFact) -> list[tuple[int, EntityFact]]:
        """The people's mentions that carry a title of the owner, by start: "TikTok CEO <name>"
        or "<name>, TikTok's chief executive". Only the person mentions near each of the
        owner's mentions are looked at, and each owner's list is made once, so a huge article
        costs its mentions, not their pairs."""
        found = self._titled.get(owner.id)
        if found is not None:
            return found
        if self._people is None:
            self._people = _people(self.index)
        by_start, starts, by_end, ends = self._people
        roles = _words()["roles"] | _words()["titles"] | _words()["person_nouns"]
        near: dict[int, tuple[int, EntityFact]] = {}
        for m in owner.mentions:
            # "TikTok CEO <name>": the person's mention starts shortly after the owner's.
            for p_start, _, person in by_start[
                bisect_left(starts, m.end) : bisect_right(starts, m.end + _TITLE_GAP)
            ]:
                if _has_role(self.text[m.end : p_start], roles):
                    near[p_start] = (p_start, person)
            # "<name>, TikTok's chief executive": it ends shortly before, then a comma.
            for p_start, p_end, person in by_end[
                bisect_left(ends, m.start - _TITLE_GAP) : bisect_right(ends, m.start)
            ]:
                gap = self.text[m.end : m.end + _TITLE_GAP]
                if self.text[p_end : m.start].startswith(",") and _has_role(gap, roles):
                    near[p_start] = (p_start, person)
        found = self._titled[owner.id] = sorted(near.values(), key=lambda pair: pair[0])
        return found

    def _pointed(
        self,
        start: int,
        words: list[str],
        paragraph: int | None = None,
        head: str | None = None,
        reporting: bool = False,
    ) -> EntityFact | None:
        """What a pronoun or a nominal ("the company") speaker points back to (`head`: the
        speaker's head word, which a phrase after it may follow: "The state-financed network,
        also known as Russia Today" is a "the network")."""
        lists = _words()
        phrase = " ".join(words)
        owned = len(words) == 2 and words[0] in lists["person_possessives"]
        if owned and words[1] not in lists["person_nouns"] | lists["people"]:
            # "Her campaign" speaks for her as "Mrs. Clinton's campaign" does for Mrs. Clinton.
            phrase = words[0]
        if phrase in lists["person_pronouns"]:
            # "Trump was defiant. '...,' he said" after Kelly Ayotte spoke, "Saban spurred the
            # campaign. He urged ...": the person the sentence just before was about, if named
            # after the last one who spoke and not of the other sex ("Hillary", "Mrs.").
            sex = _word_sex(words[0])
            subject = self.last_person_subject
            fits = subject is not None and self._fits(subject, sex)
            if subject is not None and fits and self.last_person_subject_at > self.last_spoke_at:
                return subject
            # '"...," Jakobi said of Mr Mubanga\'s account. He said: "..."': the last person
            # who spoke, in this paragraph or the one before, else the last person named.
            if self.last_speaker is not None and paragraph is not None:
                person, spoken_in = self.last_speaker
                if paragraph - spoken_in <= 1 and person is None:
                    # "A spokesman told the BBC ... However Mr Mulligan was not convinced. '...,'
                    # he said": a person named after what the unnamed one said, if any.
                    return self.index.last_before(start, ("PERSON",), self.unnamed_until)
                if paragraph - spoken_in <= 1:
                    return person  # whom `_agreeing` drops if the pronoun does not fit
            # "Saban sent Podesta, Mook and Abedin a message. '...,' he wrote": the person the
            # sentence before was about, over the last one it named.
            if subject is not None and fits:
                return subject
            # No further back than the paragraph before: a "she" who told an anonymous story is
            # not the woman named three paragraphs up.
            return self.index.last_before(start, ("PERSON",), self._since(paragraph))
        if phrase in lists["group_pronouns"]:
            # "It" is too often a thing ("The lawsuit ... It states"): only the organisation
            # the sentence before was about, or one that spoke since it was named ("Ferrari
            # could be listed, the Financial Times has reported. It said ...").
            subject = self.last_subject
            group = self.last_group_speaker
            later = group is not None and (subject is None or group[0] > self.last_subject_at)
            if reporting and group is not None and later and group[0] >= self.sentence_start:
                # It spoke in the sentence before, or earlier in this one; None: someone the
                # article does not name spoke since ("The broadcaster reported ..., but it
                # later clarified" is not the bank that spoke before).
                return group[1]
            return subject if subject is not None and subject.label == "ORG" else None
        noun = head if head is not None else words[-1]
        nominal = len(words) >= 2 and words[0] in ("the", "this") and noun in lists["nominals"]
        if nominal:
            return self._company(start, paragraph, bare=len(words) == 2)
        return None

    def _company(self, start: int, paragraph: int | None, bare: bool = True) -> EntityFact | None:
        """ "The company": the organisation the sentence before opened with; else, for a bare
        "the company" ("The German firm" is another), the one that spoke last in this paragraph
        or the one before ("The Vestey Group said ... But a spokesman added ... The company
        pointed out"), else the one the article names most so far, if it is named there
        ("Unilever is not alone ... Oil giant Shell dismantled ... The company said" is Unilever);
        else the one last made a sentence's subject there, else the last one named there. A sentence
        opening with another group since ("OptInRealBig was fighting Microsoft", with
        OptInRealBig taken for a place) leaves it unresolved rather than the organisation named
        in passing; a people's name ("Dutch co-chairman Antony Burgmans") is no such group."""
        since = self._since(paragraph)
        at = bisect_right(self.topics, start, key=lambda topic: topic[0])
        topic = next((t for t in reversed(self.topics[:at]) if t[1].label != "NORP"), None)
        if topic is not None and (topic[0] < since or start - topic[0] > _TOPIC_REACH):
            topic = None
        if topic is not None and topic[0] >= self.sentence_start:
            return topic[1] if topic[1].label == "ORG" else None
        spoke = self.last_named_group  # "a spokesman" since speaks for it, as a rule
        if bare and spoke is not None and spoke[0] >= since:
            return spoke[1]
        leading = self._leading(start) if bare else None
        if leading is not None and any(
            e.id == leading.id for _, _, e in self.index.mentions_in(since, start)
        ):
            return leading
        if topic is not None:
            return topic[1] if topic[1].label == "ORG" else None
        return self.index.last_before(start, ("ORG",), since)

    def _leading(self, start: int) -> EntityFact | None:
        """The organisation named most often before `start` (the first named, of a tie): what
        a business article is about."""
        counts: dict[str, tuple[int, int, EntityFact]] = {}
        for m_start, _, entity in self.index.mentions_in(0, start):
            if entity.label == "ORG":
                seen, first, _ = counts.get(entity.id, (0, m_start, entity))
                counts[entity.id] = (seen + 1, first, entity)
        best = max(counts.values(), key=lambda c: (c[0], -c[1]), default=None)
        return best[2] if best is not None else None

    def _topic(self, start: int) -> EntityFact | None:
        """The organisation last made a sentence's subject before `start`, if not long ago."""
        at = bisect_right(self.topics, start, key=lambda topic: topic[0])
        if not at:
            return None
        offset, entity = self.topics[at - 1]
        return entity if start - offset <= _TOPIC_REACH and entity.label == "ORG" else None


_Row = tuple[int, int, EntityFact]

# How many of a person's mentions are looked at for an honorific before them.
_HONORIFIC_LOOKS = 6
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss"})
# How far before a mention a first name the model left out of it is looked for, and how.
_FIRST_NAME_REACH = 20
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")


def _word_sex(word: str) -> str:
    """'m' for "he", "Mr" and the like, 'f' for "she", "Ms", ...; else ""."""
    lists = _words()
    return "m" if word in lists["masculine"] else "f" if word in lists["feminine"] else ""


def _touching(rows: list[_Row], core: tuple[tuple[int, int], ...]) -> set[str]:
    """The ids of the entities with a mention (of these rows) that overlaps one of `core`."""
    return {
        entity.id
        for m_start, m_end, entity in rows
        if any(m_start < c_end and c_start < m_end for c_start, c_end in core)
    }


_People = tuple[list[_Row], list[int], list[_Row], list[int]]


def _people(index: FactIndex) -> _People:
    """The article's person mentions sorted by start and by end, with the sorted keys."""
    by_start = [
        (m.start, m.end, entity)
        for entity in _unique(e for _, _, e in index.mentions if e.label == "PERSON")
        for m in entity.mentions
    ]
    by_start.sort(key=lambda row: row[0])
    by_end = sorted(by_start, key=lambda row: row[1])
    return by_start, [r[0] for r in by_start], by_end, [r[1] for r in by_end]


def _unique(entities: Iterable[EntityFact]) -> Iterator[EntityFact]:
    seen: set[str] = set()
    for entity in entities:
        if entity.id not in seen:
            seen.add(entity.id)
            yield entity


def _has_role(gap: str, roles: frozenset[str]) -> bool:
    return any(word in roles for word in re.findall(r"[a-z]+", gap.lower()))


def _names(index: FactIndex) -> dict[str, EntityFact]:
    """The article's speaker entities by lowercased name, alias and a person's surname, where
    only one entity answers to it."""
    found: dict[str, EntityFact | None] = {}
    seen: set[str] = set()
    for _, _, entity in index.mentions:
        if entity.label not in _SPEAKER_LABELS or entity.entity_id in seen:
            continue
        seen.add(entity.entity_id)
        keys = {entity.name.lower(), *(a.lower() for a in entity.aliases)}
        if entity.label == "PERSON" and " " in entity.name:
            keys.add(entity.name.split()[-1].lower())
        for key in sorted(keys):
            found[key] = entity if found.get(key, entity) is entity else None
    return {key: entity for key, entity in found.items() if entity is not None}
