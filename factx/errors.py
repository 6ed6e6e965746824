"""The one exception type of the library; `cli.py` turns it into a message and an exit code."""

from __future__ import annotations


class FactxError(Exception):
    """An error a user can act on, with the path it concerns (if any)."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message
