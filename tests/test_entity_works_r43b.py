"""Round r43b-works: works in lists and appositives (seeds 128 and 129's "Rules these errors
suggest"): the films a sentence lists by their count of nominations works whole, an "-ing"
verb's title too; a title opening a sentence before ", a <genre> comedy|drama|tale of" a work
with its later bare mentions; the star after "starring" no work by the nominations after him;
the songs listed after an act's "hits" works whole, each with its own "The"; a document's
quoted title after "is called" and a book's after "a new book," works whole. The sentences
are made up."""

from entity_reading import entities, labelled, labels, names


def test_films_listed_by_their_nominations_are_works_whole(extractor):
    # Seed 128's "Among the other films receiving four nominations apiece were Brother to
    # Brother, a drama about ..., Robbing Peter and Primer": `Peter` PERSON, `Primer` PERSON.
    text = (
        "Indie awards list\n\n"
        "Among the other films receiving three nominations apiece were Saving Grace, a drama "
        "about a young nurse, Finding Neverland and Tumbleweed."
    )
    found = entities(extractor, text)
    assert labels(found, "Saving Grace") == {"WORK_OF_ART"}
    assert labels(found, "Finding Neverland") == {"WORK_OF_ART"}
    assert labels(found, "Tumbleweed") == {"WORK_OF_ART"}
    assert "Neverland" not in names(found)


def test_a_verbs_title_in_the_list_is_a_work_not_a_person(extractor):
    text = (
        "Indie awards list\n\n"
        "Among the films getting two nominations each were Cold Comfort, a drama about a "
        "farmer, Chasing Liberty and Primer."
    )
    found = entities(extractor, text)
    assert labels(found, "Cold Comfort") == {"WORK_OF_ART"}
    assert labels(found, "Chasing Liberty") == {"WORK_OF_ART"}
    assert labels(found, "Primer") == {"WORK_OF_ART"}


def test_films_with_their_kind_words_after_a_bare_count_are_works(extractor):
    # Seed 128's "with two nominations, are high school comedy Napoleon Dynamite, The Door in
    # the Floor and Garden State": `Garden State` GPE.
    text = (
        "Indie awards list\n\n"
        "Also in the running, with two nominations, are teen comedy Mean Girls, The Door in the "
        "Floor and Garden State - all low-budget films."
    )
    works = labelled(extractor, text, "WORK_OF_ART")
    assert "The Door in the Floor" in works
    assert "Garden State" in works


def test_people_after_a_bare_count_of_nominations_are_left_alone(extractor):
    text = (
        "Music awards list\n\n"
        "Leading the field, with four nominations each, are Alicia Keys, Kanye West and Usher, "
        "who all have new films out."
    )
    found = entities(extractor, text)
    assert labels(found, "Alicia Keys") == {"PERSON"}
    assert labels(found, "Kanye West") == {"PERSON"}


def test_a_title_before_an_aside_of_its_kind_is_a_work_with_its_copies(extractor):
    # Seed 128's "Primer, a $7,000 (£3,650) tale of discovery, won top prize" (`Primer`
    # PERSON) and "Sideways, a wine-tasting comedy starring Paul Giamatti" (missed).
    text = (
        "Film wins award\n\n"
        "Blue Moon, a wine-tasting comedy starring Tom Hanks, is up for six awards. Blue Moon is "
        "written and directed by Sofia Coppola.\n\n"
        "Tumbleweed, a $9,000 (£4,650) tale of friendship, won top prize at the Toronto film "
        "festival."
    )
    found = entities(extractor, text)
    assert labels(found, "Blue Moon") == {"WORK_OF_ART"}
    assert labels(found, "Tumbleweed") == {"WORK_OF_ART"}
    assert labels(found, "Tom Hanks") == {"PERSON"}


def test_a_persons_calling_and_a_sides_tale_are_left_alone(extractor):
    text = (
        "Cup tie report\n\n"
        "Jane Smith, a film critic from Leeds, said the play was good. England, a tale of "
        "two halves again, lost 2-1 to Wales."
    )
    found = entities(extractor, text)
    assert labels(found, "Jane Smith") == {"PERSON"}
    assert "WORK_OF_ART" not in labels(found, "England")


def test_the_star_after_starring_is_no_work_by_its_nominations(extractor):
    # The grader's "the forthcoming thriller The Machinist, starring Christian Bale, received
    # three nominations each": `Christian Bale` WORK_OF_ART.
    text = (
        "Indie awards list\n\n"
        "The forthcoming thriller The Interpreter, starring Christian Slater, received three "
        "nominations each."
    )
    found = entities(extractor, text)
    assert labels(found, "Christian Slater") == {"PERSON"}


def test_a_film_that_received_nominations_is_still_a_work(extractor):
    text = "Indie awards list\n\nDark Orchard has received two more nominations this week."
    found = entities(extractor, text)
    assert labels(found, "Dark Orchard") == {"WORK_OF_ART"}


def test_songs_listed_after_an_acts_hits_are_works_whole(extractor):
    # Seed 129's "versions of their hits Losing My Religion, I've Been High, Leaving New York
    # and The One I Love to the Sheffield Arena audience": three songs glued, `New York` GPE.
    text = (
        "Band cuts short show\n\n"
        "The band played acoustic versions of their hits Hold On, Missing Paris, Leaving London "
        "and The Last Goodbye to the Bristol Arena audience on Monday."
    )
    works = labelled(extractor, text, "WORK_OF_ART")
    assert works[:4] == ["Hold On", "Missing Paris", "Leaving London", "The Last Goodbye"]
    assert "Paris" not in names(entities(extractor, text))


def test_people_after_a_singers_songs_are_left_alone(extractor):
    text = (
        "Singer's duets\n\n"
        "She recorded her songs with Elton John and Robbie Williams in London last year."
    )
    found = entities(extractor, text)
    assert labels(found, "Elton John") == {"PERSON"}
    assert labels(found, "Robbie Williams") == {"PERSON"}


def test_a_documents_quoted_title_after_is_called_is_a_work_whole(extractor):
    # Seed 129's "the outcome, launched on Wednesday, is called 'Improving Opportunity,
    # Strengthening Society'" (ORG; the grader's "'Safer Villages, Stronger Communities'"
    # cut in two, half of it PERSON).
    text = (
        "Strategy launched\n\n"
        "The Home Office started work on its Rural Crime Strategy last year and the outcome, "
        "launched on Wednesday, is called 'Safer Villages, Stronger Communities'."
    )
    found = entities(extractor, text)
    assert labels(found, "Safer Villages, Stronger Communities") == {"WORK_OF_ART"}
    assert "Safer Villages" not in names(found)


def test_a_title_after_a_new_book_is_the_book_whole(extractor):
    # Seed 129's "According to a new book, Brown's Britain, Mr Blair went back on a pledge"
    # (`Brown` PERSON, `Britain` GPE).
    text = (
        "Book claim\n\n"
        "According to a new book, Prescott's England, Mr Blair went back on a pledge to quit."
    )
    found = entities(extractor, text)
    assert labels(found, "Prescott's England") == {"WORK_OF_ART"}


def test_a_person_after_a_new_books_comma_is_left_alone(extractor):
    text = (
        "Book claim\n\n"
        "The author of a new book, Robert Peston, says Mr Blair went back on a pledge to quit."
    )
    found = entities(extractor, text)
    assert labels(found, "Robert Peston") == {"PERSON"}
