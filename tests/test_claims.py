"""Attribution rules on short texts (these depend on the parser, so they use the real model)."""

import pytest
from claim_reading import attributed
from spacy.tokens import Doc
from spacy.vocab import Vocab

from factx.extract.attribution import _content


@pytest.mark.parametrize(
    ("body", "speaker", "cue", "content"),
    [
        (
            "Oracle said it had reached an agreement with ByteDance.",
            "Oracle", "say", "it had reached an agreement with ByteDance",
        ),
        (
            "Sales fell sharply last year, Reuters reported on Monday.",
            "Reuters", "report", "Sales fell sharply last year",
        ),
        (
            "According to officials, the plant will close in May.",
            "officials", "according to", "the plant will close in May",
        ),
        (
            "Critics accused the company of hiding the data.",
            "Critics", "accuse", "the company of hiding the data",
        ),
        (
            "The survey shows that most voters don't change their minds.",
            "The survey", "show", "that most voters don't change their minds",
        ),
        (
            "The mayor denied the report and said the bridge would reopen in May.",
            "The mayor", "say", "the bridge would reopen in May",
        ),
        (
            # One quotation broken by its clause: its content runs from the first part's
            # opening words, which carry half of what was said.
            '"The best way forward," the minister said, "is a vote in the spring."',
            "the minister", "say",
            '"The best way forward," the minister said, "is a vote in the spring."',
        ),
        (
            # A reporting clause set inside what it reports, as the quotation above: the content
            # runs around it (PolNeAR marks one content in two pieces), not the longer side.
            "Beyond that, he said, the council may raise taxes.",
            "he", "say", "Beyond that, he said, the council may raise taxes",
        ),
        (
            "The new levy, the treasurer said, would hit small farms hardest.",
            "the treasurer", "say",
            "The new levy, the treasurer said, would hit small farms hardest",
        ),
        (
            # Its subject after the verb: the parser makes the name the subject of the clause
            # after it, and the verb has no subject of its own.
            "If rents keep rising, said Ms Okafor, young nurses will leave the city.",
            "Ms Okafor", "say",
            "If rents keep rising, said Ms Okafor, young nurses will leave the city",
        ),
        (
            # The clause it is set in opens right before it: what is said starts after it.
            "Ticket sales are falling because, said the manager, fans prefer to stay at home.",
            "the manager", "say", "fans prefer to stay at home",
        ),
        (
            # The tagger reads "shadow" as a verb with "Tory" its subject: the words after the
            # verb are still the quotation's speaker, not what is said.
            '"The scheme is a sham," said Tory shadow local government minister Peter Marsh.',
            "Tory shadow local government minister Peter Marsh", "say", '"The scheme is a sham,"',
        ),
        (
            # After a comma, a name and its post: a reporting clause at the end, no inset.
            "Prices rose again, said Mark Dunne, an analyst at the bank.",
            "Mark Dunne, an analyst at the bank", "say", "Prices rose again",
        ),
        (
            '"What do we do now?" the coach asked.',
            "the coach", "ask", '"What do we do now?"',
        ),
        (
            "The union has renewed its warning that the mill will shut.",
            "The union", "warning", 'that the mill will shut',
        ),
        # Relative and cleft subjects, inverted and split quotes, labels, passives.
        (
            "Wallonia had help from Greenpeace, which charged that the deal was unfair.",
            "which", "charge", 'that the deal was unfair',
        ),
        (
            "Obama went on to praise Clinton.",
            "Obama", "praise", "Clinton",
        ),
        (
            '"Amazing," responded Abedin when a staffer forwarded her the note.',
            "Abedin", "respond", '"Amazing,"',
        ),
        (
            '"I am not sure. Not sure I believe her," Podesta replied.',
            "Podesta", "reply", '"I am not sure. Not sure I believe her,"',
        ),
        (
            'Howard Kurtz, Fox News: "Trump had his strongest debate performance here."',
            "Howard Kurtz, Fox News", ":", '"Trump had his strongest debate performance here."',
        ),
        (
            "The data was confirmed by strategists in both parties.",
            "strategists in both parties", "confirm", "The data",
        ),
        (
            "In response to the ban, it was users who filed a lawsuit, accusing the state of "
            "violating the constitution.",
            "users", "accuse", "the state of violating the constitution",
        ),
        # Nouns of saying; subjects shared with an infinitive or a participle.
        (
            "Melania Trump made her first public comments about the allegations.",
            "Melania Trump", "comment", "the allegations",
        ),
        (
            "The candidate repeated Clinton's allegations of a vast conspiracy.",
            "Clinton", "allegation", "a vast conspiracy",
        ),
        (
            "The scandal is prompting many Republicans to rebuke their nominee.",
            "many Republicans", "rebuke", "their nominee",
        ),
        (
            "On Sunday, he was in New Mexico, claiming without evidence that the race is tied.",
            "he", "claim", "without evidence that the race is tied",
        ),
        # States of mind, reporting clauses before the content, quotes after a comma.
        (
            "The campaign was optimistic that she would weather the review.",
            "The campaign", "optimistic", 'that she would weather the review',
        ),
        (
            "As Politico reported Tuesday night, the PAC will level the playing field.",
            "Politico", "report", "the PAC will level the playing field",
        ),
        (
            "Clinton is making clear that her top priority is the Senate.",
            "Clinton", "make clear", 'that her top priority is the Senate',
        ),
        (
            "The nominee mockingly responded, “What? Like with a cloth or something?”",
            "The nominee", "respond", '“What? Like with a cloth or something?”',
        ),
        (
            '"Thanks, John!" responded national finance director Dennis Cheng.',
            "national finance director Dennis Cheng", "respond", '"Thanks, John!"',
        ),
        (
            "Hillary Clinton could be impeached if she is elected president, Rep. Mike McCaul "
            "said Wednesday.",
            "Rep. Mike McCaul", "say",
            "Hillary Clinton could be impeached if she is elected president",
        ),
        # Who speaks through a statement; object predicates; 'called for'.
        (
            "Teneo issued a statement saying that the memo was accurate.",
            "Teneo", "say", 'that the memo was accurate',
        ),
        (
            "These are the Republicans who have called for Trump to be replaced as the nominee.",
            "who", "call", "Trump to be replaced as the nominee",
        ),
        (
            "Warren called SEC Chair Mary Jo White the biggest barrier to progress.",
            "Warren", "call", "SEC Chair Mary Jo White the biggest barrier to progress",
        ),
        (
            "Democrats are quick to note that Republicans spent more money.",
            "Democrats", "note", 'that Republicans spent more money',
        ),
        (
            "Mr. Butterfield, noting that the races are close, said the party must act.",
            "Mr. Butterfield", "note", 'that the races are close',
        ),
        # A wire dateline is where the story was filed, not part of who spoke.
        (
            "DENVER (AP) — President Joe Biden on Tuesday accused Republican leaders of blocking"
            " the bill.",
            "President Joe Biden", "accuse", "Republican leaders of blocking the bill",
        ),
        (
            "LONDON (Reuters) — Prime Minister Theresa May on Sunday accused the opposition of"
            " playing politics.",
            "Prime Minister Theresa May", "accuse", "the opposition of playing politics",
        ),
    ],
)  # fmt: skip
def test_attribution(extractor, body, speaker, cue, content):
    assert (speaker, cue, content) in attributed(extractor, body)


def test_pronoun_speaker_resolves_to_the_person(extractor):
    record = extractor.extract_text(
        "Headline\n\nThe plan was presented by President Joe Biden on Friday. "
        "He also added that the data is now stored in Texas."
    )
    person = next(f for f in record.facts if f.type == "entity" and f.name == "Joe Biden")
    claim = next(f for f in record.facts if f.type == "claim" and f.cue == "add")
    assert claim.speaker == "He" and claim.speaker_entity_id == person.entity_id


def test_no_claims_from_questions(extractor):
    record = extractor.extract_text("Headline\n\nWill the deal close in 2021?")
    assert [f for f in record.facts if f.type == "claim"] == []


def test_a_headline_attributes_but_states_no_fact(extractor):
    record = extractor.extract_text(
        "Oracle says it will buy TikTok for $20 billion in 2021\n\nThe board met on Monday."
    )
    claims = [f for f in record.facts if f.type == "claim"]
    assert [(c.claim_type, c.speaker, c.cue, c.content, c.zone) for c in claims] == [
        ("attributed", "Oracle", "say", "it will buy TikTok for $20 billion in 2021", "headline")
    ]


