"""Every command in the README's console blocks runs and prints what the README shows."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)


def examples() -> list[tuple[str, str]]:
    found = []
    for block in BLOCK.findall((ROOT / "README.md").read_text("utf-8")):
        command, output = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command:
                    found.append((command, "\n".join(output)))
                command, output = line[2:], []
            else:
                output.append(line)
        if command:
            found.append((command, "\n".join(output)))
    return found


def test_readme_has_examples():
    assert len(examples()) >= 3


@pytest.mark.parametrize(("command", "expected"), examples())
def test_readme_example(command, expected):
    assert shutil.which("jq"), "jq is needed for the README's recipes (apt-get install jq)"
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip("\n") == expected
