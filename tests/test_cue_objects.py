"""Cue verbs whose object shows another sense than saying (real model: read off the parse)."""

import pytest
from claim_reading import attributed


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A thing sold or paid is no claim of anyone's.
        ("The chipmaker offers a cheaper laptop for £299.", []),
        ("United offered the striker a new two-year contract on Friday.", []),
        # What is said or proposed is.
        (
            "The mayor offered his condolences to the families.",
            [("The mayor", "offer", "his condolences to the families")],
        ),
        (
            "The minister offered a compromise on the tax.",
            [("The minister", "offer", "a compromise on the tax")],
        ),
        # What depicts something tells it.
        (
            "The list of donors offers a snapshot of the city's elite.",
            [("The list of donors", "offer", "a snapshot of the city's elite")],
        ),
        (
            "The chairman offered to resign over the losses.",
            [("The chairman", "offer", "to resign over the losses")],
        ),
    ],
)
def test_offer_says_something_only_when_what_it_offers_is_said_or_proposed(
    extractor, body, expected
):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Play: a prize or a standing in a contest is no claim.
        ("The champion will defend her title in Melbourne next month.", []),
        ("Smith claimed the doubles at the Dubai Open on Saturday.", []),
        ("The young goalkeeper has not conceded a goal in six games.", []),
        ("The Scot maintained the momentum in the second set.", []),
        # Words: what is defended or conceded is a decision or a point.
        (
            "The coach defended his decision to rest the captain.",
            [("The coach", "defend", "his decision to rest the captain")],
        ),
        (
            "The minister conceded that the scheme had failed.",
            [("The minister", "concede", "that the scheme had failed")],
        ),
        # A clause the parser made the object is no prize, whatever its verb.
        (
            "There are no polls showing the senator leading in Ohio.",
            [("no polls", "show", "the senator leading in Ohio")],
        ),
    ],
)
def test_a_cue_verb_whose_object_is_a_prize_or_standing_in_a_contest_reports_play(
    extractor, body, expected
):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Getting a means, or being somewhere, is no finding.
        ("The engineers found a way to send data over old copper lines.", []),
        ("The visitors found themselves two goals down at half-time.", []),
        ("The troubled club has found a buyer for its ground.", []),
        # A finding is.
        (
            "The inquiry found that the pilot had ignored the warnings.",
            [("The inquiry", "find", "that the pilot had ignored the warnings")],
        ),
    ],
)
def test_find_with_a_means_or_a_reflexive_for_its_object_reports_no_finding(
    extractor, body, expected
):
    assert attributed(extractor, body) == expected


