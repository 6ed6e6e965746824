"""Names cut at a small word or a comma inside them: a body's or a law's list of fields, a
title's "to", a double-barrelled surname's hyphen, a dot or a town's hyphen inside a word."""

from builders import raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_inner_words import (
    awards_of_the_year,
    listed_names,
    names_run_on,
    titles_cut_at_small_words,
    titles_cut_at_to,
    whole_hyphened_surname,
)


def listed(text, named):
    return [(m.text, m.label) for m in listed_names(text, raw_mentions(text, named), name_key)]


def titled(text, named):
    return [(m.text, m.label) for m in titles_cut_at_to(text, raw_mentions(text, named), name_key)]


def test_a_bodys_name_cut_inside_its_list_of_fields_is_made_whole():
    # The model tags the list's end and kind word, and the first field alone or not at all.
    text = "a strike by the Docks and Harbour Workers Union, said the Trade and Energy Ministry."
    named = [("Docks", "ORG"), ("Harbour Workers Union", "ORG"), ("Energy Ministry", "ORG")]
    assert listed(text, named) == [
        ("the Docks and Harbour Workers Union", "ORG"),
        ("the Trade and Energy Ministry", "ORG"),
    ]


def test_a_laws_name_cut_at_the_comma_of_its_list_is_made_whole():
    # "the Anti-Fraud, Gaming and Lotteries Act": the comma opens the list, "and" ends it.
    text = "Under the Anti-Fraud, Gaming and Lotteries Act passed in 1999, fines rose."
    named = [("Gaming and Lotteries Act", "LAW")]
    assert listed(text, named) == [("the Anti-Fraud, Gaming and Lotteries Act", "LAW")]


def test_a_list_after_the_first_field_ends_in_its_kind_word():
    # The model tags the first field alone and leaves out the list's end and the kind word.
    text = "The Coastal Fishing and Marine Safety Act gave boats a licence."
    named = [("Coastal Fishing", "ORG")]
    assert listed(text, named) == [("The Coastal Fishing and Marine Safety Act", "LAW")]


def test_names_of_their_own_before_and_stay_apart():
    # A list of teams has no kind word; a body named alone elsewhere, a person or a known
    # place before "and" is a name of its own.
    text = (
        "Leeds, Chelsea and Arsenal won. The Treasury said no. The Treasury and Foreign Office "
        "agreed; the Yorkshire and Humber Council met; the Smith and Jones Society."
    )
    named = [
        ("Leeds", "ORG"), ("Chelsea", "ORG"), ("Arsenal", "ORG"), ("The Treasury", "ORG"),
        ("Treasury", "ORG"), ("Foreign Office", "ORG"), ("Yorkshire", "GPE"),
        ("Humber Council", "ORG"), ("Smith", "PERSON"), ("Jones Society", "ORG"),
    ]  # fmt: skip
    assert listed(text, named) == [(n, label) for n, label in named]


def test_the_same_cut_name_twice_is_made_whole_twice():
    # The first field read again before the same words is no name of its own.
    text = "the Road and Rail Union struck. Then the Road and Rail Union voted."
    named = [("Road", "ORG"), ("Rail Union", "ORG"), ("Road", "ORG"), ("Rail Union", "ORG")]
    assert listed(text, named) == [("the Road and Rail Union", "ORG")] * 2


def test_a_title_goes_on_over_its_to():
    # The model cuts the title at "to" and tags the words after it as a place or a firm.
    text = "the new sitcom The Road Back to Kettering starts; Ticket to Zanzibar, a quiz show."
    named = [("The Road Back", "WORK_OF_ART"), ("Kettering", "GPE"),
             ("Ticket", "WORK_OF_ART")]  # fmt: skip
    assert titled(text, named) == [
        ("The Road Back to Kettering", "WORK_OF_ART"),
        ("Ticket to Zanzibar", "WORK_OF_ART"),
    ]


def test_a_body_named_for_what_it_does_goes_on_over_its_to():
    text = "The Campaign to Save Libraries was started by a teacher."
    named = [("The Campaign", "ORG"), ("Save Libraries", "ORG")]
    assert titled(text, named) == [("The Campaign to Save Libraries", "ORG")]


