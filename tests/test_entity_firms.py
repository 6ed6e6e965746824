"""Firms after a legal prefix, stations by their short names, clubs before their sport's words,
firms after a country's possessive and people by their initials (factx.extract.entity_firms)."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_a_firm_after_its_legal_prefix_is_whole_and_no_agency(extractor):
    # The model tags "Cia" alone (read as the CIA) and "Minera", "Sul" as people.
    text = (
        "Ore deal\n\n"
        "Miners Rio Steel and Cia. Minera Do Sul (CMS) raised prices on Monday. "
        "Cia. Minera Do Sul said demand was strong."
    )
    found = entities(extractor, text)
    assert ("ORG", "Cia. Minera Do Sul", ["Cia. Minera Do Sul", "Cia. Minera Do Sul"]) in found
    assert not [e for e in found if e[0] == "PERSON" or e[1] == "CIA"]


def test_a_companhia_is_whole(extractor):
    # The model stops before "Do Norte" and tags "Norte" a person.
    text = (
        "Ore deal\n\n"
        "The Brazilian group Companhia Vale Do Norte raised prices. "
        "Analysts said Companhia Vale Do Norte would gain."
    )
    found = entities(extractor, text)
    assert ("ORG", "Companhia Vale Do Norte",
            ["Companhia Vale Do Norte", "Companhia Vale Do Norte"]) in found  # fmt: skip
    assert not [e for e in found if e[0] == "PERSON"]


def test_a_stations_short_name_is_the_station(extractor):
    # The model misses "Five Live" and tags "Radio Ulster" a person.
    text = (
        "Row\n\n"
        "Mr Stone told BBC Radio Five Live he would appeal. Later Ward told Five Live he was "
        "sorry."
    )
    found = entities(extractor, text)
    assert ("ORG", "Five Live", ["Five Live"]) in found
    text = (
        "Row\n\nMr Stone told BBC Radio Ulster he would appeal. "
        "Ward told Radio Ulster that he was sorry."
    )
    found = entities(extractor, text)
    assert ("ORG", "Radio Ulster", ["Radio Ulster"]) in found
    assert not [e for e in found if e[0] == "PERSON" and "Radio" in e[1]]


def test_a_clubs_name_ends_before_its_sports_words(extractor):
    # The model tags "Dallas Hawks American" and "Seattle Comets American" (NORP).
    text = "Sport\n\nThey own the Dallas Hawks American football team based in Texas."
    assert ("ORG", "Dallas Hawks", ["Dallas Hawks"]) in entities(extractor, text)
    text = "Sport\n\nHe bought the Seattle Comets American football franchise in 1999."
    assert entities(extractor, text) == [("ORG", "Seattle Comets", ["Seattle Comets"])]


def test_a_firms_first_word_after_a_countrys_possessive_is_the_firm(extractor):
    # The model tags "Hanjin" after "Korea's" a place, beside "Hanjin Metals" the firm.
    text = (
        "Steel\n\n"
        "Shares in Korea's Hanjin Metals fell sharply on Tuesday. Traders had expected "
        "Korea's Hanjin to cut output this year."
    )
    found = entities(extractor, text)
    assert ("ORG", "Hanjin", ["Hanjin"]) in found
    assert not [e for e in found if e[1] == "Hanjin" and e[0] != "ORG"]


def test_initials_and_a_surname_beside_a_persons_name_are_a_person(extractor):
    # The model tags "JP Nolan" a firm, beside "Dermot Ryan" a person.
    text = "Club\n\nIrish businessmen JP Nolan and Dermot Ryan hold 15% of Rovers."
    found = entities(extractor, text)
    assert ("PERSON", "JP Nolan", ["JP Nolan"]) in found
    assert ("PERSON", "Dermot Ryan", ["Dermot Ryan"]) in found


def test_initials_after_a_firms_plural_are_left_alone():
    # "banks": initials and a surname may be a firm's name there; "millionaires" are people.
    from factx.extract.entities import RawMention
    from factx.extract.entity_firms import people_by_initials

    for calling, label in (("banks", "ORG"), ("millionaires", "PERSON")):
        text = f"The {calling} JP Harlow and Peter Grenfell own it."
        start = text.index("JP")
        firm = RawMention("JP Harlow", start, start + 9, "ORG", 0, 1, False)
        other = RawMention("Peter Grenfell", start + 14, start + 28, "PERSON", 0, 1, False)
        people_by_initials(text, [firm, other])
        assert (firm.cue or firm.label) == label
