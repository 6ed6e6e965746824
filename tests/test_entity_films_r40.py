"""Round r40-films: films, festivals and prizes in entertainment news (seeds 103-105's "Rules
these errors suggest"): titles listed before "were all snapped up at ... festival", titles
paired by "respectively" after a nomination's "for", two titles glued after "such films as",
festivals listed after "festivals like|such as|including". The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def labels(found, name):
    return {e[0] for e in found if e[1] == name}


def test_titles_snapped_up_at_a_festival_are_films(extractor):
    # Seed 104's "Open Water, Napoleon Dynamite, Garden State and Super-Size Me were all snapped
    # up at last year's festival": a film PERSON; the grader's `Whale Rider` PERSON.
    text = (
        "Festival draws buyers\n\n"
        "Lost In Translation, Whale Rider, Open Range and Bend It Like Beckham were all snapped "
        "up at last year's festival in Toronto."
    )
    found = entities(extractor, text)
    assert labels(found, "Whale Rider") == {"WORK_OF_ART"}
    assert labels(found, "Bend It Like Beckham") == {"WORK_OF_ART"}


def test_players_snapped_up_by_a_club_are_left_alone(extractor):
    text = (
        "Transfer news\n\n"
        "Wayne Bridge and Glen Johnson were snapped up by Chelsea last summer, and the club "
        "signed more."
    )
    found = entities(extractor, text)
    assert labels(found, "Glen Johnson") == {"PERSON"}
    assert labels(found, "Wayne Bridge") == {"PERSON"}
    assert not labels(found, "Chelsea") & {"WORK_OF_ART"}


def test_titles_paired_by_respectively_after_nominations_are_films(extractor):
    # Seed 105's "lead actress nominations for Eternal Sunshine of the Spotless Mind and Vera
    # Drake respectively", `Vera Drake` PERSON; the grader's `Mary Jones` PERSON.
    text = (
        "Stars miss out\n\n"
        "Kate Winslet and Imelda Staunton went home empty-handed despite lead actress nominations "
        "for Finding Neverland and Mary Jones respectively."
    )
    found = entities(extractor, text)
    assert labels(found, "Mary Jones") == {"WORK_OF_ART"}
    assert labels(found, "Kate Winslet") == {"PERSON"}


def test_nominations_for_people_without_respectively_are_left_alone(extractor):
    text = (
        "Awards\n\n"
        "The film scored Oscar nominations for Don Cheadle and British actress Sophie Okonedo. "
        "It also earned nominations for Jamie Foxx and Hilary Swank."
    )
    found = entities(extractor, text)
    assert labels(found, "Don Cheadle") == {"PERSON"}
    assert labels(found, "Hilary Swank") == {"PERSON"}


def test_two_titles_glued_after_such_films_as_are_two_films(extractor):
    # Seed 105's "a five-time Globe winner for such films as The Fisher King and Good Morning,
    # Vietnam"; the grader's "The Birdcage and Dead Poets Society", one ORG.
    text = (
        "Film news\n\n"
        "Steve Martin, a five-time Globe winner for such films as The Birdcage and Dead Poets "
        "Society, will host the show."
    )
    found = entities(extractor, text)
    assert not [e for e in found if " and " in e[1]]
    assert labels(found, "Birdcage") == {"WORK_OF_ART"}
    assert "Dead Poets Society" in {e[1] for e in found}


def test_a_body_with_fields_before_its_kind_stays_whole(extractor):
    text = (
        "Strike\n\nMembers of the Public and Commercial Services Union voted to strike on Monday."
    )
    found = entities(extractor, text)
    assert "Public and Commercial Services Union" in {e[1] for e in found}


def test_festivals_listed_after_festivals_like_are_events(extractor):
    # Seed 103's "Smaller festivals like Slamdance and XDance, which take place during the same
    # week in Park City": one ORG glued over the list's "and".
    text = (
        "Festival news\n\n"
        "Smaller festivals like Raindance and Cinequest, which take place during the same week in "
        "Toronto, are growing. Rival festivals such as Xfest also grew."
    )
    found = entities(extractor, text)
    assert not [e for e in found if " and " in e[1]]
    for name in ("Raindance", "Cinequest", "Xfest"):
        assert labels(found, name) == {"EVENT"}


def test_a_town_after_festivals_in_is_left_alone(extractor):
    text = "Festival news\n\nThe festivals in Toronto and Edinburgh drew record crowds this year."
    found = entities(extractor, text)
    assert labels(found, "Toronto") == {"GPE"}
