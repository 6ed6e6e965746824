"""The lead's rules of round 29: a place before "-based" under a firm's cue, local papers by
their word, clergy's and members' styles ("the Rt Rev"), a bishop named by his office alone,
and scripture.

Every sentence here is made up for the test; none is from the evaluation data.
"""

import pytest
from builders import cue_at


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "spokeswoman for the" names a firm, but the firm here is "the X-based bank".
        ("Jo Lund, a spokeswoman for the Ohio-based bank, declined to comment.", "Ohio"),
        ("Shares in the Madrid-based lender fell 3% on Monday.", "Madrid"),
        ("A bid for the Texas-headquartered group was dropped.", "Texas"),
    ],
)
def test_a_place_before_based_is_no_firm_under_a_firms_cue(text, name):
    found = cue_at(text, name, "GPE")
    assert found is None or found[1] == "GPE"


def test_the_firm_cue_still_holds_for_a_firm_itself():
    assert cue_at("Shares in Vantrex rose 3% on Monday.", "Vantrex", "GPE") == (
        "role at a company",
        "ORG",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The vicar wrote to the Northern Echo about the bells.", "Northern Echo"),
        ("The Brighton Argus said the pier would reopen.", "Brighton Argus"),
    ],
)
def test_a_local_paper_by_its_word_is_no_place(text, name):
    assert cue_at(text, name, "LOC") == ("newspaper by its word, not a place", "ORG")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Rt Hon Jack Moreton spoke first.", "Jack Moreton"),
        ("The Very Rev Alan Pike, the Dean of Ely, led the prayers.", "Alan Pike"),
        ("The new bishop, the Rt Rev Dr Colin Marsh, was named on Friday.", "Colin Marsh"),
    ],
)
def test_a_style_before_a_name_is_no_part_of_it(extractor, text, person):
    found = _entities(extractor, text)
    assert found.get(person) == "PERSON"
    assert not any(name.startswith(("Rt", "Very", "Most")) for name in found)


def test_a_bishop_named_by_his_office_alone_is_no_name(extractor):
    found = _entities(
        extractor,
        "The Bishop of Ely, Colin Marsh, wrote to the council. The Bishop said the bells "
        "would ring again, and the Archbishop agreed.",
    )
    assert "Bishop" not in found and "Archbishop" not in found
    assert found.get("Colin Marsh") == "PERSON"


@pytest.mark.parametrize("name", ["New Testament", "Old Testament", "Torah", "Quran"])
def test_scripture_is_a_work(name):
    text = f"The class read from the {name} every morning."
    found = cue_at(text, name, "ORG")
    assert found == ("scripture by its name", "WORK_OF_ART")


def test_a_persons_possessive_after_starred_in_is_the_person(extractor):
    # "starred in Hughes' 1943 film": the work is the film after the owner, not the owner.
    found = _entities(
        extractor,
        "The biopic is about the tycoon Walter Briggs. Actress Jane Corrie, who starred in "
        "Briggs' 1951 film Night Road, met the cast.",
    )
    assert found.get("Walter Briggs") == "PERSON" and "Briggs" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A market's "players" are firms, not people.
        (
            "The show has talks from major technology players, such as Vantrex and Corlin.",
            "Vantrex",
        ),
        ("Industry players like Vantrex and Corlin agreed to the standard.", "Vantrex"),
    ],
)
def test_a_markets_players_are_no_people(text, name):
    found = cue_at(text, name, "ORG")
    assert found is None or found[1] != "PERSON"


def test_a_sides_players_are_still_people():
    text = "Other players such as Tom Reade and Sam Hollis were rested."
    assert cue_at(text, "Tom Reade", "ORG") == ("people after their plural kind", "PERSON")


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Sven-Goran Lindqvist", True),
        ("Jean-Pierre Duclos", True),
        ("Rolls-Royce Motors", False),  # no first name before the hyphen's second half
        ("Baden-Powell House", False),
    ],
)
def test_two_first_names_joined_by_a_hyphen_open_a_persons_name(name, person):
    from factx.extract.first_names import person_by_first_name

    assert person_by_first_name(name) is person


def test_a_coach_with_a_hyphenated_first_name_is_a_person(extractor):
    found = _entities(
        extractor, "But you have got to remember Sven-Goran Lindqvist's side were given a lesson."
    )
    assert found.get("Sven-Goran Lindqvist") == "PERSON"


