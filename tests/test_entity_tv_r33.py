"""Round r33-tv: television shows, songs and acts in entertainment news: programmes after a
channel's possessive in a list, shows in awards news, a character and the work of a
portrayal, a song after its take, a title cut at a dash before a verb, a comedy duo, "Baron"
as a middle name, and a network apart from the event it shows."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_title_after_a_second_channels_possessive_in_a_list_is_a_programme(extractor):
    # "programme of a channel" now knows ITV2 (and ITV3, ITV4, Five, More4, Sky Two); the
    # audience before the first channel is cut off (`audience before its channel`).
    names = _entities(
        extractor,
        "Complaints\n\nViewers of Channel 5's Housemaster and ITV2's Cook's Table have"
        " complained to the regulator.",
    )
    assert names["Cook's Table"][0] == "WORK_OF_ART"
    assert "Viewers of Channel 5" not in names
    assert names["Channel 5"][0] == "ORG"


def test_shows_overlooked_in_a_category_of_shows_or_that_gained_nods(extractor):
    # `show overlooked in a category of shows`, `show that gained nods`: each of the list.
    names = _entities(
        extractor,
        "Awards\n\nEmmerdale and Hollyoaks were overlooked in the soap category, but Casualty"
        " and The Bill gained nods.",
    )
    assert names["Casualty"][0] == "WORK_OF_ART"
    assert names["Bill"] == ("WORK_OF_ART", ["The Bill"])
    names = _entities(
        extractor,
        "Awards\n\nDoctors and Family Affairs gained nods, but Casualty and Holby City were"
        " overlooked in the soap category.",
    )
    assert names["Holby City"][0] == "WORK_OF_ART"


def test_names_among_shows_nominated_are_shows(extractor):
    # `show among shows nominated`: the plural kind says what each of the list is.
    names = _entities(
        extractor,
        "Awards\n\nChannel 4 hits Little Market and Top Dogs are among numerous British shows"
        " nominated for the prestigious awards.",
    )
    assert names["Little Market"][0] == "WORK_OF_ART"
    assert names["Top Dogs"][0] == "WORK_OF_ART"


def test_a_name_shown_around_the_world_is_a_programme(extractor):
    # `programme shown or in its series`.
    names = _entities(
        extractor,
        "Awards\n\nUK nominee Home Truths, which is shown around the world, is owned by a"
        " British company.",
    )
    assert names["Home Truths"][0] == "WORK_OF_ART"


def test_a_portrayal_names_a_character_in_a_work(extractor):
    # `character in a portrayal`, `work a character is portrayed in`.
    names = _entities(
        extractor,
        "Awards\n\nLast year actress Jan Hall won an award for her portrayal of Dot Cotton in"
        " EastEnders.",
    )
    assert names["Dot Cotton"][0] == "PERSON"
    assert names["EastEnders"][0] == "WORK_OF_ART"
    names = _entities(
        extractor, "Awards\n\nHe was praised for his portrayal of Barry Grant in Brookside."
    )
    assert names["Brookside"][0] == "WORK_OF_ART"


def test_a_portrayal_in_a_known_place_keeps_the_place(extractor):
    names = _entities(
        extractor, "Theatre\n\nHe was praised for his portrayal of Hamlet in Glasgow last year."
    )
    assert names["Glasgow"][0] == "GPE"


def test_a_song_after_its_take_is_a_work(extractor):
    # `song after its take`: the model's PERSON and FAC.
    names = _entities(
        extractor,
        "Auction\n\nSome of his earliest recordings - including takes of Hound Dog - failed"
        " to sell.",
    )
    assert names["Hound Dog"][0] == "WORK_OF_ART"
    names = _entities(
        extractor,
        "Auction\n\nThe pre-masters include a take of Heartbreak Hotel, religious songs and"
        " banter.",
    )
    assert names["Heartbreak Hotel"][0] == "WORK_OF_ART"


def test_a_title_stops_at_a_dash_before_a_lower_case_word(extractor):
    # `title before a dash and a verb`: the model's "Love Me Tender - failed".
    names = _entities(
        extractor,
        "Auction\n\nSome of her earliest recordings - including takes of Love Me Tender -"
        " failed to sell at the auction.",
    )
    assert names["Love Me Tender"] == ("WORK_OF_ART", ["Love Me Tender"])


def test_a_comedy_duo_is_one_act(extractor):
    # `duo after its kind`: the model's `Mitchell` PERSON and `Webb` ORG.
    names = _entities(
        extractor,
        "Awards\n\nPrevious winners have included comedy duo Mitchell and Webb, who won last year.",
    )
    assert names["Mitchell and Webb"][0] == "ORG"
    assert "Webb" not in names and "Mitchell" not in names


def test_baron_between_a_first_name_and_a_surname_is_a_middle_name(extractor):
    # `rank between first name and surname`: the model's `Sacha` GPE and `Cohen` PERSON.
    names = _entities(
        extractor,
        "Awards\n\nIt faces competition from BBC Two's The Jenny Wren Show and Sacha Baron"
        " Cohen's creations Borat and Ali G.",
    )
    assert names["Sacha Baron Cohen"][0] == "PERSON"
    assert "Sacha" not in names


def test_a_network_before_the_event_it_shows_stands_apart(extractor):
    # `broadcaster before its event`: the model's "the NBC Super Bowl" ORG, glued.
    names = _entities(
        extractor,
        "Fine\n\nThe fine followed the exposure of a singer during the NBC Super Bowl halftime"
        " show in January.",
    )
    assert names["NBC"][0] == "ORG"
    assert names["Super Bowl"][0] == "EVENT"
