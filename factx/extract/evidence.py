"""What the article says a name is, beside the model's vote: a company, a work, a product, a team.

The small model labels by the look of a name and its neighbours, so "Ubisoft" becomes a person,
"Ray" a person and "Somerset" a place. The words around a mention often say better: "Ubisoft's
shares", "the film Ray", "Somerset beat Kent", a corporate suffix. Each cue is a named pattern
in `factx/data/entities.json`, read on the mention's own line only (and two of structure: a
name on a team sheet is a player, one on a fixture line, "Chelsea v Birmingham", a team); a
TEAM cue makes a place that plays an ORG, unless the place is a country (national teams keep
their country, as in OntoNotes and CoNLL). Country names come from pycountry plus the data's
own list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from factx.extract.entity_place_looks import place_by_its_words, place_kind
from factx.extract.entity_sheets import sheet_country
from factx.extract.entity_wrong_joins import landform_region
from factx.extract.first_names import (
    first_names,
    name_kind,
    opens_with_first_name,
    person_by_first_name,
)
from factx.extract.place_names import known_place
from factx.extract.product_initials import spelled_out
from factx.extract.wordlists import data_file
from factx.extract.world_cities import world_city
from factx.normalize.prefilter import DEPTH, tail_guard
from factx.normalize.timex import MONTH_PATTERN

# How far before and after a mention the cues look, in characters.
WINDOW = 80
# Names joined before a mention: "Elan and ", "Sega, Nintendo and ". A word never ends with a
# full stop, so the names stop where a sentence does ("single Grief Never Grows Old. Sir Cliff
# Richard, Russell Watson": the single's kind is not Russell Watson's). Round r41c-firms: a
# firm's "&" between its words is one of them ("a survey by Morgan Stanley & Co, Harris
# Interactive and comScore", seed 118's `comScore` PERSON).
_JOINED = re.compile(
    r"(?:[A-Z][\w.&'’-]*(?<!\.)(?: (?:&|[A-Z][\w.&'’-]*(?<!\.)))*(?:,| and| or) )+$"
)
# What follows a name in the middle of a list: "Sega, Nintendo and Sony", "A , B , C". A comma
# goes on with a name or "and"/"or"; one before a lower-case word closes an apposition instead
# ("chief executive of the Irish FA, Howard Wells, at the meeting": he is no firm, though a cue
# before the first of joined names holds for all of them).
_LIST_GOES_ON = re.compile(r" ?(?:,(?= ?(?:and |or |[A-Z0-9\"'‘“]|[a-z]+[A-Z]|$))|and |or )")
# A wire dateline opens a paragraph with its place in capitals: "LONDON 1996-08-30",
# "WASHINGTON, March 22 (Reuters) -", "LOS ANGELES (AP) -", "PARIS, Texas -", "AL-RAM, West
# Bank 1996-08-30". Wire text split into tokens has a space before the comma ("KHASAVYURT ,
# Russia 1996-08-31"). The bracket holds an agency, capitalised ("(Reuters)", "(AP)"): a
# table's line in capitals before a lower-case count is no dateline ("RUNNERS-UP (twice)").
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})"
    r"(?: ?, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
    rf"(?= \d{{4}}-\d\d-\d\d\b|,? \([A-Z][A-Za-z]*\)| [-–—] |, (?i:{MONTH_PATTERN})\b)"
)


@dataclass(frozen=True)
class Cue:
    name: str
    label: str  # ORG, WORK_OF_ART, PRODUCT, or TEAM
    where: str  # self, before or after
    pattern: re.Pattern[str]
    applies_to: frozenset[str] | None  # the model labels it may change; None for all
    unless: re.Pattern[str] | None  # the other side's words that cancel it
    shape: re.Pattern[str] | None = None  # the form the mention itself must have, if any
    lone: bool = False  # only for a PERSON name that no full person name in the article holds
    joined: bool = True  # a "before" cue also holds for names joined before the mention
    # Only for a name that is a known place (`place_names.known_place`) or a city of the world
    # (`world_cities.world_city`).
    place: bool = False
    people: bool = True  # False: not for a name opening with a common first name
    # For a "before" cue, what the words before a mention, read backwards, must start with
    # for `pattern` to match them (`prefilter.tail_guard`); None to search them anyway.
    tail: re.Pattern[str] | None = None
    # False: not for a lone word tagged PERSON that ends a person's full name in the article
    # (`entities.evidence_cue`): "Obama spokesman" after "Michelle Obama".
    surnames: bool = True
    # True: only for a name of a person's shape that opens with a common first name
    # (`first_names.opens_with_first_name`): "Philip Green, the billionaire owner".
    first_name: bool = False
    # False: not for a mention the model already gave the cue's label. A cue that only moves
    # one label to another ("the English side": LANGUAGE to NORP) says nothing of the names the
    # model tagged NORP, and would stand before their own cues ("the Pumas", a side).
    confirms: bool = True
    # False: not for a name that is a country or a known region ("US actor Jamie Foxx").
    places: bool = True
    # False: not for a name the model tagged PERSON that opens with a common first name
    # (`first_names.opens_with_first_name`, whatever its last word): a surname may be a kind
    # word ("spokesman Mike Lake"), and a person is "one of the developers" as a firm is.
    persons: bool = True
    # True: only for a city of the world (`world_cities.world_city`), never for a region
    # `place_names.known_place` knows: "in Cape Town" tagged LOC is the city, while "in the
    # Gulf" is no region's place cue ("Gulf" is a province of Papua New Guinea).
    cities: bool = False
    # False: not for a name any place or people list knows, a country, a region, a city of the
    # world or a people's word ("a trip to the Swansea theatre", "the Chinese users"): a cue
    # that reads the model's place as a venue, a body or a service holds only where no list
    # says the name is a place ("held in Belmarsh prison", "most Freeview boxes").
    known: bool = True
    # True: a FAC cue that holds for a two-word name opening with a common first name too
    # ("Parliament's Jewel Tower"), where the words before it show no person can be meant.
    first_names: bool = False
    # True: a "before" cue whose "^" stands for the start of a sentence, which must not match
    # where the 80-character window was cut inside its line (other cues' "^" is the window's
    # start: "code-named X" with no operation's word anywhere in the window).
    opens: bool = False
    # False: not for a name the article also gives as a person's (after a common first name,
    # after "Mr|Mrs|Ms|Dr", or before "he|she"; `entities.evidence_cue`): a person has a
    # website too ("Jose Mourinho ... Mourinho's website says so").
    named_people: bool = True
    # False: not for one word that is a common first name (`first_names.first_names`): "I told
    # Monica." names a woman by her first name alone, "he told Bloomberg." an outlet.
    given: bool = True
    # True: a cue that only a group of people shows ("Franz Ferdinand frontman Alex Kapranos",
    # "rockers Franz Ferdinand"): it outvotes the one vote of a name's common first name
    # (`entities.Cluster.label`), as no person has a frontman (round r45-works).
    group: bool = False
    # False: not for a people's own word that is no place ("a prominent Hutu businessman": a
    # people before a calling, NORP, where "a Norfolk farmer" is the county's; round 47).
    peoples: bool = True
    # False: not for a people's plural ("Arabs", "Kurds": a people's word the lists know and an
    # "s"), which names a people, never one person (round r53-persons, sheet 53A's "remarks he
    # made about Arabs, who he called ..." PERSON through "person who"); "an Arab, who" is one.
    plurals: bool = True


@cache
def _data() -> dict[str, object]:
    data: dict[str, object] = data_file("entities.json")
    return data


@cache
def cues() -> tuple[Cue, ...]:
    raw = _data()["cues"]
    assert isinstance(raw, list)
    found = []
    for item in raw:
        where = next(w for w in ("self", "before", "after") if w in item)
        labels = item.get("from")
        found.append(
            Cue(
                item["name"],
                item["label"],
                where,
                re.compile(item[where]),
                frozenset(labels) if labels else None,
                re.compile(item["unless"]) if "unless" in item else None,
                re.compile(item["shape"]) if "shape" in item else None,
                bool(item.get("lone")),
                bool(item.get("joined", True)),
                bool(item.get("place")),
                bool(item.get("people", True)),
                tail_guard(item[where]) if where == "before" else None,
                bool(item.get("surnames", True)),
                bool(item.get("first_name")),
                bool(item.get("confirms", True)),
                bool(item.get("places", True)),
                bool(item.get("persons", True)),
                bool(item.get("cities")),
                bool(item.get("known", True)),
                bool(item.get("first_names")),
                bool(item.get("opens")),
                bool(item.get("named_people", True)),
                bool(item.get("given", True)),
                bool(item.get("group")),
                bool(item.get("peoples", True)),
                bool(item.get("plurals", True)),
            )
        )
    return tuple(found)


@cache
def _cues_for(label: str) -> tuple[Cue, ...]:
    """The cues, in order, that a mention tagged `label` may have. A cue may change only some
    labels ("from"), and confirms its own: "Mac Format magazine" tagged ORG outvotes "editor
    of Mac Format" tagged PERSON."""
    return tuple(
        cue
        for cue in cues()
        if cue.applies_to is None
        or label in cue.applies_to
        or (label == cue.label and cue.confirms)
    )


