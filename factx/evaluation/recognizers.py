"""Microsoft Recognizers-Text English model specs: dates, money, percentages and numbers.

Every metric is given twice: over all cases, and over the cases the Python port of
Recognizers-Text is expected to pass (NotSupported / NotSupportedByDesign do not name python),
because the excluded ones are known to be hard even for the reference implementation.
"""

from __future__ import annotations

import importlib
import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

from factx.evaluation.report import SetReport
from factx.evaluation.running import DEFAULT_BATCH_SIZE, ExtractorLike, Item, cap, extract_all
from factx.evaluation.scoring import Counts, Ratio, Span, count_matches, numbers_equal, overlaps
from factx.evaluation.tempeval import parse_date
from factx.records import ArticleRecord, DateFact, MoneyFact, PercentFact, QuantityFact

SPECS = {
    "datetime": "DateTime/English/DateTimeModel.json",
    "currency": "NumberWithUnit/English/CurrencyModel.json",
    "percent": "Number/English/PercentModel.json",
    "number": "Number/English/NumberModel.json",
}

# Currency names Recognizers-Text resolves without an isoCurrency. Bare "Franc", "Rupee" and the
# sub-units (Cent, Pence, Sen) are left out: they do not name one currency or one amount.
UNIT_TO_ISO = {
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "british pound": "GBP",
    "pound sterling": "GBP",
    "japanese yen": "JPY",
    "yen": "JPY",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "chinese yuan": "CNY",
    "yuan": "CNY",
    "mexican peso": "MXN",
    "swiss franc": "CHF",
    "indian rupee": "INR",
    "turkish lira": "TRY",
}

NumberParser = Callable[[str], float | int | None]


@dataclass(frozen=True)
class Expected:
    text: str
    start: int
    end: int  # exclusive, converted from the spec's inclusive End
    type_name: str
    resolution: dict[str, Any]

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True)
class SpecCase:
    case_id: str
    input: str
    reference: date | None
    python_supported: bool
    results: tuple[Expected, ...] = field(default_factory=tuple)


def _mentions_python(case: dict[str, Any]) -> bool:
    return any(
        "python" in str(case.get(key) or "").lower()
        for key in ("NotSupported", "NotSupportedByDesign")
    )


