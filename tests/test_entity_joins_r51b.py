"""Round r51b-joins: joins and spans factx's own rules made wrong where the model was right
(`factx/extract/entity_wrong_joins.py`; sentences of my own)."""

from entity_reading import label_by_name

# `faith_after_people`: two peoples' words before a noun stay two.


def test_a_faiths_adjective_after_a_peoples_word_is_no_one_group(extractor):
    found = label_by_name(
        extractor, "The attacks were blamed on Palestinian Islamic militants who oppose the truce."
    )
    assert "Palestinian Islamic" not in found
    assert found.get("Palestinian") == "NORP"


def test_one_group_of_two_peoples_words_and_a_longer_name_stay_whole(extractor):
    found = label_by_name(extractor, "A Bosnian Serb commander was arrested in Belgrade on Monday.")
    assert found.get("Bosnian Serb") == "NORP"
    found = label_by_name(
        extractor, "Members of the Palestinian Islamic Jihad group said they fired the rockets."
    )
    assert found.get("Palestinian Islamic Jihad") == "ORG"


# `faith_group`: a group's name opening with a faith's word takes no person's surname.


def test_a_faith_group_is_no_person_by_a_gods_title(extractor):
    found = label_by_name(
        extractor,
        "She joined the Hindu Hare Krishna sect as a teenager. Pilgrims gathered at the "
        "birthplace of Lord Krishna in the north.",
    )
    assert found.get("Hindu Hare Krishna") != "PERSON"


def test_an_honorific_still_makes_a_person_of_a_first_named_name(extractor):
    found = label_by_name(
        extractor,
        "The report was praised by Ruth Kelly. Ms Kelly said she would publish it next week.",
    )
    assert found.get("Ruth Kelly") == "PERSON"


# The "sports event by its name" cue: a person's title before the name keeps the person.


def test_a_titled_person_named_like_an_event_is_a_person(extractor):
    found = label_by_name(
        extractor,
        "The head of the national council for school research, Professor Geoff Masters, says "
        "the results are poor.",
    )
    assert found.get("Geoff Masters") == "PERSON"


def test_an_event_by_its_name_is_still_an_event(extractor):
    found = label_by_name(extractor, "Tiger Woods won the US Masters at Augusta last year.")
    assert found.get("US Masters") == "EVENT"


# `landform_region`: the model's place ending in a region's kind word is no first name's person.


def test_a_coast_after_a_states_possessive_is_a_place(extractor):
    found = label_by_name(
        extractor, "The plane came down on Queensland's Sunshine Coast on Friday."
    )
    assert found.get("Sunshine Coast") == "LOC"


def test_a_person_after_a_countrys_possessive_is_still_a_person(extractor):
    found = label_by_name(extractor, "Britain's Paula Radcliffe won the race in London.")
    assert found.get("Paula Radcliffe") == "PERSON"


# `rank_before_person`: a rank between a unit and a person belongs to neither.


def test_a_rank_after_a_unit_is_no_word_of_the_unit(extractor):
    found = label_by_name(
        extractor, "When Fourth Division Deputy Chief Peter Walsh arrived, the roof was alight."
    )
    assert "Fourth Division Deputy Chief" not in found
    assert found.get("Peter Walsh") == "PERSON"


def test_a_bodys_name_run_on_over_capitals_still_grows(extractor):
    found = label_by_name(
        extractor, "He told the Boston Fire Department Training Academy that he was proud."
    )
    assert not any(name == "Boston" for name in found)


# `party_before_post`: a party's name opening a sentence before a post is kept.


def test_a_party_before_its_leader_opening_a_sentence_is_kept(extractor):
    found = label_by_name(extractor, "Labor leader Kim Beazley says the plan will fail.")
    assert found.get("Labor") == "ORG"
    assert found.get("Kim Beazley") == "PERSON"


def test_the_common_noun_labor_opening_a_sentence_is_no_party(extractor):
    found = label_by_name(extractor, "Labor costs rose sharply at the Detroit plants last year.")
    assert "Labor" not in found


# The apposition cues ("firm in apposition", "person in a role"): ", a spokesman for <Body>
# said." closes a reported sentence, no apposition of the place before it.


def test_a_place_before_an_attribution_is_no_spokesman_or_firm(extractor):
    found = label_by_name(
        extractor, "The ashes were flown to Jaipur, a spokesman for Barnes Group said."
    )
    assert found.get("Jaipur") == "GPE"
    found = label_by_name(
        extractor,
        "The ashes were taken from Varanasi, a spokesman for the Hare Krishna group said.",
    )
    assert found.get("Varanasi") == "GPE"


def test_a_person_or_firm_in_apposition_keeps_its_cue(extractor):
    found = label_by_name(
        extractor,
        "The attack was condemned by John Smith, a spokesman for the group, who said it was wrong.",
    )
    assert found.get("John Smith") == "PERSON"
    found = label_by_name(
        extractor, "The deal was signed by Omnicorp, the advertising group, on Monday."
    )
    assert found.get("Omnicorp") == "ORG"


# `towns_before_buildings`: a town before a lower-case building word is the town.


def test_a_town_before_a_lower_case_building_word_is_the_town(extractor):
    found = label_by_name(
        extractor,
        "The director of nursing at Coober hospital said three men were hurt. Officials are "
        "expected in Coober today.",
    )
    assert found.get("Coober") == "GPE"
    found = label_by_name(
        extractor, "Protesters gathered in front of the Premier's Kirribilli residence in Sydney."
    )
    assert found.get("Kirribilli") == "GPE"


def test_a_buildings_capitalised_name_is_left_alone(extractor):
    found = label_by_name(
        extractor,
        "Three detainees escaped from the Woomera Detention Centre in outback South Australia.",
    )
    assert found.get("Woomera Detention Centre") == "FAC"


# `abbreviated_rank`: a police rank cut short is no name.


def test_an_abbreviated_rank_is_no_name(extractor):
    found = label_by_name(extractor, "The case is closed, Staff-Insp. Peter Ward said.")
    assert "Staff-Insp" not in found
    assert found.get("Peter Ward") == "PERSON"


def test_a_rank_inside_the_persons_span_still_gives_the_person(extractor):
    found = label_by_name(extractor, "Det-Supt Ian Holt said the inquiry would go on.")
    assert found.get("Ian Holt") == "PERSON"


# `opening_time_word`: a sentence's time word glued to a person's name is cut.


def _span(words, label):
    import spacy
    from spacy.tokens import Doc, Span

    doc = Doc(spacy.blank("en").vocab, words=words)
    for token in doc:
        token.is_sent_start = token.i == 0
    return Span(doc, 0, 2, label=label)


def test_a_time_word_opening_a_persons_span_is_cut():
    from factx.extract.entity_wrong_joins import opening_time_word

    assert opening_time_word(_span(["Tomorrow", "Jackson", "'s", "relatives", "meet"], "PERSON"))
    assert opening_time_word(_span(["Yesterday", "Brown", "'s", "lawyers", "asked"], "PERSON"))


def test_a_work_named_with_a_time_word_is_left_alone():
    from factx.extract.entity_wrong_joins import opening_time_word

    assert not opening_time_word(_span(["Tomorrow", "Never", "Dies", "opened"], "WORK_OF_ART"))
    assert not opening_time_word(_span(["Tomorrow", "night", "Smith", "plays"], "PERSON"))
