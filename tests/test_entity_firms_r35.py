"""Round r35-firms: firms named like people or places, found by a firm's words around them:
a firm's own "its" and "which", a body after its kind words, an awards body before its
award or nomination, and a firm's quoted scheme."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {(f.name, f.label) for f in record.facts if f.type == "entity"}


def test_a_retailer_named_after_its_founder_is_a_firm(extractor):
    # `firm by its own officers and business`: "parting company with its chief executive",
    # ", which floated on", "founded by its namesake".
    found = _labels(
        extractor,
        "Mary Quant boss steps down\n\nMary Quant is parting company with its chief executive "
        "John Hartley. The fashion retailer said Mr Hartley had resigned. Mary Quant, which "
        "floated on the London Stock Exchange in 1998, is majority-owned by Japanese investor "
        "Dr Ken Sato. Mary Quant was founded by its namesake in Chelsea in 1955.",
    )
    assert ("Mary Quant", "ORG") in found
    assert ("John Hartley", "PERSON") in found


def test_one_firms_its_makes_the_name_a_firm(extractor):
    found = _labels(
        extractor,
        "Jane Norman is parting company with its chief executive Paul Cole. The fashion chain "
        "said Mr Cole had resigned.",
    )
    assert ("Jane Norman", "ORG") in found
    assert ("Paul Cole", "PERSON") in found


def test_a_person_before_its_stays_a_person(extractor):
    # A speech or attacking verb before "its", "who", and an honorific of the same name.
    assert ("Tony Blair", "PERSON") in _labels(
        extractor, "Tony Blair criticised its chief executive on Monday."
    )
    assert ("Nick Bubb", "PERSON") in _labels(
        extractor, "Analyst Nick Bubb said its shares were too cheap."
    )
    assert ("Anna Lewis", "PERSON") in _labels(
        extractor,
        "Anna Lewis is parting company with its chief executive. Ms Lewis, who founded the "
        "shop, said she was sad.",
    )
    assert ("Stuart Rose", "PERSON") in _labels(
        extractor,
        "Stuart Rose has sacked its chief executive after a row. Mr Rose said the chain "
        "needed a change.",
    )


def test_a_name_after_building_society_is_the_society(extractor):
    # `body after its kind words`.
    assert ("Bradford", "ORG") in _labels(
        extractor,
        "In November, HBOS, which owns former building society the Bradford, forecast a 4% rise.",
    )


def test_a_name_in_apposition_after_a_societys_kind_is_the_society(extractor):
    assert ("Tono", "ORG") in _labels(
        extractor, "Norway's performing rights society, Tono, said the site broke the law."
    )


def test_a_person_after_a_regulators_comma_stays_a_person(extractor):
    assert ("John Smith", "PERSON") in _labels(
        extractor, "The regulator, John Smith, said the rules would change."
    )


def test_an_awards_body_before_its_nomination_is_no_place(extractor):
    # `awards body before its awards, not a place`, widened to "award" and "nomination(s)".
    assert ("Bafta", "ORG") in _labels(
        extractor, "She had to settle for a Bafta nomination this year."
    )


def test_a_firms_quoted_scheme_is_no_work(extractor):
    # `firm's quoted scheme` and `firm before its quoted scheme`.
    found = _labels(
        extractor,
        'Although schemes such as Nokia\'s "Music Everywhere" programme could help, he said, '
        'life will stay confusing. Dell\'s "Buy With Confidence" initiative was launched in May.',
    )
    assert ("Music Everywhere", "ORG") in found
    assert ("Buy With Confidence", "ORG") in found
    assert ("Dell", "ORG") in found
    assert not any(label == "WORK_OF_ART" for _, label in found)


def test_a_quoted_title_without_a_possessive_before_it_keeps_its_label(extractor):
    found = _labels(extractor, 'Her novel "Small Island" won the Orange prize.')
    assert ("Orange", "PERSON") not in found
    assert all(name != "Small Island" or label == "WORK_OF_ART" for name, label in found)