def parse_spec(raw: str, stem: str, problem: Callable[[str], None]) -> list[SpecCase]:
    """Parse a spec file's JSON (a leading BOM is accepted); malformed cases are skipped."""
    try:
        data = json.loads(raw.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        problem(f"{stem}: not valid JSON: {exc}")
        return []
    if not isinstance(data, list):
        problem(f"{stem}: expected a JSON array of cases")
        return []
    cases: list[SpecCase] = []
    for index, case in enumerate(data):
        case_id = f"{stem}-{index}"
        try:
            cases.append(_parse_case(case, case_id))
        except (KeyError, TypeError, ValueError) as exc:
            problem(f"{case_id}: skipped: {type(exc).__name__}: {exc}")
    return cases


def _parse_case(case: dict[str, Any], case_id: str) -> SpecCase:
    text = case["Input"]
    if not isinstance(text, str):
        raise TypeError("Input is not a string")
    context = case.get("Context") or {}
    reference = parse_date(context.get("ReferenceDateTime"))
    results = []
    for r in case.get("Results") or []:
        start, end_inclusive = int(r["Start"]), int(r["End"])
        if not 0 <= start <= end_inclusive + 1 <= len(text):
            raise ValueError(f"result offsets {start}..{end_inclusive} outside the input")
        results.append(
            Expected(
                text=str(r.get("Text", "")),
                start=start,
                end=end_inclusive + 1,
                # A few DateTime results spell the key "Typename".
                type_name=str(r.get("TypeName", r.get("Typename", ""))),
                resolution=dict(r.get("Resolution") or {}),
            )
        )
    return SpecCase(case_id, text, reference, not _mentions_python(case), tuple(results))


def load_spec(path: Path, report: SetReport) -> list[SpecCase]:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        report.problem(f"{path.name}: unreadable: {exc}")
        return []
    return parse_spec(raw, path.stem, report.problem)


# --- per-spec scorers: each adds its rows for one subset of cases -------------------------------


Scored = list[tuple[SpecCase, ArticleRecord | None]]


def _facts(record: ArticleRecord | None, kinds: tuple[type, ...]) -> list[Any]:
    return [f for f in record.facts if isinstance(f, kinds)] if record is not None else []


def _span_counts(scored: Scored, kinds: tuple[type, ...]) -> tuple[Counts, Counts]:
    strict, relaxed = Counts(), Counts()
    for case, record in scored:
        gold = [e.span for e in case.results]
        pred = [Span(f.start, f.end) for f in _facts(record, kinds)]
        strict = strict + count_matches(gold, pred, "strict")
        relaxed = relaxed + count_matches(gold, pred, "relaxed")
    return strict, relaxed


def _overlapping(expected: Expected, facts: Sequence[Any]) -> list[Any]:
    return [f for f in facts if overlaps(expected.span, Span(f.start, f.end))]


# --- the same value in two TIMEX3 notations ----------------------------------------------------

_CLOCK_VALUE = re.compile(r"(.*T)(\d{2})(?::(\d{2}))?(?::(\d{2}))?")
_RANGE_VALUE = re.compile(r"\((\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2}),P[^,()]+\)")
_DURATION_VALUE = re.compile(
    r"P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?"
    r"(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?"
)


def _clock_form(value: str) -> str:
    """ "2019-02-28T15" and "T15:00:00" as "2019-02-28T15:00", "T15:00": minutes always, seconds
    only when not zero."""
    m = _CLOCK_VALUE.fullmatch(value)
    if m is None:
        return value
    seconds = f":{m[4]}" if m[4] and m[4] != "00" else ""
    return f"{m[1]}{m[2]}:{m[3] or '00'}{seconds}"


def _calendar_interval(value: str) -> tuple[str, str] | None:
    """[start, end) of a value that names one calendar period: a year, month, day, ISO week,
    quarter, half, decade ("199") or century ("14")."""
    m = re.fullmatch(r"(\d{2})(\d)?", value)
    if m:  # a century, or a decade with its third digit
        size = 10 if m[2] else 100
        first = int(value) * size
        return f"{first:04d}-01-01", f"{first + size:04d}-01-01"
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    try:
        if m and m[3]:
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day.isoformat(), date.fromordinal(day.toordinal() + 1).isoformat()
        if m and m[2]:
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1).isoformat(), date(
                year + month // 12, month % 12 + 1, 1
            ).isoformat()
        if m:
            return f"{m[1]}-01-01", f"{int(m[1]) + 1:04d}-01-01"
        m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
        if m:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday.isoformat(), date.fromordinal(monday.toordinal() + 7).isoformat()
    except ValueError:
        return None
    m = re.fullmatch(r"(\d{4})-([QH])([1-4])", value)
    if m and not (m[2] == "H" and int(m[3]) > 2):
        months = 3 if m[2] == "Q" else 6
        first = (int(m[3]) - 1) * months + 1
        end = first + months
        year = int(m[1])
        return date(year, first, 1).isoformat(), date(
            year + (end - 1) // 12, (end - 1) % 12 + 1, 1
        ).isoformat()
    return None


def _duration_amount(value: str) -> tuple[Fraction, Fraction, Fraction] | None:
    """(months, days, seconds) of a duration: years are twelve months, weeks seven days, hours
    and minutes their seconds. Days and seconds stay apart (a day is not always 24 hours)."""
    m = _DURATION_VALUE.fullmatch(value)
    if m is None or value in ("P", "PT") or value.endswith("T"):
        return None
    try:
        y, mo, w, d, h, mi, sec = (Fraction(g) if g else Fraction(0) for g in m.groups())
    except ValueError:
        return None
    return 12 * y + mo, 7 * w + d, 3600 * h + 60 * mi + sec