def test_quote_of_several_sentences_is_one_content(extractor):
    body = 'Smith added: "Prices will rise. Nobody can stop that."'
    assert ("Smith", "add", '"Prices will rise. Nobody can stop that."') in attributed(
        extractor, body
    )


def test_passive_this_takes_the_sentence_before(extractor):
    body = "The plant will close next year.\n\nThis was announced by the owner Anna Berg."
    assert ("the owner Anna Berg", "announce", "The plant will close next year") in attributed(
        extractor, body
    )
    record = extractor.extract_text(f"Headline\n\n{body}")
    claim = next(f for f in record.facts if f.type == "claim" and f.cue == "announce")
    # The claim's text is the sentence before, so its sentence and paragraph are that one's.
    assert (claim.paragraph, claim.sentence) == (1, 1)
    assert claim.cue_start > claim.end  # the cue is in the paragraph after it


def test_no_attribution_inside_a_quote_or_another_content(extractor):
    found = attributed(
        extractor,
        '"I think we want a fair deal," Jones said. Lee said he believes the talks will fail.',
    )
    assert [cue for _, cue, _ in found] == ["say", "say"]


@pytest.mark.parametrize(
    ("body", "speaker", "cue", "content"),
    [
        (
            'The minister said: "We will not raise taxes."',
            "The minister", "say", '"We will not raise taxes."',
        ),
        (
            'Smith told reporters on Monday: "That deal is dead."',
            "Smith", "tell", '"That deal is dead."',
        ),
        (
            'The mayor wrote on Twitter: "Fake news!"',
            "The mayor", "write", '"Fake news!"',
        ),
        (
            'In a statement, the bank said: "Rates will stay low. We see no risk."',
            "the bank", "say", '"Rates will stay low. We see no risk."',
        ),
    ],
)  # fmt: skip
def test_colon_introduces_a_direct_quote(extractor, body, speaker, cue, content):
    record = extractor.extract_text(f"Headline\n\n{body}")
    found = [
        (c.speaker, c.cue, c.content, c.quote)
        for c in record.facts
        if c.type == "claim" and c.claim_type == "attributed"
    ]
    assert found == [(speaker, cue, content, "direct")]


def test_quote_goes_on_in_the_next_paragraphs(extractor):
    record = extractor.extract_text(
        "Headline\n\nMayor Anna Berg spoke on Monday. "
        '"We will fight the sale," she said. "It is wrong.\n\n'
        '"The council has no right to sell the park. It belongs to the people.\n\n'
        '"And we will win," she added.\n\n'
        '"Nobody asked us."'
    )
    berg = next(f for f in record.facts if f.type == "entity" and f.name == "Anna Berg")
    found = [
        (c.speaker, c.cue, c.content, c.quote, c.paragraph)
        for c in record.facts
        if c.type == "claim" and c.claim_type == "attributed"
    ]
    assert found == [
        ("she", "say", '"We will fight the sale,"', "direct", 1),
        ("she", "say", "It is wrong", "direct", 1),
        ("she", "say", "The council has no right to sell the park. It belongs to the people",
         "direct", 2),
        # A direct quote is its words as quoted, "And" too.
        ("she", "add", '"And we will win,"', "direct", 3),
        # Closed, but right after her quote: more of it.
        ("she", "add", '"Nobody asked us."', "direct", 4),
    ]  # fmt: skip
    said = [c for c in record.facts if c.type == "claim" and c.cue == "say"]
    assert {(c.cue_start, c.cue_end, c.speaker_entity_id) for c in said} == {
        (said[0].cue_start, said[0].cue_end, berg.entity_id)
    }


def test_quote_opened_after_a_colon_goes_on(extractor):
    found = attributed(
        extractor, 'Jones said: "Prices will rise.\n\n"Nobody can stop that."\n\n"Or this."'
    )
    assert found == [
        ("Jones", "say", "Prices will rise"),
        ("Jones", "say", '"Nobody can stop that."'),
        ("Jones", "say", '"Or this."'),
    ]


def test_no_quote_goes_on_over_a_paragraph_without_one(extractor):
    found = attributed(
        extractor, 'Jones said: "Prices will rise.\n\nThe board met.\n\n"Nobody can stop that."'
    )
    assert found == [("Jones", "say", "Prices will rise")]


def test_locations_are_not_what_is_said(extractor):
    found = attributed(extractor, "Obama responded from the White House on Tuesday.")
    assert found == []


def test_news_confirmed_by_the_company_is_what_the_sentence_before_told(extractor):
    record = extractor.extract_text(
        "Headline\n\nAcme Corp. has moved its data to Texas, Reuters reported on Monday. "
        "The news has been confirmed by the company."
    )
    acme = next(f for f in record.facts if f.type == "entity" and f.name == "Acme")
    claims = [f for f in record.facts if f.type == "claim"]
    assert [(c.speaker, c.cue, c.content) for c in claims] == [
        ("Reuters", "report", "Acme Corp. has moved its data to Texas"),
        ("the company", "confirm", "Acme Corp. has moved its data to Texas"),
    ]
    assert claims[1].speaker_entity_id == acme.entity_id  # the subject, not Reuters
    assert claims[0].id != claims[1].id


def test_a_role_resolves_to_the_person_given_it(extractor):
    record = extractor.extract_text(
        "Headline\n\nThe plan was presented by TikTok CEO Shou Zi Chew on Friday.\n\n"
        "TikTok's boss confirmed that the company is working with Oracle."
    )
    chew = next(f for f in record.facts if f.type == "entity" and f.name == "Shou Zi Chew")
    claim = next(f for f in record.facts if f.type == "claim" and f.cue == "confirm")
    assert claim.speaker == "TikTok's boss" and claim.speaker_entity_id == chew.entity_id


def test_a_nationality_that_modifies_is_no_speaker_entity(extractor):
    record = extractor.extract_text(
        "Headline\n\nChinese authorities said they would oppose a forced sale."
    )
    claim = next(f for f in record.facts if f.type == "claim")
    assert claim.speaker == "Chinese authorities" and claim.speaker_entity_id is None


def test_a_quoted_phrase_in_indirect_speech_is_mixed(extractor):
    record = extractor.extract_text(
        "Headline\n\nOracle said it had agreed to become its “trusted technology provider,” "
        "but the deal still needs approval."
    )
    claim = next(f for f in record.facts if f.type == "claim")
    assert claim.quote == "mixed"
    assert claim.content == "it had agreed to become its “trusted technology provider,”"
    named = extractor.extract_text(
        'Headline\n\nOfficials said the company set up a team called "USDS" in May.'
    )
    assert next(f for f in named.facts if f.type == "claim").quote == "indirect"


def test_a_cue_inside_an_object_is_a_claim_of_its_own(extractor):
    found = attributed(
        extractor, "Republicans condemned the remarks of those who simply criticized them."
    )
    assert [(speaker, cue) for speaker, cue, _ in found] == [
        ("Republicans", "condemn"),
        ("who", "criticize"),
    ]


def test_no_claim_of_a_topic_nobody_holds(extractor):
    found = attributed(extractor, "The move could ease concerns over data integrity.")
    assert found == []


def test_a_topic_that_is_only_whom_it_is_against_says_nothing(extractor):
    body = "Despite the accusations against her, Ms Reyes still runs the charity."
    assert [cue for _, cue, _ in attributed(extractor, body)] == []
    body = "The accusations against the charity were dropped."
    assert attributed(extractor, body) == [(None, "accusation", "the charity")]


@pytest.mark.parametrize(
    "body",
    [
        "Republicans who were turned off by Trump may now show up to vote.",
        "The tax lets businesses write off the value of fixed assets.",
        "A spokeswoman, who spoke on condition of anonymity, was there.",
        "Glorioso reports for the Naples Daily News.",
        "Federal law does not require presidential candidates to disclose their bundlers.",
        "So far this year, the economy is adding roughly 182,000 new jobs a month.",
        # Verbs of how something is said take a clause or a quotation, not an object.
        "Ireland can indeed succeed, but just whisper it.",
        "The winger snapped the ball up and ran.",
        # A feeling with a thing for its object is no view ("feels that ..." is).
        "Farmers will feel the pain of the drought first.",
        "Small firms feel the pressure to cut their prices.",
        # "opposing" before a noun after "with" is the noun's adjective, read as a gerund.
        "Vieira also clashed with opposing skipper Roy Keane and referee Graham Poll had to "
        "separate them.",
    ],
)
def test_cue_words_in_other_senses_obligations_and_increases_are_no_claims(extractor, body):
    assert attributed(extractor, body) == []


