"""Round r44b-films: films in a prize's lists of nominees and after an actor's part (seed 136's
entertainment/063 and entertainment/316, "Rules these errors suggest"): each title after
"<First> <Surname> for" in a list of two nominees or more a work, whole; each member of a list
of films named by its category ("films in the best film category include", "are all vying in
the best foreign film prize") a work, whole with its leading number; the title after "his
latest role in" or "appeared opposite <Name> in" whole; an owner, a place and a film's kind
("Oliver Stone's Vietnam epic Platoon") never glued into one title. The sentences are made up."""

from entity_reading import entities, labelled, labels

HEAD = "Film prizes named\n\n"


def test_each_title_after_a_nominee_is_a_work(extractor):
    # Seed 136's "Philippe Torreton for L'Equipier and Benoit Poelvoorde for Podium": the film
    # PERSON, a work labelled a person.
    text = HEAD + (
        "Best actors are Jean Dupont for Le Voyageur, Marc Petit for La Maison and Luc Moreau "
        "for Tempete."
    )
    found = entities(extractor, text)
    assert labels(found, "Le Voyageur") == {"WORK_OF_ART"}
    assert labels(found, "La Maison") == {"WORK_OF_ART"}
    assert labels(found, "Tempete") == {"WORK_OF_ART"}
    assert labels(found, "Marc Petit") == {"PERSON"}
    assert labels(found, "Luc Moreau") == {"PERSON"}


def test_a_nominee_title_keeps_its_leading_number(extractor):
    text = HEAD + (
        "The best director nominees are Paul Weber for Night Train, Karl Stein for 12 Angry "
        "Days and Jan Novak for Tempete."
    )
    works = labelled(extractor, text, "WORK_OF_ART")
    assert works == ["Night Train", "12 Angry Days", "Tempete"]


def test_one_nominee_pair_or_a_sports_list_is_left_alone(extractor):
    text = HEAD + (
        "Steven Gerrard for Liverpool and Frank Lampard for Chelsea are on the shortlist for "
        "player of the year."
    )
    assert "WORK_OF_ART" not in {lab for lab in labels(entities(extractor, text), "Chelsea")}
    text = HEAD + "The award went to Mike Leigh for Vera Drake on Sunday."
    found = entities(extractor, text)
    assert labels(found, "Mike Leigh") == {"PERSON"}


def test_films_in_a_category_list_are_works_whole(extractor):
    # Seed 136's "Other films in the best film category include Police drama 36, Quai Des
    # Orfevres, ... Abdellatif Kechiche's L'Esquive and ...": `Quai Des Orfevres` and
    # `L'Esquive` ORG.
    text = HEAD + (
        "Other films in the best film category include Crime drama 24, Rue Des Lilas, Pierre "
        "Martin's Fathers And Sons, Ali Benali's Le Depart and The Choir."
    )
    works = labelled(extractor, text, "WORK_OF_ART")
    assert works == ["24", "Rue Des Lilas", "Fathers And Sons", "Le Depart", "The Choir"]
    assert labels(entities(extractor, text), "Pierre Martin") == {"PERSON"}


def test_films_vying_for_a_film_prize_are_works_whole(extractor):
    # Seed 136's "... Eternal Sunshine of the Spotless Mind and 21 Grams are all vying in the
    # best foreign film prize": `Spotless Mind` FAC, `Grams` ORG.
    text = HEAD + (
        "Hotel Rwanda, The Sea Inside, Vera Drake and 24 Hours are all vying in the best foreign "
        "film prize."
    )
    works = labelled(extractor, text, "WORK_OF_ART")
    assert works == ["Hotel Rwanda", "The Sea Inside", "Vera Drake", "24 Hours"]


def test_actors_vying_for_an_acting_prize_stay_people(extractor):
    text = (
        HEAD
        + "Jamie Foxx, Leonardo DiCaprio and Johnny Depp are all vying for the best actor prize."
    )
    found = entities(extractor, text)
    assert labels(found, "Jamie Foxx") == {"PERSON"}
    assert labels(found, "Johnny Depp") == {"PERSON"}


def test_the_film_after_a_co_star_or_a_role_is_a_work_whole(extractor):
    # Seed 136's "appeared opposite Dame Judi Dench and Juliette Binoche in Chocolat" (ORG) and
    # "His latest role in Finding Neverland" (`Finding` cut).
    text = HEAD + "The actor appeared opposite Meryl Streep and Glenn Close in Marmalade."
    assert labels(entities(extractor, text), "Marmalade") == {"WORK_OF_ART"}
    text = HEAD + "He appeared opposite Jack Nicholson in The Shining in 1980."
    assert labelled(extractor, text, "WORK_OF_ART") == ["The Shining"]
    text = HEAD + "Her latest role in Finding Neverland was widely praised."
    assert labels(entities(extractor, text), "Finding Neverland") == {"WORK_OF_ART"}


def test_a_role_in_a_party_or_a_place_is_no_film(extractor):
    text = (
        HEAD + "She played a key role in Labour's campaign and her first role in France was small."
    )
    found = entities(extractor, text)
    assert "WORK_OF_ART" not in labels(found, "Labour")
    assert "WORK_OF_ART" not in labels(found, "France")


def test_an_owner_and_a_place_before_a_film_kind_are_not_glued(extractor):
    # Seed 136's "he played a soldier in Oliver Stone's Vietnam epic Platoon": `Oliver Stone's
    # Vietnam` WORK_OF_ART.
    text = HEAD + "Later he played a soldier in Oliver Stone's Vietnam epic Platoon."
    found = entities(extractor, text)
    assert labels(found, "Oliver Stone") == {"PERSON"}
    assert labels(found, "Vietnam") == {"GPE"}
    assert labels(found, "Platoon") == {"WORK_OF_ART"}
