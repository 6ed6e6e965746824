"""Round r45-titles: the one title pattern the entity modules share (factx/extract/title_shapes.py).

The titles are the modules' own test sentences' titles; each module keeps its own small words.
"""

import re

from factx.extract.title_shapes import TITLE_SMALL_WORDS, small_words, title_run

_WORD = r"[A-Z][\w'’:-]*"
# entity_beaten_films's small words: a title's "and" and "or" too.
_FILMS = re.compile(
    title_run(_WORD, small_words(*TITLE_SMALL_WORDS, "and", "or", "with", "is", "my"))
)
# entity_nominee_films's: no lower-case "and" (the nominees' list joins with it), French articles,
# and a number after a word.
_NUMBER = r"\d[\d/.]*(?<!\.)"
_NOMINEES = re.compile(
    title_run(
        _WORD,
        small_words(*TITLE_SMALL_WORDS, "with", "is", "my", "de", "des", "du", "la", "le", "les"),
        first=rf"(?:{_WORD}|{_NUMBER})",
        number=_NUMBER,
    )
)
# entity_charts's: a sung line's words, no "and" (a chart's list joins with it).
_RECORDS = re.compile(
    title_run(
        r"[A-Z][\w'’&-]*",
        small_words(*TITLE_SMALL_WORDS, "with", "my", "your", "me", "you", "it", "is", "be", "up"),
    )
)
# entity_screen_titles's title after "premiere of": few small words, none a place's "in".
_PREMIERE = re.compile(title_run(_WORD, small_words("of", "the", "a", "an", "and")))
# entity_nominees's title before "by": ", or " joins its halves.
_AUTHORED = re.compile(
    title_run(_WORD, small_words(*TITLE_SMALL_WORDS, "and", "or", "is", "it", "my"), or_comma=True)
)


def test_a_title_holds_its_small_words_whole():
    for title in (
        "A Passage to India",
        "Places in the Heart",
        "The Killing Fields",
        "Pride and Prejudice",
    ):
        assert _FILMS.fullmatch(title), title
    assert _RECORDS.fullmatch("Smoke on the Water")
    assert _RECORDS.fullmatch("I Predict a Riot")
    assert _NOMINEES.fullmatch("Quai des Orfevres")
    assert _AUTHORED.fullmatch("The Goat, or Who is Sylvia")


def test_a_small_word_never_ends_a_title():
    found = _FILMS.match("Million Dollar Baby to best picture")
    assert found and found.group() == "Million Dollar Baby"
    assert not _FILMS.fullmatch("the Killing Fields")


def test_a_list_join_is_no_title_word_where_the_module_leaves_and_out():
    assert [m.group() for m in _NOMINEES.finditer("Podium and Kings And Queen")] == [
        "Podium",
        "Kings And Queen",
    ]
    assert _RECORDS.match("Smoke on the Water and Erasure").group() == "Smoke on the Water"
    # Where "and" is a title's small word, the run goes on.
    assert (
        _FILMS.match("Pride and Prejudice and Zombies").group() == "Pride and Prejudice and Zombies"
    )


def test_a_number_follows_a_word_never_a_small_word():
    for title in ("21 Grams", "Fahrenheit 9/11", "36"):
        assert _NOMINEES.fullmatch(title), title
    assert _NOMINEES.match("The Shining in 1980").group() == "The Shining"
    assert _FILMS.match("Fahrenheit 9/11").group() == "Fahrenheit"


def test_a_premiere_title_stops_before_its_place():
    assert _PREMIERE.match("Godzilla in London").group() == "Godzilla"
    assert _PREMIERE.fullmatch("The Lord of the Rings")


def test_small_words_order_changes_nothing():
    forward = re.compile(title_run(_WORD, small_words("a", "an", "and", "of", "the")))
    backward = re.compile(title_run(_WORD, small_words("the", "of", "and", "an", "a")))
    for text in ("Pride and Prejudice", "An Officer and a Gentleman ate", "Lord of the an Rings"):
        assert forward.match(text).group() == backward.match(text).group(), text


def test_the_shape_is_the_modules_old_one():
    assert small_words("of", "it's") == "(?:of|it's)"
    assert title_run("W", "(?:a|b)") == "W(?: (?:(?:a|b) )*W)*"
    assert title_run("W", "S", first="F", number="N") == "F(?: (?:S )*W| N)*"
    assert title_run("W", "S", or_comma=True) == "W(?:(?:, or | (?:S )*)W)*"