def test_a_participle_of_saying_speaks_for_its_noun(extractor):
    found = attributed(
        extractor,
        "Attention now turns to the jobs data, with analysts saying a strong reading will "
        "cement the argument for a rate rise.",
    )
    assert [(speaker, cue) for speaker, cue, _ in found] == [("analysts", "say")]


def test_a_title_case_headline_is_read_in_sentence_case(extractor):
    record = extractor.extract_text(
        "Trump Warns Clinton Policy On Syria Would Lead To War\n\n"
        "Donald Trump spoke in Reno on Monday."
    )
    claims = [f for f in record.facts if f.type == "claim" and f.claim_type == "attributed"]
    assert [(c.speaker, c.cue, c.zone) for c in claims] == [("Trump", "warn", "headline")]
    assert claims[0].content.startswith("Clinton Policy On Syria Would Lead")
    trump = next(f for f in record.facts if f.type == "entity" and f.name == "Donald Trump")
    assert claims[0].speaker_entity_id == trump.entity_id


def test_sentence_case_keeps_offsets_and_acronyms(blank_nlp):
    from factx.extract.headlines import sentence_case

    doc = blank_nlp("FBI Says Clinton Emails Were Not Classified")
    assert sentence_case(doc) == "FBI says clinton emails were not classified"
    assert sentence_case(blank_nlp("Oracle says it will buy TikTok")) is None


def test_appositive_and_unnamed_speakers(extractor):
    record = extractor.extract_text(
        "Headline\n\nHugh Hill, a doctor at the clinic, said the hospital was full. "
        "Officials told Reuters the talks would resume."
    )
    found = [
        (c.speaker, c.speaker_name, c.cue, c.content)
        for c in record.facts
        if c.type == "claim" and c.claim_type == "attributed"
    ]
    assert found == [
        # The comma that closes the apposition is the speaker's (round r53-attr, PolNeAR's way).
        ("Hugh Hill, a doctor at the clinic,", "Hugh Hill", "say", "the hospital was full"),
        ("Officials", None, "tell", "the talks would resume"),
    ]


def test_it_and_they_resolve_only_where_the_text_is_clear(extractor):
    record = extractor.extract_text(
        "Headline\n\nAcme Corp. sued the studio in May. It said the stunt was unsafe.\n\n"
        "The lawsuit was filed in Los Angeles. It states he will need more care. "
        "They say the studio knew. The government said it would look into the case."
    )
    acme = next(f for f in record.facts if f.type == "entity" and f.name == "Acme")
    found = [
        (c.speaker, c.speaker_entity_id)
        for c in record.facts
        if c.type == "claim" and c.claim_type == "attributed"
    ]
    assert found == [
        ("It", acme.entity_id),  # the subject of the sentence before
        ("It", None),  # the lawsuit, which is no entity
        ("They", None),
        ("The government", None),
    ]


def test_the_speaker_is_the_entity_its_head_names(extractor):
    record = extractor.extract_text(
        "Headline\n\nMinister for Children, Young People and Families Margaret Hodge said the "
        "plans were fair. A delegation of north Wales councils lobbied for more funds. "
        "The court in Washington found the case could not be brought."
    )
    found = [
        (c.speaker_name, c.cue)
        for c in record.facts
        if c.type == "claim" and c.claim_type == "attributed"
    ]
    assert found == [("Margaret Hodge", "say"), (None, "lobby"), (None, "find")]


def test_he_is_the_person_who_spoke_last(extractor):
    record = extractor.extract_text(
        "Headline\n\nMartin Mubanga said he was held for three years.\n\n"
        "Fair Trials Abroad director Stephen Jakobi said there were similarities between "
        "Mr Mubanga's account and those of other detainees. He said the pattern was the same."
    )
    said = [
        c.speaker_name for c in record.facts if c.type == "claim" and c.claim_type == "attributed"
    ]
    assert said == ["Martin Mubanga", "Stephen Jakobi", "Stephen Jakobi"]


def test_an_inverted_clause_after_a_quote_says_that_quote(extractor):
    # The colon of a book title after the speaker's name introduces nothing he said.
    body = (
        '"We are seeing a backlash," said Alden, author of the book "Failure to Adjust: How '
        'Americans Got Left Behind."'
    )
    assert [(cue, content) for _, cue, content in attributed(extractor, body)] == [
        ("say", '"We are seeing a backlash,"')
    ]


def test_a_gerund_that_modifies_a_noun_is_no_cue(extractor):
    body = (
        "Research undertaken for voting watchdog the Electoral Commission found that people "
        "were confused."
    )
    assert [cue for _, cue, _ in attributed(extractor, body)] == ["find"]


def test_a_quote_two_clauses_share_is_split_where_it_reopens(extractor):
    body = (
        'Sam Younger said: "We know young people feel disengaged. "Mock elections can play a '
        'valuable role," he said.'
    )
    assert attributed(extractor, body) == [
        ("Sam Younger", "say", "We know young people feel disengaged"),
        ("he", "say", '"Mock elections can play a valuable role,"'),
    ]


def test_a_passive_charge_has_a_content_and_no_speaker(extractor):
    body = "Senator Strom Thurmond was accused of trying to grope a colleague in an elevator."
    assert attributed(extractor, body) == [
        (None, "accuse", "trying to grope a colleague in an elevator")
    ]


