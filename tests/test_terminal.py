"""factx in a real terminal (tmux): the progress bar on stderr and the tables render."""

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def tmux():
    assert shutil.which("tmux"), "tmux is needed for the terminal test (apt-get install tmux)"
    session = f"factx-{uuid.uuid4().hex[:8]}"
    command = ["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "50", "bash --norc"]
    for _ in range(5):
        # A server still exiting after the previous test's last session ends refuses a new
        # session for a moment: try again.
        if subprocess.run(command, capture_output=True).returncode == 0:
            break
        time.sleep(0.5)
    else:
        subprocess.run(command, check=True)
    yield session
    subprocess.run(["tmux", "kill-session", "-t", session], check=False)


def screen(session: str) -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True, check=True
    ).stdout


def wait_for(session: str, text: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        shown = screen(session)
        if text in shown:
            return shown
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared; screen:\n{screen(session)}")


def test_progress_bar_and_tables(tmux, tmp_path):
    for i in range(150):
        body = f"Article {i}\n\nThe firm paid ${i + 1} million on March {i % 28 + 1}, 2020.\n"
        (tmp_path / f"a{i:03d}.txt").write_text(body)
    factx = f"{sys.executable} -m factx"
    command = f"cd {ROOT} && {factx} extract {tmp_path} --type money && echo DONE-$?"
    subprocess.run(["tmux", "send-keys", "-t", tmux, command, "Enter"], check=True)
    progress = wait_for(tmux, "files/s")
    assert "extracting" in progress and "/150" in progress and "failed" in progress
    final = wait_for(tmux, "DONE-0")
    assert "150 article(s): 150 money" in final
    assert "150,000,000 USD" in final  # the last article's table, with thousands separators
    assert "┃ text" in final or "│ text" in final


def test_quiet_has_no_progress_bar(tmux, tmp_path):
    for i in range(40):
        (tmp_path / f"a{i:03d}.txt").write_text(f"Title\n\nIt rose {i}% in 2020.\n")
    command = f"cd {ROOT} && {sys.executable} -m factx extract {tmp_path} -q -f jsonl | tail -1"
    subprocess.run(
        ["tmux", "send-keys", "-t", tmux, f"{command}; echo DONE-$?", "Enter"], check=True
    )
    final = wait_for(tmux, "DONE-0")
    assert "files/s" not in final and '"article": "a039"' in final
