"""Round r36-acts: acts, singers and people in music, awards and sports news (seeds 70-72's
"Rules these errors suggest"); each sentence is this round's own."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {m.text: f.label for f in record.facts if f.type == "entity" for m in f.mentions}


def test_a_nationality_before_a_full_name_off_the_lists_is_no_part_of_it(extractor):
    # `_foreign_full_name`: the first-name list knows neither "Oleksiy" nor "Dmitriy".
    found = _labels(
        extractor,
        "Indoor athletics\n\nUkrainian Oleksiy Tkachenko took the 1500m title in Ghent on"
        " Sunday, and Russian Dmitriy Ivanov finished second.",
    )
    assert found.get("Oleksiy Tkachenko") == "PERSON"
    assert found.get("Dmitriy Ivanov") == "PERSON"
    assert "Ukrainian Oleksiy Tkachenko" not in found


def test_a_nationality_before_an_events_name_stays(extractor):
    found = _labels(
        extractor,
        "Motor racing\n\nThe Russian Grand Prix was cancelled. American Tony Smith won in Brazil.",
    )
    assert "Grand Prix" not in found or found["Grand Prix"] != "PERSON"
    assert found.get("Tony Smith") == "PERSON"


def test_a_quoted_nickname_with_its_the_inside_a_full_name(extractor):
    # `quoted_nicknames`: the model's `Alex`, `Hurricane` WORK_OF_ART and `Higgins`.
    found = _labels(
        extractor,
        'Snooker\n\nSnooker legend Alex "the Hurricane" Higgins has admitted playing truant.'
        ' "We loved the game," Mr Higgins said.',
    )
    assert found.get('Alex "the Hurricane" Higgins') == "PERSON"
    assert "Hurricane" not in found


def test_a_quoted_nickname_without_the_still_joins(extractor):
    found = _labels(
        extractor,
        "Band news\n\nGuitarist Brian 'Head' Welch has left the band. Welch said he was happy.",
    )
    assert found.get("Brian 'Head' Welch") == "PERSON"


def test_singers_beaten_or_pipped_to_a_male_or_female_prize(extractor):
    # split_at_beat's "pipped", and the cues "singer who beat others to a male or female
    # prize" and "singers beaten to a male or female prize".
    found = _labels(
        extractor,
        "Pop awards\n\nIn the pop categories, Beck beat Moby, Seal and Will Young to best male"
        " while Bjork pipped Dido to the female crown.",
    )
    assert found.get("Beck") == "PERSON"  # the sports cue's ORG at the base
    assert found.get("Bjork") == "PERSON"
    assert found.get("Dido") == "PERSON"
    assert "Bjork pipped Dido" not in found


def test_a_side_that_beat_or_pipped_another_stays_a_side(extractor):
    found = _labels(
        extractor,
        "Football\n\nChelsea beat Arsenal to the title on Sunday.",
    )
    assert found.get("Chelsea") == "ORG"
    assert found.get("Arsenal") == "ORG"


def test_an_act_that_won_best_band_is_a_band(extractor):
    found = _labels(
        extractor,
        "Pop awards\n\nKasabian picked up best international band while Jamie Cullum collected"
        " best male. The Manics win best band.",
    )
    assert found.get("Kasabian") == "ORG"  # the model's GPE
    assert found.get("The Manics") == "ORG"
    assert found.get("Jamie Cullum") == "PERSON"


def test_the_brits_of_a_story_naming_the_brit_awards_are_the_awards(extractor):
    # `awards_by_short_name`: the model's NORP, a people's word.
    found = _labels(
        extractor,
        "Busted triumph at Brits\n\nBusted led the winners at the Brit Awards, walking off with"
        " three prizes. The other five Brits winners were already established. The Brits has a"
        " long history of rewarding dull music. It is his 12th Brit award.",
    )
    assert found.get("The Brits") == "EVENT"
    assert found.get("Brit award") == "EVENT"


def test_brits_without_the_awards_stay_a_people(extractor):
    found = _labels(
        extractor,
        "Holiday survey\n\nBrits abroad spent more on food this year, and a crazy Brit family"
        " won the lottery.",
    )
    assert found.get("Brits", "NORP") == "NORP"
    assert found.get("Brit", "NORP") == "NORP"


def test_a_bands_singular_before_a_members_full_name_is_no_part_of_it(extractor):
    # `_after_former_members_word`: the model's `Rolling Stone Ronnie Wood` ORG.
    found = _labels(
        extractor,
        "Music news\n\nHe had hits as part of a duo with future Rolling Stone Ronnie Wood, and"
        " later toured with former Beatle Ringo Starr.",
    )
    assert found.get("Ronnie Wood") == "PERSON"
    assert found.get("Ringo Starr") == "PERSON"
    assert "Rolling Stone Ronnie Wood" not in found


def test_a_firm_after_former_stays_whole(extractor):
    found = _labels(
        extractor,
        "Banking\n\nThe former Hong Kong Bank was sold to investors on Monday.",
    )
    assert "Kong Bank" not in found
