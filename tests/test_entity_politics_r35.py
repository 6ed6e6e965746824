"""Round r35-politics: parties before portfolios and governments, a nation's Liberal Democrats,
a law on its subject, a trade show after its year, an oilfield after "its"."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_party_before_a_portfolio_and_a_post_is_the_party(extractor):
    # `party before a portfolio`: the model's "Lib Dem Transport" ORG, "Tory Treasury" PERSON.
    names = _entities(
        extractor,
        "Plans\n\nLib Dem Transport spokesman Tom Green said the plans were rushed. Tory Treasury"
        " spokesman Oliver Hart said the budget was a sham.",
    )
    assert names["Lib Dem"][0] == "ORG"
    assert names["Tory"][0] == "NORP"
    assert "Lib Dem Transport" not in names
    assert "Tory Treasury" not in names


def test_a_partys_own_party_word_before_a_post_stays(extractor):
    # Not the party's "Party": no portfolio.
    names = _entities(
        extractor, "Plans\n\nA Labour Party spokesman said the plans would go ahead in May."
    )
    assert names["Labour Party"][0] == "ORG"
    assert "Labour" not in names


def test_a_party_before_a_governments_name_is_two_names(extractor):
    # `party before a government`: the model's "the Labour Scottish Executive" ORG.
    names = _entities(
        extractor,
        "Votes\n\nVoters were misled by the Labour Scottish Executive, she said. This is not"
        " what the Labour Welsh Assembly Government so often claims.",
    )
    assert names["Labour"][0] == "ORG"
    assert names["Scottish Executive"][0] == "ORG"
    assert names["Welsh Assembly Government"][0] == "ORG"
    assert "Labour Scottish Executive" not in names


def test_a_nations_liberal_democrats_are_one_name(extractor):
    # `nation's Liberal Democrats`: "Scottish" + "Liberal Democrat", and "Liberal Democrat"
    # without its "Welsh" at a sentence's start.
    names = _entities(
        extractor,
        "Talks\n\nI know from my talks with Scottish Liberal Democrat councillors that they"
        " agree. Welsh Liberal Democrat leaders met on Friday in Cardiff.",
    )
    assert names["Scottish Liberal Democrat"][0] == "NORP"
    assert names["Welsh Liberal Democrat"][0] == "NORP"
    assert "Scottish" not in names


def test_a_law_on_its_subject_is_whole(extractor):
    # `law_subjects`: the model's "the Protection of Workers" ORG after "Directive on".
    names = _entities(
        extractor, "Rules\n\nMinisters want the Directive on the Protection of Workers changed."
    )
    assert names["Directive on the Protection of Workers"][0] == "LAW"


def test_a_trade_show_after_its_year_is_the_event(extractor):
    # `trade show or conference by its kind` from the model's LAW.
    names = _entities(
        extractor,
        "Gadgets\n\nThe 2007 Consumer Electronics Show opened in Las Vegas on Monday.",
    )
    assert names["Consumer Electronics Show"][0] == "EVENT"


def test_an_oilfield_after_its_owners_its_is_a_site(extractor):
    # `oilfield before 'field'` after "its": the model's PERSON.
    names = _entities(
        extractor,
        "Oil\n\nOutput rose from 20,000 barrels a day. Its Dalia field, thought to contain a"
        " billion barrels, is its biggest find. Its Girassol field is the biggest it has found.",
    )
    assert names["Dalia"][0] == "FAC"
    assert names["Girassol"][0] == "FAC"
