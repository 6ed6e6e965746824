"""The one exception type of the library; `cli.py` turns it into a message and an exit code.

Subclasses say what kind of problem it is, for callers of the Python API who want to tell
them apart; catching FactxError still catches every one.
"""

from __future__ import annotations


class FactxError(Exception):
    """An error a user can act on, with the path it concerns (if any)."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(FactxError, ValueError):
    """An argument the API cannot use: an empty text, a malformed date, a negative job count.

    Also a ValueError, which is what Python code usually expects for a bad argument.
    """


class ModelError(FactxError):
    """The spaCy model is not installed, cannot be loaded, or lacks the parser or NER."""
