"""Round r49b-us: the chambers, caucuses, conventions and titles of US political news."""

from entity_reading import entities, label_by_name, texts_of


def test_a_chamber_before_a_partys_plural_is_two_names(extractor):
    # The model tags "Senate" ORG and "Democrats" NORP; factx glued them into one NORP.
    found = label_by_name(extractor, "Senate Democrats said they would wait for the vote.")
    assert found.get("Senate") == "ORG"
    assert found.get("Democrats") == "NORP"
    assert "Senate Democrats" not in found


def test_a_chamber_before_a_partys_adjective_is_two_names(extractor):
    found = label_by_name(extractor, "A former House Republican leader, Tom Hill, resigned.")
    assert found.get("House") == "ORG"
    assert found.get("Republican") == "NORP"
    assert "House Republican" not in found


def test_both_chambers_before_a_partys_plural_keep_the_senate(extractor):
    found = label_by_name(extractor, "Many House and Senate Republicans will lose, Ann Ross said.")
    assert found.get("Senate") == "ORG"
    assert "Senate Republicans" not in found


def test_two_words_of_one_party_are_still_rejoined(extractor):
    # The rejoin the chamber rule narrows: "Liberal" + "Democrat" stay one party.
    found = label_by_name(extractor, "Liberal Democrat councillors voted against the plan.")
    assert "Liberal" not in found


def test_a_chambers_party_caucus_is_a_body_not_a_meeting(extractor):
    found = label_by_name(extractor, "The Senate Republican Conference met on Tuesday.")
    assert found.get("Senate Republican Conference") == "ORG"
    found = label_by_name(extractor, "The House Democratic Caucus backed the bill.")
    assert found.get("House Democratic Caucus") == "ORG"


def test_a_partys_own_conference_is_still_an_event(extractor):
    found = label_by_name(extractor, "The Labour Party Conference opened in Brighton.")
    assert found.get("Labour Party Conference") == "EVENT"


def test_a_partys_national_convention_is_an_event(extractor):
    found = label_by_name(
        extractor, "Pat Lane was a featured speaker at the Republican National Convention."
    )
    assert found.get("Republican National Convention") == "EVENT"
    found = label_by_name(extractor, "Jill Hart spoke at the Democratic National Convention.")
    assert found.get("Democratic National Convention") == "EVENT"


def test_a_partys_national_committee_stays_a_body(extractor):
    found = label_by_name(extractor, "The Democratic National Committee raised money.")
    assert found.get("Democratic National Committee") == "ORG"


def test_state_before_a_legislators_title_is_no_name(extractor):
    found = label_by_name(extractor, "State Senator Paul Jones of Ohio disagreed.")
    assert "State" not in found
    assert found.get("Paul Jones") == "PERSON"
    found = label_by_name(extractor, "Yesterday State Sen. Mary Brown said the budget was short.")
    assert "State" not in found
    found = label_by_name(extractor, "The bill was backed by State Representative Tom Hill.")
    assert "State" not in found


def test_a_state_chamber_and_the_department_keep_their_names(extractor):
    found = label_by_name(extractor, "Paul Jones of Ohio spoke. The State Senate voted.")
    assert found.get("State Senate") == "ORG"
    found = label_by_name(extractor, "He met State Department spokesman Glyn Davies.")
    assert found.get("State Department") == "ORG"


def test_the_departments_short_name_does_not_bring_the_title_back(extractor):
    # "State" alone is the department's short name twice; the title's "State" is found again
    # by its string and dropped again.
    found = entities(
        extractor,
        "State has been reviewing the emails. State Senator Paul Jones disagreed with State.",
    )
    assert [len(texts) for texts in texts_of(found, "State")] == [2]
