"""The result of scoring one data set: named metric rows, counts about the data, and problems.

Only data lives here; `__main__` turns it into the printed table and the JSON file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factx.evaluation.scoring import AttributeScore, Counts, Ratio

# None stands for a metric that could not be computed (e.g. a normaliser that is not importable).
Metric = Counts | Ratio | AttributeScore | None

# Problems are kept in full for the JSON output but a long list is useless on a terminal.
MAX_PROBLEMS_KEPT = 200


@dataclass
class Row:
    name: str
    metric: Metric
    note: str = ""


@dataclass
class SetReport:
    name: str
    rows: list[Row] = field(default_factory=list)
    info: dict[str, int | float | str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    problem_count: int = 0
    seconds: float = 0.0

    def add(self, name: str, metric: Metric, note: str = "") -> None:
        self.rows.append(Row(name, metric, note))

    def problem(self, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS_KEPT:
            self.problems.append(message)

    def metric(self, name: str) -> Metric:
        for row in self.rows:
            if row.name == name:
                return row.metric
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "seconds": round(self.seconds, 3),
            "info": dict(self.info),
            "rows": [row_to_dict(row) for row in self.rows],
            "problem_count": self.problem_count,
            "problems": list(self.problems),
        }


def row_to_dict(row: Row) -> dict[str, Any]:
    out: dict[str, Any] = {"metric": row.name}
    m = row.metric
    if isinstance(m, Counts):
        out.update(tp=m.tp, fp=m.fp, fn=m.fn, precision=m.precision, recall=m.recall, f1=m.f1)
    elif isinstance(m, Ratio):
        out.update(hits=m.hits, total=m.total, accuracy=m.value)
    elif isinstance(m, AttributeScore):
        out.update(correct=m.correct, matched=m.matched, accuracy=m.accuracy, f1=m.f1)
    else:
        out["unavailable"] = True
    if row.note:
        out["note"] = row.note
    return out
