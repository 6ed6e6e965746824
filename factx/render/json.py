"""JSON (one document, streamed) and JSON Lines (one fact per line, with its article id)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from factx import __version__
from factx.records import SCHEMA_VERSION, ArticleRecord, ErrorRecord, ModelInfo

# ensure_ascii=False keeps names readable; json escapes every control character anyway. One
# encoder for every fact: `json.dumps` with any option makes a new one for each call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=False)


def _dumps(data: Any) -> str:
    return _ENCODER.encode(data)


class JsonWriter:
    """Writes the contract's document piece by piece, so a long run streams and stays valid."""

    def __init__(self, out: TextIO, model: ModelInfo) -> None:
        self.out = out
        self.model = model
        self.articles = 0
        self.errors: list[ErrorRecord] = []

    def start(self) -> None:
        head = {
            "schema_version": SCHEMA_VERSION,
            "factx_version": __version__,
            "model": self.model.model_dump(),
        }
        self.out.write(_dumps(head)[:-1] + ', "articles": [')

    def article(self, record: ArticleRecord) -> None:
        text = _dumps(record.model_dump())  # made whole before a byte is written
        self.out.write(("," if self.articles else "") + "\n" + text)
        self.articles += 1

    def error(self, record: ErrorRecord) -> None:
        self.errors.append(record)

    def finish(self) -> None:
        errors = ",".join("\n" + _dumps(e.model_dump()) for e in self.errors)
        self.out.write(f'\n], "errors": [{errors}\n]}}\n')


class JsonLinesWriter:
    """One fact per line with an `article` key; errors go to stderr only."""

    def __init__(self, out: TextIO, model: ModelInfo) -> None:
        self.out = out

    def start(self) -> None:
        pass

    def article(self, record: ArticleRecord) -> None:
        lines = []
        for fact in record.facts:
            data = {"article": record.id, **fact.model_dump()}
            lines.append(_dumps(data) + "\n")
        self.out.write("".join(lines))

    def error(self, record: ErrorRecord) -> None:
        pass

    def finish(self) -> None:
        pass


def dump_json(
    articles: Iterable[ArticleRecord], errors: Iterable[ErrorRecord], model: ModelInfo
) -> str:
    """The whole JSON document as a string (for goldens and tests)."""
    import io

    buffer = io.StringIO()
    writer = JsonWriter(buffer, model)
    writer.start()
    for record in articles:
        writer.article(record)
    for error in errors:
        writer.error(error)
    writer.finish()
    return buffer.getvalue()
