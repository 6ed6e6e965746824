"""A club named by the first word of its name alone, after the article names it in full."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_clubs_first_word_alone_is_the_club(extractor):
    # The model tags "Bayern Munich" and misses "Bayern" alone; the word is the club's.
    names = _entities(
        extractor,
        "SOCCER - BAYERN HELD\n\nBayern Munich drew 1-1 at Hamburg on Saturday. The late goal"
        " earned Bayern a point, and Bayern stay top.",
    )
    assert names["Bayern Munich"] == ("ORG", ["BAYERN", "Bayern Munich", "Bayern", "Bayern"])


def test_two_clubs_opening_alike_leave_the_word_alone(extractor):
    # "Real" could be either club: it is left as the model read it.
    names = _entities(
        extractor,
        "Soccer\n\nReal Madrid beat Real Betis 2-0 on Sunday. Real were the better side.",
    )
    assert [m for _, ms in names.values() for m in ms].count("Real") == 0


def test_a_word_that_opens_no_club_stays_a_word(extractor):
    # "Real" opens a sentence in an article that names no club of that word.
    names = _entities(extractor, "Wages\n\nReal wages fell in Spain last year, Madrid said.")
    assert "Real" not in names
