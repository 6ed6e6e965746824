"""Names in headlines: in capitals, found by the names the body writes in mixed case
(factx.extract.entity_shouted); countries and nationalities kept by their lists."""

from factx.extract.entity_shouted import shouted


def mentions(record) -> dict[str, str]:
    return {m.text: f.label for f in record.facts if f.type == "entity" for m in f.mentions}


def test_a_surname_and_a_name_in_a_headline_in_capitals(extractor):
    # The model tags neither "GONZALEZ" nor "RANGERS" in the headline.
    record = extractor.extract_text(
        "BASEBALL - GONZALEZ HOMERS TWICE AS RANGERS WIN .\n\nJuan Gonzalez homered twice as"
        " the Texas Rangers beat Boston on Saturday . Gonzalez has 40 homers . The Rangers lead"
        " the West ."
    )
    found = mentions(record)
    assert found["GONZALEZ"] == "PERSON" and found["RANGERS"] == "ORG"
    gonzalez = next(f for f in record.facts if f.type == "entity" and f.name == "Juan Gonzalez")
    assert "GONZALEZ" in {m.text for m in gonzalez.mentions}  # one person, not two


def test_a_person_s_name_in_a_subheading_in_capitals_is_cut_from_the_words_after_it(extractor):
    # The model tags "OBAMA FOCUSED" PERSON in a subheading: the body writes "focused" as a
    # word, so only "OBAMA" is the name, and it is Barack Obama's, not a second person.
    record = extractor.extract_text(
        "Trump on Syria\n\nIn an interview focused on policy, Trump blamed President Barack"
        " Obama.\n\nOBAMA FOCUSED \u201cON HIS GOLF GAME\u201d\n\nTrump said Obama wants to"
        " golf."
    )
    obama = [f for f in record.facts if f.type == "entity" and "Obama" in f.name]
    assert [f.name for f in obama] == ["Barack Obama"]
    assert "OBAMA" in {m.text for m in obama[0].mentions}


def test_a_name_that_is_also_a_word_of_the_article_is_not_searched_for(extractor):
    record = extractor.extract_text(
        "SHARES MAY FALL , SAYS MAY .\n\nTheresa May said shares may fall this week ."
    )
    assert "MAY" not in mentions(record)


def test_a_line_is_shouted_when_nearly_all_its_letters_are_capitals():
    assert shouted("SOCCER - REAL SCRAPE 1-1 DRAW .", 0, 30)
    assert not shouted("Real scrape a draw in Madrid.", 0, 29)
    assert not shouted("US", 0, 2)  # too few letters to tell


def test_a_country_or_nationality_in_a_headline_stands_without_the_body(extractor):
    # Other headline names are kept only where the body names them too (headline case misleads
    # the model); a country or a nationality is known by its list.
    for text, name, label in [
        ("Kenyan school turns to handhelds\n\nAt a primary school in the west of the country,"
         " pupils now use handheld computers.", "Kenyan", "NORP"),
        ("Germany calls for EU budget talks\n\nBerlin wants the union's budget capped, ministers"
         " said on Monday.", "Germany", "GPE"),
    ]:  # fmt: skip
        assert mentions(extractor.extract_text(text)).get(name) == label


def test_a_body_name_found_whole_in_capitals_outgrows_its_pieces(extractor):
    # The country rule and the model tag "PERU" alone; the body names the whole event.
    record = extractor.extract_text(
        "GOLF - LEADING SCORES AT PERU OPEN .\n\nLIMA 1996-08-30\n\nLeading scores in the"
        " Peru Open after the first round on Thursday : 64 Nolan Henke ."
    )
    found = mentions(record)
    assert "PERU OPEN" in found and "PERU" not in found


def test_a_body_span_with_a_figure_does_not_outgrow_a_country_in_capitals():
    # The model's "Liechtenstein 5-0" of a result is no name: "LIECHTENSTEIN" stays; a whole
    # name holds its piece, which gives way to it.
    from factx.extract.entity_shouted import _pieces_inside
    from factx.extract.spans import SpanIndex

    text = "IRELAND BEAT LIECHTENSTEIN 5-0 AT PERU OPEN ."
    country, peru = (13, 26), (34, 38)
    covered = SpanIndex([country, peru])
    by_span = {country: object(), peru: object()}
    assert _pieces_inside(text, 13, 30, covered, by_span) == []
    assert _pieces_inside(text, 34, 43, covered, by_span) == [peru]
