"""Round r50b-names: hyphened initials, a capitalised "Anti-|Pro-", "Group of <number>" and
hyphened ranks (sentences of my own, from the shapes of Lee sheets G-M's sections)."""

from entity_reading import entities, label_by_name, texts_of

# `hyphened_initials` (factx/extract/entity_hyphened_initials.py) and `entities.name_key`.


def test_a_countrys_hyphened_initials_are_the_country(extractor):
    found = entities(
        extractor,
        "Headline.\n\nThe U-S has admitted that the strike hit a school. US troops said the "
        "U-N would send food.",
    )
    assert ("GPE", "United States", ["The U-S", "US"]) in found
    assert ("ORG", "United Nations", ["the U-N"]) in found
    assert not any(name in ("U-S", "U-N") for _, name, _ in found)


def test_codes_with_a_digit_or_a_longer_part_keep_their_hyphen(extractor):
    found = label_by_name(extractor, "Headline.\n\nThe F-16 jets flew over the base on Tuesday.")
    assert "F-16" in found


# `without_capital_prefixes` (factx/extract/entity_capital_prefixes.py).


def test_a_capitalised_anti_is_cut_from_its_name(extractor):
    found = entities(
        extractor, "Headline.\n\nAnti-Taliban fighters are holding the pass near Jalalabad."
    )
    assert "Taliban" in [name for _, name, _ in found]
    assert "Anti-Taliban" not in [name for _, name, _ in found]


def test_a_body_named_with_anti_and_anti_semitism_are_left_whole(extractor):
    found = label_by_name(
        extractor,
        "Headline.\n\nAnti-Slavery International said the trade was growing. Anti-Semitism is "
        "rising, the report said.",
    )
    assert found.get("Anti-Slavery International") == "ORG"
    assert "Slavery International" not in found
    assert "Semitism" not in found


# `numbered_groups_whole` (factx/extract/entity_numbered_groups.py).


def test_group_of_a_number_is_one_body(extractor):
    found = entities(
        extractor,
        "Headline.\n\nThe Group of eight industrialised nations said it would help the farmers.",
    )
    assert ("ORG", "Group of eight", ["The Group of eight"]) in found
    assert "Group" not in [name for _, name, _ in found]


def test_a_lower_case_group_of_men_is_no_body(extractor):
    found = label_by_name(
        extractor, "Headline.\n\nA group of eight men from Sydney walked to Canberra."
    )
    assert not any(name.startswith("group") or name.startswith("Group") for name in found)


# `without_hyphened_ranks` (factx/extract/entity_hyphened_ranks.py).


def test_a_hyphened_rank_is_cut_and_the_surname_joins_its_person(extractor):
    found = entities(
        extractor,
        "Headline.\n\nLieutenant-General Peter Cosgrove visited Dili on Monday. "
        "Lieutenant-General Cosgrove said the troops were ready.",
    )
    assert texts_of(found, "Peter Cosgrove") == [["Peter Cosgrove", "Cosgrove"]]
    assert not any("Lieutenant" in name for _, name, _ in found)


def test_a_hyphened_first_name_is_left_alone(extractor):
    found = label_by_name(
        extractor, "Headline.\n\nAnni-Frid Lyngstad sang with the band in Stockholm."
    )
    assert found.get("Anni-Frid Lyngstad") == "PERSON"


# The cue row "occasion's name before its celebrations" (factx/data/entities.json).


def test_an_occasions_name_before_celebrations_is_an_event(extractor):
    found = label_by_name(
        extractor,
        "Headline.\n\nThe dinner is part of the Centenary of Federation celebrations, and "
        "Jubilee celebrations were held in the town.",
    )
    assert found.get("Centenary of Federation") == "EVENT"
    assert found.get("Jubilee") == "EVENT"


def test_the_occasions_council_and_a_partys_celebrations_are_left_alone(extractor):
    found = label_by_name(
        extractor,
        "Headline.\n\nThe Centenary of Federation Council met in Canberra. Labor Party "
        "celebrations went on late into the night.",
    )
    assert found.get("Centenary of Federation Council") == "ORG"
    assert found.get("Labor Party") == "ORG"


# The cue row "town before a document's lower-case kind" (factx/data/entities.json).


def test_a_town_before_a_lower_case_declaration_is_the_town(extractor):
    found = label_by_name(
        extractor,
        "Headline.\n\nThe breach of democratic principles under the Harare declaration is on "
        "the table. The Lusaka agreement collapsed.",
    )
    assert found.get("Harare") == "GPE"
    assert found.get("Lusaka") == "GPE"


def test_a_firm_before_an_agreement_is_left_a_firm(extractor):
    found = label_by_name(
        extractor, "Headline.\n\nThe Microsoft agreement with the regulators was signed."
    )
    assert found.get("Microsoft") == "ORG"


# The data's `nationalities`: a region's people word ("Kashmiri", "Punjabi", "Kosovar").


def test_a_regions_people_word_before_a_group_noun_is_a_people(extractor):
    found = label_by_name(
        extractor,
        "Headline.\n\nKashmiri groups have rejected the offer. Kashmiris have protested for weeks.",
    )
    assert found.get("Kashmiri") == "NORP"
    assert found.get("Kashmiris") == "NORP"


def test_the_region_itself_stays_a_place(extractor):
    found = label_by_name(
        extractor, "Headline.\n\nThe talks on Kashmir resumed in Islamabad on Monday."
    )
    assert found.get("Kashmir") in ("LOC", "GPE")
