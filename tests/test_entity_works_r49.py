"""Round r49-works: works and bands named like people, and titles cut apart (sentences of my
own)."""

from entity_reading import entities, label_by_name, texts_of


def test_a_title_after_its_kind_and_a_comma_is_a_work_though_named_like_a_person(extractor):
    # The model reads the pantomime as a man.
    text = "The theatre staged its Christmas pantomime, Jack Frost, to packed houses."
    assert label_by_name(extractor, text).get("Jack Frost") == "WORK_OF_ART"
    text = "He wrote the music for the popular West End musical, Bombay Dreams."
    assert label_by_name(extractor, text).get("Bombay Dreams") == "WORK_OF_ART"


def test_a_role_or_a_clause_after_the_kinds_comma_is_left_alone(extractor):
    found = label_by_name(extractor, "The play's director, John Smith, said the cast was ready.")
    assert found.get("John Smith") == "PERSON"
    found = label_by_name(extractor, "The film's star, Tom Hanks, arrived in London on Monday.")
    assert found.get("Tom Hanks") == "PERSON"
    text = "The Producers was named best musical, Victoria Hamilton was best actress."
    assert label_by_name(extractor, text).get("Victoria Hamilton") == "PERSON"
    text = "In the film, Tom Hanks, who plays a lawyer, fights the system."
    assert label_by_name(extractor, text).get("Tom Hanks") == "PERSON"
    text = "According to a new book, John Smith, a historian, says the war was lost."
    assert label_by_name(extractor, text).get("John Smith") == "PERSON"


def test_a_title_before_a_dashed_aside_of_its_kind_is_a_work(extractor):
    text = (
        "Maria Costa - Smith's 1960s drama about a village nurse - was named best film and "
        "Jones, who played the title role, was named best actress."
    )
    assert label_by_name(extractor, text).get("Maria Costa") == "WORK_OF_ART"


def test_a_person_before_a_dashed_aside_of_a_calling_is_left_alone(extractor):
    text = "Frank Brown - a drama teacher from Leeds - won the prize."
    assert label_by_name(extractor, text).get("Frank Brown") == "PERSON"
    text = "John Smith - the film's star - said he was delighted."
    assert label_by_name(extractor, text).get("John Smith") == "PERSON"


