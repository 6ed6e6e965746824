"""Round r52-spans: spans glued over a title or a faith's word cut back, a dangling "of" cut,
and one name the model split in two joined (`factx/extract/entity_title_spans.py`; sentences
of my own)."""

from entity_reading import label_by_name

# `faith_before_church_title`: "the Catholic Bishop of" is a title; the faith's word is NORP.


def test_a_faith_before_a_church_title_is_the_faith_no_body(extractor):
    found = label_by_name(
        extractor, "He was the Catholic Bishop of Leeds when the school opened, friends said."
    )
    assert "Catholic Bishop" not in found
    assert found.get("Catholic") == "NORP"
    assert found.get("Leeds") == "GPE"
    found = label_by_name(
        extractor, "She served as the Anglican Archbishop of Sydney for ten years."
    )
    assert not any(name.endswith(("Archbishop", " of")) for name in found)
    assert found.get("Anglican") == "NORP"


def test_a_church_and_a_titled_person_stay_whole(extractor):
    found = label_by_name(
        extractor,
        "The Anglican Church said the vote was close, and Archbishop Desmond Tutu agreed.",
    )
    assert found.get("Anglican Church") == "ORG"
    assert "Desmond Tutu" in " ".join(n for n, label in found.items() if label == "PERSON")


# `place_before_faith`: "a Leeds Catholic school" names a town and a faith.


def test_a_town_before_a_faiths_word_is_two_names(extractor):
    found = label_by_name(
        extractor, "The abuse happened at a Leeds Catholic school in the 1970s, the report found."
    )
    assert "Leeds Catholic" not in found
    assert found.get("Leeds") == "GPE"
    assert found.get("Catholic") == "NORP"
    found = label_by_name(extractor, "Parents at a Sheffield Anglican school were told on Friday.")
    assert found.get("Sheffield") == "GPE"
    assert found.get("Anglican") == "NORP"


def test_a_churchs_own_two_words_stay_whole(extractor):
    found = label_by_name(
        extractor, "The Southern Baptist church said no, and the Roman Catholic church agreed."
    )
    assert "Southern" not in found
    assert found.get("Roman Catholic") == "NORP"


# `title_before_person`: a title the model tags ORG right before its holder is no body.


def test_a_title_before_its_holder_is_no_body(extractor):
    found = label_by_name(
        extractor, "A spokesman for the Foreign Minister, Ali Khan, denied the claim."
    )
    assert "Foreign Minister" not in found
    assert found.get("Ali Khan") == "PERSON"
    found = label_by_name(
        extractor, "The rally was joined by US Undersecretary of State John Bolton on Monday."
    )
    assert "Undersecretary of State" not in found
    assert found.get("John Bolton") == "PERSON"


def test_a_body_before_a_person_stays_a_body(extractor):
    found = label_by_name(
        extractor, "The chief executive of the Child Support Agency, Doug Smith, will retire."
    )
    assert found.get("Child Support Agency") == "ORG"


# `without_dangling_of`: no name ends in "of".


def test_a_name_ends_before_its_dangling_of(extractor):
    found = label_by_name(
        extractor,
        "The figures come from the Quarterly Economic Commentary of Strathclyde University, "
        "published today.",
    )
    assert not any(name.endswith(" of") for name in found)
    assert "Quarterly Economic Commentary" in found


# `split_names_joined`: one name the model tagged as two mentions side by side.


def test_a_persons_name_split_in_two_is_one_person(extractor):
    found = label_by_name(
        extractor,
        "Markets rallied on Friday. President Susilo Bambang Yudhoyono's team has promised new "
        "roads.",
    )
    assert found.get("Susilo Bambang Yudhoyono") == "PERSON"
    assert "Susilo Bambang" not in found


def test_a_word_no_people_before_a_place_joins_it(extractor):
    found = label_by_name(
        extractor,
        "Visitors to Pelican Point Nudist Resort on the river say the owner, Rex Bakes, has plans.",
    )
    assert "Pelican" not in found
    assert any(name.startswith("Pelican Point") for name in found)


def test_a_peoples_word_before_a_name_stays_apart(extractor):
    found = label_by_name(
        extractor, "He was seen with British Royal Marine commandos and American Spencer Tunick."
    )
    assert found.get("British") == "NORP"
    assert found.get("American") == "NORP"
    assert found.get("Spencer Tunick") == "PERSON"


def test_a_title_before_a_persons_name_stays_out_of_it(extractor):
    found = label_by_name(
        extractor, "Crowds gathered outside. Sheikh Ahmed Yassin, the group founder, spoke."
    )
    assert found.get("Ahmed Yassin") == "PERSON"
    assert "Sheikh Ahmed Yassin" not in found


def test_a_partys_name_before_a_whole_name_stays_apart(extractor):
    found = label_by_name(
        extractor, "The plan was attacked by Lib Dem Norman Baker in the Commons on Tuesday."
    )
    assert found.get("Norman Baker") == "PERSON"
    assert "Lib Dem Norman Baker" not in found


def test_a_partys_adjective_before_a_chamber_stays_apart(extractor):
    found = label_by_name(
        extractor, "She said the money would help Democratic House candidates in tight races."
    )
    assert "Democratic House" not in found
