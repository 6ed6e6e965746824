"""The `factx` command: parse options, call the library, pick a renderer, map errors to exit codes.

Nothing heavy is imported at module level: `factx --help` must not load spaCy or dateparser.
"""

from __future__ import annotations

import enum
import os
import re
import sys
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from factx import __version__

if TYPE_CHECKING:
    from collections.abc import Iterator

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
KINDS = ("entity", "date", "money", "percent", "quantity", "claim")

app = typer.Typer(
    name="factx",
    help="Typed, normalized facts from English news articles.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode="rich",
)


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


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
    """A path fit for one line: control characters (a newline in a file name) escaped."""
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\x{ord(m.group()):02x}", path)


def _file_error(path: str, problem: str) -> None:
    _error(f"{_shown(path)}: {problem}")


def _file_warning(path: str, note: str) -> None:
    typer.echo(f"factx: warning: {_shown(path)}: {note}", err=True)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _parse_kinds(value: str | None) -> tuple[str, ...]:
    if not value:
        return KINDS
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise typer.BadParameter(f"unknown kind {unknown[0]!r}; choose from {', '.join(KINDS)}")
    return kinds


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """stdout, or a file written atomically: a temporary file renamed into place at the end."""
    if path is None:
        yield sys.stdout
        return
    folder = path.parent if str(path.parent) else Path(".")
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            yield out
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files or folders (searched recursively), or - for stdin."),
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob", help="File name pattern in folders (repeatable).", show_default="*.txt, *.md"
        ),
    ] = None,
    kinds: Annotated[
        str | None,
        typer.Option("--type", "-t", help="Only these kinds, e.g. money,date.", show_default="all"),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option("--model", envvar="FACTX_MODEL", help="spaCy model package to use."),
    ] = None,
    reference_date: Annotated[
        str | None,
        typer.Option("--reference-date", help="Resolve relative dates against YYYY-MM-DD."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE (atomically).")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress, no warnings.")] = False,
) -> None:
    """Extract the facts of every article.

    [bold]Examples[/]

      factx extract seeds/

      factx extract seeds/ --format json | jq '.articles[].facts[] | select(.type=="money")'

      cat article.txt | factx extract - --format jsonl --reference-date 2024-05-01
    """
    from factx.run import run_extract

    anchor = _parse_date(reference_date)
    wanted = _parse_kinds(kinds)
    try:
        with _output(output) as out:
            failed = run_extract(
                paths,
                out=out,
                fmt=format.value,
                globs=tuple(glob) if glob else None,
                kinds=wanted,
                model=model,
                reference_date=anchor,
                jobs=jobs,
                on_error=_file_error,
                on_warning=None if quiet else _file_warning,
            )
    except KeyboardInterrupt:
        _error("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        _quiet_broken_pipe()
        raise typer.Exit(EXIT_OK) from None
    except _library_error() as error:
        _error(str(error))
        raise typer.Exit(EXIT_USAGE) from None
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON output."""
    import json

    from factx.records import Output

    typer.echo(json.dumps(Output.model_json_schema(), indent=2))


def _library_error() -> type[Exception]:
    from factx.errors import FactxError

    return FactxError


def _quiet_broken_pipe() -> None:
    # The reader went away (`| head`): point stdout at /dev/null so the exit flush is silent.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main() -> Any:
    """Entry point of the console script."""
    try:
        return app()
    except BrokenPipeError:
        _quiet_broken_pipe()
        sys.exit(EXIT_OK)
