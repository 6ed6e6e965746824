"""The lead's rules of round 45: two men of one first name and surname, written with other
middle initials, are two entities with two ids ("George H. W. Bush" and his son "George W.
Bush"), where one initial is still no part of a name's key ("Donald J. Trump" is Donald Trump;
`entities._middle_words`, `entities._other_initials`); a name after a verb of telling and
"the <kind>" opens the words told, no firm's or paper's name (the cue `company after its kind`).
The sentences are made up."""

from entity_reading import REFERENCE_DATE, label_by_name


def people(extractor, text):
    """(entity id, name, mention texts) of each PERSON entity of `text`."""
    record = extractor.extract_text(text, reference_date=REFERENCE_DATE)
    return [
        (f.entity_id, f.name, [m.text for m in f.mentions])
        for f in record.facts
        if f.type == "entity" and f.label == "PERSON"
    ]


def test_a_father_and_son_of_other_middle_initials_are_two_people(extractor):
    found = people(
        extractor,
        "Reunion\n\nFormer President George H. W. Bush met George W. Bush in Texas on Monday.",
    )
    by_name = {name: (i, texts) for i, name, texts in found}
    assert by_name["George H. W. Bush"][1] == ["George H. W. Bush"]
    assert by_name["George Bush"][1] == ["George W. Bush"]
    assert by_name["George H. W. Bush"][0] != by_name["George Bush"][0]


def test_two_initials_have_one_name_and_id_however_they_are_written(extractor):
    found = [
        people(extractor, text)
        for text in (
            "Visit\n\nGeorge H.W. Bush arrived in Houston.",
            "Visit\n\nGeorge H. W. Bush arrived in Houston.",
            "Visit\n\nGeorge HW Bush arrived in Houston.",
        )
    ]
    assert {(i, name) for entities in found for i, name, _ in entities} == {
        (found[0][0][0], "George H. W. Bush")
    }


def test_one_middle_initial_is_still_no_part_of_the_key(extractor):
    # The issue's own example: "Donald J. Trump" and "Donald Trump" are one person, one id.
    joined = people(extractor, "Race\n\nDonald J. Trump spoke. Donald Trump said he would win.")
    assert [(name, texts) for _, name, texts in joined] == [
        ("Donald Trump", ["Donald J. Trump", "Donald Trump"])
    ]
    alone = people(extractor, "Race\n\nDonald Trump said he would win.")
    assert alone[0][0] == joined[0][0]
    # The son with his one initial and without it is one man, as before.
    son = people(extractor, "Talks\n\nGeorge W. Bush spoke. George Bush said he would stay.")
    assert [(name, texts) for _, name, texts in son] == [
        ("George Bush", ["George W. Bush", "George Bush"])
    ]


def test_two_capitals_after_no_first_name_are_no_initials(extractor):
    # "MP" between a party and a name is a role's letters, never a person's initials.
    names = {name for _, name, _ in people(extractor, "Vote\n\nLabour MP Karen Buck spoke.")}
    assert names == {"Karen Buck"}


def test_a_name_after_told_the_newspaper_opens_what_was_told(extractor):
    names = label_by_name(extractor, "Row\n\nHe told the newspaper Tony Blair had lied.")
    assert names.get("Tony Blair") == "PERSON"
    # Without the verb of telling, the kind word still names the firm or the paper after it.
    text = "Sales\n\nThe retailer John Lewis said sales rose. The newspaper Le Monde agreed."
    names = label_by_name(extractor, text)
    assert names.get("John Lewis") == "ORG" and names.get("Le Monde") == "ORG"


def test_a_place_before_a_states_full_name_in_a_list_of_places_is_a_place(extractor):
    # Read as a user (PolNeAR usa-today_2016-10-25): "Hamilton, Ohio;" was PERSON.
    text = (
        "Counties\n\nHe looks at six battleground counties: Hamilton, Ohio; Wake, N.C.; and"
        " Brown County, Wis."
    )
    assert label_by_name(extractor, text).get("Hamilton") == "GPE"
    # A state's full name without the list's semicolon, or after a title, leaves a person.
    text = "Race\n\nJohn Kasich, Ohio governor, spoke. Senator Sherrod Brown, Ohio; and others."
    names = label_by_name(extractor, text)
    assert names.get("John Kasich") == "PERSON" and names.get("Sherrod Brown") == "PERSON"
