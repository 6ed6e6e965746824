"""Saved web pages: trafilatura finds the article's main text, title, author and date.

Navigation, captions, adverts, comments and page furniture are left out. The plain text is
the title, then each block trafilatura kept (a paragraph, a heading, a list item) as its own
paragraph. trafilatura is the optional `html` extra.
"""

from __future__ import annotations

from collections.abc import Callable
from configparser import ConfigParser
from functools import cache
from typing import Any

from factx.errors import FactxError
from factx.formats import Source
from factx.formats.metadata import metadata_date, metadata_text

MISSING_EXTRA = 'reading HTML needs the "html" extra: pip install "factx[html]"'
# The page's own date only: htmldate's search of the whole text could take a date the story
# mentions, and its upper bound is today's date unless one is given (output must not depend
# on the clock).
_DATE_OPTIONS = {"extensive_search": False, "original_date": True, "max_date": "2199-12-31"}


# Fewer characters of main text than this is no article: trafilatura's last resort keeps
# what text a page has, such as a lone "Home" link.
MIN_TEXT = 20


@cache
def _config(use_config: Callable[[], ConfigParser]) -> ConfigParser:
    config = use_config()  # reads trafilatura's settings file: once per process
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", str(MIN_TEXT))
    return config


def read_html(text: str, path: str) -> Source:
    try:
        import trafilatura
        from trafilatura.settings import use_config
    except ImportError:
        raise FactxError(MISSING_EXTRA, path) from None
    config = _config(use_config)
    try:
        found: Any = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_tables=True,
            include_links=False,
            favor_precision=True,
            deduplicate=False,
            date_extraction_params=_DATE_OPTIONS,
            config=config,
        )
    except Exception as error:  # lxml's and trafilatura's own failures on broken markup
        raise FactxError(f"cannot parse this HTML ({type(error).__name__})", path) from None
    body = getattr(found, "text", None) if found is not None else None
    if not body or not body.strip():
        raise FactxError("no main text found in this HTML page", path)
    blocks = [" ".join(line.split()) for line in body.splitlines()]
    blocks = [b for b in blocks if b]
    title = metadata_text(found.title)
    if title and blocks and blocks[0] != title:
        blocks.insert(0, title)
    return Source(
        "\n\n".join(blocks) + "\n",
        published=metadata_date(found.date),
        byline=metadata_text(found.author),
        url=metadata_text(found.url),
    )
