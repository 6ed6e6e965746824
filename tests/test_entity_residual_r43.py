"""Round r43-residual: shapes of what the graded seeds 100-126 still got wrong at ae05ad3 -- a
chip named before "chip", "processor" or "CPU" (a product, never its maker's firm), the club
a player joined another from, the two sides of "for <side> against <side>", and an adjective
opening its sentence before its noun (no name)."""

from entity_reading import entities, labels, mention_labels, names


def test_a_name_before_chip_or_processor_is_the_chip(extractor):
    # Seed 114's shape ("A 2.6ghz Intel Celeron chip", "a 1.8GHz AMD Sempron processor",
    # both ORG at the base) in words of my own: `AMD Opteron` ORG at the base.
    text = "The dearer one has a 2GHz AMD Opteron processor and 1GB of memory."
    found = entities(extractor, text)
    assert labels(found, "AMD Opteron") == {"PRODUCT"}


def test_a_chip_named_with_its_the_is_the_chip(extractor):
    # The even-numbered "the Cell processor" (ORG at the base), another chip's name.
    found = entities(extractor, "Sony and IBM have worked on the Cell processor for years.")
    assert labels(found, "Cell") == {"PRODUCT"}
    found = entities(extractor, "The new laptops run on the Athlon chip from AMD.")
    assert labels(found, "Athlon") == {"PRODUCT"}


def test_a_chipmaker_before_chip_stays_a_firm(extractor):
    # Left alone: the maker's name alone before the kind word, and the industry's compounds.
    found = entities(extractor, "The machine uses an Intel chip and AMD processors are cheaper.")
    assert labels(found, "Intel") == {"ORG"}
    assert labels(found, "AMD") == {"ORG"}
    found = entities(extractor, "Chip makers in Taiwan saw sales fall, and Intel chip sales rose.")
    assert labels(found, "Intel") == {"ORG"}
    assert labels(found, "Taiwan") == {"GPE"}


def test_the_club_a_player_joined_another_from(extractor):
    # Seed 117's shape ("Bosvelt joined City from Feyenoord", `Feyenoord` GPE) and the
    # even-numbered "joined the Gunners from Seville" (GPE at the base), in words of my own.
    found = entities(extractor, "The striker joined the Gunners from Seville for £17m in 2004.")
    assert labels(found, "Seville") == {"ORG"}
    found = entities(extractor, "The midfielder joined Everton from Rotherham in 2002.")
    assert labels(found, "Rotherham") == {"ORG"}


def test_a_town_and_its_region_after_joined_from_stay_places(extractor):
    # Left alone: "from <town>, <region>" is where someone came from, no club.
    found = entities(extractor, "He joined Barclays from Toronto, Canada in 1999.")
    assert labels(found, "Toronto") == {"GPE"}


def test_both_sides_of_for_and_against(extractor):
    # Seed 112's shape ("for Newcastle against Leicester", `Newcastle` GPE) and the
    # even-numbered "a replacement for Leicester against Newcastle" (both GPE at the base).
    text = "Jones was a replacement for Leeds against Wasps last Saturday."
    found = mention_labels(extractor, text)
    assert ("Leeds", "ORG") in found  # PRODUCT at the base
    assert ("Wasps", "ORG") in found
    found = mention_labels(extractor, "Smith was a replacement for Gloucester against Bristol.")
    assert ("Gloucester", "ORG") in found  # GPE at the base


def test_countries_for_and_against_stay_places(extractor):
    # Left alone: a country keeps its place ("for Ireland against Scotland").
    found = entities(extractor, "He scored twice for Ireland against Scotland in Dublin.")
    assert labels(found, "Ireland") == {"GPE"}
    assert labels(found, "Scotland") == {"GPE"}


def test_an_adjective_opening_its_sentence_before_a_noun_is_no_name(extractor):
    # Seeds 118 and 105's shape ("Upscale department store Nordstrom", `Upscale` ORG; "Quirky
    # comedy Sideways", `Quirky` PERSON) in words of my own: `Upscale` ORG and `Quirky` PERSON
    # at the base, the tagger's JJ.
    found = entities(extractor, "Shops report sales\n\nUpscale grocer Whole Foods said sales rose.")
    assert names(found) == {"Whole Foods"}
    text = "Film prizes\n\nQuirky comedy Napoleon Dynamite was named best film."
    found = entities(extractor, text)
    assert names(found) == {"Napoleon Dynamite"}


def test_an_adjectives_name_written_inside_a_sentence_stays(extractor):
    # Left alone: a firm named by an adjective, which the article writes inside a sentence too.
    text = "Shares news\n\nOrange customers will get free calls.\n\nShares in Orange rose."
    found = mention_labels(extractor, text)
    assert found == [("Orange", "ORG"), ("Orange", "ORG")]
