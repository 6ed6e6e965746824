"""Round r41b-films: films named beside their people in box-office and awards news (seed 115's
"Rules these errors suggest", seed 117's rule 11): a title after "performance as <Part> in" or
"playing <calling> <Part> in" a film of its own beside the person of its name, a biopic's
subject a person, a title before ", a live-action adaptation of" a work and the owner's
"'s TV" cut off, box-office titles by "took <place> ... with <sum>" or "took <sum> outside",
"The <Title>" after "previous favourite". The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def labels(found, name):
    return {e[0] for e in found if e[1] == name}


def mentions(found, name):
    return [m for e in found if e[1] == name for m in e[2]]


def test_film_after_a_part_in_is_its_own_work(extractor):
    # Seed 115's "tipped to win best actor for Ray" and "his performance as Ray Charles in
    # Ray": the film inside `Ray Charles` PERSON. The film's cue at "in Ray" keeps both its
    # mentions apart from the singer (no cue reads "best actor for": see the round's section).
    text = (
        "Oscar race hots up\n\n"
        "Its star Hilary Swank is favourite to win best actress while Jamie Foxx is tipped to win "
        "best actor for Ray. In the acting categories, Foxx is regarded as almost unbeatable for "
        "his performance as Ray Charles in Ray."
    )
    found = entities(extractor, text)
    assert labels(found, "Ray") == {"WORK_OF_ART"}
    assert mentions(found, "Ray") == ["Ray", "Ray"]
    assert labels(found, "Ray Charles") == {"PERSON"}
    assert mentions(found, "Ray Charles") == ["Ray Charles"]


def test_film_after_playing_a_named_part_in_is_a_work(extractor):
    # The even-numbered entertainment/372's "for playing soul star Ray Charles in Ray".
    text = (
        "Awards night\n\n"
        "Liam Neeson picked up best actor for playing sex researcher Alfred Kinsey in Kinsey, "
        "and the crowd cheered."
    )
    found = entities(extractor, text)
    assert labels(found, "Kinsey") == {"WORK_OF_ART"}
    assert labels(found, "Alfred Kinsey") == {"PERSON"}


def test_people_after_best_actor_for_and_a_place_after_a_part_are_left_alone(extractor):
    text = (
        "Critics' prizes\n\n"
        "Sideways won best film, and best actor for Paul Giamatti. Hilary Swank was happy. "
        "The critics named best actress for Swank at last. Andy Murray had played world number "
        "one Roger Federer in Basel before."
    )
    found = entities(extractor, text)
    assert labels(found, "Paul Giamatti") == {"PERSON"}
    assert labels(found, "Hilary Swank") == {"PERSON"}
    assert "WORK_OF_ART" not in labels(found, "Basel")


def test_biopic_subject_after_director_possessive_is_a_person(extractor):
    # Seed 115's "Martin Scorsese's Howard Hughes biopic The Aviator came third".
    text = "Box office\n\nBill Condon's Alfred Kinsey biopic Kinsey came fifth."
    found = entities(extractor, text)
    assert labels(found, "Alfred Kinsey") == {"PERSON"}
    assert labels(found, "Kinsey") == {"WORK_OF_ART"}


def test_title_before_an_adaptation_is_a_work_and_the_owner_ends_at_his_possessive(extractor):
    # Seed 115's "And Fat Albert, a live-action adaptation of Bill Cosby's TV cartoon, fell
    # one place": `Fat Albert` PERSON, `Bill Cosby's TV` PERSON.
    text = (
        "Box office\n\n"
        "And Garfield, a live-action adaptation of Jim Davis's TV cartoon, fell one place to "
        "number five. And Thunderbirds, an adaptation of Gerry Anderson's TV puppet show, fell "
        "to seventh."
    )
    found = entities(extractor, text)
    assert labels(found, "Garfield") == {"WORK_OF_ART"}
    assert labels(found, "Gerry Anderson") == {"PERSON"}
    assert not [e for e in found if "TV" in e[1]]


def test_glued_tv_cut_from_its_owner(extractor):
    text = (
        "Box office\n\n"
        "And Fat Albert, a live-action adaptation of Bill Cosby's TV cartoon, fell one place to "
        "number five."
    )
    found = entities(extractor, text)
    assert labels(found, "Fat Albert") == {"WORK_OF_ART"}
    assert labels(found, "Bill Cosby") == {"PERSON"}


def test_box_office_place_and_takings_abroad_are_films(extractor):
    # Seed 115's "Ocean's Twelve took sixth place in the US chart with $5.4m" and "The
    # Incredibles took $300m (£160m) outside the US" (the takings' cue reads "grossed" only:
    # a firm takes a sum abroad too, the lead's round 41).
    text = (
        "Box office\n\n"
        "Ocean's Eleven took sixth place in the US chart with $5.4m. The Polar Express grossed "
        "$200m (£106m) outside the US."
    )
    found = entities(extractor, text)
    assert labels(found, "Ocean's Eleven") == {"WORK_OF_ART"}
    assert labels(found, "Polar Express") == {"WORK_OF_ART"}


def test_parties_places_and_firms_sums_are_left_alone(extractor):
    text = (
        "Results\n\n"
        "UKIP took third place with 16% of the vote. Google made $2bn outside the US last year."
        " Vodafone took £5bn around the world in the year to March."
    )
    found = entities(extractor, text)
    assert labels(found, "UKIP") == {"ORG"}
    assert labels(found, "Google") == {"ORG"}
    assert labels(found, "Vodafone") == {"ORG"}


def test_title_after_previous_favourite_is_a_work(extractor):
    # Seed 115's "the film has overtaken previous favourite The Aviator", ORG.
    text = (
        "Oscar race\n\n"
        "The film has overtaken previous favourite The Terminal. The Terminal has scored a best "
        "director nomination for Steven Spielberg."
    )
    found = entities(extractor, text)
    assert labels(found, "Terminal") == {"WORK_OF_ART"}


def test_side_after_previous_favourite_is_left_alone(extractor):
    text = "Cup draw\n\nChelsea have overtaken previous favourite Arsenal in the betting."
    found = entities(extractor, text)
    assert labels(found, "Arsenal") == {"ORG"}


def test_part_after_performance_as_joins_the_person_not_the_film(extractor):
    # Seed 117's "Foxx's critically acclaimed performance as Ray has already earned him a
    # Screen Actors Guild Award", inside the film's `Ray` WORK_OF_ART (rule 11).
    text = (
        "Biopic sells\n\n"
        "The biopic Kinsey has been nominated in three categories. The film recounts the life of "
        "sex researcher Alfred Kinsey, who died in 1956. Neeson's critically acclaimed "
        "performance as Kinsey has already earned him a Golden Globe. Kinsey took $10m in its "
        "first weekend."
    )
    found = entities(extractor, text)
    assert labels(found, "Kinsey") == {"WORK_OF_ART"}
    assert mentions(found, "Kinsey") == ["Kinsey", "Kinsey"]
    assert mentions(found, "Alfred Kinsey") == ["Alfred Kinsey", "Kinsey"]
