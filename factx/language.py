"""Which language an article is written in (py3langid, whose model ships with the package).

factx's patterns and model read English: in another language "5,3 %" or "1 200 euros" give
wrong numbers, so each article says its language and the CLI warns about other languages.
"""

from __future__ import annotations

import re
import threading
from typing import Any

# Below this many letters the guess is noise ("Apple shares rose 3%." is not sure to be English).
MIN_LETTERS = 40
# Only a confident guess counts; an unsure one is reported as unknown (null).
MIN_CONFIDENCE = 0.9
# The start of an article says enough, and keeps the cost flat for huge files.
SAMPLE = 3000
_NON_LETTERS = re.compile(r"[\W\d_]+")


_lock = threading.Lock()
_loaded: list[Any] = []


def _identifier() -> Any:
    with _lock:
        if not _loaded:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _loaded.append(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
        return _loaded[0]


def preload() -> threading.Thread:
    """Start loading the model (1-2 s, mostly LZMA, which releases the GIL) in a thread, to
    overlap with spaCy's load; join it before forking workers."""
    thread = threading.Thread(target=_identifier, name="factx-language", daemon=True)
    thread.start()
    return thread


def language_of(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when too short or unsure to tell."""
    sample = text[:SAMPLE]
    if len(_NON_LETTERS.sub("", sample)) < MIN_LETTERS:
        return None
    code, confidence = _identifier().classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE else None
