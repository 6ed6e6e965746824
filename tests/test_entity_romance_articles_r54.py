"""Round 54 (lead): a French, Spanish or Italian article that is also a listed first name ("Les",
"Le", "La", "El") gives no first name's cue to the name it opens. BBC sheet 54F (held out):
"Les Sylphides", a ballet the model called a place, became a PERSON by "Les". Sentences of our
own."""

from entity_reading import label_by_name

from factx.extract.first_names import person_by_first_name


def test_an_article_opens_no_person():
    assert not person_by_first_name("Les Sylphides")
    assert not person_by_first_name("La Fenice")
    assert not person_by_first_name("El Alto")


def test_a_first_name_still_does():
    assert person_by_first_name("Leslie Dennis")
    assert person_by_first_name("Laura Smith")  # not "La"


def test_a_team_by_its_french_nickname_is_no_person(extractor):
    assert label_by_name(extractor, "Les Bleus beat Ireland in Paris.")["Les Bleus"] != "PERSON"


def test_a_ballet_is_no_person(extractor):
    found = label_by_name(extractor, "She danced in Les Sylphides at the age of 15.")
    assert found["Les Sylphides"] != "PERSON"


def test_a_person_the_model_reads_keeps_his_name(extractor):
    found = label_by_name(extractor, "Former striker Les Ferdinand said the club had improved.")
    assert found["Les Ferdinand"] == "PERSON"
