"""Round r47b-lists: names in lists, works, firms and peoples (sentences of my own)."""

from entity_reading import label_by_name

# `entity_gapped_lists.gapped_works`


def test_a_list_of_works_passes_over_the_members_the_model_missed(extractor):
    # The model finds `Spooks` and `Ground Force` only; the list's kind stands a phrase back.
    found = label_by_name(
        extractor,
        "Viewers can see BBC shows from the last fortnight such as Eastenders, Spooks, "
        "Top Gear and Ground Force.",
    )
    assert found.get("Top Gear") == "WORK_OF_ART"
    assert found.get("Eastenders") == "WORK_OF_ART"
    assert found.get("Ground Force") == "WORK_OF_ART"


def test_a_list_of_works_takes_its_missed_first_and_last_members(extractor):
    found = label_by_name(
        extractor,
        "Fans can watch BBC shows from the last fortnight such as Panorama, Newsnight, Spooks "
        "and Match of the Day.",
    )
    assert found.get("Match of the Day") == "WORK_OF_ART"
    found = label_by_name(
        extractor,
        "New releases on the service will include 13 Going on 30, Kill Bill: Volume 2, Gothika "
        "and Hellboy.",
    )
    assert found.get("13 Going on 30") == "WORK_OF_ART"
    assert found.get("Gothika") == "WORK_OF_ART"


def test_a_list_of_people_with_no_work_is_left_alone(extractor):
    found = label_by_name(
        extractor, "Stars such as Tom Hanks, Julia Roberts, Brad Pitt and Kevin Spacey attended."
    )
    assert {found.get(n) for n in ("Tom Hanks", "Julia Roberts", "Kevin Spacey")} == {"PERSON"}
    assert "WORK_OF_ART" not in found.values()


# `entity_firm_lists.firm_ending_lists`


def test_the_last_member_of_a_list_of_firms_is_a_firm(extractor):
    # The model reads the last PERSON, and its look ("... Vista") says a product.
    found = label_by_name(
        extractor,
        "The service will carry films from Universal, Paramount, Miramax, Dreamworks and "
        "Buena Vista.",
    )
    assert found.get("Buena Vista") == "ORG"


def test_a_list_of_products_and_a_list_with_a_person_are_left_alone(extractor):
    found = label_by_name(extractor, "Stores will stock the Xbox, PlayStation 2 and GameCube.")
    assert found.get("GameCube") == "PRODUCT"
    found = label_by_name(
        extractor, "Executives from Pixar, Bill Gates, Apple and Buena Vista met."
    )
    assert found.get("Buena Vista") != "ORG"


# `entity_joined_peoples`


def test_peoples_joined_by_slashes_are_each_a_people(extractor):
    found = label_by_name(extractor, "The drama is a Brazilian/Chilean/Spanish production.")
    assert found.get("Brazilian") == "NORP"
    assert found.get("Chilean") == "NORP"
    assert found.get("Spanish") == "NORP"
    assert "Brazilian/Chilean" not in found


def test_a_slash_inside_a_name_is_left_alone(extractor):
    assert label_by_name(extractor, "The band AC/DC played in Leeds.").get("AC/DC") == "ORG"


def test_a_nationality_joined_to_a_people_before_a_plural_is_a_people(extractor):
    found = label_by_name(
        extractor, "The event puts a special focus on Russian and south-east Asian documentaries."
    )
    assert found.get("Russian") == "NORP"
    found = label_by_name(
        extractor, "The programme has special focus on Portuguese and south-east Asian productions."
    )
    assert found.get("Portuguese") == "NORP"


def test_a_language_before_a_languages_noun_or_after_in_is_left_alone(extractor):
    found = label_by_name(extractor, "The film is shot in Russian and English.")
    assert found.get("Russian") == "LANGUAGE"
    found = label_by_name(extractor, "The DVD comes with Russian and English subtitles.")
    assert found.get("English") == "LANGUAGE"
