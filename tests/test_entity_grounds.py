"""A venue's first word used alone joins the venue: "the Lyric" beside "the Lyric Theatre"."""

from builders import raw_mentions

from factx.extract.entities import cluster


def groups(text, named):
    return sorted((c.key, [m.text for m in c.mentions]) for c in cluster(raw_mentions(text, named)))


def test_a_venues_first_word_alone_is_the_venue():
    text = "Fans filled the Rookery Theatre on Friday. The Rookery reopens in May."
    named = [("Rookery Theatre", "FAC"), ("The Rookery", "ORG")]
    assert groups(text, named) == [("rookery theatre", ["Rookery Theatre", "The Rookery"])]
    text = "Wasps lost at Brambleside Park. The crowd at Brambleside sang."
    named = [("Wasps", "ORG"), ("Brambleside Park", "FAC"), ("Brambleside", "PERSON")]
    assert ("brambleside park", ["Brambleside Park", "Brambleside"]) in groups(text, named)


def test_a_place_a_club_a_first_name_or_a_surname_stays_apart():
    text = "Melbourne Park is in Melbourne."
    assert len(groups(text, [("Melbourne Park", "FAC"), ("Melbourne", "GPE")])) == 2
    text = "Celtic Park was full; Celtic won. The Celtic ranks grew, Celtic said."  # mostly bare
    named = [("Celtic Park", "FAC"), ("Celtic", "ORG"), ("The Celtic", "ORG"), ("Celtic", "ORG")]
    assert len(groups(text, named)) == 2
    text = "At the Olympic Stadium, the Olympic champion ran."  # the Games' word
    assert len(groups(text, [("Olympic Stadium", "FAC"), ("Olympic", "EVENT")])) == 2
    olympic = raw_mentions(text, [("Olympic Stadium", "FAC"), ("Olympic", "FAC")])
    olympic[1].cue = "EVENT"  # the model's FAC, the words' event
    assert len(cluster(olympic)) == 2
    text = "At the Albert Hall, Albert sang."
    assert len(groups(text, [("Albert Hall", "FAC"), ("Albert", "PERSON")])) == 2
    text = "John Kennedy opened the Kennedy Center. Kennedy spoke."
    named = [("John Kennedy", "PERSON"), ("Kennedy Center", "FAC"), ("Kennedy", "PERSON")]
    assert ("kennedy center", ["Kennedy Center"]) in groups(text, named)
