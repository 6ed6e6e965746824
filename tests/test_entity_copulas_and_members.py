"""The lead's rules of round 30: a programme by its last word ("Westminster Hour"), a work named
after its kind and "was"/"is" ("The last single of the album was Golden Harbour"; the model
reads such a title by its look, often as a person's name), a party's members' plural run into
its name ("Lib Dem MPs"), and a body's legal ending kept where its initials spell it.
"""

import pytest
from builders import cue_at

CUE = ("work named after its kind and a copula", "WORK_OF_ART")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The last tune of her album was Harbour Lights - a lullaby.", "Harbour Lights", "PERSON"),
        ("Their first single was Golden Harbour, a ballad.", "Golden Harbour", "FAC"),
        ("The novel is Winter Fields, his fourth.", "Winter Fields", "PERSON"),
    ],
)  # fmt: skip
def test_a_title_after_its_kind_and_a_copula_is_a_work(text, name, label):
    assert cue_at(text, name, label) == CUE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A person's possessive after the copula: the record is hers, not named Jane Smith.
        ("The song was Jane Smith's favourite.", "Jane Smith"),
        # A name opening with a common first name is a person there: the show's star.
        ("The star of the musical is Kylie Minogue.", "Kylie Minogue"),
        # A track in sport is no record.
        ("The fastest man on the track was Tom Reed.", "Tom Reed"),
    ],
)
def test_a_person_after_a_kind_and_a_copula_stays_a_person(text, name):
    found = cue_at(text, name, "PERSON")
    assert found is None or found[1] == "PERSON"


def test_the_title_is_a_work_in_the_output(extractor):
    record = extractor.extract_text("The last song of his final album was Redemption Hill.")
    labels = {f.name: f.label for f in record.facts if f.type == "entity"}
    assert labels.get("Redemption Hill") == "WORK_OF_ART"


def test_a_partys_members_are_no_part_of_its_name(extractor):
    # The model runs the party into its members' plural: "Lib Dem MPs" PERSON.
    record = extractor.extract_text("The plan faces opposition from Tory and Lib Dem MPs.")
    labels = {f.name: f.label for f in record.facts if f.type == "entity"}
    assert "Lib Dem MPs" not in labels
    assert labels.get("Lib Dem") in {"ORG", "NORP"}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Speaking to the BBC's Harbour Hour on Sunday, she said so.", "Harbour Hour", "PERSON"),
        ("He told GMTV's Sunday Programme he was sorry.", "Sunday Programme", "FAC"),
        ("She told The Tom Brody Show she would run.", "Tom Brody Show", "PERSON"),
    ],
)
def test_a_name_ending_in_show_or_hour_is_a_programme(text, name, label):
    assert cue_at(text, name, label) == ("show by its last word", "WORK_OF_ART")


def test_a_fair_named_show_is_no_programme():
    text = "He spoke at the Geneva Motor Show on Thursday."
    assert cue_at(text, "Geneva Motor Show", "PERSON") != ("show by its last word", "WORK_OF_ART")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Their singles include Paper Moon and Cold Water.", "Paper Moon", "PERSON"),
        ("The network's reality shows, such as Pop Rivals, did well.", "Pop Rivals", "ORG"),
        ("Her plays, such as Dust Valley, won awards.", "Dust Valley", "GPE"),
    ],
)
def test_a_name_in_a_list_of_its_kind_is_a_work(text, name, label):
    assert cue_at(text, name, label) == ("work in a list of its kind", "WORK_OF_ART")


def test_a_people_in_a_list_of_works_stays_a_people():
    # "films include Mexican movie Y Tu Mama Tambien": the adjective is no title.
    text = "His other films include Mexican movie Luz."
    assert cue_at(text, "Mexican", "NORP") != ("work in a list of its kind", "WORK_OF_ART")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The firm raised $900m from the Pacific Private Investment Corporation (PPIC), a US "
            "agency. PPIC said it was pleased.",
            "Pacific Private Investment Corporation",
        ),
        ("Shares in Indian Plastics Corp (IPC) rose. IPC made a profit.", "Indian Plastics Corp"),
    ],
)
def test_a_bodys_ending_stays_in_its_name_where_its_initials_spell_it(extractor, text, name):
    record = extractor.extract_text(text)
    assert name in {f.name for f in record.facts if f.type == "entity"}


def test_a_firms_ending_goes_where_no_initials_spell_it(extractor):
    record = extractor.extract_text("Shares in Oracle Corporation rose. Oracle said so.")
    assert "Oracle" in {f.name for f in record.facts if f.type == "entity"}


def test_a_name_up_for_an_award_is_a_work():
    text = "Ann Lee, nominated in 2001, is also up for The Glass Harbour."
    assert cue_at(text, "The Glass Harbour", "ORG") == ("work up for an award", "WORK_OF_ART")
    # A person's possessive after it: the post is the person's, no work.
    assert cue_at("Is he up for Tom Reed's job?", "Tom Reed", "PERSON") is None