def test_a_relative_pronoun_speaks_for_its_noun(extractor):
    record = extractor.extract_text(
        "Headline\n\nWallonia had help from Greenpeace, which charged that the deal was unfair."
    )
    claim = next(f for f in record.facts if f.type == "claim" and f.cue == "charge")
    # The speaker is the pronoun, as annotators mark it; whom it names is its noun.
    assert (claim.speaker, claim.speaker_name) == ("which", "Greenpeace")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Obama relied on just 769 bundlers in his 2012 re-election, 92 of whom came from the "
            "securities industry, the center's data show.",
            [("the center's data", "show", "Obama relied on just 769 bundlers in his 2012 "
              "re-election, 92 of whom came from the securities industry")],
        ),
        (
            "Clinton's bid has drawn more support from Wall Street than Obama received four "
            "years ago, a new analysis shows.",
            [("a new analysis", "show", "Clinton's bid has drawn more support from Wall Street "
              "than Obama received four years ago")],
        ),
        (
            '"Is the issue that she\'s doing too much? Too little?" asked campaign manager '
            "Robby Mook.",
            [("campaign manager Robby Mook", "ask", "\"Is the issue that she's doing too much? "
              "Too little?\"")],
        ),
        ("He was a guest on the Daily Show. The host loved the TV show.", []),
    ],
)  # fmt: skip
def test_reporting_clauses_the_parser_misreads(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "McCaul: If elected, Hillary Clinton could be impeached",
            [("McCaul", ":", "If elected, Hillary Clinton could be impeached")],
        ),
        (
            "Black Democrats to Hillary Clinton: Send Money to Take Congress",
            [("Black Democrats", ":", "Send Money to Take Congress")],
        ),
        (
            "Justice Department pledges quick work on renewed Clinton email probe",
            [("Justice Department", "pledge", "quick work on renewed Clinton email probe")],
        ),
        ("U.S. adds 156,000 jobs; unemployment rate ticks up to 5 percent", []),
        ("Analysis: Trump Has a Bad Week in Ohio", []),
        # A BBC kind of article, not who speaks.
        ("Q&A: Malcolm Glazer and Man Utd", []),
        ("Obituary: Dame Alicia Markova", []),
        ("Preview: Ireland v England (Sun)", []),
        ("Markets fall: a bad week for stocks in Asia", []),
    ],
)
def test_a_headline_label_or_name_says_what_follows(extractor, headline, expected):
    record = extractor.extract_text(f"{headline}\n\nThe board met on Monday.")
    claims = [c for c in record.facts if c.type == "claim" and c.zone == "headline"]
    assert [(c.speaker, c.cue, c.content) for c in claims] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On RT, the West is portrayed as grim and divided.",
            [(None, "portray", "the West is portrayed as grim and divided")],
        ),
        (
            "Clinton is considered the more market-friendly outcome.",
            [(None, "consider", "Clinton is considered the more market-friendly outcome")],
        ),
        ("Trump has lost what was once considered an unassailable lead.", []),
        (
            "Prince Saud has been reported as saying that women will be employed.",
            [
                (None, "report", "that women will be employed"),
                (None, "say", "that women will be employed"),
            ],
        ),
        ("The deal was reported on Monday.", []),
    ],
)
def test_a_view_held_by_nobody_named_is_the_whole_clause(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Only with an "as" phrase do these verbs say what someone holds a thing to be.
        (
            "Critics see the plan as a tax on the poor.",
            [("Critics", "see", "the plan as a tax on the poor")],
        ),
        (
            "The broadcaster presents itself as an alternative to the Western media.",
            [("The broadcaster", "present", "itself as an alternative to the Western media")],
        ),
        (
            "The union framed the strike as a fight for jobs.",
            [("The union", "frame", "the strike as a fight for jobs")],
        ),
        # The passive with nobody named: nobody's view, the whole clause.
        (
            "China is seen as the main culprit.",
            [(None, "see", "China is seen as the main culprit")],
        ),
        (
            "She was seen as a reformer by many voters.",
            [("many voters", "see", "She was seen as a reformer")],
        ),
        (
            "Critics view the plan as a tax on the poor.",
            [("Critics", "view", "the plan as a tax on the poor")],
        ),
        ("We saw the film on Friday.", []),
        ("Stations in the US managed to view the site with no problems.", []),
        ("The firm saw its shares as low as 5p.", []),  # a comparison
        ("He presented the trophy as the crowd cheered.", []),  # a clause of when
        ("Trump, who is seen as a loose cannon, lost the debate.", []),  # of Trump, not "who"
    ],
)
def test_a_verb_with_an_as_phrase_says_what_a_thing_is_held_to_be(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # What one hopes or fears for is what the hope or fear holds.
        (
            "The polls are raising Democratic hopes for an Electoral College landslide.",
            [("Democratic", "hope", "an Electoral College landslide")],
        ),
        ("There are fears for the safety of the crew.", [(None, "fear", "the safety of the crew")]),
        # Not every noun: "bad news for Trump" is not what the news says.
        ("It was bad news for Trump.", []),
    ],
)
def test_a_hope_or_fear_for_something_holds_it(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A noun of saying as the subject of "is": its "that" clause is what is said.
        (
            "His view is that the tax will hurt the poor.",
            [("His", "view", "that the tax will hurt the poor")],
        ),
        (
            "The government's position is that the war was legal.",
            [("The government", "position", "that the war was legal")],
        ),
        ("The suggestion is that Blair will quit.", [(None, "suggestion", "that Blair will quit")]),
        # A defence or an excuse someone gives, theirs, not the clause's subject's.
        (
            "RT's defense has been that its viewers expect alternative viewpoints.",
            [("RT", "defense", "that its viewers expect alternative viewpoints")],
        ),
        ("The explanation is that the pipe burst.", []),
        # "position", "point" say something only so, and only with an owner.
        ("The point is that nobody knows.", []),
        ("His position on tax is unclear.", []),
        ("The problem is that the club has no money.", []),
    ],
)
def test_a_noun_of_saying_before_is_that_says_the_clause(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Whose view a clause is, said before it, as "according to X" says it.
        ("In his view, the plan will fail.", [("his", "in view", "the plan will fail")]),
        (
            "In the minister's opinion, taxes must rise.",
            [("the minister", "in opinion", "taxes must rise")],
        ),
        (
            "In the eyes of many voters, Blair is a liar.",
            [("many voters", "in eyes", "Blair is a liar")],
        ),
        # To the end of its clause, not past a semicolon.
        (
            "In RT's coverage, Russia seems to brim with tolerance; Putin is depicted as a hero.",
            [
                ("RT", "in coverage", "Russia seems to brim with tolerance"),
                (None, "depict", "Putin is depicted as a hero"),
            ],
        ),
        ("In view of the costs, the plan was dropped.", []),  # because of them, nobody's view
        ("In the end, the plan was dropped.", []),
        ("Profits, in the chairman's view, will rise.", []),  # not opening its clause
    ],
)
def test_in_someones_view_says_whose_the_clause_is(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The parser makes a bare answer an interjection: it is still what is said.
        ("Of 48 chambers that responded, only 28 said yes.", [("only 28", "say", "yes")]),
        ("The board said no to the plan.", [("The board", "say", "no to the plan")]),
        # Not the determiner of a clause's subject: the clause is what is said.
        (
            "Seattle officials said no such deal had been offered.",
            [("Seattle officials", "say", "no such deal had been offered")],
        ),
    ],
)
def test_a_bare_yes_or_no_is_what_is_said(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A concession that reports someone else's saying is the writer's, and theirs.
        (
            "The firm said profits rose, although analysts say the figures are misleading.",
            [
                ("The firm", "say", "profits rose"),
                ("analysts", "say", "the figures are misleading"),
            ],
        ),
        # One that does not is part of what is said.
        (
            "He said he would run, though he had not decided when.",
            [("He", "say", "he would run, though he had not decided when")],
        ),
    ],
)
def test_a_concession_reporting_another_saying_ends_the_content(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Someone's noun of saying, a colon and what is said: the owner says it.
        ('Abedin\'s succinct reply: "JEB BUSH."', [("Abedin", "reply", '"JEB BUSH."')]),
        (
            "The minister's verdict: it is a disaster.",
            [("The minister", "verdict", "it is a disaster")],
        ),
        ("The company's results: profits up 5%.", []),  # results say nothing
    ],
)
def test_someones_noun_of_saying_and_a_colon_says_what_follows(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "What X said was that ...": the clause after "was" is what X said.
        ("What he said was that the deal was dead.", [("he", "say", "that the deal was dead")]),
        (
            "What we know is this: public opinion doesn't swing wildly in the final days.",
            [("we", "know", "public opinion doesn't swing wildly in the final days")],
        ),
        ("What happened was that the deal collapsed.", []),  # no verb of saying
        ("What he said was untrue.", []),  # what he said is judged, not told
    ],
)
def test_what_someone_said_is_what_follows_is_that(extractor, body, expected):
    assert attributed(extractor, body) == expected


def test_a_clause_after_a_quote_says_the_quote_not_the_sentence_before_it(extractor):
    body = (
        "Representative Ann Kuster kept silent for nearly 40 years: \"My husband didn't know, "
        "my children didn't know,\" she said."
    )
    assert attributed(extractor, body) == [
        ("she", "say", "\"My husband didn't know, my children didn't know,\"")
    ]


def test_a_phrase_of_when_is_not_part_of_what_is_said(extractor):
    body = (
        "During the debate, Trump labeled Clinton the worst abuser in the history of politics "
        'after dismissing the language in his video as "locker-room talk."'
    )
    found = [(cue, content) for _, cue, content in attributed(extractor, body)]
    assert ("label", "Clinton the worst abuser in the history of politics") in found
    assert any(cue == "dismiss" for cue, _ in found)  # a claim of its own, no longer nested


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "More than 10 women have accused the candidate of groping them - accusations that "
            "he too has denied.",
            [("More than 10 women", "accuse")],
        ),
        (
            "Forty-one percent of respondents say the comments are unacceptable, while 31 "
            "percent call them typical.",
            [("Forty-one percent of respondents", "say"), ("31 percent", "call")],
        ),
        ("Two new polls show Trump up by 4 points in Ohio.", [("Two new polls", "show")]),
        ("Shares showed gains of 4.5% on Monday.", []),
    ],
)
def test_relative_clauses_contrasts_and_what_polls_show(extractor, body, expected):
    assert [(speaker, cue) for speaker, cue, _ in attributed(extractor, body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "John Podesta told NBC's “Meet the Press” that the campaign believes Clinton will "
            "win Nevada.",
            [("John Podesta", "tell", "that the campaign believes Clinton will win Nevada")],
        ),
        (
            'Kellyanne Conway acknowledged on NBC\'s "Meet the Press" that Mr. Trump was trailing.',
            [("Kellyanne Conway", "acknowledge", "that Mr. Trump was trailing")],
        ),
        (
            "Polls swing like a pendulum. There are lots of reasons for that, some of which we "
            "don't even completely understand.",
            [],
        ),
    ],
)
def test_a_that_clause_after_a_quoted_title_is_what_is_said(extractor, body, expected):
    assert attributed(extractor, body) == expected


def test_a_noun_of_aim_holds_its_infinitive(extractor):
    body = "Mrs. Clinton's proposals to increase taxes on the rich would not affect him."
    assert ("Mrs. Clinton", "proposal", "to increase taxes on the rich") in attributed(
        extractor, body
    )
    assert attributed(extractor, "He has a plan to win.") == []