def same_timex(found: str, wanted: str) -> bool:
    """Whether factx's value and Recognizers' timex are one value written in two notations.

    Only exact equivalences, no resolution of anything underspecified:
    - a clock time with or without zero minutes or seconds: "2019-02-28T15" (Recognizers writes
      the hour of "3pm" alone) is "2019-02-28T15:00"; "T07:00:00" is "T07:00";
    - a range "(start,end,duration)" between two calendar dates is a value naming exactly that
      period: "(1990-01-01,2000-01-01,P10Y)" is the decade "199", "(1400-01-01,1500-01-01,P100Y)"
      the century "14", "(2019-07-01,2019-10-01,P3M)" the quarter "2019-Q3";
    - a duration of the same amount: "PT1.5H" is "PT1H30M", "P14D" is "P2W", "P15M" "P1.25Y".
    """
    if found == wanted:
        return True
    if "T" in found and "T" in wanted and _clock_form(found) == _clock_form(wanted):
        return True
    m = _RANGE_VALUE.fullmatch(wanted)
    if m:
        return _calendar_interval(found) == (m[1], m[2])
    if found.startswith("P") and wanted.startswith("P"):
        amount = _duration_amount(found)
        return amount is not None and amount == _duration_amount(wanted)
    return False


def score_datetime(report: SetReport, scored: Scored, suffix: str) -> None:
    strict, relaxed = _span_counts(scored, (DateFact,))
    timex, resolved, same_strings = Ratio(), Ratio(), Ratio()
    for case, record in scored:
        facts = _facts(record, (DateFact,))
        for expected in case.results:
            values = expected.resolution.get("values") or []
            wanted = {str(v.get("timex")) for v in values}
            # Recognizers keeps an underspecified timex ("XXXX-WXX-5" for "friday") and puts the
            # past/future readings in `value`; factx resolves against the reference date instead,
            # so a resolved calendar date is accepted by the second, more lenient metric.
            dates = {str(v["value"]) for v in values if v.get("type") == "date" and v.get("value")}
            found = {f.value for f in _overlapping(expected, facts)}
            hit = any(same_timex(f, w) for f in found for w in wanted)
            timex = timex + Ratio(int(hit), 1)
            resolved = resolved + Ratio(int(hit or bool(found & dates)), 1)
            same_strings = same_strings + Ratio(int(bool(found & wanted)), 1)
    report.add(f"span strict{suffix}", strict)
    report.add(f"span relaxed{suffix}", relaxed)
    report.add(f"timex accuracy{suffix}", timex, "overlapping date fact with an expected timex")
    report.add(f"timex-or-date accuracy{suffix}", resolved, "also accepts a resolved date")
    report.add(
        f"timex accuracy, same strings{suffix}", same_strings, "without `same_timex`'s notations"
    )


def iso_currency(resolution: dict[str, Any]) -> str | None:
    iso = resolution.get("isoCurrency")
    if iso:
        return str(iso).upper()
    return UNIT_TO_ISO.get(str(resolution.get("unit", "")).strip().lower())


def _expected_number(resolution: dict[str, Any], key: str = "value") -> float | None:
    raw = resolution.get(key)
    if raw is None or str(raw).strip().lower() == "null":
        return None
    try:
        return float(str(raw).strip().rstrip("%"))
    except ValueError:
        return None


def score_currency(report: SetReport, scored: Scored, suffix: str) -> None:
    strict, relaxed = _span_counts(scored, (MoneyFact,))
    full, amount_only = Ratio(), Ratio()
    no_value = 0
    for case, record in scored:
        facts = _facts(record, (MoneyFact,))
        for expected in case.results:
            amount = _expected_number(expected.resolution)
            if amount is None:
                no_value += 1
                continue
            iso = iso_currency(expected.resolution)
            near = _overlapping(expected, facts)
            amount_ok = [f for f in near if numbers_equal(f.amount, amount)]
            if iso is None:
                amount_only = amount_only + Ratio(int(bool(amount_ok)), 1)
            else:
                hit = any((f.currency or "").upper() == iso for f in amount_ok)
                full = full + Ratio(int(hit), 1)
    report.add(f"span strict{suffix}", strict)
    report.add(f"span relaxed{suffix}", relaxed)
    report.add(f"amount+currency acc{suffix}", full, "unit mapped to an ISO code")
    report.add(f"amount acc, unmapped unit{suffix}", amount_only, "currency not checked")
    report.info[f"results without a value{suffix}"] = no_value


