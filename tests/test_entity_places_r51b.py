"""Round r51b-places: places by their own words in Australian news, cue rows in
`factx/data/entities.json` (sentences of my own): a city's possessive before its weather or
streets, an electorate after "Member for", a region after a state's possessive, "Greater
<City>", towns by a fire's words, a river before a lower-case "river", a holy city before a
spokesman's words, two streets before "streets", and a "<Name> Place" where people go."""

from entity_reading import label_by_name

# `city before its weather or streets`, `Australian city before its weather or streets`


def test_a_citys_possessive_before_its_weather_or_streets_is_the_city(extractor):
    found = label_by_name(
        extractor,
        "Hobart's weather will decide whether the race starts on time, and Hobart's cold skies "
        "worry the crews.",
    )
    assert found.get("Hobart") == "GPE"
    found = label_by_name(
        extractor, "The burglaries were reported in Adelaide's northern suburbs last week."
    )
    assert found.get("Adelaide") == "GPE"
    found = label_by_name(
        extractor, "Darwin's humidity is one of the hardest things for visiting players."
    )
    assert found.get("Darwin") == "GPE"


def test_a_citys_side_in_a_score_line_is_left_alone(extractor):
    found = label_by_name(
        extractor, "Melbourne's coach praised the side after Melbourne beat Essendon by ten points."
    )
    assert found.get("Melbourne") == "ORG"


# `seat after the capitalised Member for or the electorate of`


def test_the_seat_after_member_for_is_a_place(extractor):
    found = label_by_name(
        extractor, "The Member for Kalgoorlie says the mine closure will hurt local families."
    )
    assert found.get("Kalgoorlie") == "GPE"


def test_a_member_of_a_body_and_a_minister_for_a_portfolio_are_left_alone(extractor):
    found = label_by_name(
        extractor,
        "She is a member of Amnesty International and the Minister for Defence, Robert Hill, "
        "agreed.",
    )
    assert found.get("Amnesty International") == "ORG"
    assert found.get("Robert Hill") == "PERSON"


# `region after a state's possessive`


def test_one_word_after_a_states_possessive_is_a_region(extractor):
    found = label_by_name(
        extractor, "The growers have vineyards in Queensland's Burnett, near the dam."
    )
    assert found.get("Burnett") == "LOC"


def test_a_states_body_and_person_are_left_alone(extractor):
    found = label_by_name(
        extractor,
        "Victoria's Parliament sat late, and in Victoria's Steve Bracks the state has a cautious "
        "Premier.",
    )
    assert found.get("Parliament") == "ORG"
    assert found.get("Steve Bracks") == "PERSON"


# `metropolitan area by Greater and its city`


def test_greater_and_a_known_city_is_the_city_area(extractor):
    found = label_by_name(
        extractor,
        "The Rural Fire Service says Greater Sydney is surrounded by fires on three sides.",
    )
    assert found.get("Greater Sydney") == "GPE"
    found = label_by_name(extractor, "Greater Melbourne is bracing for storms.")
    assert found.get("Greater Melbourne") == "GPE"


def test_greater_in_a_firms_name_is_left_alone(extractor):
    found = label_by_name(
        extractor, "Greater Union cinemas are full. Greater Anglia trains were late."
    )
    assert found.get("Greater Union") == "ORG"
    assert found.get("Greater Anglia") == "ORG"


# `town above or off a fire`, `town at a fire`, `town before its compass to the city`


def test_a_town_by_a_fires_words_is_a_place(extractor):
    found = label_by_name(extractor, "Crews fear new fires above Dorrigo overnight.")
    assert found.get("Dorrigo") == "GPE"
    found = label_by_name(extractor, "Late on Friday a spot fire at Kulnura was put out.")
    assert found.get("Kulnura") == "GPE"
    found = label_by_name(
        extractor,
        "Crews are worried about the blaze at Mangrove, north of the city, which is not contained.",
    )
    assert found.get("Mangrove") == "GPE"


