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


# entities.json `speaker after a role in apposition`: "<role> of <field>, <Given> <Surname> says".


def test_a_role_holder_in_apposition_before_says_is_a_person(extractor):
    found = label_by_name(
        extractor, "The Palestinian head of security, Jabril Rajoub says the talks failed."
    )
    assert found.get("Jabril Rajoub") == "PERSON"


def test_a_firm_in_apposition_after_a_role_stays_a_firm(extractor):
    found = label_by_name(extractor, "The company's chairman, Acme Holdings said nothing.")
    assert found.get("Acme Holdings") != "PERSON"
    found = label_by_name(
        extractor, "The president of the club, Manchester United, said nothing at all."
    )
    assert found.get("Manchester United") != "PERSON"


# `entity_place_given_names`: a surname found again keeps the given name after a place.


def test_a_given_name_after_a_place_joins_the_surname_found_again(extractor):
    found = label_by_name(
        extractor,
        "The meeting was called by the UN special envoy for Afghanistan Lakhdar Brahimi last"
        " week. The envoy urged calm. Brahimi said the council would meet soon.",
    )
    assert found.get("Lakhdar Brahimi") == "PERSON"
    assert "Brahimi" not in found


def test_a_place_before_a_surname_found_again_stays_apart(extractor):
    found = label_by_name(
        extractor,
        "The minister flew to Kenya on Monday. In France Britain Brahimi is known. Brahimi"
        " said so.",
    )
    assert "Britain Brahimi" not in found
    assert "France Britain Brahimi" not in found


def test_a_day_or_a_place_after_a_place_is_no_given_name():
    from factx.extract.entities import _country_or_people
    from factx.extract.entity_place_given_names import given_name_after_place

    text = "the envoy for Afghanistan Monday Brahimi"
    at = text.index("Monday")
    assert not given_name_after_place(text, 0, at, "Monday", _country_or_people)
    text = "the envoy for Afghanistan Lakhdar Brahimi"
    at = text.index("Lakhdar")
    assert given_name_after_place(text, 0, at, "Lakhdar", _country_or_people)
    text = "the envoy for Afghanistan Kabul Brahimi"
    at = text.index("Kabul")
    assert not given_name_after_place(text, 0, at, "Kabul", _country_or_people)


# entities.json `pair of names after a plural role`: "<plural role>, <A B> and <C D>".


def test_two_names_after_a_plural_role_are_people(extractor):
    found = label_by_name(
        extractor,
        "The home side relied on its openers, Tamsin Okafor and Brennan Vasquez, who batted"
        " for two hours. Okafor was out first.",
    )
    assert found.get("Tamsin Okafor") == "PERSON"
    assert found.get("Brennan Vasquez") == "PERSON"
    assert "Okafor" not in found


def test_two_clubs_after_a_plural_stay_clubs(extractor):
    found = label_by_name(
        extractor, "The league fined two clubs, Leeds United and Hull City, on Monday."
    )
    assert found.get("Leeds United") != "PERSON"
    found = label_by_name(
        extractor, "The firm sold two brands, Dairy Crest and Acme Foods, last year."
    )
    assert found.get("Acme Foods") != "PERSON"