@cache
def _any_cue(where: str, label: str | None = None) -> re.Pattern[str] | None:
    """All the patterns of the cues read `where` ("self" or "after") as one, of the cues that
    give `label` only if one is given: where it finds nothing, none of them is tried. Most
    mentions have none of their cues, and one search that fails costs about what each cue's
    own search costs (the "after" cues are anchored at the start). Group names are dropped, as
    two cues may use the same one."""
    alternatives = [
        "(?:" + _GROUP_NAME.sub("(?:", cue.pattern.pattern) + ")"
        for cue in cues()
        if cue.where == where and (label is None or cue.label == label)
    ]
    try:
        return re.compile("|".join(alternatives)) if alternatives else None
    except re.error:  # a pattern that cannot be joined (a back-reference): none is skipped
        return None


@cache
def _cue_labels(where: str) -> tuple[str, ...]:
    """The labels that the cues read `where` give, each once."""
    return tuple(dict.fromkeys(cue.label for cue in cues() if cue.where == where))


def _labels_that_may_match(where: str, text: str) -> frozenset[str]:
    """The labels of the cues read `where` ("self" or "after") of which some cue's pattern may
    match `text`: one joined search for the cues of each label (`_any_cue`), so that a cue
    that matches most texts rules in only its own label's cues. One search for all the "after"
    cues let through the cues of every label after about two mentions in three: "a hyphened
    pair of peoples" reads only "^ [a-z]" (its `shape` decides) and "people's word before a
    noun" any lower-case word but a few, so some 110 cues were searched one by one for almost
    every mention: some 300,000 searches over 100 articles, a fifth of `cue_of`'s time
    (round 46)."""
    found = []
    for label in _cue_labels(where):
        guard = _any_cue(where, label)
        if guard is None or guard.search(text) is not None:
            found.append(label)
    return frozenset(found)