def test_a_sentences_opening_link_is_no_part_of_the_name_after_it(extractor):
    # "Without Walters" glued made a second owner of "Walters", which then joined no one.
    found = _entities(
        extractor,
        "Ray Walters, who won a string of awards, belonged to a pioneering generation. Without "
        "Walters, it is hard to imagine the sound of soul. Walters turned to a pop style.",
    )
    assert "Without Walters" not in found and "Walters" not in found
    assert found.get("Ray Walters") == "PERSON"


@pytest.mark.parametrize(
    ("name", "label", "kept"),
    [
        ("Without Reade", "PERSON", "Reade"),
        ("Despite Vantrex", "ORG", "Vantrex"),
        ("When Harry Met Sally", "WORK_OF_ART", "When Harry Met Sally"),  # a title's own word
    ],
)
def test_an_opening_link_goes_before_any_name_but_a_works(name, label, kept):
    from factx.extract.entities import RawMention
    from factx.extract.entity_non_names import without_opening_words

    text = f"They met on Monday. {name} was there, and it rained."
    start = text.index(name)
    found = without_opening_words(
        text, [RawMention(name, start, start + len(name), label, 1, 1, False)]
    )
    assert [m.text for m in found] == [kept]
    assert text[found[0].start : found[0].start + len(kept)] == kept


def test_a_link_the_article_writes_inside_a_sentence_is_a_names_word():
    from factx.extract.entities import RawMention
    from factx.extract.entity_non_names import without_opening_words

    text = "Shares in Amid Media rose. Amid Media said profits were up."
    start = text.rindex("Amid Media")
    found = without_opening_words(
        text, [RawMention("Amid Media", start, start + 10, "ORG", 1, 1, False)]
    )
    assert [m.text for m in found] == ["Amid Media"]


def test_a_quoted_nickname_between_first_name_and_surname_keeps_one_person():
    from factx.extract.entities import RawMention
    from factx.extract.entity_joins import quoted_nicknames

    text = "Darren 'Bones' Haldane told a radio station he would quit."
    first = RawMention("Darren", 0, 6, "PERSON", 0, 1, False)
    last = RawMention("Haldane", 15, 22, "PERSON", 0, 1, False)
    found = quoted_nicknames(text, [first, last])
    assert [(m.text, m.label) for m in found] == [("Darren 'Bones' Haldane", "PERSON")]


def test_two_names_with_a_quoted_word_between_them_need_a_first_name():
    from factx.extract.entities import RawMention
    from factx.extract.entity_joins import quoted_nicknames

    text = "Vantrex 'Blue' Holdings reported."  # no first name before the quote
    first = RawMention("Vantrex", 0, 7, "PERSON", 0, 1, False)
    last = RawMention("Holdings", 15, 23, "ORG", 0, 1, False)
    assert quoted_nicknames(text, [first, last]) == [first, last]


def test_the_surname_alone_joins_the_nicknamed_person(extractor):
    found = _entities(
        extractor,
        "Brian 'Bones' Walsh told a radio station in Ohio that he was leaving. Walsh added "
        "that he would appear at a church.",
    )
    assert "Brian" not in found and "Walsh" not in found
    assert found.get("Brian 'Bones' Walsh") == "PERSON"


@pytest.mark.parametrize("position", ["loose-head", "tight-head", "tighthead"])
def test_a_side_before_its_props_position_and_name_is_a_team(position):
    text = f"He gains a chance in the absence of Harriers {position} Owen Pryce."
    assert cue_at(text, "Harriers", "PERSON") == ("team before its named player", "TEAM")


def test_a_games_ai_the_model_calls_a_place_is_no_name(extractor):
    found = _entities(extractor, "The game AI is much smarter than before, the developers said.")
    assert "AI" not in found


def test_an_achilles_injury_is_no_place(extractor):
    found = _entities(
        extractor, "The striker has an Achilles tendon injury. His Achilles problem is worse."
    )
    assert "Achilles" not in found


def test_a_persons_initials_ai_stay_a_name(extractor):
    found = _entities(extractor, "Dr AI Moreton, a surgeon, spoke on Monday.")
    assert any(name.endswith("Moreton") for name in found)
