"""Round r40-goods: firms, goods and documents factx labelled wrong (seeds 103-105's "Rules
these errors suggest"): a firm after a trade's singular "analyst" (the cue "firm after market
analyst" of factx/data/entities.json); an oil grade before "crude" in a price's words (the cues
"oil grade before crude" and "oil grade before crude, tagged a people or a place"); "Q&A"
no name (`common_terms`); a government paper's kind no name (`document_kinds`,
factx.extract.entity_non_names.document_kind); the Union's common policies a law (the cue
"common policy by its kind"). The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_a_firm_after_market_analyst_is_a_firm(extractor):
    # Seed 104's business/484: "said market analyst Datamonitor" PRODUCT; mine gave PERSON (4).
    text = (
        "Children spend more\n\nChildren in the UK had an annual income of £775, said market "
        "analyst Mintel. Mintel said the figure had grown. Mintel adds that parents give more. "
        "According to the Mintel report, boys spend most."
    )
    found = entities(extractor, text)
    assert ("ORG", "Mintel", ["Mintel", "Mintel", "Mintel", "Mintel"]) in found
    assert not [e for e in found if e[0] == "PERSON"]


def test_a_person_after_market_analyst_stays_a_person(extractor):
    text = "Shares\n\nShares will fall, said market analyst John Porter at the bank."
    found = entities(extractor, text)
    assert [e for e in found if e[0] == "PERSON" and e[1] == "John Porter"]


def test_a_name_before_crude_in_a_price_is_an_oil_grade(extractor):
    # Seed 104's business/028: "Brent crude in London gained $1.32" ORG.
    text = (
        "Oil prices rise\n\nUS light crude rose $1.64 to $47.10, while Forties crude in "
        "Aberdeen gained $1.32 to $44.45, and Brent crude in London gained $1.20."
    )
    found = entities(extractor, text)
    assert ("PRODUCT", "Brent", ["Brent"]) in found
    assert ("PRODUCT", "Forties", ["Forties"]) in found
    assert not [e for e in found if e[0] == "ORG"]


def test_a_people_or_a_place_before_crude_is_left(extractor):
    text = "Oil\n\nNigerian crude prices fell on Monday. Dubai crude in Singapore rose 20 cents."
    found = entities(extractor, text)
    assert [e for e in found if e[0] == "NORP" and e[1] == "Nigerian"]
    assert [e for e in found if e[0] == "GPE" and e[1] == "Dubai"]
    assert not [e for e in found if e[0] == "PRODUCT"]


def test_q_and_a_sessions_are_no_name(extractor):
    # Seed 103's entertainment/032: "discussion panels and Q&A sessions with directors" ORG.
    text = "Festival\n\nThere are discussion panels and Q&A sessions with directors in Toronto."
    found = entities(extractor, text)
    assert not [e for e in found if e[1] == "Q&A"]


def test_a_new_white_paper_is_no_name(extractor):
    # Seed 105's politics/383: "told MPs a new White Paper was part of ..." ORG.
    text = (
        "Europe\n\nMr Straw launched a new White Paper on the prospects for the EU. The "
        "Home Office published its Green Paper on ID cards in May."
    )
    found = entities(extractor, text)
    assert not [e for e in found if "Paper" in e[1]]
    assert [e for e in found if e[1] == "Home Office"]


def test_a_named_paper_with_more_words_stays(extractor):
    text = "Defence\n\nThe Strategic Defence White Paper was published by the ministry in 2003."
    found = entities(extractor, text)
    assert not [e for e in found if e[1] == "White Paper"]


def test_the_eu_common_policy_is_a_law(extractor):
    # Seed 105's politics/383: "reform the EU Common Agricultural Policy" ORG.
    text = "Fish\n\nHe said the UK should reform the EU Common Fisheries Policy within a year."
    found = entities(extractor, text)
    assert ("LAW", "EU Common Fisheries Policy", ["the EU Common Fisheries Policy"]) in found


def test_a_cars_name_between_its_and_its_kind_is_the_model(extractor):
    # Seed 104's business/430: "its Highlander SUV" LAW, "its Cayenne SUV" GPE.
    text = (
        "Hybrid cars gain\n\nAudi may hybridise its Touareg SUV next year. In April Toyota will "
        "launch a hybrid version of its Highlander SUV. Ford may hybridise its Ranger pickup."
    )
    found = entities(extractor, text)
    assert ("PRODUCT", "Touareg", ["Touareg"]) in found
    assert ("PRODUCT", "Ranger", ["Ranger"]) in found
    assert [e for e in found if e[0] == "PRODUCT" and e[1].startswith("Highlander")]
    assert [e for e in found if e[0] == "ORG" and e[1] == "Toyota"]


def test_a_name_before_a_cars_kind_without_its_is_left(extractor):
    text = "Cars\n\nThe Toyota SUV sold well, said Jane Harper. Mary Porter saloon owner, agreed."
    found = entities(extractor, text)
    assert not [e for e in found if e[0] == "PRODUCT" and "Porter" in e[1]]
    assert not [e for e in found if e[0] == "PRODUCT" and "Harper" in e[1]]


def test_the_treaty_establishing_a_constitution_is_one_law(extractor):
    # Seed 105's politics/383: `Treaty` ORG and `Constitution` LAW, one title split in two.
    text = (
        'Vote\n\nThe question will be: "Should the United Kingdom approve the Treaty '
        'establishing a Constitution for the European Union?" Mr Straw said.'
    )
    found = entities(extractor, text)
    name = "Treaty establishing a Constitution for the European Union"
    assert [e for e in found if e[0] == "LAW" and e[1] == name]
    assert not [e for e in found if e[1] in ("Treaty", "Constitution")]


def test_a_treaty_with_no_establishing_is_left(extractor):
    text = "Vote\n\nThe Treaty of Rome was signed in 1957, he said, establishing a market."
    found = entities(extractor, text)
    assert not [e for e in found if "establishing" in e[1]]
