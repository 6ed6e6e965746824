"""Round r50-bodies: bodies and outlets the Lee sheets found labelled people or events
(sentences of my own)."""

from entity_reading import label_by_name, mention_labels

# `article_names` (factx/data/entities.json, factx/extract/first_names.py): "Al" before a word
# that follows the Arabic article in a body's name is no first name.


def test_an_arab_body_named_with_its_article_is_no_person(extractor):
    assert label_by_name(extractor, "The strike was aimed at Al Qaeda.").get("Al Qaeda") == "ORG"
    found = label_by_name(extractor, "Al Jazeera aired the message on Tuesday night.")
    assert found.get("Al Jazeera") == "ORG"
    found = label_by_name(extractor, "Troops hunted Al Shabaab militants near the border.")
    assert found.get("Al Shabaab") != "PERSON"
    found = label_by_name(
        extractor, "By then there were Al Fatah, Black September and the Red Brigades."
    )
    assert found.get("Al Fatah") == "ORG"


def test_a_man_called_al_keeps_his_first_name(extractor):
    found = label_by_name(extractor, "Al Gore spoke in Ohio. Mr Gore later left for Boston.")
    assert found.get("Al Gore") == "PERSON"
    found = label_by_name(extractor, "Al Sharpton and Al Capone were both named in the book.")
    assert found.get("Al Sharpton") == "PERSON"
    assert found.get("Al Capone") == "PERSON"


# `entity_article_names.peoples_before_article_names`: "Arab Al Qaeda" is a people and a body.


def test_a_people_glued_before_an_arab_body_is_parted(extractor):
    found = mention_labels(
        extractor, "Police detained a wounded Arab Al Qaeda fighter at the hospital."
    )
    assert ("Arab", "NORP") in found
    assert ("Al Qaeda", "ORG") in found
    found = mention_labels(extractor, "Arab Al Qaeda fighters remain in a clinic in Kandahar.")
    assert ("Al Qaeda", "ORG") in found
    assert ("Al Qaeda", "PERSON") not in found


def test_a_people_before_a_man_called_al_is_left_alone(extractor):
    found = mention_labels(extractor, "Arab Al Gore supporters met in Detroit on Sunday.")
    assert ("Al Gore", "PERSON") in found


# `broadcaster by its channel's number` and `outlet a speaker told, by its medium's word`.


def test_a_network_a_speaker_told_is_an_outlet(extractor):
    found = label_by_name(extractor, "One farmer told Channel Ten he had lost his herd.")
    assert found.get("Channel Ten") == "ORG"
    found = label_by_name(extractor, "Two witnesses told the Seven Network they saw smoke.")
    assert found.get("Seven Network") == "ORG"
    found = label_by_name(extractor, "The minister told Sky News he would not resign.")
    assert found.get("Sky News") == "ORG"


def test_a_person_a_speaker_told_is_left_alone(extractor):
    found = label_by_name(extractor, "The coach told Tom Newsome he would start on Saturday.")
    assert found.get("Tom Newsome") == "PERSON"
    found = label_by_name(extractor, "John Channel said he was tired after the race.")
    assert found.get("John Channel") == "PERSON"


# `entity_portfolios.portfolios_before_titles`: a portfolio or a level before an office's title
# is part of the title; a state before it is the place.


def test_a_portfolio_before_a_ministers_title_is_no_body(extractor):
    found = label_by_name(
        extractor, "Victoria Emergency Services Minister Andre Haermeyer says crews are ready."
    )
    assert "Victoria Emergency Services" not in found
    assert found.get("Victoria") == "GPE"
    found = label_by_name(
        extractor, "New South Wales Emergency Services Minister Bob Debus says the fires are out."
    )
    assert "New South Wales Emergency Services" not in found
    found = label_by_name(
        extractor, "The Federal Privacy Commissioner, Malcolm Crompton, says the rules are clear."
    )
    assert "Federal Privacy" not in found
    found = label_by_name(extractor, "But Royal Commissioner Terence Cole QC rejected the claim.")
    assert "Royal" not in found


