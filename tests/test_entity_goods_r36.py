"""Round r36-goods: common words, brands and coinages the model reads as names: a maker or a
brand between "the"/"like" and its goods, a site after a website's "and others like", common
words before their nouns ("CCTV footage", "Baroque music"), "-phobia" words, writers'
adjectives ("Kafkaesque"), an appeal's disaster, a plant before its extract, a desert, and a
people's Britons. Sentences of my own."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {(f.name, f.label) for f in record.facts if f.type == "entity"}


def _names(extractor, text):
    return {name for name, _ in _labels(extractor, text)}


def test_a_maker_before_its_equipment_is_a_firm(extractor):
    # `maker between the and its equipment`.
    found = _labels(
        extractor,
        "Offices link up by light\n\nThe Corvane laser bridges work over distances of up to 4km. "
        "The Zentrix laser bridges can be set up in a day.",
    )
    assert ("Corvane", "ORG") in found
    assert ("Zentrix", "ORG") in found
    assert not {name for name, label in found if label == "PERSON"}


def test_a_brand_before_its_toys_is_a_product(extractor):
    # `brand between the and its toys`.
    found = _labels(
        extractor,
        "Robots learn to build\n\nPrograms are built like Duplo blocks that fit together.",
    )
    assert ("Duplo", "PRODUCT") in found


def test_a_person_or_place_before_goods_is_left(extractor):
    # A full name, a known place: not the goods' maker.
    assert ("Sunderland", "GPE") in _labels(
        extractor, "The Sunderland turbines were built by Siemens last year."
    )
    assert ("Tom Jenkins", "PERSON") in _labels(
        extractor, "Tom Jenkins said the servers were cheap."
    )


def test_a_site_after_a_websites_others_is_a_site(extractor):
    # `site after a website's others`.
    found = _labels(
        extractor,
        "Swap sites close\n\nThe popular Mininova.org website was forced to close, and others "
        "like Falcon Torrent followed soon after.",
    )
    assert ("Falcon Torrent", "ORG") in found


def test_common_words_before_their_nouns_are_no_names(extractor):
    names = _names(
        extractor,
        "Cameras watch the town\n\nPolice studied CCTV footage of the attack and CCTV cameras "
        "near the station. The festival is about Renaissance art and Baroque music.",
    )
    assert not names & {"CCTV", "Renaissance", "Baroque"}


def test_a_broadcaster_of_the_same_letters_is_left(extractor):
    assert ("CCTV", "ORG") in _labels(
        extractor, "China's state broadcaster CCTV said on Monday that the talks had failed."
    )


def test_phobia_and_writers_adjectives_are_no_names(extractor):
    names = _names(
        extractor,
        "Tolerance call\n\nHe warned of rising Europhobia in his party and of Islamaphobia after "
        "the attacks. Critics called it a Kafkaesque nightmare. One said the scheme was "
        "positively Orwellian.",
    )
    assert not names & {"Europhobia", "Islamaphobia", "Kafkaesque", "Orwellian"}


def test_peoples_and_first_names_in_ian_are_left(extractor):
    found = _labels(
        extractor,
        "Striker signs\n\nThe Brazilian striker joined from Porto. Julian said the Bavarian "
        "club was very Christian in its values.",
    )
    assert ("Brazilian", "NORP") in found
    assert ("Bavarian", "NORP") in found


def test_an_appeals_disaster_is_no_place(extractor):
    found = _labels(
        extractor,
        "Texts for aid\n\nPhone users can give to the Charities Relief Committee's Asian "
        "Tsunami fund by text. Others gave to the committee's African Drought appeal.",
    )
    # The adjective and the disaster glued are the disaster, EVENT; the word alone no place.
    assert not {
        name
        for name, label in found
        if label in ("GPE", "ORG") and name != ("Charities Relief Committee")
    }
    assert "Tsunami" not in {name for name, _ in found}
    assert ("African Drought", "EVENT") in found


def test_a_lone_disaster_word_before_fund_is_no_name(extractor):
    # The model splits the pair as NORP and GPE in the round's first sentence.
    found = _labels(
        extractor,
        "Mobile owners have also been given the chance to donate to the Charities Relief "
        "Committee's (CRC) Asian Tsunami fund by texting a short number.",
    )
    assert "Tsunami" not in {name for name, _ in found}
    assert ("Asian", "NORP") in found


def test_a_plant_before_its_extract_and_a_desert(extractor):
    found = _labels(
        extractor,
        "Desert snack\n\nThe firm will sell drinks containing Moringa extract. Bushmen of the "
        "Namib desert use it, as do herders of the Gobi desert.",
    )
    assert ("Gobi", "LOC") in found
    assert ("Namib", "LOC") in found
    assert "Moringa" not in {name for name, _ in found}


def test_a_known_place_before_desert_keeps_its_label(extractor):
    assert ("Arizona", "GPE") in _labels(
        extractor, "The base lies in the Arizona desert, 60 miles from Phoenix."
    )


def test_a_peoples_britons_are_a_people(extractor):
    assert ("Asian Britons", "NORP") in _labels(
        extractor, "The party is strongest where many black and Asian Britons live."
    )


def test_a_hyphened_word_only_opening_sentences_is_no_name(extractor):
    # `capitals.sentence_case_only` for a hyphened word: "Sci-fi" opens the sentence, and the
    # article writes "sci-fi" in lower case.
    names = _names(
        extractor,
        "Shooter sequel out\n\nSci-fi shooter Doom 3 is out. Fans of the sci-fi horror game "
        "have waited years for it.",
    )
    assert "Sci-fi" not in names


def test_a_hyphened_word_written_with_its_capital_inside_is_left():
    from factx.extract.capitals import sentence_case_only

    text = "Sci-fi fans queued. The Sci-fi Channel said the sci-fi film was a hit."
    assert not sentence_case_only(text, 0, 6)


def test_peoples_languages_and_faiths_in_ian_are_no_writers_adjectives():
    from factx.extract.entity_non_names import writers_adjective
    from factx.extract.evidence import people_words

    def check(text, word):
        at = text.index(word)
        return writers_adjective(text, at, at + len(word), people_words())

    assert check("It was an Orwellian vision of the state.", "Orwellian")
    assert check("One said it was positively Hitchcockian.", "Hitchcockian")
    assert not check("They speak the Persian language.", "Persian")
    assert not check("The Mauritian state will pay.", "Mauritian")
    assert not check("It was a Christian society.", "Christian")
    assert not check("The Brazilian future looks bright.", "Brazilian")
    assert not check("Julian said it was very Victorian.", "Julian")


def test_a_plant_tagged_a_firm_before_its_extract_is_no_name(extractor):
    # `plant_before_its_product` over the model's ORG too.
    names = _names(
        extractor,
        "Slim snacks deal\n\nUnilever will help the drug firm develop the snacks containing "
        "Tamarix extract. Production of the Tamarix cactus at its nursery in Kenya will rise.",
    )
    assert "Tamarix" not in names
    assert "Unilever" in names
