"""Round r43b-music: acts in a festival's line-up whole (an inner "of", "The <Plural>", a list
before "will headline|are also playing") and a performer's stage name after "aka", "better
known as", "who goes by the name" or before "real name" the person, whole."""

from entity_reading import mention_labels

_FESTIVAL = (
    "Blur take on Cardiff\n\nBlur, Muse and Jet Machine will headline this summer's Cardiff and"
    " Reading festivals.\n\nThe band's new album is out and the singer is on tour. Other acts in"
    " this year's line-up include The Zutons, Amy Winehouse and Kings of Tulsa. The Libertines,"
    " Razorlight and Queens of the Dust Bowl are also playing the twin festivals."
)


def test_a_band_of_a_line_up_is_never_cut_at_its_of(extractor):
    # Seed 127's `Kings` ORG and `Leon` PERSON ("line-up include ... Kings of Leon").
    found = mention_labels(extractor, _FESTIVAL)
    assert ("Kings of Tulsa", "ORG") in found
    assert ("Queens of the Dust Bowl", "ORG") in found
    assert not any(text in ("Kings", "Tulsa", "Queens", "Dust Bowl") for text, _ in found)


def test_the_acts_of_a_line_up_are_bands_whole(extractor):
    # Seed 127's `The Charlatans` NORP, and `The Killers`, `Razorlight` and `Pixies` missed.
    found = mention_labels(extractor, _FESTIVAL)
    assert ("The Zutons", "ORG") in found
    assert ("The Libertines", "ORG") in found
    assert ("Razorlight", "ORG") in found
    assert ("Jet Machine", "ORG") in found


def test_a_solo_artist_in_a_line_up_stays_a_person(extractor):
    found = mention_labels(extractor, _FESTIVAL)
    assert ("Amy Winehouse", "PERSON") in found


def test_a_line_up_outside_music_news_is_left_alone(extractor):
    found = mention_labels(
        extractor,
        "Cup draw\n\nThe line-up includes Chelsea Harbour, Kings of Tulsa and Arsenal.",
    )
    assert ("Kings of Tulsa", "ORG") not in found


def test_a_stage_name_after_aka_is_the_person_whole(extractor):
    # Seed 128's `Fatboy Slim` PRODUCT and `DJ Norman Cook` PERSON ("DJ Norman Cook - aka
    # Fatboy Slim - has said").
    found = mention_labels(
        extractor,
        "Dance music not dead\n\nDJ Norman Cook - aka Fatboy Slim - has said that dance music is"
        " not dead. Cook said his album was selling.\n\nProducer Jane Smith - aka Lady Sovereign"
        " - said grime was alive.",
    )
    assert ("Fatboy Slim", "PERSON") in found
    assert ("Norman Cook", "PERSON") in found
    assert ("DJ Norman Cook", "PERSON") not in found
    assert ("Lady Sovereign", "PERSON") in found


def test_a_stage_name_after_a_full_name_the_model_read_as_a_firm(extractor):
    # The lead's probe of the merge: the model gives "Marshall Mathers" ORG here, and the
    # stage name was left a firm.
    found = mention_labels(
        extractor,
        "Rapper returns\n\nThe rapper Marshall Mathers, better known as Eminem, released an album.",
    )
    assert ("Eminem", "PERSON") in found
    assert ("Sovereign", "PERSON") not in found


def test_a_stage_name_that_is_a_calling_and_a_word_keeps_it(extractor):
    found = mention_labels(
        extractor, "DJ news\n\nProducer Sam Jones - aka DJ Shadow - has said dance is dead."
    )
    assert ("DJ Shadow", "PERSON") in found


def test_better_known_as_and_goes_by_the_name_are_the_person(extractor):
    found = mention_labels(
        extractor,
        "Rapper returns\n\nRapper Marshall Mathers, better known as Eminem, has a new album."
        " Eminem said the single was good. The London rapper, who goes by the name Lady"
        " Sovereign, has signed a deal.",
    )
    assert ("Eminem", "PERSON") in found
    assert ("Eminem", "ORG") not in found
    assert ("Lady Sovereign", "PERSON") in found


def test_a_name_before_its_real_name_is_the_person(extractor):
    # Even half, entertainment/252's `Mars` LOC ("Mars - real name Bob Allen Deal -").
    found = mention_labels(
        extractor,
        "Rocker has surgery\n\nMars - real name Bob Allen Deal - underwent hip surgery. The"
        " band's album is out.",
    )
    assert ("Mars", "PERSON") in found


def test_a_place_after_aka_stays_a_place(extractor):
    # "aka" after no person's name names no stage name (the even half's tech/034 "(aka De
    # Waarschuwingsdienst)" after a body).
    found = mention_labels(
        extractor,
        "Band on tour\n\nThe band played in Mumbai - aka Bombay - last year. The singer said the"
        " album was their best.",
    )
    assert ("Bombay", "PERSON") not in found


def test_a_promoter_glued_to_its_calling_is_the_firm(extractor):
    # Seed 127's `Organiser Mean Fiddler` ORG; seed 97's `Promoters Regular Music` ORG.
    found = mention_labels(
        extractor,
        "Festival news\n\nOrganiser Festival Republic said more acts were still to be confirmed"
        " for the summer event. The band's album is out.",
    )
    assert ("Festival Republic", "ORG") in found
    assert not any(text.startswith("Organiser") for text, _ in found)


def test_a_person_after_an_organisers_calling_stays_a_person(extractor):
    found = mention_labels(
        extractor,
        'Trade fair\n\n"It is a big show," said Cebit organiser Gabriele Dorries. Organiser'
        " Gabriele Dorries said it was big.",
    )
    assert ("Gabriele Dorries", "PERSON") in found
    assert not any(label == "ORG" and "Dorries" in text for text, label in found)
