"""Round r52b-goods: a family firm's lone name kept apart from its heir's full name, car and
gadget models by their maker and code, by their engine, before a car's kind or in "the X and Y
models", and a gadget's name before its kind (sentences of my own, from the shapes of BBC
sheets 52A and 52D)."""

from entity_reading import entities, label_by_name, labels, texts_of

# `entity_founders.founders_firm` (factx/extract/entity_founders.py).

_FIRM = (
    "Ford, the American carmaker, said on Tuesday that quarterly profits had doubled. Ford "
    'reported net income of $2bn, helped by its credit arm. Shares in Ford rose 3%. "We had '
    "a strong year,\" said chief executive Bill Ford. Ford's truck plants worked overtime."
)


def test_a_family_firms_lone_name_is_the_firm_apart_from_the_heir(extractor):
    found = entities(extractor, _FIRM)
    assert labels(found, "Ford") == {"ORG"}
    assert labels(found, "Bill Ford") == {"PERSON"}
    assert texts_of(found, "Bill Ford") == [["Bill Ford"]]


def test_the_heir_called_mr_by_his_surname_keeps_it(extractor):
    found = label_by_name(
        extractor,
        "Bill Ford spoke to staff on Monday. Mr Ford said the plants would stay open. Ford "
        "added that Ford would hire, and Ford thanked the workers.",
    )
    assert found.get("Bill Ford") == "PERSON"
    assert "Ford" not in found


def test_a_managers_surname_stays_his(extractor):
    found = label_by_name(
        extractor,
        "Jose Mourinho watched his side win. Mourinho said the team played well. Mourinho "
        "will now face Arsenal, and Mourinho expects a hard game.",
    )
    assert found.get("Jose Mourinho") == "PERSON"
    assert "Mourinho" not in found


# Cue rows in factx/data/entities.json.


def test_a_makers_model_code_after_two_word_maker_is_a_product(extractor):
    found = label_by_name(
        extractor,
        "The dealer sold the Land Rover LR3/Discovery, and the first digital camera (Casio "
        "QV-10) is now in a museum.",
    )
    assert found.get("Land Rover LR3/Discovery") == "PRODUCT"
    assert found.get("Casio QV-10") == "PRODUCT"


def test_a_code_after_a_car_makers_possessive_is_the_model(extractor):
    found = label_by_name(extractor, "The coupe shares a platform with Aston's DB9, the firm said.")
    assert found.get("DB9") == "PRODUCT"


def test_a_channels_code_after_its_owners_possessive_is_no_car(extractor):
    found = label_by_name(extractor, "Channel 4's E4 showed the series first.")
    assert found.get("E4") != "PRODUCT"


def test_a_car_by_its_engine_is_a_product(extractor):
    found = label_by_name(
        extractor, "The V8 Vantage is far cheaper than the firm's other models, dealers said."
    )
    assert found.get("V8 Vantage") == "PRODUCT"


def test_a_maker_and_model_before_sedans_is_a_product(extractor):
    found = label_by_name(
        extractor, "Sales of the Ford Five Hundred and Mercury Montego sedans rose."
    )
    assert found.get("Mercury Montego") == "PRODUCT"


def test_a_singers_surname_stays_a_person(extractor):
    found = label_by_name(extractor, "Freddie Mercury sang the song in 1985.")
    assert found.get("Freddie Mercury") == "PERSON"


def test_two_names_before_models_are_products(extractor):
    found = label_by_name(
        extractor, "Nissan is unveiling the Altima and Sentra models at the show."
    )
    assert found.get("Altima") == "PRODUCT"
    assert found.get("Sentra") == "PRODUCT"
    assert found.get("Nissan") == "ORG"


def test_two_makers_before_models_stay_makers(extractor):
    found = label_by_name(
        extractor, "Buyers compared the Toyota and Honda models at the show in Tokyo."
    )
    assert found.get("Toyota") != "PRODUCT"
    assert found.get("Honda") != "PRODUCT"


def test_a_gadgets_name_before_its_kind_is_a_product(extractor):
    found = label_by_name(
        extractor,
        "The firm showed the Pulsar digital watch, and she kept the Zelko pocket calculator "
        "on her desk.",
    )
    assert found.get("Pulsar") == "PRODUCT"
    assert found.get("Zelko") == "PRODUCT"


def test_a_place_before_a_watch_factory_stays_a_place(extractor):
    found = label_by_name(
        extractor, "Workers at the Geneva watch factory went on strike in France."
    )
    assert found.get("Geneva") == "GPE"


def test_a_firm_the_model_half_reads_as_a_person_is_the_firm(extractor):
    found = label_by_name(
        extractor,
        "Dell, the computer maker, posted higher sales. Dell reported net income of $800m, and "
        'Dell\'s shares rose. "We are pleased," said founder Michael Dell.',
    )
    assert found.get("Dell") == "ORG"
    assert found.get("Michael Dell") == "PERSON"
