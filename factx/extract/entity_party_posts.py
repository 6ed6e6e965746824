"""A party's word the model runs into a post's portfolio or a government's name, and a nation's
party cut in two (round r35-politics).

- `party before a portfolio`: "Lib Dem Home Affairs spokesman Mark Oaten", "Tory Treasury
  spokesman": the model tags the party's word and the capitalised portfolio as one name (ORG,
  or PERSON); the party is the name, the portfolio is the post's, no name. The party takes the
  label factx gives its word alone (data `party_posts.parties`). Only before a post's word
  (`party_posts.posts`): "Labour Party spokesman" keeps its "Party", which is no portfolio.
- `party before a government`: "the Labour Scottish Executive", "the Labour Assembly
  Government": two names, the party and the government (a closed class of devolved
  governments' names, `party_posts.governments`), the model's one ORG.
- `nation's Liberal Democrats`: "Welsh Liberal Democrat councillors", "Scottish Liberal Democrat
  council leaders": one party's name, which the model cuts into "Welsh Liberal" ORG and
  "Democrat" NORP, or "Scottish" and "Liberal Democrat" NORP, or tags without its nation's
  word. It is one mention, NORP, the label factx gives "Liberal Democrat" alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.spans import alternation
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention


@cache
def _table() -> dict[str, object]:
    table: dict[str, object] = data_file("entities.json")["party_posts"]
    return table


@cache
def _parties() -> dict[str, str]:
    parties: dict[str, str] = dict(_table()["parties"])  # type: ignore[call-overload]
    return parties


def _words(key: str) -> list[str]:
    words: list[str] = list(_table()[key])  # type: ignore[call-overload]
    return words


# A portfolio's capitalised words, up to three, with an "and" ("Trade and Industry"); not a
# party's own "Party".
_PORTFOLIO = r"(?!Party\b)[A-Z][\w'’-]*(?: (?:and |& )?[A-Z][\w'’-]*){0,2}"


@cache
def _party_portfolio() -> re.Pattern[str]:
    return re.compile(rf"(?P<party>{alternation(sorted(_parties()))}) {_PORTFOLIO}")


@cache
def _post_after() -> re.Pattern[str]:
    return re.compile(rf" +(?:{alternation(_words('posts'))})\b")


@cache
def _party_government() -> re.Pattern[str]:
    return re.compile(
        rf"(?:the |The )?(?P<party>{alternation(sorted(_parties()))}) "
        rf"(?P<government>{alternation(_words('governments'))})"
    )


@cache
def _nation_party() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(_words('nations'))}) Liberal Democrats?")


@cache
def _nation_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_words('nations'))}) $")


def _party(m: RawMention, start: int, end: int, text: str) -> RawMention:
    label = _parties()[text[start:end]]
    return replace(m, text=text[start:end], start=start, end=end, label=label, cue=label)


def parties_before_posts(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each party's word cut from the capitalised portfolio the model ran it into
    before a post's word, and parted from a government's name it ran it into."""
    result: list[RawMention] = []
    for m in mentions:
        found = _party_portfolio().fullmatch(m.text)
        if found is not None and _post_after().match(text, m.end):
            result.append(_party(m, m.start, m.start + found.end("party"), text))
            continue
        found = _party_government().fullmatch(m.text)
        if found is not None:
            party = m.start + found.start("party"), m.start + found.end("party")
            result.append(_party(m, *party, text))
            start, end = m.start + found.start("government"), m.start + found.end("government")
            result.append(replace(m, text=text[start:end], start=start, end=end, label="ORG",
                                  cue="ORG"))  # fmt: skip
            continue
        result.append(m)
    return result


def nations_liberal_democrats(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, "Welsh Liberal Democrat(s)" and "Scottish Liberal Democrat(s)" each one
    mention, NORP: two mentions of the model's one space apart joined, and a "Liberal
    Democrat" the model tagged without its nation's word grown over it."""
    ends = {m.end for m in mentions}
    result: list[RawMention] = []
    skip = -1
    for index, m in enumerate(mentions):
        if index == skip:
            continue
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            after is not None
            and after.start == m.end + 1
            and _nation_party().fullmatch(text, m.start, after.end)
        ):
            joined = text[m.start : after.end]
            result.append(replace(m, text=joined, end=after.end, label="NORP", cue="NORP"))
            skip = index + 1
            continue
        if _nation_party().fullmatch(m.text):
            result.append(replace(m, label="NORP", cue="NORP"))
            continue
        before = _nation_before().search(text, max(0, m.start - 10), m.start)
        if (
            before is not None
            and m.start - 1 not in ends  # the nation's word tagged apart: joined above
            and _nation_party().fullmatch(text, before.start(), m.end)
        ):
            start = before.start()
            result.append(replace(m, text=text[start : m.end], start=start, label="NORP",
                                  cue="NORP"))  # fmt: skip
            continue
        result.append(m)
    return result
