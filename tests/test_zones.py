from factx.zones import byline, zones


def test_zones_of_a_scraped_article():
    paragraphs = [
        "Title",
        "Title",
        "The body says $5.",
        "Image source: Tim van der Kuip/",
        "Photo: Reuters",
        "SEE ALSO: Another story",
        "* A footnote about the law.",
        "About the author",
        "Robbie Elmers",
        "Robbie Elmers is a staff writer for Tech News Space.",
        "Add Comment",
        "Click here to post a comment",
    ]
    assert zones(paragraphs) == [
        "headline", "headline", "body", "credit", "credit", "related", "footnote",
        "byline", "byline", "byline", "boilerplate", "boilerplate",
    ]  # fmt: skip
    assert byline(paragraphs, zones(paragraphs)) == "Robbie Elmers"


def test_by_line():
    paragraphs = ["Title", "By Jane Doe, Reuters", "By the way, prices rose."]
    assert zones(paragraphs) == ["headline", "byline", "body"]
    assert byline(paragraphs, zones(paragraphs)) == "Jane Doe"


def test_a_date_alone_under_the_title_is_the_byline():
    # A saved page's or Markdown's date line; further down a date alone heads a timeline entry.
    paragraphs = ["Title", "*March 6, 2024*", "Rates held.", "One.", "June 17, 2020", "Two."]
    assert zones(paragraphs) == ["headline", "byline", "body", "body", "body", "body"]


def test_plain_article_is_all_body():
    assert zones(["Title", "One.", "Two."]) == ["headline", "body", "body"]
    assert byline(["Title", "One."], ["headline", "body"]) is None


def test_editors_notes_and_corrections_are_footnotes():
    # The publication's own asides are not the article's body: no claim is read from them.
    paragraphs = [
        "Title",
        "Trump said he would win.",
        "Editor's note: Donald Trump regularly incites political violence.",
        "Correction: An earlier version of this story misspelled a name.",
    ]
    assert zones(paragraphs) == ["headline", "body", "footnote", "footnote"]


def test_a_date_line_and_a_follow_line_are_no_body():
    # A "Published:" line is the article's date, no one's claim; "Follow X on Twitter" is the
    # page's furniture. An "Updated" paragraph that is no date stays body text.
    paragraphs = [
        "Title",
        "Published: 4 March 2016",
        "Updated rules came into force last year, officials said.",
        "Follow Neil MacFarquhar on Twitter: @NeilMacFarquhar.",
        "Follow the money, he said.",
    ]
    assert zones(paragraphs) == ["headline", "byline", "body", "boilerplate", "body"]
    assert byline(paragraphs, zones(paragraphs)) is None
