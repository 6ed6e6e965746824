from factx.extract.coordination import sides
from factx.extract.entities import RawMention, evidence_label, split_glued

ARTICLE = (
    "Parma and Real Madrid are interested. Real Madrid view him as a replacement. "
    "He joined them from Parma."
)


def mention(text, label, start, votes=True):
    return RawMention(text, start, start + len(text), label, 0, 1, False, votes=votes)


def glued_sides(text, name, label, known):
    start = text.index(name)
    found = sides(text, start, start + len(name), label, known)
    return None if found is None else [text[s:e] for s, e in found]


def test_two_names_glued_by_and_are_cut_where_the_article_names_each_alone():
    assert glued_sides(ARTICLE, "Parma and Real Madrid", "WORK_OF_ART", {"Parma"}) == [
        "Parma",
        "Real Madrid",
    ]


def test_one_name_with_an_and_stays_whole():
    text = "Procter and Gamble said. Procter and Gamble rose. Mr Procter spoke."
    # Neither side is written alone outside the name: "Gamble" only in "Procter and Gamble".
    assert glued_sides(text, "Procter and Gamble", "ORG", {"Procter"}) is None
    # No side is a name found on its own: "Pride" and "Prejudice" are written alone, no more.
    text = "Pride and Prejudice was filmed. Pride comes first; Prejudice later."
    assert glued_sides(text, "Pride and Prejudice", "WORK_OF_ART", set()) is None
    # Places with an "and" are one name.
    text = "Bosnia and Herzegovina voted. Bosnia and Herzegovina's Serbs, in Bosnia and Herzegovina"
    assert glued_sides(text, "Bosnia and Herzegovina", "GPE", {"Bosnia"}) is None


def test_both_sides_take_the_label_of_the_side_found_alone():
    mentions = [
        mention("Parma and Real Madrid", "WORK_OF_ART", 0),
        mention("Madrid", "GPE", ARTICLE.index("Madrid view")),
        mention("Parma", "ORG", ARTICLE.rindex("Parma")),
    ]
    found = split_glued(ARTICLE, mentions)
    assert [(m.text, m.label, m.votes) for m in found[:2]] == [
        ("Parma", "ORG", False),
        ("Real Madrid", "ORG", False),
    ]


def test_a_lone_cue_holds_for_a_lone_name_not_for_a_surname_named_in_full():
    text = "Acpo made its call. Manuel Millan spoke. Millan calls its offer fair."
    acpo = mention("Acpo", "PERSON", 0)
    millan = mention("Millan", "PERSON", text.rindex("Millan"))
    assert evidence_label(text, acpo, {"acpo"}) == "ORG"
    assert evidence_label(text, millan, {"acpo"}) == ""


def test_a_name_found_by_matching_outgrows_the_part_the_model_tagged():
    import spacy

    from factx.extract.base import Segment
    from factx.extract.entities import add_string_matches

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    body = nlp(ARTICLE)
    layouts = [Segment(body, 0, 1, 0).layout]
    madrid = ARTICLE.index("Madrid view")
    parma = ARTICLE.rindex("Parma")
    mentions = [
        mention("Parma", "ORG", 0, votes=False),
        mention("Real Madrid", "ORG", 10, votes=False),
        mention("Madrid", "GPE", madrid),
        mention("Parma", "ORG", parma),
    ]
    found = add_string_matches(ARTICLE, mentions, layouts, [])
    assert [(m.text, m.label) for m in found] == [
        ("Parma", "ORG"),
        ("Real Madrid", "ORG"),
        ("Real Madrid", "ORG"),
        ("Parma", "ORG"),
    ]
    # A surname tagged PERSON is not outgrown: it joins its full name by cluster.
    text = "Hen Vipheak spoke. Vipheak left."
    doc = nlp(text)
    mentions = [mention("Hen Vipheak", "ORG", 0), mention("Vipheak", "PERSON", 19)]
    found = add_string_matches(text, mentions, [Segment(doc, 0, 1, 0).layout], [])
    assert [m.text for m in found] == ["Hen Vipheak", "Vipheak"]
    # Nor where the full name is a person's: the model's "Vipheak" inside the second one.
    text = "Hen Vipheak spoke. Then Hen Vipheak left."
    doc = nlp(text)
    mentions = [mention("Hen Vipheak", "PERSON", 0), mention("Vipheak", "PERSON", 28)]
    found = add_string_matches(text, mentions, [Segment(doc, 0, 1, 0).layout], [])
    assert [m.text for m in found] == ["Hen Vipheak", "Vipheak"]
    # A part tagged PERSON of a name that is no person's is outgrown all the same: "the
    # watchdog Reporters Without Borders", where the model tags "Without Borders" alone.
    text = "Watchers Without Frontiers spoke. The watchdog Watchers Without Frontiers left."
    doc = nlp(text)
    part = text.rindex("Without")
    mentions = [mention("Watchers Without Frontiers", "ORG", 0),
                mention("Without Frontiers", "PERSON", part)]  # fmt: skip
    found = add_string_matches(text, mentions, [Segment(doc, 0, 1, 0).layout], [])
    assert [(m.text, m.start) for m in found] == [
        ("Watchers Without Frontiers", 0),
        ("Watchers Without Frontiers", part - len("Watchers ")),
    ]