_GROUP_NAME = re.compile(r"\(\?P<\w+>")


# A team sheet is a line of players, most of them an initial and a surname: "G Thomas (capt);
# H Luscombe, T Shanklin", "M. Atherton, N. Hussain". The model reads many as places or firms.
TEAM_SHEET = Cue("team sheet", "PERSON", "self", re.compile(""), None, None)
_SHEET_ITEM = re.compile(r"(?:[A-Z]\.){1,2} ?[A-Z]|[A-Z]{1,2} (?:[a-z]{2,3} )?[A-Z][a-z]")
_SHEET_SPLIT = re.compile(r"[;,]")
# Team sheets are short lines; a paragraph is not read as one.
_SHEET_MAX = 600


# The end of an initialled player's name before his club's bracket, opened or not ("R Evans (",
# "A Jones; (", "C Sweeney ").
_INITIALLED_BEFORE_CLUB = re.compile(r"(?:^|[,;] ?)(?:[A-Z] )+[A-Z][\w'’-]*(?: \(|;? \()$")
# A club's bracket closes after its name, or after the captain's mark: "(Toulouse, capt)".
_CLUB_BRACKET_END = re.compile(r"(?:, ?capt)?\)")
_INITIAL_OPENS = re.compile(r"[A-Z]\.? ")
_BRACKET_OR_COMMA = frozenset({")", ","})
_INITIALLED_BEFORE_UNOPENED = re.compile(r"(?:^|[,;] ?)(?:[A-Z] )+[A-Z][\w'’-]* $")


def _club_of_initialled(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether text[start:end] stands in a club's bracket after an initialled player: "R Evans
    (Llanelli)", "A Jones; (Neath-Swansea)" (a stray semicolon), or "C Sweeney Newport-Gwent)"
    (a bracket never opened)."""
    if text[end : end + 1] not in _BRACKET_OR_COMMA:
        return False  # the cheap test first: most names have no bracket's end after them
    before = text[max(line_start, start - 40) : start]
    if not _CLUB_BRACKET_END.match(text, end) or _INITIAL_OPENS.match(text, start, end):
        return False  # "(J Staunton 60)": a substitute, no club
    if text[start - 1 : start] == "(":
        return _INITIALLED_BEFORE_CLUB.search(before) is not None
    return text[end : end + 1] == ")" and _INITIALLED_BEFORE_UNOPENED.search(before) is not None


# The second of two clubs joined in one bracket on a squad line or after an initialled player:
# "C Murphy (Woodford Green with Essex Ladies)", "D Greaves (Newham and Essex Beagles)" (round
# r48-flips: sport/068's `Essex Ladies` PERSON in 4 mentions, read as a player of the sheet).
_JOINED_CLUB_BEFORE = re.compile(r"\((?:[A-Z][\w'’.-]* ){1,3}(?:with|and|&) $")
_INITIALLED_BEFORE_JOINED = re.compile(
    r"(?:^|[,;:] ?)(?:[A-Z] )+[A-Z][\w'’-]* \((?:[A-Z][\w'’.-]* ){1,3}(?:with|and|&) $",
    re.MULTILINE,
)


def _joined_club(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether text[start:end] closes a bracket that joins two clubs, the first named before it,
    on a team sheet or squad line or after an initialled player."""
    if text[end : end + 1] != ")" or _INITIAL_OPENS.match(text, start, end):
        return False
    if _JOINED_CLUB_BEFORE.search(text, max(line_start, start - 50), start) is None:
        return False
    if _INITIALLED_BEFORE_JOINED.search(text, max(line_start, start - 80), start) is not None:
        return True
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return on_team_sheet(text, line_start, line_end) or on_squad_line(text, line_start, line_end)


def on_team_sheet(text: str, start: int, end: int) -> bool:
    """Whether the line text[start:end] lists at least four players, most with an initial."""
    if end - start > _SHEET_MAX:
        return False
    items = [i.strip() for i in _SHEET_SPLIT.split(text[start:end].rstrip(". "))]
    if len(items) < 4 or any(len(i.split()) > 4 for i in items):
        return False
    return sum(bool(_SHEET_ITEM.match(i)) for i in items) * 2 >= len(items)


# A squad line names each player's club in brackets: "M Blair (Edinburgh), A Craig (Glasgow)",
# "Coyne (Burnley), Jones (Wolves)". The bracketed names are teams, the others players.
CLUB = Cue("club in brackets", "TEAM", "self", re.compile(""), None, None)
# A country's short form in brackets on such a line ("C Smith (NZ), J Brown (Aus, capt)") is the
# player's country, no club (round r37b-fields, seed 80's `NZ` and `Aus` ORG).
SHEET_COUNTRY = Cue("country in brackets on a sheet", "GPE", "self", re.compile(""), None, None)
_SQUAD_ITEM = re.compile(r"(?:[A-Z][\w'’.-]* ){0,3}[A-Z][\w'’.-]* \([A-Z][^()]*\)")
# Commas inside brackets ("(Glasgow, capt)") part no items.
_SQUAD_SPLIT = re.compile(r"[;,](?![^()]*\))")
_SQUAD_MAX = 2000


