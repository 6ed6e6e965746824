import pytest

from factx.extract.glue import pieces, without_set_scores


def names(text: str, label: str) -> list[str]:
    return [text[s:e] for s, e in pieces(text, 0, len(text), label)]


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        # Two teams in a fixture, a team and its ground, a result line's country and scorer.
        ("Leinster to Toulouse", "PERSON", ["Leinster", "Toulouse"]),
        ("Exeter v", "PERSON", ["Exeter"]),  # the model's span ends at the "v" of a fixture
        ("Chelsea v. Arsenal", "ORG", ["Chelsea", "Arsenal"]),
        # After a first name, "V." is a middle initial, not "versus".
        ("Vladimir V. Putin", "PERSON", ["Vladimir V. Putin"]),
        ("Perpignan at Lansdowne Road", "ORG", ["Perpignan", "Lansdowne Road"]),
        ("Romania - Cosmin Contra", "ORG", ["Romania", "Cosmin Contra"]),
        # A wire report's heading before a dash, and a dash inside a sentence.
        ("GERMANY - Bunds", "ORG", ["GERMANY", "Bunds"]),
        ("Grammys - the", "ORG", ["Grammys", "the"]),
        ("NEW YORK AT CHICAGO", "GPE", ["NEW YORK", "CHICAGO"]),
        ("Grace Road, Leicestershire", "GPE", ["Grace Road", "Leicestershire"]),
        # Scores and figures around a name are no part of it.
        ("Somerset 83", "GPE", ["Somerset"]),
        ("G. Kersey 63", "PERSON", ["G. Kersey"]),
        ("Mexico 2-0", "GPE", ["Mexico"]),
        ("Norwich 1 Wolverhampton", "PERSON", ["Norwich", "Wolverhampton"]),
        ("Scott Draper (Australia", "ORG", ["Scott Draper", "Australia"]),
        ("1= Igor Trandenkov", "PERSON", ["Igor Trandenkov"]),
        # "for" after a person's full name parts a nominee and his film; a firm keeps its own.
        ("Ann Hale for Tin Roof", "ORG", ["Ann Hale", "Tin Roof"]),
        ("Tom Brand for Greyhound", "PERSON", ["Tom Brand", "Greyhound"]),
        ("Campaign for Safer Roads", "ORG", ["Campaign for Safer Roads"]),
        ("Anthony Barker +48", "PERSON", ["Anthony Barker"]),  # a newsroom's telephone
        ("Roberto Carlos 79th", "PERSON", ["Roberto Carlos"]),  # the minute of his goal
        ("21st Century Fox", "ORG", ["21st Century Fox"]),  # an ordinal before is the name's
        # A common noun after the name is not part of it; a lower-case word inside may be.
        ("Interfax news agency", "ORG", ["Interfax"]),
        ("Jiangsu province", "GPE", ["Jiangsu"]),
        ("Bank of England", "ORG", ["Bank of England"]),
        ("Lost in Translation", "WORK_OF_ART", ["Lost in Translation"]),
        # A particle or a joining word ends a span whose name the next span goes on with.
        ("Albert van", "PERSON", ["Albert van"]),
        (
            "the Internet Corporation for Assigned Names and",
            "ORG",
            ["the Internet Corporation for Assigned Names and"],
        ),
        # Two people joined by "and" are two names; a country may have "and" in its name.
        ("Tom Hanks and Meg Ryan", "PERSON", ["Tom Hanks", "Meg Ryan"]),
        ("Bosnia and Herzegovina", "GPE", ["Bosnia and Herzegovina"]),
        # A sentence ends inside the span; initials and abbreviations do not end one.
        ("Jay-Z. Soul", "PERSON", ["Jay-Z", "Soul"]),
        # A lower-case tail that ends in a common noun: the model's span ran on past the name.
        ("Moss on the edge of the box", "ORG", ["Moss"]),
        # An honorific after a name opens the next one: "told the Sunday Times Mr Lee would".
        ("Sunday Times Mr", "ORG", ["Sunday Times"]),
        # A peer's rank too, and the posts before it are the next name's: "former Tory
        # Treasurer Lord Ashcroft", "the party's Chairman Lord Jones".
        ("Tory Treasurer Lord", "PERSON", ["Tory"]),
        ("Chairman Lord", "PERSON", []),
        # A day of the week after a name: a wire report's "said Saturday".
        ("Bill Hale Saturday", "PERSON", ["Bill Hale"]),
        ("the Senate on Monday", "ORG", ["the Senate"]),
        # Two names that open with one word, joined by "and".
        ("Real Oviedo and Real Betis", "ORG", ["Real Oviedo", "Real Betis"]),
        ("Hull City and Hull Kingston Rovers", "ORG", ["Hull City", "Hull Kingston Rovers"]),
        # A quotation mark that closes or opens inside a span ends a name, whatever its label.
        ('Mr Toad." Labour', "LAW", ["Mr Toad", "Labour"]),
        ('a "Road to Peace', "LAW", ["a", "Road to Peace"]),
        ('Tilbury "Gateway Port', "ORG", ["Tilbury", "Gateway Port"]),
        # A bracket that opens inside a span and does not close in it ends a name.
        ("T Marsh (Ospreys", "PERSON", ["T Marsh", "Ospreys"]),
    ],
)
def test_glued_names_are_cut(text: str, label: str, expected: list[str]) -> None:
    assert names(text, label) == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Channel 4", "ORG"),  # a numbered name
        ("Channel 4 News", "ORG"),
        ("Firefox 1.0", "PRODUCT"),  # a product's version
        ("Terminal 5", "FAC"),
        ("Martin Luther King, Jr.", "PERSON"),  # a suffix after a comma
        ("Toys R Us, Inc.", "ORG"),
        ("Gone to the Wild", "WORK_OF_ART"),  # a title may say anything
        ("7-Eleven", "ORG"),
        ("George W. Bush", "PERSON"),
        ("J.P. Morgan", "ORG"),
        ("St. Louis", "GPE"),
        ("Capt. Kirk", "PERSON"),
        ("20th Century Fox", "ORG"),
        ("Department for Environment, Food and Rural Affairs", "ORG"),
        ("Wal - Mart", "ORG"),
        ("Adam Air Flight 574", "ORG"),
        ('Jim "Bull" Kane', "PERSON"),  # a nickname in quotes is a person's own
        ("Mike Friday", "PERSON"),  # a surname
        ("the Mail on Sunday", "ORG"),  # a newspaper
        ("the Bloody Sunday", "ORG"),  # an event named by its day
        ("Marks and Spencer", "ORG"),
        ("Johnson and Johnson", "ORG"),
    ],
)
def test_whole_names_stay_whole(text: str, label: str) -> None:
    assert names(text, label) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Set scores go even from a label that keeps model numbers ("Boeing 747-400").
        ("Sebastien Grosjean 2-6 6-3 6-2", "Sebastien Grosjean"),
        ("American Jeff Morrison 4-6 7-6 (7-3) 6-0", "American Jeff Morrison"),
        ("Boeing 747-400", "Boeing 747-400"),  # one model number, no set scores
        ("Somerset 83", "Somerset 83"),  # one score: for `pieces` to cut by label
    ],
)
def test_set_scores_end_no_name(text: str, expected: str) -> None:
    assert text[: without_set_scores(text, 0, len(text))] == expected


