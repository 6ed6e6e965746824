"""`python -m factx.evaluation`: score factx on the development sets and print a table.

python -m factx.evaluation [--data ../shared/eval-dev] [--only dates,money,entities,claims]
                           [--limit N] [--json OUT.json] [--model NAME]
                           [--errors ERRORS.tsv] [--claim-errors ERRORS.tsv]
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from factx.evaluation import claimbuster, conll, meantime, polnear, recognizers, tempeval
from factx.evaluation.report import Row, SetReport
from factx.evaluation.running import DEFAULT_BATCH_SIZE, ExtractorLike
from factx.evaluation.scoring import AttributeScore, Counts, Ratio

GROUPS = ("dates", "money", "entities", "claims")
DEFAULT_DATA = Path("../shared/eval-dev")
PROBLEMS_SHOWN = 5


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m factx.evaluation", description="Score factx on the development sets."
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="eval-dev folder")
    parser.add_argument(
        "--only",
        type=_groups,
        default=GROUPS,
        help=f"comma-separated subset of {','.join(GROUPS)} (default: all)",
    )
    parser.add_argument("--limit", type=int, default=None, help="max documents/cases per set")
    parser.add_argument("--json", type=Path, default=None, help="also write the scores here")
    parser.add_argument("--model", default=None, help="spaCy model (default: factx's default)")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument(
        "--errors",
        type=Path,
        default=None,
        help="write TempEval-3 date errors here, one tab-separated line each (a scratch file)",
    )
    parser.add_argument(
        "--claim-errors",
        type=Path,
        default=None,
        help="write PolNeAR contents missed and spurious here, one tab-separated line each",
    )
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 0:
        parser.error("--limit must be >= 0")
    return args


def _groups(value: str) -> tuple[str, ...]:
    chosen = tuple(g.strip() for g in value.split(",") if g.strip())
    unknown = [g for g in chosen if g not in GROUPS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"choose from {','.join(GROUPS)}; got {value!r}")
    return chosen


# Which group each part of a multi-part set belongs to.
SPEC_GROUPS = {"datetime": "dates", "currency": "money", "percent": "money", "number": "money"}
MEANTIME_GROUPS = {"entities": "entities", "values": "money", "timex": "dates"}

Task = Callable[[], "SetReport | list[SetReport]"]


def run(
    args: argparse.Namespace,
    extractor: ExtractorLike,
    raw_ner: Callable[[], meantime.RawNer | None],
) -> list[SetReport]:
    """Score every set the chosen groups need; a set that crashes becomes a report saying so."""
    only, data, limit, batch = set(args.only), args.data, args.limit, args.batch_size
    specs = [key for key, group in SPEC_GROUPS.items() if group in only]
    parts = [key for key, group in MEANTIME_GROUPS.items() if group in only]

    def run_tempeval() -> SetReport:
        return tempeval.evaluate(
            extractor, data / "tempeval3-tbaq", limit, batch, getattr(args, "errors", None)
        )

    def run_recognizers() -> list[SetReport]:
        return recognizers.evaluate(extractor, data / "recognizers-text", specs, limit, batch)

    def run_meantime() -> list[SetReport]:
        ner = raw_ner() if "entities" in parts else None
        return meantime.evaluate(extractor, data / "meantime-en", parts, ner, limit, batch)

    def run_conll() -> SetReport:
        return conll.evaluate(extractor, data / "conll2003-en-dev", raw_ner(), limit, batch)

    def run_polnear() -> SetReport:
        errors = getattr(args, "claim_errors", None)
        return polnear.evaluate(extractor, data / "polnear", limit, batch, errors)

    def run_claimbuster() -> SetReport:
        return claimbuster.evaluate(extractor, data / "claimbuster", limit, batch)

    tasks: list[tuple[str, Task]] = []
    if "dates" in only:
        tasks.append((tempeval.NAME, run_tempeval))
    if specs:
        tasks.append(("recognizers", run_recognizers))
    if parts:
        tasks.append(("meantime", run_meantime))
    if "entities" in only:
        tasks.append((conll.NAME, run_conll))
    if "claims" in only:
        tasks += [(polnear.NAME, run_polnear), (claimbuster.NAME, run_claimbuster)]

    reports: list[SetReport] = []
    for name, task in tasks:
        try:
            result = task()
        except Exception:
            crashed = SetReport(name)
            crashed.problem("crashed:\n" + traceback.format_exc(limit=4))
            result = crashed
        reports.extend(result if isinstance(result, list) else [result])
    return reports


# --- formatting ----------------------------------------------------------------------------------


def _num(x: float | None) -> str:
    return f"{x:7.3f}" if x is not None else " " * 7


def format_row(row: Row) -> str:
    m = row.metric
    name = f"  {row.name:<34}"
    if isinstance(m, Counts):
        line = f"{name}{_num(m.precision)} {_num(m.recall)} {_num(m.f1)} {_num(None)}"
        line += f"  tp={m.tp} fp={m.fp} fn={m.fn}"
    elif isinstance(m, Ratio):
        line = f"{name}{_num(None)} {_num(None)} {_num(None)} {_num(m.value)}"
        line += f"  {m.hits}/{m.total}"
    elif isinstance(m, AttributeScore):
        line = f"{name}{_num(None)} {_num(None)} {_num(m.f1)} {_num(m.accuracy)}"
        line += f"  {m.correct}/{m.matched} of relaxed matches"
    else:
        line = f"{name}{'n/a':>7}"
    return f"{line}  ({row.note})" if row.note else line


def format_report(report: SetReport) -> str:
    lines = [f"== {report.name}  ({report.seconds:.1f} s)"]
    if report.rows:
        lines.append(f"  {'metric':<34}{'P':>7} {'R':>7} {'F1':>7} {'acc':>7}  counts")
        lines.extend(format_row(row) for row in report.rows)
    if report.info:
        lines.append("  " + ", ".join(f"{k}={v}" for k, v in report.info.items()))
    if report.problem_count:
        lines.append(f"  problems: {report.problem_count}")
        lines.extend(f"    {p}" for p in report.problems[:PROBLEMS_SHOWN])
        if report.problem_count > PROBLEMS_SHOWN:
            lines.append("    ... (all of them in the --json output)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.data.is_dir():
        print(f"error: data folder {args.data} not found (use --data)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        from factx.extractor import Extractor
        from factx.pipeline import resolve_model

        extractor = Extractor(model=args.model)
        model_name = resolve_model(args.model)
    except Exception as exc:
        print(f"error: cannot load the factx extractor: {exc}", file=sys.stderr)
        return 2
    load_seconds = time.perf_counter() - started

    @functools.cache  # one raw model for every entity set
    def raw_ner() -> meantime.RawNer | None:
        try:
            return meantime.load_spacy_ner(model_name)
        except Exception as exc:
            print(f"warning: raw spaCy model not loaded: {exc}", file=sys.stderr)
            return None

    reports = run(args, extractor, raw_ner)
    total = time.perf_counter() - started
    print(f"factx evaluation: model {model_name}, data {args.data}, limit {args.limit}")
    print(f"(extractor loaded in {load_seconds:.1f} s)\n")
    for report in reports:
        print(format_report(report), end="\n\n")
    print(f"total {total:.1f} s")
    if args.json is not None:
        payload = {
            "model": model_name,
            "data": str(args.data),
            "limit": args.limit,
            "groups": list(args.only),
            "seconds": round(total, 2),
            "sets": [r.to_dict() for r in reports],
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
