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
    ],
)  # fmt: skip
def test_a_word_capitalised_only_where_sentences_open_is_no_name(text, word, expected):
    start = text.index(word)
    assert sentence_case_only(text, start, start + len(word)) is expected