def score_percent(report: SetReport, scored: Scored, suffix: str) -> None:
    strict, relaxed = _span_counts(scored, (PercentFact,))
    value = Ratio()
    for case, record in scored:
        facts = _facts(record, (PercentFact,))
        for expected in case.results:
            wanted = _expected_number(expected.resolution)
            if wanted is None:  # vague mentions ("a small percent") resolve to "null"
                continue
            hit = any(numbers_equal(f.value, wanted) for f in _overlapping(expected, facts))
            value = value + Ratio(int(hit), 1)
    report.add(f"span strict{suffix}", strict)
    report.add(f"span relaxed{suffix}", relaxed)
    report.add(f"value acc{suffix}", value, "null resolutions skipped")


def load_number_parser() -> tuple[NumberParser | None, str]:
    """The library's number normaliser, or None with the reason when it cannot be imported."""
    try:
        module = importlib.import_module("factx.normalize.numbers")
        parser: NumberParser = module.parse_number
    except Exception as exc:
        return None, f"unavailable: {type(exc).__name__}: {exc}"
    return parser, ""


def score_number(
    report: SetReport, scored: Scored, suffix: str, parser: NumberParser | None, why: str
) -> None:
    kinds = (QuantityFact, MoneyFact, PercentFact)
    facts_ok, parsed_ok = Ratio(), Ratio()
    parser_errors = 0
    for case, record in scored:
        facts = _facts(record, kinds)
        for expected in case.results:
            wanted = _expected_number(expected.resolution)
            if wanted is None:
                continue
            near = _overlapping(expected, facts)
            hit = any(
                numbers_equal(f.amount if isinstance(f, MoneyFact) else f.value, wanted)
                for f in near
            )
            facts_ok = facts_ok + Ratio(int(hit), 1)
            if parser is not None:
                try:
                    got = parser(expected.text)
                except Exception:
                    got = None
                    parser_errors += 1
                parsed_ok = parsed_ok + Ratio(int(numbers_equal(got, wanted)), 1)
    report.add(f"fact value acc{suffix}", facts_ok, "quantity/money/percent fact overlapping")
    if parser is None:
        report.add(f"parse_number acc{suffix}", None, why)
    else:
        report.add(f"parse_number acc{suffix}", parsed_ok, "on the expected Text")
        report.info[f"parse_number exceptions{suffix}"] = parser_errors


def evaluate(
    extractor: ExtractorLike,
    data_dir: Path,
    which: Sequence[str] = tuple(SPECS),
    limit: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> list[SetReport]:
    reports = []
    for key in which:
        started = time.perf_counter()
        report = SetReport(f"recognizers {Path(SPECS[key]).stem}")
        cases = cap(load_spec(data_dir / SPECS[key], report), limit)
        items: list[Item] = [(c.case_id, c.input, c.reference) for c in cases]
        records = extract_all(extractor, items, report.problem, batch_size)
        scored_all: Scored = list(zip(cases, records, strict=True))
        scored_py: Scored = [(c, r) for c, r in scored_all if c.python_supported]
        parser, why = load_number_parser() if key == "number" else (None, "")
        for scored, suffix in ((scored_all, ""), (scored_py, " [py]")):
            if key == "datetime":
                score_datetime(report, scored, suffix)
            elif key == "currency":
                score_currency(report, scored, suffix)
            elif key == "percent":
                score_percent(report, scored, suffix)
            else:
                score_number(report, scored, suffix, parser, why)
        report.info["cases"] = len(cases)
        report.info["expected results"] = sum(len(c.results) for c in cases)
        report.info["cases [py]"] = len(scored_py)
        report.info["expected results [py]"] = sum(len(c.results) for c, _ in scored_py)
        report.seconds = time.perf_counter() - started
        reports.append(report)
    return reports
