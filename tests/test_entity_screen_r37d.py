"""Round r37d-screen: films, shows and songs the model read as people or firms. A work before
its director's knighted name (the cue `work before its star` of factx/data/entities.json), a
list after "such classics as" (`work after such hits as`), a list after a maker's credits or
the series he worked on (`work in a maker's credits after a series`), a reality show opening
with "Celebrity" (`show opening with Celebrity`) and a song an act scored its first hit with,
a courtesy title at its head (factx.extract.entity_songs)."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_a_film_before_its_knighted_director_is_the_film(extractor):
    # Seed 84's `Iris` PERSON: a knight's "Sir" is no first name.
    found = entities(extractor, "Film news\n\nHer words were echoed by Iris director Sir "
                     "Richard Eyre, who said the film was a triumph.")  # fmt: skip
    assert ("WORK_OF_ART", "Iris", ["Iris"]) in found
    assert ("PERSON", "Richard Eyre", ["Richard Eyre"]) in found


def test_names_after_such_classics_as_are_works(extractor):
    # Seed 84's three songs PERSON.
    found = entities(extractor, "Musical opens\n\nThe show will include such classics as "
                     "Waterloo, Fernando and Chiquitita.")  # fmt: skip
    for song in ("Waterloo", "Fernando", "Chiquitita"):
        assert ("WORK_OF_ART", song, [song]) in found


def test_titles_after_the_series_a_maker_worked_on_are_works(extractor):
    # Seed 83's `Toy Story` PERSON and `Finding Nemo`, `Indiana Jones` ORG.
    found = entities(extractor, "DVD maker\n\nHe has worked on the Lord of the Rings DVD "
                     "trilogy, Toy Story, The Incredibles and Shrek.")  # fmt: skip
    assert ("WORK_OF_ART", "Toy Story", ["Toy Story"]) in found
    found = entities(extractor, "DVD maker\n\nHe has worked on the Star Wars DVD trilogy, "
                     "Finding Nemo, Monsters Inc and Indiana Jones.")  # fmt: skip
    assert ("WORK_OF_ART", "Finding Nemo", ["Finding Nemo"]) in found
    assert ("WORK_OF_ART", "Indiana Jones", ["Indiana Jones"]) in found


def test_titles_after_a_makers_credits_are_works(extractor):
    found = entities(extractor, "DVD maker\n\nHis credits include Toy Story, Finding Nemo "
                     "and Monsters Inc.")  # fmt: skip
    assert ("WORK_OF_ART", "Toy Story", ["Toy Story"]) in found


def test_a_show_opening_with_celebrity_is_the_show(extractor):
    # Seed 83's `Celebrity Love Island` FAC.
    found = entities(extractor, "Star quits\n\nJane Doe has criticised Celebrity Love Island's "
                     "treatment of housemates after quitting the reality TV show.")  # fmt: skip
    assert ("WORK_OF_ART", "Celebrity Love Island", ["Celebrity Love Island"]) in found


def test_a_firm_named_celebrity_is_left_alone(extractor):
    found = entities(extractor, "Cruise profits\n\nCelebrity Cruises said profits rose by 5% "
                     "this year.")  # fmt: skip
    assert not [e for e in found if e[0] == "WORK_OF_ART"]


def test_a_first_hit_with_a_courtesy_title_is_the_song_whole(extractor):
    # Seed 82's `Jackson` PERSON, cut from "Ms Jackson".
    found = entities(extractor, "Duo split\n\nIt took until 2001 for the pair to score their "
                     "first hit in the UK with Ms Jackson.")  # fmt: skip
    assert ("WORK_OF_ART", "Ms Jackson", ["Ms Jackson"]) in found
    assert not [e for e in found if e[0] == "PERSON"]


def test_a_first_hit_with_a_singer_keeps_the_singer(extractor):
    found = entities(extractor, "Duo split\n\nIt took until 2001 for the pair to score their "
                     "first hit with Geri Halliwell.")  # fmt: skip
    assert ("PERSON", "Geri Halliwell", ["Geri Halliwell"]) in found


def test_a_show_opening_with_celebrity_after_evicted_from_is_the_show(extractor):
    # The even-numbered entertainment/180's `Celebrity Big Brother` FAC.
    found = entities(extractor, "Pundit out\n\nRacing pundit Jo Bloggs has become the latest "
                     "contestant to be evicted from Celebrity Love Island.")  # fmt: skip
    assert ("WORK_OF_ART", "Celebrity Love Island", ["Celebrity Love Island"]) in found