def test_a_participle_that_opens_the_sentence_is_its_subjects(extractor):
    body = 'Calling Deborah Ross "exactly the kind of partner I need," Mrs. Clinton attacked Burr.'
    found = attributed(extractor, body)
    assert [(speaker, cue) for speaker, cue, _ in found][:1] == [("Mrs. Clinton", "call")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "It is still unknown if there are more details to come.",
            [(None, "unknown", "if there are more details to come")],
        ),
        ("It is unclear.", []),
    ],
)
def test_an_open_question_is_reported_with_no_speaker(extractor, body, expected):
    assert attributed(extractor, body) == expected


def test_a_quote_goes_on_from_the_last_one_only_across_its_reporting_clause(extractor):
    # Another attribution stands between: the quotation goes on with the nearest speech.
    body = '"Assad is secondary," he said. Trump knocked Clinton on Russia. "Nobody asked us."'
    assert attributed(extractor, body) == [
        ("he", "say", '"Assad is secondary,"'),
        ("Trump", "knock", "Clinton on Russia"),
        ("Trump", "knock", '"Nobody asked us."'),
    ]
    # A sentence of its own stands between: nobody's.
    body = '"Assad is secondary," he said. The talks ended. "Nobody asked us."'
    assert attributed(extractor, body) == [("he", "say", '"Assad is secondary,"')]


def test_a_quote_after_an_abbreviation_that_ends_the_clause_is_not_its_content(extractor):
    # The parser does not split the sentence after "A.F.L.-C.I.O.": the clause still says the
    # quotation before it, and the one after goes on from it.
    body = (
        '"Even if the race tightens, she will still win," said Ann Cole, the research director '
        'of the A.F.L.-C.I.O. "We have seen that her support is solid in enough states."'
    )
    found = attributed(extractor, body)
    assert [(speaker.split(",")[0], cue) for speaker, cue, _ in found] == [("Ann Cole", "say")]
    content = found[0][2]
    assert content.startswith('"Even if the race tightens, she will still win,"')
    assert content.endswith('her support is solid in enough states."')


def test_a_paragraph_opening_with_a_quote_goes_on_from_the_quote_that_ended_the_last_one(extractor):
    record = extractor.extract_text(
        "Headline\n\nTickets sold out in four days. Anna Berg, head of the organisers, said the "
        'event would be the best yet. "We expected it to sell fast, but not this fast," Ms Berg '
        'said.\n\n"We are proud of the fans and will deliver a great show in July." More than 120 '
        "acts will play.\n\n"
        '"Nobody saw this coming." Prices rose.'
    )
    found = [
        (c.speaker, c.cue, c.content, c.quote, c.paragraph)
        for c in record.facts
        if c.type == "claim" and c.claim_type == "attributed"
    ]
    assert found[-2:] == [
        ("Ms Berg", "say", '"We expected it to sell fast, but not this fast,"', "direct", 1),
        ("Ms Berg", "say", '"We are proud of the fans and will deliver a great show in July."',
         "direct", 2),
    ]  # fmt: skip
    # The paragraph between ends with no one's quote: the last quotation is nobody's.
    assert not any(c.type == "claim" and c.paragraph == 3 and c.speaker for c in record.facts)


def test_a_quoted_phrase_before_its_reporting_clause_is_part_of_the_content(extractor):
    body = 'The aid package would "create a better climate for growers," Mr Smith said.'
    assert attributed(extractor, body) == [
        ("Mr Smith", "say", 'The aid package would "create a better climate for growers,"')
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The group posted another batch of hacked emails to its website.",
            [("The group", "post", "another batch of hacked emails to its website")],
        ),
        (
            "The senator delivered much the same message in Ohio.",
            [("The senator", "deliver", "much the same message in Ohio")],
        ),
        # What a message is about is what it says.
        (
            "The senator delivered a closing message about unity.",
            [("The senator", "message", "unity")],
        ),
        ("The bank posted a profit of $2bn on Monday.", []),
        ("The carmaker delivered 20,000 cars in May.", []),
        (
            "The State Department on Thursday dropped more than 1,000 pages of her emails.",
            [("The State Department", "drop", "more than 1,000 pages of her emails")],
        ),
        ("Shares dropped 5% on Monday.", []),
        ("The firm dropped its plans for a merger.", []),
    ],
)
def test_verbs_of_publishing_say_what_they_put_out_only_if_it_is_a_text(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A firm recalls goods; a person recalls what happened.
        ("General Motors is recalling 19,924 Cadillac coupes because of faulty belts.", []),
        (
            "He recalled how Bill Clinton once advised him on the campaign.",
            [("He", "recall", "how Bill Clinton once advised him on the campaign")],
        ),
        (
            "Mr Smith recalled that the plant had closed in 1998.",
            [("Mr Smith", "recall", "that the plant had closed in 1998")],
        ),
        # What is hard for someone is no finding; what a survey found is.
        ("Many small firms find it hard to invest in new technology.", []),
        (
            "The survey found that output had risen by the fastest rate in seven years.",
            [("The survey", "find", "that output had risen by the fastest rate in seven years")],
        ),
    ],
)
def test_recall_and_find_say_something_only_in_their_sense_of_saying(extractor, body, expected):
    assert attributed(extractor, body) == expected


def test_a_cue_in_a_when_clause_says_its_object_not_the_clause_before(extractor):
    body = "The rules became clearer when she asked the chairman his advice on the budget."
    assert attributed(extractor, body) == [("she", "ask", "the chairman his advice on the budget")]


def test_a_content_does_not_end_in_a_conjunction_but_keeps_its_percent_sign(blank_nlp):
    from factx.extract.attribution import trim_tokens

    doc = blank_nlp("the board's reaction and")
    assert trim_tokens(doc[:]) == (0, 4)
    doc = blank_nlp("sales grew 30%.")
    assert doc[slice(*trim_tokens(doc[:]))].text == "sales grew 30%"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Boss Alex Smith accepted the referee had no option but to send him off.",
            [("Boss Alex Smith", "accept", "the referee had no option but to send him off")],
        ),
        ("The club accepted the offer on Monday.", []),
        (
            "The firm promised no jobs would be lost as a result of the new machines.",
            [("The firm", "promise", "no jobs would be lost as a result of the new machines")],
        ),
    ],
)
def test_a_clause_whose_subject_the_parser_took_for_the_cues_object(extractor, body, expected):
    assert attributed(extractor, body) == expected


def test_a_clause_the_parser_split_between_the_cues_object_and_the_verb_before(extractor):
    # The parser hangs "were empty" on "condemned" as a clause with no subject, and makes "the
    # promises ..." the object of "complained": what he complained is the whole clause.
    body = (
        "Former Liberal Democrat leader Charles Kennedy, one of the chief critics of the plans, "
        'condemned the debate as a "charade" and complained the promises of changes to the bill '
        "were empty."
    )
    speaker = (  # with its closing comma, as every cue of "condemned" has it (round r53-attr)
        "Former Liberal Democrat leader Charles Kennedy, one of the chief critics of the plans,"
    )
    assert (speaker, "complain", "the promises of changes to the bill were empty") in attributed(
        extractor, body
    )


def test_a_second_reporting_clause_joined_by_and_is_a_claim_of_its_own(extractor):
    body = (
        "The council said the bridge would reopen in May and engineers say the repairs are on "
        "schedule."
    )
    assert attributed(extractor, body) == [
        ("The council", "say", "the bridge would reopen in May"),
        ("engineers", "say", "the repairs are on schedule"),
    ]
    # A share of a finding's whole, after "and", is part of the finding.
    body = (
        "A study of the 1998 Carlisle floods, from the research centre at the University of Leeds, "
        "found 70% of local shops were no worse off after the disaster, and another 18% felt "
        "themselves better off."
    )
    ((_, cue, content),) = attributed(extractor, body)
    assert cue == "find" and content.endswith("and another 18% felt themselves better off")


def test_a_subjectless_clause_after_a_relative_clause_goes_on_the_content(extractor):
    # The parser makes "details of which will be released" the content and hangs "was a
    # chance to grow" on the cue with no subject of its own.
    body = (
        "Company spokesman John Lowe said the deal, details of which will be released next "
        "month, was a chance to grow."
    )
    assert attributed(extractor, body) == [
        (
            "Company spokesman John Lowe",
            "say",
            "the deal, details of which will be released next month, was a chance to grow",
        )
    ]


