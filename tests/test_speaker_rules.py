"""Who speaks: owners, agents and holders of nouns of saying, participles set off by a comma,
phrases of when or where, organisation nouns and surnames (real model: they read the parse)."""

import pytest
from claim_reading import attributed, speaker_names


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ryan has not formally rescinded his endorsement of Trump.",
            [("Ryan", "endorsement", "Trump")],
        ),
        (
            "Over the past few days, several Republicans have withdrawn their endorsement of"
            " the presidential nominee.",
            [("several Republicans", "endorsement", "the presidential nominee")],
        ),
        # A subject the pronoun cannot stand for leaves it the speaker: a group is no "his",
        # a man no "her".
        (
            "The committee rejected his comments about the deal.",
            [
                ("The committee", "reject", "his comments about the deal"),
                ("his", "comment", "the deal"),
            ],
        ),
        (
            "Mr. Trump attacked her comments about the tape.",
            [
                ("Mr. Trump", "attack", "her comments about the tape"),
                ("her", "comment", "the tape"),
            ],
        ),
    ],
)
def test_a_possessive_pronoun_on_an_object_is_the_subjects(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "It follows news that the State Department had asked FBI officials to lower the"
            " classification.",
            [
                (
                    None,
                    "news",
                    "that the State Department had asked FBI officials to lower the classification",
                )
            ],
        ),
        (
            "The slump sparked fears that the economy would shrink.",
            [(None, "fear", "that the economy would shrink")],
        ),
        # A verb of saying, of denying or of putting forward makes the noun its subject's.
        (
            "Microsoft denied reports that it would cut jobs.",
            [("Microsoft", "deny", "that it would cut jobs")],
        ),
        (
            "The Commission will present revised proposals to meet the Lisbon goals.",
            [("The Commission", "proposal", "to meet the Lisbon goals")],
        ),
        (
            "His son later retweeted the false rumor that the incident was an assassination"
            " attempt.",
            [("His son", "rumor", "that the incident was an assassination attempt")],
        ),
    ],
)
def test_a_verb_that_only_follows_or_causes_a_noun_of_saying_names_nobody(
    extractor, body, expected
):
    assert attributed(extractor, body) == expected


def test_a_participle_set_off_by_a_comma_is_the_subjects_not_the_objects(extractor):
    body = (
        "CNN host Wolf Blitzer last week asked Trump campaign manager Kellyanne Conway to talk"
        " to the Republican nominee about singling out reporters, citing safety concerns."
    )
    assert attributed(extractor, body)[-1] == (
        "CNN host Wolf Blitzer",
        "cite",
        "safety concerns",
    )


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Mr Blair on Sunday said the party would win.", "Mr Blair"),
        ("An IMF official in a briefing on Wednesday said growth would slow.", "An IMF official"),
        ("Mr Clarke, in an interview on Sunday, said he would stay.", "Mr Clarke"),
        # Whom the speaker works for or belongs to is part of who it is.
        ("Analysts at Goldman Sachs said the deal was good.", "Analysts at Goldman Sachs"),
        ("MPs on the committee said the scheme had failed.", "MPs on the committee"),
    ],
)
def test_a_phrase_of_when_or_where_is_no_part_of_the_speaker(extractor, body, speaker):
    assert [s for s, _, _ in attributed(extractor, body)] == [speaker]


def test_a_bracket_the_content_opened_closes_it(extractor):
    body = "The committee criticised the Child Support Agency (CSA), calling it a failure."
    assert attributed(extractor, body)[0] == (
        "The committee",
        "criticise",
        "the Child Support Agency (CSA)",
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The criticism of the plan by the unions was strong.",
            [("the unions", "criticism", "the plan")],
        ),
        ("Calls from MPs for an inquiry grew.", [("MPs", "call", "an inquiry")]),
        (
            "The bank ignored a warning from the Bank of England that prices would fall.",
            [("the Bank of England", "warning", "that prices would fall")],
        ),
        (
            "In December the Lords rejected a plea by current Lord Chancellor Lord Falconer that"
            " the holder of the job should not necessarily be a lawyer or a peer.",
            [
                (
                    "the Lords",
                    "reject",
                    "a plea by current Lord Chancellor Lord Falconer that the holder of the job"
                    " should not necessarily be a lawyer or a peer",
                ),
                (
                    "current Lord Chancellor Lord Falconer",
                    "plea",
                    "that the holder of the job should not necessarily be a lawyer or a peer",
                ),
            ],
        ),
        # A time is when, not what about; a place is not who.
        ("Traders were encouraged by comments on Wednesday from the minister.", []),
        ("He received news from Iraq that the troops were safe.", []),
    ],
)
def test_a_noun_of_saying_is_from_whom_its_by_or_from_phrase_names(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Borussia Dortmund has agreed a rescue plan with its creditors. The club said it was"
            " in a difficult financial situation.",
            ("The club", "Borussia Dortmund"),
        ),
        (
            "Deutsche Boerse has bid for the London Stock Exchange. The German exchange said it"
            " had held friendly talks.",
            ("The German exchange", "Deutsche Boerse"),
        ),
        # A watchdog is not the country it belongs to; which one, the text does not say here.
        (
            "Investors are to receive £194m compensation, the UK's financial watchdog has"
            " announced.",
            ("the UK's financial watchdog", None),
        ),
    ],
)
def test_the_club_or_the_exchange_is_the_organisation_the_text_is_about(extractor, body, expected):
    assert speaker_names(extractor, body)[-1] == expected


