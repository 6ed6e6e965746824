"""Round r49b-misc: cues that misfire and names the model cuts, from PolNeAR sheets D and E's
"Rules these errors suggest", each written from sentences of my own."""

from entity_reading import entities, label_by_name, names, texts_of


def test_a_town_before_a_hyphenated_noun_is_no_side(extractor):
    # Sheet E's "at an Atlanta sit-in" ORG: the cue "team by a plural verb" read "sit" of
    # "sit-in" as a side's verb. A hyphenated noun's first half is no verb, and "a|an" before
    # the name makes it a modifier.
    found = label_by_name(
        extractor,
        "Protesters staged an Atlanta sit-in on Tuesday. Students held a Boston sit-in a year"
        " later. The Chicago look-alike contest drew crowds.",
    )
    assert found.get("Atlanta") == "GPE"
    assert found.get("Boston") == "GPE"
    assert found.get("Chicago") == "GPE"


def test_a_side_before_its_plural_verb_is_still_a_side(extractor):
    # What the cue was written for: "If Madrid do not want me".
    found = label_by_name(extractor, "If Madrid do not want me, I will leave at the end of May.")
    assert found.get("Madrid") == "ORG"


def test_a_continent_the_model_tags_a_state_is_a_place(extractor):
    # Sheet D's "public opinion in Europe and Eurasia": `Eurasia` GPE beside `Europe` LOC.
    found = label_by_name(
        extractor,
        "Hackers have tried to sway public opinion in Europe and Eurasia. Officials in Asia and"
        " Australasia agreed.",
    )
    assert found.get("Eurasia") == "LOC"
    assert found.get("Australasia") == "LOC"
    assert found.get("Europe") == "LOC"


def test_a_firm_named_for_a_continent_keeps_its_name(extractor):
    found = label_by_name(
        extractor,
        "Eurasia Group said the risk was high. Ian Bremmer founded Eurasia Group in 1998.",
    )
    assert found.get("Eurasia Group") == "ORG"
    assert "Eurasia" not in found


def test_a_persona_named_with_a_version_is_one_person(extractor):
    # Sheet D's "An online persona calling himself Guccifer 2.0": cut to `Guccifer` PRODUCT by
    # the glue's "no person is named with a release" and the "product version" cue.
    found = label_by_name(
        extractor,
        "A hacker calling himself Kestrel 2.0 claimed the attack on the bank. Officials said"
        " Kestrel 2.0 was a front for a foreign agency.",
    )
    assert found.get("Kestrel 2.0") == "PERSON"
    assert "Kestrel" not in found


def test_a_release_after_its_maker_stays_a_product(extractor):
    found = label_by_name(
        extractor, "The firm released Firefox 2.0 on Tuesday. The browser Opera 8.0 is out too."
    )
    assert found.get("Firefox 2.0") == "PRODUCT"
    assert found.get("Opera 8.0") == "PRODUCT"


def test_a_persons_initials_are_that_person(extractor):
    # Sheet E's '"They know POTUS and HRC emailed"' and '"Oddly, WJC does not have to sign"':
    # `HRC` and `WJC` ORG; the model's `JFK` PERSON made ORG by the "body by its initials" cue.
    found = label_by_name(
        extractor,
        'Senator Mary Ellen Dunne spoke in Ohio on Monday. "Oddly, MED does not have to sign'
        ' such a document," an aide wrote. Historians said JFK and LBJ had done the same.',
    )
    assert found.get("Mary Ellen Dunne") == "PERSON"
    assert "MED" not in found
    assert found.get("JFK") == "PERSON"
    assert found.get("LBJ") == "PERSON"
    joined = texts_of(entities(extractor, "Bill Jefferson Clinton spoke. Aides said WJC agreed."),
                      "Bill Jefferson Clinton")  # fmt: skip
    assert joined == [["Bill Jefferson Clinton", "WJC"]]


def test_well_known_initials_join_the_one_person_they_fit(extractor):
    # Sheet E's west-journal: "HRC" is the article's `Hillary Clinton`; "WJC" is Bill's by
    # William, his formal first name.
    found = entities(
        extractor,
        'Hillary Clinton used a private server. Bill Clinton was paid for speeches. "They know'
        ' POTUS and HRC emailed," she wrote. "Oddly, WJC does not have to sign," he wrote.',
    )
    assert texts_of(found, "Hillary Clinton") == [["Hillary Clinton", "HRC"]]
    assert texts_of(found, "Bill Clinton") == [["Bill Clinton", "WJC"]]


def test_a_bodys_initials_and_a_film_stay_as_they_are(extractor):
    found = label_by_name(
        extractor,
        "The Human Rights Campaign (HRC) backed the bill. The HRC said it was pleased. IBM and"
        " the BBC agreed. The director behind JFK, Platoon and Born on the Fourth of July spoke.",
    )
    assert found.get("Human Rights Campaign") == "ORG"
    assert found.get("IBM") == "ORG"
    assert found.get("BBC") == "ORG"
    assert found.get("JFK") == "WORK_OF_ART"


