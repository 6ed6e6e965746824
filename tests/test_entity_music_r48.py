"""Round r48-music: charts, hits and acts in entertainment stories (sentences of my own)."""

from entity_reading import label_by_name, mentions

# --- hit_lists: the titles of a list of "<Act>'s <Title>" members are works, whole ----------


def test_a_list_of_acts_songs_gives_each_title_whole(extractor):
    found = label_by_name(
        extractor,
        "The poll of festive songs was led by Slade's Merry Christmas Everybody, Wham's Last "
        "Christmas and Cliff Richard's Mistletoe and Wine.",
    )
    assert found.get("Merry Christmas Everybody") == "WORK_OF_ART"
    assert found.get("Last Christmas") == "WORK_OF_ART"
    assert found.get("Mistletoe and Wine") == "WORK_OF_ART"
    assert found.get("Cliff Richard") == "PERSON"  # a singer's possessive: the singer


def test_a_list_of_albums_by_their_acts_gives_no_place(extractor):
    found = label_by_name(
        extractor,
        "Albums made there include Bruce Springsteen's Born In The USA, the Rolling Stones' "
        "Emotional Rescue and Paul Simon's Graceland.",
    )
    assert found.get("Emotional Rescue") == "WORK_OF_ART"
    assert found.get("Graceland") == "WORK_OF_ART"
    assert found.get("Rolling Stones") == "ORG"


def test_a_listed_title_runs_through_its_no_1(extractor):
    found = label_by_name(
        extractor,
        "The song list includes Bo Selecta's Gonna Have a No 1 This Christmas and the "
        "Darkness' Christmas Time.",
    )
    assert found.get("Gonna Have a No 1 This Christmas") == "WORK_OF_ART"


def test_a_list_of_band_members_or_players_is_no_list_of_works(extractor):
    found = label_by_name(
        extractor,
        "Stars at the gig included Coldplay's Chris Martin and Blur's Damon Albarn, who sang hits.",
    )
    assert found.get("Chris Martin") == "PERSON"
    assert found.get("Damon Albarn") == "PERSON"
    found = label_by_name(
        extractor,
        "The game's stars were Sony's Playstation, Microsoft's X-Box and Nintendo's Game Cube.",
    )
    assert found.get("Playstation") != "WORK_OF_ART"  # no record's word, no music story


# --- chart_names: a chart's name through its number or its kind, a work, whole ------------


def test_a_chart_runs_through_its_number_and_is_no_person(extractor):
    found = label_by_name(
        extractor, "Canada has already merged downloaded singles into its Nielsen Hot 100 chart."
    )
    assert found.get("Nielsen Hot 100") == "WORK_OF_ART"
    assert "Nielsen Hot" not in found
    found = label_by_name(
        extractor, "The US has already merged downloaded singles into its Billboard Hot 100 chart."
    )
    assert found.get("Billboard Hot 100") == "WORK_OF_ART"


def test_an_official_chart_is_a_work_and_an_album_chart_is_found(extractor):
    found = label_by_name(
        extractor, "Downloads will be included in the Official Irish Albums Chart from April."
    )
    assert found.get("Official Irish Albums Chart") == "WORK_OF_ART"
    found = label_by_name(extractor, "The album entered the US Billboard 200 at number five.")
    assert found.get("Billboard 200") == "WORK_OF_ART"
    assert found.get("United States") == "GPE"
    found = label_by_name(extractor, "Billboard's Hot 100 chart is compiled from sales.")
    assert found.get("Hot 100") == "WORK_OF_ART"


def test_a_chart_owner_alone_and_a_top_ten_finish_are_left(extractor):
    found = label_by_name(extractor, "Billboard's Hot 100 chart is compiled from sales.")
    assert found.get("Billboard") == "ORG"
    found = label_by_name(
        extractor, "The Official Albums Chart is run by the Official Charts Company."
    )
    assert found.get("Official Charts Company") == "ORG"
    spans = mentions(extractor, "He finished in the Top 10 at the Masters in April.")
    assert all(text != "Top 10" for _, text, _ in spans)


# --- word_named_bands: a known one-word band in a music story is the band ----------------


def test_a_known_one_word_band_is_no_person_in_a_music_story(extractor):
    found = label_by_name(
        extractor,
        "The poll of songs was topped by Angels. Europeans favoured Queen's more upbeat anthem "
        "The Show Must Go On, and the band's album sold well.",
    )
    assert found.get("Queen") == "ORG"
    found = label_by_name(
        extractor,
        "The single is outselling other new releases from Athlete, Ciara and Feeder. The "
        "band's album follows.",
    )
    assert found.get("Feeder") == "ORG"
    assert found.get("Athlete") == "ORG"
    assert found.get("Ciara") == "PERSON"


