"""Round r41b-sides: the parties and the national papers the model leaves out whole, the club
an injury came against, and the club before its pair of players."""


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


def test_a_party_the_model_leaves_out_before_its_poll_lead_is_the_party(extractor):
    # Seed 116's politics/112 shape ("Labour lead the Conservatives by 39% to 34%"), in a
    # sentence of my own: no `Labour` at the base.
    found = _mentions(
        extractor,
        "Poll gives Milburn a boost\n\nA third poll for the same paper found that backing for"
        " all the main parties had barely moved after the row. Labour lead the Conservatives by"
        " 41% to 33% with the Liberal Democrats on 18%. The firm spoke to 512 people before the"
        " resignation.",
    )
    assert ("Labour", "ORG") in found
    assert ("the Conservatives", "NORP") in found


def test_a_party_as_the_subject_of_its_stance_is_the_party(extractor):
    # The even half's politics/092 shape, in a sentence of my own: nothing at the base.
    found = _mentions(
        extractor,
        "Parking crackdown widened\n\nDetails of how many parking fines were issued in the last"
        " year are also being published. Labour sees road safety as a key election issue but"
        " critics claim the record is mixed.",
    )
    assert found == [("Labour", "ORG")]


def test_national_papers_the_model_leaves_out_are_papers(extractor):
    # The even half's "told the Mail on Sunday" (sport/110) and "A YouGov poll in the Daily
    # Telegraph" (politics/378) shapes: only `Evening Standard` at the base.
    found = _mentions(
        extractor,
        "Minister quits over leak\n\nThe plans were leaked to the Evening Standard on Monday"
        " night. He told the Mail on Sunday he would fight on. A poll in the Daily Telegraph"
        " suggested 70% of voters agreed.",
    )
    assert ("Mail on Sunday", "ORG") in found
    assert ("Daily Telegraph", "ORG") in found


def test_a_party_word_before_a_post_or_a_longer_name_is_not_added():
    # The list's guards: a capitalised word after ("Labour MP", "Evening Standard British
    # Film Awards") or a possessive ("Labour's") is not the lone name.
    from factx.extract.entity_missed import _names

    pattern, labels = _names()
    assert labels["Labour"] == "ORG"
    assert labels["Tories"] == "NORP"
    assert pattern.search("the Labour's plans") is None


def test_a_paper_inside_an_award_keeps_the_award_alone(extractor):
    found = _mentions(
        extractor,
        "Leigh wins film prize\n\nMike Leigh was a winner at the 2004 Evening Standard British"
        " Film Awards on Sunday night.",
    )
    assert ("Evening Standard", "ORG") not in found


def test_the_side_an_injury_came_against_is_a_club(extractor):
    # The even half's sport/388 shape, in a sentence of my own: `Saracens` PERSON at the base.
    found = _mentions(
        extractor,
        "Wilkinson set for return\n\nThe fly-half missed the autumn internationals after"
        " aggravating the haematoma in his upper right arm against Saracens. He was then"
        " replaced as captain.",
    )
    assert ("Saracens", "ORG") in found


def test_a_town_an_injury_came_against_is_its_club(extractor):
    # Seed 117's grader's sentence shape: `Worcester` GPE at the base.
    found = _mentions(
        extractor,
        "Wood ruled out\n\nLeeds winger Tom Wood will miss the cup tie after damaging ligaments"
        " in both knees against Worcester recently. The 24-year-old is expected to be out for six"
        " weeks.",
    )
    assert ("Worcester", "ORG") in found


def test_a_country_an_injury_came_against_keeps_its_place(extractor):
    found = dict(
        _mentions(
            extractor,
            "France lose centre\n\nRougerie hurt his chest against Wales while Grandclaude was a"
            " second-half replacement.",
        )
    )
    assert found["Wales"] == "GPE"


def test_a_town_before_a_pair_of_players_is_their_club(extractor):
    # Seed 117's grader's sentence: `Leeds` GPE at the base.
    found = _mentions(
        extractor,
        "Robinson names squad\n\nRobinson could now turn to Leeds pair John Smith and Tom Brown"
        " for the game. Both were capped last season.",
    )
    assert ("Leeds", "ORG") in found
    assert ("John Smith", "PERSON") in found


def test_a_nationality_before_a_pair_of_players_is_left(extractor):
    found = dict(
        _mentions(
            extractor,
            "Wales look to line-out\n\nWales must improve their line-out work against Irish duo"
            " Malcolm O'Kelly and Paul O'Connell on Sunday.",
        )
    )
    assert found["Irish"] == "NORP"
    assert found["Malcolm O'Kelly"] == "PERSON"
