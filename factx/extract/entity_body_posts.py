"""A body's short name the model runs into a post's word after it (round r36-tech).

"The Fed Chair said", "the BBC Chairman": the model tags the body's short name and the title
of its head as one name (ORG, or WORK_OF_ART: the lead's "Fed Chair"). The post is the
person's, no name; the body is the name, ORG. Only a short name the article cannot mean
otherwise: a known body's alias ("Fed", by `aliases.json`'s canonical names) or capital
initials ("BBC", "IMF"), and only before a head's post word (`_POSTS`): "Fed Funds" and "BBC
Worldwide" are names of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The posts of a body's head, in title case as a title before a name writes them.
_BODY_POST = re.compile(
    r"(?:[Tt]he )?(?P<body>[A-Z][A-Za-z]{1,5}) "
    r"(?:Chair|Chairman|Chairwoman|Governor|Chief|Boss|Vice-Chairman|Vice-Chair)"
)


def bodies_before_posts(
    text: str, mentions: list[RawMention], known_body: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, each "<body> <post>" cut to the body, ORG, where `known_body` says the
    short name is a known body's alias or initials."""
    result: list[RawMention] = []
    for m in mentions:
        found = _BODY_POST.fullmatch(m.text)
        if found is not None and (found["body"].isupper() or known_body(found["body"])):
            start, end = m.start + found.start("body"), m.start + found.end("body")
            m = replace(m, text=text[start:end], start=start, end=end, label="ORG", cue="ORG")
        result.append(m)
    return result
