"""Names and text from the user's files made safe to print, on one line or on a terminal.

A file name may hold bytes that are not UTF-8 (Python keeps them as lone surrogates, which no
JSON or terminal encoder accepts) and an article may hold escape sequences that move a
terminal's cursor or set its title. Nothing from a file reaches an output unescaped.
"""

from __future__ import annotations

import re

# C0 controls, DEL and C1 controls (0x80-0x9f: 0x9b alone starts an escape sequence on some
# terminals), and the lone surrogates that stand for undecodable bytes in file names.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _escaped(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    if code > 0xFF:
        return f"\\u{code:04x}"
    return f"\\x{code:02x}"


def encodable(path: str) -> str:
    """A path that JSON and UTF-8 can carry: bytes that were not UTF-8 written as \\xNN (`ff fe`
    in a name becomes `\\xff\\xfe`); everything else as it is."""
    return _SURROGATE.sub(lambda m: _escaped(m.group()), path)


def shown_path(path: str) -> str:
    """A path fit for one line of text: control characters (a newline in a name) escaped too."""
    return _UNPRINTABLE.sub(lambda m: _escaped(m.group()), path)


def terminal_text(text: str, *, keep_lines: bool = True) -> str:
    """Text that cannot control a terminal, of the same length (so offsets still hold): each
    control character becomes a visible stand-in (U+FFFD), line breaks and tabs aside unless
    `keep_lines` is false."""
    if keep_lines:
        return _CONTROL.sub(lambda m: m.group() if m.group() in "\n\t" else "\ufffd", text)
    return _CONTROL.sub("\ufffd", text)
