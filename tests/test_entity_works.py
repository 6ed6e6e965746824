"""Works' titles the model cut at a small word, grown back where the words around cue a work."""

from builders import raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_works import (
    dashed_titles,
    grown_works,
    headed_works,
    possessive_titles,
    whole_awards,
    whole_titles,
)


def grown(text, named, taken=()):
    return [(m.text, m.label) for m in grown_works(text, raw_mentions(text, named), list(taken))]


def test_a_cued_title_grows_over_its_small_word():
    text = "The zombie comedy Shaun of the Dead was a hit, as was the film Shakespeare in Love."
    named = [
        ("Shaun", "PERSON"),
        ("Dead", "ORG"),
        ("Shakespeare", "PERSON"),
        ("Love", "WORK_OF_ART"),
    ]
    assert grown(text, named) == [
        ("Shaun of the Dead", "WORK_OF_ART"),
        ("Shakespeare in Love", "WORK_OF_ART"),
    ]


def test_the_same_title_uncued_grows_where_the_article_cued_it():
    text = (
        "House of Flying Daggers, directed by Yimou Zhang, won. "
        "Zhang was nominated for House of Flying Daggers."
    )
    named = [("House", "ORG"), ("Yimou Zhang", "PERSON"), ("Zhang", "PERSON"), ("House", "ORG")]
    assert grown(text, named) == [
        ("House of Flying Daggers", "WORK_OF_ART"),
        ("Yimou Zhang", "PERSON"),
        ("Zhang", "PERSON"),
        ("House of Flying Daggers", "WORK_OF_ART"),
    ]


def test_no_title_without_a_cue_nor_over_a_place():
    text = "Bank of England staff saw the film Ray in Paris."
    named = [("Bank of England", "ORG"), ("Ray", "PERSON"), ("Paris", "GPE")]
    assert grown(text, named) == named
    text = "The House of Commons met."
    assert grown(text, [("House", "ORG")]) == [("House", "ORG")]


def test_no_title_over_another_fact():
    text = "the film Shakespeare in Love"
    start = text.index("Love")
    named = [("Shakespeare", "PERSON")]
    assert grown(text, named, [(start, start + 4)]) == [("Shakespeare", "PERSON")]


def test_a_programme_grows_over_with_but_not_over_a_full_name():
    text = "he told BBC 1's Breakfast with Frost programme."
    named = [("Breakfast", "LOC"), ("Frost", "PERSON")]
    mentions = raw_mentions(text, named)
    mentions[0].cue = "WORK_OF_ART"  # "programme of a channel"
    assert [(m.text, m.label) for m in grown_works(text, mentions, [])] == [
        ("Breakfast with Frost", "WORK_OF_ART")
    ]
    text = "the song Here We Go Again with Norah Jones won"
    named = [("Here We Go Again", "WORK_OF_ART"), ("Norah Jones", "PERSON")]
    assert grown(text, named) == named


def whole(text, named, taken=()):
    return [(m.text, m.label) for m in whole_titles(text, raw_mentions(text, named), list(taken))]


def test_a_piece_of_a_title_the_article_names_whole_is_the_title():
    text = (
        "his film Hide and Seek. In Hide and Seek, De Niro plays a widower. "
        "Assault on Precinct 13 was third; the movie Assault On Precinct 13 made $1m."
    )
    named = [
        ("Hide and Seek", "WORK_OF_ART"),
        ("Seek", "PERSON"),
        ("De Niro", "PERSON"),
        ("Assault", "PERSON"),
        ("Assault On Precinct 13", "WORK_OF_ART"),
    ]
    assert whole(text, named) == [
        ("Hide and Seek", "WORK_OF_ART"),
        ("Hide and Seek", "WORK_OF_ART"),
        ("De Niro", "PERSON"),
        ("Assault on Precinct 13", "WORK_OF_ART"),
        ("Assault On Precinct 13", "WORK_OF_ART"),
    ]


def test_no_whole_title_over_a_name_reaching_out_of_it_nor_another_fact():
    # "Seek Ltd" runs out of the title's words: a firm, not a piece of the title.
    text = "the film Hide and Seek. Hide and Seek Ltd and Seek said."
    named = [("Hide and Seek", "WORK_OF_ART"), ("Seek Ltd", "ORG"), ("Seek", "ORG")]
    assert whole(text, named) == named
    text = "the film Million Dollar Baby. Million Dollar Baby won."
    start = text.index("Million", 10)
    named = [("Million Dollar Baby", "WORK_OF_ART"), ("Baby", "PERSON")]
    assert whole(text, named, [(start, start + 14)]) == named


