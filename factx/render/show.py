"""`factx show`: the article text with every fact highlighted in place, and a legend."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from factx.records import ArticleRecord
from factx.safe import terminal_text

STYLES = {
    "entity": "bold cyan",
    "date": "bold green",
    "money": "bold yellow",
    "percent": "bold magenta",
    "quantity": "bold blue",
    "claim": "underline",
}


def highlighted(text: str, record: ArticleRecord) -> Text:
    """The text with styles laid over every fact; claims underline their content."""
    result = Text(terminal_text(text))  # same length: the offsets still hold
    for fact in record.facts:
        style = STYLES[fact.type]
        if fact.type == "entity":
            for mention in fact.mentions:
                result.stylize(style, mention.start, mention.end)
        elif fact.type == "claim":
            result.stylize(style, fact.content_start, fact.content_end)
        else:
            result.stylize(style, fact.start, fact.end)
    return result


def legend(record: ArticleRecord) -> Text:
    counts = {kind: sum(1 for f in record.facts if f.type == kind) for kind in STYLES}
    line = Text("legend: ")
    for kind, style in STYLES.items():
        line.append(f"{kind} ({counts[kind]})", style=style)
        line.append("  ")
    return line


def show(console: Console, text: str, record: ArticleRecord) -> None:
    console.print(legend(record))
    console.rule(Text(terminal_text(record.title or record.id, keep_lines=False)), align="left")
    console.print(highlighted(text.rstrip("\n"), record), highlight=False)