def test_a_terms_letters_spelling_a_named_body_are_the_body(extractor):
    # Sheet E's wash-post 10-27: "CGI" (technology_terms) dropped seven times where the article
    # names "the Clinton Global Initiative", whose `Clinton` the model cut off as PERSON.
    found = entities(
        extractor,
        "Officials said DRM was hated. Douglas Band helped"
        " found the Clinton Global Initiative. Started in 2005, CGI became the best-known arm of"
        " the Clinton Foundation.",
    )
    assert texts_of(found, "Clinton Global Initiative") == [
        ["the Clinton Global Initiative", "CGI"]
    ]
    assert "Clinton" not in names(found)
    assert "DRM" not in names(found)


def test_a_term_with_no_body_of_its_letters_stays_a_term(extractor):
    found = names(
        entities(
            extractor,
            "The film's CGI effects were praised by Steven Spielberg. Computer Generated Imagery"
            " is now cheap, and the Clinton Foundation paid for the show.",
        )
    )
    assert "CGI" not in found
    assert "Clinton Foundation" in found


def test_a_centre_for_a_field_is_a_body_even_after_at(extractor):
    # Sheet D's "a cybersecurity conference at the Center for Strategic and International
    # Studies last month": the model's FAC.
    found = label_by_name(
        extractor,
        "Monaco said at a cybersecurity conference at the Center for Strategic and International"
        " Studies last month that the threat was growing. He is a fellow at the Centre for"
        " Policy Studies in London.",
    )
    assert found.get("Center for Strategic and International Studies") == "ORG"
    assert found.get("Centre for Policy Studies") == "ORG"


def test_a_centre_named_for_a_person_stays_a_building(extractor):
    found = label_by_name(extractor, "She sang at the Kennedy Center in Washington on Friday.")
    assert found.get("Kennedy Center") == "FAC"


def test_a_members_state_is_a_place(extractor):
    # Sheet D's "Sen. Ben Sasse (R-Neb.)" and "Rep. Adam B. Schiff of California, the ranking
    # Democrat": the model silent on both states.
    found = label_by_name(
        extractor,
        "Sen. Ben Sasse (R-Neb.) spoke. Rep. Tim Ryan (D-Ohio) disagreed. Rep. Adam B. Schiff of"
        " California, the ranking Democrat, said so. Rep. Dan Burton, R-Ind., agreed.",
    )
    assert found.get("Neb") == "GPE"
    assert found.get("Ohio") == "GPE"
    assert found.get("California") == "GPE"
    assert found.get("Ind") == "GPE"


def test_no_state_where_no_member_is_named(extractor):
    found = label_by_name(
        extractor,
        "The film was R-rated. He studied at the University of California. Democrats (D) and"
        " Republicans (R) voted.",
    )
    assert found.get("University of California") == "ORG"
    assert "California" not in found


def test_a_crisis_by_its_year_is_an_event(extractor):
    # Sheet E's "in the weeks before Election Day: The Suez Crisis in 1956" FAC.
    found = label_by_name(
        extractor,
        "This is hardly the first time there has been drama before a vote: The Suez Crisis in"
        " 1956 shook the world. Relations have been cold since the Cuban Missile Crisis,"
        " historians said.",
    )
    assert found.get("Suez Crisis") == "EVENT"
    assert found.get("Cuban Missile Crisis") == "EVENT"


def test_a_body_named_for_crises_stays_a_body(extractor):
    found = label_by_name(extractor, "The International Crisis Group said the risk was high.")
    assert found.get("International Crisis Group") == "ORG"


def test_an_instructions_opening_verb_is_no_name(extractor):
    # Sheet D's nyt 10-14 subhead "Shorten or eliminate the period in which loss carry-overs
    # can be used to offset other income." gave `Shorten` PERSON (the model's).
    found = names(
        entities(
            extractor,
            "How to fix the tax code\n\nShorten or eliminate the period in which losses can be"
            " used to offset other income.\n\nBan the use of trusts to hide income.",
        )
    )
    assert "Shorten" not in found


def test_a_surname_opening_a_sentence_stays_a_person(extractor):
    found = label_by_name(
        extractor,
        "Labor leader Bill Shorten spoke on Monday.\n\nShorten said the tax was unfair.",
    )
    assert found.get("Bill Shorten") == "PERSON"


def test_a_body_is_not_grown_over_a_candidacys_word(extractor):
    # Sheet D's glued list "Rep. Scott GarrettU.S. Senate Nominee Darryl GlennGov." gave
    # `Senate Nominee` ORG, the model's right `Senate` widened over "Nominee".
    found = label_by_name(
        extractor,
        "Sen. Cory GardnerRep. Scott GarrettU.S. Senate Nominee Darryl GlennGov. Bill Haslam.",
    )
    assert found.get("Senate") == "ORG"
    assert "Senate Nominee" not in found


def test_a_body_named_with_such_a_word_keeps_it(extractor):
    found = label_by_name(extractor, "He spoke at the Race Relations Board on Monday.")
    assert found.get("Race Relations Board") == "ORG"
