"""Rich tables for people: per article a header, then one table per fact kind."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factx.records import ArticleRecord, ErrorRecord, ModelInfo
from factx.safe import terminal_text

KIND_ORDER = ("entity", "date", "money", "percent", "quantity", "claim")


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def _trim(text: str | None, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _speaker(fact: Any) -> str:
    """ "He → Shou Zi Chew": a speaker with the entity it points to, where that says more."""
    speaker = fact.speaker or ""
    name = fact.speaker_name
    if name is None or name.lower() in speaker.lower():
        return speaker
    return f"{speaker} → {name}"


def _reach(value: float, low: float | None, high: float | None) -> str:
    """ "2,000–9,000" for a range ("thousands of people", "aged 30-39"): the low end alone,
    which is what `value` holds, would read as an exact figure."""
    if low is not None and high is not None and low != high:
        return f"{_number(low)}–{_number(high)}"
    return _number(value)


def _percent_value(fact: Any) -> str:
    """ "46 → 41" for a change, "5–7" for a range, else the value."""
    if fact.value_from is not None and fact.value_to is not None:
        return f"{_number(fact.value_from)} → {_number(fact.value_to)}"
    return _reach(fact.value, fact.value_low, fact.value_high)


# Per kind: column titles and how to get them from a fact.
COLUMNS: dict[str, tuple[tuple[str, Callable[[Any], str]], ...]] = {
    "entity": (
        ("name", lambda f: f.name),
        ("label", lambda f: f.label),
        ("mentions", lambda f: str(len(f.mentions))),
        ("aliases", lambda f: ", ".join(f.aliases)),
    ),
    "date": (
        ("text", lambda f: f.text),
        ("value", lambda f: f.value),
        ("type", lambda f: f.timex_type),
        ("mod", lambda f: f.mod or ""),
    ),
    "money": (
        ("text", lambda f: f.text),
        (
            "amount",
            lambda f: f"{_reach(f.amount, f.amount_low, f.amount_high)} {f.currency or ''}".strip(),
        ),
        ("qualifier", lambda f: f.qualifier or ""),
        ("per", lambda f: f.per or ""),
    ),
    "percent": (
        ("text", lambda f: f.text),
        ("value", lambda f: f"{_percent_value(f)} {'pp' if f.unit != 'percent' else '%'}"),
        ("qualifier", lambda f: f.qualifier or ""),
    ),
    "quantity": (
        ("text", lambda f: f.text),
        ("value", lambda f: _reach(f.value, f.value_low, f.value_high)),
        ("unit", lambda f: f.unit or ""),
        ("qualifier", lambda f: f.qualifier or ""),
    ),
    "claim": (
        ("kind", lambda f: f.claim_type),
        ("speaker", _speaker),
        ("cue", lambda f: f.cue or ""),
        ("quote", lambda f: f.quote or (f"score {f.score:.2f}" if f.score is not None else "")),
        ("content", lambda f: _trim(f.content)),
    ),
}


class TableWriter:
    def __init__(self, console: Console, model: ModelInfo, kinds: tuple[str, ...] = KIND_ORDER):
        self.console = console
        self.model = model
        self.kinds = kinds
        self.totals: Counter[str] = Counter()  # keyed by fact type
        self.articles = 0
        self.errors = 0

    def start(self) -> None:
        pass

    def article(self, record: ArticleRecord) -> None:
        self.articles += 1
        counts: Counter[str] = Counter(str(f.type) for f in record.facts if f.type in self.kinds)
        self.totals.update(counts)
        summary = ", ".join(f"{counts[k]} {k}" for k in self.kinds if counts[k])
        # Everything from the article is a Text, never markup: "[/b]" or "[link=...]" in a title
        # is shown as written, and control characters cannot reach the terminal.
        heading = Text(terminal_text(record.title or record.id, keep_lines=False), style="bold")
        details = Text(terminal_text(record.path, keep_lines=False), style="dim")
        if record.byline:
            details.append(f" · by {terminal_text(record.byline, keep_lines=False)}")
        if record.reference_date:
            details.append(f" · date {record.reference_date}")
        details.append(f" · {summary or 'no facts'}")
        tables = []
        for kind in self.kinds:
            facts = [f for f in record.facts if f.type == kind]
            if not facts:
                continue
            table = Table(title=f"{kind} ({len(facts)})", title_justify="left", expand=False)
            for title, _ in COLUMNS[kind]:
                table.add_column(title, overflow="fold")
            for fact in facts:
                table.add_row(*(Text(terminal_text(get(fact))) for _, get in COLUMNS[kind]))
            tables.append(table)
        self.console.rule(heading, align="left")
        self.console.print(details, highlight=False)
        for table in tables:
            self.console.print(table)

    def error(self, record: ErrorRecord) -> None:
        self.errors += 1

    def finish(self) -> None:
        facts = ", ".join(f"{self.totals[k]} {k}" for k in self.kinds if self.totals[k])
        failed = f", {self.errors} failed" if self.errors else ""
        self.console.print(
            f"[bold]{self.articles} article(s){failed}:[/] {facts or 'no facts'}", highlight=False
        )
