"""Round r37-civic: a national statistics office named in an appositive is the body, a unit's
letters in brackets after its word are no name, a people after "ethnic" and a politician's
followers by "-ite" are NORP (factx/data/entities.json's cues "body after its kind words",
"a people after ethnic" and "a politician's followers by -ite", and
factx.extract.entity_non_names.unit_beside_figure)."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_a_statistics_office_named_in_an_appositive_is_the_body(extractor):
    # The model reads a statistics office's coined name as a place ("Destatis" GPE).
    text = (
        "Prices fall\n\n"
        "German prices fell 0.2% in January, the statistics office, Destatis, said on Friday. "
        "Destatis said energy costs fell."
    )
    found = entities(extractor, text)
    assert ("ORG", "Destatis", ["Destatis", "Destatis"]) in found
    assert ("NORP", "German", ["German"]) in found


def test_a_place_after_a_statistics_office_stays_a_place(extractor):
    text = (
        "Jobs data\n\n"
        "Unemployment rose, the statistics office in Wiesbaden said. Prices in Germany rose."
    )
    found = entities(extractor, text)
    assert ("GPE", "Wiesbaden", ["Wiesbaden"]) in found


def test_a_units_letters_in_brackets_after_its_word_are_no_name(extractor):
    # "500 megawatts (MW)" gave `MW` ORG.
    text = (
        "Power deal\n\n"
        "The plant will produce 500 megawatts (MW) of power. Siemens will build it. The phone "
        "has two gigabytes (GB) of memory."
    )
    found = entities(extractor, text)
    assert not [e for e in found if e[1] in ("MW", "GB")]
    assert ("ORG", "Siemens", ["Siemens"]) in found


def test_a_people_after_ethnic_is_norp(extractor):
    # Seed 76's "Hausa militias", "ethnic Hausa leader": the model reads the people as a body.
    text = (
        "Clashes\n\n"
        "Hausa militias attacked the town. An ethnic Hausa leader said the talks had failed."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[1] == "Hausa"] == [("NORP", "Hausa", ["Hausa", "Hausa"])]


def test_known_peoples_after_ethnic_stay_norp(extractor):
    text = (
        "Kosovo\n\n"
        "Ethnic Albanians marched in Pristina. An ethnic Serb leader said the talks had failed."
    )
    found = entities(extractor, text)
    assert ("NORP", "Serb", ["Serb"]) in found
    assert ("GPE", "Pristina", ["Pristina"]) in found


def test_a_politicians_followers_by_ite_are_norp(extractor):
    # "Cameronite wing" gave `Cameronite` PERSON.
    text = (
        "Tory row\n\n"
        "Bennite activists and the Cameronite wing of the Tories were angry, the paper said."
    )
    found = entities(extractor, text)
    assert ("NORP", "Cameronite", ["Cameronite"]) in found
    assert not [e for e in found if e[0] == "PERSON"]


def test_words_ending_in_ite_before_other_words_are_left_alone(extractor):
    text = (
        "Sky deal\n\nSatellite customers will pay more. Marguerite Smith said the price would rise."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Marguerite Smith", ["Marguerite Smith"]) in found
    assert not [e for e in found if e[0] == "NORP"]


def test_the_plural_of_a_people_after_ethnic_is_norp(extractor):
    # Seed 76's "Hausas": the model reads a people's plural no list knows as a body.
    text = (
        "Clashes\n\n"
        "An ethnic Hausa leader said the talks had failed. Many Hausas have left the town."
    )
    found = entities(extractor, text)
    assert ("NORP", "Hausas", ["Hausas"]) in found


def test_followers_by_ite_the_model_reads_as_bodies_are_norp(extractor):
    # Seed 77's sentence: "Kinnockite" and "Bennite" ORG, "Cameronite" PERSON.
    text = (
        "Labour row\n\n"
        "Will those Kinnockite briefers and Bennite activists be silenced? The Cameronite wing "
        "said little."
    )
    found = entities(extractor, text)
    assert ("NORP", "Kinnockite", ["Kinnockite"]) in found
    assert ("NORP", "Bennite", ["Bennite"]) in found
    # The headline's party is the party (round r41b-sides: a party the model leaves out).
    assert not [e for e in found if e[0] in ("ORG", "PERSON") and e[1] != "Labour"]


def test_the_budgets_a_fiscal_events_plural_are_no_body(extractor):
    # The brief's "the Budgets" ORG: a plural names no one budget.
    text = (
        "Brown speech\n\n"
        "Gordon Brown said the Budgets had helped families. In the Budgets that were given, "
        "taxes rose."
    )
    found = entities(extractor, text)
    assert not [e for e in found if "Budget" in e[1]]
    assert ("PERSON", "Gordon Brown", ["Gordon Brown"]) in found


def test_the_budget_itself_stays(extractor):
    text = "Budget day\n\nThe Budget will be on 16 March, Gordon Brown said."
    found = entities(extractor, text)
    assert [e for e in found if e[1] == "Budget"]