def on_squad_line(text: str, start: int, end: int) -> bool:
    """Whether the line text[start:end] lists at least four players, each with a bracketed club."""
    if end - start > _SQUAD_MAX or text.count("(", start, end) < 4:
        return False
    items = [i.strip() for i in _SQUAD_SPLIT.split(text[start:end].strip(" .-–"))]
    clubs = sum(bool(_SQUAD_ITEM.fullmatch(i)) for i in items)
    return len(items) >= 4 and clubs * 4 >= len(items) * 3


# A fixture line pairs teams with "v": "Chelsea v Birmingham", "Reading or Swansea v Leicester
# or Blackpool", or lists such pairs after a heading: "Postponed: Birmingham v Barnsley, Manchester
# City v Charlton". The model reads many of them as places or people.
FIXTURE = Cue("fixture", "TEAM", "self", re.compile(""), None, None)
_TEAM = r"[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,3}"
_PAIR = rf"{_TEAM}(?: or {_TEAM})? (?:v|vs|v\.|vs\.) {_TEAM}(?: or {_TEAM})?"
# A preview's heading may name the day or the time after the pair: "Leeds v Bath (Sat)".
_FIXTURE_LINE = re.compile(
    rf"(?:[A-Z][\w ]{{0,30}}? ?: )?{_PAIR}(?: ?[,;] {_PAIR})*(?: \([A-Z0-9][\w ]{{0,15}}\))?\.?"
)


# Initials in brackets after a product's name ("Microsoft's Internet Explorer (IE)"): the
# product's (`product_initials`).
PRODUCT_INITIALS = Cue("initials of a product", "PRODUCT", "self", re.compile(""), None, None)


@cache
def _product_names() -> tuple[re.Pattern[str], ...]:
    """The patterns of the cues that read a product from its own words ("product by its name")."""
    return tuple(c.pattern for c in cues() if c.label == "PRODUCT" and c.where == "self")


def product_by_name(name: str) -> bool:
    """Whether a product's own words show it is one ("IE", "Xbox"; `_product_names`)."""
    return any(p.search(name) for p in _product_names())


def _a_products_initials(text: str, start: int, end: int) -> bool:
    name = spelled_out(text, start, end)
    return bool(name) and any(p.search(name) for p in _product_names())


# A full name that opens with a common first name ("Scott Draper" ORG): a person.
FIRST_NAME = Cue("first name", "PERSON", "self", re.compile(""), None, None)
# A name of a first name's look in a place's words, "the <Name> hotel|region": the kind word's
# label (`entity_place_looks.place_kind`, r54-places).
PLACE_KIND_CUES = {
    kind: Cue(f"place's kind word, {kind}", kind, "self", re.compile(""), None, None)
    for kind in ("FAC", "LOC")
}
_FIRST_NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})

# The cues that hold for a name after an honorific: a person's, and a work's named after one.
_HONOURED = frozenset({"PERSON", "WORK_OF_ART"})


@cache
def _honorific_before() -> re.Pattern[str]:
    """An honorific right before a name, as the news writes it: "Mr ", "Mrs. ", "DR "."""
    words: list[str] = data_file("aliases.json")["honorifics"]
    forms = sorted({f for w in words for f in (w.capitalize(), w.upper())}, key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(forms)})\.? $")


