"""Round r41c-firms: firms, shops, fashion houses and schools the model labels PERSON. A
shop's or trader's word ending a name ("Costco Wholesale"), a shop's trade word before a firm's
name ("Jeweller Zale"), a fashion house before a garment ("a floor-length shimmering Armani
dress") and a school after "Educated at" ("Educated at Eton"), the cues "company by its kind
word", "firm after a shop's trade", "fashion house before a garment" and "school after educated
at" of factx/data/entities.json. Seeds 118's and 119's errors; the sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name) for f in record.facts if f.type == "entity"]


def test_a_name_ending_in_a_trade_word_is_a_firm(extractor):
    found = entities(
        extractor,
        "Retail news\n\nOne discount retailer to fare well in December was Walgreen Wholesale, "
        "which continued a recent run of upbeat results. Analysts praised Henley Imports and "
        "Carter Pharmacy for their sales.",
    )
    assert ("ORG", "Walgreen Wholesale") in found
    assert ("ORG", "Henley Imports") in found
    assert ("ORG", "Carter Pharmacy") in found
    assert not any(label == "PERSON" for label, _ in found)


def test_a_trade_word_opening_a_sentence_is_cut_off_a_firm(extractor):
    found = entities(
        extractor,
        "Retail news\n\nJeweller Signet also felt little Christmas cheer. Grocer Safeway also "
        "suffered. Chemist Boots said sales fell.",
    )
    assert ("ORG", "Signet") in found
    assert ("ORG", "Safeway") in found
    assert ("ORG", "Boots") in found
    assert ("PERSON", "Jeweller Signet") not in found
    assert ("PERSON", "Grocer Safeway") not in found


def test_a_trade_word_before_a_full_name_leaves_the_person(extractor):
    found = entities(
        extractor,
        "Science news\n\nThe chemist John Dalton described atoms. Jeweller Gerald Ratner once "
        "called his goods crap.",
    )
    assert ("PERSON", "John Dalton") in found
    assert ("PERSON", "Gerald Ratner") in found


def test_a_fashion_house_before_a_garment_is_a_firm(extractor):
    found = entities(
        extractor,
        "Oscars night\n\nShe wore a floor-length shimmering Versace dress. She arrived in a "
        "shimmering Armani gown, while her husband wore a Hugo Boss suit.",
    )
    assert ("ORG", "Versace") in found
    assert ("ORG", "Armani") in found
    assert ("ORG", "Hugo Boss") in found
    assert not any(label in ("PERSON", "NORP") for label, _ in found)


def test_a_name_before_suit_as_a_verb_is_left_alone(extractor):
    found = entities(
        extractor,
        "Casting news\n\nThe director said Kelly would suit the role. The part may suit Jones.",
    )
    assert ("PERSON", "Kelly") in found
    assert ("ORG", "Kelly") not in found


def test_a_name_after_educated_at_is_a_school(extractor):
    found = entities(
        extractor,
        "Obituary\n\nEducated at Eton, he served in the Navy. Educated at Winchester and Oxford, "
        "his brother became a judge. She went to school at Roedean.",
    )
    assert ("ORG", "Eton") in found
    assert ("ORG", "Winchester") in found
    assert ("ORG", "Roedean") in found
    assert ("PERSON", "Eton") not in found


def test_a_town_after_educated_in_is_left_alone(extractor):
    found = entities(extractor, "Obituary\n\nHe was educated in Leeds and moved to London.")
    assert ("GPE", "Leeds") in found


def test_a_firms_and_co_leaves_no_ampersand_in_its_name(extractor):
    found = entities(
        extractor,
        "Markets\n\nMorgan Stanley & Co and JP Morgan & Co raised their forecasts.",
    )
    assert ("ORG", "Morgan Stanley") in found
    assert ("ORG", "JP Morgan") in found
    assert not any(name.endswith("&") for _, name in found)


def test_the_firms_of_a_list_after_a_survey_by_are_firms(extractor):
    found = entities(
        extractor,
        "Shopping\n\nAccording to a survey by Morgan Stanley & Co, Harris Interactive and "
        "comScore, spending rose. A study by Goldman Sachs & Co and Nielsen agreed.",
    )
    assert ("ORG", "comScore") in found
    assert ("ORG", "Nielsen") in found
    assert ("PERSON", "comScore") not in found