def test_the_queen_and_a_surname_stay_people(extractor):
    found = label_by_name(
        extractor,
        "The Queen has knighted the singer, who said the Queen was kind. His album and his "
        "songs sold well.",
    )
    assert found.get("Queen") == "PERSON"
    found = label_by_name(
        extractor,
        "Midfielder Roy Keane scored twice on Saturday. Keane said later the win was vital.",
    )
    assert "ORG" not in {found.get("Keane"), found.get("Roy Keane")}


# --- act_list_cues: a gig's bill, a prize's nominees, a week's new releases ---------------


def test_a_band_among_a_prizes_nominees_is_a_band(extractor):
    found = label_by_name(
        extractor,
        "They have won praise, in contrast to fellow nominees such as Kestrel and Snow Patrol. "
        "The band's album sold well and their songs are played.",
    )
    assert found.get("Kestrel") == "ORG"


def test_a_one_word_singer_among_singers_in_a_weeks_new_releases_is_a_person(extractor):
    # The base gives `Ciara` GPE; the cue's list of singers by full names keeps her a person.
    found = label_by_name(
        extractor,
        "The single is outselling other new releases from Kylie Minogue and Ciara. Her album "
        "and her songs sold well.",
    )
    assert found.get("Kylie Minogue") == "PERSON"
    assert found.get("Ciara") == "PERSON"


def test_people_by_full_names_in_a_gigs_bill_stay_people(extractor):
    found = label_by_name(
        extractor,
        "It follows a charity gig starring Eric Clapton and Jools Holland. Their album and their "
        "songs sold well.",
    )
    assert found.get("Eric Clapton") == "PERSON"
    assert found.get("Jools Holland") == "PERSON"


# --- cue "group someone formed, after its which" ------------------------------------------


def test_a_name_someone_formed_is_a_group(extractor):
    # The base gives `Babyshambles` GPE here (PERSON in the article the shape came from).
    found = label_by_name(
        extractor, "The singer left Babyshambles, which he formed in 2003, last week."
    )
    assert found.get("Babyshambles") == "ORG"


def test_a_person_who_founded_a_body_stays_a_person(extractor):
    found = label_by_name(
        extractor, "He thanked Sarah Jones, who founded the charity, and her husband."
    )
    assert found.get("Sarah Jones") == "PERSON"


# --- a work cut at its "No" runs through its number (r48-spans's titles_through_their_no,
# which the lead kept over this branch's titles_through_their_number: the same shape) -----


def test_a_song_cut_at_its_no_runs_through_its_number(extractor):
    found = label_by_name(
        extractor,
        "Bo Selecta's single Gonna Have a No 1 This Christmas entered the chart at number 11.",
    )
    assert found.get("Gonna Have a No 1 This Christmas") == "WORK_OF_ART"
    assert "Gonna Have a No" not in found


def test_downing_street_by_its_number_is_left(extractor):
    spans = mentions(extractor, "Cabinet members held their last meeting at No 10 on Monday.")
    assert all(not text.startswith("No 10 on") for _, text, _ in spans)


# --- shows_of_a_broadcaster: a title after a channel's possessive is its programme ---------


def test_a_soap_after_its_channels_possessive_is_a_work(extractor):
    found = label_by_name(
        extractor,
        "Plans to create a US soap based on the BBC's EastEnders have reportedly been drawn up.",
    )
    assert found.get("EastEnders") == "WORK_OF_ART"
    found = label_by_name(
        extractor, "She will join the presenters of BBC One's Strictly Ice Dancing in December."
    )
    assert found.get("Strictly Ice Dancing") == "WORK_OF_ART"
    found = label_by_name(
        extractor, "The finale of ITV1's I'm a Celebrity... Get Me Out of Here drew 10m viewers."
    )
    assert found.get("I'm a Celebrity... Get Me Out of Here") == "WORK_OF_ART"


def test_a_channels_reporter_service_or_season_is_no_programme(extractor):
    found = label_by_name(
        extractor,
        "The BBC's Sarah Mukherjee reported from the hunt, and the BBC's World Service carried it.",
    )
    assert found.get("Sarah Mukherjee") == "PERSON"
    assert found.get("World Service") == "ORG"
    found = label_by_name(extractor, "The BBC's Freeview digital service has five million users.")
    assert found.get("Freeview") != "WORK_OF_ART"
    spans = mentions(extractor, "The BBC's Christmas season includes films on Saturday.")
    assert all(label != "WORK_OF_ART" for _, _, label in spans)