def test_a_body_before_its_holders_title_is_left_alone(extractor):
    found = label_by_name(extractor, "Home Office Minister Hazel Blears said the figures were up.")
    assert found.get("Home Office") == "ORG"
    found = label_by_name(extractor, "Northern Ireland Minister John Spellar visited Belfast.")
    assert found.get("Northern Ireland") == "GPE"


# `entity_wire_initials.wire_initials_apart`: a wire's initials stay the wire's.


def test_a_wire_agencys_initials_are_not_joined_to_the_police(extractor):
    found = mention_labels(
        extractor,
        "Helicopters landed near the caves, an AFP journalist said. Mr Hicks' family said the "
        "Australian Federal Police had told them not to comment.",
    )
    assert ("AFP", "ORG") in found
    found = label_by_name(
        extractor,
        "AFP reported the blast on Monday. The Australian Federal Police were not involved.",
    )
    assert found.get("AFP") == "ORG"


def test_initials_the_article_brackets_after_the_body_stay_joined(extractor):
    found = label_by_name(
        extractor,
        "The Australian Federal Police (AFP) said it would act. AFP officers arrested two men.",
    )
    assert "AFP" not in found
    assert found.get("Australian Federal Police") == "ORG"
    found = label_by_name(
        extractor,
        "DENVER (AP) - Voters queued for hours, according to an Associated Press count. AP "
        "reported long lines in Ohio too.",
    )
    assert "AP" not in found


# `entity_field_bodies.field_bodies` and `firm by its inner capital before its head`.


def test_a_fields_word_before_a_country_is_a_national_body(extractor):
    found = label_by_name(
        extractor, "Nutrition Australia dietitian Rachael Bradford says the results are clear."
    )
    assert found.get("Nutrition Australia") == "ORG"
    found = label_by_name(
        extractor, "Wheat prices fell overnight. Geo-science Australia says the quake was small."
    )
    assert found.get("Geo-science Australia") == "ORG"
    found = label_by_name(
        extractor, "BankSA's acting managing director Colin Taylor says growth is slowing."
    )
    assert found.get("BankSA") == "ORG"


def test_a_region_of_a_country_is_left_alone(extractor):
    found = label_by_name(
        extractor, "The fires burned across Western Australia and Central Australia."
    )
    assert found.get("Western Australia") in {"GPE", "LOC"}
    found = label_by_name(extractor, "Air Canada said flights were cancelled.")
    assert found.get("Air Canada") == "ORG"


# `glued pair parted` (`_FIELDS`) and `entity_cut_bodies`.


def test_a_body_named_by_its_fields_stays_whole(extractor):
    found = label_by_name(
        extractor,
        "The emergency beacon was activated and received by Australian Search and Rescue in "
        "Canberra.",
    )
    assert found.get("Australian Search and Rescue") == "ORG"
    found = label_by_name(
        extractor, "The protest was supported by Amnesty International and Liberty."
    )
    assert found.get("Amnesty International") == "ORG"
    assert found.get("Liberty") == "ORG"


def test_a_firm_cut_at_its_and_is_whole(extractor):
    found = label_by_name(
        extractor,
        "The Dun and Bradstreet survey has identified positive projections. Dun & Bradstreet "
        "said sales would rise.",
    )
    assert "Dun" not in found
    assert found.get("Dun & Bradstreet") == "ORG"


def test_a_bodys_name_cut_by_a_typo_is_no_person(extractor):
    found = label_by_name(
        extractor, "The paper's editor was named. News of the Worl editor Andy Coulson was sorry."
    )
    assert "Worl" not in found
    assert found.get("News of the Worl") == "ORG"


def test_a_glossed_common_noun_is_no_name(extractor):
    found = label_by_name(
        extractor, "The administration was being run by a tribal Shura (council) in the town."
    )
    assert "Shura" not in found
    found = label_by_name(extractor, "The Shura Council met on Monday.")
    assert found.get("Shura Council") == "ORG"