def test_a_name_only_the_model_calls_a_work_is_no_title_to_look_for():
    text = "the man who calls himself Salam Pax. Following the writing of Salam Pax - not his"
    named = [("Salam Pax", "WORK_OF_ART"), ("Salam", "PERSON")]
    assert whole(text, named) == named
    text = "the drama Desperate Housewives. Desperate Housewives won."
    named = [("Desperate Housewives", "ORG"), ("Housewives", "PERSON")]
    mentions = raw_mentions(text, named)
    mentions[0].cue = "WORK_OF_ART"  # "work after its kind"
    assert [(m.text, m.label) for m in whole_titles(text, mentions, [])] == [
        ("Desperate Housewives", "ORG"),
        ("Desperate Housewives", "WORK_OF_ART"),
    ]


def test_a_title_grows_over_and_after_one_work_of_its_kind():
    text = "the teen comedy Harold and Kumar Get The Munchies debuted outside the top 10."
    named = [("Harold", "WORK_OF_ART"), ("Kumar Get", "PERSON")]
    assert grown(text, named) == [("Harold and Kumar Get The Munchies", "WORK_OF_ART")]
    # Two works after a plural kind; a person's full name after the "and".
    text = "the comedies Sideways and Closer"
    assert grown(text, [("Sideways", "GPE"), ("Closer", "WORK_OF_ART")]) == [
        ("Sideways", "GPE"),
        ("Closer", "WORK_OF_ART"),
    ]
    text = "the film Ray and Jamie Foxx's Oscar"
    named = [("Ray", "WORK_OF_ART"), ("Jamie Foxx", "PERSON")]
    assert grown(text, named) == named


def test_a_title_grows_over_a_lower_case_and_the():
    # Round r29-works: a title's inner "and the" is in lower case ("Harry Potter and the
    # Prisoner of Azkaban"); the model cuts it there, and the words before cue the work.
    text = "Ms Ortiz, who directed Tommy Vane and the Lantern of Dusk, said she was pleased."
    named = [("Ms Ortiz", "PERSON"), ("Tommy Vane", "PERSON"), ("the Lantern of Dusk", "ORG")]
    assert grown(text, named) == [
        ("Ms Ortiz", "PERSON"),
        ("Tommy Vane and the Lantern of Dusk", "WORK_OF_ART"),
    ]
    # Two awards; a franchise before a kind of work; a person's full name after the "and".
    text = "It followed nominations for the Glass Awards and the Vane Music Prize."
    named = [("the Glass Awards", "WORK_OF_ART"), ("the Vane Music Prize", "WORK_OF_ART")]
    assert grown(text, named) == named
    text = "games of films such as Tommy Vane and the Jack Brand films"
    named = [("Tommy Vane", "WORK_OF_ART"), ("Jack Brand", "WORK_OF_ART")]
    assert grown(text, named) == named
    text = "the film Tommy Vane and the Jack Brand cameo"
    named = [("Tommy Vane", "WORK_OF_ART"), ("Jack Brand", "PERSON")]
    assert grown(text, named) == named


def test_a_work_found_after_its_and_grows_back_to_its_head():
    text = "Boogeyman has knocked Robert de Niro thriller Hide and Seek from the top spot."
    named = [("Boogeyman", "WORK_OF_ART"), ("Robert de Niro", "PERSON"), ("Seek", "WORK_OF_ART")]
    found = headed_works(text, raw_mentions(text, named))
    assert [(m.text, m.label) for m in found][2] == ("Hide and Seek", "WORK_OF_ART")
    # Two names the model found, after a plural kind, or a tail that is no work: left alone.
    for text, named in [
        ("the comedy Closer and Sideways", [("Closer", "PERSON"), ("Sideways", "WORK_OF_ART")]),
        ("the comedies Closer and Sideways", [("Sideways", "WORK_OF_ART")]),
        ("the film Jamie and Foxx", [("Foxx", "PERSON")]),
    ]:
        mentions = raw_mentions(text, named)
        assert headed_works(text, mentions) == mentions


def test_a_screenplay_grows_over_into():
    text = "Her first work was the radio screenplay Voyage into Silence, sold to a station."
    named = [("Voyage", "PRODUCT"), ("Silence", "PERSON")]
    assert grown(text, named) == [("Voyage into Silence", "WORK_OF_ART")]


def test_a_title_found_after_its_small_word_grows_back_to_its_head():
    for text, mention, title in [
        ("the Swedish documentary Sound of the Glacier won", "the Glacier", "Sound of the Glacier"),
        ("the 1994 film A Lawyer and a Thief was shown", "Thief", "A Lawyer and a Thief"),
    ]:
        found = headed_works(text, raw_mentions(text, [(mention, "PERSON")]))
        assert [(m.text, m.label) for m in found] == [(title, "WORK_OF_ART")]
    # A place or a person's full name after the small word is no part of the title.
    for text, named in [
        ("the film Ray in Paris", [("Paris", "GPE")]),
        ("the film Ray and Jamie Foxx", [("Jamie Foxx", "PERSON")]),
    ]:
        mentions = raw_mentions(text, named)
        assert headed_works(text, mentions) == mentions


