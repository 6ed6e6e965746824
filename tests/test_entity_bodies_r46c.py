"""Round r46c-bodies: a campaign named by a call to act, and a county's side, are bodies."""

from entity_reading import label_by_name


def test_a_campaign_named_by_a_verb_before_its_kind_is_one_organisation(extractor):
    # The model cuts "Save Our Parks" to `Parks` PERSON; the whole is the campaign.
    found = label_by_name(extractor, "The Save Our Parks coalition met on Monday.")
    assert found.get("Save Our Parks") == "ORG"
    assert "Parks" not in found


def test_a_campaign_with_small_words_is_one_organisation(extractor):
    found = label_by_name(extractor, "Nurses joined the Save the Wards campaign in the town.")
    assert found.get("Save the Wards") == "ORG"


def test_a_verb_and_a_name_without_a_campaigns_word_is_left_alone(extractor):
    # No "campaign" or "coalition" after the name: the rule does not read it.
    found = label_by_name(extractor, "Stop Smith, the coalition said on Monday.")
    assert found.get("Stop Smith") != "ORG"
    found = label_by_name(extractor, "They make Oxford campaigns better.")
    assert not any(name.startswith("make") for name in found)


def test_a_county_before_side_is_its_team_not_a_people(extractor):
    # A county's name ends like a nationality ("-ian") and the model reads it NORP.
    found = label_by_name(extractor, "They beat the West Lothian side 3-1 on Saturday.")
    assert found.get("West Lothian") == "ORG"


def test_a_nationality_before_side_keeps_its_people_label(extractor):
    assert label_by_name(extractor, "The Welsh side won again.").get("Welsh") == "NORP"
    assert label_by_name(extractor, "The Cornish side will tour.").get("Cornish") == "NORP"


def test_a_body_cut_at_a_nationality_runs_on_over_its_members(extractor):
    # The model ends the name at "of British" where the members' noun is in lower case.
    found = label_by_name(extractor, "The Association of British insurers said claims rose.")
    assert found.get("Association of British insurers") == "ORG"
    assert "Association of British" not in found


def test_a_name_ending_in_a_country_or_before_a_verb_is_left_alone(extractor):
    assert (
        label_by_name(extractor, "The Bank of England is due to meet.").get("Bank of England")
        == "ORG"
    )
    found = label_by_name(extractor, "The Association of British Insurers said claims rose.")
    assert found.get("Association of British Insurers") == "ORG"
