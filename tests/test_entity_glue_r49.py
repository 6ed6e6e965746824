"""Round r49d-glue: an outlet glued to a person's surname, a body and an outlet glued over
"and", a surname and a body glued over a verb of giving, a surname before a government body,
a body's name run into the next word, hashtags, chat abbreviations, a stressed "US" and a
group's one member; from PolNeAR sheets F and G's sections (never their texts), each tried on
sentences of my own."""

from entity_reading import entities, label_by_name, labelled, mentions, names, texts_of


def test_an_outlet_glued_to_a_surname_is_the_outlet_and_the_person(extractor):
    # Sheet F's shape: "told Politico Wallace was chosen" gave one PERSON `Politico Wallace`.
    text = (
        "Mike Denton, co-chair of the panel, told Politico Wallace was chosen because he is"
        " fair. Fox anchor Chris Wallace will moderate the last debate."
    )
    found = entities(extractor, text)
    assert "Politico Wallace" not in names(found)
    assert label_by_name(extractor, text)["Politico"] == "ORG"
    assert texts_of(found, "Chris Wallace") == [["Wallace", "Chris Wallace"]]


def test_a_roundups_lone_outlet_does_not_keep_the_glued_outlet_whole(extractor):
    # A roundup's "Name,Outlet:" line, whose lone outlet the model tags PERSON, opens with the
    # glued span's first word: it is the outlet, no person's first name, and must not block the
    # split (the lead's check of the merged rule on sheet F's article).
    text = (
        "Debate host chosen\n\n"
        'JaneDoe,Politico: "It was a big night for the network."\n\n'
        "Mike Denton, co-chair of the panel, told Politico Wallace was chosen because he is"
        " fair. Fox anchor Chris Wallace will moderate the last debate."
    )
    found = entities(extractor, text)
    assert "Politico Wallace" not in names(found)
    assert label_by_name(extractor, text)["Politico"] == "ORG"


def test_an_outlet_before_a_surname_nobody_is_named_by_is_left(extractor):
    # No "<First> Wallace" in the article: nothing says the last word is a surname of its own.
    found = entities(extractor, "Senator John Hartley told Reuters Wallace was a fair choice.")
    assert "Reuters Wallace" in names(found)


def test_a_body_and_an_outlet_glued_over_and_are_two(extractor):
    # Sheet G's shape: "the Center for Responsive Politics and USA TODAY" as one ORG.
    found = entities(
        extractor,
        "Her fundraisers include the Center for Responsive Politics and USA Today. The Center for"
        " Responsive Politics tracks money in elections.",
    )
    assert "Center for Responsive Politics and USA Today" not in names(found)
    assert texts_of(found, "Center for Responsive Politics") == [
        ["the Center for Responsive Politics", "The Center for Responsive Politics"]
    ]
    assert labelled(extractor, "Her fundraisers include the Center for Responsive Politics and"
                    " USA Today. The Center for Responsive Politics tracks money in elections.",
                    "ORG").count("USA Today") == 1  # fmt: skip


def test_names_whose_and_is_their_own_stay_whole(extractor):
    found = entities(
        extractor,
        "Procter and Gamble and Unilever reported profits. Procter and Gamble said sales rose.",
    )
    assert texts_of(found, "Procter and Gamble") == [["Procter and Gamble", "Procter and Gamble"]]


def test_a_surname_and_a_body_glued_over_gave_are_the_donor_and_the_body(extractor):
    # Sheet G's shape: "Two months later, Sandler gave Priorities $1 million." as one ORG.
    text = "Two months later, Sandler gave Priorities $1 million. Herb Sandler is a donor."
    found = entities(extractor, text)
    assert "Sandler gave Priorities" not in names(found)
    assert texts_of(found, "Herb Sandler") == [["Sandler", "Herb Sandler"]]
    assert label_by_name(extractor, text)["Priorities"] == "ORG"


