"""Round r36-tech: technologies by their coined name or after "called", coined kinds after
"so-called", a town before "station" and the station after it, a product's version after
"and", and a country's prefix on a body's name (factx/data/entities.json's cues,
factx.extract.entity_non_names.technology_called and so_called_kind, and
factx.extract.entities._join_country_prefixed_bodies)."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_a_coined_name_before_technology_or_system_is_the_technology(extractor):
    # Seed 71's BitTorrent ORG: the model reads a file-sharing protocol as a firm.
    text = (
        "Pirates face action\n\n"
        "Many of the pirates relied on FastTrack technology. Unlike Napster, FastTrack "
        "technology has no central server. The studios want to shut down networks built on "
        "the FastTrack system."
    )
    found = entities(extractor, text)
    assert ("PRODUCT", "FastTrack", ["FastTrack", "FastTrack", "FastTrack"]) in found
    assert not [e for e in found if e[1] == "FastTrack" and e[0] != "PRODUCT"]


def test_a_firm_or_a_people_before_technology_stays(extractor):
    text = (
        "Chip deal\n\n"
        "The console uses IBM technology and Israeli technology, the firm said. Shares in "
        "IBM rose on Monday."
    )
    found = entities(extractor, text)
    assert ("ORG", "IBM", ["IBM", "IBM"]) in found
    assert ("NORP", "Israeli", ["Israeli"]) in found


def test_a_technology_called_by_its_written_name_and_initials_is_no_body(extractor):
    # Seed 71's `Ultra Wideband` and `Personal Area Networks` ORG.
    text = (
        "Phone deal\n\n"
        "Phone makers are backing a short-range technology called Near Field Communication "
        "(NFC). Engineers say NFC could link so-called Body Area Networks worn by patients."
    )
    found = entities(extractor, text)
    assert not [e for e in found if e[0] == "ORG"]


def test_a_technology_called_by_a_coined_name_is_a_product(extractor):
    text = (
        "Phone deal\n\n"
        "Users moved to a file-sharing network of its own. Motorola is backing a technology "
        "called Evolution."
    )
    found = entities(extractor, text)
    assert ("PRODUCT", "Evolution", ["Evolution"]) in found
    assert ("ORG", "Motorola", ["Motorola"]) in found


def test_a_body_called_by_its_name_and_initials_stays(extractor):
    text = (
        "Campaign\n\n"
        "Fans set up a group called the Open Rights Group (ORG) to fight the law. The Open "
        "Rights Group said it would go to court."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[1] == "Open Rights Group" and e[0] == "ORG"]


def test_so_called_leaves_a_group_of_people(extractor):
    text = (
        "Appeal\n\n"
        "The so-called Guildford Four were freed in 1989 after 15 years in jail, the court "
        "heard."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[1] == "Guildford Four"]


def test_a_town_before_station_and_a_stations_name_is_the_town(extractor):
    # Seed 71's "Manchester station Key 103" gives `Manchester` PRODUCT.
    text = (
        "DJ moves\n\n"
        "She began on Radio Tees and later joined Manchester station Piccadilly Radio as a "
        "presenter. Her brother joined Leeds station Radio Aire, then Liverpool station "
        "Radio City."
    )
    found = entities(extractor, text)
    for town in ("Manchester", "Leeds", "Liverpool"):
        assert ("GPE", town, [town]) in found
    assert ("ORG", "Radio City", ["Radio City"]) in found


def test_a_railway_station_after_a_town_is_left_to_its_cues(extractor):
    text = "Delays\n\nPassengers were stranded at Leeds station on Monday, the firm said."
    found = entities(extractor, text)
    assert not [e for e in found if e[0] in ("PRODUCT", "PERSON")]


def test_a_version_after_a_products_version_and_and_is_the_product(extractor):
    # The lead's "Windows 2000 and XP" gives `XP` GPE.
    text = (
        "Spyware tool\n\n"
        "Designed for PCs running Windows 2000 and XP, the utility will clean out spyware "
        "programs. Microsoft said the tool was free."
    )
    found = entities(extractor, text)
    assert ("PRODUCT", "XP", ["XP"]) in found
    assert not [e for e in found if e[0] == "GPE"]


def test_a_channel_and_a_broadcaster_stay(extractor):
    text = "TV deal\n\nThe match will be shown on Channel 4 and ITV, the league said."
    found = entities(extractor, text)
    assert not [e for e in found if e[0] == "PRODUCT"]


def test_a_countrys_prefix_on_a_bodys_name_is_one_body(extractor):
    # The lead's "US Federal Reserve" and "Federal Reserve", two entities.
    text = (
        "Rates rise\n\n"
        "The US Federal Reserve raised rates on Tuesday. The Federal Reserve said inflation "
        "was contained."
    )
    found = entities(extractor, text)
    assert ("ORG", "Federal Reserve", ["The US Federal Reserve", "The Federal Reserve"]) in found


def test_a_peoples_word_on_a_firms_name_stays_apart(extractor):
    text = (
        "Card deal\n\n"
        "American Express said profits rose. The Express newspaper said it would cut jobs."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[1] == "American Express"]


def test_a_firm_after_a_towns_based_is_a_firm_though_the_model_reads_a_people(extractor):
    # business/392: "Paris-based Euronext" NORP and PERSON to the model, PERSON in factx.
    text = (
        "Bourse bid\n\n"
        "The German exchange tabled an offer last month. Paris-based Euronext, owner of Liffe "
        "in London, has also said it is interested. Euronext is due to hold talks this week. "
        "Euronext chief Jean-Francois Theodore is to meet the board. In a statement on "
        "Thursday, Euronext said any offer would be in cash."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[1] == "Euronext" and e[0] == "ORG"]
    assert ("NORP", "German", ["German"]) in found


def test_a_peoples_word_after_based_stays_a_people(extractor):
    text = "Book prize\n\nThe London-based Nigerian writer won the prize on Monday."
    found = entities(extractor, text)
    assert not [e for e in found if e[1] == "Nigerian" and e[0] == "ORG"]


def test_a_coined_name_with_capitals_inside_is_no_place(extractor):
    # tech/390's "OptInRealBig" GPE at six mentions.
    text = (
        "Spam firm\n\n"
        "OptInRealBig was fighting several legal battles. Microsoft is seeking damages from "
        "OptInRealBig."
    )
    found = entities(extractor, text)
    assert ("ORG", "OptInRealBig", ["OptInRealBig", "OptInRealBig"]) in found


def test_a_place_with_capitals_inside_stays_a_place(extractor):
    text = "Floods\n\nHeavy rain hit the Texas town of McAllen on Monday, officials said."
    found = entities(extractor, text)
    assert not [e for e in found if e[0] == "ORG"]


def test_a_firm_of_two_words_with_no_first_name_takes_a_lone_names_cue(extractor):
    # tech/062's "Ask Jeeves" PERSON at all its mentions: a company labelled PERSON.
    text = (
        "Search deal\n\n"
        "Ask Jeeves has bought the Bloglines website. How much Ask Jeeves paid was not "
        "revealed. Jim Lanzone, vice president of search properties at Ask Jeeves in the US, "
        "said it was a good fit. He said Ask Jeeves was more interested in search."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[1] == "Ask Jeeves" and e[0] == "ORG"]
    assert ("PERSON", "Jim Lanzone", ["Jim Lanzone"]) in found


def test_a_person_with_a_first_name_after_a_role_at_stays_a_person(extractor):
    text = (
        "Deal\n\n"
        "He was a director at Simon Hartley before he joined the bank. Simon Hartley said "
        "he would miss him."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[1] == "Simon Hartley" and e[0] == "PERSON"]


def test_a_bodys_short_name_before_its_heads_post_is_the_body(extractor):
    # The lead's "Fed Chair" (WORK_OF_ART; ORG 'Fed Chair' on this sentence).
    text = "Greenspan speech\n\nThe Fed Chair said the economy was strong, and shares rose."
    found = entities(extractor, text)
    assert ("ORG", "Federal Reserve", ["Fed"]) in found
    assert not [e for e in found if "Chair" in e[1]]


def test_a_bodys_unit_after_its_initials_stays_whole(extractor):
    text = "Sales\n\nBBC Worldwide said sales of its DVDs rose in 2004, the firm said."
    found = entities(extractor, text)
    assert [e for e in found if e[1] == "BBC Worldwide"]


def test_a_person_after_a_role_word_keeps_a_person_though_the_list_lacks_his_first_name(
    extractor,
):
    # politics/122's "Immigration minister Des Browne quoted its five-year plan".
    text = (
        "Row\n\nHealth minister Des Smith quoted its annual report, saying the plan was a failure."
    )
    found = entities(extractor, text)
    assert not [e for e in found if e[1] == "Des Smith" and e[0] == "ORG"]
