"""JSON Lines archives: one article per line, {"text": ..., "id", "title", "published", ...}.

A line that cannot be read is an error of its own, named `PATH:LINE`; the other lines are
still read. The plain text of an article is its title (if given) and a blank line, then its
text as it is, but for HTML character references, decoded as in plain text files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from factx.errors import FactxError
from factx.formats import Source
from factx.formats.metadata import metadata_date, metadata_text
from factx.formats.references import decode_references


def read_jsonl(text: str, path: str) -> Iterator[Source | FactxError]:
    lines = 0
    for number, line, _ in numbered_lines(text):
        lines += 1
        where = f"{path}:{number}"
        try:
            yield read_line(line, where, number)
        except FactxError as error:
            yield error
    if not lines:
        raise no_articles(path)


def no_articles(path: str) -> FactxError:
    return FactxError("no articles in this JSON Lines file (no non-empty line)", path)


def numbered_lines(text: str) -> Iterator[tuple[int, str, int]]:
    """The archive's non-empty lines: number (from 1), text, and where it starts in `text`.

    Lines end at LF, CRLF or CR only, as in a file opened as text. `str.splitlines` would also
    cut at U+2028, U+2029 and U+0085, which JSON allows raw inside a string (jq writes them so),
    and split one article in two.
    """
    for number, match in enumerate(_LINE.finditer(text), start=1):
        line = match.group().rstrip("\r\n")
        if line.strip():
            yield number, line, match.start()


# A line and its end; the last line may have none. Never an empty match: after the last
# line's end there is nothing left to match.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def read_line(line: str, where: str, number: int) -> Source:
    """One archive line's article; FactxError (named `where`) when the line is not one."""
    try:
        data: Any = json.loads(line)
    except json.JSONDecodeError as error:
        raise FactxError(f"not JSON: {error.msg} (column {error.colno})", where) from None
    except (ValueError, RecursionError):  # nested too deeply, a number too long
        raise FactxError("not JSON: nested too deeply or too long to read", where) from None
    if not isinstance(data, dict):
        raise FactxError('not a JSON object with a "text" field', where)
    body = data.get("text")
    if not isinstance(body, str):
        raise FactxError('no "text" string in this line', where)
    if not body.strip():
        raise FactxError('"text" is empty', where)
    published = data.get("published", data.get("date"))
    day = metadata_date(published)
    if published not in (None, "") and day is None:
        raise FactxError(f'"published" is not a date: {str(published)[:40]!r}', where)
    title = metadata_text(data.get("title"))
    body = decode_references(f"{title}\n\n{body}" if title else body)
    return Source(
        body,
        published=day,
        byline=metadata_text(data.get("byline", data.get("author"))),
        source_id=metadata_text(data.get("id")),
        url=metadata_text(data.get("url")),
        line=number,
    )
