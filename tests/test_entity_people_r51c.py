"""Round r51c-people: people the model half-finds, from the shapes of the Lee hand check's
sheets T-W (sentences of my own)."""

from entity_reading import label_by_name

# entities.json `widow before a first name`: "widow <Name>" is the surviving spouse.


def test_a_widow_named_after_her_husband_is_a_person(extractor):
    found = label_by_name(
        extractor, "The singer died in 2001. His widow Olivia flew to India with son Dhani."
    )
    assert found.get("Olivia") == "PERSON"
    assert found.get("India") == "GPE"


def test_a_widow_before_a_known_place_keeps_the_place(extractor):
    found = label_by_name(extractor, "His widow Paris sold the flat in Rome last year.")
    assert found.get("Paris") != "PERSON"
    found = label_by_name(extractor, "The town's widows gathered in Brisbane on Sunday.")
    assert found.get("Brisbane") == "GPE"


# entities.json `full name before a speaking verb`: "<Given> Masters, says" is a person.


def test_a_person_named_like_an_event_before_says_is_a_person(extractor):
    found = label_by_name(extractor, "The head of the institute, Geoff Masters, says results fell.")
    assert found.get("Geoff Masters") == "PERSON"


def test_the_event_itself_stays_an_event(extractor):
    found = label_by_name(extractor, "Tiger Woods won the US Masters in Augusta last April.")
    assert found.get("US Masters", "EVENT") == "EVENT"
