"""Round r51c-misc: a cricket Test by its town the model calls LAW, and a route race after any
determiner, from the shapes of the Lee hand check's sheets T and W (sentences of my own)."""

from entity_reading import label_by_name, mention_labels

# entities.json "cricket Test by its town, the model's LAW": "the <Town> Test" is the match.


def test_a_test_by_its_town_is_the_match_where_the_model_says_law(extractor):
    found = label_by_name(
        extractor, "Selectors will name the strongest eleven for the Sydney Test next week."
    )
    assert found.get("Sydney Test") == "EVENT"


def test_a_test_at_a_widened_town_is_the_match(extractor):
    found = label_by_name(extractor, "Our bowlers won the Sharjah Test by an innings.")
    assert found.get("Sharjah Test") == "EVENT"
    found = label_by_name(extractor, "Rain ruined the Newlands Test on its final day.")
    assert found.get("Newlands Test") == "EVENT"


def test_a_test_with_no_cricket_town_keeps_its_reading(extractor):
    found = label_by_name(extractor, "The machine passed the Turing Test in a trial last year.")
    assert found.get("Turing Test") != "EVENT"
    found = label_by_name(extractor, "The Test Act barred dissenters from the universities.")
    assert all(label != "EVENT" for label in found.values())


# `entity_route_races.route_races`: "this year's <A> to <B> yacht race" is the race.


def test_a_route_race_after_a_years_possessive_is_one_event(extractor):
    found = mention_labels(
        extractor, "Forty boats lined up for this year's Sydney to Hobart yacht race in December."
    )
    assert ("Sydney to Hobart", "EVENT") in found
    assert all(text != "Hobart" for text, _ in found)
    found = label_by_name(extractor, "She sailed in last year's Sydney to Hobart race and won.")
    assert found.get("Sydney to Hobart") == "EVENT"


def test_a_route_with_no_race_word_after_a_possessive_is_left(extractor):
    found = mention_labels(
        extractor, "The airline dropped its lunchtime Launceston to Melbourne service in May."
    )
    assert all(label != "EVENT" for _, label in found)
    found = mention_labels(
        extractor, "Qantas's Sydney to Hobart flights were full over the long weekend."
    )
    assert all(label != "EVENT" for _, label in found)


# `entity_year_kinds.without_year_kinds`: "Calendar|Financial year <number>" is a date.


def test_a_years_kind_before_its_number_is_no_name(extractor):
    found = mention_labels(
        extractor, "Revenue rose 4 per cent in Financial year 2002, the chairman said."
    )
    assert all("Financial" not in text for text, _ in found)
    found = mention_labels(extractor, "The company expects strong growth in Financial Year 2005.")
    assert all("Financial" not in text for text, _ in found)


def test_a_years_kind_with_no_number_is_left(extractor):
    found = label_by_name(extractor, "The Financial Times reported the merger on Monday.")
    assert found.get("Financial Times") == "ORG"


# entities.json "place after the adjective's area of": "the mountainous area of <Name>".


def test_a_name_after_an_adjectives_area_of_is_a_place(extractor):
    found = label_by_name(
        extractor, "Troops were trapped in the remote area of Spin Ghar on Friday."
    )
    assert found.get("Spin Ghar") == "LOC"
    found = label_by_name(extractor, "The rebels hid in the mountainous region of Tora Bora.")
    assert found.get("Tora Bora") == "LOC"


def test_a_person_after_area_of_with_a_possessive_is_left(extractor):
    found = label_by_name(
        extractor, "Police searched the area of John Smith's farm, where John Smith said he slept."
    )
    assert found.get("John Smith") == "PERSON"


# `entity_travel_places.travel_places`: "a trip to the <Plural Name>" is a place.


def test_a_plural_name_after_a_trip_is_a_place(extractor):
    found = label_by_name(extractor, "The band's trip to the Hamptons was cancelled at once.")
    assert found.get("Hamptons") == "LOC"
    found = label_by_name(
        extractor, "They went on holiday to the Hamptons and the Catskills last year."
    )
    assert found.get("Catskills") == "LOC"


def test_a_side_or_an_occasion_after_a_trip_is_left(extractor):
    found = label_by_name(extractor, "The pitcher hopes to go to the Yankees next season.")
    assert found.get("Yankees") != "LOC"
    found = label_by_name(extractor, "The actress will fly to the Oscars with her husband.")
    assert found.get("Oscars") != "LOC"
