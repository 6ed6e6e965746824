"""Which of two people of one surname a titled surname is (round r49c-names).

An article that names two people of one surname ("Bill Clinton" and "Hillary Clinton",
"Edward Kennedy" and "Caroline Kennedy") leaves a lone "Clinton" unsure, rightly: whom the bare
surname is, it does not say. A title before the surname often does:

- "former President Bill Clinton" (or "Bill Clinton, the former president") and "Secretary of
  State Hillary Clinton", then "President Clinton" is Bill and "Secretary Clinton" Hillary
  (`by_title`). Only where one owner alone carries the title in the article; where both or none
  do, the surname stays as it was.
- "Donald Trump Jr." beside "Donald Trump": the generation's word is no surname
  (`surname_word`), so "Trump" has two owners of its surname, a family's name, not a firm.
- "first lady Michelle Obama", the one Obama named in full, then "President Obama said he was
  proud": the article shows its one owner is a wife, and the titled surname a man, someone
  else (`other_person_titled`). "Prime Minister Tony Blair ... Prime Minister Blair" is one man
  under a title, no wife: joined as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract import sexes
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from collections.abc import Callable

    from factx.extract.entities import RawMention

_TITLE_WORDS = (
    r"President|Pres\.|Senator|Sen\.|Secretary|Governor|Gov\.|Rep\.|Representative|"
    r"Congressman|Congresswoman|Chancellor|Mayor|Judge|Justice|General|Gen\.|Ambassador|"
    r"Minister|Lord|Lady|Speaker|Commissioner|Professor|Prof\.|Bishop|Archbishop|Cardinal|"
    r"Baroness|Baron|Dame|Sir"
)
# Titles only one sex holds: where no owner carries one, the one owner of that sex does
# ("Clinton, then the first lady" beside Bill and Hillary Clinton is Hillary).
_SEXED_TITLES: dict[str, sexes.Sex] = {
    "first lady": "f", "lady": "f", "dame": "f", "baroness": "f",
    "lord": "m", "sir": "m", "baron": "m",
}  # fmt: skip
# Words that make a title of two with the title word after them: "Vice President" is no
# "President", "Prime Minister" no "Foreign Minister", "first lady" no "Lady".
_QUALIFIERS = r"Vice|Prime|First|Deputy|Attorney|Home|Foreign|Defence|Defense|Health"
# A title right before a name, perhaps with its office ("Secretary of State Hillary Clinton"):
# the text before the name ends with it.
_TITLE_BEFORE = re.compile(
    rf"(?:\b(?P<qual>{_QUALIFIERS})[ -])?\b(?P<title>{_TITLE_WORDS})"
    r"(?: of (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)?)? $",
    re.IGNORECASE,
)
# A title in apposition after a full name: "Bill Clinton, the former president".
_TITLE_AFTER = re.compile(
    r", (?:then |now )?(?:the |a )?(?:former |then-|then |ex-|outgoing |current |new )?"
    r"(?:(?:US|U\.S\.|American|British|UK|Democratic|Republican|Labour|Tory) )?"
    rf"(?:(?P<qual>{_QUALIFIERS})[ -])?(?P<title>{_TITLE_WORDS})\b",
    re.IGNORECASE,
)
# A woman by the article's words about her: "his wife, Michelle Obama", "Michelle Obama, the
# wife of", "Mrs Michelle Obama", "first lady Michelle Obama".
_WIFE_BEFORE = re.compile(r"(?:\b(?:his|[A-Z][\w]*'s) wife,? |\bMrs\.? |\bfirst lady )$", re.I)
_WIFE_AFTER = re.compile(r",? (?:his wife|the wife of|wife of|the first lady)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_HE = re.compile(r"\b[Hh]e\b")


def surname_word(owner: str) -> str:
    """The last word of a full name's key that is its surname: "trump" of "donald trump jr"."""
    words = owner.split()
    suffixes = set(data_file("aliases.json")["generational_suffixes"])
    if len(words) > 2 and words[-1].rstrip(".") in suffixes:
        return words[-2]
    return words[-1]


def _title(match: re.Match[str] | None) -> str:
    if match is None:
        return ""
    title = match["title"].casefold().rstrip(".")
    title = {"pres": "president", "sen": "senator", "gov": "governor", "rep": "representative",
             "congressman": "representative", "congresswoman": "representative",
             "gen": "general", "prof": "professor"}.get(title, title)  # fmt: skip
    qualifier = (match["qual"] or "").casefold()
    return f"{qualifier} {title}" if qualifier else title


def _before(text: str, m: RawMention, word: str) -> str:
    """The text before the given word of a mention: the words before it, and any title the
    model tagged with the name ("President Clinton")."""
    at = m.text.casefold().find(word)
    inside = m.text[:at] if at > 0 else ""
    return text[max(0, m.start - 60) : m.start] + inside


