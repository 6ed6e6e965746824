"""Round r49-works: works and bands named like people, and titles cut apart (sentences of my
own)."""

from entity_reading import entities, label_by_name, texts_of


def test_a_title_after_its_kind_and_a_comma_is_a_work_though_named_like_a_person(extractor):
    # The model reads the pantomime as a man.
    text = "The theatre staged its Christmas pantomime, Jack Frost, to packed houses."
    assert label_by_name(extractor, text).get("Jack Frost") == "WORK_OF_ART"
    text = "He wrote the music for the popular West End musical, Bombay Dreams."
    assert label_by_name(extractor, text).get("Bombay Dreams") == "WORK_OF_ART"


def test_a_role_or_a_clause_after_the_kinds_comma_is_left_alone(extractor):
    found = label_by_name(extractor, "The play's director, John Smith, said the cast was ready.")
    assert found.get("John Smith") == "PERSON"
    found = label_by_name(extractor, "The film's star, Tom Hanks, arrived in London on Monday.")
    assert found.get("Tom Hanks") == "PERSON"
    text = "The Producers was named best musical, Victoria Hamilton was best actress."
    assert label_by_name(extractor, text).get("Victoria Hamilton") == "PERSON"
    text = "In the film, Tom Hanks, who plays a lawyer, fights the system."
    assert label_by_name(extractor, text).get("Tom Hanks") == "PERSON"
    text = "According to a new book, John Smith, a historian, says the war was lost."
    assert label_by_name(extractor, text).get("John Smith") == "PERSON"


def test_a_title_before_a_dashed_aside_of_its_kind_is_a_work(extractor):
    text = (
        "Maria Costa - Smith's 1960s drama about a village nurse - was named best film and "
        "Jones, who played the title role, was named best actress."
    )
    assert label_by_name(extractor, text).get("Maria Costa") == "WORK_OF_ART"


def test_a_person_before_a_dashed_aside_of_a_calling_is_left_alone(extractor):
    text = "Frank Brown - a drama teacher from Leeds - won the prize."
    assert label_by_name(extractor, text).get("Frank Brown") == "PERSON"
    text = "John Smith - the film's star - said he was delighted."
    assert label_by_name(extractor, text).get("John Smith") == "PERSON"


def test_a_film_after_a_portrayal_of_a_named_part_with_its_calling_is_a_work(extractor):
    # The film's name is the part's first name: a work of its own, not the person's mention.
    text = (
        "Critics said Brown's portrayal of jazz pianist Billy Tipton in Billy had earned him "
        "a prize. Brown said Billy Tipton was a genius."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Billy", ["Billy"]) in found
    assert texts_of(found, "Billy Tipton") == [["Billy Tipton", "Billy Tipton"]]
    text = "Kevin Spacey starred as Walter Brennan in Stanley, a biopic, last year."
    assert label_by_name(extractor, text).get("Stanley") == "WORK_OF_ART"


def test_a_place_after_a_named_parts_in_is_left_alone(extractor):
    text = "He starred as Hamlet in London last year and played the part in Paris too."
    assert label_by_name(extractor, text).get("London") == "GPE"
    text = "Fans cheered his performance as world number one Roger Federer in Basel."
    assert label_by_name(extractor, text).get("Basel") == "GPE"