def test_a_film_after_a_portrayal_of_a_named_part_with_its_calling_is_a_work(extractor):
    # The film's name is the part's first name: a work of its own, not the person's mention.
    text = (
        "Critics said Brown's portrayal of jazz pianist Billy Tipton in Billy had earned him "
        "a prize. Brown said Billy Tipton was a genius."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Billy", ["Billy"]) in found
    assert texts_of(found, "Billy Tipton") == [["Billy Tipton", "Billy Tipton"]]
    text = "Kevin Spacey starred as Walter Brennan in Stanley, a biopic, last year."
    assert label_by_name(extractor, text).get("Stanley") == "WORK_OF_ART"


def test_a_place_after_a_named_parts_in_is_left_alone(extractor):
    text = "He starred as Hamlet in London last year and played the part in Paris too."
    assert label_by_name(extractor, text).get("London") == "GPE"
    text = "Fans cheered his performance as world number one Roger Federer in Basel."
    assert label_by_name(extractor, text).get("Basel") == "GPE"


def test_a_person_shaped_member_of_a_list_of_works_is_a_work(extractor):
    # The list's other members are works; the model reads the one with a first name as a man.
    text = (
        "Open Water, Napoleon Dynamite, Garden State and Super-Size Me were all snapped up "
        "at last year's festival."
    )
    assert label_by_name(extractor, text).get("Napoleon Dynamite") == "WORK_OF_ART"


def test_a_list_after_a_sentences_plural_kind_or_a_festivals_screening_is_of_works(extractor):
    text = "Films such as Donnie Darko, Garden State and Closer did well at the box office."
    found = label_by_name(extractor, text)
    assert found.get("Donnie Darko") == "WORK_OF_ART"
    assert found.get("Closer") == "WORK_OF_ART"
    text = "The festival will screen Sideways, Napoleon Dynamite and Garden State next month."
    found = label_by_name(extractor, text)
    assert found.get("Sideways") == "WORK_OF_ART"
    assert found.get("Napoleon Dynamite") == "WORK_OF_ART"


def test_people_listed_with_works_are_left_alone(extractor):
    text = "Oscar nominations went to The Aviator, Sideways and Jamie Foxx."
    assert label_by_name(extractor, text).get("Jamie Foxx") == "PERSON"
    text = "The festival honoured Sideways, Paul Giamatti and Alexander Payne."
    found = label_by_name(extractor, text)
    assert found.get("Paul Giamatti") == "PERSON"
    assert found.get("Alexander Payne") == "PERSON"
    text = (
        "The festival will screen Sideways, Napoleon Dynamite and Garden State. Mr Dynamite "
        "said he was pleased."
    )
    assert label_by_name(extractor, text).get("Napoleon Dynamite") == "PERSON"


def test_a_band_named_by_a_number_word_before_a_members_role_is_a_group_whole(extractor):
    text = (
        "Former Three Degrees star Sheila Ferguson is the favourite to be evicted from the ITV "
        "show. The reality show has been a hit with viewers, and the actor said the series "
        "was tough. Television critics and the film director agreed."
    )
    found = label_by_name(extractor, text)
    assert found.get("Three Degrees") == "ORG"
    assert "Degrees" not in found
    text = "The Four Tops singer Levi Stubbs has died at the age of 72."
    assert label_by_name(extractor, text).get("Four Tops") == "ORG"


def test_a_show_named_after_a_pair_before_star_is_left_alone(extractor):
    text = (
        "Two Ronnies star Ronnie Corbett criticised television. He will film a new Two "
        "Ronnies series with Ronnie Barker."
    )
    found = label_by_name(extractor, text)
    assert found.get("Ronnie Corbett") == "PERSON"
    assert found.get("Two Ronnies") != "ORG"


def test_a_title_in_title_case_is_not_cut_at_its_to_the(extractor):
    text = (
        "The singer is joining the cast of the film adaptation of The Hitchhiker's Guide To "
        "The Galaxy."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Hitchhiker's Guide To The Galaxy") in {(e[0], e[1]) for e in found}
    assert "Galaxy" not in {e[1] for e in found}


def test_a_connectors_to_between_two_names_still_parts_them(extractor):
    found = label_by_name(extractor, "Leinster lost to Toulouse in the Heineken Cup.")
    assert "Leinster to Toulouse" not in found


def test_a_titles_run_on_date_preposition_is_cut(extractor):
    text = "Jackson won best director for the final film The Return of the King in 2004."
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Return of the King", ["Return of the King"]) in found


def test_a_band_in_apposition_is_a_group_though_named_like_a_person(extractor):
    text = "Velvet Revolver, the band formed by former Guns N' Roses members, won the award."
    assert label_by_name(extractor, text).get("Velvet Revolver") == "ORG"
    text = "Velvet Revolver, a rock group from Los Angeles, won the award."
    assert label_by_name(extractor, text).get("Velvet Revolver") == "ORG"


def test_a_person_before_a_groups_calling_or_a_lists_aside_is_left_alone(extractor):
    for text, name in (
        ("John Smith, a band member since 1990, left the group.", "John Smith"),
        ("Jools Holland, the band leader, said so.", "Jools Holland"),
        ("But Gianni Agnelli, the godfather of the group, wanted control.", "Gianni Agnelli"),
        (
            "He grew up with guitarist Sergio Smith and bassist Chris Jones, a trio which "
            "began making music at 17.",
            "Chris Jones",
        ),
    ):
        assert label_by_name(extractor, text).get(name) == "PERSON", text
