"""Markdown articles: YAML front matter for the metadata, the text without its markup.

The plain text is the title (front matter `title`, else the first block), then one paragraph
per block: a heading, a paragraph, a list item, a quoted paragraph, a table row. Link text,
emphasis and inline code keep their words and lose their marks; images, code blocks and raw
HTML are left out, so no markup character reaches a fact.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from factx.errors import FactxError
from factx.formats import Source
from factx.formats.metadata import metadata_date, metadata_text

if TYPE_CHECKING:
    from markdown_it.token import Token

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*$\r?\n?", re.S | re.M
)
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "publishdate", "pubdate", "published_at", "created")
_AUTHOR_KEYS = ("author", "authors", "byline", "by")


def read_markdown(text: str, path: str) -> Source:
    meta, body = front_matter(text, path)
    title = metadata_text(_first(meta, _TITLE_KEYS))
    blocks = plain_blocks(body)
    if title and blocks and blocks[0] == title:
        blocks = blocks[1:]  # the title repeated as the first heading
    if title:
        blocks = [title, *blocks]
    if not blocks:
        raise FactxError("no text in this Markdown file (only front matter or markup)", path)
    return Source(
        "\n\n".join(blocks) + "\n",
        published=metadata_date(_first(meta, _DATE_KEYS)),
        byline=metadata_text(_first(meta, _AUTHOR_KEYS)),
        url=metadata_text(meta.get("url") or meta.get("link")),
    )


def front_matter(text: str, path: str) -> tuple[dict[str, Any], str]:
    """The front matter's fields (keys lowercased) and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml

    try:
        data = yaml.safe_load(match[1])
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise FactxError(f"front matter is not valid YAML{where}", path) from None
    except ValueError:  # a date such as 2024-02-31: name the field, as an archive's line does
        raise FactxError(_bad_value(match[1]), path) from None
    except RecursionError:
        raise FactxError("front matter cannot be read (nested too deeply)", path) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FactxError("front matter is not a mapping of fields (title: ..., date: ...)", path)
    return {str(k).lower(): v for k, v in data.items()}, text[match.end() :]


def _bad_value(block: str) -> str:
    """What is wrong with front matter that YAML parses but cannot build: the first field whose
    value looks like a date and is none ("date: 2024-02-31")."""
    import yaml

    class _Plain(yaml.SafeLoader):
        """YAML with dates left as the strings they were written as."""

    _Plain.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    try:
        data = yaml.load(block, Loader=_Plain)  # a SafeLoader with no timestamps
    except (yaml.YAMLError, ValueError, RecursionError):
        data = None
    for key, value in data.items() if isinstance(data, dict) else ():
        if isinstance(value, str) and _DATE_SHAPE.match(value) and metadata_date(value) is None:
            return f"front matter {str(key)[:40]!r} is not a date: {value[:40]!r}"
    return "front matter cannot be read (a value is out of range)"


# A value YAML reads as a timestamp: it fails to build when the day or the time is out of range.
_DATE_SHAPE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def _first(meta: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((meta[k] for k in keys if meta.get(k) not in (None, "")), None)


def plain_blocks(markdown: str) -> list[str]:
    """The text of each prose block of a Markdown text, without markup, in order."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    blocks: list[str] = []
    row: list[str] | None = None  # the cells of the table row being read
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if any(row):
                blocks.append("\t".join(row))  # a row reads as one line, its cells tab-separated
            row = None
        elif token.type == "inline":
            text = _inline_text(token.children or []).strip()
            if row is not None:
                row.append(" ".join(text.split()))
            elif text:
                blocks.append(text)
    return blocks


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        # link/emphasis open and close, images and inline HTML add no text.
    return "".join(parts)
