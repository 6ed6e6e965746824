"""Round r42b-firms: firms in business news the model labels PERSON or GPE. A name after a
trade's "business|unit" ("selling property business Westworth"), a name before ", the world's
biggest <trade>" ("Gallo, the world's biggest winemaker"), and a name in a deal's words
("merging with", "and its lenders", "'s hostile £900m bid") are firms, ORG: the cues "firm after
its trade's business or unit", "firm the biggest of its trade", "firm in a deal's words", "firm
before its lenders" and "firm before its priced bid" of factx/data/entities.json, and "Wine
Estate" in "company by its kind word". Seeds 121-123's errors; the sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name) for f in record.facts if f.type == "entity"]


def test_a_name_after_a_trades_business_is_a_firm(extractor):
    found = entities(
        extractor,
        "Brewer's profits\n\nThe brewer made A$900m from selling property business Westworth "
        "last year. Its main wine business is Kellerman Ridge Wine Estate.",
    )
    assert ("ORG", "Westworth") in found
    assert ("ORG", "Kellerman Ridge Wine Estate") in found
    assert not any(label in ("PERSON", "GPE") for label, _ in found)


def test_a_name_after_a_firms_unit_is_a_firm(extractor):
    found = entities(
        extractor,
        "Oil float\n\nThe group will float its unit Sibneftegaz next year. Sibneftegaz made a "
        "profit.",
    )
    assert ("ORG", "Sibneftegaz") in found


def test_a_name_before_the_worlds_biggest_trade_is_a_firm(extractor):
    found = entities(
        extractor,
        "Wine sales\n\nGrowth was driven by Gallo, the world's biggest winemaker, and by Tusker, "
        "Africa's biggest brewer.",
    )
    assert ("ORG", "Gallo") in found
    assert ("ORG", "Tusker") in found
    assert ("PERSON", "Gallo") not in found


def test_deal_words_outweigh_the_models_place_votes(extractor):
    merging = entities(
        extractor,
        "Gas deal\n\nRosneft, a Russian oil firm, is in the process of merging with Gazprom. "
        "Gazprom said the deal would go ahead.",
    )
    assert ("ORG", "Gazprom") in merging
    assert ("GPE", "Gazprom") not in merging
    lenders = entities(
        extractor,
        "Gas deal\n\nA judge barred Gazprom and its lenders from taking part. Gazprom said it "
        "would appeal.",
    )
    assert ("ORG", "Gazprom") in lenders
    assert ("GPE", "Gazprom") not in lenders


def test_a_name_before_its_priced_bid_is_a_firm(extractor):
    found = entities(
        extractor, "Bid news\n\nAnalysts doubted Lensworth's hostile £900m bid for the chain."
    )
    assert ("ORG", "Lensworth") in found


def test_places_and_people_keep_their_labels(extractor):
    found = entities(
        extractor,
        "World news\n\nFrance were deemed the world's leading side. Nigeria is the world's "
        "fourth-largest cocoa producer. Germany is Europe's biggest carmaker. Iraq and "
        "its creditors agreed a deal. London's £2bn bid for the Games failed.",
    )
    for place in ("France", "Nigeria", "Germany", "Iraq", "London"):
        assert ("GPE", place) in found
    people = entities(
        extractor,
        "Club bid\n\nMalcolm Glazer wants the club. Glazer's £800m offer was rejected. Simon "
        "Fuller runs the music business and Mark Reed heads the property business.",
    )
    assert ("PERSON", "Malcolm Glazer") in people
    assert ("PERSON", "Simon Fuller") in people
    assert ("PERSON", "Mark Reed") in people
