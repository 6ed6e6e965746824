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
# English at sight: at least this many words, this share of them English function words.
SIGHT_WORDS = 40
SIGHT_SHARE = 0.25
# Or this share of the words written in lower case, where there are this many of them: a sports
# report's team lists ("England: J Robinson; M Cueto, M Tait, ...") are names, which crowd the
# function words under a quarter of all words in about 1 BBC article in 180 (and so loaded the
# model, about a second of CPU, in most runs of a few hundred articles). Among the lower-case
# words English prose has at least 26% in all 2,875 texts of the BBC, PolNeAR, Lee, TempEval-3
# and MEANTIME sets; French, German, Spanish, Italian, Portuguese and Dutch news under 10%.
SIGHT_LOWER_SHARE = 0.2
SIGHT_LOWER_WORDS = 20
_WORDS = re.compile(r"[^\W\d_]+")


_lock = threading.Lock()
_loaded: list[Any] = []


def _identifier() -> Any:
    with _lock:
        if not _loaded:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _loaded.append(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
        return _loaded[0]


def language_of(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when too short or unsure to tell."""
    sample = text[:SAMPLE]
    if len(_NON_LETTERS.sub("", sample)) < MIN_LETTERS:
        return None
    if _english_at_sight(sample):
        return "en"
    code, confidence = _identifier().classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE else None


def _english_at_sight(sample: str) -> bool:
    """Plainly English: most articles are, and saying so from function words spares loading
    the statistical model (about a second of CPU per run) and classifying each article."""
    from factx.extract.wordlists import word_sets

    function_words = word_sets("language.json")["english_function_words"]
    words = _WORDS.findall(sample)
    if len(words) < SIGHT_WORDS:
        return False
    if sum(word.lower() in function_words for word in words) >= SIGHT_SHARE * len(words):
        return True
    lower = [word for word in words if word[0].islower()]
    hits = sum(word in function_words for word in lower)
    return len(lower) >= SIGHT_LOWER_WORDS and hits >= SIGHT_LOWER_SHARE * len(lower)
