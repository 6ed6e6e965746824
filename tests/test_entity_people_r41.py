"""Round r41-people: people named by their calling, and people taken for firms or bands (a
calling opening a sentence before one name, a pair after a plural calling, a singer among
people in a list of artists, a person's website)."""


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


def test_a_calling_opening_a_sentence_is_cut_off_one_name(extractor):
    # Seed 114's `Newcomer Ciara` PERSON; "Striker Ronaldinho" ORG at the base.
    found = _mentions(
        extractor,
        "Music news\n\nNewcomer Joss - who recently beat Madonna to the top spot - has four"
        " nominations. The newcomer was delighted.",
    )
    assert ("Joss", "PERSON") in found
    assert ("Newcomer Joss", "PERSON") not in found
    found = _mentions(
        extractor,
        "Football news\n\nStriker Ronaldinho scored twice on Sunday for the side. The striker"
        " was happy.",
    )
    assert ("Ronaldinho", "PERSON") in found
    assert ("Striker Ronaldinho", "ORG") not in found


def test_an_adjective_calling_before_a_party_is_left_alone(extractor):
    # "Veteran" is cut only off the model's PERSON, and never before a capital that goes on.
    found = _mentions(
        extractor, "Politics news\n\nVeteran Labour MP Tam Dalyell said he was angry."
    )
    assert ("Tam Dalyell", "PERSON") in found
    assert not any(text == "Labour" and label == "PERSON" for text, label in found)


def test_a_pair_after_a_plural_calling_is_two_people(extractor):
    # Seed 114's "rappers Ludacris & Lil Jon" ORG, one span.
    found = _mentions(
        extractor,
        "Music news\n\nHis work with rappers Nelly & Jay-Z won him nominations at the awards.",
    )
    assert ("Nelly", "PERSON") in found
    assert ("Jay-Z", "PERSON") in found
    assert not any("&" in text for text, _ in found)


def test_a_duo_named_by_its_pair_stays_one_act(extractor):
    # "the duo <A> & <B>": an act's name, no calling of people before it.
    found = _mentions(extractor, "Music news\n\nThe duo Chas & Dave played a gig on Sunday.")
    assert ("Chas & Dave", "ORG") in found


def test_a_one_word_singer_among_people_in_a_list_of_artists_is_a_person(extractor):
    # Round r40d-places's odd half: "artists including Chris Martin and Jamelia" gave ORG.
    found = _mentions(
        extractor,
        "Music news\n\nArtists including Chris Martin and Jamelia recorded the song, which sold"
        " well. The album also sold.",
    )
    assert ("Jamelia", "PERSON") in found
    assert ("Jamelia", "ORG") not in found


def test_a_one_word_act_with_a_band_word_in_its_sentence_stays_a_band(extractor):
    # Round r40d-places's shape: the band's own word says band.
    found = _mentions(
        extractor,
        "Awards night\n\nArtists including Chris Martin and Jet gave live performances, and the"
        " band's new single and album sold well.",
    )
    assert ("Jet", "ORG") in found


def test_a_persons_website_leaves_him_a_person(extractor):
    # "<Name>'s website" alone made the manager ORG at the base.
    found = _mentions(
        extractor,
        "Football news\n\nJose Mourinho was angry. Mourinho's website says so. Mourinho said he"
        " was proud.",
    )
    assert ("Jose Mourinho", "PERSON") in found
    assert ("Mourinho", "ORG") not in found
    found = _mentions(
        extractor,
        "Football news\n\nMr Mourinho was angry. Mourinho's website says so.",
    )
    assert ("Mourinho", "ORG") not in found


def test_a_firms_website_stays_a_firms(extractor):
    found = _mentions(
        extractor,
        "Tech news\n\nShoppers flocked online. Zappix's website crashed on Monday. Zappix said"
        " the fault was fixed.",
    )
    assert ("Zappix", "ORG") in found


def test_a_one_word_name_after_a_performers_calling_is_a_person(extractor):
    # Seed 114's "Chart-topping R&B star Usher is leading the field": no entity at the base.
    found = _mentions(
        extractor,
        "Usher leads the nominations\n\nChart-topping R&B star Usher is leading the field at"
        " this year's awards. Usher has already swept the board. Bloc Party came second and UK"
        " rapper Kano third.",
    )
    assert ("Usher", "PERSON") in found
    assert ("Kano", "PERSON") in found


def test_star_alone_before_a_name_adds_nothing(extractor):
    # "star" as an adjective ("a star Wimbledon performance") is no calling.
    found = _mentions(extractor, "Tennis news\n\nIt was a star Wimbledon performance on Monday.")
    assert ("Wimbledon", "PERSON") not in found
