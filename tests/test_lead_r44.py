"""The lead's rules of round 44: a body's name the model cut is grown to the words its
bracketed short form spells (`entity_spelled_names`; seed 133's "Swansea Unite Against Fascism
(UAF)", `Swansea Unite Against` PERSON); a lone name the model tags ORG is the firm named for a
person, not the person (`entities._firm_named_for`; BBC business/331's "Disney" joined to "Roy
Disney", read as a user). The sentences are made up."""

from entity_reading import entities, label_by_name, labelled, texts_of


def test_a_body_cut_before_its_last_word_is_whole_by_its_initials(extractor):
    found = entities(
        extractor,
        "March\n\nSwansea Unite Against Fascism (UAF) is meeting this week. The UAF said"
        " hundreds would come.",
    )
    assert texts_of(found, "Swansea Unite Against Fascism") == [
        ["Swansea Unite Against Fascism", "UAF", "The UAF"]
    ]
    assert "PERSON" not in {label for label, _, _ in found}


def test_a_body_cut_to_its_last_word_grows_back_over_its_joiners(extractor):
    text = (
        "Protest\n\nThe Coalition for Peace and Justice (CPJ) marched on Saturday. The CPJ said"
        " it would march again."
    )
    assert labelled(extractor, text, "ORG") == ["Coalition for Peace and Justice", "CPJ", "The CPJ"]


def test_a_country_keeps_its_label_when_grown(extractor):
    text = "Talks\n\nThe Democratic Republic of Congo (DRC) held talks with its neighbours."
    assert label_by_name(extractor, text).get("Democratic Republic of Congo") == "GPE"


def test_a_name_whole_already_or_a_term_the_model_left_out_is_left_alone(extractor):
    # The model's whole name stays as it is; a run it tagged nothing of may be a term.
    text = (
        "Unions\n\nThe National Union of Teachers (NUT) said the plan was wrong. The firm's"
        " players use Digital Rights Management (DRM) to stop copying."
    )
    names = label_by_name(extractor, text)
    assert names.get("National Union of Teachers") == "ORG"
    assert "Digital Rights Management" not in names
    # Initials that spell no run of the words before them change nothing.
    assert labelled(extractor, "Visit\n\nTony Blair (PM) spoke in Paris.", "PERSON") == [
        "Tony Blair"
    ]


def test_a_firms_lone_name_joins_the_firm_not_a_person_of_that_surname(extractor):
    found = entities(
        extractor,
        "Disney settles\n\nWalt Disney has settled charges from regulators. Disney failed to"
        " tell investors about the jobs, and the three Disney directors have left. Disney"
        " also paid Air Shamrock, an airline owned by former director Roy Disney.",
    )
    assert ("ORG", "Walt Disney") in {(label, name) for label, name, _ in found}
    assert texts_of(found, "Roy Disney") == [["Roy Disney"]]
    assert "Disney" in texts_of(found, "Walt Disney")[0]


def test_a_lone_surname_the_article_titles_stays_the_persons(extractor):
    found = entities(
        extractor,
        "Family firm\n\nWalt Disney has settled charges. Director Roy Disney left in 2003."
        " Mr Disney said he was proud, and Disney thanked his staff.",
    )
    assert "Disney" in texts_of(found, "Roy Disney")[0]


def test_an_act_before_its_records_after_a_singing_word_is_no_song(extractor):
    # The lead's mend of r44b-bills's sung songs: "sang Beatles hits" names the act's records.
    text = (
        "Concert\n\nThe choir sang Beatles hits, and later she was singing Elvis numbers. The"
        " fans sang Auld Lang Syne at midnight."
    )
    assert labelled(extractor, text, "WORK_OF_ART") == ["Auld Lang Syne"]


def test_a_spaced_spelling_used_more_often_names_the_joined_entity(extractor):
    # The lead's mend of r44b-tech's spaced spellings: the article's usual spelling names it.
    found = entities(
        extractor,
        "Media results\n\nTime Warner said profits rose. Time Warner shares climbed, and"
        " analysts said TimeWarner had done well. Time Warner will report again in May.",
    )
    firms = [texts for label, name, texts in found if "Warner" in name]
    assert len(firms) == 1
    assert ("ORG", "Time Warner") in {(label, name) for label, name, _ in found}
