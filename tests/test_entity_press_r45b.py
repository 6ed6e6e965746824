"""Round r45b-press: newspapers, broadcast platforms and programmes by the words around them
(seeds 139-141's "Rules these errors suggest"): a title after a publication's kind and the
word that says which ("sports daily Marca"), or in commas before "<Country>'s business
newspaper", is the publication, ORG, whole through its small words and a number inside it;
one word before "digital terrestrial TV" or "satellite service" the platform, ORG; a show named
for its presenter after a broadcaster's possessive a work. The sentences are made up."""

from entity_reading import entities, labelled, labels, names

HEAD = "Press review\n\n"


def test_a_paper_in_apposition_is_whole_through_its_number(extractor):
    # Seed 141's "According to Il Sole 24 Ore, Italy's business newspaper": `Il Sole` PERSON
    # and `Ore` ORG, a newspaper labelled PERSON.
    text = HEAD + (
        "According to Corriere 7 Sera, Italy's leading daily, the government will cut taxes. "
        "According to El Diario 16 Hoy, Spain's business newspaper, the plan is dead."
    )
    found = entities(extractor, text)
    assert labels(found, "Corriere 7 Sera") == {"ORG"}
    assert labels(found, "El Diario 16 Hoy") == {"ORG"}
    assert not labelled(extractor, text, "PERSON")


def test_a_paper_after_its_kind_is_whole_through_its_small_words(extractor):
    text = HEAD + (
        "The deal was first reported by the Italian daily Corriere della Sera on Monday."
    )
    found = entities(extractor, text)
    assert labels(found, "Corriere della Sera") == {"ORG"}
    assert "Sera" not in names(found)


def test_a_platform_before_its_kind_is_an_organisation(extractor):
    # Seed 141's tech/070: "PVRs incorporating Freeview digital terrestrial TV" gave
    # `Freeview` GPE.
    text = HEAD + (
        "A number of PVRs incorporating Freesat digital satellite TV are also on the market. "
        "Many homes now watch Freeview digital terrestrial TV."
    )
    found = entities(extractor, text)
    assert labels(found, "Freeview") == {"ORG"}
    assert labels(found, "Freesat") == {"ORG"}


def test_a_presenters_programme_is_a_work(extractor):
    # Seed 139's politics/216: "Mr Solana told ITV1's Jonathan Dimbleby programme" gave the show
    # PERSON.
    text = HEAD + "Mr Vance told ITV1's Andrew Marr programme that phone-tap evidence works."
    assert labels(entities(extractor, text), "Andrew Marr") == {"WORK_OF_ART"}


def test_people_and_places_beside_a_paper_are_left(extractor):
    text = HEAD + (
        "He told the newspaper Tony Blair had lied. Tina Brown, a magazine editor, agreed. "
        "John Smith, the newspaper's editor, said so. The UK digital TV market grew. Many "
        "digital radio sets were sold."
    )
    found = entities(extractor, text)
    assert labels(found, "Tina Brown") == {"PERSON"}
    assert labels(found, "John Smith") == {"PERSON"}
    assert "UK" in labelled(extractor, text, "GPE")
    assert "Many" not in names(found)


def test_a_presenter_the_story_names_again_is_left(extractor):
    text = HEAD + (
        "Mr Vance told ITV1's Andrew Marr programme that it worked. Marr said he disagreed."
    )
    assert "WORK_OF_ART" not in labels(entities(extractor, text), "Andrew Marr")