def test_an_honorific_and_a_surname_the_model_missed_are_the_person_named_before(extractor):
    body = (
        'Retail Decisions chief executive Carl Clump told the BBC that there was "no doubt"'
        ' fraud had moved online. "The main issue is that not everyone has the pins they'
        ' need," said Mr Clump.'
    )
    assert speaker_names(extractor, body)[-1] == ("Mr Clump", "Carl Clump")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The new probe clearly raised market worries of a Trump victory.",
            [("market", "worry", "a Trump victory")],
        ),
        ("Chinese criticism of the plan was muted.", [("Chinese", "criticism", "the plan")]),
        (
            "The SEC received a record number of public comments on the topic.",
            [("public", "comment", "the topic")],
        ),
        # A modifier that says what it is about is nobody's.
        ("Fraud allegations against the firm mounted.", [(None, "allegation", "the firm")]),
        # Nor is one the parse hung on the noun from an aside ("Tory" of "a safe Tory seat").
        (
            "The announcement from Mr Leslie - who was elected in 1997 in a formerly safe Tory"
            " seat - prompted calls for a lowering of the voting age to 16.",
            [],
        ),
    ],
)
def test_a_people_or_a_holder_of_views_before_a_noun_of_saying_is_whose_it_is(
    extractor, body, expected
):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "House prices fell 0.4% in October, according to the Nationwide, their biggest"
            " monthly fall since February 2001.",
            "House prices fell 0.4% in October",
        ),
        ("According to the report, sales rose 5%.", "sales rose 5%"),
    ],
)
def test_what_according_to_reports_is_the_side_with_a_finite_verb(extractor, body, content):
    assert [c for _, cue, c in attributed(extractor, body) if cue == "according to"] == [content]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "at pains" says how the staff are: they point it out.
        (
            "Clarence House staff were at pains to point out that she attended in a private"
            " capacity.",
            [("Clarence House staff", "point", "that she attended in a private capacity")],
        ),
        # A noun the infinitive hangs off that is no phrase of "be" still says it.
        (
            "He was the first man to claim that the earth was round.",
            [("the first man", "claim", "that the earth was round")],
        ),
    ],
)
def test_a_phrase_of_be_before_an_infinitive_cue_is_no_speaker(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The players are who the view is about; nobody is named as holding it.
        (
            "Both strikers missed the cup game with knocks but are expected to be fit for"
            " Saturday.",
            [(None, "expect", "to be fit for Saturday")],
        ),
        (
            "The new phone goes on sale in Japan next week but a European launch is not"
            " expected to follow before the summer.",
            [(None, "expect", "a European launch is not expected to follow before the summer")],
        ),
        # A cue after "are set to" is its own: the council announces.
        (
            "The council held a conference call on Tuesday and are set to announce their decision.",
            [("The council", "announce", "their decision")],
        ),
        # A passive joined to a passive shares its "by" agent.
        (
            "The game was well received by critics and was praised for its storyline.",
            [("critics", "praise", "its storyline")],
        ),
    ],
)
def test_a_passive_cue_shares_no_subject_with_the_verb_it_is_joined_to(extractor, body, expected):
    assert attributed(extractor, body) == expected


def test_a_participle_hung_inside_a_reported_clause_is_the_outer_speakers():
    # "Rogge said it was too early to speculate, hoping that ...": the parser may hang the
    # participle on the infinitive inside what was said; the one who said it still hopes.
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from factx.extract.attribution import _added_aside

    words = ["Rogge", "said", "it", "was", "too", "early", "to", "speculate", ",", "hoping",
             "that", "it", "ends", "."]  # fmt: skip
    heads = [1, 1, 3, 1, 5, 3, 7, 5, 7, 7, 12, 12, 9, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "advmod", "acomp", "aux", "xcomp", "punct",
            "advcl", "mark", "nsubj", "ccomp", "punct"]  # fmt: skip
    tags = ["NNP", "VBD", "PRP", "VBD", "RB", "JJ", "TO", "VB", ",", "VBG", "IN", "PRP", "VBZ",
            "."]  # fmt: skip
    pos = ["PROPN", "VERB", "PRON", "AUX", "ADV", "ADJ", "PART", "VERB", "PUNCT", "VERB",
           "SCONJ", "PRON", "VERB", "PUNCT"]  # fmt: skip
    lemmas = ["Rogge", "say", "it", "be", "too", "early", "to", "speculate", ",", "hope",
              "that", "it", "end", "."]  # fmt: skip
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    said = _added_aside(doc[9])
    assert said is not None and said.i == 1
    # Not a participle hung on a clause no verb of saying reports.
    lemmas[1] = "eat"
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert _added_aside(doc[9]) is None
