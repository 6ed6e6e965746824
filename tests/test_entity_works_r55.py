"""Round r55-works: works and stray words from BBC sheets 54E-54G's shapes (sentences of my
own). A pantomime in a stage's frame is one work (factx/extract/entity_pantomimes.py); Radio
4's "Today" after a speaker's verb is the programme (factx/extract/entity_today_programme.py);
a title after a document's word and a comma, or after "publication of", is one work
(factx/extract/entity_document_titles.py); a ballet or an opera in a dancer's or a singer's
frame is a work (factx/extract/entity_danced_works.py); a lone kind noun after "a|an" is no
name (factx/extract/entity_lone_institution_nouns.py); a title opening with a number after a
performer's frame is one work (factx/extract/entity_numbered_titles.py). And what each leaves
alone."""

from entity_reading import entities, label_by_name, labelled, names

# "a pantomime in a stage's frame"


def test_a_tale_title_after_a_part_is_one_work(extractor):
    found = entities(
        extractor, "The comedian has signed up to play Jack in Jack and the Beanstalk in Leeds."
    )
    assert ("WORK_OF_ART", "Jack and the Beanstalk", ["Jack and the Beanstalk"]) in found
    assert "Beanstalk" not in names(found)


def test_listed_pantomimes_in_a_stage_frame_are_works_not_people_or_bodies(extractor):
    found = label_by_name(
        extractor,
        "The soap actor is to appear as Abanazar in Aladdin in Bristol. The Dick Whittington "
        "panto at the Hippodrome sold out in a week.",
    )
    assert found.get("Aladdin") == "WORK_OF_ART"  # the model's ORG
    assert found.get("Dick Whittington") == "WORK_OF_ART"  # the model's PERSON
    theatre = label_by_name(extractor, "Tickets for Peter Pan at the Theatre Royal go on sale.")
    assert theatre.get("Peter Pan") == "WORK_OF_ART"  # the model's PERSON


def test_bands_and_titles_in_no_stage_frame_are_left_alone(extractor):
    band = entities(extractor, "Echo and the Bunnymen played in Liverpool last night.")
    assert not [n for label, n, _ in band if label == "WORK_OF_ART"]
    story = labelled(
        extractor, "He was hailed as the Cinderella story of the season.", "WORK_OF_ART"
    )
    assert story == []


# "Today by its bare name"


def test_today_after_a_speakers_verb_is_the_programme(extractor):
    assert labelled(extractor, 'Defending the plans, she told Today: "We will not back down."',
                    "WORK_OF_ART") == ["Today"]  # fmt: skip
    assert labelled(extractor, "Speaking on Today, the minister said the tax would rise.",
                    "WORK_OF_ART") == ["Today"]  # fmt: skip


def test_today_as_a_day_or_in_another_name_is_left_alone(extractor):
    assert "Today" not in names(entities(extractor, "Today's figures show a fall in sales."))
    assert "Today" not in names(entities(extractor, "Today we announce a new plan, he said."))
    found = label_by_name(extractor, "He told USA Today that he would run again.")
    assert "Today" not in found


# "a title after a document's word"


def test_a_question_title_after_a_report_is_a_work(extractor):
    found = label_by_name(
        extractor,
        "In its report, Is Local Radio A Public Good?, the think tank also asks whether "
        "stations should close.",
    )
    assert found.get("Is Local Radio A Public Good") == "WORK_OF_ART"  # the model's ORG


def test_a_title_cased_manifesto_is_one_work(extractor):
    found = label_by_name(
        extractor, "The party will launch its manifesto, A New Deal For A Fairer Wales, next week."
    )
    assert found.get("A New Deal For A Fairer Wales") == "WORK_OF_ART"  # missed by the model
    opened = label_by_name(extractor, "Oxfam says in a new report, Counting the Cost.")
    assert opened.get("Counting the Cost") == "WORK_OF_ART"


def test_a_clause_or_an_author_after_a_report_is_left_alone(extractor):
    found = label_by_name(extractor, "The report, the IPPR said, was the first of its kind.")
    assert found.get("IPPR") == "ORG"
    author = label_by_name(
        extractor, "A report by the Institute for Fiscal Studies found the tax was unfair."
    )
    assert author.get("Institute for Fiscal Studies") == "ORG"
    body = label_by_name(extractor, "The report, Ealing Borough Council, said nothing new.")
    assert body.get("Ealing Borough Council") == "ORG"


# "a ballet or an opera in a dancer's frame"


def test_a_ballet_by_a_dancers_frame_is_a_work(extractor):
    found = label_by_name(
        extractor,
        "The ballerina was admired by critics. Her version of Coppelia is still remembered.",
    )
    assert found.get("Coppelia") == "WORK_OF_ART"  # the model's GPE
    danced = label_by_name(extractor, "As a ballerina she danced Giselle in London and Paris.")
    assert danced.get("Giselle") == "WORK_OF_ART"  # the model's PERSON


def test_partners_places_and_possessives_by_a_dancers_frame_are_left_alone(extractor):
    found = label_by_name(extractor, "The ballerina danced with Anton Dolin in Paris.")
    assert found.get("Anton Dolin") == "PERSON"
    assert found.get("Paris") == "GPE"
    song = label_by_name(
        extractor, "The singer recorded his version of Eric Clapton's hit for charity."
    )
    assert song.get("Eric Clapton") == "PERSON"


# "a lone kind noun after a|an"


def test_a_lone_kind_noun_after_a_is_no_name(extractor):
    found = names(entities(extractor, "The rules were not part of a binding Treaty, he said."))
    assert "Treaty" not in found
    bill = names(entities(extractor, "The government will introduce a hybrid Bill for the line."))
    assert "Bill" not in bill  # the model's PERSON


def test_a_named_treaty_and_its_short_form_are_left_alone(extractor):
    found = label_by_name(extractor, "Leaders signed the Treaty of Nice. The Treaty was changed.")
    assert found.get("Treaty of Nice") == "LAW"
    assert "EU Treaty" in names(entities(extractor, "The deal was not an EU Treaty at all."))


# "a title opening with a number"


def test_a_title_cut_after_its_number_is_one_work(extractor):
    found = label_by_name(
        extractor,
        "He made a cameo appearance in 24 Hour Party People, in which his role was played by "
        "an actor.",
    )
    assert found.get("24 Hour Party People") == "WORK_OF_ART"
    assert "Party People" not in found  # the model's PERSON
    later = label_by_name(extractor, "She starred in 28 Days Later, the zombie film.")
    assert later.get("28 Days Later") == "WORK_OF_ART"  # missed by the model


def test_a_count_a_year_or_an_address_after_a_number_is_left_alone(extractor):
    found = label_by_name(extractor, "He also appeared in 7 Steven Spielberg movies.")
    assert not [n for n, label in found.items() if label == "WORK_OF_ART"]
    seen = label_by_name(extractor, "The minister was seen in 10 Downing Street on Monday.")
    assert seen.get("10 Downing Street") != "WORK_OF_ART"
