"""Well-known names the small model misses in running text ("worries on Wall Street").

The small model tags "Wall Street" in few of the sentences that name it: it reads the two
words as a street's common name or runs them into the market's verb. Such names are data
(`missed_names` in `factx/data/entities.json`: each name with its label); each use of one,
written as the list writes it, with no capitalised word right after it ("Wall Street Journal"
is a newspaper's name) nor before it inside a sentence (a possessive ends the name before it:
"England's Six Nations opener"), and no other mention or fact over it, is a mention of the
name with the list's label as its cue.

A government department is named by its head word and what it is for: "a Department for
Work and Pensions official said", which the model leaves out whole. Its head ("Department",
"Ministry": data, `missed_bodies`), "for" or "of" and capitalised words, a list of them
joined by commas and "and" ("for Media, Culture and Sport"), that no mention nor other fact
holds ("the Trade Department for May": a date), is an organisation.

A peer named after a post's word is a person the model leaves out: "then Home Office Minister
Lord Falconer and Downing Street adviser Baroness Morgan". After "Minister", "Secretary",
"adviser" or "spokesman", "Lord", "Baroness" or "Lady" and one capitalised word with no
capitalised word after it, that word is the peer's name, a person (as factx names "Lord
Goldsmith" by "Goldsmith"); not a post's own word ("Lord Chancellor", "Lord Justice") (round
r36-govt).

A life peer is named by his surname and his seat: "Lord Nicholls of Birkenhead", "Lord Walker
of Gestingthorpe". The model leaves the peer out or tags the seat alone as a town ("Thoroton"
ORG, "Gestingthorpe" GPE) and cuts the person before "of" ("Irvine" of "Lord Irvine of
Lairg"): the seat is part of the title, no place of its own. After "Lord", "Baroness" or
"Lady", one capitalised word, "of" and one or two capitalised words, with no mention running
past them, the name and its seat are one person, PERSON ("Nicholls of Birkenhead", without
"Lord", as factx names "Lord Goldsmith" by "Goldsmith"), and the mentions inside them go
(where the model tagged the peer alone and not his seat, it stays as it is); not
a post's own word ("Lord Mayor of London", "Lord Lieutenant of Kent", "Lord Bishop of Durham")
(`peers_by_their_seat`, round r41-places).

A firm is named with its legal suffix in wire news' listings and filings ("Jeans Mate Corp",
"Homegate Hospitality Inc"), which the small model often leaves out whole where no verb or
preposition frames the name. A run of one to four capitalised words (and "&") ending in a
suffix of `missed_firm_suffixes` (data: "Inc", "Corp", "Ltd", "plc", ...) or a trade's plural
of `missed_firm_trades` ("Stockbrokers", "Brokers", "Consultants", ...), that no mention nor
other fact holds, is an organisation: not after a capitalised word of its own sentence but
"The" (the run's start is then unknown), nor before one ("Co Antrim", "Bay Co Bldg Auth": "Co"
opens a county too), nor after a capitalised word and "of" or "and" ("Gold Fields of South
Africa Ltd": the run ends a longer name the model cut); a run that opens its sentence holds
two words before its suffix at most ("Company Name Homegate Hospitality Inc": the line's own
first capitals run into the name).

A technology coined in the article is named after its kind and "dubbed" or "called" ("a new
file-swapping network dubbed Exeem", "Its paid service - dubbed Skype Out -"), where the model
often tags nothing (round r36-tech's cue `technology after its kind called` relabels only a
span the model gives). One to three capitalised words after a technology's kind (data-free,
the kinds of that cue and of `product after its kind`) and "dubbed|called|named|known as",
with no capitalised word after them nor other mention over them, are the product, PRODUCT;
not a technology's common term (`technology_terms`: "a system called Unicode" stays no name),
nor a name opening with a common first name (`coined_after_kind`, round r43b-places; seed
129's tech/156 `Exeem` missed).

A research firm is named after "analysts" in technology and business news ("according to
technology analysts IDC", "said analysts Gartner"), which the model leaves out where no verb
frames it. One to three capitalised words right after the plural "analysts" (the singular
"analyst" goes before a person: "analyst Bill Thompson"), not opening with a common first name
and with no other mention over them, are the firm, ORG (`analysts_by_name`, round
r43b-places; seed 129's tech/386 `IDC` missed).

The town a game is played in is named after a fixture's word, its opponent and "in" ("a friendly
against Hungary in Cardiff"), where the model often tags nothing ("in Cardiff on 9 February") or
a date ("Cardiff next month"): a city of the world there that no mention nor other fact holds
is a place, GPE (`entity_towns.missed_fixture_towns`, round r46b-places), which
`entity_towns.fixture_towns` then keeps apart from a club of its name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_towns import missed_fixture_towns
from factx.extract.entity_untagged_peers import untagged_peers
from factx.extract.evidence import a_people_by_name
from factx.extract.first_names import opens_with_first_name
from factx.extract.spans import SpanIndex
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_CAPITAL_AFTER = re.compile(r" [A-Z]")
# A member's letters after a party's name, no longer name: "Ms Roche, Labour MP for Hornsey"
# (round r43b-civic, seed 129's politics/025).
_MEMBER_AFTER = re.compile(r" (?:MP|MEP|MSP|AM)s?(?![\w'’-])")
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w.'’-]* $")
# Before a listed name, a possessive ends the name before it: "England's Six Nations opener"
# names the tournament.
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w.'’-]*(?<!['’]s)(?<!s['’]) $")
# Capitalised words before a listed name that open a calling, no name's: "Former Downing Street
# communications chief Alastair Campbell", "Former Labour minister" (round r44-civic, seed 130).
_CALLING_OPENERS = frozenset({"Former ", "Outgoing ", "Incoming "})
# A sentence's own article before a listed name, no name's word: '"The WTA are trying to handle
# this problem," she said.' (round r44b-sport, seed 138's sport/502).
_ARTICLES = frozenset({"The "})
_JOINED_BEFORE = re.compile(r"[A-Z][\w.'’-]* (?:of|and|de|du|von|van) $")
# A player named with his people's word after a verb of meeting him in a game: "goes on to
# face Czech Jan Hernych", "beat Swede Joachim Johansson" (`_player_missed`).
_PLAYER_AFTER_PEOPLE = re.compile(
    r"\b(?:face|faces|faced|facing|beat|beats|beating|meet|meets|met|defeated|defeating"
    r"|overcame|ousted|edged|thrashed|stunned) (?P<people>[A-Z][a-z]+)"
    r" (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})(?![\w'’-]| [A-Z])"
)


@cache
def _bodies() -> re.Pattern[str]:
    heads = "|".join(data_file("entities.json")["missed_bodies"])
    field = r"[A-Z][a-z]+"
    fields = rf"{field}(?:, {field})*(?: (?:and|&) {field})?"
    return re.compile(rf"(?<![\w'’.-])(?:{heads}) (?:for|of) {fields}(?![\w'’-])")


# A peer after a post's word: "Minister Lord Falconer", "adviser Baroness Morgan".
_PEER_AFTER_POST = re.compile(
    r"\b(?:[Mm]inister|[Ss]ecretary|[Aa]dvis[eo]r|[Ss]pokes(?:man|woman)) "
    r"(?P<peer>Lord|Baroness|Lady) "
    r"(?P<name>(?!(?:Chancellor|Justice|Chief|Advocate|Provost|Mayor|President|Speaker|Privy)\b)"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-]| [A-Z])"
)


# A peer's title with his seat: "Lord Nicholls of Birkenhead", "Baroness Morgan of Huyton".
_PEER_OF_SEAT = re.compile(
    r"(?<![\w'’.-])(?:Lord|Baroness|Lady) "
    r"(?P<name>(?!(?:Chancellor|Justice|Chief|Advocate|Provost|Mayor|President|Speaker|Privy"
    r"|Lieutenant|Bishop|Archbishop|Chamberlain|Warden|High|Steward|Rector|Commissioner|Lord"
    r"|Protector|Admiral)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?) of "
    r"(?P<seat>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?![\w'’-])"
)


def peers_by_their_seat(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with a peer named with his seat ("Lord Walker of Gestingthorpe") as one
    person over the name and the seat, the mentions inside it gone (see the module docstring).
    Where a mention runs past the title's words, or a capitalised word follows the seat, it
    is left as it is; so is a peer the model tagged PERSON by his name alone with nothing over
    his seat ("became Lord Callaghan of Cardiff": the person, whom the article's "Lord
    Callaghan" and "Jim Callaghan" join; a full name "Callaghan of Cardiff" split them)."""
    if " of " not in text or not ("Lord " in text or "Baroness " in text or "Lady " in text):
        return list(mentions)
    gone: set[int] = set()
    found: list[RawMention] = []
    for layout in layouts:
        for match in _PEER_OF_SEAT.finditer(text, layout.offset, layout.end):
            title, start, end = match.start(), match.start("name"), match.end("seat")
            if _CAPITAL_AFTER.match(text, end, min(layout.end, end + 2)):
                continue  # "Lord Mayor of Greater London Authority ..." : a longer name
            inside = [i for i, m in enumerate(mentions) if m.start < end and m.end > title]
            if any(mentions[i].start < title or mentions[i].end > end for i in inside):
                continue
            if [(mentions[i].label, mentions[i].end) for i in inside] == [
                ("PERSON", match.end("name"))
            ]:
                continue  # "Lord Callaghan of Cardiff": the person, joined to "Jim Callaghan"
            gone.update(inside)
            found.append(add(text, layout, start, end, "PERSON", "PERSON"))
    if not found:
        return list(mentions)
    kept = [m for i, m in enumerate(mentions) if i not in gone]
    return sorted([*kept, *found], key=lambda m: m.start)


