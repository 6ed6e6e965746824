"""Round r53-spans: a bank's name cut before "of <Country>" joined, a post's word before "of the
<Body>" no word of the body, a people's word before a firm's tail word a firm, a world city the
model calls a people the city, "County <Name>" a county (sentences of my own, from the shapes of
BBC sheets 53A-53D: "Royal Bank" + "Scotland", `Speaker of the House of Lords` ORG, `Yankee
Group` NORP, `Cannes` ORG, `County Durham` FAC)."""

from entity_reading import label_by_name

# `bodies_before_country`'s "Bank" (factx/data/entities.json, entity_joins.py).


def test_a_bank_cut_before_of_and_its_country_is_one_bank(extractor):
    found = label_by_name(
        extractor, "Speakers include Royal Bank of Scotland chief executive Peter Hale and others."
    )
    assert found.get("Royal Bank of Scotland") == "ORG"
    assert "Scotland" not in found


def test_a_former_bank_boss_keeps_the_whole_bank(extractor):
    found = label_by_name(
        extractor, "Former Royal Bank of Scotland boss Alan Reid joined the board."
    )
    assert found.get("Royal Bank of Scotland") == "ORG"
    assert found.get("Alan Reid") == "PERSON"


def test_a_peer_of_a_place_is_left_alone(extractor):
    found = label_by_name(extractor, "Lord Sainsbury of Turville spoke in the debate.")
    assert found.get("Sainsbury of Turville") == "PERSON"


# `runs.widened`'s post words (`entity_cut_bodies.TITLE_HEADS`).


def test_a_speaker_before_the_house_is_no_word_of_the_house(extractor):
    found = label_by_name(
        extractor, "Peers will vote on whether to elect a Speaker of the House of Lords next year."
    )
    assert found.get("House of Lords") == "ORG"
    assert "Speaker of the House of Lords" not in found


def test_a_member_before_the_house_is_no_word_of_the_house(extractor):
    found = label_by_name(extractor, "A Member of the House of Commons asked for a debate.")
    assert found.get("House of Commons") == "ORG"
    assert "Member of the House of Commons" not in found


def test_a_body_that_opens_with_no_post_is_still_widened(extractor):
    found = label_by_name(
        extractor, "The report was sent to the Office of the Deputy Prime Minister yesterday."
    )
    assert found.get("Office of the Deputy Prime Minister") == "ORG"


# `national_firm` (factx/extract/entity_national_firms.py).


def test_a_peoples_word_before_a_firms_tail_word_is_a_firm(extractor):
    found = label_by_name(extractor, "The Yankee Group, a research firm, said sales would double.")
    assert found.get("Yankee Group") == "ORG"


def test_a_nationality_before_group_is_a_firm(extractor):
    found = label_by_name(extractor, "Shares in The Swiss Group fell 3% on Monday.")
    assert found.get("Swiss Group") == "ORG"


def test_the_bare_people_stays_a_people(extractor):
    found = label_by_name(extractor, "The Swiss voted against the plan.")
    assert found.get("Swiss") == "NORP"


# `a_city_by_name` (factx/extract/entity_city_peoples.py), in `Cluster.label`.


def test_a_world_city_the_model_calls_a_people_is_the_city(extractor):
    found = label_by_name(extractor, "The actors flew home after the Cannes premiere on Sunday.")
    assert found.get("Cannes") == "GPE"


def test_a_district_the_model_calls_a_people_is_a_place(extractor):
    found = label_by_name(extractor, "Shoppers flocked to Shibuya and Shinjuku at the weekend.")
    assert found.get("Shibuya") == "GPE"


def test_a_people_that_is_also_a_town_stays_a_people(extractor):
    found = label_by_name(extractor, "The Brits are coming.")
    assert found.get("Brits") == "NORP"


def test_a_name_on_no_place_list_stays_a_body(extractor):
    found = label_by_name(extractor, "Shares in Euronext rose.")
    assert found.get("Euronext") == "ORG"


# `plural_bands`' world-city guard (factx/extract/entity_bands.py).


def test_a_city_that_ends_like_a_plural_is_no_band_in_a_music_story(extractor):
    found = label_by_name(
        extractor,
        "The band's new album went gold. Collecting the award at the Cannes ceremony, the "
        "singer said her next single was ready.",
    )
    assert found.get("Cannes") == "GPE"


def test_a_plural_band_in_a_music_story_is_still_a_band(extractor):
    found = label_by_name(
        extractor, "The album went gold and the single topped the chart. Fans of the Byrds cheered."
    )
    assert found.get("Byrds") == "ORG"


# `county by its word before its name` (factx/data/entities.json).


def test_county_before_an_irish_county_is_the_county(extractor):
    found = label_by_name(
        extractor, "She grew up on a farm in County Kerry before moving to London."
    )
    assert found.get("County Kerry") == "GPE"


def test_county_before_durham_is_the_county(extractor):
    found = label_by_name(extractor, "Flooding hit hundreds of homes in County Durham overnight.")
    assert found.get("County Durham") == "GPE"


def test_a_club_and_a_ground_named_with_county_are_left_alone(extractor):
    found = label_by_name(extractor, "Notts County lost at the County Ground on Saturday.")
    assert found.get("Notts County") == "ORG"
    assert found.get("County Ground") == "FAC"
