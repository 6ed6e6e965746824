"""The lead's rules of round 47. A list of works whose kind stands a phrase back ("New releases
at the chain this spring will include Starfall", seed 153's shape) is read as a list of works:
the cue "work in a list after its kind's frame" reads releases, titles, hits and tracks too. A
religion's name is a group of people, NORP, never a body. The sentences are made up."""

from entity_reading import entities, label_by_name, texts_of


def test_a_work_after_include_with_its_kind_a_phrase_back(extractor):
    found = label_by_name(
        extractor,
        "Cinema chain sets out spring plans\n\n"
        "New releases at the chain this spring will include Starfall, Hollow Bay and The Quiet "
        "Hour, the firm said.",
    )
    assert found["Starfall"] == "WORK_OF_ART"


def test_a_work_after_include_at_a_sentence_start(extractor):
    found = label_by_name(
        extractor,
        "Singer looks back\n\nHits over the years include Harbour Lights and Kestrel Road.",
    )
    assert found["Harbour Lights"] == "WORK_OF_ART"


def test_people_between_the_kind_and_the_list_are_left(extractor):
    # "such as" goes with the nearest noun: the artists, not the songs.
    found = label_by_name(
        extractor,
        "Writer looks back\n\nHe wrote songs for artists such as Kylie Minogue over the years.",
    )
    assert found["Kylie Minogue"] == "PERSON"


def test_a_faith_by_its_name_is_a_group_not_a_body(extractor):
    # Seed 151's shape: the model reads a religion's name as an organisation.
    found = label_by_name(
        extractor,
        "Lecture series\n\nHe had gone to Pakistan to study Islam, he told the court.",
    )
    assert found["Islam"] == "NORP"


def test_a_person_named_islam_stays_a_person(extractor):
    found = label_by_name(
        extractor,
        "Council vote\n\nCouncillor Mohammed Islam won the seat. Islam said he was delighted.",
    )
    assert found["Mohammed Islam"] == "PERSON"


def test_a_university_by_its_towns_name_is_not_made_the_town(extractor):
    # Seed 155's shape: r47b-goods's civic-body rule read "Oxford's contribution" beside
    # "Oxford University" as the town's possessive; a university is no civic body there.
    found = label_by_name(
        extractor,
        "Digital library\n\nOxford University is to put its books online with Google. Oxford's "
        "contribution will be a million books.",
    )
    assert found["Oxford"] == "ORG"


def test_a_club_by_its_own_one_word_name(extractor):
    # Seed 156's shape: the model reads a club named by one plural word as a person.
    found = label_by_name(
        extractor,
        "Rugby\n\nBath and Saracens are believed to head the list of rugby union clubs chasing "
        "the Wales centre.",
    )
    assert found["Saracens"] == "ORG"


def test_a_band_before_its_possessive_in_a_list_of_hits_stays_a_band(extractor):
    # The cue's new kind "hits" must not make the owner of the song a work.
    found = label_by_name(
        extractor,
        "Christmas songs\n\nOther festive hits in the chart include Wham's Last Christmas and "
        "Slade's Merry Xmas Everybody.",
    )
    assert found["Wham"] == "ORG"
    assert found["Slade"] == "ORG"


def test_a_people_after_nominations_for_stays_a_people(extractor):
    # Seed 154's shape: the cue "work nominated for" took the model's right NORP for a work.
    found = label_by_name(
        extractor, "Awards\n\nThe jury gave nominations for Brits and Americans alike this year."
    )
    assert found["Brits"] == "NORP"


def test_a_stage_name_keeps_its_honorific(extractor):
    # Seed 156's shape: factx cut the model's whole "Dr Dre" to "Dre", as it cuts "Dr Smith".
    found = entities(
        extractor,
        "Rap\n\nThe album was produced by Dr Dre and released on Monday. Dr Dre said it was his "
        "best work. Dr Smith, his doctor, agreed.",
    )
    assert texts_of(found, "Dr Dre") == [["Dr Dre", "Dr Dre"]]
    assert texts_of(found, "Smith") == [["Smith"]]


def test_a_people_before_a_calling_is_a_people_not_a_place(extractor):
    # Seed 156's shape: the cue "place before its people" made the model's PERSON a place.
    found = label_by_name(
        extractor, "Rwanda\n\nA prominent Hutu businessman was arrested in Kigali on Monday."
    )
    assert found["Hutu"] == "NORP"
