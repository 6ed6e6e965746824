"""Round r45c-orgs: a group by the name it is known as or calls itself is an organisation."""

from builders import cue_at


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_group_known_as_a_name_is_an_organisation(extractor):
    # Seed 143's shape: the model reads a clandestine group's two-word name as a person's.
    names = _entities(
        extractor,
        "The attacks were blamed on a shadowy group known as Cadwyn Morgan. Police said"
        " Cadwyn Morgan had not been heard from since.",
    )
    assert names["Cadwyn Morgan"][0] == "ORG"


def test_a_group_calling_itself_a_name_is_an_organisation():
    for words in ("a militant group calling itself", "a gang known only as", "a cell known as"):
        text = f"Police blamed {words} Tom Hale for the raid."
        assert cue_at(text, "Tom Hale", "PERSON") == ("group by what it is known as", "ORG")


def test_a_person_or_a_technology_known_as_a_name_is_left_alone():
    # A man known by a name is a person; a system or network known as one is a technology's,
    # left to its own cues.
    assert cue_at("a man known as Tom Hale was held.", "Tom Hale", "PERSON") is None
    found = cue_at("a wireless system known as Tom Hale links them.", "Tom Hale", "PRODUCT")
    assert found is None or found[0] != "group by what it is known as"
