"""Round r54-works: works from BBC sheets 54A-54B's shapes (sentences of my own). A sales or
record list's members share its work's label (factx/extract/entity_sales_lists.py); a work
keeps a firm's suffix in its name (`Cluster.name`, factx/extract/entities.py); a title in
commas after its kind is a work (factx/extract/entity_apposed_works.py); a quoted name before
"label", "logo" or "scheme" is a product, no work (a cue row in factx/data/entities.json). And
what each leaves alone."""

from entity_reading import entities, label_by_name, labels

_RECORD = (
    "The record for first-week DVD sales belongs to Finding Nemo followed by Shrek 2, The "
    "Incredibles, the original Toy Story, and Monster's Inc."
)

# "works of a sales or record list"


def test_a_record_lists_members_share_its_works_label(extractor):
    found = label_by_name(extractor, _RECORD)
    assert found.get("Shrek 2") == "WORK_OF_ART"
    assert found.get("Finding Nemo") == "WORK_OF_ART"  # the model's PERSON
    assert found.get("Toy Story") == "WORK_OF_ART"  # after "the original"
    assert found.get("Incredibles") == "WORK_OF_ART"


def test_no_work_of_a_record_list_is_a_person(extractor):
    found = entities(extractor, _RECORD)
    assert not [name for label, name, _ in found if label == "PERSON"]


def test_places_and_a_cast_in_a_sales_sentence_are_left_alone(extractor):
    found = label_by_name(
        extractor,
        "Shrek 2 sold 10 million DVDs across the United States and Canada in its first week.",
    )
    assert found.get("United States") == "GPE"
    assert found.get("Canada") == "GPE"
    cast = label_by_name(
        extractor,
        "The voice cast includes Will Smith, Jack Black and Angelina Jolie, and the film sold "
        "five million DVDs.",
    )
    assert cast.get("Will Smith") == "PERSON"
    assert cast.get("Angelina Jolie") == "PERSON"


# "no firm's suffix cut from a work's name"


def test_a_work_keeps_its_firms_suffix(extractor):
    found = label_by_name(extractor, _RECORD)
    assert found.get("Monster's Inc.") == "WORK_OF_ART"
    assert "Monster's" not in found


def test_a_firm_still_loses_its_suffix(extractor):
    found = label_by_name(
        extractor,
        "Apple Inc. sold four million iPods in the quarter, and Apple Inc. said sales rose.",
    )
    assert found.get("Apple") == "ORG"


# "title in commas after its kind"


def test_a_title_in_commas_after_its_kind_is_a_work(extractor):
    found = label_by_name(extractor, "She wrote the book, Promises, while living in Paris.")
    assert found.get("Promises") == "WORK_OF_ART"


def test_a_contracted_title_in_commas_after_its_kind_is_a_work(extractor):
    found = label_by_name(
        extractor,
        "But his next single, It's Only Rain, will face a challenge from the charity records.",
    )
    assert found.get("It's Only Rain") == "WORK_OF_ART"


def test_a_title_in_commas_after_top_film_is_a_work(extractor):
    found = label_by_name(
        extractor,
        "The comedy pushed last month's top film, Seven Small Lanterns, down to fourth place.",
    )
    assert found.get("Seven Small Lanterns") == "WORK_OF_ART"


def test_the_person_of_a_films_role_is_left_alone(extractor):
    found = entities(
        extractor, "The director of the film, Marco Bellini, said the story was not offensive."
    )
    assert labels(found, "Marco Bellini") == {"PERSON"}
    assert not [name for label, name, _ in found if label == "WORK_OF_ART"]


# "quoted name before a label's word"


def test_a_quoted_name_before_label_is_a_product(extractor):
    found = label_by_name(
        extractor, 'Shoppers will see Asda\'s new "Good For You" label on 500 lines from March.'
    )
    assert found.get("Good For You") == "PRODUCT"


def test_a_quoted_name_before_scheme_is_no_work(extractor):
    found = label_by_name(
        extractor, 'Sainsbury\'s said its "Traffic Light" scheme would show fat and sugar levels.'
    )
    assert found.get("Traffic Light") == "PRODUCT"


def test_a_record_label_stays_a_firm(extractor):
    found = label_by_name(extractor, "The band signed to the Parlophone label last year.")
    assert found.get("Parlophone") == "ORG"


# "long title beaten in sales"


def test_a_long_title_outsold_is_a_work(extractor):
    found = label_by_name(
        extractor,
        "Its sales outshone My Life in the Woods, which sold a million DVDs in 2002.",
    )
    assert found.get("My Life in the Woods") == "WORK_OF_ART"
    assert "My Life" not in found


def test_a_title_overtaken_in_sales_is_no_place(extractor):
    found = label_by_name(
        extractor,
        "The DVD became the fastest seller of the spring, overtaking Pirates of the Caribbean "
        "which sold three million units.",
    )
    assert found.get("Pirates of the Caribbean") == "WORK_OF_ART"


def test_a_short_product_outsold_is_left_alone(extractor):
    found = label_by_name(
        extractor, "The phone outsold the Nokia 6600 which sold two million units."
    )
    assert found.get("Nokia 6600") == "PRODUCT"
