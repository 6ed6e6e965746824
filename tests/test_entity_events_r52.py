"""Round r52-events: a tournament named by its town and "International", the Tour de France and
its like, a clock's zone glued to a name, a count of times glued to a name (sentences of my
own)."""

from entity_reading import label_by_name, mention_labels

# `entity_event_names.town_tournaments`: "the <Town> International" is the tournament.


def test_a_town_international_is_the_tournament(extractor):
    found = label_by_name(
        extractor,
        "The defending champion pulled out of the Sydney International with a back strain.",
    )
    assert found.get("Sydney International") == "EVENT"
    found = label_by_name(
        extractor, "Hewitt, who won the Sydney International last year, plays Moya next."
    )
    assert found.get("Sydney International") == "EVENT"


def test_a_body_named_international_or_an_airport_stays(extractor):
    found = label_by_name(extractor, "Amnesty International said the prisoners were mistreated.")
    assert found.get("Amnesty International") == "ORG"
    found = label_by_name(
        extractor, "The tourists landed at Sydney International on Monday morning."
    )
    assert found.get("Sydney International") != "EVENT"


# entities.json "stage race by its name": the Tour de France is a race.


def test_the_tour_de_france_is_an_event(extractor):
    found = label_by_name(extractor, "The Tour de France will start in Belgium next year.")
    assert found.get("Tour de France") == "EVENT"
    found = label_by_name(extractor, "He finished fourth in the Tour de France in 2003.")
    assert found.get("Tour de France") == "EVENT"


def test_the_country_of_the_tour_stays_a_place(extractor):
    found = label_by_name(extractor, "The Tour de France will start in Belgium next year.")
    assert found.get("Belgium") == "GPE"


# `entity_event_names.clock_zone_opening`: "1500 GMT Barclays" is Barclays.


def test_a_clock_zone_is_cut_off_the_name_after_it(extractor):
    found = mention_labels(
        extractor, "By 1500 GMT Barclays stock had recovered most of its losses."
    )
    assert ("Barclays", "ORG") in found
    assert all("GMT" not in text for text, _ in found)
    found = mention_labels(extractor, "Trading ended at 1630 BST Tesco having gained 3p.")
    assert ("Tesco", "ORG") in found
    assert all("BST" not in text for text, _ in found)


def test_a_name_after_a_clock_zone_in_its_own_clause_stays(extractor):
    found = label_by_name(extractor, "The polls close at 2200 GMT, and Reuters will report.")
    assert "GMT" not in found


# `entity_event_names.without_times_count`: "Wimbledon three times" is Wimbledon.


def test_a_count_of_times_is_cut_off_the_name(extractor):
    found = mention_labels(
        extractor, "Roger Federer has won Wimbledon three times and says he can win it again."
    )
    assert ("Wimbledon", "EVENT") in found
    found = mention_labels(extractor, "Sampras, who won Wimbledon seven times, retired in 2002.")
    assert ("Wimbledon", "EVENT") in found


def test_a_number_of_the_names_own_stays(extractor):
    found = label_by_name(extractor, "The crew of Apollo 13 returned safely in 1970.")
    assert any("13" in name for name in found)


# entities.json "carnival or fringe by its name" and "horse race by its name".


def test_a_carnival_or_a_fringe_by_its_name_is_an_event(extractor):
    found = label_by_name(extractor, "The band will headline the Notting Hill Carnival in August.")
    assert found.get("Notting Hill Carnival") == "EVENT"
    found = label_by_name(extractor, "Crowds flocked to the Rio Carnival on Sunday night.")
    assert found.get("Rio Carnival") == "EVENT"
    found = label_by_name(
        extractor, "The comedian won the Perrier award at the Edinburgh Festival Fringe."
    )
    assert found.get("Edinburgh Festival Fringe") == "EVENT"


def test_the_cruise_firm_carnival_stays_a_firm(extractor):
    found = label_by_name(
        extractor, "Shares in Carnival fell after the cruise operator cut its forecast."
    )
    assert found.get("Carnival") != "EVENT"


def test_the_grand_national_is_a_race(extractor):
    found = label_by_name(extractor, "The Grand National is the world's most famous steeplechase.")
    assert found.get("Grand National") == "EVENT"


# `entity_event_names.tests_apart_from_towns`: "the first Test in Adelaide" holds the town.


def test_a_test_glued_to_its_town_is_cut_to_the_town(extractor):
    found = mention_labels(
        extractor, "Warne took five wickets in the first Test in Adelaide last month."
    )
    assert ("Adelaide", "GPE") in found
    assert all("Test in" not in text for text, _ in found)


def test_a_named_test_keeps_its_name(extractor):
    found = label_by_name(extractor, "The computer passed the Turing Test in Manchester.")
    assert "Turing Test" in found
    assert found.get("Manchester") == "GPE"


# entities.json "stage race by its name": "the Tour of <Place>" of the closed list.


def test_the_tour_of_a_listed_place_is_a_race(extractor):
    found = label_by_name(
        extractor,
        "The skipper, a three-time winner of the Fastnet race, also won the Tour of Australia"
        " in 1988.",
    )
    assert found.get("Tour of Australia") == "EVENT"