def test_a_title_with_a_past_verb_and_no_surname_of_the_article_is_left(extractor):
    found = mentions(extractor, "Critics praised Fame Sold Records for its new album.")
    assert not any(t == "Fame" for _, t, _ in found)


def test_a_surname_before_a_government_body_is_the_person_and_the_body(extractor):
    # Sheet F's shape: "the Clinton State Department" as one ORG.
    text = "Critics said the Obama White House ignored the warnings. Barack Obama denied this."
    found = entities(extractor, text)
    assert "Obama White House" not in names(found)
    assert texts_of(found, "Barack Obama") == [["Obama", "Barack Obama"]]
    assert label_by_name(extractor, text)["White House"] == "ORG"
    found = entities(
        extractor,
        "She backed the Bush Justice Department in the case. George W. Bush said nothing.",
    )
    assert "Bush Justice Department" not in names(found)
    assert "Justice Department" in names(found)


def test_a_body_named_after_a_person_stays_whole(extractor):
    found = entities(extractor, "The Clinton Foundation raised money. Bill Clinton spoke.")
    assert "Clinton Foundation" in names(found)
    assert texts_of(found, "Bill Clinton") == [["Bill Clinton"]]


def test_a_word_run_into_a_body_name_is_cut_off(extractor):
    # Sheet G's shape: "Citizens United v. Federal Election Commissiondecision".
    found = entities(
        extractor,
        "The court ruled in Citizens United v. Federal Election Commissiondecision that firms may"
        " spend. The Federal Election Commission declined to comment.",
    )
    assert "Federal Election Commissiondecision" not in names(found)
    assert "Federal Election Commission" in names(found)


def test_a_body_word_that_goes_on_is_left(extractor):
    found = entities(extractor, "The Ulster Unionist Party won two seats in Belfast.")
    assert not any(n.startswith("Ulster Union") and "Unionist" not in n for n in names(found))


def test_a_hashtag_and_a_chat_abbreviation_are_no_people(extractor):
    # Sheet F's "#ImWithTur" and sheet G's "#ChairmanCash" and "LMK" as PERSON.
    text = "Supporters tweeted #ImWithHer after the debate, and he wrote #ChairmanCash in his note."
    assert labelled(extractor, text, "PERSON") == []
    assert labelled(extractor, "LMK if you can come. FYI the meeting is at noon.", "PERSON") == []


def test_a_hashtag_of_a_name_the_article_writes_is_kept(extractor):
    found = mentions(extractor, "He tweeted #Brexit after the vote, when Brexit was the topic.")
    assert [t for _, t, _ in found].count("Brexit") == 2
    assert not any(label == "PERSON" for _, _, label in found)


def test_a_stressed_us_after_it_is_is_no_country(extractor):
    text = '"Hey, maybe it\'s US?" he tweeted after the defeat.'
    assert labelled(extractor, text, "GPE") == []
    text = "The US and Britain agreed. Trade between the UK and US fell, and it is US policy."
    assert [t for t in labelled(extractor, text, "GPE") if t.endswith("US")] == [
        "The US",
        "US",
        "US",
    ]


def test_one_member_of_a_group_is_no_person(extractor):
    # Sheet G's shape: "One Hillblazer, former Interior secretary Ken Salazar, ..." as PERSON.
    text = (
        "One Hillblazer, former minister Ken Salazar, leads the team. The Hillblazers raised"
        " millions."
    )
    assert "Hillblazer" not in labelled(extractor, text, "PERSON")
    found = entities(
        extractor,
        "One Williams brother, Tom Williams, said the Williams family was pleased.",
    )
    assert any(label == "PERSON" and "Williams" in n for label, n, _ in found)


def test_a_person_whose_first_name_is_a_club_of_the_article_stays_whole(extractor):
    found = entities(
        extractor,
        "Chelsea won on Saturday. Bill Clinton watched with Chelsea Clinton in the stand.",
    )
    assert texts_of(found, "Chelsea Clinton") == [["Chelsea", "Chelsea Clinton"]]
