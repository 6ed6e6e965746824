"""Round r53-works: works, buildings and places from BBC sheets 53B-53D's shapes (sentences of my
own). Songs of a sentence's shape after a recording verb, tools called by their name,
galleries before an art word or visited, places before their owner's factory, reports that
speak (cue rows in factx/data/entities.json); colon titles that open a sentence
(factx/extract/entity_colon_titles.py); a building joined to a building under attack
(factx/extract/entity_attacked_buildings.py). And what each leaves alone."""

from entity_reading import label_by_name, labelled

# "song of a sentence's shape after a recording or singing verb"


def test_a_song_of_a_sentences_shape_after_recorded_is_a_work(extractor):
    found = label_by_name(
        extractor,
        "Forty Taiwanese pop singers re-recorded We Shall Overcome in Hokkien for the appeal. "
        "The song was released on Monday.",
    )
    assert found.get("We Shall Overcome") == "WORK_OF_ART"


def test_a_song_of_a_sentences_shape_after_covered_is_a_work(extractor):
    found = label_by_name(
        extractor, "The folk band covered We Are the Champions at the festival last night."
    )
    assert found.get("We Are the Champions") == "WORK_OF_ART"


def test_a_band_after_recorded_with_stays_a_band(extractor):
    found = label_by_name(extractor, "In 1970 she recorded with The Who in a London studio.")
    assert found.get("The Who", "ORG") != "WORK_OF_ART"
    assert "WORK_OF_ART" not in found.values()


# "tool after its kind called"


def test_a_tool_called_by_its_name_is_a_product(extractor):
    found = label_by_name(
        extractor, "The bank uses a web-based tool called PathFinder to trace its customers."
    )
    assert found.get("PathFinder") == "PRODUCT"


def test_a_company_called_by_its_name_stays_a_firm(extractor):
    found = label_by_name(
        extractor, "The bank bought a company called Akamai to trace its customers."
    )
    assert found.get("Akamai") == "ORG"


# "gallery before an art word", "gallery visited after the", "gallery visited, its the in the
# mention"


def test_a_gallery_before_art_gallery_is_a_building(extractor):
    found = label_by_name(
        extractor, "The sculpture was unveiled at the Hunterian art gallery on Monday."
    )
    assert found.get("Hunterian") == "FAC"


def test_a_gallery_visited_after_the_is_a_building(extractor):
    found = label_by_name(
        extractor,
        "Messages sent by visitors to the Tate light up the tree. The Tate tree is on show "
        "until January.",
    )
    assert found.get("Tate") == "FAC"


def test_a_city_before_art_gallery_stays_a_city(extractor):
    found = label_by_name(extractor, "She opened a Glasgow art gallery in 1998.")
    assert found.get("Glasgow") == "GPE"


def test_a_country_visited_stays_a_country(extractor):
    found = label_by_name(extractor, "Visitors to the UK spent more money last year.")
    assert "FAC" not in found.values()


def test_a_person_visited_with_no_the_stays_a_person(extractor):
    found = label_by_name(extractor, "The senator is going to Warren on Friday, aides said.")
    assert found.get("Warren") != "FAC"


# factx/extract/entity_factory_places.py


def test_a_place_between_its_owner_and_factory_is_a_place(extractor):
    found = label_by_name(
        extractor,
        "The carmaker will build 80,000 coupes a year at its vast Browns Lane factory, the "
        "firm said.",
    )
    assert found.get("Browns Lane") == "GPE"


def test_a_place_after_a_firms_possessive_and_before_plant_is_a_place(extractor):
    found = label_by_name(extractor, "Unions fear for the future of Rover's Longbridge plant.")
    assert found.get("Longbridge") == "GPE"
    assert found.get("Rover") == "ORG"


def test_a_place_after_plant_at_is_a_place_at_each_mention(extractor):
    found = label_by_name(
        extractor,
        "The union said the plant at Swindon would stay open. Jobs at Swindon are safe, Honda "
        "said.",
    )
    assert found.get("Swindon") == "GPE"
    assert found.get("Honda") == "ORG"


def test_a_brand_once_after_its_owner_keeps_its_firms_label(extractor):
    found = label_by_name(
        extractor,
        "Saab sold fewer cars last year. GM will build its new saloon at its loss-making Saab "
        "factory. Saab said sales would rise.",
    )
    assert found.get("Saab") == "ORG"


def test_a_firm_before_its_own_factory_stays_a_firm(extractor):
    found = label_by_name(
        extractor, "Workers at the Nissan factory voted to accept the offer, Nissan said."
    )
    assert found.get("Nissan") == "ORG"


# "report that speaks after its name", "report after its findings' word"


def test_a_review_that_said_is_a_report(extractor):
    found = label_by_name(
        extractor,
        "Ministers ignored the Treasury's Lyons Review, which said councils wasted millions.",
    )
    assert found.get("Lyons Review") == "WORK_OF_ART"


def test_a_review_after_identified_in_is_a_report(extractor):
    found = label_by_name(
        extractor, "The cuts identified in the Lyons Review have been made, the minister said."
    )
    assert found.get("Lyons Review") == "WORK_OF_ART"


def test_the_spending_review_and_a_periodical_are_left_alone(extractor):
    found = label_by_name(
        extractor,
        "The Spending Review, which said little, was read by the Australian Financial Review.",
    )
    assert found.get("Spending Review") != "WORK_OF_ART"
    assert found.get("Australian Financial Review") != "WORK_OF_ART"


# factx/extract/entity_colon_titles.py


def test_a_colon_title_opening_a_sentence_before_raised_is_one_work(extractor):
    found = label_by_name(
        extractor,
        "Stars joined the appeal on Friday. Europe: A Night for the Children raised more than "
        "$20m for the flood victims.",
    )
    assert found.get("Europe: A Night for the Children") == "WORK_OF_ART"
    assert "Europe" not in found


def test_a_speaker_before_a_colon_is_no_title(extractor):
    found = label_by_name(extractor, "Robinson: That was a hard game\n\nThe coach spoke later.")
    assert "WORK_OF_ART" not in found.values()


def test_a_team_sheets_heading_is_no_title(extractor):
    found = labelled(
        extractor,
        "Replacements: A Titterrell (Sale Sharks), P Vickery (Gloucester) were named.",
        "WORK_OF_ART",
    )
    assert found == []


# factx/extract/entity_attacked_buildings.py


def test_a_building_beside_the_towers_under_attack_is_a_building(extractor):
    found = label_by_name(
        extractor,
        "The concert raised money for victims of the suicide attacks on the World Trade Center "
        "and Pentagon.",
    )
    assert found.get("Pentagon") == "FAC"


def test_the_department_that_speaks_stays_a_body(extractor):
    found = label_by_name(
        extractor,
        "The Pentagon said the troops would stay. The attacks on the World Trade Center and "
        "Pentagon changed the army.",
    )
    assert found.get("Pentagon") == "ORG"
