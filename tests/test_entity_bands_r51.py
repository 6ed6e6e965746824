"""Round r51 (the lead): a band's plural name after a "the" the model left outside its span is
the band, in an article about music; a household's plural stays a person's (sentences of my
own, from a user read of a BBC report of a half-time show, `Beatles` PERSON)."""

from entity_reading import label_by_name

# `plural_bands` and `_bare_plural` (factx/extract/entity_bands.py).


def test_a_plural_band_outside_its_the_is_the_band(extractor):
    found = label_by_name(
        extractor,
        "The band played the Beatles numbers Drive My Car and Get Back, and the new album "
        "topped the charts with a single.",
    )
    assert found.get("Beatles") == "ORG"


def test_a_households_plural_stays_a_person(extractor):
    found = label_by_name(
        extractor,
        "Ozzy Osbourne sang on the album. The Osbournes were asleep when the single came out.",
    )
    assert found.get("Osbournes") == "PERSON"


def test_a_place_after_the_in_an_article_about_music_stays_a_place(extractor):
    found = label_by_name(
        extractor, "The singer recorded the album in the Bahamas and released a single there."
    )
    assert found.get("Bahamas") == "GPE"
