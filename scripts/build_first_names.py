"""Rebuild the last section of factx/data/first_names.txt from the Faker package (MIT licence).

    pip download faker==40.63.0 --no-deps -d /tmp/faker && unzip -q /tmp/faker/*.whl -d /tmp/faker
    PYTHONPATH=.:/tmp/faker python scripts/build_first_names.py LIST... > /tmp/section.txt

LIST... are files of BBC article ids, one a line ("business/001"; round 37 used the corpus's
even- and odd-numbered articles less the hand-checked ones): a name the articles also write as a
lower-case word is left out. The section printed replaces the file's
lines from its header ("# First names of African, Asian, ...") to the end. Faker is not a
dependency of factx: the names are frozen into the data file.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

# Faker's locales with names in Latin script (or Cyrillic, transliterated) that the file's
# earlier Faker section (European and Latin American locales) did not take.
LOCALES = (
    "fr_BE",
    "fr_CA",
    "fr_CH",
    "fr_QC",
    "fr_DZ",
    "de_AT",
    "de_CH",
    "de_LU",
    "es_CL",
    "es_CO",
    "ga_IE",
    "is_IS",
    "et_EE",
    "lv_LV",
    "lt_LT",
    "az_AZ",
    "uz_UZ",
    "id_ID",
    "vi_VN",
    "en_IN",
    "en_PK",
    "en_KE",
    "en_NG",
    "en_TH",
    "sw",
    "yo_NG",
    "ha_NG",
    "ig_NG",
    "tw_GH",
    "zu_ZA",
    "ru_RU",
    "uk_UA",
)
HEADER = "# First names of African, Asian, Arabic, Turkic, Russian and other locales"
HEADER_TEXT = """\
# lists above lack, from the Faker package 40.63.0 (MIT licence, faker.providers.person:
# {},
# {},
# {}; ru_RU and uk_UA
# transliterated as English news writes them), folded to ASCII. Left out: names BBC news
# writes as lower-case words, known places, countries, peoples, kind words and the words
# of entities.json's lists, words the articles write more often as a surname after a
# listed first name than as a first name ("Kennedy", "Smith") or more often elsewhere than
# before another capitalised word ("O'Gara", "Fifa said", "Tri-Nations"), and a few words
# that open the names of places, firms and works ("Rio", "Alfa", "Magna"; LEFT_OUT).
# Rebuilt by scripts/build_first_names.py."""
# The BBC articles the lists name; $FACTX_BBC overrides the path beside a checkout.
BBC = Path(os.environ.get("FACTX_BBC", "../shared/eval-dev/bbc-news/bbc"))
# Russian and Ukrainian letters as English news writes them ("Yevgeny", "Dmitry", "Rinat").
_LATIN_LETTERS = (
    "a b v g d e z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya yo i ye yi g"
)
_CYRILLIC = dict(
    zip(
        "абвгдезийклмнопрстуфхцчшщъыьэюяёієїґ",
        _LATIN_LETTERS.split(),
        strict=True,
    )
)
# Words that open the names of places, firms, works and events far more often than people's
# in English news ("Rio de Janeiro", "Alfa Romeo", "Kaiser Chiefs", "Magna Carta", "Wadi Rum",
# "Mar del Plata", "Semen Gresik"), and the months and days, which the lists above never take.
_LEFT_OUT_WORDS = (
    "rio alfa kaiser magna wadi mar semen january february march april may june july august"
    " september october november december monday tuesday wednesday thursday friday saturday"
    " sunday"
)
LEFT_OUT = frozenset(_LEFT_OUT_WORDS.split())
_SPECIAL = {
    "ə": "a",
    "ı": "i",
    "ß": "ss",
    "ø": "o",
    "æ": "ae",
    "đ": "d",
    "ł": "l",
    "ð": "d",
    "þ": "th",
    "œ": "oe",
    "ʻ": "",
    "’": "",
    "'": "",
    "ġ": "g",
}


def _latin(name: str) -> str:
    word = name.casefold()
    if any("а" <= c <= "я" or c in "ёієїґ" for c in word):
        word = re.sub("ий$", "y", word)  # "Дмитрий" is "Dmitry"
        if word.startswith("е"):
            word = "ye" + word[1:]  # "Евгений" is "Yevgeny"
        word = "".join(_CYRILLIC.get(c, c) for c in word).replace("-", "")
    word = "".join(_SPECIAL.get(c, c) for c in word)
    folded = unicodedata.normalize("NFKD", word)
    return "".join(c for c in folded if not unicodedata.combining(c))


