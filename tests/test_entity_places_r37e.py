"""Round r37e-places: places, clubs, events and handhelds the model mislabels in sport,
world and tech news (seeds 85-87's "Rules these errors suggest"): the cues "place before its
distance from another", "capital after its kind", "place in a part of the country", "town
before man or woman after the", "Olympiad alone", "club by its result's score", "club put
first", "club before its legend's full name" and "handheld line by its model word" of
factx/data/entities.json. The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def labels(found):
    return {name: label for label, name, _ in found}


def test_a_town_before_a_distance_and_the_capital_after_its_kind_are_places(extractor):
    # Seed 87's "close to Tizi, about 80 kilometres (50 miles) south of the capital Rabat":
    # `Tizi` ORG and `Rabat` PERSON.
    text = (
        "Tremor felt\n\n"
        "The paper said the worst damage was in villages close to Tizi, about 60 kilometres "
        "(37 miles) east of the capital Rabat."
    )
    found = labels(entities(extractor, text))
    assert found.get("Tizi") == "GPE"
    assert found.get("Rabat") == "GPE"


def test_a_person_after_the_capital_and_a_comma_stays_a_person(extractor):
    text = (
        "Talks\n\nThe minister flew to the capital, and Tony Blair said the talks went well. "
        "Mr Blair later left."
    )
    found = labels(entities(extractor, text))
    assert found.get("Tony Blair") == "PERSON"


def test_a_town_in_a_part_of_the_country_is_a_place(extractor):
    # Seed 87's "the eastern Oujda region and Ain Salah in the south of the country":
    # `Ain Salah` PERSON.
    text = (
        "Storm damage\n\n"
        "Among the other main areas affected were the eastern Oujda region and Ain Salah in "
        "the south of the country, Reuters reported."
    )
    found = labels(entities(extractor, text))
    assert found.get("Ain Salah") == "GPE"


def test_a_person_in_a_part_of_the_country_stays_a_person(extractor):
    text = (
        "Campaign\n\nGordon Brown toured the region on Monday. Gordon Brown in the north of "
        "the country was greeted by crowds."
    )
    found = labels(entities(extractor, text))
    assert found.get("Gordon Brown") == "PERSON"


def test_a_town_before_man_after_the_is_the_home_town(extractor):
    # Seed 87's "The Coleraine man gave it a lash": `Coleraine` ORG.
    text = (
        "Trials\n\nProvincial teams were picked after the province's trials. The Coleraine man "
        "gave it a lash and finished third."
    )
    found = labels(entities(extractor, text))
    assert found.get("Coleraine") == "GPE"


def test_a_club_before_man_in_a_footballers_story_is_left_alone(extractor):
    text = (
        "Transfer talk\n\nArsenal striker Thierry Henry scored twice against Everton. The "
        "Arsenal man was the club's top scorer again."
    )
    found = labels(entities(extractor, text))
    assert found.get("Arsenal") != "GPE"


def test_an_olympiad_is_an_event(extractor):
    # Seed 87's "seems to herald an upcoming Olympiad": `Olympiad` ORG.
    text = (
        "Chess craze\n\nThe rise of the board game in schools seems to herald an upcoming Olympiad."
    )
    found = labels(entities(extractor, text))
    assert found.get("Olympiad") == "EVENT"


def test_a_club_named_by_its_city_is_a_club_by_its_legend_score_and_first(extractor):
    # Seed 87's sport/177: `Liverpool` GPE at seven mentions, its one place cue "in
    # Liverpool's 3-2 defeat" (a known place after "in") outvoting "Liverpool supporters".
    text = (
        "Keeper urged to stay\n\n"
        "Leeds legend Eddie Gray has urged Paul Robinson to turn down Tottenham. Gray said some "
        "Leeds supporters were unfair to him after his error in Leeds's 3-2 defeat. He has "
        "always put Leeds first, Gray said."
    )
    found = labels(entities(extractor, text))
    assert found.get("Leeds") == "ORG"


def test_a_country_before_its_score_stays_a_country(extractor):
    text = (
        "Rugby\n\nWales coach Mike Ruddock praised his side after Wales's 24-18 win over "
        "England in Cardiff. Wales face France next."
    )
    found = labels(entities(extractor, text))
    assert found.get("Wales") == "GPE"


def test_a_handheld_lines_model_is_a_product(extractor):
    # Seed 86's "work with the GameBoy Advance SP" and "GameBoy Color handhelds" ORG.
    text = (
        "Add-on\n\nThe add-on will also work with the GameCube Player SP. More than 20 million "
        "GameBoy Color handhelds were sold."
    )
    found = labels(entities(extractor, text))
    assert found.get("GameCube Player SP") == "PRODUCT"
    assert found.get("GameBoy Color") == "PRODUCT"


def test_a_firm_before_a_model_word_is_left_alone(extractor):
    text = "Deal\n\nShares in Nintendo rose after the firm said sales of its handhelds were up."
    found = labels(entities(extractor, text))
    assert found.get("Nintendo") == "ORG"