def cue_of(text: str, start: int, end: int, label: str) -> Cue | None:
    """The first cue that the mention text[start:end], tagged `label`, and its line show."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[start - 1 : start] == "(" and on_squad_line(text, line_start, line_end):
        return SHEET_COUNTRY if sheet_country(text[start:end]) else CLUB
    if _club_of_initialled(text, line_start, start, end) and on_team_sheet(
        text, line_start, line_end
    ):
        # "R Evans (Llanelli), J Price (Cardiff)", "A Jones; (Neath-Swansea)", "C Sweeney
        # Newport-Gwent)": a short sheet's or a slipped bracket's club, no player (seed 96's
        # `Llanelli` PERSON).
        return SHEET_COUNTRY if sheet_country(text[start:end]) else CLUB
    if _joined_club(text, line_start, start, end):
        return CLUB  # "(Woodford Green with Essex Ladies)": a club, no player
    if label != "PERSON" and (
        on_team_sheet(text, line_start, line_end) or on_squad_line(text, line_start, line_end)
    ):
        return TEAM_SHEET
    if label in ("GPE", "LOC", "FAC", "PERSON") and _FIXTURE_LINE.fullmatch(
        text, line_start, line_end
    ):
        return FIXTURE
    if _beats_a_player(text, start, end, line_end):
        return PLAYER_BEATING_A_PLAYER
    if label != "PRODUCT" and _a_products_initials(text, start, end):
        return PRODUCT_INITIALS  # "Microsoft's Internet Explorer (IE)", the long form untagged
    parts = {
        "self": text[start:end],
        "before": text[max(line_start, start - WINDOW) : start],
        "after": text[end : min(line_end, end + WINDOW)],
    }
    # "shares in Elan and Biogen Idec": a cue before the first of joined names holds for all.
    joined = _JOINED.sub("", parts["before"])
    if (
        joined != parts["before"]
        and parts["before"].endswith(", ")
        and not _LIST_GOES_ON.match(parts["after"])
        and not _a_place(parts["self"])
    ):
        # "In the city of Wambo, the ICRC runs", "bookmaker Ladbrokes, John McCririck was": a
        # comma with no list after the mention ends a clause or opens an apposition; "Sega,
        # Nintendo and Sony" goes on, and "in Chatham, Kent" names a place in a place.
        joined = parts["before"]
    befores = [parts["before"]] + ([joined] if joined != parts["before"] else [])
    # A window cut inside its line does not start a sentence: the "^" of a cue that reads it
    # as one (`Cue.opens`) must not match there ("Players at the club ... nominated for the
    # annual award included Frank Lampard for Chelsea": the sport word before the window went
    # unseen, and the club was a work).
    opening = 1 if start - WINDOW > line_start else 0
    # "rapper Verbalicious and the Stereophonics": a person's calling before the first of
    # joined names holds for no name that keeps its own "the", a band's or a group's; a
    # person's name takes none (round r39-acts, seed 95's `Stereophonics` NORP).
    articled = parts["self"].startswith("the ")
    backwards = [before[::-1] for before in befores]
    # One search for the "self" cues of each label and one for the "after" cues of each rules
    # most of them out at once (`_labels_that_may_match`); each "before" cue has a test of its
    # own (`_search_before`).
    self_labels = _self_labels(parts["self"])
    after_labels = _labels_that_may_match("after", parts["after"])
    # "Mr. Steinman, the newsletter publisher", "Dr Ali's staff": a name after an honorific
    # is a person's, whatever kind of body or place the words around it name; a title may
    # hold one ("Jonathan Strange and Mr Norrell, a novel").
    honoured = _honorific_before().search(parts["before"]) is not None
    city: Cue | None = None  # a place cue that only a world city's name meets
    masks = [_tail_mask(reverse[:_TAIL_CHARS]) for reverse in backwards] + [0]
    for cue in _candidates(label, self_labels, after_labels, honoured, masks[0], masks[1]):
        if cue.where == "before":
            whole = cue.joined and not (articled and cue.label == "PERSON")
            found = _search_before(cue, befores if whole else befores[:1], backwards, opening)
        elif cue.where == "self":
            found = _self_search(cue.pattern, parts["self"])
        else:
            found = cue.pattern.search(parts["after"])
        if not found:
            continue  # the cue's own words first: most cues fail there, and cheaply
        other = parts["after" if cue.where == "before" else "before"]
        if cue.unless is not None and cue.unless.search(other):
            continue
        if cue.shape is not None and not cue.shape.fullmatch(parts["self"]):
            continue
        if not cue.places and _a_place(parts["self"]):
            continue  # "US actor Jamie Foxx": a place's actor, no work's
        if not cue.peoples and a_people_by_name(parts["self"]) and not _a_place(parts["self"]):
            continue  # "a Hutu businessman": a people's word, no place's
        if not cue.plurals and a_peoples_plural(parts["self"]):
            continue  # "remarks about Arabs, who": a people, no person
        if not cue.known and _listed_place_or_people(parts["self"]):
            continue  # "the Paris museum", "Chinese users": the place or people itself
        if not cue.people and person_by_first_name(parts["self"]):
            continue  # "nominations for Don Cheadle and British actress Sophie Okonedo"
        if not cue.persons and label == "PERSON" and opens_with_first_name(parts["self"]):
            continue  # "said Dan Reeve, one of the developers": the model's person stays one
        if not cue.given and parts["self"].casefold() in first_names():
            continue  # "I told Monica.": a woman by her first name, no outlet
        if cue.first_name and not opens_with_first_name(_before_count(parts["self"])):
            continue  # "Arcadia, the owner of Topshop": a firm owns things too
        if cue.label == "TEAM" and (
            person_by_first_name(parts["self"])
            or (label == "PERSON" and cue.where != "self" and _a_players_name(parts["self"]))
        ):
            # "Tim Henman beat Rafael Nadal": a player of tennis or golf, no team; so is
            # "Feliciano Lopez defeated", whose first name the list lacks.
            continue
        if cue.label == "FAC" and not cue.first_names and _first_and_last(parts["self"]):
            continue  # "Stuart Hall", "Bruce Arena": a person, no venue
        # The place list is read only where the words fit: it loads on first use.
        if not (_owner_is_a_person(found) and _place_is_known(found) and _maker_is_no_place(found)):
            continue
        if cue.cities:
            # The model's LOC of a city (r29-towns): no cue confirms or outweighs another.
            if city is None and world_city(parts["self"]):
                city = cue
            continue
        if not cue.place or known_place(parts["self"]):
            return cue
        # A city of the world is the weakest cue: any other cue the words show wins ("the prop
        # has joined from Agen": a club), it never confirms the model's GPE ("police in
        # Mexico City" needs no cue), and it holds for no surname of a person the article
        # names in full ("a strong display from Radcliffe" after "Paula Radcliffe").
        if city is None and label != cue.label and world_city(parts["self"]):
            city = _lone(cue)
    if city is not None:
        return city
    if (
        label in _FIRST_NAME_LABELS
        and person_by_first_name(parts["self"])
        and parts["self"].split()[-1].casefold() not in country_keys(str.casefold)
        and not _a_city_where(label, parts)
        # "on Queensland's Sunshine Coast" LOC: a region's kind word, no surname (r51b-joins)
        and not landform_region(parts["self"], parts["after"], label)
    ):
        # "at Belle Vue in Manchester" GPE, "the Tora Bora region": a place's words (r54-places)
        if place_by_its_words(label, parts["before"], parts["after"]):
            return PLACE_KIND_CUES.get(place_kind(parts["before"], parts["after"]) or "")
        return FIRST_NAME  # not "Santiago de Cuba": a place named after a country
    return None


# A place's preposition right before a name: "a rally in Ann Arbor", "flew from Charlotte Amalie".
_WHERE_BEFORE = re.compile(r"\b(?:[Ii]n|at|near|outside|from)\s+$")


def _a_city_where(label: str, parts: dict[str, str]) -> bool:
    """Whether a name the model read as a place is a city of the world (`world_city`) after a
    place's preposition (round r49d-labels, PolNeAR sheet F's "held in Ann Arbor" PERSON): a
    first name's look ("Ann") is the weakest vote and must not beat the model's place where the
    words show one. "Troy Davis", "Marion Jones" are no cities; "Winnie Mandela" or "Benito
    Juarez", cities too, keep the first name's vote unless "in|at|near|outside|from" comes first."""
    return (
        label in ("GPE", "LOC")
        and _WHERE_BEFORE.search(parts["before"]) is not None
        and world_city(parts["self"])
    )