def test_a_shop_a_street_and_a_person_by_a_fire_are_left_alone(extractor):
    found = label_by_name(
        extractor,
        "A fire at Harrods closed the store. Fire crews fought a blaze at Spencer Street station.",
    )
    assert found.get("Harrods") == "ORG"
    assert found.get("Spencer Street") == "FAC"
    found = label_by_name(
        extractor, "Police spoke to John Spencer, north of the city, about the crash."
    )
    assert found.get("John Spencer") == "PERSON"


# `water tagged a people before its kind`


def test_a_river_before_a_lower_case_river_is_water(extractor):
    found = label_by_name(
        extractor,
        "Mourners poured milk into the Yamuna river at sunrise. The Yamuna was crowded with boats.",
    )
    assert found.get("Yamuna") == "LOC"


def test_a_peoples_word_before_river_is_left_alone(extractor):
    found = label_by_name(extractor, "Tourists took a Thai river cruise.")
    assert found.get("Thai") == "NORP"


# `place before a spokesman for another body`


def test_a_holy_city_before_a_spokesmans_words_is_no_person(extractor):
    found = label_by_name(
        extractor,
        "The mourners reached the sacred city of Mathura by train. Upstream from Mathura, a "
        "spokeswoman for the temple trust said the rites would last a week.",
    )
    assert found.get("Mathura") == "GPE"


def test_a_person_before_a_spokesmans_words_is_left_alone(extractor):
    found = label_by_name(
        extractor,
        "Anna Crofton, a spokeswoman for the trust, said the rites would last a week.",
    )
    assert found.get("Anna Crofton") == "PERSON"


# `street before another and their plural kind`, `street after another before their plural
# kind`, `square or place where people go`


def test_two_streets_before_streets_and_a_place_where_people_go(extractor):
    found = label_by_name(
        extractor,
        "Trams were stopped at the corner of Swanston and Flinders streets during the protest.",
    )
    assert found.get("Swanston") == "FAC"
    assert found.get("Flinders") == "FAC"
    found = label_by_name(
        extractor, "Nurses gathered outside Federation Place, where the tribunal is sitting."
    )
    assert found.get("Federation Place") == "FAC"


def test_a_person_by_his_name_and_a_firm_called_place_are_left_alone(extractor):
    found = label_by_name(
        extractor, "The intersection is busy, said Russell, who has lived there for years."
    )
    assert found.get("Russell") == "PERSON"
    found = label_by_name(
        extractor, "Shares in Collins Place fell after Collins Place announced a loss."
    )
    assert found.get("Collins Place") == "ORG"


# `entity_saint_buildings.saint_buildings`


def test_a_saint_and_his_epithet_before_a_church_word_are_one_building(extractor):
    found = label_by_name(
        extractor, "A blaze gutted the roof of St Thomas the Apostle church in Chennai overnight."
    )
    assert found.get("St Thomas the Apostle") == "FAC"
    assert "Apostle" not in found
    found = label_by_name(
        extractor, "Smoke damaged part of St Mary the Virgin church in Oxford on Monday."
    )
    assert found.get("St Mary the Virgin") == "FAC"


def test_the_saint_himself_is_left_alone(extractor):
    found = label_by_name(extractor, "St John the Baptist preached in the desert, the priest said.")
    assert found.get("St John") == "PERSON"


def test_a_singer_before_the_streets_band_is_left_alone(extractor):
    found = label_by_name(
        extractor, "Fans cheered for Lemar and The Streets at the awards in London."
    )
    assert found.get("Lemar") == "PERSON"


# `land by its kind after a state's possessive`, `town at a road's far end`


def test_a_coast_after_a_states_possessive_is_land_though_it_opens_like_a_name(extractor):
    found = label_by_name(
        extractor, "Holiday units are scarce on Queensland's Sunshine Coast this summer."
    )
    assert found.get("Sunshine Coast") == "LOC"


def test_a_roads_far_end_is_a_town(extractor):
    found = label_by_name(
        extractor,
        "The road from Kabul to Jalalabad is open, and the highway from Glen Innes to "
        "Tenterfield reopened.",
    )
    assert found.get("Tenterfield") == "GPE"


def test_firms_at_the_ends_of_a_switch_are_left_alone(extractor):
    found = label_by_name(extractor, "Customers switched from Qantas to Virgin Blue last year.")
    assert found.get("Qantas") == "ORG"
