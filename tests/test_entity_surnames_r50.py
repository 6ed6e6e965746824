"""Round r50-surnames: a bare surname shared by two people named in full. Where one of them is
by far the article's main bearer of the surname (three times the other's surnamed mentions, four
at least), the bare surname left unsure after the second full name is that person's; and a full
name written only as an editor's bracketed gloss inside a quotation owns no bare surname. From
the brief's examples and the PolNeAR texts, tried on sentences of my own."""

from entity_reading import entities, labels, texts_of


def test_a_bare_surname_after_the_second_full_name_joins_the_main_person(extractor):
    found = entities(
        extractor,
        "Democratic nominee Hillary Clinton toured Ohio on Monday. Clinton told voters that jobs"
        " come first. Clinton's aides said the trip went well, and Clinton smiled. Her husband,"
        " former President Bill Clinton, stayed in New York. Clinton then flew to Florida, where"
        " Clinton spoke to students.",
    )
    assert texts_of(found, "Hillary Clinton") == [
        ["Hillary Clinton", "Clinton", "Clinton", "Clinton", "Clinton", "Clinton"]
    ]
    assert texts_of(found, "Bill Clinton") == [["Bill Clinton"]]
    assert texts_of(found, "Clinton") == []


def test_a_wife_named_once_leaves_the_bare_surname_to_the_candidate(extractor):
    found = entities(
        extractor,
        "Donald Trump spoke in Ohio. Trump said the polls were wrong. Trump's aides agreed, and"
        " Trump left early. Melania Trump joined him later. Trump said the crowd was huge.",
    )
    assert texts_of(found, "Donald Trump") == [["Donald Trump", "Trump", "Trump", "Trump", "Trump"]]
    assert texts_of(found, "Melania Trump") == [["Melania Trump"]]


def test_two_main_bearers_leave_the_bare_surname_apart(extractor):
    # Two brothers, each named in full and by surname alike: no main one.
    found = entities(
        extractor,
        "Bob Bryan and Mike Bryan won the doubles title in Houston. Bob Bryan served well, and"
        " Mike Bryan returned well. Bryan said the crowd had helped.",
    )
    assert texts_of(found, "Bob Bryan") == [["Bob Bryan", "Bob Bryan"]]
    assert texts_of(found, "Mike Bryan") == [["Mike Bryan", "Mike Bryan"]]


def test_a_person_called_by_first_name_is_no_main_bearer_of_the_surname(extractor):
    # The boy is "Elian" to the writer; "Gonzalez" alone is someone else.
    found = entities(
        extractor,
        "Elian Gonzalez, 6, was found at sea in November. Elian Gonzalez has lived in Miami"
        " since. Elian went to school on Monday, and Elian played in the yard. Elian Gonzalez"
        " was photographed with a puppy. Elian smiled, and Elian waved, and Elian ran. Elian"
        " Gonzalez is a national celebrity now. His father, Juan Miguel Gonzalez, wants him back"
        " in Cuba. Gonzalez said he would fly to Washington.",
    )
    names = [n for _, n, _ in found]
    assert "Gonzalez" in names
    assert all("Gonzalez" not in texts[1:] for texts in texts_of(found, "Elian Gonzalez"))


def test_the_family_by_its_name_stays_apart_from_the_main_person(extractor):
    found = entities(
        extractor,
        "Democratic nominee Hillary Clinton toured Ohio on Monday. Clinton told voters that jobs"
        " come first. Clinton's aides said the trip went well, and Clinton smiled. Her husband,"
        " former President Bill Clinton, stayed in New York. The Clinton family will meet in"
        " Chappaqua.",
    )
    assert texts_of(found, "Hillary Clinton") == [
        ["Hillary Clinton", "Clinton", "Clinton", "Clinton"]
    ]


def test_a_full_name_glossed_in_a_quotation_owns_no_bare_surname(extractor):
    found = entities(
        extractor,
        "Aides fret over Clinton's stage fright. The Clinton campaign worried about the rally in"
        " Iowa. Clinton is known for her caution, one aide wrote. “She can't walk the stage like"
        " (Bill Clinton) does with a microphone,” the aide said. Clinton later gave the speech"
        " from a podium. Later emails show the Clinton was unable to walk about a stage.",
    )
    assert texts_of(found, "Bill Clinton") == [["Bill Clinton"]]
    assert texts_of(found, "Clinton") == [
        ["Clinton", "Clinton", "Clinton", "Clinton", "the Clinton"]
    ]
    # A person of the surname, as a family's is: "the Clinton" is a slip, no product.
    assert labels(found, "Clinton") == {"PERSON"}


def test_a_gloss_outside_a_quotation_keeps_its_surname(extractor):
    found = entities(
        extractor,
        "This box set has the first season of Buck (Gil Gerard) and his friends. Gerard was at"
        " his best in the second season.",
    )
    assert texts_of(found, "Gil Gerard") == [["Gil Gerard", "Gerard"]]
