"""People shown by the words around their full name, whatever the model made of its look
(factx.extract.entity_person_words), three initials before a surname
(factx.extract.entity_initials.three_initials_person) and a counted plural that is a people,
no person (factx.extract.entity_counted_peoples). Sentences of my own."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_a_makers_work_after_the_possessive_shows_a_person_in_a_list_of_films(extractor):
    # The list's frame cued the name a work: `Mike Ormsby` WORK_OF_ART.
    text = (
        "Festival\n\n"
        "The line-up includes such award hopefuls as the boxing film Ring and Mike Ormsby's "
        "abortion drama Quiet Hours."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Mike Ormsby", ["Mike Ormsby"]) in found
    assert ("WORK_OF_ART", "Ring", ["Ring"]) in found


def test_three_initials_before_a_surname_with_a_writers_works_are_a_person(extractor):
    # Three capitals read as a firm's letters: `JRR Tolkien` ORG, `CSP Lewin` ORG.
    text = (
        "Film\n\n"
        "New Zealander Peter Jackson spent years bringing JRR Tolkien's fantasy trilogy to the "
        "big screen."
    )
    assert ("PERSON", "JRR Tolkien", ["JRR Tolkien"]) in entities(extractor, text)
    text = "Books\n\nFans of CSP Lewin's children's novels queued outside the shop."
    assert ("PERSON", "CSP Lewin", ["CSP Lewin"]) in entities(extractor, text)


def test_a_band_with_a_first_names_shape_stays_a_band(extractor):
    # British news gives a band a "who" and a plural verb: no person.
    text = (
        "Music\n\n"
        "Glasgow rock band Tommy Gunn, who formed in 2002, have sold a million albums. Tommy "
        "Gunn have played at every festival this year."
    )
    assert not [e for e in entities(extractor, text) if e[1] == "Tommy Gunn" and e[0] == "PERSON"]


def test_a_firms_letters_and_a_film_studio_stay_no_person(extractor):
    # Three capitals before a name, the work's word followed by a firm's thing.
    text = "Film\n\nShares in MGM Lasker rose after MGM Lasker's film studio posted a profit."
    assert not [e for e in entities(extractor, text) if e[0] == "PERSON"]


def test_a_counted_plural_is_a_people_not_a_person(extractor):
    # The model reads a plural it does not know as a person's name: `Gnomlings` PERSON.
    text = (
        "Film\n\nThe studio said many Gnomlings would appear in the sequel, and several "
        "Trolloks too."
    )
    found = entities(extractor, text)
    assert ("NORP", "Gnomlings", ["Gnomlings"]) in found
    assert ("NORP", "Trolloks", ["Trolloks"]) in found


def test_a_surname_after_a_quantifiers_preposition_stays_a_person(extractor):
    # "no link to" makes the count the link's; the plural is the presenter's surname.
    text = (
        "Crime\n\n"
        "Presenter Huw Edwards was not involved. The bodies found have no link to Edwards, "
        "police say."
    )
    assert not [e for e in entities(extractor, text) if e[0] == "NORP"]


def test_a_who_after_a_lists_last_firm_is_the_lists_not_a_persons(extractor):
    # The "who" stands for the three bookmakers; `Stanley Racing` has a first name's shape.
    text = (
        "Gambling\n\n"
        "Shares in bookmakers Harbour Clubs International, Crown Gaming and Stanley Racing, who "
        "had hoped the bill would let them open more shops, fell sharply."
    )
    assert ("ORG", "Stanley Racing", ["Stanley Racing"]) in entities(extractor, text)
