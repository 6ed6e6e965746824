"""factx: typed, normalized fact records from English news articles.

The public API is what `__all__` names; everything else may change between versions.

Importing the package is cheap on purpose: the names below are imported on first use
(PEP 562), and spaCy and dateparser only when extraction starts, so `factx --help` and
`factx --version` stay fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# `factx.extract` is the function, though a subpackage has the same name: the subpackage is
# imported first, so that importing it later (`from factx.extract.dates import dates`) does
# not rebind the name. Both imports are cheap (factx.api imports its needs when called).
import factx.extract  # noqa: F401  (before the function below, see above)
from factx.api import extract, extract_files, load

if TYPE_CHECKING:
    from factx.errors import FactxError, InputError, ModelError
    from factx.extractor import Extractor
    from factx.records import (
        ArticleRecord,
        ClaimFact,
        DateFact,
        EntityFact,
        ErrorRecord,
        Fact,
        MoneyFact,
        Output,
        PercentFact,
        QuantityFact,
    )

__all__ = [
    "ArticleRecord",
    "ClaimFact",
    "DateFact",
    "EntityFact",
    "ErrorRecord",
    "Extractor",
    "Fact",
    "FactxError",
    "InputError",
    "ModelError",
    "MoneyFact",
    "Output",
    "PercentFact",
    "QuantityFact",
    "__version__",
    "extract",
    "extract_files",
    "load",
]

# Where each public name not imported above is defined.
_RECORDS = ("ArticleRecord", "ErrorRecord", "Output", "Fact", "EntityFact", "DateFact",
            "MoneyFact", "PercentFact", "QuantityFact", "ClaimFact")  # fmt: skip
_HOMES = {
    **dict.fromkeys(("FactxError", "InputError", "ModelError"), "factx.errors"),
    "Extractor": "factx.extractor",
    **dict.fromkeys(_RECORDS, "factx.records"),
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'factx' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
