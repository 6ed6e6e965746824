"""A folder of JSON Lines archives with every case a reader must count the same way: ids from
the lines and from the file name (each made unique across archives), lines that are not
articles, CRLF endings, a raw U+2028 inside a line's text, multi-byte text, and archives read as
Windows-1252, as UTF-16 and as UTF-8 with a byte order mark and bytes that are not UTF-8."""

from __future__ import annotations

import json
from pathlib import Path


def _line(**fields: str) -> str:
    return json.dumps(fields, ensure_ascii=False)


DEAL = "Acme buys Birch\n\nAcme Corp agreed to buy Birch Ltd for $2.1 billion on Monday, up 4%."
RATES = "The central bank kept its key rate at 5.25% on Wednesday."
CAFE = "Café owners in München paid €5 million — up 3% 📈 on Tuesday, May 7, 2024."


def write_archives(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    mixed = [
        _line(id="wire-1", title="Deal", text=DEAL, published="2024-05-06"),
        _line(text=RATES),  # no id: named after the file
        "",
        "not json",
        _line(id="wire-1", text=CAFE),  # the same id again: wire-1-2
        _line(text="Split\u2028here, sales rose 2%."),  # one line (two for str.splitlines)
        _line(id="no-text", title="Nothing"),
        _line(text=CAFE, title="Twice"),
    ]
    (root / "a-mixed.jsonl").write_bytes(("\r\n".join(mixed) + "\r\n").encode("utf-8"))
    (root / "b-note.txt").write_text("Note\n\nSales fell 2% in June.\n", encoding="utf-8")
    legacy = [_line(id="wire-1", text="Prices – rose 5% to £3 in May."), _line(text=RATES)]
    (root / "c-legacy.jsonl").write_bytes("\n".join(legacy).encode("cp1252"))
    wide = [_line(text="Sales fell 4% 😀 in June."), _line(id="wide", text=CAFE)]
    (root / "d-wide.jsonl").write_bytes("\n".join(wide).encode("utf-16"))
    odd = b'{"text": "It cost \xff $5 in 2020."}\n'  # not UTF-8: read as U+FFFD
    bom = b"\xef\xbb\xbf" + _line(text=RATES).encode() + b"\n" + odd + _line(text=DEAL).encode()
    (root / "e-bom.jsonl").write_bytes(bom)
    (root / "f-blank.jsonl").write_text("\n  \n", encoding="utf-8")
    return root
