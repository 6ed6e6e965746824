import pytest

from factx.extract.capitals import sentence_case_only


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # Capitalised only as a sentence's first word, and written in lower case elsewhere.
        ("It began. Groups challenging the plans include X. If the group wins, fine.", "Groups",
         True),
        ("Critics spoke. Critics were loud, and critics often are.", "Critics", True),
        # A name inside a sentence somewhere: a name, however often the word is lower case.
        ("Labour fears it. The labour market and Labour voters.", "Labour", False),
        # Never written in lower case: nothing says it is a word.
        ("Ubisoft rose. Ubisoft fell.", "Ubisoft", False),
        # Not at a sentence's start.
        ("They met Groups of five; groups.", "Groups", False),
        # Capitalised inside a sentence only as a word of a longer name: no name alone.
        ("Spyware is a threat. The Stop Spyware Act fines those who sell spyware.", "Spyware",
         True),
        ("Software spies on staff. He edits Office Software magazine; software is cheap.",
         "Software", True),
    ],
)  # fmt: skip
def test_a_word_capitalised_only_where_sentences_open_is_no_name(text, word, expected):
    start = text.index(word)
    assert sentence_case_only(text, start, start + len(word)) is expected


def test_a_peoples_word_in_a_longer_name_counts_where_asked():
    # A nationality is written with its capital: "swiss" in lower case is a slip, and "the
    # Swiss Army Knife" shows the word's own capital.
    text = "Swiss knives sell well. The Swiss Army Knife is a swiss classic."
    assert sentence_case_only(text, 0, 5)
    assert not sentence_case_only(text, 0, 5, in_names=False)
