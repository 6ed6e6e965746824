"""Round r42b-films: films in awards and box-office news (seed 122's "Rules these errors
suggest"): a title after a studio's "released nominee" a work, never a person; each film of
"<Title> beat <Title>, <Title> and <Title> to best picture" a work, whole; a title before
"took|has taken <a sum>" in a paragraph of box-office news a work; a star after "starring"
no film by the takings after him. The sentences are made up."""

from entity_reading import entities, labels, names


def test_title_a_studio_released_as_a_nominee_is_a_work(extractor):
    # Seed 122's "at Universal which released nominee Ray": `Ray` PERSON, a film.
    text = (
        "Studios count the cost\n\n"
        '"Prizes are not about money," said Jane Hart, head of distribution at Paramount which '
        "released nominee Ray. Warner Bros, which released nominee Alfie, declined to comment."
    )
    found = entities(extractor, text)
    assert labels(found, "Ray") == {"WORK_OF_ART"}
    assert labels(found, "Alfie") == {"WORK_OF_ART"}


def test_a_person_nominee_is_left_alone(extractor):
    text = (
        "Tributes paid\n\n"
        "Spike Lee, Burt Reynolds and Oscar nominee Alan Alda have paid tribute to the actor."
    )
    found = entities(extractor, text)
    assert labels(found, "Alan Alda") == {"PERSON"}


def test_films_beaten_to_best_picture_are_works_whole(extractor):
    # Seed 122's "in 1984 when Amadeus beat The Killing Fields, A Passage to India, Places in
    # the Heart and A Soldier's Story to best picture": `Amadeus` and `Killing Fields` ORG,
    # `India` GPE cut from its title.
    text = (
        "Low audience feared\n\n"
        "The last time it was so low was in 1983 when Gandhi beat Tootsie, A Passage to India "
        "and The Verdict to best picture, when 40 million saw the films."
    )
    found = entities(extractor, text)
    assert labels(found, "Gandhi") == {"WORK_OF_ART"}
    assert labels(found, "Tootsie") == {"WORK_OF_ART"}
    assert labels(found, "A Passage to India") == {"WORK_OF_ART"}
    assert labels(found, "Verdict") == {"WORK_OF_ART"}
    assert "India" not in names(found)


def test_a_winner_after_a_year_is_a_work_without_the_year(extractor):
    text = "Oscar history\n\nIn 1984 Amadeus beat The Killing Fields to best picture."
    found = entities(extractor, text)
    assert labels(found, "Amadeus") == {"WORK_OF_ART"}
    assert labels(found, "Killing Fields") == {"WORK_OF_ART"}


def test_people_beaten_to_a_prize_are_left_alone(extractor):
    text = (
        "Awards night\n\n"
        "Morgan Freeman beat actors including Clive Owen, Jamie Foxx and Alan Alda to the prize "
        "for best supporting actor. Roger Federer beat Andy Roddick to the top prize at the "
        "Oscars party's tennis match."
    )
    found = entities(extractor, text)
    for name in ("Clive Owen", "Jamie Foxx", "Alan Alda", "Roger Federer", "Andy Roddick"):
        assert labels(found, name) == {"PERSON"}


def test_films_by_their_takings_in_box_office_news_are_works(extractor):
    # Seed 122's "Shrek 2 and The Incredibles took $436m (£231m) while The Incredibles took
    # $259m (£137m)" and "is The Aviator, which has taken $90m (£48m) in the US": ORG.
    text = (
        "Blockbusters ignored\n\n"
        "The year's biggest blockbusters feature in the animation category. Shark Tale and The "
        "Incredibles took $436m (£231m) while The Incredibles took $259m (£137m).\n\n"
        "The biggest box office hitter among this year's nominees is The Aviator, which has taken "
        "$90m (£48m) in the US."
    )
    found = entities(extractor, text)
    assert labels(found, "Incredibles") == {"WORK_OF_ART"}
    assert labels(found, "Aviator") == {"WORK_OF_ART"}


def test_a_star_before_takings_is_no_film(extractor):
    # The even-numbered entertainment/060's "A Series of Unfortunate
    # Events, starring Jim Carrey, took $30.2m (£15.9m) at the US box office" gave `Jim Carrey`
    # WORK_OF_ART.
    text = (
        "Box office\n\n"
        "The family film, starring Jim Carrey, took $30.2m (£15.9m) at the US box office."
    )
    found = entities(extractor, text)
    assert labels(found, "Jim Carrey") == {"PERSON"}


def test_a_firm_by_its_takings_outside_film_news_is_left_alone(extractor):
    text = "Results\n\nGoogle took $2bn outside the US last year."
    found = entities(extractor, text)
    assert labels(found, "Google") == {"ORG"}


def test_film_after_a_biopic_comma_is_apart_from_its_subject(extractor):
    # Round r41b-films's odd half: "and the Ray Charles biopic, Ray." joined the film to the
    # singer, PERSON.
    text = (
        "Award season\n\n"
        "Liam Neeson won for his role in Bill Condon's film and the Alfred Kinsey biopic, "
        "Kinsey, which opens this week."
    )
    found = entities(extractor, text)
    assert labels(found, "Kinsey") == {"WORK_OF_ART"}
    assert labels(found, "Alfred Kinsey") == {"PERSON"}


def test_an_actor_after_a_biopic_comma_is_left_alone(extractor):
    text = (
        "Award season\n\n"
        "In the Ray Charles biopic, Foxx plays the singer. Jamie Foxx was praised by critics."
    )
    found = entities(extractor, text)
    assert labels(found, "Jamie Foxx") == {"PERSON"}
    assert "Foxx" not in names(found)


def test_two_films_before_a_plural_verb_of_takings_are_parted(extractor):
    # Seed 122's "Low-budget move Sideways and Finding Neverland have so far grossed about $45m
    # (£24m) each": one WORK_OF_ART of two films.
    text = (
        "Box office\n\n"
        "Low-budget move Closer and Finding Neverland have so far grossed about $45m (£24m) each."
    )
    found = entities(extractor, text)
    assert labels(found, "Closer") == {"WORK_OF_ART"}
    assert labels(found, "Finding Neverland") == {"WORK_OF_ART"}
    assert "Closer and Finding Neverland" not in names(found)


def test_one_title_with_its_and_before_a_singular_verb_is_left_whole(extractor):
    text = (
        "Box office\n\n"
        "Period drama Pride and Prejudice has so far grossed about $45m (£24m) at the box office."
    )
    found = entities(extractor, text)
    assert labels(found, "Pride and Prejudice") == {"WORK_OF_ART"}
