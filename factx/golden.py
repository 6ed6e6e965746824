"""Golden fact files: one JSON per article (the output contract), compared fact by fact.

Facts are matched by kind and offsets, so a diff says which facts were added, removed or
changed, and in which fields, rather than showing two walls of JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factx.errors import FactxError

# Never compared: it changes with every release without changing a fact.
ALWAYS_IGNORED = frozenset({"factx_version"})


@dataclass
class FactChange:
    kind: str
    text: str
    start: int
    fields: dict[str, tuple[Any, Any]]  # field -> (golden, actual)


@dataclass
class ArticleDiff:
    article: str
    golden_path: Path
    missing_golden: bool = False
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[FactChange] = field(default_factory=list)
    article_fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def differs(self) -> bool:
        return bool(
            self.missing_golden or self.added or self.removed or self.changed or self.article_fields
        )


def golden_path(folder: Path, article_id: str) -> Path:
    return folder / f"{article_id}.json"


def document(article: dict[str, Any], head: dict[str, Any]) -> dict[str, Any]:
    """The golden document of one article: the output contract with this article alone."""
    return {**head, "articles": [article], "errors": []}


def write_golden(folder: Path, article: dict[str, Any], head: dict[str, Any]) -> Path:
    """Write one golden file atomically; FactxError (and no temporary file left) on failure."""
    path = golden_path(folder, article["id"])
    text = json.dumps(document(article, head), ensure_ascii=False, indent=1) + "\n"
    temp = path.with_name(f".{path.name}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp.write_text(text, encoding="utf-8")
        temp.replace(path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise FactxError(
            f"cannot write golden file: {error.strerror or error}", str(path)
        ) from None
    return path


def read_golden(path: Path) -> dict[str, Any]:
    """The article of a golden file, checked for the shape `compare` reads."""
    try:
        data = json.loads(path.read_text("utf-8"))
        article = data["articles"][0]
    except (OSError, ValueError, KeyError, IndexError, TypeError) as error:
        raise FactxError(
            f"not a golden fact file ({type(error).__name__}: {error})", str(path)
        ) from None
    problem = _shape_problem(article)
    if problem:
        raise FactxError(f"not a golden fact file ({problem})", str(path))
    return article


def _shape_problem(article: Any) -> str | None:
    if not isinstance(article, dict):
        return "its article is not an object"
    facts = article.get("facts", [])
    if not isinstance(facts, list):
        return "its facts are not a list"
    for number, fact in enumerate(facts):
        if not isinstance(fact, dict):
            return f"fact {number} is not an object"
        for name, kind in (("type", str), ("text", str), ("start", int), ("end", int)):
            if not isinstance(fact.get(name), kind) or isinstance(fact.get(name), bool):
                return f"fact {number} has no {kind.__name__} {name!r}"
    return None


def _strip(data: dict[str, Any], ignore: frozenset[str]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in ignore}


def _key(fact: dict[str, Any]) -> tuple[str, int, int]:
    return fact["type"], fact["start"], fact["end"]


def compare(
    golden: dict[str, Any], actual: dict[str, Any], path: Path, ignore: Iterable[str] = ()
) -> ArticleDiff:
    """How the actual article record differs from its golden one."""
    ignored = frozenset(ignore) | ALWAYS_IGNORED
    diff = ArticleDiff(actual["id"], path)
    for name in sorted(set(golden) | set(actual)):
        if name in ignored or name == "facts":
            continue
        if golden.get(name) != actual.get(name):
            diff.article_fields[name] = (golden.get(name), actual.get(name))
    old = {_key(f): f for f in golden.get("facts", [])}
    new = {_key(f): f for f in actual.get("facts", [])}
    for key in sorted(old.keys() - new.keys(), key=lambda k: (k[1], k[0])):
        diff.removed.append(old[key])
    for key in sorted(new.keys() - old.keys(), key=lambda k: (k[1], k[0])):
        diff.added.append(new[key])
    for key in sorted(old.keys() & new.keys(), key=lambda k: (k[1], k[0])):
        before, after = _strip(old[key], ignored), _strip(new[key], ignored)
        fields = {
            name: (before.get(name), after.get(name))
            for name in sorted(set(before) | set(after))
            if before.get(name) != after.get(name)
        }
        if fields:
            diff.changed.append(FactChange(key[0], new[key]["text"], key[1], fields))
    return diff


def explain(diff: ArticleDiff, *, limit: int = 200) -> list[str]:
    """Readable lines describing one article's difference."""
    if diff.missing_golden:
        return [f"{diff.article}: no golden file at {diff.golden_path}"]
    lines = [f"{diff.article} ({diff.golden_path}):"]
    for name, (before, after) in diff.article_fields.items():
        lines.append(f"  ~ article {name}: {_short(before)} -> {_short(after)}")
    for fact in diff.removed:
        lines.append(f"  - {fact['type']} {_short(fact['text'])} at {fact['start']}{_value(fact)}")
    for fact in diff.added:
        lines.append(f"  + {fact['type']} {_short(fact['text'])} at {fact['start']}{_value(fact)}")
    for change in diff.changed:
        lines.append(f"  ~ {change.kind} {_short(change.text)} at {change.start}:")
        for name, (before, after) in change.fields.items():
            lines.append(f"      {name}: {_short(before)} -> {_short(after)}")
    if len(lines) > limit:
        lines = [*lines[:limit], f"  ... and {len(lines) - limit} more lines"]
    return lines


def _value(fact: dict[str, Any]) -> str:
    for name in ("value", "amount", "name", "content"):
        if name in fact:
            return f" ({name} {_short(fact[name])})"
    return ""


def _short(value: Any, width: int = 70) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"
