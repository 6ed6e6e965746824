"""Round r47-acts: a known band named like a person in a line of performers in any story, a
group's name through its possessive after a group's kind word, a brand tagged a people in a
list of brands, a format by its letters or after its maker's possessive, and a hall of fame one
goes into, each read as what it is."""

from entity_reading import mention_labels


def test_a_known_band_among_stars_in_a_business_story_is_a_band(extractor):
    # Seed 149's shape: a retailer's story with no second music word; the band's sentence lists
    # performers ("artists", "stars").
    found = mention_labels(
        extractor,
        "Retail sales rise\n\nShops sold more CDs by artists like British stars Jamie Cullum and"
        " Kaiser Chiefs over Christmas, the retailer said.",
    )
    assert ("Kaiser Chiefs", "ORG") in found
    assert ("Kaiser Chiefs", "PERSON") not in found
    assert ("Jamie Cullum", "PERSON") in found
    other = mention_labels(
        extractor,
        "Record firm profits\n\nThe label's profits rose on sales by stars Joss Stone and Franz"
        " Ferdinand, the company said in its annual report.",
    )
    assert ("Franz Ferdinand", "ORG") in other
    assert ("Joss Stone", "PERSON") in other


def test_the_archduke_outside_music_stays_a_person(extractor):
    history = mention_labels(
        extractor,
        "History lesson\n\nThe assassination of Franz Ferdinand in Sarajevo started the war."
        " Franz Ferdinand was heir to the throne.",
    )
    assert ("Franz Ferdinand", "ORG") not in history
    titled = mention_labels(
        extractor,
        "Museum show\n\nThe stars of the show are the car of Archduke Franz Ferdinand and his"
        " uniform, the museum said.",
    )
    assert ("Franz Ferdinand", "ORG") not in titled
    assert ("Archduke Franz Ferdinand", "ORG") not in titled


def test_a_groups_name_through_its_possessive_is_one_band(extractor):
    # Seed 149's "all-woman group Destiny's Child" gave `Destiny` ORG and `Child` PRODUCT.
    found = mention_labels(
        extractor,
        "Award news\n\nThe all-woman group Destiny's Child won the prize on Monday night.",
    )
    assert ("Destiny's Child", "ORG") in found
    assert ("Child", "PRODUCT") not in found


def test_an_owner_before_a_work_and_a_bands_member_are_left(extractor):
    film = mention_labels(extractor, "Film news\n\nMartin Scorsese's The Aviator led the field.")
    assert ("Martin Scorsese", "PERSON") in film
    member = mention_labels(
        extractor,
        "Gig\n\nU2 played on Sunday. The rock band U2's Bono sang. The rock band Oasis's Liam"
        " Gallagher sang too.",
    )
    assert ("Bono", "PERSON") in member
    assert ("Liam Gallagher", "PERSON") in member
    assert ("U2's Bono", "ORG") not in member


def test_a_brand_tagged_a_people_in_a_list_of_brands_is_a_brand(extractor):
    # Seed 149's `Lindemans` NORP: its "-ans" ends like a nationality's plural.
    found = mention_labels(
        extractor,
        "Wine deal\n\nThe winemaker behind the Jacob's Creek, Lindemans and Wyndham brands said"
        " sales rose.",
    )
    assert ("Lindemans", "PRODUCT") in found
    assert ("Lindemans", "NORP") not in found
    nations = mention_labels(
        extractor,
        "Cars\n\nThe group sells the French and German brands and the Italian and Spanish brands.",
    )
    assert ("French", "NORP") in nations
    assert ("Italian", "NORP") in nations


def test_a_format_by_its_letters_or_its_makers_possessive_is_a_product(extractor):
    # Seed 149's "the film on UMD, Sony's own disc format ... on the UMD format", `UMD` ORG.
    found = mention_labels(
        extractor,
        "Film on handheld\n\nThe film came out on UMD, Sony's own disc format, and later on the"
        " UMD format.",
    )
    assert ("UMD", "PRODUCT") in found
    assert ("UMD", "ORG") not in found
    assert ("Sony", "ORG") in found


def test_a_broadcasters_format_and_a_firm_behind_one_stay_firms(extractor):
    found = mention_labels(
        extractor,
        "Quiz deal\n\nThe BBC format was sold abroad. The Toshiba format won the studios.",
    )
    assert ("BBC", "ORG") in found
    assert ("Toshiba", "ORG") in found


def test_a_hall_of_fame_one_is_inducted_into_is_the_body_whole(extractor):
    # Seeds 79 and 150's `Music Hall of Fame` FAC of "the UK Music Hall of Fame".
    found = mention_labels(
        extractor,
        "Music honour\n\nThe singer was inducted into the UK Music Hall of Fame last year.",
    )
    assert ("UK Music Hall of Fame", "ORG") in found
    assert ("Music Hall of Fame", "FAC") not in found


def test_a_hall_of_fame_visited_or_a_programme_is_left(extractor):
    found = mention_labels(
        extractor,
        "Music show\n\nHe was up against the UK Music Hall of Fame series on Channel 4.",
    )
    assert ("UK Music Hall of Fame", "ORG") not in found


def test_a_known_band_read_as_a_place_in_a_list_of_people_is_a_band(extractor):
    # The even half's "a celebration of southern rock with Tim McGraw, Gretchen Wilson, Lynyrd
    # Skynyrd, ..." gave `Lynyrd Skynyrd` GPE, cued PERSON by the people round it.
    found = mention_labels(
        extractor,
        "Awards show\n\nThe singers will perform their songs at the show. There will also be a"
        " tribute to southern rock with Tim McGraw, Gretchen Wilson, Lynyrd Skynyrd and Bonnie"
        " Raitt.",
    )
    assert ("Lynyrd Skynyrd", "ORG") in found
    assert ("Tim McGraw", "PERSON") in found


def test_the_best_selling_bands_named_like_people_are_bands(extractor):
    found = mention_labels(
        extractor,
        "Rock poll\n\nFans voted for their favourite albums and songs. The top five includes Led"
        " Zeppelin, Iron Maiden and The Clash, and Fleetwood Mac came sixth.",
    )
    for band in ("Led Zeppelin", "Iron Maiden"):
        assert (band, "PERSON") not in found
        assert (band, "ORG") in found


def test_products_listed_after_their_kind_and_the_are_products(extractor):
    # Seed 149's "burgers like the Whopper and Double Stacker with Bacon" glued two products.
    found = mention_labels(
        extractor,
        "Fast food\n\nThe chain sells burgers like the Whopper and Double Stacker with Bacon.",
    )
    assert ("Whopper", "PRODUCT") in found
    assert ("Double Stacker", "PRODUCT") in found
    assert ("the Whopper and Double Stacker", "ORG") not in found
    cars = mention_labels(
        extractor, "Car sales\n\nThe firm makes cars like the Mondeo and Focus, its chief said."
    )
    assert ("Mondeo", "PRODUCT") in cars
    assert ("Focus", "PRODUCT") in cars


def test_makers_without_the_and_people_after_stars_like_are_left(extractor):
    makers = mention_labels(
        extractor, "Car sales\n\nThe dealer sells cars such as Ford and Toyota in the town."
    )
    assert ("Ford", "ORG") in makers
    assert ("Toyota", "ORG") in makers
    people = mention_labels(
        extractor,
        "Football\n\nHe praised stars like the veteran David Beckham and Michael Owen.",
    )
    assert ("David Beckham", "PRODUCT") not in people
    assert ("Michael Owen", "PERSON") in people
