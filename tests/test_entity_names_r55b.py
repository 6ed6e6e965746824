"""Round r55b-names: a lower-case time word opening a name cut off ('"today Brent South,
tomorrow Soweto"'); a title before a particle surname a person ("Mr de Vabres said"); people
after their plural kind opening a sentence ("Singers including ..."). BBC sheets 55A and 55B;
sentences of my own."""

from entity_reading import entities, label_by_name, labels, names, texts_of


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