def test_a_sequels_number_stays_with_its_name():
    # One digit from 2 before a lower-case word is a sequel's or a version's, no score.
    text = "while Quake 3 fell to eighth, Somerset 83 were out and Goals: Hale 2, Cole 29."

    def span(name, label):
        start = text.index(name)
        return [text[s:e] for s, e in pieces(text, start, start + len(name), label)]

    assert span("Quake 3", "ORG") == ["Quake 3"]
    assert span("Somerset 83", "GPE") == ["Somerset"]
    assert span("Hale 2", "PERSON") == ["Hale"]


def test_a_partys_word_before_a_houses_name_is_two_names():
    # "SNP Westminster leader Alex Salmond said": the party, and the house its members sit in.
    assert names("SNP Westminster", "ORG") == ["SNP", "Westminster"]
    assert names("Lib Dem Holyrood", "ORG") == ["Lib Dem", "Holyrood"]
    # A party's own name stays whole; so does a house's name with more after it.
    assert names("Labour Party", "ORG") == ["Labour Party"]
    assert names("Tory Westminster Group", "ORG") == ["Tory Westminster Group"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A word in its own quotation marks before a name is set off, no name; the name the
        # model ran past the mark ends at its last capitalised word.
        ('New" Labour through', ["Labour"]),
        ('Old" Labour', ["Labour"]),
        # Two names either side of a closing mark stay two.
        ('Cell Block H." Labour', ["Cell Block H", "Labour"]),
    ],
)
def test_a_scare_quoted_word_before_a_name(text, expected):
    # The span as the model tags it, after the opening mark the text has before it.
    full = '"' + text
    found = [full[s:e] for s, e in pieces(full, 1, len(full), "WORK_OF_ART")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # A "4" or a "2" for "for" or "to" inside a campaign's name, no score (seed 152).
        (
            "The Fathers 4 Justice campaign group were there.",
            "Fathers 4 Justice",
            ["Fathers 4 Justice"],
        ),
        ("said Parents 4 Change, a lobby.", "Parents 4 Change", ["Parents 4 Change"]),
        ("Bikes 2 Work.", "Bikes 2 Work", ["Bikes 2 Work"]),
        # A results line goes on with the other side's score: the number is a score.
        ("Bury 4 Bristol City 0\n", "Bury 4 Bristol City", ["Bury", "Bristol City"]),
        ("Hajduk 2 Proleter (Zrenjanin) 1", "Hajduk 2 Proleter", ["Hajduk", "Proleter"]),
        # The model's span may take the other side's score in.
        ("Torquay 2 Exeter 0\nWigan", "Torquay 2 Exeter 0", ["Torquay", "Exeter"]),
        # Other figures between two names stay scores.
        (
            "Norwich 1 Wolverhampton are next.",
            "Norwich 1 Wolverhampton",
            ["Norwich", "Wolverhampton"],
        ),
    ],
)
def test_a_number_for_a_word_stays_in_the_name(text: str, span: str, expected: list[str]) -> None:
    start = text.index(span)
    found = [text[s:e] for s, e in pieces(text, start, start + len(span), "ORG")]
    assert found == expected
