"""Round r39b-cuts: names cut or glued at their edges (seeds 97-99's shapes, on sentences of
this round's own): firms named after "agencies", a role set off by a second comma before its
"of", firms named by capital initials before their words (`firms_after_initials` in
`factx/extract/entity_firms.py`)."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def test_names_after_agencies_are_firms(extractor):
    # At the base "Fitch" was PERSON (3): "agencies" was no kind word of firms, as "companies".
    labels = _labels(
        extractor,
        "Analysts at the agencies Fitch and Standard & Poor's raised their rating. Fitch said"
        " the move was overdue. The other two major ratings agencies - Fitch and Moody's have"
        " long since upped their rating.",
    )
    assert labels["Fitch"] == "ORG" and labels["Moody's"] == "ORG"


def test_a_person_after_agencies_with_a_first_name_is_left_alone(extractor):
    labels = _labels(extractor, "Jane Smith, who runs two travel agencies, said prices rose.")
    assert labels["Jane Smith"] == "PERSON"


def test_a_role_set_off_by_two_commas_before_of_is_a_persons(extractor):
    # At the base "Rajesh Magazine" was ORG (a surname that is a kind of work) and "Hillier
    # Parker" PERSON, the firm cut from its initials.
    labels = _labels(
        extractor,
        "Rajesh Magazine, managing director, of CB Hillier Parker - an international real estate"
        " company - told the BBC this was a big positive step.",
    )
    assert labels["Rajesh Magazine"] == "PERSON"
    assert labels["CB Hillier Parker"] == "ORG"
    assert "Hillier Parker" not in labels


def test_initials_and_words_before_an_aside_calling_them_a_company_are_one_firm(extractor):
    # At the base "Knight Frank" was PERSON, without its "JL".
    labels = _labels(
        extractor, "Shares in JL Knight Frank - an international property company - rose."
    )
    assert labels == {"JL Knight Frank": "ORG"}


def test_initials_after_a_roles_of_are_a_firm_only_over_a_person(extractor):
    # At the base "Hillier Parker" was PERSON: no aside, only the role's "of" before it.
    labels = _labels(
        extractor,
        "Rajesh Magazine, managing director, of CB Hillier Parker, told the BBC this was a big"
        " positive step.",
    )
    assert labels["CB Hillier Parker"] == "ORG" and "Hillier Parker" not in labels
    # A work after a role's "of" keeps its own reading: no person there, no firm made.
    labels = _labels(extractor, "Mr Rao is the president of TV Guide and a keen golfer.")
    assert "Guide" not in labels


def test_a_hyphened_title_is_no_word_of_the_body_before_it(extractor):
    # At the base "UK Treasury Under" (of "Under-Secretary") and "Labour Party Co-Chairman"
    # were ORG with the title's words.
    labels = _labels(
        extractor,
        "Budget news\n\nBut UK Treasury Under-Secretary Mark Wilson said Britain could not support"
        " the plan. The Labour Party Co-Chairman said the electorate had a choice.",
    )
    assert labels["UK Treasury"] == "ORG" and labels["Labour Party"] == "ORG"
    assert labels["Mark Wilson"] == "PERSON"
    assert not any("Under" in name or "Chairman" in name for name in labels)


def test_a_hyphened_name_that_is_no_title_is_left_alone(extractor):
    labels = _labels(extractor, "Bank news\n\nThe Co-Operative Bank said profits rose.")
    assert "Co-Operative Bank" in labels


def test_a_product_before_project_is_the_project(extractor):
    # At the base "Cyberplus" was PRODUCT (2), seed 98's `Lifeplus` on a name of this round's.
    labels = _labels(
        extractor,
        "Tech news\n\nThe Cyberplus project is part of the EU's Digital Futures initiative. The"
        " Cyberplus project is about combining digital and real views.",
    )
    assert labels["Cyberplus"] == "ORG"


def test_a_venue_before_project_keeps_its_reading(extractor):
    labels = _labels(extractor, "Sport news\n\nThe Wembley project is late.")
    assert labels["Wembley"] == "FAC"


def test_a_surname_in_brackets_after_a_first_name_is_one_person(extractor):
    # At the base "Natalie" and "Appleton" were two ORG, and "Kerry" and "Katona" two PERSON.
    record = extractor.extract_text(
        'Show news\n\n"There has been a big gamble on Natalie [Appleton] to go," said the'
        ' bookmaker. "And on Kerry [Katona] too," added Mr Smith.'
    )
    people = {f.name: [m.text for m in f.mentions] for f in record.facts if f.type == "entity"}
    assert people["Natalie Appleton"] == ["Natalie [Appleton]"]
    assert people["Kerry Katona"] == ["Kerry [Katona]"]
    assert not {"Natalie", "Appleton", "Kerry", "Katona"} & set(people)


def test_a_word_in_brackets_after_no_first_name_is_left_alone(extractor):
    labels = _labels(extractor, "Europe news\n\nThe Lisbon [treaty] was signed by Spain.")
    assert "Lisbon" in labels


def test_a_surname_misspelt_by_a_letter_in_a_speakers_slot_is_the_person(extractor):
    # At the base "Hassel" was ORG (2), apart from "Brian Hassell".
    record = extractor.extract_text(
        "Football news\n\nBrian Hassell says no official approach has been received. Hassel says"
        ' Juninho would like to stay. "He is happy," said Hassel.'
    )
    people = {f.name: [m.text for m in f.mentions] for f in record.facts if f.type == "entity"}
    assert people["Brian Hassell"] == ["Brian Hassell", "Hassel", "Hassel"]


def test_a_family_name_with_an_s_and_a_lone_word_out_of_a_speakers_slot_stay_apart(extractor):
    record = extractor.extract_text(
        "Court news\n\nJulia Robert says the firm owes her money. Roberts said it did not."
        " Shares in Hassels fell after Brian Hassell left."
    )
    mentions = {f.name: [m.text for m in f.mentions] for f in record.facts if f.type == "entity"}
    # "Roberts" is "Robert" with an "s" (another of the family), "Hassels" stands in no
    # speaker's slot: neither joins the person.
    assert mentions["Julia Robert"] == ["Julia Robert"]
    assert mentions["Brian Hassell"] == ["Brian Hassell"]
