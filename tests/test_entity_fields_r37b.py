"""Round r37b-fields: a country's short form in brackets on a team sheet and the sheet's "A N
Other" (factx.extract.entity_sheets, factx.extract.evidence.SHEET_COUNTRY), a rule's code after
its kind word (factx.extract.entity_non_names.rule_code), a city before "Federal court"
(factx.extract.entity_cut_tails), a UK nation's adjective and a public body's word
(factx.extract.entity_joins.national_bodies), and a kind word that opens a hyphened compound,
which names no product in apposition (the cue `product in apposition` of
factx/data/entities.json)."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


SHEET = (
    "Lions squad named\n\n"
    "The squad was named on Monday.\n\n"
    "C Smith (NZ), J Brown (Aus, capt), P Green (SA), T White (Aus), R Black (NZ), A N Other.\n\n"
    "Smith said he was delighted."
)


def test_a_countrys_short_form_on_a_sheet_is_the_country(extractor):
    # Seed 80's World XV sheet: `NZ` and `Aus` ORG, and players missed after "(Aus, capt)".
    found = entities(extractor, SHEET)
    assert ("GPE", "NZ", ["NZ", "NZ"]) in found
    assert ("GPE", "Aus", ["Aus", "Aus"]) in found
    assert ("GPE", "SA", ["SA"]) in found
    assert ("PERSON", "T White", ["T White"]) in found
    assert ("PERSON", "R Black", ["R Black"]) in found


def test_a_sheets_a_n_other_is_no_one(extractor):
    # Seed 80's `A Other` PERSON.
    found = entities(extractor, SHEET.replace(" (Aus, capt)", " (Aus)"))
    assert not [e for e in found if "Other" in e[1]]


def test_a_club_in_brackets_on_a_squad_line_stays_a_club(extractor):
    text = (
        "Scotland squad\n\n"
        "The squad was named on Monday.\n\n"
        "M Blair (Edinburgh), A Craig (Glasgow), C Paterson (Edinburgh), S Murray (Saracens), "
        "J Petrie (Glasgow).\n\n"
        "Blair said he was delighted."
    )
    found = entities(extractor, text)
    assert ("ORG", "Saracens", ["Saracens"]) in found
    assert not [e for e in found if e[0] == "GPE" and e[1] == "Saracens"]


def test_a_code_after_rule_or_clause_is_no_product(extractor):
    # Seed 80's `K3` PRODUCT ("Premier League rule K3").
    text = (
        "Club fined\n\n"
        "The club was in breach of Premier League rule K3 and clause B12, the league said."
    )
    found = entities(extractor, text)
    assert ("ORG", "Premier League", ["Premier League"]) in found
    assert not [e for e in found if e[1] in ("K3", "B12")]


def test_a_code_elsewhere_is_left_alone(extractor):
    # Not after a rule's kind word: the model's name stays.
    text = "Bomber deal\n\nThe firm will refit the B52 bombers, the Pentagon said on Monday."
    found = entities(extractor, text)
    assert ("ORG", "B52", ["B52"]) in found


def test_a_city_before_federal_court_is_the_city(extractor):
    # Seed 80's `Boston Federal` ORG.
    text = (
        "Fraud case\n\n"
        "Prosecutors filed charges in a Chicago Federal court against James Brown on Monday."
    )
    found = entities(extractor, text)
    assert ("GPE", "Chicago", ["Chicago"]) in found
    assert not [e for e in found if "Federal" in e[1]]


def test_the_federal_court_of_a_country_stays_whole(extractor):
    text = "Court case\n\nThe Federal Court of Australia ruled on Monday against the firm."
    found = entities(extractor, text)
    assert not [e for e in found if e[1] == "Federal"]


def test_a_kind_word_in_a_hyphened_compound_names_no_product(extractor):
    # Seed 80's `Michelle Verroken` PRODUCT ("a former director of drug-free sport").
    text = (
        "Club news\n\n"
        "Chelsea's move won backing from drug-testing expert Jane Holloway. Holloway, a former "
        "director of drug-free sport for UK Sport, insists the club was right."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Jane Holloway", ["Jane Holloway", "Holloway"]) in found


def test_a_product_in_apposition_stays(extractor):
    text = (
        "Drug news\n\n"
        "Doctors prescribed Zantrex, a new drug for migraine. Zantrex, the firm's new drug, "
        "was approved on Monday."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[1] == "Zantrex" and e[0] == "PRODUCT"]


def test_a_uk_nations_adjective_and_a_bodys_word_is_the_body(extractor):
    # Seed 80's `English Heritage` PERSON and `English` NORP of "English Partnerships".
    text = (
        "Homes plan\n\n"
        "English Heritage and the office of the deputy prime minister have worked hard on the "
        "plan, said English Partnerships."
    )
    found = entities(extractor, text)
    assert ("ORG", "English Heritage", ["English Heritage"]) in found
    assert ("ORG", "English Partnerships", ["English Partnerships"]) in found


def test_a_nations_heritage_in_lower_case_is_no_body(extractor):
    text = "Scots\n\nHe is proud of his Scottish heritage. The Scottish Executive agreed."
    found = entities(extractor, text)
    assert ("NORP", "Scottish", ["Scottish"]) in found
    assert ("ORG", "Scottish Executive", ["Scottish Executive"]) in found


def test_a_nicknames_possessive_before_a_league_match_is_the_club(extractor):
    # Seed 80's `Blues' Celtic League` ORG, glued.
    text = (
        "Rugby\n\n"
        "Smith misses the Blues' Celtic League match against Leinster. The Blues said he would "
        "be back soon."
    )
    found = entities(extractor, text)
    assert ("ORG", "Blues", ["Blues", "The Blues"]) in found
    assert ("ORG", "Celtic League", ["Celtic League"]) in found


def test_a_plural_owner_before_a_work_is_left_to_its_rule(extractor):
    text = "Band news\n\nThe Rotters' Loud Night was a hit, the band said on Monday."
    found = entities(extractor, text)
    assert not [e for e in found if e[1] == "Rotters" and e[0] == "ORG" and len(e[2]) > 1]