def test_names_after_to_stay_apart():
    # A person or a work after "to", a name the article writes elsewhere, a firm's move.
    text = (
        "Ordinary Lives lost to Big Fish. Moonlight was sold to Jane Doe. Then Moonlight went "
        "to Paramount; Paramount said so. Leeds moved to Chelsea."
    )
    named = [
        ("Ordinary Lives", "WORK_OF_ART"), ("Big Fish", "WORK_OF_ART"),
        ("Moonlight", "WORK_OF_ART"), ("Jane Doe", "PERSON"), ("Moonlight", "WORK_OF_ART"),
        ("Paramount", "ORG"), ("Paramount", "ORG"), ("Leeds", "ORG"), ("Chelsea", "ORG"),
    ]  # fmt: skip
    assert titled(text, named) == [(n, label) for n, label in named]


def test_a_double_barrelled_surname_is_the_full_names():
    text = "partnered by Tom Ashby-Greene or the Blair-Brown feud"
    start = text.index("Tom")
    assert text[start : whole_hyphened_surname(text, start, start + 9, "PERSON")] == (
        "Tom Ashby-Greene"
    )
    # A single word before a hyphen, or no person's name, stays as the model cut it.
    start = text.index("Blair")
    assert whole_hyphened_surname(text, start, start + 5, "PERSON") == start + 5
    start = text.index("Tom")
    assert whole_hyphened_surname(text, start, start + 9, "ORG") == start + 9


def run_on(text, named):
    return [(m.text, m.label) for m in names_run_on(text, raw_mentions(text, named))]


def test_a_name_goes_on_over_a_dot_or_a_towns_hyphen_inside_its_word():
    # The tokenizer parts the word at its dot or hyphen and the model tags one half.
    text = "he ran Spamking.com, sent the Kelpo.B worm from Walton-on-Naze and sold Hello.Net."
    named = [("Spamking", "GPE"), ("the Kelpo", "PERSON"), ("Walton", "ORG"), ("Net", "PERSON")]
    assert run_on(text, named) == [
        ("Spamking.com", "ORG"),
        ("the Kelpo.B", "PRODUCT"),  # a variant's letters: a virus, a product (r30-left)
        ("Walton-on-Naze", "GPE"),
        ("Hello.Net", "PERSON"),
    ]


def test_a_full_stop_a_missing_space_or_a_title_ends_a_name():
    # "Leeds. Then": a sentence's end; "tsunami.Steve": a space left out after a full stop;
    # "Mr.Benn": a title, no word of the name; "Leeds.I": a sentence after a missing space.
    text = "He left Leeds. Then the tsunami.Steve wrote to Mr.Benn at Leeds.I think so."
    named = [("Leeds", "GPE"), ("Steve", "PERSON"), ("Benn", "PERSON"), ("Leeds", "GPE")]
    assert run_on(text, named) == named


def small_worded(text, named):
    found = titles_cut_at_small_words(text, raw_mentions(text, named), name_key)
    return [(m.text, m.label) for m in found]


def test_a_title_cut_at_a_small_word_written_with_a_capital_is_made_whole():
    # Prose writes "but" and "in" in lower case: a capital there is a title's.
    text = "She bought the Nowhere But Here album and watched Tom and Ann In The Attic."
    named = [("Nowhere", "PERSON"), ("Tom and Ann", "ORG")]
    assert small_worded(text, named) == [
        ("Nowhere But Here", "WORK_OF_ART"),
        ("Tom and Ann In The Attic", "WORK_OF_ART"),
    ]
    # Not over a person's name, nor after a full stop that ends the sentence.
    text = "Fans of Harwick And Jane Doyle came. He lives in Raleigh, N.C. The Dallas firm grew."
    named = [("Harwick", "GPE"), ("Jane Doyle", "PERSON"), ("N.C.", "GPE"), ("Dallas", "GPE")]
    assert small_worded(text, named) == [(n, label) for n, label in named]


def test_an_award_cut_before_its_period_is_made_whole():
    # The model ends the award at its "of" or before it.
    text = "He was named Baltic Skater of the Year and won the Radio Voice of the Season vote."
    named = [("Baltic Skater", "PERSON"), ("the Radio Voice of", "ORG")]
    found = awards_of_the_year(text, raw_mentions(text, named))
    assert [(m.text, m.label) for m in found] == [
        ("Baltic Skater of the Year", "WORK_OF_ART"),
        ("the Radio Voice of the Season", "WORK_OF_ART"),
    ]
    # Not a person's name, nor a name whose "of" goes on to something else.
    text = "Ann Hale of the Year club spoke; Radio Voice of the Seasons Hotel."
    named = [("Ann Hale", "PERSON"), ("Radio Voice", "ORG")]
    found = awards_of_the_year(text, raw_mentions(text, named))
    assert [(m.text, m.label) for m in found] == named