# A name's own words are read by the same "self" cues at each of its mentions, and the same
# names come back article after article ("US", "Mr Blair"): their searches are kept. The
# "self" cues' one search (`_any_cue`) cost more than all the "after" cues' together.
_SELF_NAMES = 16384


@lru_cache(maxsize=_SELF_NAMES)
def _self_labels(name: str) -> frozenset[str]:
    """The labels of the "self" cues whose patterns may match the mention's own text
    (`_labels_that_may_match`)."""
    return _labels_that_may_match("self", name)


@lru_cache(maxsize=4 * _SELF_NAMES)
def _self_search(pattern: re.Pattern[str], name: str) -> re.Match[str] | None:
    """A "self" cue's search of a mention's own text."""
    return pattern.search(name)


@cache
def _lone(cue: Cue) -> Cue:
    """`cue` for a lone name only: no surname of a person named in full (`Cue.lone`)."""
    return replace(cue, lone=True, surnames=False)


# A cue's tail test (`prefilter.tail_guard`) reads at most a newline and `DEPTH` characters.
_TAIL_CHARS = DEPTH + 1


@lru_cache(maxsize=4096)
def _tail_mask(end: str) -> int:
    """The "before" cues (bit i for `cues()[i]`) whose tail test the text before a mention
    passes, `end` being its last characters read backwards; 0 where there is no such text."""
    mask = 0
    if end:
        for tail, bits in _tail_tests():
            if tail.match(end):
                mask |= bits
    return mask


@cache
def _tail_tests() -> tuple[tuple[re.Pattern[str], int], ...]:
    """Each tail test of the "before" cues (`Cue.tail`) once, with the bits of the cues that
    have it (bit i for `cues()[i]`): cues that end alike share one ("... of\\s+$"), 195
    tests for 272 cues, and `_tail_mask` is worked out for every new ending."""
    tests: dict[str, tuple[re.Pattern[str], int]] = {}
    for i, cue in enumerate(cues()):
        if cue.tail is not None:
            tail, bits = tests.get(cue.tail.pattern, (cue.tail, 0))
            tests[cue.tail.pattern] = (tail, bits | 1 << i)
    return tuple(tests.values())


@lru_cache(maxsize=4096)
def _candidates(
    label: str,
    self_labels: frozenset[str],
    after_labels: frozenset[str],
    honoured: bool,
    mask: int,
    joined_mask: int,
) -> tuple[Cue, ...]:
    """The cues, in order, worth a search for a mention tagged `label`: of its ~180 cues, the
    few whose "self" or "after" words may be there at all (the cues of `self_labels` and
    `after_labels`: `_labels_that_may_match`), that an honorific before it leaves standing,
    and whose "before" words end as the text before it does (`mask`), or before the names
    joined to it (`joined_mask`, for cues that hold for those). Testing each cue's tail for
    every mention took half the time `cue_of` took; the endings repeat ("the ", "of ",
    "said "), so the choice is made once for each."""
    tried = {"self": self_labels, "after": after_labels}
    either = mask | joined_mask
    chosen = []
    for i, cue in _numbered_cues_for(label):
        if honoured and cue.label not in _HONOURED:
            continue
        if cue.where != "before":
            if cue.label in tried[cue.where]:
                chosen.append(cue)
        elif cue.tail is None or (either if cue.joined else mask) >> i & 1:
            chosen.append(cue)
    return tuple(chosen)


@cache
def _numbered_cues_for(label: str) -> tuple[tuple[int, Cue], ...]:
    """`_cues_for(label)`, each with its place in `cues()` (its bit in a tail mask)."""
    allowed = {id(cue) for cue in _cues_for(label)}
    return tuple((i, cue) for i, cue in enumerate(cues()) if id(cue) in allowed)


