"""Round r37d-acts: acts' and peers' names in music and politics news (seeds 82-84's "Rules
these errors suggest"); each sentence is this round's own."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {m.text: f.label for f in record.facts if f.type == "entity" for m in f.mentions}


def test_a_bands_singular_before_a_members_full_name_is_no_name(extractor):
    # `band_singulars`: the model's `Sex Pistol` PERSON and `Clash` GPE beside the member.
    found = _labels(
        extractor,
        "Reality TV\n\nOther celebrities to walk out include Sex Pistol John Lydon and"
        " Clash John Strummer, who both left early.",
    )
    assert found.get("John Lydon") == "PERSON"
    assert found.get("John Strummer") == "PERSON"
    assert "Sex Pistol" not in found
    assert "Clash" not in found


def test_a_place_before_a_full_name_stays(extractor):
    found = _labels(
        extractor,
        "Politics\n\nThe delegates met in London. In Paris John Smith said the talks had failed.",
    )
    assert found.get("Paris") == "GPE"


def test_a_hyphened_first_name_and_surname_are_one_person(extractor):
    # `hyphened_first_names`: the model's `Anni` NORP, the rest lost.
    found = _labels(
        extractor, "Abba\n\nThe stars met Anni-Frid Lyngstad and Norwegian artist Ole Berg."
    )
    assert found.get("Anni-Frid Lyngstad") == "PERSON"
    assert "Anni" not in found


def test_a_hyphened_peoples_compound_stays(extractor):
    found = _labels(
        extractor, "Trade\n\nThe Anglo-French Channel Tunnel group reported a loss on Monday."
    )
    assert not any(label == "PERSON" and "Anglo" in name for name, label in found.items())


def test_peers_listed_after_lords_are_each_a_person(extractor):
    # `listed_peers`: the model's `Lords Mance` ORG and `Steyn` ORG, the others lost.
    found = _labels(
        extractor,
        "Law\n\nLady Hale, sitting with Lords Mance, Steyn, Hope and Walker, said the appeal"
        " failed.",
    )
    for name in ("Mance", "Steyn", "Hope", "Walker"):
        assert found.get(name) == "PERSON", name
    assert "Lords Mance" not in found


def test_the_house_of_lords_stays(extractor):
    found = _labels(
        extractor,
        "Politics\n\nThe bill went to the House of Lords and Commons committees on Monday.",
    )
    assert "Commons" not in found or found["Commons"] != "PERSON"


def test_a_peers_possessive_before_a_bill_parts_the_peer_from_the_bill(extractor):
    # `peers_bills`: the model's `Dubs' Succession` ORG and `the Crown Bill` LAW.
    found = _labels(
        extractor,
        "Royals\n\nLabour peer Lord Dubs' Succession to the Crown Bill aims to end the rule."
        " Lord Smith's Reform of the Peerage Bill was tabled on Monday.",
    )
    assert found.get("Dubs") == "PERSON"
    assert found.get("Succession to the Crown Bill") == "LAW"
    assert found.get("Reform of the Peerage Bill") == "LAW"
    assert "Dubs' Succession" not in found


def test_a_peers_possessive_before_a_mans_name_stays(extractor):
    found = _labels(
        extractor, "Politics\n\nLord Smith's aide Bill Jones said the peer was unwell on Monday."
    )
    assert found.get("Bill Jones") == "PERSON"
