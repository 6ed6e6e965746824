"""Round r41c-bodies: regiments, places beside people, shows and stage names (seed 119's "Rules
these errors suggest"): a unit's name with an "and" or a sovereign's "Own" one ORG
(factx.extract.entity_regiments); a Welsh council pycountry names with its Welsh name in
brackets a known place (factx.extract.place_names) and the cue "known place after a person's
name and of"; the cue "show its host presented"; a stage name after "performing|sang|wrestled
... under the name" (factx.extract.entity_titled_people.stage_names). The sentences are made
up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text("Head\n\n" + text, reference_date=date(2005, 3, 1))
    return {f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"}  # fmt: skip


def test_a_regiment_with_an_and_is_one_body(extractor):
    # Seed 119's politics/245: `Argyll` and `Sutherland Highlanders`, one regiment cut in two.
    found = entities(
        extractor,
        "There is a question mark over the Black Watch, the Royal Scots and the Argyll and "
        "Sutherland Highlanders.",
    )
    assert found["Argyll and Sutherland Highlanders"][0] == "ORG"
    assert "Argyll" not in found and "Sutherland Highlanders" not in found
    assert found["Royal Scots"][0] == "ORG"


def test_a_regiment_with_a_sovereigns_own_is_no_person(extractor):
    # Seed 119's "the Kings Own Scottish Borderers" with `Scottish Borderers` PERSON.
    found = entities(
        extractor,
        "The regiments are the Black Watch, the Kings Own Scottish Borderers, the Royal Scots "
        "and the Highlanders.",
    )
    assert found["Kings Own Scottish Borderers"][0] == "ORG"
    assert "Scottish Borderers" not in found
    found = entities(extractor, "The plan threatens the Queen's Own Highlanders, officers said.")
    assert found["Queen's Own Highlanders"][0] == "ORG"
    assert "Queen" not in found


def test_two_regiments_joined_by_and_stay_two(extractor):
    found = entities(
        extractor,
        "Soldiers of the Black Watch and Royal Highland Fusiliers were questioned.",
    )
    assert "Black Watch and Royal Highland Fusiliers" not in found


def test_a_welsh_council_after_a_persons_name_and_of_is_a_place(extractor):
    # Seed 119's "WLGA finance spokesman Tom Morris, of Torfaen, said": `Torfaen` PERSON.
    found = entities(
        extractor, "WLGA finance spokesman Tom Morris, of Torfaen, said the rise was too high."
    )
    assert found["Torfaen"][0] == "GPE"
    assert found["Tom Morris"][0] == "PERSON"
    found = entities(
        extractor, "The union's spokeswoman Mary Evans, of Caerphilly, said the deal was fair."
    )
    assert found["Caerphilly"][0] == "GPE"


def test_a_firm_after_a_persons_name_and_of_stays_a_firm(extractor):
    found = entities(
        extractor, "Analyst David Page, of Investec Securities, said shares would fall."
    )
    assert found["Investec Securities"][0] == "ORG"


def test_a_show_its_host_presented_is_a_programme(extractor):
    # Seed 119's "Carson, who hosted the Tonight Show for 30 years": `Tonight Show` EVENT.
    found = entities(extractor, "Paar, who presented the Tonight Show for five years, has died.")
    assert found["Tonight Show"][0] == "WORK_OF_ART"
    found = entities(extractor, "Carson, who hosted the Tonight Show for 30 years, was a star.")
    assert found["Tonight Show"][0] == "WORK_OF_ART"


def test_a_trade_show_a_city_hosted_stays_an_event(extractor):
    found = entities(extractor, "Birmingham hosted the Motor Show for the last time in 2004.")
    assert found.get("Motor Show", ("EVENT",))[0] != "WORK_OF_ART"


def test_a_stage_name_after_under_the_name_is_the_performer_whole(extractor):
    # Seed 119's "performing magic under the name The Great Carsoni": `Great Carsoni` FAC.
    found = entities(
        extractor, "She sang in clubs under the name Little Miss Dynamite before she was famous."
    )
    assert found["Little Miss Dynamite"] == ("PERSON", ["Little Miss Dynamite"])
    assert "Dynamite" not in found
    found = entities(
        extractor, "He started performing magic under the name The Great Marvello in the 1950s."
    )
    assert found["Great Marvello"] == ("PERSON", ["The Great Marvello"])


def test_a_firm_or_a_group_under_a_name_is_no_stage_name(extractor):
    found = entities(extractor, "MCI, while trading under the name Worldcom, grew fast.")
    assert found["Worldcom"][0] == "ORG"
    found = entities(
        extractor,
        "The song will be recorded by a collection of pop stars under the name One World Project.",
    )
    assert found["One World Project"][0] != "PERSON"


def test_a_town_that_is_the_persons_own_surname_stays_his(extractor):
    # The even half's politics/336: "Malcolm Shipley, of Shipley, said" made him GPE at first.
    found = entities(
        extractor, "Peter Preston, of Preston, said it was as if he was coming round again."
    )
    assert found["Peter Preston"][0] == "PERSON"
