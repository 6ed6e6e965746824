"""A ballet or an opera named in a dancer's or a singer's frame is a work (round r55-works).

BBC sheet 54F (entertainment/021, an obituary of a ballerina): "Her version of Giselle, all
lightness and grace, is still considered ..." (`Giselle` ORG, the model's) and "She was one of
the first British ballerinas to take a major part in Les Sylphides." (the model's GPE, made
PERSON by the given name "Les" at round 53's code: a work labelled PERSON, the issue's hard
target). Sentences of my own give `Coppelia` GPE ("Her version of Coppelia is still
remembered"). In an article whose words say ballet or opera (a lower-case "ballet",
"ballerina", "opera", "dancer", "choreographer"), the name after
- "her|his|their (own) version of" (not a possessive: "a version of Bizet's opera");
- "a|the (major|leading|title|lead|principal|starring) part|role in";
- "danced|sang (the title role in)" with no "in|with|at" of a place or a partner between;
is the ballet or the opera, WORK_OF_ART, over the model's mention of it. Left alone: a
company after the frame ("a leading role in the Royal Ballet", "a part in the Ballets Russes":
its last word a company's head, Ballet, Ballets, Opera, Company, Theatre, Orchestra), people
("danced with Anton Dolin": "with" is no frame), places ("danced in Paris": "in" after a
verb is no frame), and the frames outside such an article ("his version of Eric Clapton's hit").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.spans import exactly_over, one_mention_over

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_STAGE_ARTICLE = re.compile(r"\b(?:ballet|ballerinas?|opera|operas|dancers?|choreographer)\b")
_NAME = (
    r"(?:(?:Les|La|Le|L'|Il|The|El|Die|Der|Das) ?)?[A-Z][\w'’-]*"
    r"(?: (?:of the|of|the|and the) [A-Z][\w'’-]*| [A-Z][\w'’-]*){0,3}"
)
_FRAME = re.compile(
    r"\b(?:(?:[Hh]er|[Hh]is|[Tt]heir) (?:own )?version of"
    r"|(?:a|the) (?:major|leading|title|lead|principal|starring) (?:part|role) in"
    r"|(?:danced|sang)(?: the title role in)?)"
    rf" (?P<name>{_NAME})(?![\w'’-]|['’]s\b| [A-Z])"
)
_COMPANY_HEADS = frozenset(("Ballet", "Ballets", "Opera", "Company", "Theatre", "Orchestra"))


def danced_works(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
) -> list[RawMention]:
    """The mentions, each ballet or opera in a dancer's or a singer's frame one WORK_OF_ART
    (see the module docstring)."""
    if _STAGE_ARTICLE.search(text) is None:
        return mentions
    result = list(mentions)
    for layout in layouts:
        for found in _FRAME.finditer(text, layout.offset, layout.end):
            name = found.group("name")
            if name.split()[-1] in _COMPANY_HEADS:
                continue
            start, end = found.span("name")
            result = one_mention_over(
                text, result, layout, (start, end), "WORK_OF_ART", add, exactly_over(start, end)
            )
    return result
