"""The article's own date: front matter, a "Published"/"Date:" line, a dateline, the file name.

A date alone on a line right under the title ("*March 6, 2024*" in a Markdown page) counts as a
"Published" line does.

This is the anchor relative dates are resolved against; without one they stay underspecified.
Only explicit, complete dates count: a date here is never guessed or taken from the clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factx.normalize.timex import MONTH_PATTERN, timex

_HEAD_LINES = 12
# A date line is short; a long paragraph that opens with "Updated" is body text.
_DATE_LINE_CHARS = 80
_META = re.compile(
    r"^\s*(?:date|published|publication date|posted|updated|dateline)\s*(?::|on\b)?\s*"
    r"(?P<date>.+?)\s*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z .'-]{{1,40}},\s+(?P<date>(?i:{MONTH_PATTERN})\.?\s+\d{{1,2}},?\s+\d{{4}})"
    r"\s*(?:\(\w+\)\s*)?[-–—]"
)
_FILE_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-_]?(0[1-9]|1[0-2])[-_]?(0[1-9]|[12]\d|3[01])(?!\d)"
)


@dataclass(frozen=True)
class Published:
    date: date
    source: str  # "metadata" | "dateline" | "filename"


def explicit_date(text: str) -> date | None:
    text = re.sub(r"\s+\d{1,2}:\d{2}.*$", "", text.strip().strip("'\""))
    text = re.sub(r"^(?:mon|tues?|wed|thu|thurs|fri|sat|sun)[a-z]*,?\s+", "", text, flags=re.I)
    value = timex(text)
    if value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.value):
        return None
    return date.fromisoformat(value.value)


# A line that is a date alone, as web pages and Markdown put one under the title ("*March 6,
# 2024*", "Tuesday 5 March 2024"); emphasis marks around it are the page's, not the date's.
_EMPHASIS = "*_ \t"


def _bare_date(line: str) -> date | None:
    line = line.strip(_EMPHASIS)
    if not line or len(line) > _DATE_LINE_CHARS or not line[0].isalnum():
        return None
    return explicit_date(line)


def is_date_line(text: str, *, under_title: bool = False) -> bool:
    """A paragraph that only gives the article's date ("Published: 4 March 2016"): metadata;
    right under the title, a date alone is one too ("March 6, 2024"), where further down it
    may head a timeline's entries."""
    match = _META.match(text) if len(text) <= _DATE_LINE_CHARS else None
    if match is not None and explicit_date(match.group("date")) is not None:
        return True
    return under_title and _bare_date(text) is not None


def find_published(text: str, path: str | None = None) -> Published | None:
    """The article's date from its first lines, else from a YYYY-MM-DD in its file name."""
    lines = text.splitlines()[:_HEAD_LINES]
    for line in lines:
        match = _META.match(line)
        if match:
            found = explicit_date(match.group("date"))
            if found:
                return Published(found, "metadata")
    for line in lines:
        match = _DATELINE.match(line)
        if match:
            found = explicit_date(match.group("date"))
            if found:
                return Published(found, "dateline")
    # Right under the title (not the title itself: "May 4, 1970" may be a headline's whole
    # subject), as the zones read it: the first two lines of text after it.
    for line in [line for line in lines if line.strip()][1:3]:
        found = _bare_date(line)
        if found:
            return Published(found, "metadata")
    if path and path != "-":
        match = _FILE_DATE.search(Path(path).name)
        if match:
            try:
                return Published(date(int(match[1]), int(match[2]), int(match[3])), "filename")
            except ValueError:
                return None
    return None