def title_before(text: str, m: RawMention, word: str) -> str:
    """The title written right before the given word of a mention, as a plain key
    ("president", "vice president"), or ""."""
    return _title(_TITLE_BEFORE.search(_before(text, m, word)))


def title_of(text: str, m: RawMention, word: str) -> str:
    """The title right before a mention's word or in apposition after the mention ("Clinton,
    then the first lady"), or ""."""
    return title_before(text, m, word) or _title(_TITLE_AFTER.match(text, m.end))


def titles_of(text: str, owner: str, groups: dict[str, list[RawMention]]) -> set[str]:
    """The titles the article writes before or in apposition to a full name's mentions."""
    first = owner.split()[0]
    found: set[str] = set()
    for m in groups.get(owner, ()):
        if " " not in m.text.strip():
            continue
        if title := title_before(text, m, first):
            found.add(title)
        if title := _title(_TITLE_AFTER.match(text, m.end)):
            found.add(title)  # "Bill Clinton, the former president"
    return found


def by_title(text: str, key: str, owners: list[str], groups: dict[str, list[RawMention]]) -> None:
    """Give a lone surname after a title to the one owner the article writes with that title:
    "President Clinton" beside "former President Bill Clinton" and "Secretary of State Hillary
    Clinton" is Bill. Where no owner carries it and only one sex holds the title ("first lady",
    "Lord"), the one owner whose first name is of that sex. Where several owners or none fit,
    the mention stays as it was."""
    held = {owner: titles_of(text, owner, groups) for owner in owners if owner in groups}

    def fits(m: RawMention) -> list[str]:
        title = title_of(text, m, key)
        found = [owner for owner, titles in held.items() if title in titles] if title else []
        if not found and (sex := _SEXED_TITLES.get(title)):
            found = [owner for owner in held if sexes.of_name(owner) == sex]
        return found

    give_to_one_fit(groups, key, fits)


def give_to_one_fit(
    groups: dict[str, list[RawMention]],
    key: str,
    fits: Callable[[RawMention], list[str]],
) -> None:
    """Move each mention of a lone surname's group to the one owner it fits, where exactly one
    fits and that owner's group stands; the rest stay under `key` (dropped when none stay)."""
    kept: list[RawMention] = []
    for m in groups[key]:
        owners = fits(m)
        if len(owners) == 1 and owners[0] in groups:
            groups[owners[0]].append(m)
        else:
            kept.append(m)
    if kept:
        groups[key] = kept
    else:
        del groups[key]


def _a_wife(text: str, owner: str, groups: dict[str, list[RawMention]]) -> bool:
    """Whether the article calls a full name's person a wife, "Mrs" or first lady."""
    first = owner.split()[0]
    return any(
        " " in m.text.strip()
        and (
            _WIFE_BEFORE.search(_before(text, m, first)) is not None
            or _WIFE_AFTER.match(text, m.end) is not None
        )
        for m in groups.get(owner, ())
    )


def _a_titled_man(text: str, m: RawMention, key: str, owner_titles: set[str]) -> bool:
    """Whether a lone surname is a man under a title: "Mr Obama", or "President Obama" with a
    "he" later in its sentence. Not a title the owner carries herself."""
    before = _before(text, m, key)
    if sexes.of_honorific(before[-6:]) == "m":
        return True
    title = title_before(text, m, key)
    if not title or title in owner_titles:
        return False
    end = _SENTENCE_END.search(text, m.end)
    return _HE.search(text, m.end, end.start() if end else len(text)) is not None


def other_person_titled(
    text: str, key: str, owner: str, groups: dict[str, list[RawMention]]
) -> bool:
    """Keep a lone surname under a man's title apart from the one full name it ends, where the
    article calls that person a wife: "President Obama said he" beside "first lady Michelle
    Obama", the only Obama named in full. The bare surname joins her only where her own titled
    mentions ("Mrs Obama") are at least as many as the man's, else it stays apart with him.
    False (nothing done) where no mention is a titled man or the owner is nobody's wife."""
    if surname_word(owner) != key or owner not in groups or not _a_wife(text, owner, groups):
        return False
    titles = titles_of(text, owner, groups)
    men = [_a_titled_man(text, m, key, titles) for m in groups[key]]
    if not any(men):
        return False
    hers = [
        not man
        and (
            sexes.of_honorific(_before(text, m, key)[-6:]) == "f"
            or title_before(text, m, key) in titles - {""}
        )
        for m, man in zip(groups[key], men, strict=True)
    ]
    bare_joins = sum(hers) >= sum(men)
    kept = []
    for m, man, her in zip(groups[key], men, hers, strict=True):
        if her or (not man and bare_joins):
            groups[owner].append(m)
        else:
            kept.append(m)
    groups[key] = kept
    return True
