"""Round r48b-tech: products, services and makers in technology and business stories."""

from entity_reading import mention_labels


def test_a_carmakers_brands_after_are_are_no_people(extractor):
    # Seed 157's "Rules these errors suggest": "Fiat's brands are Lancia and Alfa Romeo" gives
    # both PERSON at the base, brands labelled PERSON.
    found = mention_labels(
        extractor,
        "Car news\n\nFiat says its brands are Lancia and Alfa Romeo. Ford said sales rose.",
    )
    assert ("Lancia", "PRODUCT") in found
    assert ("Alfa Romeo", "PRODUCT") in found
    assert ("Ford", "ORG") in found


def test_a_brewers_possessive_brands_are_whole_brands(extractor):
    # The odd half's business/315 shape ("Foster's, John Smith's"), in a sentence of my own:
    # `Foster` and `John Smith` PERSON at the base, cut before the possessive.
    found = mention_labels(
        extractor,
        "Drinks news\n\nThe brewer says its best-selling brands include Carling, Foster's, John"
        " Smith's and Tetley. It is based in Leeds.",
    )
    assert ("Foster's", "PRODUCT") in found
    assert ("John Smith's", "PRODUCT") in found
    assert not [text for text, label in found if label == "PERSON"]


def test_a_possessive_brand_with_a_goods_word_after_it(extractor):
    # "Jacob's Creek wine": `Jacob` PERSON at the base.
    found = mention_labels(
        extractor, "Wine news\n\nIt sells brands including Oyster Bay wine and Jacob's Creek wine."
    )
    assert ("Jacob's Creek", "PRODUCT") in found


def test_labels_including_a_founders_name(extractor):
    # The even half's business/418 shape: `Louis Vuitton` PERSON at the base.
    found = mention_labels(
        extractor,
        "Luxury news\n\nThe group owns labels including Moet & Chandon champagne and Louis"
        " Vuitton luggage.",
    )
    assert ("Louis Vuitton", "PRODUCT") in found


def test_people_after_brands_are_backed_by_stay_people(extractor):
    found = mention_labels(
        extractor, "People\n\nThe brands are backed by David Beckham and Kate Moss."
    )
    assert ("David Beckham", "PERSON") in found
    assert ("Kate Moss", "PERSON") in found


def test_marques_the_model_tagged_firms_stay_firms(extractor):
    found = mention_labels(
        extractor, "Car news\n\nGM says its marques include Dodge, Jeep and Saab."
    )
    assert ("Dodge", "ORG") in found
    assert ("Jeep", "ORG") in found


def test_a_game_after_titles_and_a_comma_is_a_work(extractor):
    # The odd half's tech/095 shape, in a sentence of my own: `Colin McRae Rally` PERSON at
    # the base (a game, a work labelled PERSON).
    found = mention_labels(
        extractor,
        "Games news\n\nThere are ports of classics such as Space Invaders and Tetris. There are"
        " also versions of titles, such as Colin McRae Rally, that you typically find on PCs.",
    )
    assert ("Colin McRae Rally", "WORK_OF_ART") in found


def test_games_after_titles_like_the_acclaimed_are_works(extractor):
    # `Knights Of The Old Republic` ORG and `Jedi Knight` PERSON at the base.
    found = mention_labels(
        extractor,
        "Games news\n\nStar Wars titles like the acclaimed Knights Of The Old Republic and Jedi"
        " Knight have impressed. Knights Of The Old Republic sold well.",
    )
    assert ("Jedi Knight", "WORK_OF_ART") in found
    assert ("Knights Of The Old Republic", "WORK_OF_ART") in found


def test_a_maker_before_its_possessive_after_titles_stays_a_firm(extractor):
    found = mention_labels(
        extractor,
        "Games news\n\nFive titles, including Sony EyeToy Play and EA's Need for Speed, sold well."
        " EA said it was pleased.",
    )
    assert ("EA", "WORK_OF_ART") not in found


def test_a_program_after_its_firms_possessive_in_a_list_of_software(extractor):
    # The even half's tech/358 shape: `Embassy` PERSON at the base; here `Norton` ORG.
    found = mention_labels(
        extractor,
        "Software news\n\nFirms sell programs, such as Symantec's Norton and McAfee's Shield, to"
        " home users.",
    )
    assert ("Norton", "PRODUCT") in found
    assert ("Symantec", "ORG") in found


def test_a_person_in_a_list_of_software_without_a_possessive_stays(extractor):
    found = mention_labels(
        extractor,
        "Software news\n\nThe programs were written by Jack Smith and Tom Jones, the firm said.",
    )
    assert ("Jack Smith", "PERSON") in found


def test_a_firm_after_its_countrys_possessive_in_a_list_of_rivals(extractor):
    # The even half's business/468 shape: `Iberia` GPE at the base; here `Barclays` GPE.
    found = mention_labels(
        extractor,
        "Money\n\nIt lost ground to banks such as Spain's Santander and Britain's Barclays last"
        " year.",
    )
    assert ("Barclays", "ORG") in found
    assert ("Spain", "GPE") in found


def test_a_product_after_a_firms_possessive_in_a_list_of_rivals_stays(extractor):
    found = mention_labels(
        extractor, "Games\n\nRivals such as Sony's PlayStation and Nintendo's GameCube sold well."
    )
    assert ("PlayStation", "PRODUCT") in found