def test_an_award_cut_after_its_first_words_grows_back_to_its_determiner():
    text = "The part won her a Film Critics Circle Award in May."
    found = whole_awards(text, raw_mentions(text, [("Circle Award", "PERSON")]))
    assert [m.text for m in found] == ["Film Critics Circle Award"]
    # Not into another name, nor past a word in lower case.
    text = "Lee gave Ann Smith the Circle Award and the best new Circle Award."
    named = [("Lee", "PERSON"), ("Ann Smith", "PERSON"), ("Circle Award", "PERSON"),
             ("Circle Award", "PERSON")]  # fmt: skip
    mentions = raw_mentions(text, named)
    assert whole_awards(text, mentions) == mentions


def test_a_title_cut_at_of_the_grows_back_where_its_words_cue_a_work():
    # No kind of work before the head: the words before the whole title say it is one.
    text = "Other nominees include Ann Hale for Winter Song of the Quiet Hills."
    found = headed_works(text, raw_mentions(text, [("the Quiet Hills", "FAC")]))
    assert [(m.text, m.label) for m in found] == [("Winter Song of the Quiet Hills", "WORK_OF_ART")]
    # Without such words, or before a known place, the mention stays as the model found it.
    for text, named in [
        ("the Deputy Governor of the Cayman Islands said", [("the Cayman Islands", "GPE")]),
        ("the Secretary of the Royal Society said", [("the Royal Society", "ORG")]),
    ]:
        mentions = raw_mentions(text, named)
        assert headed_works(text, mentions) == mentions


def owned(text, named, taken=()):
    mentions = raw_mentions(text, named)
    return [(m.text, m.label) for m in possessive_titles(text, mentions, list(taken), name_key)]


def test_a_title_cut_at_its_own_possessive_grows_where_its_words_cue_a_work():
    # Round r25-titles: the model reads the head of such a title by its look, a place or a
    # person, and often the word after it as a name of its own.
    text = (
        "Harbour's Nine breaks records\n\n"
        "Harbour's Nine, the heist caper sequel starring a big cast, took $40m. "
        "The channel will show a remake of Jack Green's Holidays."
    )
    named = [
        ("Harbour", "LOC"),
        ("Harbour", "LOC"),
        ("Nine", "PRODUCT"),
        ("Jack Green", "PERSON"),
    ]
    assert owned(text, named) == [
        ("Harbour's Nine", "WORK_OF_ART"),  # the headline's, by the cue of the body's
        ("Harbour's Nine", "WORK_OF_ART"),
        ("Jack Green's Holidays", "WORK_OF_ART"),
    ]


def test_an_owner_before_its_work_keeps_its_name():
    # An owner named elsewhere, alone or by a surname, or a title of more words than one.
    text = "a remake of Keane's Hopes, and Keane said so"
    assert owned(text, [("Keane", "PERSON"), ("Keane", "PERSON")]) == [
        ("Keane", "PERSON"),
        ("Keane", "PERSON"),
    ]
    text = "a remake of Ann Lee's Garden, which Lee made"
    assert owned(text, [("Ann Lee", "PERSON"), ("Lee", "PERSON")]) == [
        ("Ann Lee", "PERSON"),
        ("Lee", "PERSON"),
    ]
    text = "Films include Ann Lee's Finding Home, starring Tom Hart."
    named = [("Ann Lee", "PERSON"), ("Tom Hart", "PERSON")]
    assert owned(text, named) == named
    text = "a remake of London's Burning"  # a place owns no title
    assert owned(text, [("London", "GPE")]) == [("London", "GPE")]
    text = "the Dragon's Den team met"  # no word says a work
    assert owned(text, [("Dragon", "PERSON")]) == [("Dragon", "PERSON")]


def test_a_work_cut_at_its_subtitle_s_dash_grows_over_it():
    text = "the hit show Jack Sprat - The Musical, and the Royal Ballet - The Company said"
    named = [("Jack Sprat", "WORK_OF_ART"), ("Royal Ballet", "ORG")]
    mentions = raw_mentions(text, named)
    assert [(m.text, m.label) for m in dashed_titles(text, mentions)] == [
        ("Jack Sprat - The Musical", "WORK_OF_ART"),
        ("Royal Ballet", "ORG"),  # no work: a dash opens an aside
    ]
    text = "the film Grey Tide - The Times called it a gem"
    mentions = raw_mentions(text, [("Grey Tide", "WORK_OF_ART")])
    assert [m.text for m in dashed_titles(text, mentions)] == ["Grey Tide"]
