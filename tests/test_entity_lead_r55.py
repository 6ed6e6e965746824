"""The lead's round-55 rules from reading TempEval-3's wire copy: a weekday a wire writes
straight after its subject is no word of the person's name, and a bank holding company's
suffix makes a firm."""

from entity_reading import entities


def test_a_weekday_after_a_persons_name_is_cut_off(extractor):
    # Wire style puts the day straight after the subject, with no "on": the model ran "Bill
    # Clinton Thursday" together as one PERSON.
    for text, name in (
        ("President Bill Clinton Thursday condemned the attacks on the embassies.", "Bill Clinton"),
        ("Senator Jane Harwood Monday said the bill would pass.", "Jane Harwood"),
    ):
        found = [(label, n) for label, n, _ in entities(extractor, text)]
        assert ("PERSON", name) in found, text
        assert not any(n.endswith("day") for _, n in found), text


def test_a_name_of_one_word_and_its_day_stays_whole(extractor):
    # "Man Friday" and "Joe Friday" are names; the rule needs two words of a name before the day.
    found = [(label, n) for label, n, _ in entities(extractor, "Joe Friday was a detective.")]
    assert found == [("PERSON", "Joe Friday")]


def test_a_bank_holding_companys_suffix_makes_a_firm(extractor):
    for text, name in (
        ("First Security agreed to acquire Deseret Bancorp. for $18 million.", "Deseret Bancorp"),
        ("Shares of Hollis Bancshares rose 4% on Tuesday.", "Hollis Bancshares"),
    ):
        found = [(label, n) for label, n, _ in entities(extractor, text)]
        assert ("ORG", name) in found, (text, found)


def test_a_life_story_after_its_kind_is_a_work(extractor):
    # r55-conll's list of works labelled PERSON on CoNLL-2003 dev: "her biography <Title>" (the
    # kind was missing from `work after its kind`) and "his memoir <Title>, the former
    # president" (the person-in-apposition cue read the comma's role and kept the model's PERSON).
    for text, name in (
        ("She wrote about it in her biography My Story.", "My Story"),
        ("In his memoir Tom Brown, the former president recalls the war.", "Tom Brown"),
    ):
        found = [(label, n) for label, n, _ in entities(extractor, text)]
        assert ("WORK_OF_ART", name) in found, (text, found)


def test_a_person_in_apposition_after_other_words_stays_a_person(extractor):
    found = [
        (label, n)
        for label, n, _ in entities(extractor, "Tom Ridley, the firm's founder, said sales rose.")
    ]
    assert ("PERSON", "Tom Ridley") in found


def test_a_fund_or_a_lender_in_apposition_is_a_firm(extractor):
    # PolNeAR sheet 55D's "MF Global, the hedge fund owned by Jon Corzine" (PERSON): a fund, a
    # lender and the one-word makers were missing from `firm in apposition`'s kinds.
    for text, name in (
        ("MF Global, the hedge fund owned by Jon Corzine, collapsed.", "MF Global"),
        ("Abbey, the mortgage lender, cut its rates.", "Abbey"),
    ):
        found = [(label, n) for label, n, _ in entities(extractor, text)]
        assert ("ORG", name) in found, (text, found)


def test_a_fund_manager_in_apposition_stays_a_person(extractor):
    text = "Jim Reed, a fund manager at Fidelity, said shares would rise."
    found = [(label, n) for label, n, _ in entities(extractor, text)]
    assert ("PERSON", "Jim Reed") in found


def test_a_host_of_at_a_sentences_start_is_a_crowd_not_a_works_host(extractor):
    # A user read: "A host of Hollywood stars ... are expected" made Hollywood a work by the
    # `work's people` row, whose guard for "a host of" read only a lower-case "a".
    for text in (
        "A host of Hollywood stars are expected to attend.",
        "There were a whole host of Hollywood stars at the party.",
    ):
        found = [(label, n) for label, n, _ in entities(extractor, text)]
        assert ("WORK_OF_ART", "Hollywood") not in found, text


def test_the_host_of_a_show_still_names_a_work(extractor):
    found = [(label, n) for label, n, _ in entities(extractor, "He is the presenter of Newsnight.")]
    assert found == [("WORK_OF_ART", "Newsnight")]
