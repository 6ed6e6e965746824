"""Round r55b-works: works and the words around them, from BBC sheet 55A's shapes (sentences of
my own). A title of two words or more before its maker's calling and full name in a screen
story is the work (factx/extract/entity_directed_works.py); each member of a "such <works> as"
list, or of a "<works> include" list with a prize's modifier or a "plus", is a work on its own
(factx/extract/entity_such_works.py); a group nicknamed by a number word after "dubbed|so-called|
known as" is ORG, a Walk of Fame FAC and "on Death Row" FAC (cue rows of
factx/data/entities.json). And what each leaves alone."""

from entity_reading import label_by_name, labelled, mentions

# "a title before its maker's calling"


def test_a_title_before_its_creator_in_a_screen_story_is_the_work(extractor):
    found = label_by_name(
        extractor,
        "The sitcom returns tonight. Black Books creator Sam Harley said the show's new series"
        " would be its last, and the actors agreed.",
    )
    assert found.get("Black Books") == "WORK_OF_ART"  # the model's ORG
    assert found.get("Sam Harley") == "PERSON"


def test_a_title_before_its_producer_in_a_screen_story_is_the_work(extractor):
    found = label_by_name(
        extractor,
        "Black Books producer Jane Moss said the show's new series would be its last, and the"
        " actors agreed on television.",
    )
    assert found.get("Black Books") == "WORK_OF_ART"  # the model's ORG


def test_bodies_and_firms_before_a_post_stay_bodies(extractor):
    film = label_by_name(
        extractor,
        "The Film Council director John Woodward said British films were doing well at the cinema"
        " and more movies were being made for television.",
    )
    assert "WORK_OF_ART" not in film.values()
    shop = label_by_name(extractor, "Tesco finance director Andrew Higginson said sales rose.")
    assert shop.get("Tesco") == "ORG"
    park = label_by_name(
        extractor,
        "Along with two co-directors, Adventure World director Stephen Fried appeared in court"
        " over the death of a keeper.",
    )
    assert park.get("Adventure World") != "WORK_OF_ART"  # no screen story
    venue = label_by_name(
        extractor,
        "Royal Court director Ian Rickson said the films and shows of the season would go to"
        " television and cinema screens, and the actors agreed.",
    )
    assert venue.get("Royal Court") != "WORK_OF_ART"  # a theatre's post


# "such <works> as A, B and C"


def test_such_films_as_lists_each_title_as_a_work(extractor):
    found = mentions(
        extractor,
        "The actor went on to make such blockbusters as Speed, The Devil's Advocate and the"
        " Matrix series.",
    )
    works = [text for _, text, label in found if label == "WORK_OF_ART"]
    assert "Speed" in works  # the model's ORG
    assert "The Devil's Advocate" in works  # missed by the model
    glued = labelled(
        extractor, "He made such hits as Jaws, Alien and The Godfather.", "WORK_OF_ART"
    )
    assert glued == ["Jaws", "Alien", "The Godfather"]  # one glued title at the base


def test_films_include_with_a_prize_word_and_plus_are_works(extractor):
    works = labelled(
        extractor,
        "Sir John's films include Oscar-winning Fame plus Midnight Express and The Commitments.",
        "WORK_OF_ART",
    )
    assert "Fame" in works and "Midnight Express" in works and "The Commitments" in works


def test_lists_of_people_or_firms_after_such_are_left_alone(extractor):
    stars = label_by_name(extractor, "He has worked with such stars as Tom Hanks and Meg Ryan.")
    assert stars.get("Tom Hanks") == "PERSON" and stars.get("Meg Ryan") == "PERSON"
    firms = label_by_name(extractor, "It sells to such firms as Ford and General Motors.")
    assert "WORK_OF_ART" not in firms.values()


# "a group nicknamed by a number word", "Walk of Fame", "on Death Row"


def test_a_group_nicknamed_by_a_number_word_is_a_group(extractor):
    dubbed = label_by_name(
        extractor, 'Two campaigners, dubbed the "Leyton Two", were cleared by the court.'
    )
    assert dubbed.get("Leyton Two") == "ORG"  # the model's WORK_OF_ART
    known = label_by_name(extractor, "Police freed the men known as the Birmingham Six in 1991.")
    assert "EVENT" not in known.values()  # the model's EVENT


def test_a_count_after_a_works_kind_or_before_a_noun_is_left_alone(extractor):
    album = label_by_name(extractor, 'He bought the album known as "Take Five" in a shop.')
    assert album.get("Take Five") == "WORK_OF_ART"
    books = label_by_name(
        extractor, 'The publisher reprinted the so-called "Famous Five" books last year.'
    )
    assert books.get("Famous Five") == "WORK_OF_ART"


def test_a_walk_of_fame_is_a_place(extractor):
    found = label_by_name(
        extractor, "The actor has been given a star on the famous Hollywood Walk of Fame."
    )
    assert found.get("Hollywood Walk of Fame") == "FAC"  # the model's ORG


def test_on_death_row_is_no_person_and_the_label_stays(extractor):
    row = label_by_name(extractor, "The actor played a man on Death Row in the prison film.")
    assert row.get("Death Row") not in ("PERSON", "ORG")
    label = label_by_name(extractor, "The rapper signed to Death Row Records in 1992.")
    assert label.get("Death Row Records") == "ORG"
