"""Round r52c-case: a phrase of capitalised common words that the same article writes more often
in lower case is no name (sentences of my own, from BBC sheet 52D's "What about the Marine
Chronometer?" ORG beside the article's three lower-case "marine chronometer"s)."""

from entity_reading import label_by_name

from factx.extract.entity_lower_case_phrases import mostly_lower_case

# `factx/extract/entity_lower_case_phrases.py`


def test_a_gadget_written_mostly_in_lower_case_is_no_name(extractor):
    found = label_by_name(
        extractor,
        "Readers sent in their lists. What about the Marine Chronometer? It changed sailing for "
        "ever. The marine chronometer let captains find their longitude, and every navy bought a "
        "marine chronometer.",
    )
    assert "Marine Chronometer" not in found


def test_an_old_device_capitalised_once_is_no_product(extractor):
    found = label_by_name(
        extractor,
        "Readers praised the Magic Lantern as the first projector. The magic lantern was popular "
        "in Victorian homes, and a magic lantern cost a week's wages.",
    )
    assert "Magic Lantern" not in found
    assert found.get("Victorian") == "NORP"


def test_a_field_in_a_job_title_is_no_person(extractor):
    found = label_by_name(
        extractor,
        "The company hired Anne Lowe, vice president, Research and Intellectual Property, last "
        "year. She said the company's intellectual property was its greatest asset, and "
        "intellectual property law was changing.",
    )
    assert "Intellectual Property" not in found
    assert found.get("Anne Lowe") == "PERSON"


def test_names_written_capitalised_as_often_stay(extractor):
    found = label_by_name(
        extractor,
        "Historians say the Cold War shaped Europe. The Cold War ended in 1989, though some talk "
        "of a new cold war. Fans bought the Swiss Army Knife for decades. A reader said the Swiss "
        "Army Knife beats any gadget, and my swiss army knife still works.",
    )
    assert found.get("Cold War") == "EVENT"
    assert "Swiss Army Knife" in found


def test_the_count_and_its_guards():
    text = "the marine chronometer and a marine chronometer beside the Marine Chronometer"
    assert mostly_lower_case(text, "the Marine Chronometer", first_name=False)
    # one word is left to `capitals.sentence_case_only`: "Labour" beside "labour costs"
    assert not mostly_lower_case("labour costs and labour laws, said Labour", "Labour", False)
    # a person's name opening with a known first name stays, however the transcript writes it
    assert not mostly_lower_case(text, "Marine Chronometer", first_name=True)
    # as many capitalised as lower-case writings: a name ("the Oil Ministry" and "oil ministry")
    assert not mostly_lower_case("the Oil Ministry said the oil ministry", "Oil Ministry", False)
