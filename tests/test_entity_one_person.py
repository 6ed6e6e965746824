"""People by two initials run together (factx.extract.entity_initials), and one person as one
entity: a full name beside its surname alone, a first name that is also a place, a surname
written with and without its hyphen (factx.extract.entity_one_person)."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_two_initials_before_a_surname_are_a_person(extractor):
    # The model reads the two capitals as a firm's letters: `KD Harlow` ORG.
    text = (
        "Awards\n\n"
        "The disc's best extra is a long interview with KD Harlow about the making of the series."
    )
    assert ("PERSON", "KD Harlow", ["KD Harlow"]) in entities(extractor, text)


def test_initials_after_a_plural_calling_with_a_scottish_surname(extractor):
    # r29-firms's rule read no "Mc" surname: `JP McKenna` ORG beside the person after "and".
    text = "Horse deal\n\nRacing millionaires JP McKenna and John Doyle own 29% of the club."
    found = entities(extractor, text)
    assert ("PERSON", "JP McKenna", ["JP McKenna"]) in found
    assert not [e for e in found if e[0] == "ORG"]


def test_a_firms_initials_stay_a_firm(extractor):
    # The name opens a longer one and is followed by "it": a bank, as the model read it.
    text = (
        "Bank\n\n"
        "Shares in GT Holden rose. The bank later became part of GT Holden Chase, and GT "
        "Holden said that it would pay."
    )
    found = entities(extractor, text)
    assert not [e for e in found if e[0] == "PERSON"]


def test_a_side_and_a_meeting_by_their_initials_are_no_people(extractor):
    for text in (
        "Iceland\n\nThe striker, who plays for FH Hafnarfjordur, also starred in the win.",
        "Athletics\n\nShe won the hurdles at the GE Galan meeting in Stockholm on Tuesday.",
        "Cars\n\nDemand tapers off like it did with the new VW Beetle, said a dealer.",
    ):
        assert not [e for e in entities(extractor, text) if e[0] == "PERSON"], text


def test_a_full_name_beside_its_surname_on_the_team_sheet_is_the_player(extractor):
    # The model tags the full name a firm, the team sheet's surname a person: two entities.
    text = (
        "Rovers 2-1 Town\n\n"
        "A fine run by Lee Duff was stopped by a strong tackle from Djimi Sangare, but Rovers "
        "led at the break.\n\n"
        "Rovers: Dudek, Finnan, Carragher, Hyypia, Sangare (Biscan 67), Hamann, Gerrard."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Djimi Sangare", ["Djimi Sangare", "Sangare"]) in found
    assert not [e for e in found if "Sangare" in e[1] and e[0] != "PERSON"]


def test_a_first_name_that_is_a_place_after_the_full_name_is_the_person(extractor):
    # "Victoria" alone is read as the state beside the person the article named in full.
    text = (
        "Rich list\n\n"
        "The rich list also names Tom and Victoria Hale. The Hales - who are listed thanks to "
        "Victoria's former acting career - come fifth."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Victoria Hale", ["Victoria Hale", "Victoria"]) in found
    assert not [e for e in found if e[0] == "GPE"]


def test_a_surname_with_and_without_its_hyphen_is_one_person(extractor):
    text = (
        "Election\n\n"
        "Peter Ashby Lowe quit the party last year. Mr Ashby-Lowe said he would stand in Hull. "
        "Peter Ashby-Lowe is an MEP."
    )
    found = entities(extractor, text)
    people = [e for e in found if e[0] == "PERSON"]
    assert people == [
        ("PERSON", "Peter Ashby-Lowe", ["Peter Ashby Lowe", "Ashby-Lowe", "Peter Ashby-Lowe"])
    ]
