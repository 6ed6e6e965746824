"""Round r51b-bodies: bodies, groups and things by their own words, from the shapes of the Lee
hand check's sheets T-W (sentences of my own)."""

from entity_reading import label_by_name, mention_labels

# `entity_inquiries.inquiries_whole`: "Royal Commission into (the) <Name>" is one body.


def test_a_royal_commission_runs_over_its_named_matter(extractor):
    found = mention_labels(
        extractor, "The Royal Commission into the Timber Industry will hear from loggers."
    )
    assert ("The Royal Commission into the Timber Industry", "ORG") in found
    assert all(text != "Timber Industry" for text, _ in found)
    found = label_by_name(
        extractor, "The Royal Commission into Waterfront Labour Practices heard from dock workers."
    )
    assert found.get("Royal Commission into Waterfront Labour Practices") == "ORG"
    assert "Waterfront Labour Practices" not in found


def test_an_inquiry_into_a_named_firm_keeps_the_firm(extractor):
    found = label_by_name(extractor, "The Royal Commission into Qantas heard evidence on Monday.")
    assert found.get("Qantas") == "ORG"
    found = mention_labels(extractor, "A royal commission into the collapse of the bank began.")
    assert all("commission" not in text for text, _ in found)


# `entity_inquiries.offices_whole`: "Commonwealth Director of Public Prosecutions".


def test_a_prosecutors_office_is_whole(extractor):
    found = label_by_name(
        extractor, "The Commonwealth Director of Public Prosecutions dropped the charges on Friday."
    )
    assert found.get("Commonwealth Director of Public Prosecutions") == "ORG"
    assert "Commonwealth" not in found


def test_the_commonwealth_alone_stays(extractor):
    found = label_by_name(extractor, "The Commonwealth will pay for half of the new road.")
    assert "Commonwealth" in found
    assert all("Prosecutions" not in name for name in found)


# `entity_inquiries.interim_bodies_whole`: "the <People> interim Authority".


def test_an_interim_body_runs_back_to_its_people_word(extractor):
    found = mention_labels(extractor, "Aid workers will report to the Iraqi interim Authority.")
    assert ("Iraqi interim Authority", "ORG") in found
    assert ("Authority", "ORG") not in found


def test_a_whole_authority_stays(extractor):
    found = label_by_name(extractor, "The Palestinian Authority said it would hold elections.")
    assert found.get("Palestinian Authority") == "ORG"


# `entity_owned_projects.projects_parted`: "<Body>'s <Name> Project" is two names.


def test_a_bodys_project_is_parted_from_the_body(extractor):
    found = label_by_name(
        extractor,
        "A lawyer with the Tenants Rights Coalition's Housing and Debt Project said rents rose.",
    )
    assert found.get("Tenants Rights Coalition") == "ORG"
    assert found.get("Housing and Debt Project") == "ORG"


def test_a_possessive_with_no_body_word_stays_whole(extractor):
    found = label_by_name(extractor, "Nurses at St Vincent's Hospital said the ward was full.")
    assert found.get("St Vincent's Hospital") in ("ORG", "FAC")


# Cue rows in factx/data/entities.json.


def test_a_worm_before_internet_worm_is_a_product(extractor):
    found = label_by_name(
        extractor, "The Zorbex Internet worm hit banks. Zorbex did not erase any files."
    )
    assert found.get("Zorbex") == "PRODUCT"


def test_a_firm_before_internet_virus_experts_stays(extractor):
    found = label_by_name(extractor, "Experts at Sophos said the Zorbex Internet worm spread.")
    assert found.get("Sophos") == "ORG"


def test_the_space_station_is_a_craft(extractor):
    found = label_by_name(
        extractor, "The shuttle will dock with the International Space Station on Friday."
    )
    assert found.get("International Space Station") == "PRODUCT"


def test_the_space_agency_stays_a_body(extractor):
    found = label_by_name(extractor, "NASA and the European Space Agency signed the deal.")
    assert found.get("NASA") == "ORG"


def test_a_name_before_constellation_or_galaxy_is_a_place(extractor):
    found = label_by_name(extractor, "The comet passed near the Southern Cross constellation.")
    assert found.get("Southern Cross") == "LOC"


def test_a_university_named_after_the_stars_stays(extractor):
    found = label_by_name(extractor, "She studied at Southern Cross University in Lismore.")
    assert found.get("Southern Cross University") == "ORG"


def test_a_collective_plural_of_people_is_a_people(extractor):
    found = label_by_name(
        extractor, "The premier said sorry to the Stolen Generations at a sitting on Tuesday."
    )
    assert found.get("Stolen Generations") == "NORP"


def test_a_memorial_of_a_people_is_no_people(extractor):
    found = label_by_name(extractor, "Wreaths were laid at the Stolen Generations Memorial.")
    assert found.get("Stolen Generations Memorial") != "NORP"


def test_an_australian_party_by_its_people_word_is_a_body(extractor):
    found = label_by_name(
        extractor, "Senator Andrew Bartlett said the Australian Democrats would block the tax."
    )
    assert found.get("Australian Democrats") == "ORG"


def test_an_assembly_by_its_own_name_is_no_work(extractor):
    found = label_by_name(
        extractor, 'Tribal elders called a "Loya Jirga" assembly to settle the dispute.'
    )
    assert found.get("Loya Jirga") == "ORG"


def test_a_city_before_its_delegation_is_the_city(extractor):
    found = label_by_name(
        extractor, "A delegate from the so-called Peshawar group said the talks would go on."
    )
    assert found.get("Peshawar") == "GPE"


def test_a_firm_before_a_lower_case_group_stays(extractor):
    found = label_by_name(extractor, "The Carlyle group bought the firm last year.")
    assert found.get("Carlyle") != "GPE"
    found = label_by_name(
        extractor, "Shares in the Tata group rose. The Commonwealth group met in London."
    )
    assert found.get("Tata") == "ORG"
    assert found.get("Commonwealth") == "ORG"


def test_a_firm_before_its_deputy_officer_is_the_firm(extractor):
    found = label_by_name(
        extractor, "Lynx's acting chief executive Tom Barry said the carrier would grow."
    )
    assert found.get("Lynx") == "ORG"
    assert found.get("Tom Barry") == "PERSON"


def test_a_person_before_a_deputy_stays_a_person(extractor):
    found = label_by_name(extractor, "Liam Fox was there. Fox's deputy chairman spoke later.")
    assert found.get("Liam Fox") == "PERSON"


def test_a_band_before_its_former_member_is_the_band(extractor):
    found = label_by_name(
        extractor, "The Beatles' former lead guitarist spoke to reporters in London."
    )
    assert found.get("Beatles") == "ORG"


def test_a_person_before_a_former_member_stays(extractor):
    found = label_by_name(
        extractor, "Johnny Marr's former guitarist spoke. Johnny Marr said nothing."
    )
    assert found.get("Johnny Marr") == "PERSON"


def test_a_name_after_model_of_is_a_product(extractor):
    found = label_by_name(
        extractor, "Mitsubishi will spend $200 million on a new model of Lancer at its plant."
    )
    assert found.get("Lancer") == "PRODUCT"


def test_a_role_model_of_a_person_stays(extractor):
    found = label_by_name(extractor, "She was a role model of Serena Williams for years.")
    assert found.get("Serena Williams") == "PERSON"