def test_a_cue_word_that_opens_a_compound_noun_is_no_cue(extractor):
    # The parser reads "call" as a verb with "centres" for its object.
    body = "Customers trying to get through to call centres are getting impatient."
    assert attributed(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # On display: nothing is said.
        ("The screensaver shows the websites that are under attack.", []),
        ("Playing his first match of the year, the Russian showed some good touches.", []),
        # A record shows, or a change is shown: a finding.
        ("Polls show a tight race in Ohio.", [("Polls", "show", "a tight race in Ohio")]),
        (
            "The index of consumer confidence showed a slight dip in May.",
            [("The index of consumer confidence", "show", "a slight dip in May")],
        ),
        # A text shows what it reveals; a complement says what the object does.
        (
            "An email from the campaign shows the anger of its staff.",
            [("An email from the campaign", "show", "the anger of its staff")],
        ),
        (
            "A video showed the minister dancing at the party.",
            [("A video", "show", "the minister dancing at the party")],
        ),
        # The parser makes the study the object of "shows" after what it found; since round
        # r55-claims (quote_inversions.named_as_object) that object is the speaker.
        (
            "Shoppers are far more interested in battery life than they are in screen size or "
            "memory, shows a new study by Nokia.",
            [
                (
                    "a new study by Nokia",
                    "show",
                    "Shoppers are far more interested in battery life than they are in screen "
                    "size or memory",
                )
            ],
        ),
        (
            "The minutes show that the deal collapsed within a day.",
            [("The minutes", "show", "that the deal collapsed within a day")],
        ),
    ],
)
def test_show_with_a_plain_object_is_a_display_unless_a_record_or_a_change(
    extractor, body, expected
):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A person questioned is asked things: no doubt is reported.
        ("Police questioned the driver for six hours.", []),
        ("The officers questioned him about the fire.", []),
        ("Five British detainees were questioned by UK police before being released.", []),
        ("Mr Lebedev will be questioned by a judge over the next few days.", []),
        # A thing or a clause questioned is doubted.
        (
            "The Tories have questioned the timing of the new rules.",
            [("The Tories", "question", "the timing of the new rules")],
        ),
        (
            "Analysts have questioned whether the court has any jurisdiction.",
            [("Analysts", "question", "whether the court has any jurisdiction")],
        ),
    ],
)
def test_question_with_a_person_for_its_object_is_an_interrogation(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A blow or a push: a ball struck, or an object sent somewhere, says nothing.
        ("Cole lashed home a volley to put Arsenal ahead.", []),
        ("The single knocked the album into third place.", []),
        ("Leeds knocked the holders out of the Cup on Saturday.", []),
        ("Exeter knocked out Doncaster on Saturday.", []),
        ("The attack knocked the website offline for hours.", []),
        ("Record sales knocked the album to number three.", []),
        # The same verbs of blame with what they blame.
        (
            "The minister slammed the plan as a tax on the poor.",
            [("The minister", "slam", "the plan as a tax on the poor")],
        ),
        (
            "Trump knocked Clinton's record on trade.",
            [("Trump", "knock", "Clinton's record on trade")],
        ),
        (
            "He blasted the decision to close the school.",
            [("He", "blast", "the decision to close the school")],
        ),
        # "out" is a way of saying too.
        (
            "She pointed out that the figures were wrong.",
            [("She", "point", "that the figures were wrong")],
        ),
    ],
)
def test_a_cue_verb_used_of_a_blow_or_a_push_says_nothing(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "find" with a plain object comes upon or gets it: no finding.
        ("Councils must find more sites for travellers.", []),
        ("Arsenal found their rhythm in the second half.", []),
        ("Users can find files on their PCs with the software.", []),
        ("The police found the missing boy in a barn.", []),
        # A record or an inquiry finds, and evidence or a change is found.
        (
            "The inquiry found serious failings in the unit.",
            [("The inquiry", "find", "serious failings in the unit")],
        ),
        ("Auditors found no evidence of fraud.", [("Auditors", "find", "no evidence of fraud")]),
        (
            "The survey found a sharp rise in prices.",
            [("The survey", "find", "a sharp rise in prices")],
        ),
        # A complement or a clause tells what is found.
        ("Voters found the plan unworkable.", [("Voters", "find", "the plan unworkable")]),
        (
            "Researchers found that the drug worked.",
            [("Researchers", "find", "that the drug worked")],
        ),
    ],
)
def test_find_with_a_plain_object_comes_upon_it_and_reports_no_finding(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A gerund that "make" makes hard or easy is a deed, done by nobody named.
        ("Huge media libraries can make finding single songs hard.", []),
        ("Voice control would make finding that elusive track much easier.", []),
        # A gerund of its subject's own still says.
        ("He kept saying that the plan would fail.", [("He", "say", "that the plan would fail")]),
    ],
)
def test_a_gerund_made_hard_or_easy_is_nobody_s_claim(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A verb of naming with a reflexive and a name after it gives a name: no view.
        ("The piracy group called itself the Underground Network.", []),
        ("The gang called themselves the Wolves.", []),
        ('The band dubbed themselves "the Lads" in 1999.', []),
        # A judgement of oneself, or of another, is still a view.
        ("She called herself a failure.", [("She", "call", "herself a failure")]),
        (
            'Ms Khan dubbed herself a "hope-monger".',
            [("Ms Khan", "dub", 'herself a "hope-monger"')],
        ),
        ("He called the plan a disaster.", [("He", "call", "the plan a disaster")]),
    ],
)
def test_a_name_given_to_oneself_is_no_claim(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A content never ends inside a quotation it opened: the parser hung the quotation's
        # last words on the clause around it.
        (
            'The critic was Ann Reed, who said they were "spiky but in love with pop".',
            [("who", "say", 'they were "spiky but in love with pop"')],
        ),
        (
            "The judge said she will rule “pretty promptly, however not before Tuesday”.",
            [("The judge", "say", "she will rule “pretty promptly, however not before Tuesday”")],
        ),
        # A mark that closes a quotation opened before the content is no opening.
        (
            '"We lost," he said, calling the defeat "a disgrace".',
            [("he", "say", '"We lost,"'), ("he", "call", 'the defeat "a disgrace"')],
        ),
    ],
)
def test_a_content_ends_where_the_quotation_it_opened_closes(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "that" as the subject is a word of what is said ...
        ("He said that was a mistake.", [("He", "say", "that was a mistake")]),
        (
            "Mr Lee said that could turn into a trend.",
            [("Mr Lee", "say", "that could turn into a trend")],
        ),
        # ... "that" as the conjunction is not, whatever noun follows it.
        (
            "The bank warned that legislation would be introduced.",
            [("The bank", "warn", "that legislation would be introduced")],
        ),
    ],
)
def test_that_as_a_subject_stays_in_the_content(extractor, body, expected):
    assert attributed(extractor, body) == expected


def test_a_sentence_opening_with_that_keeps_it(extractor):
    record = extractor.extract_text(
        "Headline\n\nIn 1999 the party removed most peers. That was billed as the first stage."
    )
    contents = [c.content for c in record.facts if c.type == "claim"]
    assert "That was billed as the first stage" in contents


def test_an_article_the_parser_made_a_participle_s_subject_says_nothing(extractor):
    body = "Revenues will fall short of its fuel costs - a predicted extra 250m."
    assert attributed(extractor, body) == []
