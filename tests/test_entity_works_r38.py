"""Round r38-works: acts, works and a chart's owner the model labels PERSON (seeds 88-89's "Rules
these errors suggest"): the cues "band after a prize's winners or a people's favourites", "work
listed before a hit", "chart's owner before its chart" and "show before its sketch or
episode" of factx/data/entities.json. The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_a_one_word_act_after_a_prizes_winners_or_a_peoples_favourites_is_a_band(extractor):
    # Seed 88's "Scots favourites Idlewild" and "Brit Award winners Athlete": the model tags my
    # one-word bands PERSON, a band labelled a person.
    text = (
        "Festival bill\n\n"
        "The organisers have revealed Scots favourites Travis will also appear. Brit Award "
        "winners Keane are among the main attractions."
    )
    found = entities(extractor, text)
    assert ("ORG", "Travis", ["Travis"]) in found
    assert ("ORG", "Keane", ["Keane"]) in found
    assert not [e for e in found if e[0] == "PERSON"]


def test_a_full_name_after_favourites_or_a_singular_winner_stays_a_person(extractor):
    text = (
        "Awards night\n\n"
        "Brit Award winner Joss Stone will also sing, and Oscar favourites Jamie Foxx and Clint "
        "Eastwood were there."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Joss Stone", ["Joss Stone"]) in found
    assert ("PERSON", "Jamie Foxx", ["Jamie Foxx"]) in found


def test_a_title_listed_before_and_critical_hit_is_a_work(extractor):
    # Seed 89's "offerings such as Donnie Darko and critical hit Memento": the first film PERSON.
    text = (
        "Cinema chain\n\n"
        "He added that surprise hits had come from some of the more art-house offerings such as "
        "Napoleon Dynamite and critical hit Memento."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Napoleon Dynamite", ["Napoleon Dynamite"]) in found
    assert ("WORK_OF_ART", "Memento", ["Memento"]) in found


def test_an_actor_before_and_box_office_hit_with_no_list_stays_a_person(extractor):
    text = "Star\n\nThe film stars Tom Hanks and box office hit Big was his breakthrough."
    found = entities(extractor, text)
    assert ("PERSON", "Tom Hanks", ["Tom Hanks"]) in found


def test_a_lone_name_owning_a_pop_chart_is_a_firm(extractor):
    # Seed 89's "number two in Billboard's pop chart", `Billboard` PERSON on its own.
    for text in (
        "Chart news\n\nGreen Day's Holiday Road is currently number two in Billboard's pop chart.",
        "Download chart\n\nDigital sales in the US are already used to compile Billboard's Hot "
        "Digital Sales chart.",
    ):
        found = entities(extractor, text)
        assert ("ORG", "Billboard", ["Billboard"]) in found
        assert not [e for e in found if e[0] == "PERSON"]


def test_a_singers_full_name_before_an_album_chart_stays_a_person(extractor):
    text = "Record\n\nRobbie Williams's album chart record is safe, his manager said."
    found = entities(extractor, text)
    assert ("PERSON", "Robbie Williams", ["Robbie Williams"]) in found


def test_a_name_before_a_sketch_after_a_is_the_show(extractor):
    # Seed 89's "a Little Britain breast feeding sketch" (GPE); the model gives my show ORG.
    text = (
        "Comedy prize\n\n"
        "Her win was top entertainment moment and a Big Train breast feeding sketch won the "
        "comedy prize."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Big Train", ["Big Train"]) in found


def test_a_channel_a_comic_or_a_party_before_a_sketch_stays(extractor):
    text = (
        "Viewers\n\nViewers chose a BBC documentary episode and a Harry Enfield sketch. "
        "The Labour sketch was dull."
    )
    found = entities(extractor, text)
    assert ("ORG", "BBC", ["BBC"]) in found
    assert ("PERSON", "Harry Enfield", ["Harry Enfield"]) in found
    assert ("ORG", "Labour", ["Labour"]) in found
