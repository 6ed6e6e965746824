"""The lead's rules of round 46: a lone surname written before the article names a second
person of that name is the one it had named (`entities._by_order`): "President Barack Obama"
in the lead, then "Obama said" before "Michelle Obama" comes in, is one person, as is the
headline's "Obama" where the lead names him alone. Once two are named a bare surname stays
unsure, as before. The sentences are made up."""

from entity_reading import entities, labels, texts_of


def test_a_surname_before_the_second_of_the_name_is_the_first(extractor):
    found = entities(
        extractor,
        "Hale attacks rival over trade\n\n"
        "President Gordon Hale on Tuesday accused his rival of misleading voters.\n\n"
        'Hale said the claims were "simply false". Hale then spoke to farmers in Leeds.\n\n'
        "His wife Margaret Hale also spoke at the rally.",
    )
    assert texts_of(found, "Gordon Hale") == [["Hale", "Gordon Hale", "Hale", "Hale"]]
    assert texts_of(found, "Margaret Hale") == [["Margaret Hale"]]
    assert texts_of(found, "Hale") == []


def test_a_surname_after_both_are_named_stays_unsure(extractor):
    found = entities(
        extractor,
        "Rally\n\nGordon Hale and his wife Margaret Hale arrived in Leeds on Monday.\n\n"
        "Hale said the campaign would go on.",
    )
    assert texts_of(found, "Gordon Hale") == [["Gordon Hale"]]
    assert texts_of(found, "Margaret Hale") == [["Margaret Hale"]]
    assert texts_of(found, "Hale") == [["Hale"]]


def test_a_surname_before_every_full_name_is_left(extractor):
    # A report's surname before the article names either of the two players of it: nobody's.
    found = entities(
        extractor,
        "Ireland win\n\nIreland won 24-10 in Cardiff. Easterby scored twice in the second half."
        "\n\nSimon Easterby and his brother Guy Easterby both started the game.",
    )
    assert texts_of(found, "Simon Easterby") == [["Simon Easterby"]]
    assert texts_of(found, "Guy Easterby") == [["Guy Easterby"]]


def test_the_family_by_its_name_joins_nobody(extractor):
    found = entities(
        extractor,
        "Memo\n\nThe memo was written for Bill Clinton by an aide. It served the Clinton family "
        "and its charity.\n\nHillary Clinton was not named in it.",
    )
    assert texts_of(found, "Bill Clinton") == [["Bill Clinton"]]


def test_a_reporters_credit_names_a_person(extractor):
    # The model tags a reporter whose first name is a place's (Lincoln) ORG.
    found = entities(
        extractor,
        "Bank drops accounts\n\nThe bank gave no reason.\n\n"
        "Lincoln Pigman contributed reporting from Moscow.",
    )
    assert ("PERSON", "Lincoln Pigman", ["Lincoln Pigman"]) in found


def test_a_body_that_contributed_to_a_fund_is_no_reporter(extractor):
    found = entities(extractor, "Appeal\n\nThe BBC contributed to the fund on Monday.")
    assert ("ORG", "BBC", ["The BBC"]) in found


def test_a_family_by_its_surnames_plural_the_model_tags_a_person_stays_people(extractor):
    # The plural's "the" made the model's PERSON a thing, and "have" after it a band's ORG.
    found = entities(
        extractor,
        "Memo\n\nThe memo was written for Bill Kennedy. Secrecy is an issue for the Kennedys, said "
        "an aide, who said the Kennedys have always kept their image apart.",
    )
    assert {label for label, name, _ in found if name == "Kennedys"} == {"PERSON"}


def test_a_band_named_as_a_plural_is_still_a_band(extractor):
    found = entities(extractor, "Tour\n\nThe Feeling have a new album out, said Dan Gillespie.")
    assert "PERSON" not in {label for label, name, _ in found if "Feeling" in name}


def test_a_day_after_a_newspaper_is_when_it_was_told_no_title(extractor):
    found = entities(
        extractor,
        "Impeachment\n\nSenator Ron Johnson told a local newspaper Tuesday that she could be "
        "impeached. He told the sports daily Marca that he would stay.",
    )
    assert "Tuesday" not in {name for _, name, _ in found}
    assert ("ORG", "Marca", ["Marca"]) in found


def test_a_title_after_the_show_is_the_show(extractor):
    # Seed 149's "The show Advance Warning" was a work labelled PERSON.
    found = entities(
        extractor,
        "New series\n\nThe show Advance Warning will be broadcast on BBC Two in May. Advance "
        "Warning is presented by a comedian.",
    )
    assert labels(found, "Advance Warning") == {"WORK_OF_ART"}


def test_show_as_a_verb_or_before_a_first_name_leaves_the_person(extractor):
    found = entities(extractor, "Budget\n\nBudget documents show Mr Brown has set aside money.")
    assert labels(found, "Brown") == {"PERSON"}


def test_the_family_by_its_name_is_no_member_but_a_possessive_is_the_person(extractor):
    found = entities(
        extractor,
        "New show\n\nKelly Hale will present the show. It is made by the Hale family's firm.\n\n"
        "Charlie Bell died on Monday. Mr Bell leaves a wife. Bell's family thanked them.",
    )
    assert texts_of(found, "Kelly Hale") == [["Kelly Hale"]]
    assert texts_of(found, "Charlie Bell") == [["Charlie Bell", "Bell", "Bell"]]


def test_a_game_title_before_its_platform_opens_after_a_sentence_end(extractor):
    # r46-products's rule took "March. The PSP" as one game (BBC tech/084, read in the A/B).
    found = entities(
        extractor,
        "Handhelds\n\nNintendo's console goes on sale in Europe before the end of March. The PSP "
        "is expected later. Gamers can play Mario Kart DS online.",
    )
    assert not any("March" in name for _, name, _ in found)
    assert ("WORK_OF_ART", "Mario Kart DS", ["Mario Kart DS"]) in found
