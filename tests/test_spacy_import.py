"""factx imports spaCy without spaCy's command line, and leaves it whole for everyone else."""

from __future__ import annotations

import subprocess
import sys

from factx.pipeline import _cli_only_for_info


def _run(code: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def test_the_installed_spacy_reads_only_info_of_its_command_line() -> None:
    # spaCy 3.8's package imports `from .cli.info import info` and nothing else of spacy.cli:
    # the stand-ins below are used only while that holds.
    assert _cli_only_for_info()


def test_spacy_is_imported_without_its_command_line() -> None:
    code = (
        "import sys\n"
        "from factx.pipeline import import_spacy\n"
        "spacy = import_spacy()\n"
        "heavy = ('spacy.cli', 'weasel', 'requests', 'httpx')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "print(hasattr(spacy, 'cli'), callable(spacy.info), spacy.blank('en')('a b').text)\n"
    )
    assert _run(code) == ["[]", "False True a b"]


def test_spacy_s_command_line_is_whole_for_a_host_program_afterwards() -> None:
    # A host program that uses factx may still import spacy.cli and call spacy.info: it gets
    # the real ones, not factx's stand-ins.
    code = (
        "from factx.pipeline import import_spacy\n"
        "spacy = import_spacy()\n"
        "import spacy.cli\n"
        "print(callable(spacy.cli.setup_cli))\n"
        "print(spacy.info(silent=True)['spacy_version'] == spacy.__version__)\n"
    )
    assert _run(code) == ["True", "True"]


def test_a_spacy_already_imported_is_used_as_it_is() -> None:
    code = (
        "import sys, spacy\n"
        "from factx.pipeline import import_spacy\n"
        "print(import_spacy() is spacy, 'spacy.cli' in sys.modules)\n"
    )
    assert _run(code) == ["True True"]
