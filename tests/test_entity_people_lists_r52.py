"""Round r52-conll: a list of people's members the model left out or cut to a surname are
people (`factx.extract.entity_people_lists`), from the errors of the even-numbered CoNLL-2003
dev documents; sentences of my own."""

from entity_reading import label_by_name, labelled

SQUAD = (
    "Sri Lanka : Sanath Perera , Romesh Wijesinghe , Asanka Herath , Muthiah Rajaratnam , "
    "Upul Jayasena , Chaminda Fernando ."
)

LEADERBOARD = (
    "Leading scores after the first round :\n\n"
    "68 Ray Dukes , Hollis Stacy , Brandt Jobe , Pelham Orr , Skip Kendall ,\n\n"
    "Tinker , Ron Whitten , Bo Yates ."
)


def test_a_squads_missed_and_cut_members_are_people(extractor):
    # The model leaves "Muthiah Rajaratnam" and "Upul Jayasena" out and keeps only the
    # surname of "Romesh Wijesinghe".
    found = labelled(extractor, SQUAD, "PERSON")
    assert found == [
        "Sanath Perera",
        "Romesh Wijesinghe",
        "Asanka Herath",
        "Muthiah Rajaratnam",
        "Upul Jayasena",
        "Chaminda Fernando",
    ]


def test_a_leaderboard_wrapped_over_lines_is_one_list(extractor):
    # The list runs on after the first line's comma; its last member was left out.
    found = labelled(extractor, LEADERBOARD, "PERSON")
    assert "Bo Yates" in found
    assert "Ron Whitten" in found


def test_a_list_with_a_common_noun_member_is_left_alone(extractor):
    # "staff from the Leeds office" is no name: the run is no list of people, and the town
    # stays a place.
    text = "Guests included Tom Smith , Anne Jones , Bill Brown and staff from the Leeds office ."
    assert labelled(extractor, text, "GPE") == ["Leeds"]
    assert labelled(extractor, text, "PERSON") == ["Tom Smith", "Anne Jones", "Bill Brown"]


def test_a_list_of_countries_is_left_alone(extractor):
    text = "Visitors came from Norway , Sweden , Finland and Denmark ."
    assert labelled(extractor, text, "PERSON") == []
    assert labelled(extractor, text, "GPE") == ["Norway", "Sweden", "Finland", "Denmark"]


def test_a_run_of_towns_the_model_reads_as_people_is_no_list_of_people(extractor):
    # Merged beside r52b-lists' `gapped_places`: reading a paragraph, the model tags the first
    # towns PERSON and skips "Reading"; the list rule grew that into a list of six people.
    found = label_by_name(
        extractor,
        "Mr Kennedy is visiting Manchester, Liverpool, Leicester, Somerset, Reading, Hemel "
        "Hempstead, Dorset and Torbay.",
    )
    towns = ("Manchester", "Liverpool", "Leicester", "Somerset", "Reading", "Hemel Hempstead")
    assert [found.get(town) for town in towns] == ["GPE"] * len(towns)
