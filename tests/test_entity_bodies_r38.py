"""Round r38-bodies: bodies, firms and people factx made PERSON or ORG (seeds 91-93's "Rules
these errors suggest"): a role word opening a body's name (factx.extract.entity_bodies.
ends_in_body_word, read by entities.strip_title); a ring's "wedding band" no band's cue (the cue
"company after its kind" of factx/data/entities.json); a newspaper by its day's word (the cues
"newspaper by its day's word" and the two after it); a family by its surname's plural
(factx.extract.entity_bands.families); the cues "maker before a luxury good after a" and "reform
package by its author and numeral". The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_a_role_word_opening_a_bodys_name_stays_in_it(extractor):
    # Seed 93's business/179: "the Economist Intelligence Unit" cut to `Intelligence Unit` PERSON.
    text = (
        "Growth\n\nGrowth will slow, said John Smith of the Economist Research Unit. According "
        "to the Economist Research Unit, prices will rise."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[0] == "ORG" and e[1] == "Economist Research Unit"]
    assert not [e for e in found if e[1] == "Research Unit"]
    assert ("PERSON", "John Smith", ["John Smith"]) in found


def test_a_role_word_before_a_full_name_is_still_cut(extractor):
    text = "Shares\n\nAnalyst Jane Porter said shares in the firm would fall."
    found = entities(extractor, text)
    assert [e for e in found if e[0] == "PERSON" and e[1] == "Jane Porter"]
    assert not [e for e in found if e[1].startswith("Analyst")]


def test_a_wedding_band_before_a_name_is_jewellery(extractor):
    # Seed 92's entertainment/150: "two handmade wedding bands Ozzy gave her" made him ORG.
    text = (
        "Burglary\n\nRock star Ozzy Osbourne has been praised for his bravery. They included a "
        "diamond ring and two handmade wedding bands Ozzy Osbourne gave her. Osbourne said he "
        "was shaken."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[0] == "PERSON" and e[1] == "Ozzy Osbourne"]
    assert not [e for e in found if e[0] == "ORG"]


def test_a_rock_band_before_a_name_is_still_a_band(extractor):
    text = "Gig\n\nThe song was recorded by rock band Doves, who said they were pleased."
    found = entities(extractor, text)
    assert ("ORG", "Doves", ["Doves"]) in found


def test_a_sunday_paper_is_a_paper(extractor):
    # Seed 92's business/179: the model's bare "Telegraph" PERSON after "The Sunday".
    text = (
        "Bid\n\nThe Sunday Times and The Sunday Telegraph say they will oppose any formal "
        "takeover bid from US tycoon Stan Kroenke. The Sunday Telegraph says the board also "
        "considered a management buyout."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[0] == "ORG" and e[1] == "Sunday Telegraph"]
    assert [e for e in found if e[0] == "PERSON"] == [("PERSON", "Stan Kroenke", ["Stan Kroenke"])]


def test_a_papers_word_without_its_day_is_left_alone(extractor):
    text = "Star\n\nJohn Post said the Sunday match would go ahead. Post added he was pleased."
    found = entities(extractor, text)
    assert [e for e in found if e[0] == "PERSON" and e[1] == "John Post"]


def test_a_surnames_plural_before_had_been_is_the_family(extractor):
    # Seed 92's entertainment/150: `Osbournes` ORG in an article about a rock star.
    text = (
        "Burglary\n\nRock star Ozzy Osbourne tackled a burglar at his home. The Osbournes had "
        "been asleep when the thief broke in. Sharon Osbourne said nothing was taken. His band's "
        "album sold well."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[0] == "PERSON" and e[2] == ["The Osbournes"]]


def test_a_plural_band_with_no_namesake_stays_a_band(extractor):
    text = (
        "Gig\n\nThe singer said the band's new album was finished. The Stereophonics were "
        "due to play three gigs in March, and the album is out in May."
    )
    found = entities(extractor, text)
    assert not [e for e in found if e[0] == "PERSON"]


def test_a_name_between_a_and_a_watch_is_its_maker(extractor):
    # Seed 92's entertainment/150: "a Franck Muller watch", a maker named after its founder.
    text = (
        "Theft\n\nA pearl necklace and a Roger Dubuis watch Helen said was one of only 10 made "
        "were also stolen."
    )
    found = entities(extractor, text)
    assert ("ORG", "Roger Dubuis", ["Roger Dubuis"]) in found


def test_a_person_who_may_watch_stays_a_person(extractor):
    text = "Match\n\nThey let Helen Jones watch the game from the stand, Helen Jones said."
    found = entities(extractor, text)
    assert [e for e in found if e[0] == "PERSON" and e[1] == "Helen Jones"]
    assert not [e for e in found if e[0] == "ORG"]


def test_a_surname_and_numeral_before_reforms_is_a_law(extractor):
    # Seed 92's business/107: "the Hartz IV reforms" LOC.
    text = (
        "Jobs\n\nUnder the Riester III changes, the previous system of benefits has been "
        "replaced. By 2010, however, the Riester III reforms should help cut the jobless rate."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[0] == "LAW" and e[1] == "Riester III"]
    assert not [e for e in found if e[0] in ("LOC", "GPE")]


def test_a_monarch_with_no_reforms_after_stays(extractor):
    text = "Crown\n\nThe portrait of Elizabeth II was unveiled by Elizabeth II herself."
    found = entities(extractor, text)
    assert not [e for e in found if e[0] == "LAW"]
