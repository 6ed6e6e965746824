"""The README's Python examples (```pycon blocks) run as one doctest session."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```pycon\n(.*?)```", re.DOTALL)


def test_readme_python_examples(monkeypatch):
    monkeypatch.chdir(ROOT)  # the examples name seeds/ as a relative path
    blocks = BLOCK.findall((ROOT / "README.md").read_text("utf-8"))
    assert len(blocks) >= 2
    test = doctest.DocTestParser().get_doctest("\n".join(blocks), {}, "README.md", "README.md", 0)
    report: list[str] = []
    result = doctest.DocTestRunner().run(test, out=report.append)
    assert result.attempted >= 15
    assert result.failed == 0, "".join(report)
