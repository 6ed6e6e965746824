"""Round r37d-firms: firms, products, peoples and clubs the model cuts or mislabels (seeds
82-84's "Rules these errors suggest"): a firm named "Ask <Name>" and "<Maker> Instant Messenger"
whole (factx.extract.entity_firms.firms_named_ask and instant_messengers), a tournament's group
with its letter (factx.extract.entity_clubs.groups_with_their_letter), and the cues "club a side
trails in its group", "ratings firm before its ratings", "brand before a medicine's kind", "a
hyphened pair of peoples", "a people before its plural gloss", "a people's plural gloss" and "a
people discriminated against or many" of factx/data/entities.json. The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_a_firm_named_ask_is_one_org_at_every_mention(extractor):
    # Seed 83's "Ask Jeeves": the model tags "Albert" alone a person, a company labelled PERSON,
    # and misses the name before "insiders".
    text = (
        "Blog deal\n\n"
        "Search firm Ask Albert has bought the Blogworld website. Ask Albert said it was not "
        "planning to change Blogworld. Rumours were broken by a weblog which got the hint from "
        "Ask Albert insiders."
    )
    found = entities(extractor, text)
    assert ("ORG", "Ask Albert", ["Ask Albert", "Ask Albert", "Ask Albert"]) in found
    assert not [e for e in found if e[0] == "PERSON"]


def test_ask_opening_a_sentence_alone_is_a_verb(extractor):
    text = (
        'Advice\n\nAsk Tony Blair what he thinks and he will say the same. "Ask Gordon," he said.'
    )
    found = entities(extractor, text)
    assert ("PERSON", "Tony Blair", ["Tony Blair"]) in found
    assert not [e for e in found if e[1].startswith("Ask")]


def test_a_makers_instant_messenger_is_one_product(extractor):
    # Seed 82's "sent via AOL Instant Messenger": `AOL Instant` ORG and `Messenger` PERSON.
    text = (
        "Search tool\n\n"
        "The software will also find webpages and messages sent via AOL Instant Messenger. "
        "AOL said it welcomed the tool."
    )
    found = entities(extractor, text)
    assert ("PRODUCT", "AOL Instant Messenger", ["AOL Instant Messenger"]) in found
    assert not [e for e in found if e[1] == "Messenger" or e[1] == "AOL Instant"]
    assert [e for e in found if e[1] == "AOL" and e[0] == "ORG"]


def test_a_club_a_side_trails_in_its_group_is_a_club_and_the_group_keeps_its_letter(extractor):
    # Seed 83's "finished second in Group F behind Lyon": `Lyon` PERSON, `Group` + `F` apart.
    text = (
        "Draw made\n\n"
        "They finished second in Group F behind Lyon. Their rivals finished second in Group C "
        "behind Porto."
    )
    found = entities(extractor, text)
    assert ("ORG", "Lyon", ["Lyon"]) in found
    assert ("ORG", "Porto", ["Porto"]) in found
    assert ("ORG", "Group F", ["Group F"]) in found
    assert not [e for e in found if e[1] == "F"]


def test_a_town_behind_a_side_outside_a_group_stays_a_place(extractor):
    text = "Traffic\n\nThe lorry stopped on the road behind Lyon station. She lives in Lyon."
    found = entities(extractor, text)
    assert not [e for e in found if e[1] == "Lyon" and e[0] != "GPE"]


def test_a_ratings_firm_before_its_ratings_is_a_firm(extractor):
    # Seed 82's "according to the Nielsen ratings system": `Nielsen` GPE.
    text = (
        "Show axed\n\n"
        "The show drew 10 million viewers, according to the Nielsen ratings system. It topped "
        "the UK ratings last week."
    )
    found = entities(extractor, text)
    assert ("ORG", "Nielsen", ["Nielsen"]) in found
    assert [e for e in found if e[1] == "United Kingdom" and e[0] == "GPE"]


def test_a_brand_before_a_medicines_kind_is_a_product(extractor):
    # Seed 83's "Nurofen analgesic": the model's ORG for a brand it does not know.
    text = (
        "Brands\n\n"
        "Its other brands include Nurofen analgesic, Lemsip cough medicine and Sauber "
        "compression hosiery."
    )
    found = entities(extractor, text)
    assert ("PRODUCT", "Nurofen", ["Nurofen"]) in found
    assert ("PRODUCT", "Lemsip", ["Lemsip"]) in found


def test_a_hyphened_pair_of_peoples_is_one_norp(extractor):
    # Seed 83's "Anglo-Swiss group": the model's ORG.
    text = "Results\n\nAnglo-Swiss group Nestle said profits rose."
    found = entities(extractor, text)
    assert ("NORP", "Anglo-Swiss", ["Anglo-Swiss"]) in found
    assert [e for e in found if e[1] == "Nestle" and e[0] == "ORG"]


def test_a_people_discriminated_against_and_its_gloss_are_norp(extractor):
    # Seed 83's "Roma (Gypsies)": the model reads a people it does not know as a firm.
    text = (
        "Ruling\n\n"
        "The rules racially discriminated against Sinti (Travellers) seeking entry into the "
        "UK. Many Sinti had good reason to leave Hungary."
    )
    found = entities(extractor, text)
    assert ("NORP", "Sinti", ["Sinti", "Sinti"]) in found
    assert ("NORP", "Travellers", ["Travellers"]) in found


def test_a_firm_before_a_bracketed_word_and_many_people_stay_as_they_are(extractor):
    text = (
        "Sales\n\n"
        "Ford (Motors) said sales rose. Many Americans were pleased and many Microsoft "
        "users said so."
    )
    found = entities(extractor, text)
    assert not [e for e in found if e[1] in ("Ford", "Microsoft") and e[0] == "NORP"]
    assert [e for e in found if e[1] == "Americans" and e[0] == "NORP"]


def test_a_firm_named_by_a_hyphened_pair_stays_a_firm(extractor):
    # The even half's business/482: "at Anglo-American, the international mining company".
    text = (
        "Aids plan\n\n"
        "One company that does have a plan is Anglo-American, the international mining company."
    )
    found = entities(extractor, text)
    assert not [e for e in found if e[1] == "Anglo-American" and e[0] == "NORP"]


def test_trans_before_a_place_is_no_name(extractor):
    # Seed 83's "trans-Atlantic differences": `trans-Atlantic` LOC.
    text = (
        "Car sales\n\n"
        "Carmakers must stay aware of trans-Atlantic differences. The Trans-Siberian Railway "
        "is long."
    )
    found = entities(extractor, text)
    assert not [e for e in found if e[1].startswith("trans-")]
    assert [e for e in found if e[1] == "Trans-Siberian Railway"]


def test_federal_government_before_initials_is_the_agency(extractor):
    # Seed 84's "the Federal Government FTC": glued as a PRODUCT.
    text = (
        "Complaint\n\n"
        "She filed a complaint with the Federal Government FTC [US Federal Trade Commission] "
        "on Monday."
    )
    found = entities(extractor, text)
    assert ("ORG", "FTC", ["FTC"]) in found
    assert not [e for e in found if "Federal Government" in e[1]]


def test_a_maker_and_its_models_code_is_a_product(extractor):
    # Seed 83's "such sports utility vehicles as the Audi Q7": the model's ORG.
    text = (
        "Car sales\n\n"
        "Carmakers are building such sports utility vehicles as the Audi Q7 and its sibling Q5. "
        "Audi said sales rose."
    )
    found = entities(extractor, text)
    assert ("PRODUCT", "Audi Q7", ["the Audi Q7"]) in found
    assert [e for e in found if e[1] == "Audi" and e[0] == "ORG"]


def test_a_clubs_opening_word_first_in_a_list_of_clubs_is_a_club(extractor):
    # Seed 83's "We could get Inter, AC Milan and Juventus": nothing for `Inter`.
    text = "Draw\n\nWe could get Inter, AC Milan and Juventus in the next round."
    found = entities(extractor, text)
    assert ("ORG", "Inter", ["Inter"]) in found
    assert ("ORG", "Juventus", ["Juventus"]) in found


def test_a_clubs_opening_word_before_no_list_of_clubs_is_left_alone(extractor):
    text = "Words\n\nReal, the firm said, was wrong. Inter, he added, is a prefix."
    found = entities(extractor, text)
    assert not [e for e in found if e[1] in ("Real", "Inter")]
