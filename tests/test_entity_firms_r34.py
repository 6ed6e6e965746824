"""Round r34-firms: a firm or an act with its own "and" ending a list, a handheld after its
maker's possessive, the singular of a plural title, games by their maker's mobile version and
by a sequel's numeral, and a band's new name after a player left."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return [
        (f.name, f.label, sorted(m.text for m in f.mentions))
        for f in record.facts
        if f.type == "entity"
    ]


def _labels(extractor, text):
    return {(name, label) for name, label, _ in _entities(extractor, text)}


def test_a_firm_with_its_and_ending_a_list_is_one_firm(extractor):
    # `firm's "and" ending a list`: the list's own "and" stands before the last member.
    found = _labels(
        extractor,
        "The suppliers named in the report were Unilever, Northern Foods and Procter and Gamble.",
    )
    assert ("Procter and Gamble", "ORG") in found
    assert not {name for name, _ in found} & {"Procter", "Gamble"}


def test_no_firm_of_such_a_list_is_a_person(extractor):
    found = _labels(
        extractor,
        "The brewers fined by the regulator were Diageo, Scottish Courage and Marks and Spencer.",
    )
    assert ("Marks and Spencer", "ORG") in found
    assert not any(label == "PERSON" for _, label in found)


def test_a_couple_and_their_surname_end_no_firm(extractor):
    # "David and Victoria Beckham": a capitalised word after the pair, two people.
    found = _labels(
        extractor,
        "Guests included Elton John, Will Young and David and Victoria Beckham at the party.",
    )
    assert not any(" and " in name for name, _ in found)


def test_a_country_with_its_and_ending_a_list_is_no_firm(extractor):
    found = _labels(
        extractor, "The team has played Jamaica, Barbados and Trinidad and Tobago this year."
    )
    assert not any(label == "ORG" for _, label in found)


def test_a_handheld_after_its_makers_possessive_keeps_its_word(extractor):
    # `handheld after its maker's possessive`: the model stops before "Portable".
    found = _labels(extractor, "Shoppers in Tokyo queued for Sega's Saturn Portable on Sunday.")
    assert ("Saturn Portable", "PRODUCT") in found
    assert ("Saturn", "PRODUCT") not in found


def test_a_plural_titles_singular_is_no_person(extractor):
    # `singular of a plural title`: "a Sim" is one of the characters of "The Sims".
    found = _labels(
        extractor,
        "The Sims 2 sold a million copies in ten days. Players decide whether a Sim falls in love.",
    )
    assert ("Sims 2", "ORG") in found
    assert not any(label == "PERSON" for _, label in found)


def test_a_surname_after_a_stays_a_person(extractor):
    # The word ends a full name the article gives a person: "a Kennedy" beside John Kennedy.
    found = _labels(
        extractor,
        "John Kennedy spoke first. The Kennedys have long been in politics, and a Kennedy "
        "always runs.",
    )
    assert ("John Kennedy", "PERSON") in found


def test_a_title_after_a_makers_mobile_version_is_a_game(extractor):
    found = _labels(
        extractor,
        "Fans can steer with the keypad in the mobile version of Eidos's Tomb of the Kings.",
    )
    assert ("Tomb of the Kings", "WORK_OF_ART") in found


def test_a_title_with_a_sequels_numeral_being_used_is_a_game(extractor):
    found = _labels(
        extractor,
        "The teachers found that pupils playing Kingdom Quest IV learnt more about trade.",
    )
    assert ("Kingdom Quest IV", "WORK_OF_ART") in found


def test_a_king_being_played_stays_a_person(extractor):
    found = _labels(extractor, "The actor won praise for playing Henry VIII at the Globe.")
    assert ("Henry VIII", "PERSON") in found


def test_the_name_a_band_became_after_a_player_left_is_a_band(extractor):
    # `band a band became`: "who became X after singer ..." names the band anew.
    found = _labels(
        extractor,
        "The trio, who became Silver Coast after bassist Dan Moore left, split in 2001.",
    )
    assert ("Silver Coast", "ORG") in found


def test_a_country_a_colony_became_stays_a_place(extractor):
    found = _labels(extractor, "Rhodesia, which became Zimbabwe after independence, voted.")
    assert ("Zimbabwe", "GPE") in found
