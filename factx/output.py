"""Where a run writes (`--output`): checked before any work, written atomically, never over
something that is not a regular file.

A run can take hours; finding out at its end that the output path is a folder loses all of it,
so every problem a path can have is found before the first article is read.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from factx.errors import FactxError
from factx.safe import encodable


@dataclass(frozen=True)
class Target:
    """A checked output path: `path` is where the bytes go (a symbolic link's target), and
    `direct` is set for a device or pipe, which is written to, never replaced."""

    path: Path
    direct: bool = False


def check_output(output: Path, inputs: Iterable[str] = ()) -> Target:
    """The target of `--output`, or FactxError naming what is wrong with it.

    `inputs` are the files the run will read: writing over one of them would lose it.
    """
    shown = encodable(str(output))
    if output.is_symlink():
        real = Path(os.path.realpath(output))
        if real.exists() and not real.is_file():
            raise FactxError(
                "is a symbolic link to something that is not a regular file; give the path itself",
                shown,
            )
        target = Target(real)
    elif output.is_dir():
        raise FactxError("is a folder; give a file name", shown)
    elif output.exists() and not output.is_file():
        mode = output.stat().st_mode
        if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
            return Target(output, direct=True)  # /dev/null, a named pipe: write into it
        raise FactxError("is not a regular file, a character device or a pipe", shown)
    else:
        target = Target(output)
    folder = target.path.parent
    if not folder.is_dir():
        raise FactxError(f"folder {encodable(str(folder))} does not exist", shown)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FactxError(f"cannot write in folder {encodable(str(folder))}", shown)
    if target.path.exists():
        if not os.access(target.path, os.W_OK):
            raise FactxError("is read-only", shown)
        for path in inputs:
            if path != "-" and _same(path, target.path):
                raise FactxError("is also an input of this run; write the output elsewhere", shown)
    return target


def _same(path: str, target: Path) -> bool:
    try:
        return os.path.samefile(path, target)
    except OSError:
        return False


@contextmanager
def open_output(target: Target) -> Iterator[TextIO]:
    """The output file, written to a temporary file beside it that replaces it only when the
    run ends well: never half a file. The file keeps its mode, or gets a new file's."""
    if target.direct:
        with open(target.path, "w", encoding="utf-8", newline="\n") as out:
            yield out
        return
    handle, temp = tempfile.mkstemp(
        prefix=f".{target.path.name}.", suffix=".tmp", dir=target.path.parent
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            yield out
        os.chmod(temp, _mode_for(target.path))
        os.replace(temp, target.path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The mode the file has, else the one a new file gets under the umask (mkstemp's 0600
    would hide the output from the user's other programs and groups)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
