"""A body's name grown to the words its bracketed short form spells (the lead's round 44).

The model cuts a body's long name and tags a piece of it, but the article writes the name's
initials in brackets right after it, and they say where the name starts: "The Coalition for
Peace and Justice (CPJ) marched" gives `Justice` ORG, "Swansea Unite Against Fascism (UAF) is
meeting" gives `Swansea Unite Against` PERSON (seed 133). The name is the shortest run of
capitalised words (and the joiners the short forms skip: "for", "and", "of") before the
bracket whose initials the short form spells (`acronyms.initials_of`), together with the
piece the model tagged where it starts before the run ("Swansea").

Only a mention the model tagged grows: a run it left out whole is as often a term as a body
("Digital Rights Management (DRM)", "Gross Domestic Product (GDP)"). A person's, a people's
or a region's label on such a piece is the model reading one word of the body, so the whole
is ORG (a language's name, "British Sign Language (BSL)", LANGUAGE); a country's, a
building's, a law's or a work's keeps its label ("the Democratic Republic of Congo (DRC)").
A name the model tagged whole is left as it is, also with a word before it the initials leave
out ("the US Federal Trade Commission (FTC)"). Guarded by a test of the text for a bracket.

Round r46b-places (seed 147's "Consumers Against Supermarket Privacy Invasion and Numbering
(Caspian)", whose halves came out a work and a person; "one group - Parents Against Junk Food
Advertising (Pajfa) - has said" gives nothing, "Scientists for Global Responsibility (SGR)" only
`SGR`): a run left out whole is a body, ORG, where its words say it is one, a campaign's
"Against" inside it ("Doctors Against Smoking in Public") or a plural of people opening it before
"for" or "of" ("Scientists for ...", "Friends of ..."): never a term's ("Rules of Origin (ROO)",
"Weapons of Mass Destruction" open with no people). It is added only where the model tagged the
bracketed short form (then in the same sentence, whose place it copies), and the short form is
keyed to it ("Caspian" NORP joins the group).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.acronyms import initials_of

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A short form in brackets: a capital first, two to eight letters ("(CPJ)", "(Defra)").
_SHORT = re.compile(r" ?\((?P<short>[A-Z][A-Za-z&]{1,7})\)")
# The words of a body's name back from the bracket: capitalised words, or the joiners the
# short forms skip, with the commas of a list of fields ("Environment, Food and Rural Affairs").
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’&-]*|and|of|for|the|on|in|at|to|against)(?:,)?")
_JOINERS = frozenset({"and", "of", "for", "the", "on", "in", "at", "to", "against"})
# Labels a piece keeps for the whole name; the others become ORG.
_KEPT = frozenset({"ORG", "GPE", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
_POSSESSIVE = re.compile(r"['’]s?$")
_REACH = 12  # at most this many words back from the bracket
# Round r46b-places: a run the model left out whole that names a body by its words, a
# campaign's "Against" after its first word or a plural of people before "for" or "of".
_BODY_RUN = re.compile(
    r"^[A-Z][\w'’-]* (?:[\w'’-]+ )*?Against\b"
    r"|^(?:Consumers|Citizens|Parents|Mothers|Fathers|Families|Doctors|Physicians|Nurses|"
    r"Scientists|Engineers|Lawyers|Journalists|Reporters|Teachers|Students|Residents|Farmers|"
    r"Veterans|Women|Friends|Campaigners|Voters|Taxpayers|Artists|Musicians|Writers) "
    r"(?:for|of|Against)\b"
)


def _words_before(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of the name's words right before `end`, last first, back to the first word
    that is none (a lower-case word other than a joiner, a full stop, a line's end)."""
    spans: list[tuple[int, int]] = []
    position = end
    while len(spans) < _REACH:
        start = text.rfind(" ", 0, position)
        word = text[start + 1 : position]
        if not word or "\n" in word or _NAME_WORD.fullmatch(word) is None:
            break
        spans.append((start + 1, position - word.endswith(",")))
        if start < 0:
            break
        position = start
    return spans


def _run_start(text: str, end: int, short: str) -> int | None:
    """The start of the shortest run of the name's words ending at `end` whose initials
    `short` spells; it opens with a capitalised word. None where no run does."""
    letters = short.replace("&", "").casefold()
    spans = _words_before(text, end)
    for count in range(2, len(spans) + 1):
        start = spans[count - 1][0]
        if text[start : spans[count - 1][1]] in _JOINERS:
            continue
        if letters in initials_of(text[start:end]):
            return start
    return None


def spelled_names_whole(
    text: str,
    mentions: list[RawMention],
    short_forms: dict[str, str],
    key: Callable[[str], str],
) -> list[RawMention]:
    """The mentions (in article order), each piece of a body's name the model tagged grown to
    the run its bracketed short form spells (the module docstring), over the other pieces of
    that run; the short form is keyed to the whole name in `short_forms`."""
    if "(" not in text:
        return mentions
    result = list(mentions)
    for found in _SHORT.finditer(text):
        end = found.start()
        if possessive := _POSSESSIVE.search(text, max(0, end - 2), end):
            end = possessive.start()  # "Deutsche Boerse's (DB) shares": the name has no "'s"
        start = _run_start(text, end, found["short"])
        if start is None:
            continue
        inside = [i for i, m in enumerate(result) if m.start < end and m.end > start]
        if not inside:
            result = _with_untagged_body(text, result, found, start, end, short_forms, key)
            continue
        if any(result[i].end > end for i in inside):
            continue
        first = result[inside[0]]
        if len(inside) == 1 and first.start <= start and first.end == end:
            # The model's name is whole, or whole with a word before it the initials leave
            # out ("the US Federal Trade Commission (FTC)", "A European Union (EU)"); the
            # short form is the whole name's ("the Entertainment and Leisure Software
            # Publishers Association (Elspa)", which `with_short_forms` read with its "the").
            if text[first.start : start].strip() in ("", "the", "The"):
                short_forms.setdefault(key(found["short"]), key(first.text))
            continue
        if first.start < start and "\n" in text[first.start : start]:
            continue
        start = min(start, first.start)
        labels = [result[i].label for i in inside if result[i].label in _KEPT]
        label = labels[-1] if labels else "ORG"
        if text.endswith(" Language", start, end):
            label = "LANGUAGE"  # "British Sign Language (BSL)", the model's "British" NORP
        grown = replace(first, text=text[start:end], start=start, end=end, label=label, cue=label)
        result = [*result[: inside[0]], grown, *result[inside[-1] + 1 :]]
        short_forms.setdefault(key(found["short"]), key(grown.text))
    return result


def _with_untagged_body(
    text: str,
    mentions: list[RawMention],
    found: re.Match[str],
    start: int,
    end: int,
    short_forms: dict[str, str],
    key: Callable[[str], str],
) -> list[RawMention]:
    """The mentions with the run text[start:end] the model left out whole, a body by its words,
    as an ORG mention in the place of its tagged short form (the module's doc, round
    r46b-places); the mentions as they are where the run is no such body or the short form
    is untagged."""
    name = text[start:end]
    if _BODY_RUN.match(name) is None:
        return mentions
    at = found.start("short")
    short = next((m for m in mentions if m.start == at and m.end == found.end("short")), None)
    if short is None:
        return mentions
    body = replace(short, text=name, start=start, end=end, label="ORG", cue="ORG", votes=True)
    short_forms.setdefault(key(found["short"]), key(name))
    return sorted([*mentions, body], key=lambda m: m.start)
