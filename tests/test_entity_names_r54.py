"""Round r54-names: products, languages, short forms and acronyms, from the shapes of BBC sheets
54A-54D (sentences of my own): a language's word that names no place or people is the language
(`entity_pure_languages`); "Number 10" in a story about the government is the prime minister's
office and a lone "Royal" no name (`entity_number_ten`); a firm's short form two of the
article's firms share joins neither (`entity_shared_short_forms`); a bracketed short form
clipped from the heads of its body's words is the body's (`acronym_syllables`); a brand before a
kind of packaged food or drink is a product (the cue row "brand before its food or drink"); and
the members of a list of programs after their kind are programs (`entity_program_lists`)."""

from entity_reading import entities, label_by_name, labels, texts_of

# A language's word that is no place: LANGUAGE, not the model's GPE.


def test_a_language_before_its_song_is_the_language(extractor):
    text = (
        "Headline\n\nThe singer recorded a Hindi song for the film last year. "
        "She later sang in Hindi at a concert in Delhi."
    )
    assert labels(entities(extractor, text), "Hindi") == {"LANGUAGE"}


def test_a_language_a_film_is_dubbed_into_is_the_language(extractor):
    text = "Headline\n\nThe cartoon was dubbed into Urdu for viewers in Karachi and Lahore."
    assert label_by_name(extractor, text).get("Urdu") == "LANGUAGE"


def test_a_language_before_its_version_is_the_language(extractor):
    text = "Headline\n\nThe Swahili version of the novel sold well across Nairobi."
    assert label_by_name(extractor, text).get("Swahili") == "LANGUAGE"


def test_a_language_word_opening_a_place_is_left_alone(extractor):
    found = label_by_name(
        extractor, "Headline\n\nFloods hit Tamil Nadu on Monday, officials in Chennai said."
    )
    assert found.get("Tamil Nadu") != "LANGUAGE"
    assert "Tamil" not in found


def test_a_language_word_before_a_players_noun_stays_a_people(extractor):
    found = label_by_name(
        extractor, "Headline\n\nThe Icelandic forward scored twice for the club on Saturday."
    )
    assert found.get("Icelandic") != "LANGUAGE"


# "Number 10": the prime minister's office in a story about the government.


def test_number_ten_beside_the_treasury_is_the_office(extractor):
    text = (
        "Headline\n\nThe row between Number 10 and the Treasury deepened on Monday, ministers said."
    )
    assert label_by_name(extractor, text).get("Number 10") == "ORG"


def test_number_ten_as_a_speaker_is_the_office(extractor):
    text = "Headline\n\nThe prime minister met union leaders. No 10 said the talks had been useful."
    assert label_by_name(extractor, text).get("No 10") == "ORG"


def test_a_shirt_or_chart_number_ten_is_no_office(extractor):
    text = (
        "Headline\n\nThe minister watched the striker who wore the No 10 shirt. "
        "Her single went straight in at Number 10 in the chart."
    )
    found = label_by_name(extractor, text)
    assert "No 10" not in found
    assert found.get("Number 10") is None


def test_number_ten_outside_a_story_of_the_government_is_left_alone(extractor):
    text = "Headline\n\nThe seeded player, Number 10 in the draw, lost in Paris on Monday."
    assert label_by_name(extractor, text).get("Number 10") != "ORG"


# A lone "Royal": an adjective, no name.


def test_a_lone_royal_after_battle_is_no_name(extractor):
    text = (
        'Headline\n\nThe Tory spokesman said: "The battle Royal that senior officials are '
        'now waging will cost millions."'
    )
    assert "Royal" not in label_by_name(extractor, text)


def test_royal_in_a_longer_name_is_kept(extractor):
    text = "Headline\n\nThe Royal Mail said deliveries would resume on Monday."
    assert label_by_name(extractor, text).get("Royal Mail") == "ORG"


# A short form two firms of the article share: its own entity.


def test_a_short_form_of_two_firms_joins_neither(extractor):
    text = (
        "Headline\n\nShares in Varco Industries and Varco Energy rose on Monday. "
        "Varco said profits had doubled."
    )
    found = entities(extractor, text)
    assert texts_of(found, "Varco Energy") == [["Varco Energy"]]
    assert texts_of(found, "Varco") == [["Varco"]]


def test_a_short_form_of_one_firm_still_joins_it(extractor):
    text = "Headline\n\nShares in Varco Industries rose on Monday. Varco said profits had doubled."
    found = entities(extractor, text)
    assert texts_of(found, "Varco Industries") == [["Varco Industries", "Varco"]]


# A bracketed short form clipped from the heads of its body's words.


def test_a_clipped_short_form_in_brackets_joins_its_exchange(extractor):
    text = (
        "Headline\n\nLight crude rose 40 cents on the New York Mercantile Exchange (Nymex) "
        "on Monday. Traders on Nymex said stocks were low."
    )
    found = entities(extractor, text)
    assert texts_of(found, "New York Mercantile Exchange") == [
        ["the New York Mercantile Exchange", "Nymex", "Nymex"]
    ]


def test_a_bracketed_word_that_is_no_clipping_stays_apart(extractor):
    text = (
        "Headline\n\nThe New York Stock Exchange (Reuters) said on Monday that trading "
        "would resume."
    )
    found = entities(extractor, text)
    assert not any("Reuters" in texts for texts in texts_of(found, "New York Stock Exchange"))


# A brand before a kind of packaged food or drink.


def test_a_brand_before_drinks_is_a_product(extractor):
    text = (
        "Headline\n\nThe firm will stop advertising salty Pringo crisps and sugary Irn-Bru "
        "drinks to children under 12."
    )
    found = label_by_name(extractor, text)
    assert found.get("Irn-Bru") == "PRODUCT"
    assert found.get("Pringo") == "PRODUCT"


def test_a_person_before_a_goods_word_is_left_alone(extractor):
    text = (
        "Headline\n\nMr Fizzlo said the firm sold cookies. Jane Fizzlo biscuits were "
        "promoted by Fizzlo himself."
    )
    assert label_by_name(extractor, text).get("Fizzlo") != "PRODUCT"


# The members of a list of programs after their kind.


def test_the_members_of_a_list_of_programs_are_programs(extractor):
    text = (
        "Headline\n\nThe studios sued users of the file-sharing programs BitTorrent, "
        "eMule and DirectConnect on Tuesday."
    )
    found = label_by_name(extractor, text)
    assert found.get("DirectConnect") == "PRODUCT"
    assert found.get("eMule") == "PRODUCT"


def test_a_list_of_services_is_left_alone(extractor):
    text = "Headline\n\nThe studios sued services such as Kazaa, Grokster and Morpheus on Tuesday."
    assert label_by_name(extractor, text).get("Grokster") != "PRODUCT"
