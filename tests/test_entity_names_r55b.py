"""Round r55b-names: a lower-case time word opening a name cut off ('"today Brent South,
tomorrow Soweto"'); a title before a particle surname a person ("Mr de Vabres said"); people
after their plural kind opening a sentence ("Singers including ..."). BBC sheets 55A and 55B;
sentences of my own."""

from entity_reading import entities, label_by_name, labels, mentions, names, texts_of


def test_a_lower_case_time_word_leaves_the_name_it_opens(extractor):
    text = (
        'He won the seat, declaring "today Leeds Central, tomorrow Lusaka". He kept Leeds Central.'
    )
    found = entities(extractor, text)
    assert not any(name.startswith("today") for name in names(found))
    assert labels(found, "Leeds Central") == {"GPE"}
    assert texts_of(found, "Leeds Central") == [["Leeds Central", "Leeds Central"]]


def test_a_capitalised_time_word_in_a_title_stays(extractor):
    found = label_by_name(extractor, "She told the BBC's Today programme she would stand.")
    assert found.get("Today") == "WORK_OF_ART"


def test_a_title_before_a_particle_surname_is_the_person(extractor):
    text = (
        'The prize was given by Pierre Lambert de Varennes. "It is deserved," Mr de Varennes said.'
    )
    found = entities(extractor, text)
    assert not [e for e in found if e[0] != "PERSON" and "Varennes" in e[1]]
    text = 'The board met on Monday. "We must act now," Mr de Varennes said.'
    assert labels(entities(extractor, text), "de Varennes") == {"PERSON"}


def test_a_particle_name_without_a_title_is_left(extractor):
    found = label_by_name(extractor, "Shares in De Beers rose, and Banco de Portugal said so.")
    assert found.get("De Beers") == "ORG"
    assert found.get("Banco de Portugal") == "ORG"


def test_people_after_their_plural_kind_opening_a_sentence(extractor):
    text = "Footballers such as Wilkinson, Greenwood and Dallaglio will miss the match."
    found = entities(extractor, text)
    for name in ("Wilkinson", "Greenwood", "Dallaglio"):
        assert labels(found, name) == {"PERSON"}, name
    found = label_by_name(extractor, "Singers like Dido and Jamelia joined the record.")
    assert found.get("Jamelia") == "PERSON"


def test_a_bare_players_opening_a_sentence_leaves_firms(extractor):
    text = "Players such as Sony and Microsoft dominate the console market."
    found = label_by_name(extractor, text)
    assert found.get("Sony") == "ORG"
    assert found.get("Microsoft") == "ORG"


def test_a_party_word_cut_off_a_person_keeps_its_mention(extractor):
    found = label_by_name(extractor, "His fellow Tory Edwin Marchbank said the plan was flawed.")
    assert found.get("Edwin Marchbank") == "PERSON"
    assert found.get("Tory") == "NORP"
    found = label_by_name(extractor, "Labour Peter Hallam said the figures were wrong.")
    assert found.get("Labour") == "ORG"
    assert found.get("Peter Hallam") == "PERSON"


def test_a_party_word_before_no_person_adds_nothing(extractor):
    found = label_by_name(extractor, "Respect Ken Hallam, she said, and the Democratic Party.")
    assert "Respect" not in found
    text = "The Tory leader said the Conservative Party would win."
    assert "Tory Tory" not in names(entities(extractor, text))


def test_an_area_whose_name_holds_and_is_one_mention(extractor):
    text = "In the North West and Yorkshire and the Humber, rents rose by 2% and 4%."
    found = label_by_name(extractor, text)
    assert found.get("Yorkshire and the Humber") == "LOC"
    assert "Yorkshire" not in found
    found = label_by_name(extractor, "Police in Dumfries and Galloway closed the road.")
    assert found.get("Dumfries and Galloway") == "GPE"
    found = label_by_name(extractor, "The Yorkshire and the Humber Regional Assembly voted.")
    assert found.get("Yorkshire and the Humber Regional Assembly") == "ORG"
    assert "Yorkshire" not in found


def test_two_places_joined_by_and_stay_two(extractor):
    found = label_by_name(extractor, "Police in Yorkshire and Lancashire said the roads were shut.")
    assert found.get("Yorkshire") == "GPE"
    assert found.get("Lancashire") == "GPE"
    found = label_by_name(extractor, "George Galloway spoke in Dumfries on Friday.")
    assert found.get("George Galloway") == "PERSON"


def test_a_body_behind_a_hyphened_pair_of_places_is_one_org(extractor):
    text = (
        "Imports from India fell. A study for the UK-India Trade and Investment Council said "
        "India would grow."
    )
    found = mentions(extractor, text)
    assert (text.index("UK-India"), "UK-India Trade and Investment Council", "ORG") in found
    inside = range(text.index("UK-India"), text.index(" said"))
    assert not [m for m in found if m[0] in inside and m[2] != "ORG"]
    found = label_by_name(extractor, "The EU-Japan Business Forum met in Tokyo.")
    assert found.get("EU-Japan Business Forum") == "ORG"


def test_a_pair_of_places_before_a_lower_case_noun_stays_two(extractor):
    found = label_by_name(extractor, "US-China trade talks resumed in Geneva on Monday.")
    assert found.get("China") == "GPE"
    assert not [name for name in found if "talks" in name]


def test_a_guild_of_a_country_is_one_body(extractor):
    text = "A founding member of the Directors Guild of Great Britain, he chairs the council."
    found = label_by_name(extractor, text)
    assert found.get("Directors Guild of Great Britain") == "ORG"
    assert "United Kingdom" not in found
    text = "A founding member of the Director's Guild of Great Britain, he chairs the council."
    assert label_by_name(extractor, text).get("Director's Guild of Great Britain") == "ORG"


def test_a_guild_without_of_leaves_the_country(extractor):
    found = label_by_name(extractor, "The Writers Guild said its members in Britain would strike.")
    assert found.get("United Kingdom") == "GPE"
    text = "The Motion Picture Association of America sued the site."
    assert label_by_name(extractor, text).get("Motion Picture Association of America") == "ORG"
