"""Round r50-things: vehicles, aircraft, markings, songs, a channel's hit, national sides'
nicknames and untagged cups (sentences of my own, from the shapes of the Lee sheets' sections)."""

from entity_reading import entities, label_by_name, mention_labels, texts_of

# `vehicles_by_their_kind` (factx/extract/entity_vehicles.py): a craft after its kind word.


def test_a_shuttle_after_its_kind_is_a_product_apart_from_its_country(extractor):
    found = entities(
        extractor,
        "The Russian Space Shuttle Buran landed at the Baikonur base on Sunday. The cosmonauts "
        "had spent a week aboard Buran, and Buran will fly again in the spring.",
    )
    assert ("PRODUCT", "Buran", ["Buran", "Buran", "Buran"]) in found
    assert ("NORP", "Russian", ["The Russian"]) in found or (
        "NORP",
        "Russian",
        ["Russian"],
    ) in found
    assert not any(name.startswith("Russian Space") for _, name, _ in found)


def test_the_shuttles_article_and_an_agencys_initials_are_no_part_of_it(extractor):
    found = label_by_name(
        extractor, "She will command the Space Shuttle Orion Star on a mission in December."
    )
    assert found.get("Orion Star") == "PRODUCT"
    found = label_by_name(extractor, "The NASA Space Shuttle Orion Star docked on Monday.")
    assert found.get("Orion Star") == "PRODUCT"
    assert found.get("NASA") == "ORG"


def test_a_ship_after_its_kind_is_a_product_with_its_later_mentions(extractor):
    found = entities(
        extractor,
        "The Danish freighter Nordic Tern rescued 300 people off Java. Nordic Tern then sailed "
        "for Darwin with the survivors.",
    )
    assert ("PRODUCT", "Nordic Tern", ["Nordic Tern", "Nordic Tern"]) in found


def test_ship_as_a_verb_is_left_alone(extractor):
    found = label_by_name(extractor, "The company will ship Nokia phones to Europe next month.")
    assert found.get("Nokia") == "ORG"


def test_a_ships_name_is_cut_from_its_captains_title(extractor):
    found = mention_labels(
        extractor,
        "The crew cheered as the vessel docked, and Sea Rover Captain Lars Henning waved from "
        "the bridge.",
    )
    assert ("Sea Rover", "PRODUCT") in found
    assert not any(text.endswith("Captain") for text, _ in found)


def test_a_numbered_satellite_after_called_is_no_sequel(extractor):
    found = label_by_name(
        extractor, "The crew released a tiny satellite called Polaris 3 from the cargo bay."
    )
    assert found.get("Polaris 3") == "PRODUCT"


def test_a_warship_after_its_prefix_is_a_product(extractor):
    found = label_by_name(
        extractor, "The frigate HMS Grafton Lewis sailed from Plymouth on Thursday morning."
    )
    assert found.get("Grafton Lewis") == "PRODUCT" or found.get("HMS Grafton Lewis") == "PRODUCT"


def test_a_probe_as_an_inquiry_and_a_longer_name_are_left_alone(extractor):
    found = label_by_name(
        extractor, "The probe Scotland Yard began last year found no evidence of fraud."
    )
    assert found.get("Scotland Yard") == "ORG"
    found = label_by_name(extractor, "Endeavour Energy said its profits rose by 4% last year.")
    assert found.get("Endeavour Energy") != "PRODUCT"


# `aircraft_apart_from_owner`: a force's or a country's name glued before an aircraft's code.


def test_a_force_and_a_country_before_an_aircraft_code_are_their_own(extractor):
    found = mention_labels(
        extractor, "Villagers said the shell was fired by an Army B-29 bomber at dawn."
    )
    assert ("B-29", "PRODUCT") in found
    assert ("Army", "ORG") in found
    found = mention_labels(
        extractor, "Two pilots of a UK F-35 fighter ejected safely over the North Sea."
    )
    assert ("F-35", "PRODUCT") in found
    assert not any(text.endswith("F-35") and " " in text for text, _ in found)


def test_a_makers_model_and_air_force_one_are_left_alone(extractor):
    found = label_by_name(extractor, "The president flew home aboard Air Force One on Friday.")
    assert "Air Force One" in found
    found = label_by_name(extractor, "The airline ordered ten Boeing 747 jets last month.")
    assert "Boeing" not in found or found.get("Boeing") != "GPE"


