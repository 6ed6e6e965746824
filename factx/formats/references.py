"""HTML character references left in plain text: "Jos&#233;", "&#163;8m", "&amp;".

Text saved from a web page as plain text, or put into an archive's "text" field, often keeps
the page's character references. The model then reads "Jos&#233; Manuel Barroso" as "Manuel
Barroso", "Pel&#233;" as no name, and "&#163;8m" as no money. Markdown and HTML inputs have
them decoded by their readers, as those formats require; plain text gets the same, so the text
factx reads (which offsets index and `--with-text` gives back) is the one the page showed.

Only whole references are decoded: a number, or a name HTML defines, each ending in ";".
"AT&T", "R&D", "&c" and "&copy" without its ";" stay as written, and so does a reference to a
control character or to no character, which no page shows as text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.entities import html5

_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_references(text: str) -> str:
    """The text with its whole HTML character references decoded (see the module docstring)."""
    if "&" not in text:
        return text  # nearly every file: nothing to look for
    return _REFERENCE.sub(_character, text)


def _character(match: re.Match[str]) -> str:
    reference = match.group()
    if reference[1] != "#":
        return html5.get(reference[1:], reference)
    decoded = html.unescape(reference)  # HTML's own numbers: "&#150;" is an en dash
    if not decoded or decoded == "\ufffd" or any(_control(c) for c in decoded):
        return reference
    return decoded


def _control(char: str) -> bool:
    return unicodedata.category(char) == "Cc" and char not in "\t\n\r"