def _faker_names(locale: str) -> set[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    names: set[str] = set()
    for attr in ("first_names", "first_names_male", "first_names_female"):
        value = provider.__dict__.get(attr)
        if value is None:
            for base in provider.__mro__[1:]:  # inherited from the locale's parent
                value = base.__dict__.get(attr)
                if value is not None:
                    break
        if isinstance(value, (dict, list, tuple, set, frozenset)):  # a dict weighs its names
            names.update(value)
    return names


def _texts(lists: list[str]) -> list[str]:
    return [
        (BBC / f"{line.removesuffix('.txt')}.txt").read_text("latin-1")
        for list_file in lists
        for line in Path(list_file).read_text().split()
    ]


def _lower_words(texts: list[str]) -> set[str]:
    words: set[str] = set()
    for text in texts:
        words.update(re.findall(r"(?<![\w'-])[a-z]+(?![\w'])", text))
    return words


def _surnames(texts: list[str], known: set[str]) -> set[str]:
    """Words the articles write more often as a surname, after a first name the lists above
    hold ("Charles Kennedy", "Delia Smith"), than before another capitalised word: Faker's
    English-speaking locales list surnames as first names too ("Kennedy", "Smith")."""
    after: dict[str, int] = {}
    before: dict[str, int] = {}
    for text in texts:
        for first, second in re.findall(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b", text):
            before[first.casefold()] = before.get(first.casefold(), 0) + 1
            if first.casefold() in known:
                after[second.casefold()] = after.get(second.casefold(), 0) + 1
    return {word for word, count in after.items() if count >= before.get(word, 0)}


def _other_words(texts: list[str]) -> set[str]:
    """Capitalised words the articles write more often elsewhere than before another
    capitalised word, where a first name stands: a surname alone, after an apostrophe or inside
    a name ("Mirza said", "O'Gara", "McConnell"), a body ("Fifa said"), a city ("in Atlanta"), a
    word's part ("Tri-Nations")."""
    first: dict[str, int] = {}
    other: dict[str, int] = {}
    for text in texts:
        for match in re.finditer(r"(?<![A-Z])([A-Z][a-z]+)\b", text):
            before = text[match.start() - 1 : match.start()]
            after = text[match.end() : match.end() + 2]
            # Inside a word, after an apostrophe or before a hyphen ("McConnell", "O'Gara",
            # "Tri-Nations") is a part of another word.
            inside = before.isalpha() or before in ("'", "’", "-") or after[:1] in ("'", "’", "-")
            ahead = len(after) == 2 and after[0] == " " and after[1].isupper()
            counts = first if ahead and not inside else other
            word = match.group(1).casefold()
            counts[word] = counts.get(word, 0) + 1
    return {word for word, count in other.items() if count > first.get(word, 0)}


def main(lists: list[str]) -> None:
    import pycountry

    from factx.extract.place_names import known_place

    root = Path(__file__).resolve().parent.parent
    # The lists above this section (the section's own names are what it rebuilds).
    text = (root / "factx/data/first_names.txt").read_text("ascii").split(HEADER)[0]
    known = {line for line in text.splitlines() if line and not line.startswith("#")}
    data = json.loads((root / "factx/data/entities.json").read_text("utf-8"))
    stop = set()
    for key in (
        "first_name_misses",
        "name_kinds",
        "club_nicknames",
        "club_openers",
        "club_kinds",
        "nationalities",
        "demonyms",
        "countries",
        "city_misses",
        "sports",
        "common_nouns",
        "scripts",
    ):
        stop.update(w.casefold() for w in data[key])
    for value in data["peoples_and_faiths"].values():
        if isinstance(value, list):
            stop.update(w.casefold() for w in value)
    for country in pycountry.countries:
        stop.add(_latin(country.name.split(",")[0]))
    texts = _texts(lists)
    lower = _lower_words(texts)
    surnames = _surnames(texts, known) | _other_words(texts)
    found: set[str] = set()
    for locale in LOCALES:
        for name in _faker_names(locale):
            word = _latin(name)
            if not re.fullmatch(r"[a-z]{3,}", word) or word in known or word in stop | LEFT_OUT:
                continue
            if word in lower or word in surnames or known_place(word):
                continue
            found.add(word)
    print(HEADER + " that the")
    print(
        HEADER_TEXT.format(
            ", ".join(LOCALES[:11]), ", ".join(LOCALES[11:22]), ", ".join(LOCALES[22:])
        )
    )
    for word in sorted(found):
        print(word)


if __name__ == "__main__":
    main(sys.argv[1:])
