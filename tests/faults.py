"""Fault injection for the tests that a bug on one article costs that article alone."""

from __future__ import annotations

from typing import Any


def poison(monkeypatch: Any, component: str, message: str = "injected fault") -> None:
    """Make a component of the loaded pipeline (the one the CLI and the API share) raise
    RuntimeError(message) on any paragraph that says POISON; forked workers inherit it."""
    from factx.api import load

    finder = load().nlp.get_pipe(component)
    real = finder.finder

    def poisoned(doc: Any) -> Any:
        if "POISON" in doc.text:
            raise RuntimeError(message)
        return real(doc)

    monkeypatch.setattr(finder, "finder", poisoned)
