"""Article zones: which paragraphs are the headline, the body, a byline, a credit, ...

Facts carry the zone of their paragraph, claims come from the body only, and the article's
byline is read from the byline zone. Patterns are data (`data/zones.json`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from factx.published import is_date_line

ZONES = ("headline", "body", "byline", "credit", "related", "footnote", "boilerplate")
_NAME = re.compile(r"^[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|van|von|de|der|da|di|la|le)){1,4}$")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    text = resources.files("factx.data").joinpath("zones.json").read_text("utf-8")
    table: dict[str, list[str]] = json.loads(text)
    return {
        zone: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        for zone, patterns in table.items()
        if not zone.startswith("_")
    }


def _byline_start(text: str) -> bool:
    # "By" must be followed by capitalized names, so the match is case-sensitive after it.
    match = _patterns()["byline_start"].match(text)
    if match is None:
        return False
    return text[:3].lower() != "by " or text[3:4].isupper()


def zones(paragraphs: Sequence[str], *, titled: bool = True) -> list[str]:
    """The zone of each paragraph (paragraph 0 is the title, if the article has one)."""
    patterns = _patterns()
    result: list[str] = []
    title = paragraphs[0].strip() if paragraphs and titled else None
    in_author_block = False
    for index, raw in enumerate(paragraphs):
        text = raw.strip()
        zone = "body"
        if title is not None and (index == 0 or (index == 1 and text == title)):
            zone = "headline"  # the title, and a repeated title under it
        elif patterns["boilerplate"].match(text):
            zone, in_author_block = "boilerplate", False
        elif is_date_line(text, under_title=index <= 2 and title is not None):
            zone = "byline"  # the date under the byline: metadata, never a claim
        elif _byline_start(text):
            zone, in_author_block = "byline", text.lower().startswith("about the author")
        elif patterns["author_bio"].match(text) or (in_author_block and len(text) < 300):
            zone = "byline"
        elif patterns["credit"].match(text):
            zone = "credit"
        elif patterns["related"].match(text):
            zone = "related"
        elif patterns["footnote"].match(text):
            zone = "footnote"
        result.append(zone)
    return result


def byline(paragraphs: Sequence[str], paragraph_zones: Sequence[str]) -> str | None:
    """The author named in the byline zone: "By Jane Doe" or the name under "About the author"."""
    for text, zone in zip(paragraphs, paragraph_zones, strict=True):
        if zone != "byline":
            continue
        text = " ".join(text.split())
        match = re.match(r"(?:by|written by|posted by)\s+(.+?)(?:\s*[,|]|\s+and\s|$)", text, re.I)
        if match and _NAME.match(match.group(1)):
            return match.group(1)
        if _NAME.match(text):
            return text
    return None