def _search_before(
    cue: Cue, befores: list[str], backwards: list[str], opening: int = 0
) -> re.Match[str] | None:
    """The cue's match in the first of `befores` it matches (`backwards`: each reversed),
    searched from `opening` if the cue's "^" opens a sentence (`Cue.opens`): 1 where the
    window was cut inside its line, as "^" matches only at the real start of a string, not at
    a search's later start.
    Most "before" cues fail on the last few characters already (`Cue.tail`): about two in
    three of the time `cue_of` took went to searching 80 characters for them."""
    for before, reverse in zip(befores, backwards, strict=False):
        if cue.tail is None or cue.tail.match(reverse):
            found = cue.pattern.search(before, opening if cue.opens else 0)
            if found:
                return found
    return None


# A word of a person's name: a capital, then lower case ("Lopez", "O'Brien", "Ntimban-Zeh").
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Za-z]+)*")
# Words that open the names of towns, and so of their clubs ("St Helens beat Wigan"), never a
# first name.
_PLACE_OPENERS = frozenset({"St", "Saint", "San", "Santa", "Port", "Fort", "Mount"})


# A result's verb before a player named with his people's word: "beat Swede Joachim Johansson".
_BEATS_A_PLAYER = re.compile(
    r" (?:beat|beats|defeated|thrashed|edged|crushed|routed|overcame) (?P<people>[A-Z][a-z]+)"
    r" [A-Z][\w'’-]+ [A-Z][\w'’-]+"
)


_RESULT_VERB_STARTS = frozenset({" b", " d", " t", " e", " c", " r", " o"})
PLAYER_BEATING_A_PLAYER = Cue(
    "player beating a nationality's player", "PERSON", "self", re.compile(""), None, None
)


def _beats_a_player(text: str, start: int, end: int, line_end: int) -> bool:
    """Whether the one word text[start:end] is followed by a result over a player named with
    his nationality's word ("Moya beat Swede Joachim Johansson", seed 94's `Moya` ORG): a side
    beats a side, and the name is a player's. A country's name ("beat Spain ...") is no
    people's word, and a country or a known region beating is a national side."""
    if " " in text[start:end] or text[end : end + 2] not in _RESULT_VERB_STARTS:
        return False  # the cheap test first: most names have none of these verbs after them
    found = _BEATS_A_PLAYER.match(text, end, line_end)
    return (
        found is not None
        and found["people"].casefold() in _people_words()
        and not _a_place(text[start:end])
    )


def _a_players_name(name: str) -> bool:
    """Whether `name`, which the model read as a person's, has a full name's shape: two or
    three capitalised words, none a country or a known region, the last no word that ends the
    names of clubs and places ("Nottingham Forest", "Charlton Athletic"). A side the model
    takes for a person is most often a town's or a club's name ("Bayern Munich" and "Aston
    Villa" have cues of their own), while players of tennis, golf, snooker and athletics are
    the subjects of results too, and many of their first names are not on the list."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and words[0] not in _PLACE_OPENERS
        and all(_NAME_WORD.fullmatch(word) and not _a_place(word) for word in words)
        and not name_kind(words[-1])
    )


def _first_and_last(name: str) -> bool:
    """Whether `name` is two words, the first a common first name (its last word may end the
    names of places too: "Stuart Hall", not "Albert Hall" alone), the last no kind word in the
    plural ("Alton Towers": no surname)."""
    words = name.split()
    return len(words) == 2 and words[0].casefold() in first_names() and words[1][-1:] != "s"


def _owner_is_a_person(found: re.Match[str]) -> bool:
    """Whether the match's "person" group, if it has one, is a person's full name; a "player"
    group, named after a player's position, need only open with a common first name: "Leeds
    striker Tom Green" (whose surname also ends places' names, as "Bethnal Green")."""
    if "player" in found.re.groupindex:
        return opens_with_first_name(found.group("player"))
    if "person" not in found.re.groupindex:
        return True
    return person_by_first_name(found.group("person"))


def _maker_is_no_place(found: re.Match[str]) -> bool:
    """Whether the match's "maker" group, if it has one, is no country, region, city or
    people: "Shakespeare's Richard III" is a play, "Britain's George VI" the king."""
    if "maker" not in found.re.groupindex:
        return True
    return not _listed_place_or_people(found.group("maker"))


def _place_is_known(found: re.Match[str]) -> bool:
    """Whether the match's "place" group, if it has one, is a country or a known region."""
    if "place" not in found.re.groupindex:
        return True
    return _a_place(found.group("place"))


def _a_place(name: str) -> bool:
    """Whether `name` is a country or a known region."""
    return name.casefold() in country_keys(str.casefold) or known_place(name)


def _listed_place_or_people(name: str) -> bool:
    """Whether `name` is a country, a known region, a city of the world or a people's word."""
    bare = name[4:] if name[:4] in ("the ", "The ") else name
    return _a_place(bare) or world_city(bare) or a_people(bare)


@cache
def country_keys(key: Callable[[str], str]) -> frozenset[str]:
    """The keys (by `key`) of every country's names: "Moldova, Republic of" gives "moldova"."""
    import pycountry  # deferred: its tables load on first use

    names: list[str] = []
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name:
                names.append(name)
                names.append(name.split(",")[0])
    extra = _data()["countries"]
    assert isinstance(extra, list)
    return frozenset(key(name) for name in [*names, *extra])


@cache
def demonyms() -> frozenset[str]:
    """Nationality words, in lower case: "welsh", "british" (the model may take them for people)."""
    words = _data()["demonyms"]
    assert isinstance(words, list)
    return frozenset(w.casefold() for w in words)


