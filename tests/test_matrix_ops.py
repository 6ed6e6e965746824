"""How factx's model multiplies its matrices: numpy's OpenBLAS on one thread, not BLIS.

The setting is for speed only, so the parses must be the ones spaCy's defaults give.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from factx.pipeline import one_blas_thread, resolve_model

SENTENCES = [
    "Shares in Vodafone rose 3% on Tuesday after the firm said sales grew to £8.6bn.",
    '"We will not back down," said Prime Minister Tony Blair in London.',
    "The Reserve Bank of Australia kept rates at 5.25% for a fifth month.",
]


def _parses(nlp) -> list[list[tuple[str, str, int, str, str]]]:
    return [
        [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]
        for doc in nlp.pipe(SENTENCES)
    ]


def test_the_models_layers_use_numpy_and_leave_the_global_ops_alone(extractor) -> None:
    from thinc.api import get_current_ops

    before = get_current_ops()
    nlp = extractor.nlp
    trained = [proc.model for _, proc in nlp.pipeline if getattr(proc, "model", None)]
    # The maxout layers (the encoders' windows and the parsers' hidden layers) do the bulk of
    # the multiplying. The parsers' output layer is made when it is first used, outside the
    # load, and its products run in spaCy's own transition loop, on BLIS either way.
    maxouts = [node for model in trained for node in model.walk() if node.name == "maxout"]
    assert len(maxouts) >= 8
    assert not any(node.ops.use_blis for node in maxouts)
    # Loading did not change the ops a host program's own models are made with.
    assert get_current_ops() is before


def test_the_parses_are_spacys_own(extractor) -> None:
    import spacy

    plain = spacy.load(resolve_model())  # thinc's default ops (BLIS)
    assert any(getattr(node.ops, "use_blis", False) for node in plain.get_pipe("ner").model.walk())
    ours = extractor.nlp
    with ours.select_pipes(enable=plain.pipe_names):
        assert _parses(ours) == _parses(plain)


def test_one_blas_thread_only_before_numpy_and_never_over_the_user(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    one_blas_thread()  # numpy is loaded in this process: too late to set it
    assert "OPENBLAS_NUM_THREADS" not in os.environ
    monkeypatch.delitem(sys.modules, "numpy")
    one_blas_thread()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    one_blas_thread()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"  # the user's own choice stays


def test_the_command_line_sets_it_before_numpy_loads() -> None:
    code = (
        "import os, sys\n"
        "sys.argv = ['factx', '--version']\n"
        "from factx.cli import main\n"
        "loaded = 'numpy' in sys.modules\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(loaded, os.environ.get('OPENBLAS_NUM_THREADS'))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.splitlines()[-1] == "False 1"
