from factx.extract.entities import RawMention
from factx.extract.entity_laws import whole_bills
from factx.extract.entity_non_names import post_nominal


def mention(text, whole, label):
    start = whole.index(text)
    return RawMention(text, start, start + len(text), label, 0, 1, False)


def _bills(text, named):
    return [(m.text, m.label) for m in whole_bills(text, [mention(n, text, lb) for n, lb in named])]


def test_a_bill_cut_to_its_last_word_is_the_whole_law():
    # The model's "Bill" PERSON, the name's words untagged or a body of their own.
    text = "It was added late to the Public Order Bill by ministers."
    assert _bills(text, [("Bill", "PERSON")]) == [("Public Order Bill", "LAW")]
    text = "The long-awaited Harbour Tunnel Bill would pay for it."
    named = [("Harbour Tunnel", "ORG"), ("Bill", "PERSON")]
    assert _bills(text, named) == [("Harbour Tunnel Bill", "LAW")]
    # A bracketed aside of capitalised words is part of the name.
    text = "under the Water Supply (Temporary Measures) Bill, which"
    assert _bills(text, [("Bill", "PERSON")]) == [("Water Supply (Temporary Measures) Bill", "LAW")]


def test_a_bill_with_no_name_or_a_person_named_bill_is_left_alone():
    text = "No Bill passes unread. Bill Hartley said a draft Bill was due. Mr Jay's Bill fell."
    named = [("Bill", "PERSON"), ("Bill Hartley", "PERSON")]
    assert _bills(text, named) == named
    # "Bill Hartley": a first name before a capitalised word, even where the model cut it.
    text = "the Lords Bill Hartley spoke"
    assert _bills(text, [("Bill", "PERSON")]) == [("Bill", "PERSON")]
    # An owner's possessive is no word of the bill's name.
    text = "Mr Jay's Bill fell."
    assert _bills(text, [("Jay", "PERSON"), ("Bill", "PERSON")]) == [
        ("Jay", "PERSON"),
        ("Bill", "PERSON"),
    ]


def test_a_barristers_rank_is_no_name():
    # "Judge Anne Price, QC told the court", "three officials and a QC": a rank, not a place.
    assert post_nominal("QC")
    assert not post_nominal("CBE")  # an honour is an award
    assert not post_nominal("Quebec")


def test_a_barristers_rank_after_a_name_is_no_word_of_it(extractor):
    text = "Court\n\nThe case was put by Ann Whitlow QC, for the Crown. Whitlow said it was fair."
    found = [(f.name, [m.text for m in f.mentions]) for f in extractor.extract_text(text).facts
             if f.type == "entity"]  # fmt: skip
    assert ("Ann Whitlow", ["Ann Whitlow", "Whitlow"]) in found
