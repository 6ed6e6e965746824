"""Round r37b-games: games, films, comics, guitars, groups and gamers in tech news (seeds 79-81)."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_game_before_its_genres_initials_is_a_work(extractor):
    # `game before its genre's initials`, `game within the game`: seed 81's `Project Entropia`
    # PERSON ("within the game Project Entropia, an RPG which allows").
    names = _entities(
        extractor,
        "Virtual land\n\nThe island exists within the game Silver Harbour, an RPG which allows"
        " thousands of players to meet. Almost 100,000 people play Silver Harbour.",
    )
    assert names["Silver Harbour"][0] == "WORK_OF_ART"
    names = _entities(
        extractor,
        "Virtual land\n\nThe town exists only in the game Kelvar Drift, an MMOG run from Sweden.",
    )
    assert names["Kelvar Drift"][0] == "WORK_OF_ART"


def test_a_games_genre_by_its_initials_is_no_name(extractor):
    # "RPG" and "MMOG" in `common_terms`: seed 81's `RPG` ORG twice.
    names = _entities(
        extractor,
        "Games\n\nThe island exists only in a computer role-playing game (RPG). Another world"
        " runs as an MMOG in Sweden.",
    )
    assert "RPG" not in names
    assert "MMOG" not in names


def test_a_player_after_in_the_game_stays_a_person(extractor):
    # `game within the game` is not for "in the game", where sport news names a player.
    names = _entities(extractor, "Match\n\nLate in the game Wayne Rooney scored twice for United.")
    assert names["Wayne Rooney"][0] == "PERSON"


def test_a_title_believed_to_be_a_directors_next_film_is_the_film(extractor):
    # `film believed to be next`: seed 80's `Battle Angel Alita` PERSON.
    names = _entities(
        extractor,
        "Films\n\nThe director said he is making a game in tandem with his next film - believed"
        " to be Iron Dawn Rising. Another director said his next film, believed to be Silver"
        " Coast Harbour, would follow.",
    )
    assert names["Silver Coast Harbour"][0] == "WORK_OF_ART"


def test_games_titled_with_their_own_the_are_a_work(extractor):
    # `games titled with their own The`: seed 80's `Sims` ORG ("the creator of the
    # best-selling The Sims games").
    names = _entities(
        extractor,
        "Games\n\nWill Wright, the creator of the best-selling The Sims games, spoke on Friday.",
    )
    assert names["Sims"][0] == "WORK_OF_ART"
    assert names["Will Wright"][0] == "PERSON"


def test_a_guitar_makers_model_is_a_product(extractor):
    # `instrument by its maker and model`, `instrument's model after its maker`: seed 79's
    # `Fender Stratocaster` ORG, and the brief's `Gibson Les Paul` and `Telecaster` PERSON.
    names = _entities(
        extractor,
        "Guitars\n\nA concert marked the 40th anniversary of the Gibson Les Paul guitar in London."
        " He sold a 1959 Fender Telecaster guitar and a Fender Stratocaster guitar.",
    )
    assert names["Gibson Les Paul"][0] == "PRODUCT"
    assert names["Telecaster"][0] == "PRODUCT"
    assert names["Fender Stratocaster"][0] == "PRODUCT"


def test_a_players_guitar_stays_his(extractor):
    # The makers are a closed class: another name before "guitar" may be its player's.
    names = _entities(
        extractor, "Auction\n\nHe bought the Jimi Hendrix guitar at auction in London."
    )
    assert names["Jimi Hendrix"][0] == "PERSON"


def test_a_series_based_on_comics_is_a_work(extractor):
    # `comics based on`: seed 79's `Hellblazer` PRODUCT ("Based on the Hellblazer comics").
    names = _entities(
        extractor,
        "Film\n\nBased on the Sandman comics, the film took $11.8m. Based on the Darkwatch"
        " comics, it did well.",
    )
    assert names["Sandman"][0] == "WORK_OF_ART"
    assert names["Darkwatch"][0] == "WORK_OF_ART"


def test_universities_listed_after_their_kind_are_bodies(extractor):
    # `universities listed after their kind`: seed 81's `Duke` PERSON.
    names = _entities(
        extractor,
        'Raids\n\n"We raided a number of universities, including Duke (in North Carolina) and'
        ' MIT," he said.',
    )
    assert names["Duke"][0] == "ORG"


def test_groups_listed_beside_a_named_group_are_groups(extractor):
    # `groups listed beside a named group`: seed 81's `Risciso`, `Myth` and `Popz` PERSON.
    names = _entities(
        extractor,
        "Pirates\n\nIn October 2000 the US Customs Service began an investigation into DOD and"
        " other networks, such as Razor 1911, Risciso, Myth and Popz.",
    )
    for name in ("Risciso", "Myth", "Popz"):
        assert names[name][0] == "ORG", name


def test_a_gamer_by_his_online_handle_is_a_person(extractor):
    # `person by an online handle`: seed 81's `Deathifier` ORG and `Eriflleh` ORG.
    names = _entities(
        extractor,
        "Gamer\n\nThe Australian gamer, known only by his gaming moniker Slayerion, bought the"
        ' island. Slayerion will make money from it. "This is a trend," said Slayerion.',
    )
    assert names["Slayerion"] == ("PERSON", ["Slayerion"] * 3)
    names = _entities(
        extractor,
        "Ring\n\nAmong the leaders was John Sankus - known by his internet nickname Grimfell -"
        " and others.",
    )
    assert names["Grimfell"][0] == "PERSON"


def test_a_game_after_its_genres_initials_is_a_work(extractor):
    # `game after its kind` widened to "RPG", "MMOG" and "MMORPG" (with "called", "such as"):
    # the model's `Dark Sun` PERSON after "an RPG called".
    names = _entities(
        extractor, "Games\n\nThe studio's first game, an RPG called Dark Sun, sold well in Japan."
    )
    assert names["Dark Sun"][0] == "WORK_OF_ART"
