"""Round r51-towns: a town the model calls a person or a body follows its own place reading,
the ends of a closed road or a route beside a place are places, and a town before "<compass>
of <Name>" after "at|in" is a place (sentences of my own)."""

from entity_reading import entities, labels, texts_of

# `entity_town_agree.follows_its_place`: one town, one entity, one label.


def test_a_town_by_its_position_takes_its_other_mentions(extractor):
    found = entities(
        extractor,
        "Winds are pushing the fire toward Glenorie and the valley. At Glenorie, firefighters "
        "are trying to save homes.",
    )
    assert labels(found, "Glenorie") == {"GPE"}
    assert texts_of(found, "Glenorie") == [["Glenorie", "Glenorie"]]
    found = entities(
        extractor, "Wisemans Ferry is under threat. At Wisemans Ferry, crews worked all night."
    )
    assert texts_of(found, "Wisemans Ferry") == [["Wisemans Ferry", "Wisemans Ferry"]]
    found = entities(
        extractor,
        "The patient was flown to a hospital in Adelaide on Friday. Doctors said staff in "
        "Adelaide had been told of her condition.",
    )
    assert labels(found, "Adelaide") == {"GPE"}
    assert texts_of(found, "Adelaide") == [["Adelaide", "Adelaide"]]


def test_a_person_a_side_or_a_firm_keeps_its_own_entity(extractor):
    found = entities(
        extractor,
        "Tom Sydney said he was tired. At Sydney, firefighters waited for rain. Tom Sydney left "
        "at noon.",
    )
    assert labels(found, "Tom Sydney") == {"PERSON"}
    found = entities(
        extractor,
        "Sydney beat Melbourne 3-1 in the league match on Saturday. At Sydney, the crowd was "
        "40,000. Sydney scored twice in the second half.",
    )
    assert labels(found, "Sydney") == {"ORG", "GPE"}  # the side apart from the town
    found = entities(
        extractor,
        "Shares in Kenthurst rose 5% after the firm's results. In Kenthurst, the mood was grim.",
    )
    assert labels(found, "Kenthurst") == {"ORG", "GPE"}  # the firm by its cue apart
    found = entities(extractor, "At Telstra, profit jumped. Telstra earned $2 billion in the year.")
    assert "ORG" in labels(found, "Telstra")  # a firm's "At <Name>," is no town where it acts
    found = entities(extractor, "At EDS, profit jumped 16%. EDS earned $315 million.")
    assert "ORG" in labels(found, "EDS")
    found = entities(
        extractor, "Mr Kenthurst said he would stay. At Kenthurst, firefighters waited."
    )
    assert "PERSON" in labels(found, "Kenthurst")


# `entity_route_ends.route_ends`: the two ends of a closed road or a route.


def test_the_ends_of_a_closed_road_or_a_stretch_beside_a_place_are_places(extractor):
    found = entities(
        extractor,
        "Picton Road is closed between Wilton and Bulli, police said. Motorists should avoid the "
        "Illawarra Highway between the Hume Highway and Robertson.",
    )
    assert labels(found, "Wilton") == {"GPE"}
    assert labels(found, "Robertson") == {"GPE"}
    found = entities(
        extractor,
        "Traffic is banned between Penrith and Glenbrook. The highway is closed between "
        "Penrith and Bathurst Road.",
    )
    assert labels(found, "Penrith") == {"GPE"}
    found = entities(
        extractor, "The Great Western Highway is closed between Lapstone and Blaxland."
    )
    assert labels(found, "Lapstone") == {"GPE"}


def test_people_and_sides_at_the_ends_of_between_are_left_alone(extractor):
    found = entities(
        extractor,
        "Opposition leader Kim Beazley spoke on Monday. Talks between Beazley and Canberra "
        "officials broke down.",
    )
    assert labels(found, "Kim Beazley") == {"PERSON"}
    assert "GPE" not in labels(found, "Beazley")
    found = entities(extractor, "The power moved from Mr Costello to Mr Howard in March.")
    assert labels(found, "Howard") == {"PERSON"}
    found = entities(
        extractor, "He moved from Microsoft to Seattle in 1999. Shares in Microsoft fell."
    )
    assert labels(found, "Microsoft") == {"ORG"}
    found = entities(
        extractor,
        "Leeds beat Wigan 24-10 in the league match. The final between Sydney and Leeds is "
        "next week.",
    )
    assert labels(found, "Leeds") == {"ORG"}
    found = entities(
        extractor,
        "Officials are looking into the trouble at the cup tie between Millwall and Liverpool.",
    )
    assert "GPE" not in labels(found, "Millwall")


# cue row `town before its compass from another after at or in`.


def test_a_town_before_a_compass_from_a_city_after_at_is_a_place(extractor):
    found = entities(extractor, "At Boonah south-west of Brisbane, protesters gathered on Sunday.")
    assert labels(found, "Boonah") == {"GPE"}


def test_a_person_before_a_compass_is_left_alone(extractor):
    found = entities(
        extractor, "The dog stayed near Tom Hardy west of Perth. Tom Hardy said he was tired."
    )
    assert labels(found, "Tom Hardy") == {"PERSON"}


# cue rows `town before a resident's noun after a`, `town after for or towards nearby`, `town
# after a compass word's to`, `town after evacuated from`.


def test_towns_by_their_residents_evacuations_and_compass_words_are_places(extractor):
    found = entities(
        extractor,
        "The family of a Bendigo woman killed in the canyon disaster welcomed the verdict.",
    )
    assert labels(found, "Bendigo") == {"GPE"}
    found = entities(
        extractor, "An estimated 500 residents have left their homes for nearby Mittagong."
    )
    assert labels(found, "Mittagong") == {"GPE"}
    found = entities(
        extractor,
        "Crews restored power in and around Brisbane, west to Toowoomba and north to the "
        "Sunshine Coast.",
    )
    assert labels(found, "Toowoomba") == {"GPE"}
    found = entities(
        extractor,
        "Kenthurst residents were told to leave. Residents of Glenorie were evacuated. Homes "
        "were evacuated from Dural on Sunday.",
    )
    assert labels(found, "Dural") == {"GPE"}
    found = entities(extractor, "Police told Yerrinbool householders to stay indoors.")
    assert labels(found, "Yerrinbool") == {"GPE"}
    found = entities(extractor, "Firefighters said residents of Bulabarra should leave now.")
    assert labels(found, "Bulabarra") == {"GPE"}
    found = entities(extractor, "Police urged residents in Warrimoo to prepare.")
    assert labels(found, "Warrimoo") == {"GPE"}


def test_a_party_a_loyalist_and_a_firm_by_its_cue_are_left_alone(extractor):
    found = entities(extractor, "A Labour woman MP said she would vote. He met a Clinton man.")
    assert labels(found, "Labour") == {"ORG"}
    assert labels(found, "Clinton") == {"PERSON"}
    found = entities(extractor, "Shares in Dural rose. Homes were evacuated from Dural on Sunday.")
    assert labels(found, "Dural") == {"ORG"}
    found = entities(
        extractor,
        "A Victorian couple is seeking approval for the treatment. The coroner found that an "
        "Aboriginal boy died in custody.",
    )
    assert "GPE" not in labels(found, "Victorian")
    assert "GPE" not in labels(found, "Aboriginal")
