"""Round r32-lists: works listed after their kind (`entity_kind_lists`), named right before the
list or in the sentence before a bare count."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_games_listed_after_a_count_whose_kind_the_sentence_before_names(extractor):
    # `works listed after an elided kind`: each game whole, the missed one added.
    names = _entities(
        extractor,
        "Games\n\nThe first campaign game was launched in 2003. More than 20 followed suit,"
        " including Spinmaster, iVote, Senator Supreme and The Vote Machine, which let players"
        " run an entire campaign.",
    )
    for name in ("Spinmaster", "iVote", "Senator Supreme", "Vote Machine"):
        assert names[name][0] == "WORK_OF_ART", name
    assert "Supreme" not in names


def test_novels_after_a_count_with_its_verb(extractor):
    names = _entities(
        extractor,
        "Books\n\nThe first novel in the series came out in 1997. Six more were published,"
        " including Dark Water, The Silent Shore and Kingdom Falls.",
    )
    assert names["Dark Water"][0] == "WORK_OF_ART"
    assert names["Kingdom Falls"][0] == "WORK_OF_ART"


def test_people_after_a_count_stay_people(extractor):
    # A first name shows a person; a kind of people after the work leaves the kind in doubt.
    names = _entities(
        extractor,
        "Albums\n\nThe band's first album sold poorly. Many others followed, including Tom"
        " Hanks and Steve Martin.",
    )
    assert names["Tom Hanks"][0] == "PERSON"
    assert names["Steve Martin"][0] == "PERSON"


def test_films_listed_right_after_their_kind_each_whole(extractor):
    # `works listed right after their kind`: "The Hunters" missed, "Mighty Joe" PERSON.
    names = _entities(
        extractor,
        "Oscars\n\nAmong the overlooked films were Hobbs's Choice, Dirty Money, The 49 Steps,"
        " The Hunters and Mighty Joe.",
    )
    for name in ("Hobbs's Choice", "Dirty Money", "49 Steps", "Hunters", "Mighty Joe"):
        assert names[name][0] == "WORK_OF_ART", name


def test_a_title_cut_at_its_article_grows_back(extractor):
    names = _entities(
        extractor,
        "Oscars\n\nAmong the films passed over were Gulliver's Travels, Dirty Dancing, The"
        " Deer Hunter and Moby Dick.",
    )
    assert names["Deer Hunter"] == ("WORK_OF_ART", ["The Deer Hunter"])
    assert "Hunter" not in names
    assert names["Moby Dick"][0] == "WORK_OF_ART"


def test_a_title_with_its_own_and_the_is_no_list(extractor):
    # Two names joined by "and The" are most often one title.
    names = _entities(
        extractor,
        "Box office\n\nBlockbuster films like Harry Potter and The Goblet Of Fire took £20m in"
        " their first weekend.",
    )
    assert "Goblet Of Fire" not in names


def test_the_directors_of_films_stay_people(extractor):
    names = _entities(
        extractor,
        "Festival\n\nThe festival showed films by directors such as Ken Loach and Mike Leigh.",
    )
    assert names["Ken Loach"][0] == "PERSON"
    assert names["Mike Leigh"][0] == "PERSON"
