"""Round r32-lists: acts with an inner "and" (`entity_acts`: a duo after a describing plural, a
band after its kind word, two acts placed second and third), a tour's title after its act's
possessive (`entity_tours`), and an album after its volume (data cue)."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_duo_after_a_describing_plural_is_one_act(extractor):
    # `duo after a describing plural`: not "Veterans Hall" FAC and "Oates" ORG.
    names = _entities(
        extractor,
        "Rich list\n\nThe band's new album and single went to number one. Veterans Hall and"
        " Oates were in 10th place, their comeback tour helping them earn $20m.",
    )
    assert names["Hall and Oates"][0] == "ORG"
    assert "Veterans Hall" not in names and "Oates" not in names


def test_a_band_named_alone_elsewhere_is_no_duo(extractor):
    names = _entities(
        extractor,
        "Rich list\n\nThe band's album and single sold well. Rockers Oasis and Blur were in 10th"
        " place. Oasis said they were happy.",
    )
    assert "Oasis and Blur" not in names


def test_a_band_after_its_kind_word_keeps_its_inner_and(extractor):
    # `band after its kind word, with its inner "and"`: not "Sisters" ORG alone.
    names = _entities(
        extractor,
        "Poll\n\nThe band's album topped the poll. Other bands included the Boo Radleys and goth"
        " favourites the Sisters and Mercy Chain.",
    )
    assert names["Sisters and Mercy Chain"][0] == "ORG"
    assert "Sisters" not in names


def test_two_acts_placed_second_and_third_are_two_bands(extractor):
    # `two acts into second and third place`: not `Keane` PERSON and no `Athlete`.
    names = _entities(
        extractor,
        "Poll\n\nThe band's album topped the poll. The group beat Keane and Athlete into second"
        " and third place respectively.",
    )
    assert names["Keane"][0] == "ORG"
    assert names["Athlete"][0] == "ORG"


def test_a_tours_title_after_its_acts_possessive_is_one_event(extractor):
    # `tour after its act's possessive`: not "Dead" ORG; "UK tour" names no tour.
    names = _entities(
        extractor,
        "Earnings\n\nThe singer's album went to number one in the charts. Heavy metal band"
        " Anthrax's Among the Living and the Dead tour helped push their earnings up. Sizzla's"
        " UK tour was cancelled.",
    )
    assert names["Among the Living and the Dead"][0] == "EVENT"
    assert "Dead" not in names
    assert names["United Kingdom"][0] == "GPE"


def test_an_album_after_its_volume_is_a_work(extractor):
    # `album after its volume`: not "Lost American Songbook" ORG.
    names = _entities(
        extractor,
        "Sales\n\nThe band's album sold well. He sold copies of the second volume of The Lost"
        " American Songbook covers album.",
    )
    assert names["Lost American Songbook"][0] == "WORK_OF_ART"
