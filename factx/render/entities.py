"""The rows of `factx entities` as JSON, JSON Lines, CSV or a Rich table."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from factx.render.csv import cell

if TYPE_CHECKING:
    from rich.console import Console

COLUMNS = (
    "entity_id", "name", "label", "articles", "mentions", "first_seen", "article_ids", "aliases",
)  # fmt: skip


def write_entities(rows: Sequence[dict[str, Any]], fmt: str, out: TextIO, console: Console) -> None:
    """Write the rows in `fmt` (json, jsonl, csv; anything else is a table on `console`)."""
    if fmt == "json":
        out.write(json.dumps({"entities": list(rows)}, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in rows:
            # Lists are joined with "; " so a spreadsheet cell reads as plain text.
            writer.writerow([cell(_joined(row[c])) for c in COLUMNS])
    else:
        console.print(_table(rows))


def _joined(value: Any) -> Any:
    return "; ".join(value) if isinstance(value, list) else value


def _table(rows: Sequence[dict[str, Any]]) -> Any:
    from rich.table import Table
    from rich.text import Text

    from factx.safe import terminal_text

    table = Table(title=f"entities ({len(rows)})", title_justify="left")
    for column in ("name", "label", "articles", "mentions", "first seen", "aliases"):
        table.add_column(column, overflow="fold")
    for row in rows:
        cells = (row["name"], row["label"], row["articles"], row["mentions"], row["first_seen"],
                 ", ".join(row["aliases"]))  # fmt: skip
        # Text, never markup, and no control characters: names come from the articles.
        table.add_row(*(Text(terminal_text(str(c), keep_lines=False)) for c in cells))
    return table
