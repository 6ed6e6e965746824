"""The lead's entity rules of round 38: a single initial on a team sheet is part of the name
(`factx/extract/entity_initials.py`); a lone surname in the prose is the person the article
names with a first name, not the sheet's initialled namesake (`_named_in_full` in
`factx/extract/entities.py`); a name after "DJ" is a person's, without the "DJ"; a list after
"hits include" is of works, as one after "singles include" is (`entity_kind_lists.py`)."""

SHEET = (
    "Scotland: C Paterson; S Webster, A Craig, H Southwell, S Lamont; D Parks, C Cusiter;"
    " T Smith, G Bulloch, G Kerr; S Murray, A Kellock; J Petrie, A Hogg, S Taylor.\n\n"
    "Replacements: R Russell, C Smith, N Hines, R Lamont, M Di Rollo, G Ross, M Blair."
)


def _people(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: [m.text for m in f.mentions]
        for f in record.facts
        if f.type == "entity" and f.label == "PERSON"
    }


def test_brothers_on_one_sheet_are_two_people(extractor):
    # At the base "R Lamont" and "C Smith" were cut to their surnames and joined their
    # brothers' (or namesakes') entities.
    people = _people(extractor, f"Scotland v Italy\n\nScotland named their side.\n\n{SHEET}")
    assert people["S Lamont"] == ["S Lamont"] and people["R Lamont"] == ["R Lamont"]
    assert people["T Smith"] == ["T Smith"] and people["C Smith"] == ["C Smith"]
    assert people["D Parks"] == ["D Parks"]


def test_a_word_letter_is_no_initial(extractor):
    # "A" is a word as often as an initial: `with_initials` never joins it. Round r52b-teams:
    # on a sheet line of four or more "<Initial> <Surname>" items it is the player's initial
    # (`entity_bare_sheet_initials`; BBC sheets 52C-D counted the cut "Foley" wrong), so the
    # sheet's "A Kellock" keeps it; prose's "A" is left (tests/test_entity_teams_r52.py).
    people = _people(extractor, f"Scotland v Italy\n\nScotland named their side.\n\n{SHEET}")
    assert "A Kellock" in people and "Kellock" not in people


def test_a_lone_surname_in_the_prose_is_the_person_named_in_full(extractor):
    text = (
        'England v Scotland\n\nEngland coach Andy Robinson was pleased. "We are ready," said'
        " Robinson.\n\nEngland: J Robinson; M Cueto, M Tait, O Barkley, J Lewsey; C Hodgson,"
        " M Dawson; G Rowntree, S Thompson, P Vickery; D Grewcock, B Kay; J Worsley, L Moody,"
        " M Corry."
    )
    people = _people(extractor, text)
    assert people["Andy Robinson"] == ["Andy Robinson", "Robinson"]
    assert people["J Robinson"] == ["J Robinson"]


def test_a_dj_is_a_person_and_no_part_of_the_name(extractor):
    # At the base "DJ Sam Da Bank" was an ORG (the firm's "Bank" at its end), and "DJ" stayed
    # in the person's name ("DJ Pete Mitchell" on an even-numbered article).
    people = _people(extractor, "Music\n\nThe song was played by Radio 1 DJ Sam Da Bank.")
    assert people == {"Sam Da Bank": ["Sam Da Bank"]}


def test_a_singers_hits_listed_after_hits_include_are_works(extractor):
    # Seed 91's shape on a sentence of the lead's own: `Nancy` and `Martha` were PERSON at the
    # base, as "singles include" already made them works.
    record = extractor.extract_text(
        "Music\n\nTheir hits include Say a Little Prayer, Nancy and Martha."
    )
    labels = {f.name: f.label for f in record.facts if f.type == "entity"}
    assert labels == dict.fromkeys(["Say a Little Prayer", "Nancy", "Martha"], "WORK_OF_ART")
