"""The `factx` command: parse options, call the library, pick a renderer, map errors to exit codes.

Nothing heavy is imported at module level: `factx --help` must not load spaCy or dateparser.
"""

from __future__ import annotations

import enum
import os
import signal
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from factx import __version__

if TYPE_CHECKING:
    from collections.abc import Iterator

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143
MAX_BYTES = 50_000_000  # factx.articles.MAX_BYTES, without importing it for --help
KINDS = ("entity", "date", "money", "percent", "quantity", "claim")

app = typer.Typer(
    name="factx",
    help="Typed, normalized facts from English news articles.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode="rich",
)


class InputFormat(str, enum.Enum):
    text = "text"
    markdown = "markdown"
    html = "html"
    jsonl = "jsonl"


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class Engine(str, enum.Enum):
    local = "local"
    dask = "dask"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factx {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Typed, normalized facts from English news articles."""


def _error(message: str) -> None:
    typer.echo(f"factx: error: {message}", err=True)


def _shown(path: str) -> str:
    """A path fit for one line: control characters (a newline in a file name) and bytes that
    are not UTF-8 escaped."""
    from factx.safe import shown_path

    return shown_path(path)


def _file_error(path: str, problem: str) -> None:
    _error(f"{_shown(path)}: {problem}")


def _file_warning(path: str, note: str) -> None:
    typer.echo(f"factx: warning: {_shown(path)}: {note}", err=True)


def _check_jobs(jobs: int, quiet: bool) -> None:
    cpus = os.cpu_count() or 1
    if jobs > cpus and not quiet:
        typer.echo(
            f"factx: warning: --jobs {jobs} is more than the {cpus} CPUs of this machine; "
            "the extra workers only add memory",
            err=True,
        )


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _parse_kinds(values: list[str] | None) -> tuple[str, ...]:
    # "-t money,date" and "-t money -t date" alike: a repeated option must not drop the first.
    kinds = tuple(dict.fromkeys(k.strip() for v in values or () for k in v.split(",") if k.strip()))
    if not kinds:
        return KINDS
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise typer.BadParameter(f"unknown kind {unknown[0]!r}; choose from {', '.join(KINDS)}")
    return kinds


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: workers stopped, temporary files removed."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise _Terminated()


@contextmanager
def _stopping_errors() -> Iterator[None]:
    """Problems that end a whole run, as one line and an exit code, never a traceback."""
    from factx.errors import FactxError

    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        yield
    except _Terminated:
        _error("terminated")
        raise typer.Exit(EXIT_TERMINATED) from None
    except KeyboardInterrupt:
        _error("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        _quiet_broken_pipe()  # the reader went away (`| head`): a normal end
        raise typer.Exit(EXIT_OK) from None
    except FactxError as error:
        _error(f"{_shown(error.path)}: {error.message}" if error.path else error.message)
        raise typer.Exit(EXIT_USAGE) from None
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _output(path: Path | None, paths: list[str], glob: list[str] | None) -> Iterator[TextIO]:
    """stdout, or `--output` checked before the run (a problem is a usage error) and written
    atomically at its end."""
    if path is None:
        yield sys.stdout
        return
    from factx.output import check_output, open_output
    from factx.run import input_files

    target = check_output(path, input_files(paths, tuple(glob) if glob else None))
    with open_output(target) as out:
        yield out


# Options shared by the commands that extract.
Paths = Annotated[
    list[str], typer.Argument(help="Files or folders (searched recursively), or - for stdin.")
]
Globs = Annotated[
    list[str] | None,
    typer.Option(
        "--glob",
        help="File name pattern in folders (repeatable).",
        show_default="*.txt, *.md, *.html, *.htm, *.jsonl",
    ),
]
Kinds = Annotated[
    list[str] | None,
    typer.Option(
        "--type", "-t", help="Only these kinds, e.g. money,date (repeatable).", show_default="all"
    ),
]
Model = Annotated[
    str | None, typer.Option("--model", envvar="FACTX_MODEL", help="spaCy model package to use.")
]
ReferenceDate = Annotated[
    str | None,
    typer.Option("--reference-date", help="Resolve relative dates against YYYY-MM-DD."),
]
Jobs = Annotated[
    int,
    typer.Option("--jobs", "-j", min=1, help="Worker processes (no more than there are articles)."),
]
MaxBytes = Annotated[
    int,
    typer.Option(
        "--max-bytes", min=1, help="Files bigger than this are an error, not read.",
        show_default="50000000",
    ),
]  # fmt: skip
Output = Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE (atomically).")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no warnings.")]


@app.command()
def extract(
    paths: Paths,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    glob: Globs = None,
    kinds: Kinds = None,
    model: Model = None,
    reference_date: ReferenceDate = None,
    output: Output = None,
    jobs: Jobs = 1,
    max_bytes: MaxBytes = MAX_BYTES,
    quiet: Quiet = False,
    input_format: Annotated[
        InputFormat | None,
        typer.Option("--input-format", help="Read every input as this.", show_default="by suffix"),
    ] = None,
    no_title: Annotated[
        bool, typer.Option("--no-title", help="No headline: the whole text is body.")
    ] = False,
    with_text: Annotated[
        bool, typer.Option("--with-text", help="Add each article's plain text (JSON).")
    ] = False,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            help="local: this machine (--jobs processes); dask: a Dask cluster, JSON Lines "
            "partitions in the --output folder, resumed by a rerun.",
        ),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="A running Dask scheduler (tcp://host:8786); without it, a local cluster of "
            "--jobs workers.",
        ),
    ] = None,
    partition_size: Annotated[
        int, typer.Option("--partition-size", min=1, help="Articles per partition (--engine dask).")
    ] = 100,
) -> None:
    """Extract the facts of every article.

    [bold]Examples[/]

      factx extract seeds/

      factx extract seeds/ --format json | jq '.articles[].facts[] | select(.type=="money")'

      cat article.txt | factx extract - --format jsonl --reference-date 2024-05-01
    """
    from factx.articles import Reading
    from factx.run import run_extract

    reading = Reading(input_format.value if input_format else None, titled=not no_title)
    anchor = _parse_date(reference_date)
    wanted = _parse_kinds(kinds)
    _check_jobs(jobs, quiet)
    if engine is Engine.dask or scheduler is not None:
        from factx.articles import DEFAULT_GLOBS
        from factx.scale.plan import Settings

        # --with-text changes no byte of JSON Lines (one fact per line, no article fields).
        settings = Settings(model, wanted, tuple(glob or ()) or DEFAULT_GLOBS, anchor, max_bytes,
                            reading.input_format, reading.titled)  # fmt: skip
        _extract_on_dask(paths, format, output, settings, scheduler, jobs, partition_size, quiet)
    with (
        _stopping_errors(),
        _output(output, paths, glob) as out,
        _progress(paths, glob, quiet) as on_done,
    ):
        failed = run_extract(
            paths,
            out=out,
            fmt=format.value,
            globs=tuple(glob) if glob else None,
            kinds=wanted,
            model=model,
            reference_date=anchor,
            jobs=jobs,
            max_bytes=max_bytes,
            on_error=_file_error,
            on_warning=None if quiet else _file_warning,
            on_done=on_done,
            reading=reading,
            with_text=with_text,
        )
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _extract_on_dask(
    paths: list[str], format: Format, output: Path | None, settings: Any, scheduler: str | None,
    jobs: int, partition_size: int, quiet: bool,
) -> None:  # fmt: skip
    """`extract --engine dask`: JSON Lines partitions in the --output folder."""
    if format is not Format.jsonl or output is None:
        raise typer.BadParameter(
            "--engine dask writes JSON Lines partitions to a folder: add --format jsonl "
            "--output FOLDER",
            param_hint="--engine",
        )
    from factx.scale.dask_engine import Hooks, run_partitioned

    with _stopping_errors(), _progress(paths, list(settings.globs), quiet) as on_done:
        hooks = Hooks(on_error=_file_error)
        if not quiet:
            hooks.on_warning = _file_warning
        if on_done is not None:
            hooks.on_done = on_done
        outcome = run_partitioned(paths, output, settings, partition_size=partition_size,
                                  scheduler=scheduler, workers=jobs, hooks=hooks)  # fmt: skip
    raise typer.Exit(EXIT_SOME_FAILED if outcome.failed else EXIT_OK)


@app.command()
def check(
    paths: Paths,
    golden: Annotated[
        Path, typer.Option("--golden", "-g", help="Folder of golden fact files, one per article.")
    ],
    update: Annotated[
        bool, typer.Option("--update", help="Write the golden files instead of comparing.")
    ] = False,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", help="A fact or article field not to compare (repeatable)."),
    ] = None,
    glob: Globs = None,
    kinds: Kinds = None,
    model: Model = None,
    reference_date: ReferenceDate = None,
    jobs: Jobs = 1,
    max_bytes: MaxBytes = MAX_BYTES,
) -> None:
    """Compare the facts of every article with golden fact files; exit 1 on any difference.

    [bold]Examples[/]

      factx check seeds/ --golden tests/golden/seeds --update

      factx check seeds/ --golden tests/golden/seeds --ignore id --ignore sentence
    """
    from factx.golden import explain
    from factx.run import run_check

    anchor = _parse_date(reference_date)
    wanted = _parse_kinds(kinds)
    _check_jobs(jobs, quiet=False)
    with _stopping_errors():
        outcome = run_check(
            paths,
            golden=golden,
            update=update,
            ignore=tuple(ignore or ()),
            globs=tuple(glob) if glob else None,
            kinds=wanted,
            model=model,
            reference_date=anchor,
            jobs=jobs,
            max_bytes=max_bytes,
            on_error=_file_error,
        )
    if update:
        typer.echo(f"wrote {len(outcome.written)} golden file(s) to {golden}")
        raise typer.Exit(EXIT_SOME_FAILED if outcome.failed else EXIT_OK)
    for diff in outcome.diffs:
        if diff.differs:
            typer.echo("\n".join(explain(diff)))
    for orphan in outcome.orphans:
        typer.echo(f"{orphan}: golden file of no article in this run")
    changed = sum(1 for d in outcome.diffs if d.differs) + len(outcome.orphans)
    typer.echo(
        f"{len(outcome.diffs)} article(s) checked, {changed} differ, {outcome.failed} failed"
    )
    raise typer.Exit(EXIT_SOME_FAILED if changed or outcome.failed else EXIT_OK)


@app.command()
def entities(
    paths: Paths,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    glob: Globs = None,
    model: Model = None,
    reference_date: ReferenceDate = None,
    output: Output = None,
    jobs: Jobs = 1,
    max_bytes: MaxBytes = MAX_BYTES,
) -> None:
    """Roll up the entities of all articles: label, articles, mentions, first seen, aliases.

    [bold]Example[/]

      factx entities seeds/ --format jsonl | jq 'select(.articles > 1) | .article_ids'
    """
    from factx.render.entities import write_entities
    from factx.run import console, run_entities

    _check_jobs(jobs, quiet=False)
    with _stopping_errors(), _output(output, paths, glob) as out:
        rows, failed = run_entities(
            paths,
            globs=tuple(glob) if glob else None,
            model=model,
            reference_date=_parse_date(reference_date),
            jobs=jobs,
            max_bytes=max_bytes,
            on_error=_file_error,
        )
        write_entities([row.as_dict() for row in rows], format.value, out, console(out))
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@app.command()
def show(
    path: Annotated[str, typer.Argument(help="One article file, or - for stdin.")],
    kinds: Kinds = None,
    model: Model = None,
    reference_date: ReferenceDate = None,
    max_bytes: MaxBytes = MAX_BYTES,
) -> None:
    """Print one article with every fact highlighted in place, coloured by kind.

    [bold]Example[/]

      factx show seeds/003_e57c875faf2c8ede.txt --type money,date
    """
    from factx.errors import FactxError
    from factx.render.show import show as render
    from factx.run import console, extract_one

    try:
        text, record = extract_one(
            path,
            kinds=_parse_kinds(kinds),
            model=model,
            reference_date=_parse_date(reference_date),
            max_bytes=max_bytes,
        )
    except FactxError as error:
        _error(str(error))
        raise typer.Exit(EXIT_SOME_FAILED) from None
    render(console(), text, record)


@app.command()
def report(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files or folders (searched recursively), or - for stdin."),
    ] = None,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The HTML file to write (atomically).")
    ] = Path("report.html"),
    from_json: Annotated[
        Path | None,
        typer.Option("--from-json", help="Report a saved `--format json` output instead."),
    ] = None,
    glob: Globs = None,
    kinds: Kinds = None,
    model: Model = None,
    reference_date: ReferenceDate = None,
    jobs: Jobs = 1,
    max_bytes: MaxBytes = MAX_BYTES,
    quiet: Quiet = False,
) -> None:
    """Write one self-contained HTML page of a run: entities, who said what, figures, timeline.

    [bold]Examples[/]

      factx report seeds/ -o report.html

      factx report --from-json run.json -o report.html
    """
    from factx.run import run_report

    if bool(paths) == (from_json is not None):
        raise typer.BadParameter("give either PATHS or --from-json FILE")
    anchor = _parse_date(reference_date)
    wanted = _parse_kinds(kinds)
    _check_jobs(jobs, quiet)
    inputs = [*(paths or []), *([str(from_json)] if from_json else [])]
    with (
        _stopping_errors(),
        _output(output, inputs, glob) as out,
        _progress(paths or [], glob, quiet) as done,
    ):
        failed = run_report(
            paths or [],
            out=out,
            from_json=from_json,
            globs=tuple(glob) if glob else None,
            kinds=wanted,
            model=model,
            reference_date=anchor,
            jobs=jobs,
            max_bytes=max_bytes,
            on_error=_file_error,
            on_done=done,
        )
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@contextmanager
def _progress(paths: list[str], glob: list[str] | None, quiet: bool) -> Iterator[Any]:
    """A progress bar on stderr for runs over several files, on a terminal only."""
    if quiet or not sys.stderr.isatty() or paths == ["-"]:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from factx.run import count_inputs

    total = count_inputs(paths, tuple(glob) if glob else None)  # None: archives, not known
    if total is not None and total < 2:
        yield None
        return
    columns = (
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} files/s · {task.fields[failed]} failed"),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extract", total=total, rate="0.0", failed=0)
        failed = 0

        def done(ok: bool) -> None:
            nonlocal failed
            failed += 0 if ok else 1
            progress.advance(task)
            speed = progress.tasks[0].speed or 0.0
            progress.update(task, rate=f"{speed:.1f}", failed=failed)

        yield done


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON output."""
    import json

    from factx.records import Output

    typer.echo(json.dumps(Output.model_json_schema(), indent=2))


def _quiet_broken_pipe() -> None:
    # The reader went away (`| head`): point stdout at /dev/null so the exit flush is silent.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main() -> Any:
    """Entry point of the console script."""
    from factx.pipeline import one_blas_thread

    one_blas_thread()
    try:
        return app()
    except BrokenPipeError:
        _quiet_broken_pipe()
        sys.exit(EXIT_OK)
