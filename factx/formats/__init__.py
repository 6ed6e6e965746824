"""Input formats: turn a file's decoded text into the plain text and metadata of its articles.

Every reader returns `Source`s: the one plain text factx reads (offsets index it, and
`--with-text` gives it back) with the title as its first line, and what the format's metadata
said (date, author, url, ...). Plain text is passed through as it is, but for HTML character
references ("Jos&#233;", "&#163;8m"), which are decoded as Markdown's and HTML's readers decode
them (`factx.formats.references`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factx.errors import FactxError

FORMATS = ("text", "markdown", "html", "jsonl")
_BY_SUFFIX = {
    ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
    ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
}  # fmt: skip


@dataclass(frozen=True)
class Source:
    """One article as its format gave it: plain text (title first) and metadata, if any."""

    text: str
    published: date | None = None
    byline: str | None = None
    source_id: str | None = None  # the archive's own id for the article
    url: str | None = None
    line: int | None = None  # the line of a JSON Lines archive


def format_of(path: str, text: str, forced: str | None = None) -> str:
    """The format to read: the one asked for, else the file's suffix (stdin: a sniffed page)."""
    if forced:
        return forced
    if path == "-":
        head = text.lstrip()[:100].lower()
        return "html" if head.startswith(("<!doctype html", "<html")) else "text"
    return _BY_SUFFIX.get(Path(path).suffix.lower(), "text")


def sources(text: str, path: str, fmt: str) -> Iterator[Source | FactxError]:
    """The articles of one input; a FactxError item for a part that cannot be read (an
    archive's bad line), or raised when the whole input cannot be."""
    if fmt == "markdown":
        from factx.formats.markdown import read_markdown

        yield read_markdown(text, path)
    elif fmt == "html":
        from factx.formats.html import read_html

        yield read_html(text, path)
    elif fmt == "jsonl":
        from factx.formats.jsonl import read_jsonl

        yield from read_jsonl(text, path)
    else:
        from factx.formats.references import decode_references

        yield Source(decode_references(text))
