"""Round r48-spans: names the model ends a word too soon or starts a word too late (a surname
cut after its particle, a name cut before its number, a title cut at its "No", a role glued
before a particle's name), mended at their edges; each sentence my own."""

from entity_reading import label_by_name


def test_a_surname_cut_after_its_particle_grows_back_over_the_first_name(extractor):
    # The model tags `Randt` alone (PERSON or ORG).
    found = label_by_name(extractor, "Veteran prop Os du Randt has been recalled to the squad.")
    assert found.get("Os du Randt") == "PERSON"
    assert "Randt" not in found
    found = label_by_name(
        extractor, "Fly-half Percy Montgomery and prop Os du Randt were named in the squad."
    )
    assert found.get("Os du Randt") == "PERSON"


def test_a_place_or_a_role_before_a_particle_is_left_alone(extractor):
    found = label_by_name(extractor, "The team flew to Rio de Janeiro on Tuesday.")
    assert "Rio de Janeiro" in found
    found = label_by_name(extractor, "He was chosen to play at the Stade de France.")
    assert not any(n.endswith("de France") and lab == "PERSON" for n, lab in found.items())


def test_a_name_cut_before_the_number_it_always_carries_keeps_it(extractor):
    # The model tags "Band Aid" ORG and each "20" CARDINAL.
    found = label_by_name(
        extractor,
        "Proceeds from Band Aid 20 will go to Sudan. The Band Aid 20 single sold 200,000 "
        "copies on its first day.",
    )
    assert found.get("Band Aid 20") == "ORG"
    assert "Band Aid" not in found


def test_a_number_written_once_or_as_a_score_or_figure_is_left_out(extractor):
    found = label_by_name(extractor, "Proceeds from Band Aid 20 will go to Sudan.")
    assert "Band Aid 20" not in found
    found = label_by_name(
        extractor,
        "Warne 3 for 25 was his best spell. Later Warne 3 for 40 followed at Lord's.",
    )
    assert not any(name.startswith("Warne 3") for name in found)


def test_a_title_cut_at_its_no_runs_on_through_its_number(extractor):
    # The model's "Gonna Have a No 1" ORG was cut to `Gonna Have a No`.
    found = label_by_name(
        extractor, "The single, called Gonna Have a No 1 This Christmas, was released on Monday."
    )
    assert found.get("Gonna Have a No 1 This Christmas") == "WORK_OF_ART"
    assert "Gonna Have a No" not in found
    found = label_by_name(extractor, "He sang Mambo No 5 on the show.")
    assert "Mambo No 5" in found
    assert "Mambo No" not in found


def test_a_role_before_a_particles_name_is_cut_off(extractor):
    # The model gives "Defender Rafael van der Vaart" and "Goalkeeper Edwin van der Sar"
    # PERSON, "Striker Jan Vennegoor of Hesselink" ORG.
    found = label_by_name(extractor, "Goalkeeper Edwin van der Sar made a fine save.")
    assert found.get("Edwin van der Sar") == "PERSON"
    assert "Goalkeeper Edwin van der Sar" not in found
    found = label_by_name(extractor, "Striker Jan Vennegoor of Hesselink missed a penalty.")
    assert found.get("Jan Vennegoor of Hesselink") == "PERSON"


def test_a_man_of_a_town_or_a_firm_keeps_apart(extractor):
    found = label_by_name(extractor, "Director Tom Baxter of Leeds said the film was late.")
    assert "Tom Baxter of Leeds" not in found
    found = label_by_name(extractor, "Professor John de Vries of the University of Leeds spoke.")
    assert found.get("John de Vries") == "PERSON"


def test_two_titles_glued_over_their_and_are_two_works(extractor):
    # The model gives one ORG or WORK_OF_ART over both titles.
    found = label_by_name(
        extractor,
        "The film is expected to be like his action films of the 1990s, Chasing The Comet and "
        "The Return Of The Comet.",
    )
    assert found.get("Chasing The Comet") == "WORK_OF_ART"
    assert "Chasing The Comet and The Return Of The Comet" not in found
    found = label_by_name(
        extractor, "Her film was voted best comedy, beating Night of the Living Dead and Shrek 2."
    )
    assert found.get("Night of the Living Dead") == "WORK_OF_ART"
    assert found.get("Shrek 2") == "WORK_OF_ART"


def test_one_title_or_body_with_its_own_and_stays_whole(extractor):
    found = label_by_name(
        extractor,
        "The show Dick and Dom In Da Bungalow won. Harry Potter and the Prisoner of Azkaban was a "
        "hit.",
    )
    assert "Dick and Dom In Da Bungalow" in found
    assert "Harry Potter and the Prisoner of Azkaban" in found
    found = label_by_name(
        extractor,
        'The firms were accused of running "Corrupt Practices and Criminal Enterprises" for years.',
    )
    assert "Corrupt Practices" not in found
    found = label_by_name(
        extractor,
        "The Standards and Exams Authority (SEA) said the new history titles were too hard.",
    )
    assert "Exams Authority" not in found
