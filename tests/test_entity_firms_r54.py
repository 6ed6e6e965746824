"""Round r54-firms: a peer the model leaves untagged after a firm's post or before a speech
verb; a headline's short form of a body's firm kept and joined; a firm's short form the model
reads as a place or a person joined to the firm (BBC sheets 53F, 53G and 53H; sentences of my
own)."""

from entity_reading import entities, label_by_name, labelled, texts_of


def test_a_peer_after_a_firms_post_is_a_person(extractor):
    text = "Shell chief executive Lord Browne said the results were strong."
    assert labelled(extractor, text, "PERSON") == ["Browne"]


def test_a_peer_before_a_speech_verb_is_a_person(extractor):
    assert labelled(extractor, "However, Lord Browne rejected calls for a new tax.", "PERSON") == [
        "Browne"
    ]
    text = '"We had no idea," Lord Rennard told reporters at the conference.'
    assert labelled(extractor, text, "PERSON") == ["Rennard"]


def test_a_peer_after_a_peers_noun_is_a_person(extractor):
    text = "Labour peer Lord Haskins warned of the electoral cost."
    assert labelled(extractor, text, "PERSON") == ["Haskins"]


def test_posts_deities_and_the_ground_are_no_peer(extractor):
    for text in (
        "The Lord Chancellor said the bill would pass.",
        "The Lord said unto them that they should go.",
        "They played at Lord's on Sunday and won.",
        "House of Lords peers voted against the bill.",
    ):
        assert "PERSON" not in {label for label, _, _ in entities(extractor, text)}, text


def test_a_headlines_opening_words_of_a_body_firm_are_the_firm(extractor):
    text = (
        "India Steel seeks rescue deal\n\nIndia Steel Industries has asked its creditors for "
        "more time. The firm, which lost money on futures, said it would sell assets. Traders "
        "in India said the shares fell."
    )
    found = entities(extractor, text)
    assert texts_of(found, "India Steel Industries") == [["India Steel", "India Steel Industries"]]
    assert texts_of(found, "India") == [["India"]]


def test_a_headlines_opening_words_read_otherwise_are_left(extractor):
    # The model's PERSON for the headline's "Da Vinci" is no opening of the body's work.
    text = (
        "Da Vinci film to star Tom Hanks\n\nActor Tom Hanks will star in The Da Vinci Code, "
        "the film of the best-selling novel. Filming starts in June."
    )
    assert "Da Vinci" not in label_by_name(extractor, text)


def test_a_firms_short_form_read_as_something_else_is_the_firm(extractor):
    text = (
        "Studio wins court fight\n\nThe studio Silver Line Cinema has won its case against a "
        "rival. Silver Line had been trying to buy the rights for years, and Silver Line's "
        "lawyers said they were pleased."
    )
    found = entities(extractor, text)
    assert label_by_name(extractor, text).get("Silver Line Cinema") == "ORG"
    assert "Silver Line" not in label_by_name(extractor, text)
    assert len(texts_of(found, "Silver Line Cinema")[0]) == 3


def test_a_countrys_name_before_an_airlines_word_stays_the_country(extractor):
    text = (
        "Airline cuts flights\n\nKenya Airways has cut flights to Europe. Kenya said the cuts "
        "would hurt tourism."
    )
    assert label_by_name(extractor, text).get("Kenya") == "GPE"


def test_a_film_series_by_its_films_plural_is_a_work(extractor):
    text = "She starred in the Final Destination films before moving to television."
    assert label_by_name(extractor, text).get("Final Destination") == "WORK_OF_ART"
    text = "He starred in the Police Academy movies in the 1980s."
    assert label_by_name(extractor, text).get("Police Academy") == "WORK_OF_ART"


def test_a_counted_film_of_a_series_is_a_work(extractor):
    text = "A fourth Police Academy film was released in 1987."
    assert label_by_name(extractor, text).get("Police Academy") == "WORK_OF_ART"


def test_a_studios_films_stay_the_studios(extractor):
    assert label_by_name(extractor, "The Disney films did well at the box office.") == {
        "Disney": "ORG"
    }
    text = "Audiences flocked to the Pixar movies all summer."
    assert label_by_name(extractor, text).get("Pixar") == "ORG"


def test_a_countrys_name_before_a_compass_word_is_a_firm(extractor):
    text = "The carriers were merged into three groups under Air China, China Southern and Eastern."
    found = label_by_name(extractor, text)
    assert found.get("China Southern") == "ORG"
    assert "Southern" not in found
    assert (
        label_by_name(extractor, "Shares in China Eastern fell 3% in Shanghai.").get(
            "China Eastern"
        )
        == "ORG"
    )


def test_regions_and_directions_stay_places(extractor):
    assert label_by_name(extractor, "Rain fell across Southern China on Monday.") == {
        "Southern China": "LOC"
    }
    assert label_by_name(extractor, "Floods hit China's southern provinces.") == {"China": "GPE"}
    text = "The Western Australia government said no."
    assert label_by_name(extractor, text).get("Western Australia") == "GPE"


def test_a_numbered_service_pack_is_a_product(extractor):
    text = (
        "Last year, it released a major security update for Windows, Service Pack 2, to "
        "fight viruses."
    )
    assert label_by_name(extractor, text).get("Service Pack 2") == "PRODUCT"
    text = (
        "The firm said the update to Windows XP, Service Pack 2, would not work with some programs."
    )
    assert label_by_name(extractor, text).get("Service Pack 2") == "PRODUCT"


def test_a_longer_name_keeps_its_service_pack(extractor):
    assert "Service Pack 2" not in label_by_name(
        extractor, "Users of Windows XP Service Pack 2 were safe."
    )


def test_a_studios_short_form_joins_its_pictures(extractor):
    text = (
        "Studio wins court fight\n\nThe studio Westmoor Pictures has won its case against a "
        "rival. Westmoor had been trying to buy the rights for years."
    )
    found = entities(extractor, text)
    assert texts_of(found, "Westmoor Pictures") == [["Westmoor Pictures", "Westmoor"]]
