"""Read a saved `factx extract --format json` output back: its typed records and texts."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from factx.articles import decode
from factx.errors import FactxError
from factx.records import ArticleRecord, Output


def read_saved(path: str | Path) -> Output:
    """The run in a JSON file, validated against the contract; FactxError if it is not one."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise FactxError(f"cannot read: {error.strerror or error}", str(path)) from None
    try:
        return Output.model_validate_json(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "top level"
        raise FactxError(
            f"not a factx --format json output ({where}: {first['msg']})", str(path)
        ) from None


def saved_text(record: ArticleRecord) -> str | None:
    """The article's text read back from its path, or None if it is gone or no longer the
    text the facts were found in (or came from stdin)."""
    if record.path == "-":
        return None
    try:
        text, _ = decode(Path(record.path).read_bytes(), record.path)
    except (OSError, FactxError):
        return None
    if any(text[f.start : f.end] != f.text for f in record.facts):
        return None
    return text
