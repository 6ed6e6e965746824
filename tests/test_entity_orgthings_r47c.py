"""Round r47c-orgthings: names the model reads as one organisation that are two names, a
programme or a piece of malware."""

from entity_reading import label_by_name


def test_two_bodies_glued_over_their_and_are_parted(extractor):
    # The model gives one ORG over "Oxfam International and Liberty".
    found = label_by_name(extractor, "The claim is supported by Oxfam International and Liberty.")
    assert found.get("Oxfam International") == "ORG"
    assert found.get("Liberty") == "ORG"
    assert "Oxfam International and Liberty" not in found


def test_two_people_glued_over_their_and_are_two_people(extractor):
    found = label_by_name(
        extractor, "The club fielded schoolboy half-backs Hayden Tanner and Willie Davies."
    )
    assert found.get("Hayden Tanner") == "PERSON"
    assert found.get("Willie Davies") == "PERSON"


def test_two_councils_glued_are_parted_and_no_council_is_a_person(extractor):
    found = label_by_name(
        extractor, "The scheme was run by Harrow Council, Ealing Council and Brent Council."
    )
    assert found.get("Ealing Council") == "ORG"
    assert found.get("Brent Council") == "ORG"


def test_a_firm_or_a_body_with_its_own_and_stays_whole(extractor):
    found = label_by_name(
        extractor, "The firms accused were Altria Group, Liggett Group and Brown and Williamson."
    )
    assert found.get("Brown and Williamson") == "ORG"
    found = label_by_name(
        extractor,
        "The Department of Trade and Industry said so. The Food and Drug Administration agreed.",
    )
    assert found.get("Department of Trade and Industry") == "ORG"
    assert found.get("Food and Drug Administration") == "ORG"
    found = label_by_name(extractor, "Shares in Marks and Spencer rose, as did Procter and Gamble.")
    assert found.get("Procter and Gamble") == "ORG"
    found = label_by_name(extractor, "The British and Irish Lions tour New Zealand.")
    assert found.get("British and Irish Lions") == "ORG"
    found = label_by_name(extractor, "The Health and Safety Executive said the site was safe.")
    assert found.get("Health and Safety Executive") == "ORG"


def test_a_glued_pair_in_a_sentence_about_works_is_left_alone(extractor):
    # Titles: an organisation's label on each half would be two wrong entities for one.
    found = label_by_name(
        extractor, "Box-office flops Alexander and Catwoman hit the studio's film profits."
    )
    assert "Alexander" not in found or found.get("Alexander") != "ORG"


def test_a_show_after_its_episodes_or_its_new_series_is_a_work(extractor):
    found = label_by_name(extractor, "She appeared in two episodes of Casualty last year.")
    assert found.get("Casualty") == "WORK_OF_ART"
    found = label_by_name(extractor, "A new series of Spooks will start in the spring.")
    assert found.get("Spooks") == "WORK_OF_ART"
    found = label_by_name(
        extractor, "John Nettles will return in a one-off edition of Midsomer Murders."
    )
    assert found.get("Midsomer Murders") == "WORK_OF_ART"


def test_a_channel_before_its_show_and_a_series_of_things_are_left_alone(extractor):
    found = label_by_name(extractor, "An episode of BBC drama Casualty was pulled.")
    assert found.get("BBC") == "ORG"
    found = label_by_name(extractor, "A new series of Nato exercises began.")
    assert all(label != "WORK_OF_ART" for label in found.values())


def test_malware_before_its_bug_or_its_malicious_program_is_a_product(extractor):
    found = label_by_name(extractor, "Users were warned about the Netsky bug on Monday.")
    assert found.get("Netsky") == "PRODUCT"
    found = label_by_name(
        extractor, "The code was hidden inside the malicious Grimlock program found last week."
    )
    assert found.get("Grimlock") == "PRODUCT"


def test_a_firm_before_a_bug_without_its_the_is_left_alone(extractor):
    found = label_by_name(extractor, "A Microsoft bug left users open to attack.")
    assert found.get("Microsoft") == "ORG"


def test_the_plural_of_a_make_beside_its_singular_is_the_product(extractor):
    found = label_by_name(
        extractor, "Sales of Rolls-Royces rose in Europe last year. Rolls-Royce is owned by BMW."
    )
    assert found.get("Rolls-Royces") == "PRODUCT"
    found = label_by_name(extractor, "GM is building Saabs in the US. Saab lost money.")
    assert found.get("Saabs") == "PRODUCT"


def test_a_firm_whose_name_ends_in_s_beside_a_singular_is_left_alone(extractor):
    text = (
        "Barclays said profits rose. The Barclay brothers own the paper. Shares in Barclays fell."
    )
    assert label_by_name(extractor, text).get("Barclays") == "ORG"
    assert (
        label_by_name(extractor, "The Lib Dems won. A Lib Dem spokesman said so.").get("Lib Dems")
        == "ORG"
    )
