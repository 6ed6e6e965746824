"""CSV: one row per fact, a fixed set of flattened columns, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
from typing import Any, TextIO

from factx.records import ArticleRecord, ErrorRecord, ModelInfo

COLUMNS = (
    "article", "id", "type", "text", "start", "end", "sentence", "paragraph",
    "name", "label", "entity_id", "mentions", "aliases",
    "value", "timex_type", "grain", "mod", "interval", "relative",
    "amount", "currency", "qualifier", "amount_low", "amount_high", "per", "currency_inferred",
    "unit", "value_low", "value_high",
    "claim_type", "speaker", "speaker_entity_id", "speaker_name", "speaker_entity_ids",
    "speaker_names", "cue", "quote", "content",
    "score", "polarity", "modality", "fact_ids", "value_from", "value_to",
)  # fmt: skip
# A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def cell(value: Any) -> str | int | float:
    """A CSV cell: lists as JSON, text defused against formula injection."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


class CsvWriter:
    def __init__(self, out: TextIO, model: ModelInfo) -> None:
        self.out = out

    def start(self) -> None:
        csv.writer(self.out, lineterminator="\n").writerow(COLUMNS)

    def article(self, record: ArticleRecord) -> None:
        # All rows are made before any is written: an article that cannot be written leaves
        # no half of itself in the file.
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        for fact in record.facts:
            data = {"article": record.id, **fact.model_dump()}
            if "mentions" in data:
                data["mentions"] = [[m["start"], m["end"]] for m in data["mentions"]]
            writer.writerow([cell(data.get(column)) for column in COLUMNS])
        self.out.write(buffer.getvalue())

    def error(self, record: ErrorRecord) -> None:
        pass

    def finish(self) -> None:
        pass
