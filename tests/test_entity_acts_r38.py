"""Round r38-acts: performers, bands and their works in music and TV news (seeds 91-93's
"Rules these errors suggest"); each sentence is this round's own."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {m.text: f.label for f in record.facts if f.type == "entity" for m in f.mentions}


def test_a_title_after_a_years_possessive_in_a_list_of_films_is_a_work(extractor):
    # "work after a year's in a list of works": the model's `Rita Pemberton` PERSON.
    found = _labels(
        extractor,
        "Actress dies\n\nBorn in Widnes, she also starred in numerous films including 1991's"
        " Rita Pemberton.",
    )
    assert found.get("Rita Pemberton") == "WORK_OF_ART"


def test_a_dated_title_after_a_comma_and_including_is_a_work(extractor):
    found = _labels(
        extractor,
        "Comic dies\n\nHe went on to appear in several films, including 1947's Nicholas Nickleby.",
    )
    assert found.get("Nicholas Nickleby") == "WORK_OF_ART"


def test_a_dated_title_after_starred_in_is_a_work(extractor):
    found = _labels(extractor, "Star\n\nThe actress starred in 1991's Rita Pemberton.")
    assert found.get("Rita Pemberton") == "WORK_OF_ART"


def test_a_person_after_a_years_possessive_outside_a_list_of_works_stays(extractor):
    found = _labels(
        extractor, "Contest\n\nThe judges praised 1999's winner, singer Rita Pemberton, again."
    )
    assert found.get("Rita Pemberton") == "PERSON"


def test_a_person_in_a_list_of_films_without_a_year_stays(extractor):
    found = _labels(
        extractor,
        "Cinema\n\nHis films include Raging Bull and Goodfellas, and he worked with Joe Pesci.",
    )
    assert found.get("Joe Pesci") == "PERSON"


def test_a_name_between_its_and_encyclopaedia_is_a_work(extractor):
    # "work before its reference kind after an owner": the model's `Encarta` PERSON.
    found = _labels(
        extractor,
        "Search\n\nMicrosoft is asking users of its Encarta encyclopaedia to send answers.",
    )
    assert found.get("Encarta") == "WORK_OF_ART"


def test_a_place_between_its_and_atlas_stays(extractor):
    found = _labels(
        extractor, "Maps\n\nThe publisher said its London atlas would follow in the spring."
    )
    assert found.get("London") == "GPE"


def test_a_person_before_encyclopaedia_without_an_owner_stays(extractor):
    found = _labels(
        extractor, "Books\n\nThe editor, Professor Smith, said encyclopaedia sales had fallen."
    )
    assert found.get("Smith") == "PERSON"
