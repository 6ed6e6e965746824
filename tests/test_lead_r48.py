"""The lead's rules of round 48, from the hand checks of seeds 157 and 158. A town-before-country
cue does not turn a person's surname into a place ("Thanks to Moreau, France did"), a trade's
calling before "manager" is no club's nickname ("Fund manager"), and an illness or a law named
after someone is no name of its own ("Crohn's disease", "Kessler's Theorem"), the law's person
a person. The sentences are made up."""

from entity_reading import entities, label_by_name, labels


def test_a_surname_before_a_comma_and_a_country_stays_the_person(extractor):
    found = label_by_name(
        extractor,
        "France edge Italy\n\nLouis Moreau kicked the winning penalty. Moreau said the side was "
        "ready. Thanks to Moreau, France did enough to win. Moreau starts again next week.",
    )
    assert found["Louis Moreau"] == "PERSON"


def test_a_town_before_its_state_is_still_a_place(extractor):
    found = label_by_name(
        extractor, "Band on tour\n\nThe band flew to Dallas, Texas on Monday for the show."
    )
    assert found["Dallas"] == "GPE"


def test_a_calling_before_manager_is_no_club(extractor):
    found = label_by_name(
        extractor,
        "Club shares rise\n\nFund manager Peter Kolb said the football club's shares were cheap "
        "after the league win.",
    )
    assert "Fund" not in found
    assert found["Peter Kolb"] == "PERSON"


def test_a_club_nickname_before_boss_is_still_the_club(extractor):
    found = label_by_name(
        extractor,
        "Boro ready\n\nBoro boss Steve Hart said the league game would be hard for his striker.",
    )
    assert found["Boro"] == "ORG"


def test_an_illness_named_after_someone_is_no_name(extractor):
    found = label_by_name(
        extractor,
        "Health news\n\nShe has Crohn's disease and her son has Asperger's syndrome, the "
        "charity said.",
    )
    assert "Crohn" not in found
    assert "Asperger" not in found


def test_a_charity_named_for_an_illness_is_left(extractor):
    found = label_by_name(
        extractor, "Charity news\n\nThe Alzheimer's Society backed the plan on Monday."
    )
    assert not any(name in ("Alzheimer", "Alzheimer's") for name in found)


def test_a_law_named_after_someone_names_the_person(extractor):
    found = label_by_name(
        extractor, "Maths prize\n\nThe proof rests on Kessler's Theorem, the professor said."
    )
    assert found["Kessler"] == "PERSON"
    assert "Theorem" not in found


def test_a_countrys_laws_are_left(extractor):
    found = label_by_name(
        extractor, "New rules\n\nBritain's laws on data changed, Sony's Law Society adviser said."
    )
    assert found["United Kingdom"] == "GPE"
    assert found["Sony"] == "ORG"


def test_a_phone_card_in_title_case_is_no_place(extractor):
    found = label_by_name(
        extractor,
        "Phone swap\n\nCustomers had to swap their Sim cards, and the Sim cards cost more, "
        "Vodafone said.",
    )
    assert "Sim" not in found
    assert found["Vodafone"] == "ORG"


def test_a_clubs_stars_before_a_verb_leave_the_club(extractor):
    # "stars" is the plural noun here, no film's verb: the club stays a club in every mention.
    found = label_by_name(
        extractor,
        "Keeper praises manager\n\nHe says the boss suits the squad of Rovers stars and keeps "
        "them calm. Rovers won the league game on Saturday. Rovers scored twice.",
    )
    assert found["Rovers"] == "ORG"


def test_a_show_that_stars_its_cast_is_still_a_work(extractor):
    found = label_by_name(
        extractor, "New series\n\nThe sitcom Harbour Days stars Tom Hanks and Meg Ryan."
    )
    assert found["Harbour Days"] == "WORK_OF_ART"


def test_a_body_after_a_kind_and_a_lower_case_the_is_the_body(extractor):
    # "programmes [that] the BBC owns": a relative clause's subject, no title.
    found = label_by_name(
        extractor,
        "Broadband TV\n\nViewers can download programmes the BBC owns for seven days. The BBC "
        "said the trial worked. The BBC will widen it.",
    )
    assert found["BBC"] == "ORG"


def test_a_countrys_team_by_team_is_an_organisation(extractor):
    # Seed 165's shape: "springboard Team GB to greater success" gave Team GB PERSON.
    found = label_by_name(
        extractor,
        "Diving funds\n\nThe money will springboard Team GB to greater success, officials said.",
    )
    assert found["Team GB"] == "ORG"


def test_a_team_boss_is_still_a_person(extractor):
    found = label_by_name(extractor, "Grand Prix\n\nTeam boss Frank Williams was happy.")
    assert found["Frank Williams"] == "PERSON"


def test_a_name_the_model_ends_at_its_particle_runs_on(extractor):
    # The model gives "Goalkeeper Edwin van der" for this sentence: no name ends in "van der".
    found = label_by_name(extractor, "Cup tie\n\nGoalkeeper Edwin van der Sar saved the penalty.")
    assert found["Edwin van der Sar"] == "PERSON"


def test_a_sides_age_group_is_no_model_number(extractor):
    # Seed 164's headline shape: "Iceland U21" read as a maker and its model's code.
    found = label_by_name(extractor, "Under-21 match\n\nScotland U21 won in Reykjavik on Friday.")
    assert found["Scotland U21"] != "PRODUCT"


def test_a_maker_and_its_model_is_still_a_product(extractor):
    found = label_by_name(extractor, "Planes\n\nThe Boeing 787 and the Nokia N90 sold well.")
    assert found["Boeing 787"] == "PRODUCT"


def test_a_languages_word_after_a_is_the_language(extractor):
    # Seed 167's shape: "should have a Latin name" beside "learn Latin" split off a people.
    found = entities(
        extractor,
        "School plans\n\nThe school should have a Latin name, he said. Pupils learn Latin at "
        "the school.",
    )
    assert labels(found, "Latin") == {"LANGUAGE"}


def test_a_surnames_slip_into_the_leaves_a_named_person(extractor):
    # A PolNeAR article's "show the Clinton was unable" turned 14 PERSON mentions PRODUCT: a
    # name that takes "the" is a thing, but not a lone surname beside the person's full name.
    found = label_by_name(
        extractor,
        "Campaign\n\nMary Kessler spoke on Monday. Kessler said the Kessler was tired. Kessler "
        "left early.",
    )
    assert found["Mary Kessler"] == "PERSON"


def test_a_thing_that_takes_the_is_still_no_person(extractor):
    found = label_by_name(extractor, "Ships\n\nThe Titanic sank in 1912. Titanic was big.")
    assert found.get("Titanic") != "PERSON"