def test_according_to_after_a_quotation_says_that_quotation(extractor):
    # One paragraph of lines, as some sites print them: the parser runs the lines together.
    body = (
        '"You cannot run a business if you cannot handle, like, you know."\nFraud is against '
        'the law in the U.S.\u00a0"It is illegal to mislead an investor in any way," according '
        "to the Securities Commission."
    )
    assert (
        "the Securities Commission",
        "according to",
        '"It is illegal to mislead an investor in any way,"',
    ) in attributed(extractor, body)


def test_that_and_a_comma_after_the_cue_open_the_clause_the_parser_made_the_root(extractor):
    body = (
        "Republicans calculated that, given the head winds their incumbents faced this year, "
        "they needed to spend their money earlier than usual."
    )
    assert attributed(extractor, body) == [
        (
            "Republicans",
            "calculate",
            "given the head winds their incumbents faced this year, they needed to spend their "
            "money earlier than usual",
        )
    ]


def test_a_speaker_does_not_end_in_a_conjunction(extractor):
    body = (
        "Sales rose 5% in May. The data was confirmed by strategists in both parties and in "
        "some cases updated."
    )
    assert [speaker for speaker, _, _ in attributed(extractor, body)] == [
        "strategists in both parties"
    ]


# Findings that polls report with no verb of saying (factx/extract/polls.py).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Smith is up in most of the polls.",
            [("most of the polls", "in", "Smith is up")],
        ),
        (
            "A poll by Quinnipiac had Jones leading Smith by 48% to 42%.",
            [("A poll by Quinnipiac", "have", "Jones leading Smith by 48% to 42%")],
        ),
        (
            "The latest survey gave Smith a two-point lead in Iowa.",
            [("The latest survey", "give", "Smith a two-point lead in Iowa")],
        ),
    ],
)
def test_what_a_poll_finds_is_the_polls_claim(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The poll has a margin of error of 3 points.",
        "The survey gives no details of the sample.",
        "Sales rose in the survey period.",
    ],
)
def test_a_poll_that_finds_nothing_says_nothing(extractor, body):
    assert attributed(extractor, body) == []


def test_a_percent_sign_ends_a_content(extractor):
    assert attributed(extractor, "Reuters reported that revenue grew 30%.") == [
        ("Reuters", "report", "that revenue grew 30%")
    ]


def test_a_quote_opened_in_the_content_goes_on_past_the_sentence_end(extractor):
    body = (
        'The firm said the ruling would "make our plans more difficult. We will appeal it in '
        'the spring."'
    )
    found = attributed(extractor, body)
    assert [(speaker, cue) for speaker, cue, _ in found] == [("The firm", "say")]
    assert found[0][2].startswith("the ruling would")
    assert "We will appeal it in the spring" in found[0][2]


def test_a_speaker_does_not_end_in_a_no_break_space(extractor):
    body = "Isikoff\u00a0told\u00a0Sidewire\u00a0on\u00a0Thursday that the video had been edited."
    assert [speaker for speaker, _, _ in attributed(extractor, body)] == ["Isikoff"]


def test_a_verb_with_an_object_of_its_own_does_not_say_the_quotation_before_it(extractor):
    body = (
        '"We are moving to a simpler structure," Mr Burgmans said. "This is a natural step." '
        "The company will announce the location of its head office at a later date."
    )
    found = attributed(extractor, body)
    assert [(speaker, cue, content.split(" at ")[0]) for speaker, cue, content in found][1:] == [
        ("The company", "announce", "the location of its head office")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The “Lanny” referred to in the email is Lanny Davis.",
        "The company referred to in the report is Acme.",
    ],
)
def test_what_is_referred_to_is_no_claim(extractor, body):
    assert attributed(extractor, body) == []


def test_what_someone_is_asked_to_explain_is_not_yet_said(extractor):
    body = (
        "Last week I asked both the Trump and Clinton campaigns to explain how they would "
        "overhaul the tax code."
    )
    assert [cue for _, cue, _ in attributed(extractor, body)] == ["ask"]


def test_a_statement_saying_something_is_one_claim_of_what_it_says(extractor):
    body = "Pence released an extraordinary statement saying he did not condone the remarks."
    assert [(cue, content) for _, cue, content in attributed(extractor, body)] == [
        ("say", "he did not condone the remarks")
    ]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("The plan, which was announced by the minister in May, will cost £2bn.", "The plan"),
        (
            "Mr Smith, 57, whose retirement was announced by the minister in November, is "
            "made a Commander of the Order of Bath.",
            "Mr Smith, 57, whose retirement",
        ),
    ],
)
def test_what_a_relative_passive_announces_is_its_noun_not_the_pronoun(extractor, body, content):
    assert [(cue, found) for _, cue, found in attributed(extractor, body)] == [
        ("announce", content)
    ]


def test_an_object_content_ends_before_someone_else_saying_something(extractor):
    body = (
        "Downing Street defended the decision to honour both men, with a spokesperson saying: "
        '"You have to look at their whole career."'
    )
    assert attributed(extractor, body) == [
        ("Downing Street", "defend", "the decision to honour both men"),
        ("a spokesperson", "say", '"You have to look at their whole career."'),
    ]


def test_a_cue_inside_what_another_charges_is_no_claim_of_its_own(extractor):
    body = (
        "The Obama administration on Friday officially accused Russia of attempting to "
        "interfere in the 2016 elections."
    )
    assert [(speaker, cue) for speaker, cue, _ in attributed(extractor, body)] == [
        ("The Obama administration", "accuse")
    ]


def test_a_refusal_is_a_cue_with_its_stance(extractor):
    record = extractor.extract_text(
        "Headline\n\nSome men in Congress refuse to be alone with a woman when the door is closed."
    )
    found = [
        (c.cue, c.content, c.polarity, c.modality)
        for c in record.facts
        if c.type == "claim" and c.claim_type == "attributed"
    ]
    assert found == [
        ("refuse", "to be alone with a woman when the door is closed", "negative", "refused")
    ]


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        # What a refused comment was about is no content of a comment: the refusal is the
        # claim, as "declined to comment on the memo" is.
        ("He refused to comment on the reports.", "refuse", "to comment on the reports"),
        ("The firm declined to comment on the letter.", "decline", "to comment on the letter"),
        # A deed refused is that deed, negated: what was not agreed to is no topic.
        ("The Soviet Union refused to agree to the deal.", "agree", "the deal"),
        # A clause after the preposition is what was not said.
        (
            "He refused to comment on whether he would resign.",
            "comment",
            "whether he would resign",
        ),
    ],
)
def test_a_refused_comment_is_the_refusal(extractor, body, cue, content):
    assert [(found, what) for _, found, what in attributed(extractor, body)] == [(cue, content)]


def test_a_passive_clause_after_a_noun_of_saying_is_what_is_said(extractor):
    body = "Parry's insistence that all offers will be refused is a firm statement of intent."
    assert attributed(extractor, body) == [
        ("Parry", "insistence", "that all offers will be refused")
    ]


def test_what_a_thing_does_in_someone_elses_claim_is_how_they_describe_it(extractor):
    body = "Critics call it a Kremlin-financed mouthpiece that seeks to create an alternative."
    assert [(speaker, cue) for speaker, cue, _ in attributed(extractor, body)] == [
        ("Critics", "call")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Speaking on BBC Radio 4, Mr Smith said the plan would fail.",
        "Speaking on German TV, Mr Smith said the plan would fail.",
    ],
)
def test_where_someone_speaks_is_not_what_they_say(extractor, body):
    assert attributed(extractor, body) == [("Mr Smith", "say", "the plan would fail")]


def test_what_someone_comments_on_is_what_they_say(extractor):
    found = attributed(extractor, "She commented on the interview with Mr Trump.")
    assert found == [("She", "comment", "the interview with Mr Trump")]