# A sponsor's or a body's cup before its round or its game ("Munster's Heineken Cup
# quarter-final tie", "the Powergen Cup semi-final"): one or two capitalised words with no
# apostrophe, not after a capitalised word (a longer name whose start is unknown) nor "The".
# The capitalised words before a cup that open a sentence, not a name: "The Davis Cup tie".
_OPENERS = frozenset({"The", "A", "An", "This", "That", "Their", "His", "Her", "Its"})
_CUP_BEFORE_ROUND = re.compile(
    r"(?<![\w'’.&-])(?!(?:The|A|An|This|That|Their|His|Her|Its) )"
    r"(?P<cup>[A-Z][\w-]*(?: [A-Z][\w-]*)? Cup)"
    r" (?:(?:first|second|third|fourth|fifth|sixth)-round |pool |group |home |away )?"
    r"(?:quarter-finals?|semi-finals?|finals?|ties?|fixtures?|clash|clashes|match|matches|game|games"
    r"|encounter|showdown|opener|draw)\b"
)


def _cups_before_rounds(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The cups named before one of their rounds or games in text[start:end], where the model
    leaves the cup out (seed 121's sport/317, "Munster's Heineken Cup quarter-final tie against
    Biarritz", "the first Heineken Cup fixture to be played in Spain": `Heineken Cup` missed
    twice, round r42b-sport): the cup is the competition, EVENT. Guarded by " Cup " in the
    span: most paragraphs hold none."""
    if " Cup " not in text[start:end]:
        return []
    return [
        match
        for match in _CUP_BEFORE_ROUND.finditer(text, start, end)
        if not (
            (before := _NAME_BEFORE.search(text, max(start, match.start() - 30), match.start()))
            and before.group().rstrip() not in _OPENERS
        )
        # "an all Ghanaian Confederation Cup final": a people's word before a cup's two words
        # may be the cup's ("African Nations Cup") or the game's ("all Ghanaian"); neither is
        # known, so nothing is added (the lead's mend of r42b-sport's one odd-half harm).
        and not (match["cup"].count(" ") == 2 and a_people_by_name(match["cup"].split()[0]))
    ]


# A capitalised word of a coined name or a firm's: "Exeem", "OS/2", "Nielsen//NetRatings",
# "Chart-Track", "A&E"; a full stop only inside it ("Amazon.com"), never a sentence's end.
_COINED_WORD = r"[A-Z](?:[\w&/'’-]|\.(?=\w))*"
# A technology's kind and the word that coins its name: "network dubbed", "service - dubbed".
_COINED_AFTER_KIND = re.compile(
    r"\b(?:technology|technologies|standard|protocol|format|system|network|service|software"
    r"|program|programme|browser|application|device|gadget|chip|processor|virus|worm|[Tt]rojan)"
    r"s?,?(?: [-–—])? (?:dubbed|called|named|known as) "
    rf"(?P<name>{_COINED_WORD}(?: {_COINED_WORD}){{0,2}})(?![\w/'’-]| [A-Z])"
)
# A research firm after "analysts": "technology analysts IDC", "said analysts Gartner".
_AFTER_ANALYSTS = re.compile(
    rf"\b[Aa]nalysts,? (?P<name>{_COINED_WORD}(?: {_COINED_WORD}){{0,2}})(?![\w&/'’-]| [A-Z])"
)


@cache
def _common_terms() -> frozenset[str]:
    data = data_file("entities.json")
    return frozenset(data["technology_terms"]) | frozenset(data["common_terms"])


def coined_after_kind(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The spans and labels of the names coined after a technology's kind and "dubbed" or
    "called" in text[start:end] ("a file-sharing network dubbed Exeem": PRODUCT), and of
    the firms after "analysts" ("technology analysts IDC": ORG), see the module docstring.
    Guarded by the cue words in the span: most paragraphs hold neither."""
    found: list[tuple[int, int, str]] = []
    span = text[start:end]
    if "dubbed" in span or "called" in span or "named" in span or "known as" in span:
        found.extend(_coined(_COINED_AFTER_KIND.finditer(text, start, end), "PRODUCT"))
    if "nalysts" in span:
        found.extend(_coined(_AFTER_ANALYSTS.finditer(text, start, end), "ORG"))
    return found


def _coined(matches: Iterable[re.Match[str]], label: str) -> list[tuple[int, int, str]]:
    """The span of each match's name without a possessive's "'s" ("dubbed Exeem's trackers"),
    with `label`; not a technology's common term nor a name opening with a common first
    name."""
    found: list[tuple[int, int, str]] = []
    for match in matches:
        start, end = match.span("name")
        if match["name"].endswith(("'s", "’s")):
            end -= 2
        name = match.string[start:end]
        if name and name not in _common_terms() and not opens_with_first_name(name):
            found.append((start, end, label))
    return found


@cache
def _firms() -> re.Pattern[str]:
    data = data_file("entities.json")
    # Round r55-firms: a trade's plural ends a firm's name as a legal suffix does ("at Davy
    # Stockbrokers", which the model leaves out whole): `missed_firm_trades`.
    words = data["missed_firm_suffixes"] + data["missed_firm_trades"]
    suffixes = "|".join(re.escape(w) for w in words)
    word = r"(?:[A-Z][\w'’.-]*|&)"
    first = r"(?<![\w'’.&-])(?!(?:The|A|An) )[A-Z][\w'’.-]*"
    return re.compile(rf"{first}(?: {word}){{0,3}} (?:{suffixes})(?![\w'’-])")


@cache
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    labels: dict[str, str] = dict(data_file("entities.json")["missed_names"]["names"])
    words = "|".join(re.escape(n) for n in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’.-])(?:{words})(?![\w'’-])"), labels


def with_missed_names(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with each untagged use of a listed name as a mention of it. `add` makes
    a mention of a layout's span, label and cue (`entities._added`)."""
    pattern, labels = _names()
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    found: list[RawMention] = []
    for layout in layouts:
        for match in _bodies().finditer(text, layout.offset, layout.end):
            start, end = match.span()
            if not covered.overlaps(start, end) and not _CAPITAL_AFTER.match(
                text, end, min(layout.end, end + 2)
            ):
                found.append(add(text, layout, start, end, "ORG", "ORG"))
        for match in _firms().finditer(text, layout.offset, layout.end):
            start, end = match.span()
            if _firm_missed(text, layout, start, end, covered):
                found.append(add(text, layout, start, end, "ORG", "ORG"))
        for match in _PEER_AFTER_POST.finditer(text, layout.offset, layout.end):
            start, end = match.span("name")
            if not covered.overlaps(match.start("peer"), end):
                found.append(add(text, layout, start, end, "PERSON", "PERSON"))
        for start, end in untagged_peers(text, layout.offset, layout.end):
            # "BP chief executive Lord Browne said" (round r54-firms): not twice where
            # "Minister Lord Falconer said" was found above.
            if not covered.overlaps(start - 5, end) and not any(f.start == start for f in found):
                found.append(add(text, layout, start, end, "PERSON", "PERSON"))
        for match in _cups_before_rounds(text, layout.offset, layout.end):
            start, end = match.span("cup")
            if not covered.overlaps(start, end):
                found.append(add(text, layout, start, end, "EVENT", "EVENT"))
        for start, end, label in coined_after_kind(text, layout.offset, layout.end):
            if not covered.overlaps(start, end):
                found.append(add(text, layout, start, end, label, label))
        for match in _PLAYER_AFTER_PEOPLE.finditer(text, layout.offset, layout.end):
            start, end = match.span("name")
            if _player_missed(match, covered):
                found.append(add(text, layout, start, end, "PERSON", "PERSON"))
        for start, end in missed_fixture_towns(text, layout.offset, layout.end):
            if not covered.overlaps(start, end):  # "a friendly against Hungary in Cardiff"
                found.append(add(text, layout, start, end, "GPE", "GPE"))
        for match in pattern.finditer(text, layout.offset, layout.end):
            start, end = match.span()
            if covered.overlaps(start, end):
                continue
            if _CAPITAL_AFTER.match(text, end, min(layout.end, end + 2)) and not (
                _MEMBER_AFTER.match(text, end)
            ):
                player = _player_after_member(text, labels[match.group()], end, covered)
                if player is not None:
                    found.append(add(text, layout, start, end, "NORP", "NORP"))
                    found.append(add(text, layout, *player, "PERSON", "PERSON"))
                continue  # "Wall Street Journal": a longer name; not "Labour MP for"
            before = _NAME_BEFORE.search(text, max(layout.offset, start - 30), start)
            token = layout.token_at(start - layout.offset)
            opening = token in layout.sentence_starts or (
                token - 1 in layout.sentence_starts and text[start - 1 : start] in _OPENING_MARKS
            )  # '"Labour markets firmed ...," the Beige Book said'
            if (
                before
                and not opening
                and before.group() not in _CALLING_OPENERS
                and before.group() not in _ARTICLES
            ):
                continue
            if opening and _common_noun_opening(text, layout, start, end):
                continue
            label = labels[match.group()]
            found.append(add(text, layout, start, end, label, label))
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda m: m.start)


# Marks that may open a sentence before its first word: a quotation's or a bracket's.
_OPENING_MARKS = frozenset("\"“‘'(")
# A lower-case word right after a name: "Labour markets firmed".
_LOWER_AFTER = re.compile(r" [a-z]")


def _common_noun_opening(text: str, layout: Layout, start: int, end: int) -> bool:
    """Whether a listed name of one word opens its sentence as a common noun before another
    ("Labour markets firmed", "Labour costs rose": the capital is the sentence's), where the
    parse takes the word after it for a noun; the party does things ("Labour plans", "Labour
    won"). The lead, round 41: round r41b-sides's parties gave business/463's `Labour` ORG."""
    if " " in text[start:end] or not _LOWER_AFTER.match(text, end):
        return False
    return layout.nominal(layout.token_at(end + 1 - layout.offset))


# A full name right after a listed people's word: "All Black Aaron Mauger was in good form".
_PLAYER_AFTER = re.compile(r" ([A-Z][\w'’-]+ [A-Z][\w'’-]+)(?![\w'’-]| [A-Z])")


def _player_after_member(
    text: str, label: str, end: int, covered: SpanIndex
) -> tuple[int, int] | None:
    """The span of a player's full name right after a listed people's word (NORP) that names
    one member of a side, where the model missed both: "All Black Aaron Mauger was in good
    form" (round r45-sport, the even half's sport/382). The word is the player's side, NORP,
    and the name the player, PERSON. The name is two capitalised words opening with a common
    first name, no capital after, and nothing holds it."""
    if label != "NORP":
        return None
    found = _PLAYER_AFTER.match(text, end)
    if found is None or covered.overlaps(*found.span(1)):
        return None
    return found.span(1) if opens_with_first_name(found[1]) else None


def _player_missed(match: re.Match[str], covered: SpanIndex) -> bool:
    """Whether a full name after a verb of a game and a people's word ("face Czech Jan
    Hernych") is a player the model left out (seed 94's lost `Jan Hernych`): the people's word
    is one (no country's name), the name opens with a common first name, and no mention or
    other fact holds it."""
    return (
        not covered.overlaps(*match.span("name"))
        and a_people_by_name(match["people"])
        and opens_with_first_name(match["name"])
    )


def _firm_missed(text: str, layout: Layout, start: int, end: int, covered: SpanIndex) -> bool:
    """Whether text[start:end], a run of capitalised words ending in a firm's suffix, is a
    firm's whole name that nothing else holds (see the module docstring)."""
    if covered.overlaps(start, end):
        return False
    if _CAPITAL_AFTER.match(text, end, min(layout.end, end + 2)):
        return False  # "Co Antrim", "Bay Co Bldg Auth"
    before = _CAPITAL_BEFORE.search(text, max(layout.offset, start - 30), start)
    if before and before.group() not in ("The ", "THE "):  # "The Dow Chemical Co of ..."
        return False
    if _JOINED_BEFORE.search(text, max(layout.offset, start - 30), start):
        return False  # "Gold Fields of South Africa Ltd": the run ends a longer name
    if layout.token_at(start - layout.offset) in layout.sentence_starts:
        # A sentence's own first capitals may run into the name: "Company Name Homegate
        # Hospitality Inc"; two words before the suffix are taken there, not more.
        return text.count(" ", start, end) <= 2
    return True