# `without_marked_quotes`: a quotation after "marked|stamped|labelled" is a marking.


def test_a_quoted_marking_is_no_work(extractor):
    found = mention_labels(
        extractor, 'Inspectors found boxes that were stamped "Fragile Glassware" in the hold.'
    )
    assert not any(label == "WORK_OF_ART" for _, label in found)


def test_a_quoted_title_after_entitled_stays_a_work(extractor):
    found = mention_labels(
        extractor, 'He wrote a report entitled "The Long Road Home" for the ministry last year.'
    )
    assert any(label == "WORK_OF_ART" for _, label in found)


# `titles_before_their_by` and `songs_listed_whole` (factx/extract/entity_song_runs.py).


def test_a_tune_runs_to_its_by(extractor):
    found = label_by_name(
        extractor,
        "Shoppers heard the tune Driving Home for Christmas, by the singer Chris Rea, in every "
        "store.",
    )
    assert found.get("Driving Home for Christmas") == "WORK_OF_ART"
    assert "Driving Home" not in found


def test_a_song_with_a_lower_case_word_after_it_ends_there(extractor):
    found = label_by_name(
        extractor, "She sang the song Yellow for charity, by all accounts a success."
    )
    assert "Yellow for charity" not in found


def test_a_list_of_songs_is_titles_whole(extractor):
    found = label_by_name(
        extractor,
        "The guitarist wrote many of the group's best songs, such as Wonderwall, Stop crying "
        "your Heart Out and Songbird.",
    )
    assert found.get("Stop crying your Heart Out") == "WORK_OF_ART"
    assert found.get("Songbird") == "WORK_OF_ART"
    assert "Heart Out" not in found


def test_figures_outside_music_are_no_songs(extractor):
    found = label_by_name(
        extractor,
        "Shares rose on strong sales numbers including Microsoft, Apple and Oracle.",
    )
    assert found.get("Microsoft") != "WORK_OF_ART"


def test_a_list_of_bands_is_left_to_the_bands(extractor):
    found = label_by_name(
        extractor, "The festival booked bands such as Oasis, Blur and Pulp this summer."
    )
    assert found.get("Oasis") != "WORK_OF_ART"


# `hits_of_a_broadcaster` (factx/extract/entity_channel_hits.py).


def test_a_channels_hit_is_a_work(extractor):
    found = label_by_name(
        extractor, "The actor was best remembered for the BBC hit Keeping Up Appearances."
    )
    assert found.get("Keeping Up Appearances") == "WORK_OF_ART"


def test_a_channel_hitting_back_and_a_host_are_left_alone(extractor):
    found = label_by_name(extractor, "The BBC hit back at its critics in a statement on Monday.")
    assert not any(label == "WORK_OF_ART" for label in found.values())
    found = label_by_name(extractor, "Viewers loved the BBC hit Jonathan Ross had on Friday.")
    assert found.get("Jonathan Ross") == "PERSON"


# `national side by its nickname` (factx/data/entities.json): national sides' nicknames.


def test_a_national_sides_nickname_is_the_side(extractor):
    found = label_by_name(
        extractor, "The Proteas will bat first when play resumes at Newlands on Friday."
    )
    assert found.get("Proteas") == "ORG"
    found = label_by_name(extractor, "The Matildas drew 1-1 with Japan in Sydney.")
    assert found.get("Matildas") == "ORG"


def test_new_zealanders_are_left_alone(extractor):
    found = label_by_name(extractor, "Many Kiwis travel to London for work every year.")
    assert found.get("Kiwis") != "ORG"


# `untagged_cups` (factx/extract/entity_cup_events.py).


def test_an_untagged_cup_is_an_event(extractor):
    found = entities(
        extractor,
        "Their first event of the year comes in January - the Hopman Cup in Perth.",
    )
    assert texts_of(found, "Hopman Cup")
    assert ("EVENT", "Hopman Cup", texts_of(found, "Hopman Cup")[0]) in found


def test_a_bare_cup_is_left_alone(extractor):
    found = label_by_name(extractor, "The fans said the cup final was the best in years.")
    assert "Cup" not in found