def test_calling_on_someone_says_whom_and_to_do_what(extractor):
    # "to denounce" is no claim of Phillips's: he calls on Mr Clarke to denounce it.
    record = extractor.extract_text(
        "Headline\n\nTrevor Phillips, chairman of the Commission for Racial Equality, called on"
        " Mr Clarke to denounce the suggestion.\n\nOn Friday, the Cardinal will ask the"
        " congregation to search for peace."
    )
    found = [(c.cue, c.content) for c in record.facts if c.type == "claim" and c.cue]
    assert found == [
        ("call", "Mr Clarke to denounce the suggestion"),
        ("ask", "to search for peace"),  # "On Friday" is no "call on"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Whom asked, in a "with" phrase, and what to do, an infinitive the parser hangs off the
        # verb: the claim was lost, "plead" having no object or clause of its own.
        (
            "Ministers have pleaded with the public to stay at home.",
            [("Ministers", "plead", "the public to stay at home")],
        ),
        # The parser makes whom the subject of an infinitive clause of "with".
        (
            "Mrs. Clinton has been pleading with core Democratic voters to get out and vote.",
            [("Mrs. Clinton", "plead", "core Democratic voters to get out and vote")],
        ),
        (
            "Police leaned on witnesses to change their statements.",
            [("Police", "lean", "witnesses to change their statements")],
        ),
        # Pleading with someone and nothing to do: nothing said.
        ("He pleaded with the judge.", []),
    ],
)
def test_pleading_with_someone_says_whom_and_to_do_what(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # The participle is hung inside the clause "seeks" reports; it is an attribution of
            # its own, by the same speaker, not part of what she seeks.
            "With a lead in the final stretch, Clinton seeks to run up her margin of victory,"
            " anticipating a divisive atmosphere in Congress.",
            [
                ("Clinton", "seek", "to run up her margin of victory"),
                ("Clinton", "anticipate", "a divisive atmosphere in Congress"),
            ],
        ),
        (
            # Who adds or cites is who said the clause, not the clause's subject.
            "The company said profits rose 5% in the year, citing strong demand in Asia.",
            [
                ("The company", "say", "profits rose 5% in the year"),
                ("The company", "cite", "strong demand in Asia"),
            ],
        ),
    ],
)
def test_a_participle_of_saying_after_a_content_is_a_claim_of_its_own(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Band memo disclosed by WikiLeaks on Wednesday made no direct reference to her.",
            [("WikiLeaks", "disclose", "The Band memo")],
        ),
        (
            'In all, her 1,370 fundraisers, dubbed "Hillblazers" by the campaign, have raised'
            " $137 million.",
            [("the campaign", "dub", '"Hillblazers"')],
        ),
        # A participle that names a deed done to the noun says nothing of it.
        ("The strike, called by the Public and Commercial Services Union, was the biggest.", []),
        ("The man wanted by police was arrested on Friday.", []),
        # Nor does one whose noun is who speaks: the official is quoted, not said.
        (
            "One official quoted by the paper said the talks had failed.",
            [("One official quoted by the paper", "say", "the talks had failed")],
        ),
    ],
)
def test_a_participle_with_its_agent_says_the_noun_it_follows(extractor, body, expected):
    assert attributed(extractor, body) == expected


def test_an_object_ends_before_a_relative_clause_that_reports_a_saying(extractor):
    # What "he said" is a claim of its own; whom Trump slammed is the object alone.
    body = "Trump also slammed other Republicans, who he said are far less loyal than Democrats."
    assert attributed(extractor, body) == [
        ("Trump", "slam", "other Republicans"),
        ("he", "say", "are far less loyal than Democrats"),
    ]
    body = "The minister praised the scheme, which was launched in May."
    assert attributed(extractor, body) == [
        ("The minister", "praise", "the scheme, which was launched in May")
    ]


def test_a_clause_of_what_is_shown_is_no_reporting_clause_after_its_content(extractor):
    # "he reported a loss" is what the returns show; only a clause set off by punctuation
    # after its content reports it ("Sales fell, Reuters reported").
    body = "Leaked tax returns that showed he reported a $916 million loss in 1995 hurt him."
    assert attributed(extractor, body) == [
        ("that", "show", "he reported a $916 million loss in 1995")
    ]
    body = "House prices have risen 0.9% this year, Nationwide said."
    assert attributed(extractor, body) == [
        ("Nationwide", "say", "House prices have risen 0.9% this year")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Clinton moved on Sunday to press her advantage in the presidential race.", []),
        ("MPs pressed for a public inquiry.", [("MPs", "press", "a public inquiry")]),
    ],
)
def test_pressing_a_thing_urges_nobody(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        'Mr Smith said the firm would cut jobs. "We have had a tough year. We must act."',
        'Mr Smith said the firm would cut jobs.\n\n"We have had a tough year. We must act."',
    ],
)
def test_a_quotation_after_an_indirect_attribution_goes_on_with_its_speech(extractor, body):
    record = extractor.extract_text(f"Headline\n\n{body}")
    claims = [(c.claim_type, c.speaker, c.cue, c.content, c.quote)
              for c in record.facts if c.type == "claim"]  # fmt: skip
    assert claims == [
        ("attributed", "Mr Smith", "say", "the firm would cut jobs", "indirect"),
        ("attributed", "Mr Smith", "say", '"We have had a tough year. We must act."', "direct"),
    ]


@pytest.mark.parametrize(
    "after",
    [
        '"Big Brother" is a show on Channel 4.',  # a title, no speech
        'Shares fell. "We have had a tough year."',  # a sentence of its own stands between
    ],
)
def test_a_scare_quote_or_a_sentence_between_goes_on_with_no_speech(extractor, after):
    body = f"Mr Smith said the firm would cut jobs. {after}"
    assert attributed(extractor, body) == [("Mr Smith", "say", "the firm would cut jobs")]


def test_a_quotation_with_its_clause_after_it_is_that_clause_s(extractor):
    # "he will say before arguing X": the parse gives "say" another content; the quotation
    # before it is still its own, not a run of the attribution before.
    body = (
        "Mr Howard will acknowledge that discrimination still exists. "
        '"People from ethnic communities still earn less," he will say before arguing the '
        'answer was "free enterprise".'
    )
    said = '"People from ethnic communities still earn less,"'
    found = attributed(extractor, body)
    assert ("he", "say", said) in found
    assert ("Mr Howard", "acknowledge", said) not in found


def test_a_quotation_of_several_sentences_before_its_clause_is_one_claim(extractor):
    body = '"We have had a tough year. Sales fell. We must act," said Mr Smith.'
    assert attributed(extractor, body) == [
        ("Mr Smith", "say", '"We have had a tough year. Sales fell. We must act,"')
    ]


def test_the_sentences_of_a_quotation_before_its_clause_are_no_factual_claims(extractor):
    record = extractor.extract_text(
        'Headline\n\n"Sales fell 20% to $5bn in 2004. Profits dropped 10% to $1bn. We must act," '
        "said Mr Smith."
    )
    claims = [(c.claim_type, c.content) for c in record.facts if c.type == "claim"]
    assert claims == [
        (
            "attributed",
            '"Sales fell 20% to $5bn in 2004. Profits dropped 10% to $1bn. We must act,"',
        )
    ]


def test_a_content_that_begins_inside_a_quotation_takes_all_of_it(extractor):
    # The parser splits the quotation: the clause's content began at its second sentence.
    body = (
        '"The slump in the German economy came to an end in 2004. But the upturn is still not '
        'strong enough" to boost the labour market, Mr Weise added.'
    )
    record = extractor.extract_text(f"Headline\n\n{body}")
    claims = [(c.claim_type, c.quote, c.content) for c in record.facts if c.type == "claim"]
    assert claims == [("attributed", "mixed", body[: body.index(", Mr Weise")])]


def test_a_quotation_in_the_sentence_of_an_indirect_content_is_part_of_it(extractor):
    body = 'He added that his government was close to achieving: "The best deal in history."'
    record = extractor.extract_text(f"Headline\n\n{body}")
    claims = [(c.speaker, c.quote, c.content) for c in record.facts if c.type == "claim"]
    assert claims == [
        ("He", "mixed", 'that his government was close to achieving: "The best deal in history')
    ]


def test_a_sentence_whose_only_attribution_is_an_aside_is_still_a_factual_claim(extractor):
    body = "The firm cut 2,000 jobs in 2004, a move that prompted calls of outrage from investors."
    record = extractor.extract_text(f"Headline\n\n{body}")
    claims = [(c.claim_type, c.cue, c.content) for c in record.facts if c.type == "claim"]
    assert claims == [
        ("factual", None, body[:-1]),
        ("attributed", "call", "outrage"),
    ]


@pytest.mark.parametrize(
    ("body", "speaker", "cue", "content"),
    [
        (
            "The minister intimated that he would resign before the election.",
            "The minister", "intimate", 'that he would resign before the election',
        ),
        (
            "She confided that the firm was losing money.",
            "She", "confide", 'that the firm was losing money',
        ),
        ('"We will win," the captain whispered.', "the captain", "whisper", '"We will win,"'),
        (
            "Analysts surmised that the bank would cut rates.",
            "Analysts", "surmise", 'that the bank would cut rates',
        ),
        ('"It is over," Smith confessed.', "Smith", "confess", '"It is over,"'),
    ],
)  # fmt: skip
def test_less_common_verbs_of_saying(extractor, body, speaker, cue, content):
    assert attributed(extractor, body) == [(speaker, cue, content)]


