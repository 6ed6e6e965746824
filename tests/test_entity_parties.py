"""A party by its kind word alone joins the one party the article names in full."""

from builders import raw_mentions

from factx.extract.entities import cluster


def groups(text, named):
    return sorted((c.key, [m.text for m in c.mentions]) for c in cluster(raw_mentions(text, named)))


def test_the_party_alone_is_the_one_party_named_in_full():
    text = "The rebels said it would hurt the Party, and the Green Party agreed."
    named = [("the Party", "ORG"), ("the Green Party", "ORG")]
    assert groups(text, named) == [("green party", ["the Party", "the Green Party"])]


def test_the_party_alone_stays_where_the_article_names_none_or_two():
    text = "The Party met. The Green Party and the Labour Party disagreed."
    named = [("The Party", "ORG"), ("The Green Party", "ORG"), ("the Labour Party", "ORG")]
    assert len(groups(text, named)) == 3
    assert len(groups("The Party met in May.", [("The Party", "ORG")])) == 1


def test_a_bare_party_before_a_role_joins_no_party():
    text = "Party leader Tom Fox spoke. The Green Party agreed."
    named = [("Party", "ORG"), ("The Green Party", "ORG")]
    assert len(groups(text, named)) == 2
