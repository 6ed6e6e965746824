"""Round r42-conll: wire news's short words around names (`factx/extract/entity_wire_words.py`),
on sentences of this round's own: a month run into a body's name, a nationality before a royal
title, a compass's initial before a nationality."""

from entity_reading import label_by_name


def test_a_month_opening_a_bodys_name_goes(extractor):
    # At the base the month was the name's first word: "August National Association of
    # Purchasing Management" ORG.
    labels = label_by_name(
        extractor,
        "Bonds fell after the August National Association of Purchasing Management index"
        " rose 3.1 points.",
    )
    assert labels.get("National Association of Purchasing Management") == "ORG"
    assert not any(name.startswith("August") for name in labels)


def test_a_month_in_a_table_of_prices_goes(extractor):
    # At the base "Sept Brent" ORG.
    labels = label_by_name(extractor, "WORLD MARKETS\n\n20.87 ( - 0.29 ) Sept Brent zinc per tonne")
    assert "Sept Brent" not in labels


def test_a_firm_named_may_keeps_its_first_word(extractor):
    # "May" is no month this rule takes (a surname, a firm's name).
    labels = label_by_name(
        extractor, "May Department Stores said on Friday its sales rose 4 percent."
    )
    assert labels.get("May Department Stores") == "ORG"


def test_a_nationality_before_a_royal_title_is_a_peoples_word(extractor):
    # At the base "Belgian" was lost: only "King Baudouin" PERSON.
    labels = label_by_name(extractor, "1930 - Belgian King Baudouin born .")
    assert labels.get("Belgian") == "NORP"
    assert labels.get("Baudouin") == "PERSON"


def test_a_nationality_before_a_queens_name_is_a_peoples_word(extractor):
    # At the base "Dutch" was lost before "Beatrix" PERSON.
    labels = label_by_name(extractor, "Dutch Queen Beatrix opened the bridge on Friday.")
    assert labels.get("Dutch") == "NORP"
    assert labels.get("Beatrix") == "PERSON"


def test_a_nationality_opening_a_firms_name_is_left_alone(extractor):
    labels = label_by_name(extractor, "British Airways said on Friday it would cut 600 jobs.")
    assert labels.get("British Airways") == "ORG"
    assert "British" not in labels


def test_a_compass_initial_and_a_nationality_are_one_peoples_word(extractor):
    # At the base "S. African Afrikaners" was one NORP mention.
    labels = label_by_name(extractor, "S. African Afrikaners still seek own territory .")
    assert labels.get("S. African") == "NORP"
    assert "S. African Afrikaners" not in labels


def test_a_compass_initial_and_a_nationality_in_capitals_are_found(extractor):
    # At the base the model tagged nothing in the headline's capitals.
    labels = label_by_name(
        extractor,
        "BASEBALL - RESULTS OF S. KOREAN PROFESSIONAL GAMES .\n\nSEOUL 1996-08-30\n\n"
        "Results of games played on Friday .",
    )
    assert labels.get("S. KOREAN") == "NORP"


def test_an_initial_inside_a_countrys_letters_is_left_alone(extractor):
    labels = label_by_name(extractor, "U.S. Open champion Pete Sampras won in four sets on Friday.")
    assert "S. Open" not in labels
    assert labels.get("Pete Sampras") == "PERSON"


def test_quoted_titles_in_a_list_with_one_work_are_works(extractor):
    # At the base only "Sleeping Bread" was a work: nothing for the two titles before it.
    labels = label_by_name(
        extractor,
        'The titles of his other novels translate as " In the Year of January " ( 1963 ) ,'
        ' " The Collapse " ( 1964 ) , " Sleeping Bread " ( 1975 ) .',
    )
    assert labels.get("In the Year of January") == "WORK_OF_ART"
    assert labels.get("Collapse") == "WORK_OF_ART"  # the name without its "The"


def test_a_quoted_title_the_model_split_is_one_work(extractor):
    # At the base "Ice Cold" EVENT and "Alex" GPE.
    labels = label_by_name(
        extractor, 'He starred in "Ice Cold in Alex", "Lawrence of Arabia" and "Zulu".'
    )
    assert labels.get("Ice Cold in Alex") == "WORK_OF_ART"
    assert "Alex" not in labels and "Ice Cold" not in labels


def test_quoted_speech_is_no_list_of_titles(extractor):
    labels = label_by_name(extractor, '"Yes," said Jones. "No," said Brown, "Never."')
    assert labels == {"Jones": "PERSON", "Brown": "PERSON"}


def test_quoted_words_not_in_title_case_are_left_alone(extractor):
    labels = label_by_name(
        extractor,
        'He called the plan "a Trojan horse", "Labour spin" and "pie in the sky" on Friday.',
    )
    assert "a Trojan horse" not in labels and "pie in the sky" not in labels


def test_a_month_before_a_lone_kind_word_is_the_name_s_own(extractor):
    # The lead's probe of the merge: "the June Foundation" was cut to `Foundation` ORG.
    labels = label_by_name(extractor, "Charity\n\nShe joined the June Foundation in 2001.")
    assert labels.get("June Foundation") == "ORG"
    assert "Foundation" not in labels
