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


def test_a_name_does_not_cross_a_colon_into_the_next_clause(extractor):
    found = label_by_name(
        extractor, "Women hold roughly 19 percent of Congress: There are 20 in the Senate."
    )
    assert found.get("Congress") == "ORG"
    assert "Congress: There" not in found
    found = label_by_name(extractor, "They hold 19 percent of Parliament: We have far to go.")
    assert "Parliament: We" not in found


def test_a_colon_title_keeps_its_subtitle(extractor):
    found = label_by_name(
        extractor, "The spin-offs, CSI: Miami and Alien: Resurrection, sold well."
    )
    assert found.get("CSI: Miami") == "WORK_OF_ART"
    assert found.get("Alien: Resurrection") == "WORK_OF_ART"


def test_a_trade_partnership_in_a_sentence_of_a_treaty_is_a_law(extractor):
    found = label_by_name(
        extractor,
        "It was a bad sign for another treaty, the Atlantic Economic Partnership between the "
        "United States and the EU.",
    )
    assert found.get("Atlantic Economic Partnership") == "LAW"


def test_a_partnership_congress_will_not_ratify_is_a_law(extractor):
    found = label_by_name(
        extractor,
        "The Pacific Alliance Partnership between Chile and eight other countries is "
        "foundering because Congress will not ratify it.",
    )
    assert found.get("Pacific Alliance Partnership") == "LAW"


def test_initials_listed_after_trade_deals_are_laws(extractor):
    found = label_by_name(extractor, "Protesters attacked the trade deals - TTIP, TPP, CETA.")
    assert found.get("TPP") == "LAW"
    assert found.get("CETA") == "LAW"


def test_a_body_named_partnerships_stays_a_body(extractor):
    found = label_by_name(extractor, "English Partnerships signed a deal with the council.")
    assert found.get("English Partnerships") == "ORG"


def test_super_pac_is_a_kind_of_committee_no_name(extractor):
    found = label_by_name(
        extractor,
        "Republicans bet on last-minute super PAC cash. The Senate Leadership Fund, the super "
        "PAC designed to support incumbents, spent heavily. Aides said the PAC will level the "
        "playing field.",
    )
    assert "PAC" not in found
    assert found.get("Senate Leadership Fund") == "ORG"


def test_a_pac_with_no_super_pac_in_the_article_is_left_alone(extractor):
    # The Commons' Public Accounts Committee is "the PAC" in British news.
    found = label_by_name(
        extractor, "The PAC criticised the Ministry of Defence over the cost, said Edward Leigh."
    )
    assert found.get("PAC") == "ORG"


def test_a_partnership_with_no_deals_word_in_its_sentence_is_left_alone(extractor):
    found = label_by_name(
        extractor,
        "The Atlantic Economic Partnership between the United States and the EU is popular.",
    )
    assert found.get("Atlantic Economic Partnership") == "ORG"


def test_an_alliance_before_its_members_plural_stays_a_body(extractor):
    found = label_by_name(
        extractor, "Poland was the first to ratify the pact with the former Varna Pact countries."
    )
    assert found.get("Varna Pact") != "LAW"


def test_a_chambers_committee_after_its_possessive_is_two_names(extractor):
    found = label_by_name(
        extractor, "Jones, who chairs the House’s Homeland Security Committee, was seizing on it."
    )
    assert found.get("House") == "ORG"
    assert found.get("Homeland Security Committee") == "ORG"
    assert "House's Homeland Security Committee" not in found
    found = label_by_name(
        extractor, "Smith, who chairs the Senate's Foreign Relations Committee, spoke."
    )
    assert found.get("Foreign Relations Committee") == "ORG"


def test_a_name_whose_possessive_is_its_own_stays_whole(extractor):
    found = label_by_name(extractor, "He joined Lloyd’s Register in 1990.")
    assert found.get("Lloyd's Register") == "ORG"


def test_the_islamic_state_is_one_body(extractor):
    found = label_by_name(
        extractor, "The offensive to retake Raqqa from the Islamic State was merely a show."
    )
    assert found.get("Islamic State") == "ORG"
    assert "Islamic" not in found


def test_a_chamber_of_commerce_is_whole(extractor):
    found = label_by_name(
        extractor,
        "Two groups, the U.S. Chamber of Commerce and the Senate Leadership Fund, ran ads.",
    )
    assert found.get("U.S. Chamber of Commerce") == "ORG"
    assert "U.S. Chamber" not in found


def test_dotted_initials_joined_by_a_hyphen_are_one_body(extractor):
    found = label_by_name(
        extractor, "Michael Podhorzer, the political director of the A.F.L.-C.I.O., said so."
    )
    assert found.get("A.F.L.-C.I.O.") == "ORG"


def test_two_letter_initials_joined_by_a_hyphen_are_left_alone(extractor):
    found = label_by_name(extractor, "The U.S.-U.K. talks began in London on Monday.")
    assert "U.S.-U.K." not in found


def _ids_of(extractor, text, name):
    record = extractor.extract_text(text)
    return [
        [m.text for m in f.mentions] for f in record.facts if f.type == "entity" and f.name == name
    ]


def test_a_citys_and_a_states_name_is_two_places_where_the_article_writes_both(extractor):
    text = (
        "Statehouses\n\nWASHINGTON - Senator Maria Cantwell, Democrat of Washington, said the "
        "rules were weak.\n\nHere in Washington, Congress has set standards."
    )
    groups = _ids_of(extractor, text, "Washington")
    assert sorted(len(g) for g in groups) == [1, 2]


def test_a_city_alone_stays_one_place(extractor):
    text = (
        "Statehouses\n\nWASHINGTON - Senator Maria Cantwell said the rules were weak.\n\n"
        "Here in Washington, Congress has set standards."
    )
    assert [len(g) for g in _ids_of(extractor, text, "Washington")] == [2]


def test_a_states_chamber_is_apart_from_congresss(extractor):
    text = (
        "Statehouses\n\nIn Ohio, the House majority whip resigned after a complaint.\n\n"
        "Congress has 84 women in the House. The House passed a bill on Monday."
    )
    groups = _ids_of(extractor, text, "House")
    assert sorted(len(g) for g in groups) == [1, 2]


def test_a_states_seat_in_congress_is_no_state_chamber(extractor):
    text = (
        "Races\n\nIn Ohio, the Senate race tightened on Monday.\n\n"
        "Republicans may keep the Senate. The Senate voted on Tuesday."
    )
    assert [len(g) for g in _ids_of(extractor, text, "Senate")] == [3]


def test_the_capitals_possessive_names_no_states_chamber(extractor):
    text = (
        "Deals\n\nWashington's lobbyists crowded the House on Monday.\n\n"
        "The House voted on Tuesday."
    )
    assert [len(g) for g in _ids_of(extractor, text, "House")] == [2]