@cache
def nationalities() -> frozenset[str]:
    """Nationality words as written: "Briton", "Kenyan" (a nationality before a first name and
    a surname is no part of the person's name)."""
    words = _data()["nationalities"]
    assert isinstance(words, list)
    return frozenset(words)


def dateline_place(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The place of a dateline that opens the paragraph text[start:end], if it has one."""
    match = _DATELINE.match(text, start, end)
    if match is None or len(match.group("place").replace(".", "")) < 2:
        return None
    return match.span("place")


# The endings of words for a people or its members: "Kenyan", "Chinese", "Polish", "Iraqi",
# "Hispanic", "Dutch", "Western", "Buddhist", "Shiite", "Scotsman"; and of their creeds,
# "Nazism", "anti-Semitism".
_PEOPLE_ENDING = re.compile(r"(?:an|ese|ish|i|ic|ch|ern|ist|ite|man|men|ism)s?$")
# "anti-French", "non-US", "pro-Israeli", "Pan-European" (lower-cased): a people's word
# behind a prefix.
PEOPLE_PREFIX = re.compile(r"^(?:pan|anti|non|pro|ex)-(?=\w)")
# Short forms of countries and unions that pycountry's names lack: "non-US", "anti-EU".
_COUNTRY_SHORT_FORMS = frozenset({"us", "usa", "uk", "eu"})


@cache
def _peoples_and_faiths() -> frozenset[str]:
    words = _data()["peoples_and_faiths"]
    parties = _data()["party_members"]  # "Republicans", "Unionists"
    stances = _data()["stance_words"]  # "the Europhiles": the people of a stance (r31-politics)
    assert isinstance(words, dict) and isinstance(parties, dict) and isinstance(stances, list)
    return frozenset(w.casefold() for w in [*words["words"], *parties["words"], *stances])


@cache
def _people_words() -> frozenset[str]:
    """Nationality, people, faith and party words in lower case, built once."""
    return demonyms() | {w.casefold() for w in nationalities()} | _peoples_and_faiths()


@cache
def people_words() -> frozenset[str]:
    """The lower-case words of the lists of nationalities, peoples, faiths and parties that
    are no country's name ("bosnian", "chechen", "moslem"; not "jordan")."""
    return frozenset(w for w in _people_words() if w not in country_keys(str.casefold))


def a_people(name: str) -> bool:
    """Whether a name can be a group of people by its last word: a nationality, a country, a
    faith, a people or a party, or a word with a nationality's ending ("Kenyans", "Baptists").

    The model tags odd names NORP ("Icstis", "Euronext", "Woolworths", "Bee Gees"); a name
    that fails this is no group of people, whatever the model says.
    """
    last = PEOPLE_PREFIX.sub("", name.split()[-1].casefold()) if name.strip() else ""
    singular = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
    known = _people_words()
    return (
        bool(_PEOPLE_ENDING.search(last))
        or last in known
        or singular in known
        or last in country_keys(str.casefold)
        or last in _COUNTRY_SHORT_FORMS
        or _country_stem(last)
    )


@cache
def _language_names() -> frozenset[str]:
    import pycountry  # deferred: its tables load on first use

    extra: list[str] = _data()["language_names"]  # type: ignore[assignment]
    # "Swahili (macrolanguage)", "Malay (macrolanguage)": ISO's name of a language family
    # that the news calls by its plain name.
    names = [lang.name.removesuffix(" (macrolanguage)") for lang in pycountry.languages]
    return frozenset([n.casefold() for n in names] + [w.casefold() for w in extra])


def a_language(name: str) -> bool:
    """Whether a name is a language's: one ISO 639 names ("English", "Arabic") or one of the
    data's common names that ISO spells otherwise ("Mandarin", "Farsi")."""
    return name.casefold() in _language_names()


def a_people_by_name(name: str) -> bool:
    """Whether a word is a nationality's, a people's or a country's own name ("German",
    "Sikh"), by the lists alone, not by its ending (a surname such as "Dominici" has one)."""
    word = name.casefold()
    return word in _people_words() or word in country_keys(str.casefold)


def a_peoples_plural(name: str) -> bool:
    """Whether a word is a people's plural: one word ending in "s" whose singular the lists
    know as a nationality's or a people's ("Arabs", "Serbs", "Muslims"; `a_people_by_name`).
    "Jones" is none ("Jone" is no people), nor is a country's own name ("Bahamas")."""
    return (
        " " not in name
        and name.endswith("s")
        and not a_people_by_name(name)
        and a_people_by_name(name[:-1])
    )


@lru_cache(maxsize=4096)
def _country_stem(word: str) -> bool:
    """Whether a word is a country's name cut short, as some adjectives are: "Yugoslav",
    "Philippine" (of Yugoslavia, the Philippines)."""
    if len(word) < 5:
        return False
    countries = country_keys(str.casefold)
    return any(c.startswith(word) for c in countries) or any(
        c.startswith(f"the {word}") for c in countries
    )


_COUNTED = re.compile(r"(?:[Tt]he )?(?P<name>.+?) (?:Three|Four|Five|Six|Seven)")


def _before_count(name: str) -> str:
    """A band's name less its "the" and its count word ("the Dave Clark Five": "Dave Clark"),
    for the first-name test, which reads a first name and a surname only: the band's person's
    name is in front of the count (r37-works). Any other name, and one word before a count
    ("the Jackson Five"), as it is."""
    match = _COUNTED.fullmatch(name)
    return match.group("name") if match and " " in match.group("name") else name
