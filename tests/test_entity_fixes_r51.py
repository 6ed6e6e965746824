"""Round r51-fixes: errors factx's own rules made on the Lee sheets Q-S, and a body widened over a
title's modifier (sentences of my own)."""

from entity_reading import label_by_name

# `spokesman for a person` (factx/data/entities.json): a spokesman speaks for a person too.


def test_a_spokesman_for_a_person_keeps_the_person(extractor):
    found = label_by_name(extractor, "A spokeswoman for Peter Costello said the budget was fair.")
    assert found.get("Peter Costello") == "PERSON"
    found = label_by_name(
        extractor, "Mr Howard will stand again. A spokesman for John Howard said so on Monday."
    )
    assert found.get("John Howard") == "PERSON"


def test_a_spokesman_for_a_firm_keeps_the_firm(extractor):
    found = label_by_name(extractor, "A spokesman for Delta Airlines said flights would resume.")
    assert found.get("Delta Airlines") == "ORG"
    found = label_by_name(
        extractor, "A spokesman for the John Lewis Partnership declined to comment."
    )
    assert found.get("John Lewis Partnership") == "ORG"


# `language translated from`: a language's name after "translated ... from (the)".


def test_a_language_translated_from_is_the_language(extractor):
    found = label_by_name(
        extractor, "The statement was translated into English from the Arabic by the network."
    )
    assert found.get("Arabic") == "LANGUAGE"
    found = label_by_name(extractor, "Her poems, translated from the Persian, sold well.")
    assert found.get("Persian") == "LANGUAGE"


def test_a_people_after_from_the_stays_a_people(extractor):
    found = label_by_name(extractor, "The news came from the Arabic press on Friday.")
    assert found.get("Arabic") != "LANGUAGE"
    found = label_by_name(extractor, "The loan came from the French government in June.")
    assert found.get("French") == "NORP"


# `body by its gloss`: "<Name>, the military wing of <Body>" is a body.


def test_a_name_glossed_as_a_wing_or_a_party_is_a_body(extractor):
    found = label_by_name(
        extractor,
        "Gunmen from Saraya al-Quds, the armed wing of Islamic Jihad, opened fire. "
        "Saraya al-Quds said it would strike again.",
    )
    assert found.get("Saraya al-Quds") == "ORG"
    found = label_by_name(
        extractor, "The court shut down Herri Zutik, a separatist party that had six seats."
    )
    assert found.get("Herri Zutik") == "ORG"


def test_a_person_glossed_by_a_post_stays_a_person(extractor):
    found = label_by_name(extractor, "Sheikh Ahmed Yassin, the founder of Hamas, was there.")
    assert found.get("Ahmed Yassin") == "PERSON"
    found = label_by_name(extractor, "Tom Jones, the party's candidate, lost his seat.")
    assert found.get("Tom Jones") == "PERSON"


# `entity_title_modifiers.title_modifier`: "UN" + "High Commissioner" is no body "UN High".


def test_a_titles_modifier_is_no_word_of_the_body_before_it(extractor):
    found = label_by_name(
        extractor, "The visit was led by UN High Commissioner for Refugees Ruud Lubbers."
    )
    assert "UN High" not in found
    found = label_by_name(extractor, "Talks were chaired by EU High Representative Javier Solana.")
    assert "EU High" not in found
    found = label_by_name(extractor, "The plan was backed by UN Special Envoy Lakhdar Brahimi.")
    assert "UN Special Envoy" not in found


def test_a_body_opened_by_the_modifier_stays_whole(extractor):
    found = label_by_name(extractor, "The ruling was upheld by the Hong Kong High Court on Monday.")
    assert found.get("Hong Kong High Court") == "ORG"
    found = label_by_name(
        extractor, "Visas are issued by the Australian High Commission in London."
    )
    assert "Australian High Commission" in found


# `entity_family_given_names.given_names_of_a_family`: "Charles and David Koch".


def test_a_given_name_before_a_siblings_full_name_is_the_familys_person(extractor):
    found = label_by_name(extractor, "The fund was set up by the brothers Alan and Peter Marsh.")
    assert found.get("Alan Marsh") == "PERSON"
    assert found.get("Peter Marsh") == "PERSON"
    assert "Alan" not in found


def test_a_couple_after_a_title_or_a_surname_of_another_is_left_alone(extractor):
    found = label_by_name(extractor, "Prince Charles and Camilla Parker Bowles will wed in April.")
    assert "Charles Parker Bowles" not in found
    found = label_by_name(
        extractor, "Michael Howard spoke first. Later Howard and Oliver Letwin left the hall."
    )
    assert "Howard Letwin" not in found
    found = label_by_name(
        extractor, "The hall has hosted Elton John, Madonna and David Bowie over the years."
    )
    assert "Madonna Bowie" not in found