def test_an_attributed_sentence_keeps_signals_only_where_something_may_read_them(extractor):
    """`read_claims` reads no signals of a sentence that attributes a content of its own (no
    factual claim is made of it, and a later "This was announced" reads that content); a
    sentence that attributes only what the sentence before told, or nothing, keeps them."""
    from factx.extract.base import Segment
    from factx.extract.claims import Sentence, read_claims

    doc = extractor.nlp(
        "The plant will close next year. This was announced by the owner Anna Berg. "
        "Anna Berg said the plant lost $5 million in 2019. The town has 4,000 jobs."
    )
    sentences = [r for r in read_claims(Segment(doc, 0, 1, 0)) if isinstance(r, Sentence)]
    assert [(r.attributed, r.signals is not None) for r in sentences] == [
        (False, True),
        (True, True),  # "this was announced": the content is the sentence before
        (True, False),  # said what: its own content, scored as the claim's
        (False, True),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # A restrictive relative clause in the present says which people are meant, not what
        # anyone said or did: no claim, and no "who" for a speaker.
        "Parents who refuse to allow former partners contact with their children could be tagged.",
        "But those who support the war are divided.",
        "Hard core gamers who like to play every moment they can will buy it.",
    ],
)
def test_a_kind_of_people_a_relative_clause_defines_says_nothing(extractor, body):
    assert attributed(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "You" in the article's own words is the reader, or anyone: nothing on the record.
        ("With the bigger model you can keep all the music you want.", []),
        ("You might find you need more memory within a year.", []),
        # A question or a past saying addresses someone, as a debate addresses an opponent.
        (
            "Do you really think that 8 million people out of work is acceptable?",
            [("you", "think", "that 8 million people out of work is acceptable")],
        ),
        (
            "You said that we should leave by June.",
            [("You", "say", "that we should leave by June")],
        ),
        # In a quotation it is whom the speaker addresses; the quotation is the speaker's.
        (
            '"You want a phone that just works," said Ms Reed.',
            [("Ms Reed", "say", '"You want a phone that just works,"')],
        ),
    ],
)
def test_you_in_the_articles_own_words_is_no_speaker(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # What they did, or those of a party named: claims.
        (
            "Labour MPs who voted against the bill said they were betrayed.",
            [("who", "vote", "the bill"), ("Labour MPs", "say", "they were betrayed")],
        ),
        (
            "Some Labour MPs who oppose the plan say it will fail.",
            [("who", "oppose", "the plan"), ("Some Labour MPs", "say", "it will fail")],
        ),
        (
            "Greenpeace, which charges that the deal is unfair, protested.",
            [("which", "charge", "that the deal is unfair")],
        ),
        # "others" are more of the people already named (the parser hangs the clause on
        # "endorsements").
        (
            "Some rescinded their endorsements and others who want to remove him spoke out.",
            [("who", "want", "to remove him")],
        ),
    ],
)
def test_a_relative_clause_of_a_deed_or_a_named_group_is_a_claim(extractor, body, found):
    assert attributed(extractor, body) == found


@pytest.mark.parametrize(
    "body",
    [
        # A television show before its title, which the parser reads as a verb: no claim by
        # "crime" or "ITV1".
        "The watchdog contacted Five to cease promotion of crime show CSI:NY.",
        "Nighty Night was named best new TV comedy over ITV1 shows Doc Martin and Life Begins.",
        "She is appearing as a judge in ITV1 talent show The X-Factor alongside Simon Cowell.",
    ],
)
def test_a_television_show_before_its_title_is_no_cue(extractor, body):
    assert attributed(extractor, body) == []


def test_figures_that_show_a_name_still_show_it(extractor):
    body = "Figures show The Economist gained readers."
    assert attributed(extractor, body) == [("Figures", "show", "The Economist gained readers")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # No comma after the opening phrase: the parser ends its object with the speaker's
        # name, and the verb is left with no subject; the titled name before it speaks.
        (
            "On top of the relief deal with Tanzania Mr Brown said the UK would make similar "
            "offers to 70 poorer nations.",
            "Mr Brown",
        ),
        (
            'In a statement issued on Wednesday Lord Woolf said: "I have no doubt the guidelines '
            'have improved."',
            "Lord Woolf",
        ),
    ],
)
def test_a_titled_name_ending_an_opening_phrase_is_the_speaker(extractor, body, speaker):
    assert [found for found, _, _ in attributed(extractor, body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A poll from Utah shows Trump with a 17-point lead over Clinton.", "A poll from Utah"),
        ("There are no polls showing Trump leading nationally.", "no polls"),
    ],
)
def test_what_shows_a_name_is_no_television_show(extractor, body, speaker):
    assert [found for found, _, _ in attributed(extractor, body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # The parser hangs the second half of what is said off the cue as a clause of its own,
        # right after the first: it is one content, not one cut before "would".
        (
            "He said fines of up to £2,500 would be levied on employers and licences would be "
            "removed for non-compliance.",
            "fines of up to £2,500 would be levied on employers and licences would be removed "
            "for non-compliance",
        ),
        (
            "He said he was certain MPs would get another chance to vote against the plans.",
            "he was certain MPs would get another chance to vote against the plans",
        ),
    ],
)
def test_a_clause_run_on_from_the_content_is_part_of_it(extractor, body, content):
    assert [what for _, _, what in attributed(extractor, body)] == [content]


@pytest.mark.parametrize(
    ("body", "cue_words", "content"),
    [
        # The verb's auxiliaries, its negation and a manner adverb are the cue's words, as
        # attribution corpora mark them; the lemma stays the verb's.
        ("The minister has said the plan would fail.", "has said", "the plan would fail"),
        ("The firm did not say whether it would sell.", "did not say", "whether it would sell"),
        ("Critics sharply criticized the decision.", "sharply criticized", "the decision"),
        # A preposition that opens what is said goes with the cue, not the content.
        (
            "The senator has called for an inquiry into the deal.",
            "has called for",
            "an inquiry into the deal",
        ),
        # So does a noun's ("fears about"), and a colon that opens the words said.
        ("The minister's fears about the plan grew.", "fears about", "the plan"),
        ("The coach added: the team will recover.", "added:", "the team will recover"),
        # A comma ends the group: "Later," is the sentence's, no word of the cue.
        ("Later, the mayor said taxes would rise.", "said", "taxes would rise"),
    ],
)
def test_the_cue_is_the_verbs_group(extractor, body, cue_words, content):
    text = "Headline\n\n" + body
    claims = [
        f
        for f in extractor.extract_text(text).facts
        if f.type == "claim" and f.claim_type == "attributed"
    ]
    assert [(text[c.cue_start : c.cue_end], c.content) for c in claims] == [(cue_words, content)]


def test_a_verb_inside_a_nouns_cue_is_no_cue_of_its_own_with_its_group(extractor):
    # "has consistently denied suggestions that ...": one claim, the noun's, though the verb's
    # group starts before the noun's cue.
    text = "Headline\n\nHe has consistently denied suggestions that the paper is up for sale."
    claims = [
        f
        for f in extractor.extract_text(text).facts
        if f.type == "claim" and f.claim_type == "attributed"
    ]
    assert [c.content for c in claims] == ["that the paper is up for sale"]


def test_a_clause_far_before_its_verb_is_no_content():
    # The parser's error on "It goes deeper than that: reading books marks the end of the habit
    # we accepted": "accepted" the root, the sentence's opening its clause. Another clause of
    # the verb ("reading ...") stands between, so the opening is not what "we" accepted.
    table = [  # word, head, dep, pos, tag, lemma
        ("It", 1, "nsubj", "PRON", "PRP", "it"),
        ("goes", 10, "ccomp", "VERB", "VBZ", "go"),
        ("deeper", 1, "acomp", "ADJ", "JJR", "deep"),
        (":", 1, "punct", "PUNCT", ":", ":"),
        ("reading", 10, "advcl", "VERB", "VBG", "read"),
        ("books", 4, "dobj", "NOUN", "NNS", "book"),
        ("marks", 5, "pobj", "NOUN", "NNS", "mark"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("habit", 4, "dobj", "NOUN", "NN", "habit"),
        ("we", 10, "nsubj", "PRON", "PRP", "we"),
        ("accepted", 10, "ROOT", "VERB", "VBD", "accept"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    words, heads, deps, pos, tags, lemmas = (list(column) for column in zip(*table, strict=True))
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert _content(doc[10], doc[:], []) is None
