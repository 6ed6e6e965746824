"""Entity facts: repaired mention spans, grouped into one entity per name, one label each.

The model's mentions are repaired (no possessive, no title or role word before a person, no
trailing "/" but an abbreviation keeps its period; names it split are rejoined), grouped by a
normalized key and a small alias table, and each group gets the label most of its mentions
carry, discounting the model's known mistakes: a lone surname-like PERSON mention of a company,
a bare surname tagged ORG, a coined product name tagged ORG, and headline case.

A mention span includes "the" where the article determines the name itself ("the United
States", as in OntoNotes and ACE/MEANTIME); `name` and `aliases` never carry it.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import chain, pairwise
from typing import TYPE_CHECKING

from factx.extract import sexes
from factx.extract.acronym_syllables import clipped_from
from factx.extract.acronyms import (
    SHORT_FORM,
    abbreviates,
    camel_initials,
    initials_of,
    introduced,
    introduced_before,
    letters_of,
    names_a_law,
)
from factx.extract.athletes import athlete_spans
from factx.extract.base import Context, Layout, Segment, fact_id
from factx.extract.capitals import (
    capitalised_inside,
    hyphened_opener,
    sentence_case_only,
    written_in_lower_case,
)
from factx.extract.coordination import sides
from factx.extract.copula_sides import copula_sides
from factx.extract.entity_act_names import (
    band_singulars,
    hyphened_first_names,
    listed_peers,
    peers_bills,
    short_first_names,
)
from factx.extract.entity_acted_titles import titles_across_of
from factx.extract.entity_acts import duos, record_companies, whole_bands
from factx.extract.entity_airlines import airline_by_its_word, airlines_by_nationality
from factx.extract.entity_and_areas import areas_named_with_and
from factx.extract.entity_and_the_titles import and_the_titles
from factx.extract.entity_apostrophe_surnames import surnames_over_apostrophes
from factx.extract.entity_apposed_works import apposed_works
from factx.extract.entity_article_names import peoples_before_article_names
from factx.extract.entity_attacked_buildings import attacked_buildings
from factx.extract.entity_au_clubs import au_club_cues, nicknames_to_their_club
from factx.extract.entity_bands import (
    families,
    listed_bands,
    listed_singers,
    member_bands,
    person_shaped_bands,
    plural_bands,
    released_labels,
)
from factx.extract.entity_bare_initials import bare_body_initials
from factx.extract.entity_bare_sheet_initials import bare_sheet_initials
from factx.extract.entity_beaten_films import (
    films_beaten_to_a_prize,
    films_by_takings,
    films_listed_by_nominations,
    films_parted_by_a_plural,
)
from factx.extract.entity_bodies import (
    bodies_glued_to_their_town,
    bodies_round_initials,
    ends_in_body_word,
    join_saints_short_names,
    possessive_events,
    saints_bodies,
    surname_firms,
)
from factx.extract.entity_body_places import places_opening_bodies
from factx.extract.entity_body_posts import bodies_before_posts
from factx.extract.entity_bracketed_clubs import clubs_in_brackets
from factx.extract.entity_bracketed_papers import paper_name, papers_with_bracketed_place
from factx.extract.entity_brand_lists import brands_listed_after_their_verb
from factx.extract.entity_broadcast_spans import broadcast_spans, tv_broadcasters
from factx.extract.entity_broadcaster_shows import shows_of_a_broadcaster
from factx.extract.entity_broadcasters import broadcaster_divisions
from factx.extract.entity_calling_letters import without_calling_letters
from factx.extract.entity_calling_openers import callings_before_full_names
from factx.extract.entity_callings import with_called_names
from factx.extract.entity_campaigns import campaigns_by_verb
from factx.extract.entity_capital_prefixes import without_capital_prefixes
from factx.extract.entity_cast_parts import parts_before_their_actor
from factx.extract.entity_chamber_parties import chamber_and_party
from factx.extract.entity_channel_hits import hits_of_a_broadcaster
from factx.extract.entity_characters import listed_characters
from factx.extract.entity_chart_names import chart_names
from factx.extract.entity_charts import acts_and_records
from factx.extract.entity_chat_words import without_chat_words
from factx.extract.entity_city_peoples import a_city_by_name
from factx.extract.entity_civic import (
    bodies_for_a_field,
    bodies_of_a_people,
    bodies_of_two_nations,
    bodies_over_plural_possessive,
    members_bodies,
    parties_after_initials,
    place_field_bodies,
    schemes_whole,
    without_opening_time_words,
)
from factx.extract.entity_club_nicknames import clubs_by_singular_nickname
from factx.extract.entity_clubs import (
    clubs_before_their_manager,
    clubs_cut_at_their_kind,
    clubs_cut_at_their_opener,
    clubs_of_a_town_and_people,
    groups_with_their_letter,
    openers_heading_a_club_list,
    towns_of_named_clubs,
    with_club_short_names,
)
from factx.extract.entity_colon_titles import colon_titles_opening_sentences
from factx.extract.entity_comma_glued_works import works_glued_over_a_comma
from factx.extract.entity_committee_kinds import without_super_pacs
from factx.extract.entity_compass_firms import compass_firms
from factx.extract.entity_continents import continents
from factx.extract.entity_counted_peoples import counted_peoples
from factx.extract.entity_country_athletes import athletes_by_their_country
from factx.extract.entity_craft import aircraft_and_devices, shows_and_airlines
from factx.extract.entity_credited_people import credited_people
from factx.extract.entity_crown_titles import crown_titles
from factx.extract.entity_cup_events import untagged_cups
from factx.extract.entity_cut_bodies import (
    bodies_cut_by_a_typo,
    firms_cut_at_and,
    glossed_common_nouns,
)
from factx.extract.entity_cut_short import names_cut_short
from factx.extract.entity_cut_tails import (
    cut_tails,
    desks_run_on,
    hyphened_titles_run_on,
    prepositions_run_on,
    rounds_run_on,
    weekdays_run_on,
)
from factx.extract.entity_cut_titles import (
    titles_after_award_winning,
    titles_cut_after_a_role,
    titles_cut_before_a_chart_move,
    titles_cut_to_a_person,
    titles_opening_with_a,
    titles_opening_with_a_people,
)
from factx.extract.entity_danced_works import danced_works
from factx.extract.entity_date_names import with_date_surnames
from factx.extract.entity_directed_works import works_before_their_maker
from factx.extract.entity_document_titles import document_titles
from factx.extract.entity_dropped_g_bands import dropped_g_bands
from factx.extract.entity_eras import era_beside_a_year
from factx.extract.entity_event_names import (
    clock_zone_opening,
    tests_apart_from_towns,
    town_tournaments,
    without_times_count,
)
from factx.extract.entity_factory_places import factory_places
from factx.extract.entity_family_given_names import given_names_of_a_family
from factx.extract.entity_field_bodies import field_bodies
from factx.extract.entity_firm_first_words import firms_by_first_word
from factx.extract.entity_firm_lists import firm_ending_lists
from factx.extract.entity_firm_pairs import firms_paired_after_like
from factx.extract.entity_firm_short_forms import join_firm_short_forms
from factx.extract.entity_firms import (
    clubs_before_sport_words,
    firms_after_country_possessive,
    firms_after_initials,
    firms_by_legal_prefix,
    firms_named_ask,
    instant_messengers,
    people_by_initials,
    shops_by_possessive,
    station_short_names,
)
from factx.extract.entity_founders import founders_firm
from factx.extract.entity_franchises import franchises, short_titles
from factx.extract.entity_game_series import game_series
from factx.extract.entity_games_adjectives import games_adjectives_parted
from factx.extract.entity_gapped_lists import gapped_works
from factx.extract.entity_gapped_places import gapped_places
from factx.extract.entity_gerund_titles import works_opening_with_a_gerund
from factx.extract.entity_glued_outlets import (
    bodies_glued_over_and,
    bodies_run_into_a_word,
    outlets_glued_to_surnames,
    surnames_before_government_bodies,
)
from factx.extract.entity_glued_pairs import glued_pairs
from factx.extract.entity_glued_people import people_glued_over_a_verb, person_and_body_over_a_verb
from factx.extract.entity_goal_scorers import scorers_before_goal_verbs
from factx.extract.entity_grounds import grounds_named_for_a_place, join_venue_short_names
from factx.extract.entity_group_possessives import groups_through_possessive
from factx.extract.entity_guilds_of_countries import guilds_of_countries
from factx.extract.entity_halls_of_fame import halls_of_fame
from factx.extract.entity_handhelds import handhelds
from factx.extract.entity_hit_lists import hit_lists
from factx.extract.entity_hometowns import hometowns
from factx.extract.entity_hospitals import hospitals_by_their_town
from factx.extract.entity_hyphened_initials import HYPHENED_INITIALS, hyphened_initials
from factx.extract.entity_hyphened_ranks import without_hyphened_ranks
from factx.extract.entity_imperatives import without_imperative_openers
from factx.extract.entity_initials import people_by_initials_shape, with_initials
from factx.extract.entity_inner_words import (
    awards_of_the_year,
    bracketed_surnames,
    listed_names,
    names_cut_at_a_preposition,
    names_run_on,
    schools_of_fields,
    titles_cut_at_small_words,
    titles_cut_at_to,
    whole_hyphened_surname,
)
from factx.extract.entity_inquiries import (
    inquiries_whole,
    interim_bodies_whole,
    offices_whole,
)
from factx.extract.entity_joined_peoples import peoples_paired_with_a_people, slashed_peoples
from factx.extract.entity_joins import (
    bodies_cut_before_country,
    heads_cut_at_of,
    joined_names,
    names_cut_before_noun,
    national_bodies,
    national_events,
    national_seas,
    numbered_channels,
    parties_cut_at_opener,
    quoted_nicknames,
    with_continued_names,
    with_nicknames,
)
from factx.extract.entity_journeys import places_after_going
from factx.extract.entity_kind_lists import kind_listed_works
from factx.extract.entity_kinded_shows import shows_of_a_broadcaster_by_kind
from factx.extract.entity_known_acts import invented_acts, missed_acts, word_acts
from factx.extract.entity_landforms import detention_centres, landforms
from factx.extract.entity_languages_apart import languages_apart
from factx.extract.entity_law_words import laws_by_their_word
from factx.extract.entity_laws import (
    acts_by_their_sponsors,
    join_act_short_names,
    law_subjects,
    treaties_establishing,
    whole_bills,
)
from factx.extract.entity_leagues import club_after_league, standing_word
from factx.extract.entity_letter_names import letter_names
from factx.extract.entity_lineups import lineup_acts, park_festivals, promoters
from factx.extract.entity_lineups import stage_names as lineup_stage_names
from factx.extract.entity_listed_activities import without_listed_activities
from factx.extract.entity_listed_brands import honorific_brands
from factx.extract.entity_listed_firms import (
    capitalised_trojans,
    listed_brands,
    listed_firms_and_programs,
)
from factx.extract.entity_listed_goods import listed_goods
from factx.extract.entity_listed_pairs import pairs_ending_lists, slashed_rivals
from factx.extract.entity_listed_peoples import american_peoples_listed
from factx.extract.entity_listed_tails import listed_names_over_their_tails
from factx.extract.entity_listed_works import listed_works, works_rounding_out_a_chart
from factx.extract.entity_lone_honorifics import lone_honorifics_to_their_person
from factx.extract.entity_lone_institution_nouns import without_lone_institution_nouns
from factx.extract.entity_lone_kinds import lone_kinds_to_their_body
from factx.extract.entity_lone_suffixes import lone_legal_suffixes
from factx.extract.entity_lower_case_phrases import without_lower_case_phrases
from factx.extract.entity_main_surname import FAMILY_AFTER, glossed_only, to_main_owner
from factx.extract.entity_maker_products import (
    editions_alone,
    makers_before_their_products,
    models_after_their_maker,
    models_before_their_kind,
    nouns_determiner_off_names,
    product_pairs,
    spaced_o_surnames,
)
from factx.extract.entity_maker_tails import products_without_their_maker
from factx.extract.entity_marques import marques_by_goods_words
from factx.extract.entity_match_grounds import grounds_at_a_match
from factx.extract.entity_meetings import (
    events_with_their_kind_word,
    great_britain_whole,
    meetings_by_their_word,
)
from factx.extract.entity_men_peoples import men_peoples
from factx.extract.entity_middle_names import middle_names, patronymics
from factx.extract.entity_missed import peers_by_their_seat, with_missed_names
from factx.extract.entity_missed_countries import listed_country, with_missed_countries
from factx.extract.entity_missed_games import missed_games, word_games
from factx.extract.entity_missed_titles import untagged_the_titles
from factx.extract.entity_misspelt_firms import misspelt_firms, misspelt_people
from factx.extract.entity_mistaken_first_names import with_mistaken_first_names
from factx.extract.entity_models import models_by_their_number
from factx.extract.entity_named_groups import named_groups
from factx.extract.entity_named_works import person_shaped_listed_works
from factx.extract.entity_national_firms import national_firm
from factx.extract.entity_national_names import nationalities_cut_before_kind
from factx.extract.entity_national_tails import bodies_cut_at_nationality
from factx.extract.entity_news_programmes import news_programmes
from factx.extract.entity_nominee_films import (
    films_acted_in,
    films_among_finalists,
    films_for_nominees,
    films_in_a_category,
)
from factx.extract.entity_nominees import authored_works, nominated_works
from factx.extract.entity_non_names import (
    adverb,
    agencies_after_federal_government,
    catchphrase,
    common_noun,
    common_word_before_noun,
    disaster_of_an_appeal,
    disease,
    document_kind,
    eponym_of_an_ailment,
    eponymous_law_word,
    genre,
    glued_common_words,
    news_opening_a_name,
    opening_adjective,
    opening_adverb,
    opening_modifier,
    opening_plural,
    opening_qualifier,
    opening_subject,
    opening_verb,
    pairs_after_a_calling,
    phobia,
    place_tagged_term,
    plant_before_its_product,
    plural_role,
    post_nominal,
    region_adjective,
    rule_code,
    school_stage,
    script,
    shirt_number,
    so_called_kind,
    spelled_in_lower_case,
    spelled_out_term,
    table_label,
    technology_by_kind,
    technology_called,
    technology_head,
    technology_tail,
    technology_term,
    unit_beside_figure,
    without_across_adjectives,
    without_listed_portfolios,
    without_negating_prefixes,
    without_opening_words,
    without_sports,
    without_titles,
    writers_adjective,
)
from factx.extract.entity_number_ten import lone_royal, number_ten
from factx.extract.entity_numbered import numbered_names, numbered_towers
from factx.extract.entity_numbered_bands import numbered_bands
from factx.extract.entity_numbered_groups import numbered_groups_whole
from factx.extract.entity_numbered_titles import numbered_titles
from factx.extract.entity_of_years import without_of_before_a_year
from factx.extract.entity_one_person import (
    first_names_of_people,
    full_names_of_lone_people,
    join_hyphen_spellings,
)
from factx.extract.entity_opening_names import opening_names_whole
from factx.extract.entity_opening_prepositions import prepositions_before_named
from factx.extract.entity_opening_words import (
    opening_participle,
    opening_plural_subject,
    said_as_a_common_word,
)
from factx.extract.entity_outsold_titles import outsold_titles
from factx.extract.entity_owned_bodies import bodies_after_an_owner
from factx.extract.entity_owned_media import owners_before_their_medium
from factx.extract.entity_owned_projects import projects_parted
from factx.extract.entity_owned_reports import owned_reports
from factx.extract.entity_owned_venues import owned_venues, plural_owners_guilds
from factx.extract.entity_paired_place_bodies import bodies_behind_place_pairs
from factx.extract.entity_paired_shows import shows_named_for_a_pair
from factx.extract.entity_palaces import palaces_of_a_place
from factx.extract.entity_pantomimes import pantomimes
from factx.extract.entity_parallel_outlets import outlets_in_parallel
from factx.extract.entity_particle_surnames import particle_surnames_after_titles
from factx.extract.entity_parties import join_party_kind_word
from factx.extract.entity_party_people import party_before_first_name
from factx.extract.entity_party_posts import nations_liberal_democrats, parties_before_posts
from factx.extract.entity_party_states import states_of_members
from factx.extract.entity_party_words_kept import party_words_before_people
from factx.extract.entity_people import (
    people_by_age_or_mood,
    people_by_honorific,
    people_by_pronoun,
    people_in_calling_lists,
    people_in_country_lists,
    with_first_names,
    with_last_names,
)
from factx.extract.entity_people_lists import people_in_lists
from factx.extract.entity_peoples import (
    peoples_before_nouns,
    stars_after_a_nationality,
    with_people_words,
)
from factx.extract.entity_person_initials import people_by_their_initials
from factx.extract.entity_person_of_town import persons_parted_from_towns
from factx.extract.entity_person_parts import person_parts_to_their_person
from factx.extract.entity_person_words import people_by_their_words
from factx.extract.entity_place_first_names import place_named_people
from factx.extract.entity_place_given_names import given_name_after_place
from factx.extract.entity_place_lists import place_lists
from factx.extract.entity_plural_callings import without_plural_callings
from factx.extract.entity_plural_makes import plural_makes
from factx.extract.entity_plural_owners import people_after_plural_owners
from factx.extract.entity_plural_peoples import plural_peoples
from factx.extract.entity_pollsters import pollsters_apart, pollsters_whole
from factx.extract.entity_portfolios import portfolios_before_titles
from factx.extract.entity_possessives import (
    nicknames_before_their_match,
    owners_parted,
    possessives_parted,
)
from factx.extract.entity_press import (
    critics_of_a_paper,
    papers_by_their_kind,
    platforms_by_their_kind,
    presenters_programmes,
)
from factx.extract.entity_prizes_won import prizes_won_by_short_name
from factx.extract.entity_product_variants import (
    codes_as_products,
    products_through_their_variant,
)
from factx.extract.entity_program_lists import program_lists
from factx.extract.entity_pure_languages import pure_languages
from factx.extract.entity_quoted_openings import opens_a_quotation
from factx.extract.entity_quoted_words import without_quoted_words
from factx.extract.entity_race_boats import race_boat_cues
from factx.extract.entity_race_rivals import race_rival_cues
from factx.extract.entity_ranks import without_ranks
from factx.extract.entity_readings_apart import readings_apart
from factx.extract.entity_regiments import regiments_whole
from factx.extract.entity_regions import regions
from factx.extract.entity_republics import republics_cut_at_of
from factx.extract.entity_research_firms import research_firms_whole
from factx.extract.entity_resident_places import places_before_residents
from factx.extract.entity_route_ends import route_ends
from factx.extract.entity_route_races import route_races
from factx.extract.entity_run_together import run_together_initials
from factx.extract.entity_run_together_firms import run_together_firms
from factx.extract.entity_saint_buildings import saint_buildings
from factx.extract.entity_sales_lists import sales_listed_works
from factx.extract.entity_screen_titles import (
    consoles_by_their_maker,
    documents_by_their_title,
    films_after_their_premiere,
    films_before_their_kind,
    films_before_their_story,
    shows_by_their_format,
    shows_named_best,
    without_worn_figures,
    works_called_by_their_kind,
)
from factx.extract.entity_security_software import security_software
from factx.extract.entity_series_works import series_works
from factx.extract.entity_served import (
    bodies_cut_at_for,
    listed_centres_whole,
    listed_fields_whole,
)
from factx.extract.entity_shared_short_forms import shared_short_forms
from factx.extract.entity_sheets import (
    another_namesake,
    initialled,
    numbered_spans,
    sheet_country,
    sheet_marks,
    sheet_spans,
)
from factx.extract.entity_short_events import (
    awards_by_short_name,
    events_by_plural_short_name,
    fairs_by_short_name,
    nations_after_their_year_and_count,
    races_cut_after_cross,
)
from factx.extract.entity_shouted import CAPITAL_LINE_MAX, shouted, with_shouted_names
from factx.extract.entity_shows import (
    films_after_their_stars,
    programmes_after_their_owner,
    shows_after_their_genre,
    shows_before_their_people,
    split_at_beat,
    works_in_a_category,
)
from factx.extract.entity_side_nicknames import side_nickname_cues
from factx.extract.entity_sides import (
    clubs_after_a_switch,
    clubs_of_a_fouled_player,
    clubs_of_a_position,
    clubs_parted_from_cups,
    cup_countries_parted,
    hyphened_sides,
    nicknames_before_their_apostrophe,
    plural_sides_parted,
    sides_by_their_and,
)
from factx.extract.entity_slashed_models import models_through_their_slash
from factx.extract.entity_slogans import slogans_cut_at_not
from factx.extract.entity_song_runs import songs_listed_whole, titles_before_their_by
from factx.extract.entity_songs import (
    record_countries,
    song_titles,
    songs_after_an_act,
    songs_listed_after_hits,
    songs_sung_or_charted,
)
from factx.extract.entity_span_edges import (
    callings_before_particle_names,
    names_before_their_number,
    names_ended_at_their_particle,
    surnames_cut_at_their_particle,
    titles_through_their_no,
    two_titles_glued_over_and,
)
from factx.extract.entity_spelled_names import spelled_names_whole
from factx.extract.entity_sponsored_events import sponsored_events
from factx.extract.entity_sponsored_laws import laws_cut_at_a_sponsor
from factx.extract.entity_sport_bodies import sport_bodies_by_country
from factx.extract.entity_sport_matches import events_cut_at_their_stage, test_matches
from factx.extract.entity_sport_names import (
    bracketed_surnames_in_quotes,
    sheet_initials_a,
    surnames_after_a_particle,
)
from factx.extract.entity_squads import squad_clubs
from factx.extract.entity_stances import member_letters_cut, stance_mention
from factx.extract.entity_starred_works import works_before_their_star
from factx.extract.entity_state_titles import without_state_titles
from factx.extract.entity_state_towns import state_towns
from factx.extract.entity_states import states
from factx.extract.entity_station_programmes import programmes_of_a_station
from factx.extract.entity_stray_tails import dated_tails_cut
from factx.extract.entity_such_works import such_listed_works
from factx.extract.entity_surnames import country_surnames, person_cued, with_surnames
from factx.extract.entity_team_towns import sides_apart
from factx.extract.entity_tech_firms import (
    country_firms,
    developers,
    market_indexes,
    report_titles,
    technologies_called,
    technology_other_names,
)
from factx.extract.entity_tech_works import (
    coined_software_names,
    games_by_their_code,
    games_by_their_platform,
    titles_through_of_the,
)
from factx.extract.entity_term_bodies import (
    bodies_named_for_a_person,
    join_terms_to_bodies,
    terms_naming_bodies,
)
from factx.extract.entity_time_word_openers import without_time_word_openers
from factx.extract.entity_title_singulars import without_title_singulars
from factx.extract.entity_title_spans import (
    faith_before_church_title,
    place_before_faith,
    split_names_joined,
    title_before_person,
    without_dangling_of,
)
from factx.extract.entity_titled_people import played_parts, stage_names, titled_after
from factx.extract.entity_titled_surnames import (
    by_title,
    give_to_one_fit,
    other_person_titled,
    surname_word,
)
from factx.extract.entity_today_programme import today_programme
from factx.extract.entity_tours import whole_tours
from factx.extract.entity_town_agree import follows_its_place
from factx.extract.entity_town_things import towns_tagged_things
from factx.extract.entity_town_venues import towns_before_venues
from factx.extract.entity_towns import event_towns, fixture_towns
from factx.extract.entity_trade_deals import trade_deals
from factx.extract.entity_traded_firms import traded_firms
from factx.extract.entity_travel_places import travel_places
from factx.extract.entity_types import people_as_types
from factx.extract.entity_untagged_sides import untagged_sides
from factx.extract.entity_vehicles import (
    aircraft_apart_from_owner,
    ships_apart_from_captains,
    vehicle_cues,
    vehicles_by_their_kind,
    without_marked_quotes,
)
from factx.extract.entity_waters import named_waters, owned_centres
from factx.extract.entity_whole_bodies import whole_bodies
from factx.extract.entity_wire_agencies import agencies_apart, agency_spans, dateline_agencies
from factx.extract.entity_wire_initials import wire_initials_apart
from factx.extract.entity_wire_names import firms_around_their_of, peoples_joined_by_hyphens
from factx.extract.entity_wire_words import (
    months_before_bodies,
    peoples_after_compass_initials,
    peoples_before_royal_titles,
    quoted_titles_in_a_list,
)
from factx.extract.entity_word_bands import word_named_bands
from factx.extract.entity_work_parts import work_parts
from factx.extract.entity_works import (
    dashed_titles,
    grown_works,
    headed_works,
    possessive_titles,
    whole_awards,
    whole_titles,
)
from factx.extract.entity_wrong_joins import (
    abbreviated_rank,
    faith_after_people,
    faith_group,
    opening_time_word,
    party_before_post,
    towns_before_buildings,
)
from factx.extract.entity_year_kinds import without_year_kinds
from factx.extract.evidence import (
    FIRST_NAME,
    PEOPLE_PREFIX,
    Cue,
    a_language,
    a_people,
    a_people_by_name,
    country_keys,
    cue_of,
    dateline_place,
    demonyms,
    nationalities,
    people_words,
)
from factx.extract.first_names import (
    first_names,
    name_kind,
    opens_with_first_name,
    person_by_first_name,
)
from factx.extract.glue import pieces, without_set_scores
from factx.extract.inner_names import inner_person
from factx.extract.kin import lend_labels
from factx.extract.listed_sides import listed_sides
from factx.extract.lists import (
    city_lists,
    known_labels,
    listed_labels,
    listed_languages,
    paired_labels,
    seat_lists,
)
from factx.extract.lone_firms import firms_by_evidence
from factx.extract.makers import made_by, with_models
from factx.extract.place_names import (
    home_place,
    known_place,
    regions_before_country,
    saints_villages,
    seats_by_their_and,
    seats_in_a_share_list,
    states_by_their_word,
    towns_as_teams,
)
from factx.extract.referents import plural_groups, refer_back, teams_by_pronoun
from factx.extract.regnal import with_regnal_numbers
from factx.extract.results import team_spans, venue_spans
from factx.extract.runs import widened
from factx.extract.spans import SpanIndex, alternation, doc_text
from factx.extract.versions import product_families, sequels_at_every_mention, with_versions
from factx.extract.wordlists import data_file, word_sets
from factx.extract.work_titles import (
    a_paper,
    colon_titles,
    genre_titles,
    publication_end,
    question_titles,
    sum_titles,
    title_join,
)
from factx.extract.world_cities import place_spelling, world_city
from factx.normalize.timex import EASTER_HOLIDAYS, FIXED_HOLIDAYS, FLOATING_HOLIDAYS
from factx.records import EntityFact, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

ENTITY_LABELS = (
    "ORG", "PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE",
)  # fmt: skip
# Ties in the label vote go to the label listed first.
_PRIORITY = {label: rank for rank, label in enumerate(ENTITY_LABELS)}
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
_PLACED = frozenset({"GPE", "LOC", "FAC"})
# Initials with full stops, three or more: "the F.B.I.", "the A.C.L.U.". The model reads them
# after "U.S." as a place, or as a person; written so, they are a body's (a country's, "the
# U.S.A.", is a place by `country_keys`; two letters may be a state's, "N.C.").
_DOTTED_ACRONYM = re.compile(r"(?:[Tt]he )?(?:[A-Z]\.){3,}")
_NOT_OF_ACRONYMS = frozenset({"GPE", "LOC", "NORP", "PERSON"})
# Labels the model gives the place of a newspaper's name it cut ("Hollywood" of "the Hollywood
# Reporter"); not a person's, whose surname may follow ("Jim Courier", "Emily Post").
_PUBLISHED_AT = frozenset({"GPE", "LOC", "NORP", "FAC"})
# How many times the votes of all other labels a lone name's PERSON votes must have to stand,
# where no full name holds the name (`weak_person_keys`).
_PERSON_MAJORITY = 3
# Labels of single words the model splits one name into: "Liberal" ORG + "Democrat" NORP.
_SPLIT_LABELS = frozenset({"ORG", "NORP"})
# Labels the model gives a person's surname used alone ("Papermaster" ORG, "Safin" LOC,
# "Connors" PRODUCT).
_SURNAME_SLIPS = frozenset({"ORG", "GPE", "LOC", "NORP", "PRODUCT"})
_TRAILING = ".,;:!?/\\|\"'’“”()[]{}-–—*`"
_LEADING = "\"'“‘([{-–—*`"
# Nationalities, religions and political groups mostly look like this: Chinese, Americans,
# Republicans, Muslims, Democrats, Israeli.
_ARTICLE = re.compile(r"(?:the|The|THE)\s+")
# Determiners the model sometimes runs into a name ("a Golden Globe", "this World Cup"): no
# name's own, unlike "the" (`with_article`).
_DETERMINER = re.compile(r"(?:a|an|this|that|these|those|another|every)\s+(?=[A-Z0-9])")
# The stem of an abbreviation's final period: "U.S", "N.V", an initial "J".
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
# Middle initials, one or run together: "W.", "H.W." (`core_words`).
_MIDDLE_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{1,2}")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")
# "the iPhone": an article before one coined, camel-case word ("iPhone", "MacBook").
_PRODUCT_WITH_ARTICLE = re.compile(r"(?:the|The|THE)\s+[A-Za-z]*[a-z][A-Z][A-Za-z]*")
# An "'s" before a verb is part of a company's name, not a possessive: "McDonald's said",
# "shares in Sainsbury's fell". Not before a stop: "the interests of our shareholders or UFJ's."
_NAME_S = re.compile(
    r"['’]s(?=\s+(?:said|says|has|had|have|is|was|were|will|would|could|may|"
    r"which|who|fell|rose|reported|announced)\b)"
)


@cache
def _names_with_s() -> frozenset[str]:
    table = data_file("entities.json")["names_with_s"]
    return frozenset(name.replace("’", "'") for name in table["names"])


def _named_with_s(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] and the "'s" after it are a firm's name ("Moody's")."""
    return text.startswith(("'s", "’s"), end) and f"{text[start:end]}'s" in _names_with_s()


# Words between two names in one span: "Hartlepool or Boston", "Derbyshire and Surrey".
_GLUED = re.compile(r",| (?:and|or|v|vs\.?|to|at|&) ")
_HOLIDAYS = frozenset([*FIXED_HOLIDAYS, *FLOATING_HOLIDAYS, *EASTER_HOLIDAYS])
_DEMONYM = re.compile(r"(?:an|ans|ese|ish|i|is|ic|ics|ist|ists|ite|ites|ch|s|ern|erns)$")


@cache
def _tables() -> dict[str, object]:
    tables: dict[str, object] = data_file("aliases.json")
    return tables


@cache
def _club_countries() -> frozenset[str]:
    words: list[str] = data_file("entities.json")["club_countries"]
    return frozenset(name_key(w) for w in words)


@cache  # asked tens of thousands of times a run: the set is built once
def _word_list(name: str) -> frozenset[str]:
    words = _tables()[name]
    assert isinstance(words, list)
    return frozenset(words)


@dataclass
class RawMention:
    """A mention before grouping, in article offsets."""

    text: str
    start: int
    end: int
    label: str
    sentence: int
    paragraph: int
    headline: bool
    votes: bool = True  # False for mentions found by matching a name: they copy a label
    cue: str = ""  # the label the words around it show (factx.extract.evidence), if any
    by_form: bool = False  # the cue is a person's by the name's first name, not by its words
    # A common noun opening its sentence before its noun ("Software giant"), no name unless
    # the article writes it with its capital inside a sentence (`opening_qualifier`), and one
    # opening its sentence as a verb's subject ("Teamwork is essential", `opening_subject`).
    qualifier: bool = False
    # Round r42c-titles: the qualifier is an adjective ("Digital radio", `opening_adjective`),
    # no name only where the article also writes it in lower case ("digital").
    adjective: bool = False
    # Round r49-firms: the qualifier is a plural opening its sentence before its verb
    # ("Layoffs hit", `opening_plural_subject`), no name only where the article writes it in
    # lower case too or says it once (`entity_opening_words.said_as_a_common_word`).
    plural: bool = False
    # The cue is a world city's after "in", of a mention the model tagged LOC (`Cue.cities`):
    # it counts as the model's GPE vote, never as a cue (`Cluster.label`) (r29-towns).
    by_city: bool = False
    # The PERSON cue is a performer's calling right before the name ("rapper The Madd Rapper",
    # `_ACT_BEFORE`): a name with its own "the" keeps that PERSON vote (`Cluster.label`).
    act: bool = False
    # A family by its surname's plural ("The Osbournes had been asleep" after "Ozzy Osbourne",
    # `entity_bands.families`), or a person credited with the model's "the" ("the Ron Howard
    # directed", `entity_credited_people`): a name with its own "the" that keeps its PERSON cue.
    household: bool = False
    # A player a team sheet names by a country's name ("Subs Not Used: Macken, Weaver, Onuoha,
    # Jordan.", `with_athletes`): the country's name is his surname, no place (round r44b-sport).
    player: bool = False
    # The cue is one only a group of people shows (`Cue.group`: "Franz Ferdinand frontman"):
    # a band's ORG over the one vote of its name's first name (round r45-works).
    group: bool = False


# A performer's calling right before a name: an act's stage name may open with its own "The"
# ("rapper The Madd Rapper", "rap star The Game"), where "the Titanic" or "the Tories" never
# follow one (round r37c-media).
_ACT_BEFORE = re.compile(r"\b(?:[Rr]apper|[Rr]ap (?:star|artist)|[Ss]inger|[Cc]omedian) $")


def core_words(
    name: str,
    *,
    person: bool = True,
    titles: bool = True,
    suffixes: bool = True,
    possessive: bool = True,
    legal: bool = True,
) -> list[str]:
    """The words a name is known by, in their own case: "Mr Timothy J. Sloan's" -> Timothy Sloan.

    No leading "the", possessive, title, corporate suffix ("Oracle Corp."), comma or middle
    initial ("Donald J. Trump" is Donald Trump): the forms of one entity that vary between
    articles. A title only goes before a capitalised word ("Secretary of State" stays whole),
    and titles that also begin the names of organisations ("General Motors", "Captain
    America") and middle initials ("Toys R Us") only go from a person's name (`person`);
    without `titles`, no title goes; without `suffixes`, a suffix that is a word of the name
    stays ("Bad Company", "Virgin Group"); without `possessive`, a final "'s" stays (a
    mention only keeps one that is the name's own: "McDonald's"); without `legal`, no corporate
    suffix goes.
    """
    text = name.replace("’", "'").strip()
    text = re.sub(r"'s?$", "", text) if possessive else text
    words = [w for w in text.split() if w.replace(".", "").replace(",", "")]
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    strippable = _strippable(person)
    if " ".join(words).casefold() in _word_list("styled_titles") | _word_list("stage_names"):
        titles = False  # "the Queen Mother" is known by her whole style, "Dr Dre" by his
    while (
        titles
        and len(words) > 1
        and _plain(words[0]) in strippable
        and words[1][:1].isupper()
        and not peer_of_a_place(words)
    ):
        words = words[1:]
    endings = _legal(suffixes) if legal else frozenset()
    cut = False
    while len(words) > 1 and _plain(words[-1]) in endings and (suffixes or not _after_trade(words)):
        words, cut = words[:-1], True
    if cut and len(words) > 1 and words[-1] in ("&", "and"):
        # Round r41c-firms (seed 118's `Morgan Stanley &` ORG): "Morgan Stanley & Co", "AG
        # Edwards and Co": the "&" goes with its suffix, and the name is Morgan Stanley.
        words = words[:-1]
    words[-1] = words[-1].rstrip(",")  # "Toys R Us, Inc." is Toys R Us
    if person and len(words) > 2 and words[0].isalpha():
        middle = words[1:-1]
        # "HW" is two initials only after a first name: "Labour MP Karen Buck" has none.
        shape = _MIDDLE_INITIALS if words[0].casefold() in first_names() else _DOTTED_INITIALS
        letters = _initial_letters(middle, shape)
        kept = [w for w in middle if not shape.fullmatch(w)]
        if len(letters) > 1:
            # Two initials stay, as in the key (`_middle_words`), in one spelling however the
            # article writes them ("H.W.", "HW"), so that the id has one name in a run.
            kept.append(" ".join(letter + "." for letter in letters))
        words = [words[0], *kept, words[-1]]
    return words


# The titles of peers, before the one word a peer is known by ("Lord Falconer").
_PEERS_TITLES = frozenset({"lord", "lady", "baroness", "baron", "earl"})


def peer_of_a_place(words: list[str]) -> bool:
    """Whether the words are a peer's title and one word that names a country, a nationality
    or a region ("Baroness Scotland", "Lord Ireland"): the title is the person's name there, as
    the place's word alone is the place (seed 140's politics/031, "Home Office minister
    Baroness Scotland said", the model's right `Baroness Scotland` PERSON cut to `Scotland`
    and made the country; round r45b-people). "Lord Falconer" is known by "Falconer"; "Lord's"
    (the ground) and "Lady Luck" name no place."""
    return (
        len(words) == 2
        and _plain(words[0]) in _PEERS_TITLES
        and words[1].isalpha()
        and (_country_or_people(words[1]) or known_place(words[1]))
    )


@cache
def _strippable(person: bool) -> frozenset[str]:
    return _word_list("titles") - (frozenset() if person else _word_list("name_titles"))


@cache
def _legal(suffixes: bool) -> frozenset[str]:
    return _word_list("corporate_suffixes") - (
        frozenset() if suffixes else _word_list("name_suffixes")
    )


def _after_trade(words: list[str]) -> bool:
    """Whether the name's last word is a corporate suffix the name keeps after a trade's word
    in -ing or a trade's goods: "Canadian Broadcasting Corporation" and "Oil & Natural Gas
    Corporation" without their ending name a trade, no body (`suffixes_after_trades` and
    `trade_goods` in factx/data/aliases.json)."""
    trade = _plain(words[-2])
    return _plain(words[-1]) in _word_list("suffixes_after_trades") and (
        trade.endswith("ing") or trade in _word_list("trade_goods")
    )


def _plain(word: str) -> str:
    return word.casefold().replace(".", "").replace(",", "")


# "The Who": a capital "The" and one capitalised function word, not in capitals ("the WHO").
_THE_FUNCTION_WORD = re.compile(r"[Tt]he [A-Z][a-z]+")


@lru_cache(maxsize=1 << 16)  # the same names recur across mentions and articles
def name_key(name: str) -> str:
    """The key the mentions of one entity share: "The U.S." -> "us"; "Oracle Corp." -> "oracle".

    The key does not know the label, so it keeps what may belong to an organisation's name
    ("General Motors" keys as "general motors"); "&" is "and" (the "Securities & Exchange
    Commission" is the SEC). A known short first name is its full form, so "Tim Sloan" in one
    article and "Timothy Sloan" in another are one entity.
    """
    if HYPHENED_INITIALS.fullmatch(name):
        name = name.replace("-", "")  # "U-S" keys as "US" (r50b-names)
    function_words = word_sets("language.json")["english_function_words"]
    if _THE_FUNCTION_WORD.fullmatch(name) and name.split()[-1].casefold() in function_words:
        # "The Who", "The The": a band named by "the" and a function word keeps its "the", or
        # it would key as the WHO's initials and take the World Health Organization's name.
        return "the " + name.split()[-1].casefold()
    words = [p for p in map(_plain, core_words(_unbracketed(name), person=False)) if p]
    words = ["and" if w == "&" else w for w in words]
    if len(words) > 2 and words[0].isalpha():
        words = [words[0], *_middle_words(words[1:-1]), words[-1]]
    if len(words) > 1:
        words[0] = _nicknames().get(words[0], words[0])
    key = " ".join(words)
    aliases = _tables()["aliases"]
    assert isinstance(aliases, dict)
    return str(aliases.get(key, key))


def _middle_words(middle: list[str]) -> list[str]:
    """The middle words a person's key keeps: no lone initial ("Donald J. Trump" is Donald
    Trump, as "Donald Trump" elsewhere), but two or more initials, run together ("George H. W.
    Bush" and "George H.W. Bush" key as "george hw bush"): a man known by two initials is
    written with them, and without them he would take the key, and the id, of "George W. Bush"
    (one initial, "george bush"), another man."""
    initials = [w for w in middle if len(w) == 1]
    kept = [w for w in middle if len(w) > 1]
    return [*kept, "".join(initials)] if len(initials) > 1 else kept


def _takes_the(text: str) -> bool:
    """Whether a mention opens with the name's own "the", before no title ("the Queen")."""
    match = _ARTICLE.match(text)
    if match is None:
        return False
    first = _plain(text[match.end() :].split()[0])
    return first not in _word_list("titles") | _word_list("styled_persons")


def _nickname(name: str) -> bool:
    """Whether a name of several words opens with a short first name ("Tim Sloan")."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first.casefold() in _nicknames()


@cache
def _nicknames() -> dict[str, str]:
    names = _tables()["nicknames"]
    assert isinstance(names, dict)
    return {str(k): str(v) for k, v in names.items()}


def canonical_name(key: str) -> str | None:
    """The name every article gives an entity known by several names ("us": United States)."""
    names = _tables()["canonical_names"]
    assert isinstance(names, dict)
    found = names.get(key)
    return str(found) if found is not None else None


def entity_id(key: str) -> str:
    """The same key gives the same id in every article and every run."""
    return "E" + hashlib.sha1(key.encode()).hexdigest()[:10]


def repair(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the name's own form: no leading "the" or "a", no possessive, no trailing
    punctuation, no lower-case prefix joined to it by a hyphen ("ex-Yukos", "pro-Chavez" are
    Yukos and Chavez; the prefixes are data, `name_prefixes`)."""
    start, end = trim(text, start, end)
    match = _ARTICLE.match(text, start, end) or _DETERMINER.match(text, start, end)
    if match and end > match.end():
        start = match.end()
    hyphen = text.find("-", start, end)
    if (
        start < hyphen < end - 1
        and text[start:hyphen] in _word_list("name_prefixes")
        and text[hyphen + 1 : hyphen + 2].isupper()
        and text[start:end].split()[0].casefold() not in _word_list("prefixed_words")
    ):
        start = hyphen + 1
    return start, end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a possessive, quotes, brackets or punctuation around the name.

    The period of an abbreviation stays ("U.S.", "Apple Inc."): it is part of the name.
    """
    while True:
        before = (start, end)
        while end > start and (
            text[end - 1].isspace()
            or (text[end - 1] in _TRAILING and not _abbreviation_ends(text, start, end))
        ):
            end -= 1
        for suffix in ("'s", "’s"):
            if text.endswith(suffix, start, end) and end - len(suffix) > start:
                end -= len(suffix)
        # Loop: "United Kingdom 's" leaves a space once the possessive is gone.
        if (start, end) == before:
            break
    while start < end and (text[start] in _LEADING or text[start].isspace()):
        start += 1
    return start, end


def _abbreviation_ends(text: str, start: int, end: int) -> bool:
    """Whether text[end - 1] is the period of an abbreviation such as U.S., N.V., Inc. or J."""
    if text[end - 1] != ".":
        return False
    words = text[start : end - 1].split()
    if not words:
        return False
    stem = words[-1]
    return bool(_INITIALS.fullmatch(stem)) or stem.lower() in _word_list("abbreviations")


def strip_title(text: str, start: int, end: int, label: str) -> tuple[int, str]:
    """The start after a title or role before a person's name, and the label it implies.

    Titles and roles are not part of a name ("Mr Trump", "Spokeswoman Sandy Angers"). The
    model often tags a role word plus a name as ORG; a role word (a common noun such as
    "spokeswoman", or an honorific) before a full name is evidence of a PERSON. Offices that
    also start names of organisations ("General Motors", "King's College") only count for
    mentions the model already tagged PERSON.
    """
    words = list(re.finditer(r"\S+", text[start:end]))
    if 2 <= len(words) <= 3 and " ".join(
        w.group().lower() for w in words if w.group() not in ("the", "The")
    ) in _word_list("styled_titles") | _word_list("stage_names"):
        # "the Queen Mother": a royal's whole style, no title and a name; "Dr Dre" a stage name.
        return start, label
    person_words = _word_list("roles") | _word_list("honorifics")
    strippable = person_words | _word_list("titles") if label == "PERSON" else person_words
    cut = 0
    honorific = False
    while cut < len(words) - 1:
        for size in (2, 1):
            if cut + size >= len(words):
                continue
            phrase = " ".join(w.group().lower().rstrip(".") for w in words[cut : cut + size])
            if phrase in strippable and not (
                phrase in _word_list("honorifics") and _capitals_amid_case(words, cut, size)
            ):
                honorific = honorific or phrase in _word_list("honorifics")
                cut += size
                break
        else:
            break
    if cut == 1 and label == "PERSON" and peer_of_a_place([w.group() for w in words]):
        return start, label  # "Baroness Scotland": the title is her name's, no place alone
    if cut == 0 and label == "PERSON":
        cut = _inner_role(words, person_words | _word_list("inner_roles"))
    if cut == 0 and label != "WORK_OF_ART":
        cut = inner_person(words, _word_list("honorifics"), label)
        honorific = cut > 0
    if cut == 0:
        cut = _after_nationality(words, label)
    if cut == 0:
        cut = _after_party(words)
    if cut == 0:
        cut = _after_former_members_word(text, start, words)
    if cut == 0:
        return start, label
    rest = [w.group() for w in words[cut:]]
    if not all(w[:1].isupper() for w in rest):
        return start, label  # "Chief of Staff": not a title before a name
    if label != "PERSON" and not (len(rest) >= 2 or honorific):
        return start, label  # "CEO Summit": one capitalised word after a role may be anything
    if label != "PERSON" and not honorific and ends_in_body_word(rest):
        return start, label  # "Economist Intelligence Unit": a role word opening a body's name
    return start + words[cut].start(), "PERSON"


def _capitals_amid_case(words: list[re.Match[str]], cut: int, size: int) -> bool:
    """Whether an honorific's words are written in capitals, of two letters or more, before a
    word that is not: "DR Congo" is the Democratic Republic of Congo, no doctor's "Dr"
    (round r31-seed58). A line in capitals ("DR JOHN SMITH") keeps its honorifics, and a
    role's initials ("MP", "QC") are no honorific."""
    title = [w.group().rstrip(".") for w in words[cut : cut + size]]
    rest = [w.group() for w in words[cut + size :]]
    return (
        all(len(t) >= 2 and t.isupper() for t in title)
        and bool(rest)
        and not all(w.isupper() for w in rest)
    )


def _after_nationality(words: list[re.Match[str]], label: str) -> int:
    """How many words of a nationality open the span before a first name and a surname (1, or
    2 for a nationality of two words), else 0.

    "Briton Tim Henman", "Kenyan Catherine Ndereba": the model runs the nationality into
    the name, where it is no part of it. The first name is the evidence ("American Express
    Card", "British Gas" keep their first word); so is the model's PERSON on a nationality and
    one word ("Spaniard Costa", "Brazilian Ronaldo"), unless that word ends the names of
    places and things ("Australian Open").
    """
    if len(words) in (4, 5) and " ".join(w.group() for w in words[:2]) in nationalities():
        # "New Zealander Wayne Smith", "Sri Lankan Dav Whatmore": a nationality of two words.
        return 2 if person_by_first_name(" ".join(w.group() for w in words[2:])) else 0
    if len(words) not in (2, 3, 4) or words[0].group() not in nationalities():
        return 0
    if len(words) == 2:
        last = words[1].group()
        lone = label == "PERSON" and last.isalpha() and last[:1].isupper()
        return 1 if lone and not name_kind(last) and last not in nationalities() else 0
    if person_by_first_name(" ".join(w.group() for w in words[1:])):
        return 1
    return 1 if label == "PERSON" and _foreign_full_name(words[1:]) else 0


# One word of a name as a person's is written: "Oleksiy", "Jean-Marc".
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _foreign_full_name(words: list[re.Match[str]]) -> bool:
    """Whether two words after a nationality are a full name whose first name is on no list,
    in a span the model tagged PERSON: "Ukrainian Oleksiy Tkachenko", "Russian Dmitriy
    Ivanov" (seed 71). A sports report names a foreign athlete after the nationality, and the
    model runs the two into one person; the first-name list knows "Dmitry", not "Dmitriy".
    Not a name ending in a kind's word ("Russian Grand Prix"), nor one with a nationality's
    or a place's word in it."""
    return len(words) == 2 and all(
        _NAME_WORD.fullmatch(w.group())
        and not name_kind(w.group())
        and w.group() not in nationalities()
        and not _a_city(w.group())
        for w in words
    )


# "former", "future", "ex-" or "fellow" before a span: what follows is what someone was, is
# to be or shares, before the person's own name.
_FORMER_BEFORE = re.compile(r"(?<![\w-])(?:[Ff]ormer|[Ff]uture|[Ff]ellow|[Ee]x-) $")


def _after_former_members_word(text: str, start: int, words: list[re.Match[str]]) -> int:
    """How many words of a band's, a club's or a body's singular open the span before a
    person's full name after "former", "future", "ex-" or "fellow", else 0.

    "a duo with future Rolling Stone Ronnie Wood" (seed 70) gives the model's `Rolling Stone
    Ronnie Wood` ORG: the member's word of the band ("a Rolling Stone", as "a Beatle") is no
    part of his name. The full name at the end, opening with a common first name, is the
    evidence; one or two words before it ("former Beatle", "future Rolling Stone")."""
    if len(words) not in (3, 4) or _FORMER_BEFORE.search(text, max(0, start - 8), start) is None:
        return 0
    return len(words) - 2 if opens_with_first_name(" ".join(w.group() for w in words[-2:])) else 0


def _after_party(words: list[re.Match[str]]) -> int:
    """How many words of a party's name open the span before a person's full name, else 0.

    "Tory Liam Fox said", "Lib Dem Norman Baker accused": the model runs the party into the
    name, as it does a nationality (`_after_nationality`). The common first name after it is
    the evidence ("Labour Party", "Democrat Senator" keep their words).
    """
    for size in (2, 1):
        if len(words) - size in (2, 3) and (
            " ".join(w.group() for w in words[:size]) in _party_words()
        ):
            rest = " ".join(w.group() for w in words[size:])
            return size if person_by_first_name(rest) else 0
    return 0


@cache
def _party_words() -> frozenset[str]:
    """Party words that may stand before a person's name ("Tory", "Lib Dem")."""
    return frozenset(data_file("entities.json")["party_members"]["before_names"])


@cache
def _nationality_keys() -> frozenset[str]:
    """Keys of nationality words ("welsh", "briton"), less those that are first names too
    ("Finn", "Dane"): a name of one such word alone may be a person's."""
    words = {w.casefold() for w in nationalities()} - first_names()
    # "Republicans have gone missing": a party's members are a group, as a nation's are.
    parties = {name_key(w) for w in data_file("entities.json")["party_members"]["words"]}
    return demonyms() | words | parties | (_country_adjectives() - first_names())


def _country_or_people(word: str) -> bool:
    """Whether a word names a country or a nationality: "Jordan", "English"."""
    return _a_people(name_key(word))


def _people_label(word: str) -> str | None:
    """GPE for a country's word ("US"), NORP for a nationality's ("Israeli"), else None."""
    key = name_key(word)
    if key in country_keys(name_key):
        return "GPE"
    return "NORP" if key in _nationality_keys() else None


def _place_or_people(name: str) -> bool:
    """Whether a name is a country's, a nationality's or a people's: "Netherlands", "Brits"."""
    return _country_or_people(name) or a_people_by_name(name)


def _known_letters(letters: str) -> bool:
    """Whether capital letters are a country's or another known name's ("US", "EU"), no
    one's initials (factx/extract/entity_initials.py)."""
    key = name_key(letters)
    return key in country_keys(name_key) or canonical_name(key) is not None


def _a_people(key: str) -> bool:
    """Whether the key is a country's or a nationality's: a nation, whatever it plays."""
    return key in country_keys(name_key) or key in _nationality_keys()


@cache
def _country_adjectives() -> frozenset[str]:
    """Keys of the adjectives regularly made from country names: "Sri Lanka" -> "sri lankan",
    "Oman" -> "omani", "China" -> "chinese" (the model tags "Sri Lankan television" ORG)."""
    found: set[str] = set()
    for country in country_keys(name_key):
        stem = country[:-1] if country[-1:] in "aeo" else country
        found.update((country + "n", stem + "an", stem + "ian", stem + "ese", country + "i"))
    # The people by the adjective's plural: "Gibraltarians", "Omanis" (not "-ese": "Chinese").
    found.update(word + "s" for word in list(found) if not word.endswith("ese"))
    return frozenset(found) - country_keys(name_key)


def _inner_role(words: list[re.Match[str]], roles: frozenset[str]) -> int:
    """The index of the full name after a role word inside a PERSON span, else 0.

    "Lib Dem MP Lembit Opik", "Labour backbencher Stephen Pound": the words before the role
    name whom the person serves, not the person. The name after it has two words at least, so
    a role word that is a surname stays.
    """
    for index in range(len(words) - 3, 0, -1):
        if words[index].group().lower().rstrip(".") in roles:
            return index + 1
    return 0


def with_article(layout: Layout, start: int, end: int) -> int:
    """The start of a name mention, moved back over a "the" that determines the name.

    Mention spans follow the OntoNotes/ACE convention that the model was trained on: "the"
    belongs to the mention when it is the name's own determiner ("the United States", "the
    GAO said"), not when the name only modifies another noun ("the Boeing 737", "the US
    market"). The dependency parse tells the two apart; without one nothing is added.
    `name` never carries the article. Offsets are the paragraph's own.
    """
    if not layout.parsed or end <= start:
        return start
    first = layout.token_at(start)
    if first == 0 or layout.token_starts[first] != start:
        return start
    last = layout.token_at(end - 1) + 1
    article = first - 1
    head = layout.the_heads.get(article)
    if head is None or not first <= head < last:
        return start
    # "The Boeing 737-800", "the Airbus 380 will": the parse may still attach "the" to the
    # maker when a model number follows; a noun right after the name continues the phrase.
    # "the United Kingdom's Royal Air Force": "the" goes with the phrase the name owns.
    if last < len(layout.token_starts) and (layout.nominal(last) or layout.possessive(last)):
        return start
    return layout.token_starts[article]


# A first name and the surname an editor adds after it in round brackets: "Pierre (Berbizier)".
_EDITORS_SURNAME = re.compile(r"([A-Z][a-z]+) \(([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\)")


def _unbracketed(name: str) -> str:
    """A name or an alias without an editor's brackets, which are no part of it: "[Russian
    President Vladimir] Putin" names Vladimir Putin, and so do round ones round a surname
    after a first name in a quote (round r47-sport, "Pierre (Berbizier)": Pierre Berbizier;
    `entity_sport_names.bracketed_surnames_in_quotes`). A paper's region in brackets is no
    word of its name either ("Naples (Fla.) Daily News", `entity_bracketed_papers`)."""
    if "(" in name and (paper := paper_name(name)) != name:
        return paper
    if (surname := _EDITORS_SURNAME.fullmatch(name)) is not None:
        return f"{surname[1]} {surname[2]}"
    if "[" not in name and "]" not in name:
        return name
    return " ".join(name.replace("[", " ").replace("]", " ").split())


def name_form(text: str) -> str:
    """A mention's text without its leading article: the form used for names and aliases."""
    match = _ARTICLE.match(text)
    return text[match.end() :] if match and len(text) > match.end() else text


# The tags of words that open a sentence rather than a title: a preposition, an adverb, a
# determiner other than an article or a conjunction ("Both"), an -ing form ("Interrupting").
_OPENING_TAGS = frozenset({"IN", "RB", "DT", "PDT", "CC", "VBG"})


def _sentence_opening(ent: Span) -> bool:
    """A work the model read into the words that open a sentence: "Like the Tories, the Lib
    Dems ...", "Both Mr Brown and Mr Blair rose", "Interrupting Mr Sukul in his speech". Its
    first word is a preposition, adverb, determiner or -ing form, and what follows is no
    title: a lower-case word, or an honorific before a name. A title that opens a sentence
    keeps its capitals ("Like Toy Soldiers", "Finding Neverland", "In The Name Of The
    Father")."""
    if ent.label_ != "WORK_OF_ART" or len(ent) < 2 or ent[0].tag_ not in _OPENING_TAGS:
        return False
    if ent[0].lower_ in ("the", "a", "an"):
        return False  # "The Goat, or Who Is Sylvia?": an article opens many titles
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    opens = (
        ent[0].is_sent_start
        or (before is not None and before.is_quote and (before.is_sent_start or before.i == 0))
        or opens_a_quotation(ent)  # 'she said: "Winning a Bafta means ..."' (round r51-works)
    )
    if not opens:
        return False
    rest = ent[1:]
    return any(t.is_lower for t in rest) or rest[0].lower_.rstrip(".") in _word_list("honorifics")


def mentions_of(segment: Segment, *, headline: bool) -> Iterator[RawMention]:
    """Repaired model mentions of one paragraph, with names the model split rejoined."""
    doc = segment.doc
    # Doc.text joins every token each time it is read: once, not per entity (a huge paragraph
    # made this quadratic).
    text = doc_text(doc)
    particles = _word_list("particles")
    ents = [e for e in doc.ents if e.label_ in ENTITY_LABELS and not _sentence_opening(e)]
    merged: list[tuple[int, int, str, int]] = []
    for ent in ents:
        first, last = (
            (ent.start, ent.end) if headline else widened(doc, ent.start, ent.end, ent.label_)
        )
        # "Tomorrow Harrison's family": a time word, no word of the name (r51b-joins)
        # "1300 GMT Carnival's shares": a clock's zone, no word of the name (r52-events)
        if (
            opening_adverb(ent)
            or opening_verb(ent)
            or opening_time_word(ent)
            or clock_zone_opening(ent)
        ):
            # "Nevertheless Franz Ferdinand", "Follow Neil MacFarquhar": no word of the name
            first = max(first, ent.start + 1)
        if glued := glued_common_words(ent):
            first = max(first, ent.start + glued)  # "to force Soros Foundation-Kazakhstan"
        start, end = repair(text, doc[first].idx, doc[last - 1].idx + len(doc[last - 1]))
        if end <= start:
            continue
        end = without_set_scores(text, start, end)
        end = without_times_count(text, start, end)  # "Wimbledon three times" (r52)
        start, label = strip_title(text, start, end, ent.label_)
        start, end, label = party_before_first_name(text, start, end, label)  # "Tory Dominic"
        start, label = club_after_league(text, start, end, label)  # "Premiership Everton"
        end = whole_hyphened_surname(text, start, end, label)  # "Quincy Owusu" + "-Abeyie"
        for piece in pieces(text, start, end, label):
            p_start, p_end = trim(text, *piece)
            piece_label = label
            if _named_with_s(text, p_start, p_end):
                # "Standard & Poor's, Moody's and Fitch": a firm whose name ends in "'s"
                p_end, piece_label = p_end + 2, "ORG"
            elif label == "ORG" and _NAME_S.match(text, p_end):
                p_end += 2  # "McDonald's said": the "'s" is the company's own
            if p_end > p_start and not _rejoined(merged, text, p_start, p_end, label, particles):
                merged.append((p_start, p_end, piece_label, ent.start))
    for start, end, label, token in _outermost(merged):
        if not _looks_like_name(text[start:end], label) or _a_role(text, start, end, label):
            continue
        if abbreviated_rank(text, start, end):
            continue  # "Staff-Insp. Peter Ward said": a rank cut short, no name (r51b-joins)
        if common_noun(text, start, end) or adverb(text[start:end], doc[token].tag_):
            continue
        if document_kind(text, start, end):  # "a new White Paper"
            continue
        if table_label(text, start, end) or region_adjective(text, start, end):
            continue
        if catchphrase(text[start:end]) or school_stage(text[start:end]):
            continue  # "the Next Big Thing", "Key Stage 3"
        adjective = _one_token(doc, token, start, end) and opening_adjective(  # "Digital radio"
            doc, token, label
        )
        plural = (
            not headline
            and _one_token(doc, token, start, end)
            and opening_plural_subject(doc, token, label)
        )
        qualifier = (
            _one_token(doc, token, start, end)
            and (
                # "Labor leader Simon Crean says": the party, no common noun (r51b-joins)
                (opening_qualifier(doc, token, label) and not party_before_post(doc, token))
                or opening_plural(doc, token, label)  # "Slowdowns in the US"
                or adjective
                or opening_modifier(doc, token, label)  # "Upscale department store"
                or plural  # "Layoffs hit the car industry" (round r49-firms)
                or (not headline and opening_participle(doc, token, label))  # "Dubbed 'le ...'"
                # "Labour says it wants": a party's name is no common noun, wherever it stands;
                # a headline is tagged as no sentence is ("Apple releases Macbook": NN).
                or (
                    not headline
                    and opening_subject(doc, token, label)
                    and text[start:end] not in _party_words()
                )
            )
        )
        if plural_role(text[start:end]) or post_nominal(text[start:end]):
            continue
        stance = stance_mention(text, start, end, label)
        if stance is None:
            continue  # "a Eurosceptic party", "accused of anti-Semitism"
        start, label = stance  # "Euro-Sceptic Kilroy-Silk", "the Europhiles" NORP
        if label == "PERSON" and post_nominal(text[start:end].rsplit(" ", 1)[-1]):
            end = text.rindex(" ", start, end)  # "Ken Macdonald QC": a rank, no word of the name
        elif " " in text[start:end] and plural_role(text[start:end].rsplit(" ", 1)[-1]):
            end = text.rindex(" ", start, end)  # "Lib Dem MPs": the party's members, no name
        else:
            end, label = member_letters_cut(text, start, end, label)  # "Paul Boateng MP"
        if not (label == "PERSON" and text.startswith(" of ", end)):
            # "the Eminem of Argentina": a person's name as a type takes "the", stays a person.
            start = with_article(segment.layout, start, end)
        yield RawMention(
            text=text[start:end],
            start=segment.offset + start,
            end=segment.offset + end,
            label=label,
            sentence=segment.sentence_of(token),
            paragraph=segment.paragraph,
            headline=headline,
            qualifier=qualifier,
            adjective=adjective,
            plural=plural,
        )


def _outermost(merged: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """The merged spans less each that another one holds (`nested spans`, round r32-seed61).

    The model's entities never overlap, but `widened` grows one over its neighbour's words:
    "the Sunday" ORG and "Times Mr" ORG became "Sunday" and "Sunday Times", two entities over
    one span. The wider span is the name; the one it holds (or its copy) is left out.
    """
    # By start, the wider first: a span is held where one before it ends as late or later.
    order = sorted(range(len(merged)), key=lambda i: (merged[i][0], -merged[i][1], i))
    held: set[int] = set()
    reach = -1
    for i in order:
        if merged[i][1] <= reach:
            held.add(i)
        else:
            reach = merged[i][1]
    return [span for i, span in enumerate(merged) if i not in held] if held else merged


def _one_token(doc: Doc, token: int, start: int, end: int) -> bool:
    """Whether text[start:end] of the doc is doc[token] alone."""
    return doc[token].idx == start and doc[token].idx + len(doc[token]) == end


def _rejoined(
    merged: list[tuple[int, int, str, int]],
    text: str,
    start: int,
    end: int,
    label: str,
    particles: frozenset[str],
) -> bool:
    """Whether the span continues the last name, which the model split in two.

    A person's name split at a particle ("Tim van der" + "Kuip"), or two single words that
    the model gave a group's label and a group's or organisation's, with one space between:
    "Liberal" ORG + "Democrat" NORP, "Bosnian" + "Serb" NORP. The second word is the head.
    Two organisations stay apart: "Cadillac" + "XLR" are a maker and its model.
    """
    if not merged:
        return False
    p_start, p_end, p_label, p_token = merged[-1]
    last_word = text[p_start:p_end].split()[-1].lower()
    gap = text[p_end:start]
    if p_label == "PERSON" and last_word in particles and gap.isspace() and len(gap) < 3:
        merged[-1] = (p_start, end, "PERSON", p_token)
        return True
    if (
        p_label == "PERSON"
        and (label == "PERSON" or last_word in particles)
        and _particles_between(gap, last_word, particles)
    ):
        # "Albert van" + "den" + "Bergh", "Ruud" + "van" + "Nistelrooy": the model left the
        # particles out of both halves of one person's name.
        merged[-1] = (p_start, end, "PERSON", p_token)
        return True
    if (
        gap == " "
        and {p_label, label} <= _SPLIT_LABELS
        and "NORP" in (p_label, label)
        and " " not in text[p_start:p_end]
        and " " not in text[start:end]
        # "Senate Democrats", "House Democratic": a chamber and a party, two names (r49b-us)
        and not chamber_and_party(text[p_start:p_end], text[start:end])
        # "Palestinian Islamic militants": two peoples' words, no one group (r51b-joins)
        and not faith_after_people(text, text[p_start:p_end], start, end)
    ):
        merged[-1] = (p_start, end, label, p_token)
        return True
    return False


def _particles_between(gap: str, last_word: str, particles: frozenset[str]) -> bool:
    """Whether `gap`, between two of a person's mentions, holds one or two lower-case
    particles of a name and nothing else (" den ", " van der "); one more may end the first
    mention ("Albert van")."""
    words = gap.split()
    return (
        0 < len(words) <= (1 if last_word in particles else 2)
        and gap == f" {' '.join(words)} "
        and all(w in particles for w in words)
    )


def _a_role(text: str, start: int, end: int, label: str) -> bool:
    """A role word alone is no one's name ("Rapper 50 Cent scores ...", "the MEP", "the
    Dutchman"), unless it is a title: a work ("the 1997 novel Detective") or a name after a
    capital "The" inside a sentence ("editor of The Scotsman"); nor is a short title tagged
    PERSON ("Gen")."""
    if label == "PERSON" and text[start:end].rstrip(".").casefold() in _word_list("short_titles"):
        return True  # "$16m. Gen Pinochet himself" with "Gen" alone PERSON: the rank's word
    if label == "WORK_OF_ART" or text[start:end].casefold() not in _word_list("roles"):
        return False
    before = text[:start].rstrip()
    titled = before.endswith("The") and before[:-3].rstrip()[-1:] not in ("", ".", "!", "?", '"')
    return not titled


def _looks_like_name(text: str, label: str) -> bool:
    """English names are capitalised: "antenna" or "140bn" tagged PERSON is a model error.

    Products are the exception: model numbers such as "787" or "737s" are their names; but
    figures without a letter that are no single model number ("3 1 1 1 3 3 4" of a league
    table, ".533", a bowler's "8-1-26-3") are no product's. A holiday ("by Easter" tagged
    PERSON) is a date, not an entity, unless it names a work or an event.
    """
    if label not in ("WORK_OF_ART", "EVENT") and text.casefold() in _HOLIDAYS:
        return False
    if label == "PRODUCT":
        if not any(ch.isalpha() for ch in text):
            return _MODEL_NUMBER.fullmatch(text) is not None
        return True
    return any(ch.isupper() for ch in text)


# A model number alone: "787", "737-800".
_MODEL_NUMBER = re.compile(r"\d{3,4}(?:-\d{2,4})?")


def _a_city(name: str) -> bool:
    """Whether a name is a city of the world or a region any place list knows."""
    return world_city(name) or known_place(name) or home_place(name)


# The model's labels a common word before a hyphened adjective takes ("Chart" ORG). Not GPE:
# the model's place before "-based" is a place the lists may lack ("Frankfurt-based", the one
# right -> wrong of the odd-half count, which narrowed the rule once).
_HYPHENED_LABELS = frozenset({"ORG", "PERSON", "PRODUCT"})


def _known_word(word: str) -> bool:
    """Whether one capitalised word is known as a name: a place, a people or a first name."""
    return _place_or_people(word) or _a_city(word) or name_key(word) in first_names()


def _lone_place(key: str) -> bool:
    """Whether a one-word name is a British or Irish county, borough or province (as pycountry
    knows them) and no common first name."""
    return " " not in key and home_place(key) and key not in first_names()


def _outweighs_sides(cues: dict[str, int], top: int, person_voted: bool) -> bool:
    """Whether a work's cues, or a person's where the model voted PERSON, are as many as the
    top count of cues."""
    return (person_voted and cues.get("PERSON") == top) or cues.get("WORK_OF_ART") == top


@dataclass
class Cluster:
    key: str
    mentions: list[RawMention]
    # A lone word that is the surname of several people the article names in full ("Trump"
    # beside Donald and Melania Trump): joined to none of them, as it may be either's.
    family: bool = False
    # A country's name that is a record's title after its kind word wherever the article
    # writes it ("Her album Morocco won the award": `entity_songs.record_countries`).
    record: bool = False
    # Round r51-fixes: the name of a family's person the article writes only by the given name
    # ("Charles" of "Charles and David Koch", `entity_family_given_names`), else "".
    full: str = ""

    def label(self, weak_persons: set[str]) -> str:
        votes: dict[str, float] = defaultdict(float)
        product = False
        full_person = " " in self.key and any(
            m.votes and m.label == "PERSON" and name_key(m.text) == self.key for m in self.mentions
        )
        words = self.key.split()
        speech = a_language(self.key)  # the name is a language's ("Portuguese")

        def surname(m: RawMention) -> bool:
            return len(words) == 2 and name_key(m.text) == words[-1]

        for m in self.mentions:
            if not m.votes:
                continue
            if (
                (full_person or self.family)
                and m.label in _SURNAME_SLIPS
                and " " not in name_key(m.text)
            ):
                # "Papermaster" as ORG, "Sharapova" as GPE: a lone surname only joined this
                # group because it ends the full name the model tagged PERSON, or is the
                # surname of several; the model often takes a bare surname for a company or,
                # when it is foreign, for a place.
                continue
            weight = 0.5 if m.headline else 1.0
            label = m.label
            if label in _NOT_OF_ACRONYMS and _DOTTED_ACRONYM.fullmatch(m.text):
                label = "ORG"  # "the F.B.I." GPE, "the A.C.L.U." PERSON: a body's initials
            elif label == "LANGUAGE" and not speech and a_people(self.key):
                label = "NORP"  # "Republican", "Australian" LANGUAGE: no language, a people
            elif m.by_city:
                # "training camp in Embu" LOC: a city's name after "in" (`Cue.cities`) moves
                # the model's place vote to GPE, and only that: "lost 8-3 to Cardiff" (ORG)
                # beside "the 1978 game in Cardiff" (LOC) keeps the side's group a side's,
                # where a cue would outvote the model's ORG (round 26's flips) (r29-towns).
                label = "GPE"
            if m.label == "ORG" and _PRODUCT_WITH_ARTICLE.fullmatch(m.text):
                product = True
            if m.label == "NORP" and not _DEMONYM.search(m.text):
                weight *= 0.25  # "Oracle" as NORP: a name that is no nationality or group
            if m.label == "PERSON" and (len(m.text.split()) > 1 or surname(m)):
                # A full name is the model's most reliable PERSON evidence, and so is the last
                # word of one used alone ("Brent Cockbain" tagged ORG, later "lock Cockbain").
                weight *= 2
            votes[label] += weight
        if product and "ORG" in votes:
            # "the iPhone", "the MacBook": a company name takes no article, while a coined
            # product name used as a count noun does; the model tags these ORG after their maker.
            votes["PRODUCT"] += votes.pop("ORG")
        # "Oracle" PERSON as a sentence's subject, ORG elsewhere: a lone name's other labels
        # outvote the model's PERSON, unless PERSON is most of what it said ("Parry" 11 times
        # PERSON and 3 times ORG, a club's chief executive on a sports page).
        if (
            "PERSON" in votes
            and len(votes) > 1
            and self.key in weak_persons
            and votes["PERSON"] < _PERSON_MAJORITY * (sum(votes.values()) - votes["PERSON"])
        ):
            del votes["PERSON"]
        # "The Mac Mini was launched": a person's name takes no article; a name that does is
        # a thing, most often a product ("the Titanic", "the Hubble") when the model has no
        # other label for it, and a plural a group of people ("the Tories"), whatever a "who"
        # after it says; not where a performer's calling stands right before one of its
        # mentions ("rapper The Madd Rapper": `RawMention.act`, round r37c-media).
        # Not a lone surname's "the" beside the person's full name the model tagged PERSON
        # ("the Clinton was unable to walk", a slip, beside "Bill Clinton" and thirteen bare
        # "Clinton": a person, no product; the lead, round 48, from a user's read of PolNeAR).
        # Round r50-surnames: nor a family's or a shared surname's ("the Clinton" beside a
        # "(Bill Clinton)" that owns no bare "Clinton": `entity_main_surname.glossed_only`).
        persons = not any(
            _takes_the(m.text)
            and not (full_person and surname(m))
            and not (self.family and name_key(m.text) == self.key)
            for m in self.mentions
        ) or any(m.act or m.household for m in self.mentions)
        if "PERSON" in votes and not persons:
            votes.pop("PERSON")
            group = self.key.endswith("s") and not self.key.endswith("ss")
            votes = votes or defaultdict(float, {"NORP" if group else "PRODUCT": 1.0})
        if (
            self.key in country_keys(name_key)
            and not self.record
            and not self._a_countrys_club()
            and not all(m.player for m in self.mentions)  # "Subs Not Used: ..., Jordan."
        ):
            return "GPE"  # "Moldova" tagged ORG, "Turkey" PERSON: a country is a place
        # "my Portuguese"; not "Germans, Norwegians and Swedes" after "in": no language's name.
        language = speech and any(m.cue == "LANGUAGE" for m in self.mentions)
        if (
            # "Pan-European stock market Euronext" (ORG): a prefixed nationality word is one.
            PEOPLE_PREFIX.sub("", self.key) in _nationality_keys()
            and not language
            and set(votes) <= {"PERSON", "ORG", "GPE", "NORP", "PRODUCT"}
            # "political editor of The Scotsman", then "Scotsman journalist": the paper.
            and not any(a_paper(m.text) for m in self.mentions)
            # "American and Delta", "American, the world's biggest airline": an airline.
            and not airline_by_its_word(self.key, self.mentions)
            # "research firm The Yankee Group": a people's word before a firm's tail word,
            # which the key drops, is the firm's name (r53-spans).
            and not national_firm(self.mentions)
            # "three Brit nominations": a prize's short name the words around cue as the
            # awards (`awards_by_short_name`, round r46b-music), no people's word.
            and not all(m.cue == "EVENT" for m in self.mentions)
        ):
            return "NORP"  # "the Welsh line-out" PERSON, "Scots" PRODUCT: a nationality, no name
        cues: dict[str, int] = defaultdict(int)
        teams = 0  # the ORG cues that are a side's (TEAM), read from a result's shape
        voted = any(m.votes and m.label == "PERSON" for m in self.mentions)
        form = False
        for m in self.mentions:
            if full_person and m.cue == "TEAM" and " " not in name_key(m.text):
                continue  # "Davenport beat Molik", of Lindsay Davenport: a player, no team
            if m.by_form and m.cue == "PERSON":
                # A first name is the same on every mention: one vote, whatever their count,
                # so the words around a name outvote its look ("the film Vera Drake", "awards
                # for Vera Drake" beside eight bare "Vera Drake").
                form = persons
                continue
            if m.cue == "LANGUAGE" and not speech:
                continue
            if m.cue and (persons or m.cue != "PERSON"):
                cues["ORG" if m.cue == "TEAM" else m.cue] += 1
                teams += m.cue == "TEAM"
        if form:
            cues["PERSON"] += 1
        if cues:
            # What the article says decides over the look of the name: "Ubisoft's shares",
            # "the drug Tysabri", whatever the model made of its other mentions.
            top = max(cues.values())
            if (
                cues.get("PERSON") == top
                and cues.get("WORK_OF_ART") == top
                and form
                and cues["PERSON"] == 1
            ):
                # A title of a person's shape: the look of the name is its one PERSON vote,
                # and the words around it say a work as often ("the period drama Vera Drake",
                # "Mike Leigh's Vera Drake"). No one's name stands after a kind of work.
                return "WORK_OF_ART"
            if (
                cues.get("ORG") == top
                and form
                and cues["PERSON"] == 1
                and any(m.group and m.cue == "ORG" for m in self.mentions)
            ):
                # A band of a person's shape: a frontman's or a group's kind word says a group
                # ("Franz Ferdinand frontman Alex Kapranos", "rockers Franz Ferdinand"), where
                # the name's first name is its one PERSON vote (round r45-works).
                return "ORG"
            if cues.get("PERSON") == top and self._first_named_person():
                # Words that tie between a person and another kind ("fellow broadcaster
                # Michael Pointon" a firm by its kind word, "Mr Pointon said" a person) do not
                # outvote a full name the model read as a person and that opens with a
                # common first name. Not "Vivendi Universal", no first name.
                return "PERSON"
            if cues.get("ORG") == top and teams == top and _outweighs_sides(cues, top, voted):
                # "Eminem beats Elvis" (a side's result) beside "Rapper Eminem", "Ray's Taylor
                # Hackford" (a side's player) beside "Ray star Jamie Foxx": a team's cue is read
                # from the shape of a result or a line, and a work's words say more when they
                # are as many, and so do a person's where the model read a person too (not
                # "Barcelona", a place to the model, once after "against").
                cues.pop("ORG")
            return max(cues, key=lambda lab: (cues[lab], -_PRIORITY.get(lab, 99)))
        if not votes:
            return "PERSON" if self.family else self.mentions[0].label
        if set(votes) == {"PERSON"} and " " in self.key and home_place(self.key):
            # "Woodhill, Milton Keynes": a British town or county of several words, its first
            # a first name's look, tagged PERSON with no word around it that shows a person.
            return "GPE"
        if set(votes) == {"PERSON"} and self.key in weak_persons and _lone_place(self.key):
            # "the London boroughs of Hillingdon and Wandsworth": a county or borough tagged
            # PERSON, with no first name, no full name holding it and no word around it that
            # shows a person or a team, is the place.
            return "GPE"
        if set(votes) == {"NORP"} and not a_people(self.key):
            # "Icstis", "Euronext", "Woolworths" NORP, with no word around them that says
            # what they are: a name that is no people, faith or party is no group of people,
            # and a body is what such a name most often is; but a world city's or a British
            # town's name is the place ("at the Cannes ceremony", r53-spans).
            return "GPE" if a_city_by_name(self.mentions) else "ORG"
        if self._person_ties_unnamed(votes):
            # "Seibu Railways" once PERSON, twice GPE: a tie between the model's PERSON and
            # another kind of name goes to the other kind when the name of several words opens
            # with no first name. A person's full name nearly always opens with one.
            votes.pop("PERSON")
        return max(votes, key=lambda lab: (votes[lab], -_PRIORITY.get(lab, 99)))

    def _a_countrys_club(self) -> bool:
        """Whether the group names a country that has no national side, whose name in sport
        is a club's ("Monaco are through": `club_countries`), where the words around one of
        its mentions show a side (a TEAM cue) (r29-towns)."""
        return self.key in _club_countries() and any(m.cue == "TEAM" for m in self.mentions)

    def _person_ties_unnamed(self, votes: dict[str, float]) -> bool:
        """Whether PERSON ties with another label at the top of the votes, and the name has
        several words and none of its full mentions opens with a common first name."""
        top = max(votes.values())
        return (
            votes.get("PERSON") == top
            and sum(value == top for value in votes.values()) > 1
            and " " in self.key
            and not any(opens_with_first_name(m.text) for m in self.mentions if " " in m.text)
        )

    def _first_named_person(self) -> bool:
        """Whether the model tagged a full name of the group PERSON, one that opens with a
        common first name ("Ruth Kelly", not "Vivendi Universal")."""
        return any(
            m.votes and m.label == "PERSON" and " " in m.text and person_by_first_name(m.text)
            for m in self.mentions
        )

    def name(self, label: str = "PERSON") -> str:
        """The entity's name, the same in every article that names it the same way.

        A known alias has its common name ("US" is United States); else the name is the core of
        the mentions whose key is the entity's key ("Oracle" for "Oracle Corporation", "Donald
        Trump" for "Mr Donald J. Trump"), in mixed case where the article has it, the most
        used first. Only a person's name loses a leading title word: "General Motors" keeps
        "General".
        """
        if self.full:
            return self.full  # "Charles Koch" of "Charles and David Koch" (r51-fixes)
        known = canonical_name(self.key)
        if known is not None:
            return known
        counts: dict[str, int] = defaultdict(int)
        person = label == "PERSON"
        spelled = (
            set()
            if person
            else {m.text for m in self.mentions if m.text.isupper() and m.text.isalpha()}
        )
        for m in self.mentions:
            if name_key(m.text) == self.key:
                # Titles are only a person's: "General Motors" keeps its first word.
                form = core_words(
                    m.text,
                    person=person,
                    titles=person,
                    suffixes=False,
                    possessive=person,
                    legal=label != "WORK_OF_ART",  # "Monster's Inc.", a film (r54-works)
                )
                whole = core_words(
                    m.text, person=False, titles=False, possessive=False, legal=False
                )
                if len(whole) > len(form) and any(abbreviates(i, " ".join(whole)) for i in spelled):
                    # "Overseas Private Investment Corporation (OPIC)": its own initials spell
                    # the ending, which is a word of its name there.
                    form = whole
                counts[_unbracketed(" ".join(form))] += 1
        if counts:
            # "Timothy Sloan" over "Tim Sloan" where the article has both; "McDonald's" over
            # the "McDonald" of "McDonald's profits".
            best = min(
                counts,
                key=lambda n: (n.isupper(), _nickname(n), not n.endswith("'s"), -counts[n], n),
            )
            return _place_in_capitals(best, label, [m.text for m in self.mentions]) or best
        return self.fullest(label)

    def fullest(self, label: str = "PERSON") -> str:
        """The fullest proper form: the longest surface form, "the" and a person's titles removed.

        Only a person's name loses a leading title word: "General Motors" keeps "General".
        """
        forms = sorted(
            {name_form(m.text) for m in self.mentions},
            key=lambda t: (-len(t.split()), -len(t), t),
        )
        titles = _word_list("titles") | _word_list("honorifics")
        stage_names = _word_list("stage_names")  # "Dr Dre" keeps its "Dr"
        for form in forms:
            words = form.split()
            while (
                label == "PERSON"
                and len(words) > 1
                and words[0].lower().rstrip(".") in titles
                and " ".join(words).lower() not in stage_names
            ):
                words = words[1:]
            if words:
                return " ".join(words)
        return forms[0]


# A firm's legal word in a mention: its name in capitals is the firm's initials, no town's.
_LEGAL_WORD = re.compile(r"\b(?:Ltd|Inc|[Pp]lc|PLC|LLC|Corp|Co|Cos|AG|SA|NV|GmbH)\b\.?")


def _place_in_capitals(name: str, label: str, texts: Sequence[str] = ()) -> str | None:
    """A place's name as running text spells it, where the article writes it only in capitals,
    as a wire dateline does ("TEHRAN, August 8 (Xinhua) --"): the entity of another article
    that writes "Tehran" has the same id, and its name must be the same too, or a selection by
    name misses this article. A club named by its town in a results table ("NEW YORK 4
    Boston 2") is spelled as its town. Only places a list knows; initials ("UAE") have their
    aliases. Round r49b-media: an organisation's name of four letters or fewer, or one a
    mention (`texts`) writes with a firm's legal word, is its initials, no town's ("at IG
    Ltd., said" gave `Ig`, PolNeAR sheet A; "WADA" gave `Wada`, "TOV" `Tov`): a dateline's
    place is GPE, and a results table's club is named by a longer town's name."""
    if label not in ("GPE", "LOC", "ORG") or not name.isupper():
        return None
    if label == "ORG" and (
        len(name.replace(".", "")) <= 4 or any(_LEGAL_WORD.search(t) for t in texts)
    ):
        return None
    return place_spelling(name)


def cluster(
    mentions: Iterable[RawMention], short_forms: dict[str, str] | None = None, text: str = ""
) -> list[Cluster]:
    """Group mentions by key; a lone surname or first name joins the one full name it ends.

    `short_forms` maps the key of a short form the article introduced to its name's key;
    `text`, the article, shows the honorifics before surnames ("Mrs Trump").
    """
    groups: dict[str, list[RawMention]] = defaultdict(list)
    for m in mentions:
        key = name_key(m.text)
        groups[(short_forms or {}).get(key, key)].append(m)
    _part_firms_named_as_people(groups)
    _join_short_first_names(groups)
    _join_short_firm_names(groups)
    # "New Line" GPE after "New Line Cinema" (round r54-firms).
    join_firm_short_forms(groups, _word_list("firm_tails"), _organisations, _known_word, _words_of)
    _join_firms_by_opening_words(groups)  # "Cara" after "Cara Operations Ltd."
    _join_country_prefixed_bodies(groups)  # "US Federal Reserve" and "Federal Reserve"
    join_venue_short_names(groups)  # "Stradey" after "Stradey Park"
    join_act_short_names(groups)  # "Sarbanes-Oxley" after "the Sarbanes-Oxley Act"
    join_saints_short_names(groups)  # "St Brendan's" after "St Brendan's High School"
    join_party_kind_word(groups)  # "the Party" after "the Conservative Party"
    particles = _word_list("particles")
    # Full person names by their first and last word, the words a short form may be.
    owners_of: dict[str, list[str]] = defaultdict(list)
    # The first halves of hyphened surnames, owned only where no name owns the word itself:
    # "Lewis" is Denise Lewis's, not Mark Lewis-Francis's, where the article names both.
    heads_of: dict[str, list[str]] = defaultdict(list)
    named_by_surname: dict[str, list[str]] = defaultdict(list)
    families: set[str] = set()
    tails: dict[str, list[str]] = defaultdict(list)
    for k, ms in groups.items():
        # A person by the model's label or by the article's words ("Milan Baros" tagged ORG,
        # a person by his first name): the lone "Baros" after it is his, one entity. Only the
        # model's people own their first word too: "Merrill Lynch" and "Marvel Comics", firms
        # with a first name's look, must not take the "Merrill" and "Marvel" of the article.
        if len(k.split()) > 1 and any(_a_person(m) for m in ms):
            words = k.split()
            surnames = [" ".join(words[i:]) for i in range(1, len(words) - 1)
                        if words[i] in particles]  # fmt: skip
            # The first name as written: "Michael" is not the "Mike" of "Mike Hobday".
            firsts = sorted({_plain(core_words(m.text)[0]) for m in ms if " " in m.text})
            # Round r49-people: or the words around a full mention show a person, not its first
            # name's look ("Number eight Imanol Harinordoquy" ORG by the model, a position's
            # PERSON cue): '"Imanol has been dropped from the squad"' is his, no firm.
            if not any(m.label == "PERSON" or (m.cue == "PERSON" and not m.by_form) for m in ms):
                firsts = []
            # "Bashar al-Assad" is "Assad" alone: the Arabic article is no part of the word
            # a lone surname gives.
            bare = _ARABIC_ARTICLE.sub("", words[-1])
            # "Mullen" alone is "Larry Mullen Jr": the generation's word is no surname.
            if len(words) > 2 and words[-1] in _word_list("generational_suffixes"):
                bare = words[-2]
            for word in dict.fromkeys((words[-1], bare, *firsts, *surnames)):
                owners_of[word].append(k)
            if "-" in words[-1] and (head := _hyphen_head(words[-1], particles)):
                heads_of[head].append(k)
            if len(words) == 3 and firsts and words[0] in first_names():
                # "Sandino Moreno" of "Catalina Sandino Moreno": a surname of two words.
                tails[" ".join(words[1:])].append(k)
        elif (
            len(k.split()) == 2
            and not any(m.label in _PLACE_LABELS for m in ms)
            and (not name_kind(ms[0].text.split()[-1]) or opens_with_first_name(ms[0].text))
        ):
            # "Brent Cockbain" tagged ORG, then "Cockbain" tagged PERSON: the surname alone
            # shows whose the full name is ("South Yorkshire", a place, stays one). Not a name
            # whose last word is a kind of place or body after a word that is no first name:
            # "Ms. Hill" is nobody's surname of "Capitol Hill".
            named_by_surname[k.split()[-1]].append(k)
        elif (
            len(k.split()) == 3
            and all(m.label == "ORG" for m in ms)
            and all(_CAPITALISED_WORDS.fullmatch(m.text) for m in ms)
            and not name_kind(ms[0].text.split()[-1])
            # Round r51b-joins: "the Hindu Hare Krishna sect" is no firm whose last word is a
            # founder's surname ("Lord Krishna"): a people's or faith's word opens a group.
            and not faith_group(ms[0].text, _place_or_people)
        ):
            # "If Fox decided" after "Twentieth Century Fox": a firm of three capitalised words
            # called by its last one, which the model reads as a surname, PERSON. Never a name
            # with "of" or "and" ("Bank of England" is no "England"), nor one ending in a kind
            # of body or place ("Cardiff City Council").
            named_by_surname[k.split()[-1]].append(k)
    into = _join_tails(groups, tails)
    for key in sorted(groups):
        # "De Marigny" is the surname of "Roland de Marigny": a surname may open with a particle.
        if key not in groups or (len(key.split()) != 1 and key.split()[0] not in particles):
            continue
        owned = owners_of.get(key) or heads_of.get(key, [])
        owners = list(dict.fromkeys(into.get(p, p) for p in owned if p != key))
        places = sum(m.label in _PLACE_LABELS for m in groups[key])
        if person_cued(groups[key]):
            pass  # "Jordan said", of Neil Jordan: a country's name as the surname it is here
        elif key in country_keys(name_key) or (
            places * 2 > len(groups[key])
            and not _surname_of(key, owners, groups)
            and not _first_name_of(key, owners)
        ):
            # "Indonesia" is a place, not the surname in a mistagged "Garuda Indonesia", and
            # "Lesotho" no first name of "Lesotho Hats" tagged PERSON.
            continue
        if titled_after(owners, groups[key], groups.get(owners[0], []) if owners else []):
            # "the biopic Ray" beside "Ray Charles": the film, not the singer; but "his
            # performance as Ray" is the part, the singer's mention (round r41b-films).
            parts = played_parts(text, groups[key])
            if parts and owners[0] in groups:
                groups[owners[0]].extend(parts)
                groups[key] = [m for m in groups[key] if m not in parts]
            continue
        if owners and all(_firm_suffixed(m.text) for m in groups[key]):
            continue  # "the Falic Group" beside "Simon Falic": the family's firm, no surname
        if owners and (firm := _firm_named_for(key, groups)) is not None:
            groups[firm].extend(groups.pop(key))  # "Disney" of "Walt Disney", no "Roy Disney"
            continue
        if owners and founders_firm(text, key, owners, groups[key]):
            continue  # "Ford, the US car company" beside "Bill Ford": the family's firm (r52b)
        persons = sum(m.label == "PERSON" for m in groups[key])
        if not owners and persons * 2 > len(groups[key]):
            owners = named_by_surname.get(key, [])
        if text and owners and any(_royal(text, m) for m in groups[key]):
            owners = [o for o in owners if _crowned(text, o, groups)]
        if len(owners) > 1:
            owners = _named_in_full(owners)
        # Round r49c-names: "Donald Trump Jr." is an owner of the surname "Trump" too.
        if text and len(owners) > 1 and all(surname_word(owner) == key for owner in owners):
            _by_honorific(text, key, owners, groups)
            if key in groups:
                by_title(text, key, owners, groups)  # "President Clinton" is the president's
            if key in groups:
                _by_order(text, key, owners, groups)
            # Round r50-surnames: the rest to the story's main bearer of the surname, if any.
            to_main_owner(text, key, owners, groups)
            if key not in groups:
                continue
        if text and _surname_of_nobody_named(text, key, owners, groups[key]):
            continue
        if text and len(owners) == 1 and _other_sex_apart(text, key, owners[0], groups):
            continue
        if text and len(owners) == 1 and other_person_titled(text, key, owners[0], groups):
            continue  # "President Obama said he" beside "first lady Michelle Obama" alone
        if text and len(owners) == 1 and glossed_only(text, owners[0], groups):
            # Round r50-surnames: "(Bill Clinton)" glossing a quote owns no "Clinton", the
            # surname of another person, a person's as a family's is.
            families.add(key)
            continue
        if len(owners) == 1 and owners[0] in groups:
            # "hosted by the Osbourne family" beside "Kelly Osbourne": the family is no member.
            family = [m for m in groups[key] if text and FAMILY_AFTER.match(text, m.end)]
            groups[owners[0]].extend(m for m in groups.pop(key) if m not in family)
            if family:
                groups[key] = family
        elif len(owners) > 1 and all(surname_word(owner) == key for owner in owners):
            families.add(key)
    join_hyphen_spellings(groups, _a_person)  # "Robert Kilroy-Silk", "Robert Kilroy Silk"
    return [
        Cluster(k, sorted(ms, key=lambda m: m.start), family=k in families)
        for k, ms in groups.items()
    ]


# A royal's title right before a name, or opening it: "King Hussein", "Prince Charles".
_ROYAL = re.compile(
    r"(?:King|Queen|Prince|Princess|Emperor|Empress|Pope|Sultan|Emir|Shah|Tsar|Czar)"
)
_ROYAL_BEFORE = re.compile(_ROYAL.pattern + r" $")
_REGNAL_NUMBER = re.compile(r"[ivx]+")


def _royal(text: str, m: RawMention) -> bool:
    """Whether the mention is a royal's name after the title ("King Hussein", the title in the
    mention or right before it)."""
    first = m.text.split(" ", 1)[0]
    return (" " in m.text and _ROYAL.fullmatch(first) is not None) or (
        _ROYAL_BEFORE.search(text, max(0, m.start - 9), m.start) is not None
    )


def _crowned(text: str, owner: str, groups: dict[str, list[RawMention]]) -> bool:
    """Whether a full name may be the royal a titled lone name calls by the given name: one the
    article also writes with a royal title, or with a regnal number ("Abdullah II"). A royal is
    known by a given name, so "King Hussein" is no surname of "Saddam Hussein", nor "Prince
    Charles" the first name of "Charles Kennedy" (TempEval-3's AP900815-0044, read as a user:
    Jordan's king and Iraq's president were one entity). Once the article titles the lone name
    so, its bare "Charles said" is the prince's too: news calls a commoner by the surname."""
    return _REGNAL_NUMBER.fullmatch(owner.rsplit(" ", 1)[-1]) is not None or any(
        _royal(text, m) for m in groups.get(owner, ())
    )


def _part_firms_named_as_people(groups: dict[str, list[RawMention]]) -> None:
    """Part a firm's suffixed mentions from a person of the same full name: "what he called
    'Bill Clinton Inc.'" keys as "bill clinton" (the key drops the legal word), and its firm's
    cue would then label the man ORG at every mention. Only where the name opens with a common
    first name and the model reads most of the unsuffixed mentions as a person; the firm's
    mentions keep a key of their own."""
    for key in sorted(groups):
        ms = groups[key]
        firms = [m for m in ms if _firm_suffixed(m.text)]
        rest = [m for m in ms if not _firm_suffixed(m.text)]
        if not firms or not rest or not opens_with_first_name(rest[0].text):
            continue
        if name_kind(rest[0].text.split()[-1]):
            continue  # "Johnson Controls": a kind's word ends the firm's own name
        if sum(m.label == "PERSON" for m in rest) * 2 <= len(rest):
            continue
        groups[key] = rest
        groups[f"{key} {firms[0].text.split()[-1].casefold().rstrip('.')}"].extend(firms)


_ARABIC_ARTICLE = re.compile(r"^(?:al|el)-(?=\w)")
# Three capitalised words and no more, with an optional "the": "Twentieth Century Fox".
_CAPITALISED_WORDS = re.compile(r"(?:[Tt]he )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){2}")


def _firm_suffixed(text: str) -> bool:
    """Whether a mention ends with a firm's legal or group word ("Falic Group", "Acme plc"),
    which its key leaves out."""
    words = text.split()
    return len(words) > 1 and words[-1].casefold().rstrip(".") in _word_list("corporate_suffixes")


# "Mr", "Mrs", "Ms", "Miss", "Dr" end the text before a surname, never before a first name.
_SURNAME_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? $")


def _surname_of_nobody_named(
    text: str, key: str, owners: list[str], group: list[RawMention]
) -> bool:
    """Whether a lone word is the first name of its owners, whom the article calls "Mr" or
    "Mrs" by their last word, and the article writes the word after "Mr" or "Mrs" too: "Mr
    Howard insisted", of the party's leader Michael Howard, named so alone, is not "Howard
    Flight", the MP of the same story ("Mr Flight"). Where the family name comes first ("Wang
    Yan", then "Mr Wang") nobody is "Mr Yan"."""
    if any(owner.rsplit(" ", 1)[-1] == key for owner in owners):
        return False
    if not any(_SURNAME_HONORIFIC.search(text, max(0, m.start - 6), m.start) for m in group):
        return False
    return all(
        re.search(
            rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {re.escape(owner.rsplit(' ', 1)[-1])}\b", text, re.I
        )
        for owner in owners
    )


def _hyphen_head(surname: str, particles: frozenset[str]) -> str:
    """The first half of a person's hyphened surname, the short form a writer may call them by
    (round r49-people): "Kilroy" of "Robert Kilroy-Silk" ("UKIP should resolve its differences
    with Kilroy", `Kilroy` GPE apart from him), "Owusu" of "Quincy Owusu-Abeyie". "" for a
    particle ("al-" of "Bashar al-Assad" is `_ARABIC_ARTICLE`'s) or a half of two letters."""
    head = surname.split("-", 1)[0]
    return head if len(head) > 2 and head.isalpha() and head not in particles else ""


def _other_sex_apart(text: str, key: str, owner: str, groups: dict[str, list[RawMention]]) -> bool:
    """Keep a lone surname after an honorific of the other sex apart from the one full name it
    ends (round r49-people): "Mrs Howard will make solo visits" beside "Michael Howard's wife,
    Sandra" is she, not he (five "Mrs Howard" joined to `Michael Howard`, the odd half's
    politics/011), and "Mrs. Clinton said" beside a single "her husband (Bill Clinton)" is no
    Bill Clinton. The article names two people of the surname, as where it writes two full
    names (`_by_honorific`): the mentions whose honorific fits the owner's first name join it;
    the bare surname joins it only where the owner's honorific is at least as common as the
    other's, else it stays unsure, apart. False (nothing done) where no mention carries an
    honorific of the other sex, or the owner's first name says no sex ("Kim", "Chris"). Only a
    man's name beside a woman's honorific: the census's sex of a foreign first name misleads the
    other way ("Mr Trutnev" beside "Yuri Trutnev", "Mr Davis" beside "Ossie Davis", both names
    the census gives to women, the even half's business/222 and entertainment/044), while a
    wife called by her husband's surname is the shape's common case."""
    if owner.rsplit(" ", 1)[-1] != key or owner not in groups:
        return False
    sex = sexes.of_name(owner)
    if sex != "m":
        return False
    honorifics = [sexes.of_honorific(text[max(0, m.start - 6) : m.start]) for m in groups[key]]
    others = sum(h not in ("", sex) for h in honorifics)
    if not others:
        return False
    bare_joins = sum(h == sex for h in honorifics) >= others
    kept = []
    for m, h in zip(groups[key], honorifics, strict=True):
        if h == sex or (not h and bare_joins):
            groups[owner].append(m)
        else:
            kept.append(m)
    groups[key] = kept
    return True


def _named_in_full(owners: list[str]) -> list[str]:
    """The owners of a lone surname, less a team sheet's initialled names where one owner
    alone has a first name: "said Robinson" beside the coach "Andy Robinson" and the sheet's
    "J Robinson" is the coach, whom the prose names; a sheet's players differ by the initial
    alone ("S Easterby", "G Easterby") and the prose calls a player it talks of by name."""
    named = [o for o in owners if len(o.split(" ", 1)[0]) > 1]
    return named if len(named) == 1 else owners


def _join_tails(groups: dict[str, list[RawMention]], tails: dict[str, list[str]]) -> dict[str, str]:
    """Join a surname of two words the model tagged a person to the one full name of three
    words it ends ("Sandino Moreno" after "Catalina Sandino Moreno"), before lone surnames
    are joined: "Moreno" alone then has one owner, not two. Returns each joined key's new
    group, where the words it owned now go ("Kilroy" of "Kilroy Silk", now "Robert Kilroy
    Silk")."""
    into: dict[str, str] = {}
    for tail, owners in sorted(tails.items()):
        if (
            len(owners) == 1
            and tail in groups
            and owners[0] in groups
            and all(m.label == "PERSON" for m in groups[tail])
        ):
            groups[owners[0]].extend(groups.pop(tail))
            into[tail] = owners[0]
    return into


def _by_honorific(
    text: str, key: str, owners: list[str], groups: dict[str, list[RawMention]]
) -> None:
    """Give a family's surname after "Mr" or "Mrs" to the one owner of that sex: "Mrs. Trump
    said" beside Donald and Melania Trump is Melania, "Mr Blair" beside Tony and Cherie Blair
    is Tony. Whom a bare surname beside several full names is, the article does not say
    ("Clinton" after a line on Bill Clinton is most often Hillary again), nor is a first name's
    sex sure enough to part "Mr Trutnev" from the Yuri Trutnev of the same article: one
    person alone keeps the surname whatever the honorific."""

    def fits(m: RawMention) -> list[str]:
        sex = sexes.of_honorific(text[max(0, m.start - 6) : m.start]) or (
            sexes.of_name(m.text) if " " in m.text.strip() else ""
        )
        return [o for o in owners if sexes.of_name(o) == sex] if sex else []

    give_to_one_fit(groups, key, fits)


def _by_order(text: str, key: str, owners: list[str], groups: dict[str, list[RawMention]]) -> None:
    """Give a lone surname written before the article names a second person of that name to
    the one it had named: "President Barack Obama on Tuesday accused ...", then four "Obama
    said" before "Michelle Obama" comes in, are his; so is the headline's "Obama says ...",
    where he is named in full in the lead and nobody else of the name is. Once two are named
    the surname stays unsure (`_by_honorific`), and a surname before every full name is left:
    a report's "Easterby scored" comes before the team sheet's "S Easterby" and "G Easterby".
    Nor the family by its name ("the interests of the Clinton family", after "Bill Clinton").
    """
    first_named: dict[str, RawMention] = {}
    for owner in owners:
        full = [m for m in groups.get(owner, ()) if " " in m.text.strip() and not m.headline]
        if full:
            first_named[owner] = min(full, key=lambda m: m.start)
    if len(first_named) < 2:
        return
    order = sorted(first_named, key=lambda o: first_named[o].start)
    lead, second = first_named[order[0]], first_named[order[1]]
    kept: list[RawMention] = []
    for m in groups[key]:
        if FAMILY_AFTER.match(text, m.end):
            ours = False
        elif m.headline:
            # The headline's surname is the person the lead names, where the lead names one.
            ours = lead.paragraph <= 2 < second.paragraph
        else:
            ours = lead.start < m.start < second.start
        (groups[order[0]] if ours else kept).append(m)
    if kept:
        groups[key] = kept
    else:
        del groups[key]


def _firm_named_for(key: str, groups: dict[str, list[RawMention]]) -> str | None:
    """The one firm of the article whose name ends in the lone word `key`, where the model
    tagged every use of the lone word ORG (two at least, none titled): "Walt Disney has settled
    charges" (the firm, by the words around it) and "Disney failed to tell investors", "the
    three Disney directors" beside the director "Roy Disney". The person's surname would take
    the firm's eight uses, and the firm would be a PERSON (BBC business/331, read as a user in
    round 44). None where a use of the word is a person's or no firm ends in it."""
    lone = groups[key]
    if len(lone) < 2 or any(m.label != "ORG" or m.cue not in ("", "ORG") for m in lone):
        return None
    firms = [
        k
        for k, ms in groups.items()
        if len(k.split()) > 1
        and k.rsplit(" ", 1)[-1] == key
        and all((m.cue or m.label) == "ORG" for m in ms)
    ]
    return firms[0] if len(firms) == 1 else None


def _a_person(m: RawMention) -> bool:
    """Whether the model tagged the mention PERSON or the words around it show a person; not
    where they show a product: "Yahoo Messenger" tagged PERSON once owns no first word, so the
    article's 23 "Yahoo" stay the firm."""
    return m.cue == "PERSON" or (m.label == "PERSON" and m.cue != "PRODUCT")


def _surname_of(key: str, owners: list[str], groups: dict[str, list[RawMention]]) -> bool:
    """Whether a lone word the model tagged a place or a group is the surname of the one person the
    article names in full with a common first name ("Sharapova" GPE beside "Maria Sharapova",
    "Aragones" GPE beside "Luis Aragones"), or whose full name the model tagged PERSON, where
    the word is tagged a place only (or a group, by a word no people's) and names no known
    place ("Dibaba" GPE beside "Tirunesh Dibaba"). Not a nationality nor a group's plural ("Roman
    Catholics"), and not a first name ("Paris" of "Paris Hilton"): only the last word.
    """
    if len(owners) != 1 or key in _nationality_keys():
        return False
    last = owners[0].rsplit(" ", 1)[-1]
    if key not in (last, last.split("-", 1)[0]):  # "Kilroy" of "Kilroy-Silk" (r49-people)
        return False
    if (
        key.endswith("s")
        and any(m.label == "NORP" for m in groups[key])
        and (a_people_by_name(key) or a_people_by_name(key[:-1]))
    ):
        return False  # "Catholics", "Sikhs" NORP: a group's plural, no surname ("Jaynes")
    if any(m.cue not in ("", "PERSON", "TEAM", "ORG") for m in groups[key]):
        return False  # "the film Kinsey" beside "Alfred Kinsey": the article's words say a work
    if any(m.cue == "ORG" for m in groups[key]) and not _named_first(key, owners[0], groups):
        # Round r49-people: a firm's cue on a minority of the mentions does not part them from
        # the one person the article names in full before it calls them by the lone word ("an
        # O'Gara penalty" GPE, "O'Gara's chip to the corner" a firm's chip by the cue `company's
        # products`, after "Ronan O'Gara": five mentions an ORG apart from him). A lone word the
        # model reads as a firm and not a place joins its owner anyway (`cluster`), as "Federer"
        # ORG beside "Roger Federer" does. Not a band named after a person the article names
        # late ("Kasabian" GPE nine times, twice with a firm's cue, before "Linda Kasabian").
        return False
    # "to kill Slepian" NORP beside "Dr. Barnett Slepian": a word that is no people's is a
    # surname the model read as a group as it reads others as places.
    # A mention the model itself tagged PERSON only adds to the surname's case ("Hendrix" GPE
    # three times and PERSON once, beside "Jimi Hendrix").
    placed = all(
        m.label in _PLACED
        or m.label == "PERSON"
        or (m.label == "NORP" and not a_people_by_name(key))
        for m in groups[key]
    )
    return any(
        _a_person(m)
        and (
            person_by_first_name(" ".join(core_words(m.text)))
            # "Tirunesh Dibaba" PERSON, then "Dibaba" GPE: a full name the model itself read
            # as a person's owns its last word tagged a place, where that word names no known
            # place (not a people's word: "India's Deccan" NORP of the airline Air Deccan).
            or (m.votes and m.label == "PERSON" and not known_place(key) and placed)
        )
        for m in groups.get(owners[0], ())
    )


def _named_first(key: str, owner: str, groups: dict[str, list[RawMention]]) -> bool:
    """Whether a firm's cue is on fewer than half of a lone word's mentions, and the article's
    text names the owner in full before its first lone mention of the word (headlines aside)."""
    lone = groups[key]
    if sum(m.cue == "ORG" for m in lone) * 2 >= len(lone):
        return False
    full = [m.start for m in groups.get(owner, ()) if " " in m.text.strip() and not m.headline]
    alone = [m.start for m in lone if not m.headline]
    return bool(full and alone) and min(full) < min(alone)


def _first_name_of(key: str, owners: list[str]) -> bool:
    """Whether a lone word the model tagged a place opens the one full name it may be the
    first name of, and is a common first name that names no known place ("Melania" GPE beside
    "Melania Trump"; not "Paris" beside "Paris Hilton")."""
    return (
        len(owners) == 1
        and owners[0].split(" ", 1)[0] == key
        and key in first_names()
        and not known_place(key)
        and key not in _nationality_keys()
    )


def _join_short_first_names(groups: dict[str, list[RawMention]]) -> None:
    """ "Tim Sloan" joins "Timothy Sloan": a short first name or an initial begins the full one.

    Two letters are too few to tell a short name ("Al") from two initials ("KP").
    """
    persons = sorted(
        k for k, ms in groups.items()
        if " " in k and any(m.label == "PERSON" or m.cue == "PERSON" for m in ms)
    )  # fmt: skip
    # A fuller name ends as the short one does, so only names of the same last word are tried.
    by_last: dict[str, list[str]] = defaultdict(list)
    for key in persons:
        by_last[key.rsplit(" ", 1)[-1]].append(key)
    for short in persons:
        first, rest = short.split(" ", 1)
        fuller = [
            k for k in by_last[short.rsplit(" ", 1)[-1]]
            if k != short and k.endswith(" " + rest) and k.split(" ", 1)[0].startswith(first)
        ]  # fmt: skip
        # "L Nitoglia" on a team sheet is "Ludovico Nitoglia": an initial is a short first name.
        if len(first) != 2 and len(fuller) == 1 and short in groups and fuller[0] in groups:
            if _other_initials(groups[short], groups[fuller[0]]):
                continue  # "George W. Bush" is not "George H. W. Bush"
            groups[fuller[0]].extend(groups.pop(short))


def _middle_initials(ms: list[RawMention]) -> set[str]:
    """The middle initials the mentions write, as letters: "George H. W. Bush" -> "HW"."""
    found = set()
    for m in ms:
        words = m.text.split()
        letters = _initial_letters(words[1:-1], _MIDDLE_INITIALS)
        if len(words) > 2 and letters:
            found.add(letters)
    return found


def _initial_letters(middle: list[str], shape: re.Pattern[str]) -> str:
    """The letters of the middle words of `shape` (initials), in order: "H." "W." -> "HW"."""
    return "".join(w for w in middle if shape.fullmatch(w)).replace(".", "")


def _other_initials(short: list[RawMention], fuller: list[RawMention]) -> bool:
    """Whether two names of one first name and surname are written with other middle
    initials, so two people: a father and son ("George H. W. Bush", "George W. Bush")."""
    mine, theirs = _middle_initials(short), _middle_initials(fuller)
    return bool(mine and theirs and not mine & theirs)


def _join_short_firm_names(groups: dict[str, list[RawMention]]) -> None:
    """ "Labour" joins "Labour Party", "Qwest" joins "Qwest Communications": a firm's or a
    party's name without the word of its kind it ends with (`firm_tails`), where the article
    writes both and reads both as organisations. Not "BBC" and "BBC News", "BT" and "BT Retail":
    a unit's word names another body. The full name keeps the key, so a short name elsewhere
    ("United", of a club) never takes the firm's ("United Airlines") id."""
    tails = _word_list("firm_tails")
    # "Reliance" beside "Reliance Industries" and "Reliance Energy": the group's, no one
    # firm's (r54-names)
    shared = shared_short_forms(groups, tails, _organisations)
    for key in sorted(groups, key=lambda k: (-len(k.split()), k)):
        if key not in groups:
            # Joined as the short name of a longer one already ("Great Western" of "Great
            # Western Oil"): reading it again would make it an empty group.
            continue
        words = key.split()
        for n in (2, 1):
            short = " ".join(words[:-n])
            if short in shared:
                continue
            if len(words) > n and " ".join(words[-n:]) in tails and short in groups:
                bare = all(_words_of(m) == len(words) - n for m in groups[short])
                if bare and _organisations(groups[key]) and _organisations(groups[short]):
                    groups[key].extend(groups.pop(short))
                break


def _join_country_prefixed_bodies(groups: dict[str, list[RawMention]]) -> None:
    """ "US Federal Reserve" joins "Federal Reserve", "UK Treasury" joins "Treasury": a
    country's name before a body's name the article also writes without it is the body's
    country, said once, not another body (r36-tech; the lead's "US Federal Reserve" and
    "Federal Reserve", two entities). Both must read as organisations ("China Mobile" keeps
    apart from a "Mobile" the model reads as the city), and the prefix must be a country's
    name or short form (`country_keys`), not a people's word ("American Express" is no
    "Express")."""
    countries = country_keys(name_key)
    for key in sorted(groups, key=lambda k: (-len(k.split()), k)):
        words = key.split()
        for n in range(1, min(len(words), 4)):
            if " ".join(words[:n]) not in countries:
                continue
            rest = name_key(" ".join(words[n:]))  # "federal reserve" is the "fed" alias's
            if rest not in groups:
                continue
            if rest in countries or not rest[:1].isalpha():
                break
            if _organisations(groups[key]) and _organisations(groups[rest]):
                groups[rest].extend(groups.pop(key))
            break


def _join_firms_by_opening_words(groups: dict[str, list[RawMention]]) -> None:
    """ "Cara" joins "Cara Operations Ltd.", "Bethlehem" joins "Bethlehem Steel Corp.": a name
    the article writes once in full with its legal suffix is a firm's formal name, and the news
    goes on to call the firm by its opening words, whatever the words it leaves off (not only a
    kind's, as `_join_short_firm_names` needs). Both must read as organisations ("Shanghai" the
    city stays apart from "Shanghai Automotive Industry Corp."), the short form must open only
    one such name, and be written with no more words (no "Cara Operations unit")."""
    legal = _legal(False)
    formal: dict[str, list[str]] = defaultdict(list)  # short key -> full keys it opens
    for key, ms in groups.items():
        words = key.split()
        # Any word after the first: "Equus Investment II Limited Partnership" is as formal,
        # and "Equus" alone then opens two formal names, the partnership's and its manager's.
        if len(words) < 2 or not any(legal & set(map(_plain, m.text.split()[1:])) for m in ms):
            continue
        for n in range(1, len(words)):
            formal[" ".join(words[:n])].append(key)
    for short, keys in sorted(formal.items()):
        if len(keys) != 1 or short not in groups or keys[0] not in groups:
            continue
        full, ms = keys[0], groups[short]
        if (
            all(_words_of(m) == len(short.split()) for m in ms)
            and _organisations(ms)
            and _organisations(groups[full])
        ):
            groups[full].extend(groups.pop(short))


def _words_of(m: RawMention) -> int:
    """How many words the mention is written with, less a leading "the": "News Corp" is two,
    though its key ("news") drops the suffix, and so is no short form of "News International"."""
    words = m.text.split()
    return len(words) - (words[0].casefold() == "the")


def _organisations(ms: list[RawMention]) -> bool:
    """Whether most of the mentions are read as an organisation, by the model or by a cue."""
    return sum((m.cue or m.label) == "ORG" for m in ms) * 2 > len(ms)


def weak_person_keys(mentions: list[RawMention]) -> set[str]:
    """Single-word names tagged PERSON that are not part of any full person name in the article.

    The small model tags companies such as "Oracle" PERSON when they are sentence subjects;
    a real person is nearly always introduced with a full name first.
    """
    # A name with its own "the" is no full name: "win the Oscar" (PERSON) names one word.
    names = [name_form(m.text) for m in mentions if m.label == "PERSON"]
    full_name_words = {w.casefold() for n in names for w in n.split()[:-1] or []} | {
        n.split()[-1].casefold() for n in names if " " in n
    }
    return {name_key(n) for n in names if " " not in n and n.casefold() not in full_name_words}


def add_string_matches(
    text: str, mentions: list[RawMention], layouts: list[Layout], taken: list[tuple[int, int]]
) -> list[RawMention]:
    """Further mentions of names the model found elsewhere in the article but missed here.

    Headline case defeats the model ("TikTok Moves US User Data" as one ORG), so a headline
    mention is only kept where it is a name known from the body (by key, so "Apple" over a
    body's "Apple Inc.", or the surname of a person named in full); elsewhere in the headline
    only body names are matched.
    """
    body = [m for m in mentions if not m.headline]
    known = {name_key(m.text) for m in body}
    openings: dict[str, set[str]] = defaultdict(set)
    for m in body:
        key = name_key(m.text)
        if " " in key:
            # Headlines shorten names: "Apple" for "Apple Computer", "Jobs" for "Steve Jobs".
            words = key.split()
            known.add(words[0])
            if m.label == "PERSON":
                known.add(words[-1])
            else:
                # And by more than one word, read as the body's name is: "China Aviation seeks
                # rescue deal" (ORG) for the body's "China Aviation Oil" (ORG) is the firm;
                # knowing only "china", the headline's ORG was dropped and the country matched
                # inside it (round r54-firms, BBC sheet 53G). Not "Da Vinci film to star" (the
                # model's PERSON) for "The Da Vinci Code", a work.
                for n in range(2, len(words)):
                    openings[" ".join(words[:n])].add(m.label)
    # A country found in a headline in capitals (`with_capital_countries`) is certain, as is
    # any country or nationality the model finds in a headline ("Seven Iraqis charged").
    countries, nationalities = country_keys(name_key), _nationality_keys()
    mentions = [_without_headline_opener(text, m, known) for m in mentions]
    kept = [
        m
        for m in mentions
        if m.headline
        and (
            (key := name_key(m.text)) in known
            or key in countries
            or key in nationalities
            or m.label in openings.get(key, ())
            or m.cue == "GPE"
            # "five Boeing 737s" after a body's "Boeing" (`makers.made_by`, round r42-mt).
            or (m.label == "PRODUCT" and _made_by_known(m.text, known))
        )
    ]
    # Only capitalised forms are matched: the model's "antenna" PERSON must not spread.
    forms = {name_form(m.text) for m in body if len(name_form(m.text)) > 1 and _has_upper(m.text)}
    if not forms:
        return sorted(body + kept, key=lambda m: m.start)
    label_of: dict[str, str] = {}
    for m in body:
        label_of.setdefault(name_form(m.text), m.label)
    covered = SpanIndex([(m.start, m.end) for m in body + kept] + taken)
    pattern = re.compile(r"(?<![\w$£€])(?:" + alternation(forms) + r")(?![\w$])")
    result = body + kept
    # Mentions by span, and those a longer name took over (`_outgrows`), instead of scanning
    # and editing the whole list each time: a huge article has tens of thousands.
    at_span: dict[tuple[int, int], list[RawMention]] = defaultdict(list)
    for m in result:
        at_span[m.start, m.end].append(m)
    gone: set[int] = set()
    for layout in layouts:
        start_at = layout.offset
        for match in pattern.finditer(text, start_at, layout.end):
            start, end = match.span()
            if standing_word(text, start, end):  # "non-League": a standing, no league's name
                continue
            if _common_heading(text, layout, match):  # "Film - The Aviator" after "Total Film"
                continue
            person = label_of[match.group()] == "PERSON"
            if covered.overlaps(start, end) and not _outgrows(
                text, at_span, gone, covered, start, end, person
            ):
                continue
            sentence = layout.sentence_of(layout.token_at(start - start_at))
            start = start_at + with_article(layout, start - start_at, end - start_at)
            if label_of[match.group()] == "PERSON":
                start = _with_first_name(text, covered, start_at, start, sentence, layout)
            found = RawMention(
                text[start:end],
                start,
                end,
                label_of[match.group()],
                sentence,
                layout.paragraph,
                layout.zone == "headline",
                votes=False,
            )
            result.append(found)
            at_span[start, end].append(found)
            covered.add(start, end)
    return sorted((m for m in result if id(m) not in gone), key=lambda m: m.start)


# A list's heading: one word opening its line (after a bullet's dash), then a dash or a colon.
_HEADING_AFTER = re.compile(r"[ \t]*[-–:][ \t]")
_BULLET_BEFORE = re.compile(r"[ \t]*(?:[-–•*][ \t]*)?")


def _common_heading(text: str, layout: Layout, match: re.Match[str]) -> bool:
    """Whether a one-word name matched by its spelling is a common word heading a list's line
    (round r46b-towns, seed 146): "said Jamie Graham of Total Film" gave the model's `Film`,
    whose spelling then took sixteen critics' headings "Film - The Aviator; director - ...".
    The word opens its line and a dash or a colon follows; the article writes it in lower case
    too ("film"), and it is no place's, people's or first name (`_known_word`: "Wales - Tom
    Hale" of a squad's lines stays a side's)."""
    word = match.group()
    return (
        " " not in word
        and _HEADING_AFTER.match(text, match.end()) is not None
        and _BULLET_BEFORE.fullmatch(text, _line_start(text, layout, match.start()), match.start())
        is not None
        and written_in_lower_case(text, word)
        and not _known_word(word)
    )


def _line_start(text: str, layout: Layout, at: int) -> int:
    """Where the line of text[at] opens, within its paragraph."""
    return max(layout.offset, text.rfind("\n", layout.offset, at) + 1)


def _made_by_known(name: str, known: set[str]) -> bool:
    """Whether `name` is a maker's product by its model number whose maker the body names."""
    maker = made_by(name)
    return maker != "" and name_key(maker) in known


def _without_headline_opener(text: str, m: RawMention, known: set[str]) -> RawMention:
    """A headline's product without the headline's first word the model ran into it, where the
    body names the maker: "First Airbus A380 delivered" (ORG, then PRODUCT by its number,
    `makers.with_models`) is the "Airbus A380" (round r42-mt, `headline_models`)."""
    if not m.headline or m.label != "PRODUCT" or (m.start > 0 and text[m.start - 1] != "\n"):
        return m
    opener, _, rest = m.text.partition(" ")
    maker = made_by(rest)
    if not maker or name_key(maker) not in known or name_key(opener) in known:
        return m
    start = m.start + len(opener) + 1
    return replace(m, text=rest, start=start)


# A capitalised word right before a surname found again: "Russian Nikolai Davydenko".
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")
# First names of the list that open a sentence as other words do ("Will Davydenko win?").
_SENTENCE_WORDS = frozenset({"will", "may", "can", "did", "does", "so", "see", "many", "my", "an"})


def _with_first_name(
    text: str, covered: SpanIndex, offset: int, start: int, sentence: int, layout: Layout
) -> int:
    """The start of a person's surname found again by matching, moved back over a first name
    right before it that no mention holds: where the model missed "Marcel Desailly insists",
    the article's "Desailly" is found there, and the person's name is the whole of it.

    Only a first name of the list (`first_names`) is taken, and no title the list also holds
    ("Prince", "Major"); one opening the sentence must not also be a word that opens sentences
    ("Will Davydenko win?"). A first name the list lacks is taken after a nationality, which
    only a person's full name follows ("Russian Nikolay Davydenko", `_nationality_before`).
    """
    word = _WORD_BEFORE.search(text, max(offset, start - 30), start)
    if word is None:
        return start
    if (
        word.group(1).casefold() not in first_names()
        and not _nationality_before(text, offset, word.start(), word.group(1))
        and not given_name_after_place(
            text, offset, word.start(), word.group(1), _country_or_people
        )
    ):
        return start
    if word.group(1).casefold() in word_sets("aliases.json")["titles"]:
        return start  # "Prince Charles", "Major Smith": a title, which a name leaves out
    if covered.overlaps(word.start(), word.end()):
        return start
    token = layout.token_at(word.start() - offset)
    if layout.sentence_of(token) != sentence:
        return start  # "... Marcel. Desailly": another sentence's word
    if token in layout.sentence_starts and word.group(1).casefold() in _SENTENCE_WORDS:
        return start
    return word.start()


def _nationality_before(text: str, offset: int, at: int, word: str) -> bool:
    """Whether `word`, at `at`, is no nationality itself and follows one ("Russian Nikolay"):
    the census list lacks many first names of the world's players and leaders."""
    if name_key(word) in _nationality_keys():
        return False  # "British American Tobacco": two nationalities
    before = _WORD_BEFORE.search(text, max(offset, at - 30), at)
    return before is not None and name_key(before.group(1)) in _nationality_keys()


def _outgrows(
    text: str,
    at_span: dict[tuple[int, int], list[RawMention]],
    gone: set[int],
    covered: SpanIndex,
    start: int,
    end: int,
    person: bool,
) -> bool:
    """Whether a name found by matching holds whole the one mention it overlaps, which then goes.

    "Real Madrid view him": the model's "Madrid" GPE is part of a name the article gives in
    full elsewhere, as is its "Without Borders" PERSON of "the watchdog Reporters Without
    Borders" (`person`: whether the name found is a person's). Spans of other facts (money,
    dates) are never outgrown.
    """
    spans = covered.overlapping(start, end)
    if len(spans) != 1 or spans[0] == (start, end) or spans[0][0] < start or spans[0][1] > end:
        return False  # the name itself, or a span reaching out of it: the common case
    if _GLUED.search(text, start, end):
        return False  # "Hartlepool or Boston", a model span of two names, outgrows neither
    inside = at_span.get(spans[0], [])
    if len(inside) != 1 or (inside[0].label == "PERSON" and person):
        return False  # "Vipheak" in "Hen Vipheak": a surname joins its full name by cluster
    gone.add(id(inside.pop()))
    covered.remove(*spans[0])
    return True


def _has_upper(text: str) -> bool:
    return any(ch.isupper() for ch in text)


def raw_mentions(segment: Segment, taken: list[tuple[int, int]]) -> list[RawMention]:
    """The model's mentions of one paragraph that overlap no other fact (money, dates)."""
    return [
        m
        for m in mentions_of(segment, headline=segment.zone == "headline")
        if not any(m.start < e and s < m.end for s, e in taken)
    ]


def with_short_forms(
    text: str, mentions: list[RawMention]
) -> tuple[list[RawMention], dict[str, str]]:
    """The mentions with each bracketed short form the article introduces, and its key's name.

    "the Department for Environment, Food and Rural Affairs (Defra)": Defra is a mention of the
    department, also where the model missed it, and later "Defra" mentions are found by name.
    """
    found: list[RawMention] = []
    keys: dict[str, str] = {}
    starts = {m.start: m for m in mentions}
    for m in mentions:
        place = introduced(text, m.end)
        if place is not None and m.label == "ORG" and clipped_from(text[slice(*place)], m.text):
            pass  # "the New York Mercantile Exchange (Nymex)": clipped heads (r54-names)
        elif place is None or not abbreviates(text[place[0] : place[1]], m.text):
            place = introduced_before(text, m.start, m.end)  # "FOMC ( Federal Open ... )"
            if place is None or not abbreviates(text[place[0] : place[1]], m.text):
                continue
        start, end = place
        short = starts.get(start)
        if short is None:
            short = RawMention(text[start:end], start, end, m.label, m.sentence, m.paragraph,
                               m.headline, votes=False)  # fmt: skip
            found.append(short)
        keys.setdefault(name_key(short.text), name_key(m.text))
    bracketed = set(keys)
    _add_written_short_forms(mentions, keys)
    wire_initials_apart(text, mentions, keys, bracketed, name_key)  # "an AFP journalist said"
    return sorted(mentions + found, key=lambda m: m.start), keys


def _add_written_short_forms(mentions: list[RawMention], keys: dict[str, str]) -> None:
    """Short forms the article uses without brackets: "Acpo" for the "Association of Chief
    Police Officers" named before, when the initials of one name alone of the article spell it.
    """
    owners: dict[str, set[str]] = defaultdict(set)
    people: set[str] = set()
    laws: set[str] = set()
    for m in mentions:
        if m.label == "PERSON":
            people.add(name_key(m.text))
        if names_a_law(m.text):
            laws.add(name_key(m.text))
        for letters in initials_of(name_form(m.text)):
            owners[letters].add(name_key(m.text))
        if camel := camel_initials(name_form(m.text)):
            owners[camel].add(name_key(m.text))  # "GSK" for "GlaxoSmithKline"
    for m in mentions:
        key = name_key(m.text)
        form = name_form(m.text)  # "the WTO": the name is "WTO"
        if key in keys or not SHORT_FORM.fullmatch(form) or key in country_keys(name_key):
            continue  # "the US" is the country, not "UBS Securities"
        found = owners.get(letters_of(form), set()) - {key}
        if m.label == "ORG":
            # `body initials, no law's`: initials the model reads as a body are the body's, not
            # a law named after it whose words they also spell ("He wrote to the GLA" beside
            # "The Greater London Act is clear": the Greater London Authority's act).
            found -= laws
        if "&" in form:
            found -= people  # "R&B" beside Rhian Benson: an "&" joins words, not initials
        elif m.label != "PERSON" and (m.label in _PLACED or found - people):
            # Initials the model read as a place ("Washington, D.C." beside Diana de Cardenas)
            # or as a body, beside a body they also spell ("GM" beside General Motors and
            # Giuseppe Morchio), are no person's; "JK" ORG beside Jason King alone is his.
            found -= people
        if len(found) == 1:
            keys[key] = found.pop()
    _add_spaced_spellings(mentions, keys)


# Round r44b-tech: two or three capitalised words that, run together, spell a name of one word.
_SPACED = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+){1,2}")


def _add_spaced_spellings(mentions: list[RawMention], keys: dict[str, str]) -> None:
    """A spaced spelling of a coined one-word name the article uses is that name: "Rip Guard"
    beside "RipGuard" (seed 134's tech/043, `Rip Guard` ORG apart from the product `RipGuard`;
    "Disc Lock" beside "DiscLock" is PERSON on a sentence of my own). The one-word name holds
    an inner capital ("RipGuard", not "Ripguard"), so the words are its parts, and the spaced
    words run together spell it exactly; a name the article gives only spaced is left, as is a
    full name with a common first name."""
    camel = {name_key(m.text) for m in mentions if _CAMEL.fullmatch(m.text)}
    if not camel:
        return
    uses = Counter(name_key(m.text) for m in mentions)
    for m in mentions:
        key = name_key(m.text)
        if key in keys or not _SPACED.fullmatch(m.text) or person_by_first_name(m.text):
            continue  # "Ann Marie" is a woman, whatever "AnnMarie" is
        joined = name_key(m.text.replace(" ", ""))
        if joined in camel and uses[key] > uses[joined]:
            # The article's usual spelling names the entity: three "Time Warner" and one
            # "TimeWarner" are `Time Warner` (the lead's mend of r44b-tech, whose join named
            # them by the one-word spelling however rare).
            keys.setdefault(joined, key)
        elif joined in camel:
            keys[key] = joined


def split_glued(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with two names glued by "and" cut apart where the article names each alone.

    Both sides take the label of the side the model found on its own elsewhere ("Parma" ORG
    for "Parma and Real Madrid" WORK_OF_ART): names joined by "and" are of one kind.
    """
    if not any(" and " in m.text for m in mentions):
        return mentions
    label_of: dict[str, str] = {}
    for m in mentions:
        if " and " not in m.text:
            label_of.setdefault(name_form(m.text), m.label)
    ends = {m.end for m in mentions}
    result: list[RawMention] = []
    for m in mentions:
        found = sides(text, m.start, m.end, m.label, label_of) if " and " in m.text else None
        if found is None and " and " in m.text:
            # "both The Independent and The Times": a list's shape shows two names, which
            # keep the model's label unless one is found alone elsewhere.
            found = listed_sides(text, m.start, m.end, m.label, ends - {m.end}, label_of)
            if found is not None:
                result.extend(_side(text, m, s, e, label_of) for s, e in found)
                continue
        if found is None:
            result.append(m)
            continue
        label = next(label_of[text[s:e]] for s, e in found if text[s:e] in label_of)
        result.extend(
            replace(m, text=text[s:e], start=s, end=e, label=label, votes=False) for s, e in found
        )
    return result


def _side(text: str, m: RawMention, start: int, end: int, label_of: dict[str, str]) -> RawMention:
    """One side of a glued list: the label of its name found alone, else the model's own."""
    name = text[start:end]
    if name in label_of:
        return replace(m, text=name, start=start, end=end, label=label_of[name], votes=False)
    return replace(m, text=name, start=start, end=end)


def with_datelines(
    text: str, mentions: list[RawMention], layouts: list[Layout]
) -> list[RawMention]:
    """The mentions, with the place of each paragraph's wire dateline marked as a place.

    "LONDON 1996-08-30" and "WASHINGTON (Reuters) -" name where the story was filed; the model
    misses names in capitals or takes them for organisations. Headlines have no datelines.
    A mention inside the place is a part of it ("PANAMA" of "PANAMA CITY 1996-08-30"): the
    whole place replaces it.
    """
    places = {}  # (start, end) of each dateline's place -> its paragraph's layout
    for layout in layouts:
        place = dateline_place(text, layout.offset, layout.end) if layout.paragraph else None
        if place is not None:
            places[place] = layout
    if not places:
        return mentions
    starts = sorted(places)
    kept, overlapped = [], set()
    for m in mentions:  # one pass: each mention against the places it may overlap
        k = bisect_right(starts, (m.start, len(text) + 1)) - 1
        if k >= 0 and m.start < starts[k][1]:  # it starts inside a place
            place = starts[k]
            if (m.start, m.end) == place:
                m.cue = "GPE"
            elif m.end <= place[1]:
                continue  # a part of the place, which replaces it
            overlapped.add(place)
        if k + 1 < len(starts) and starts[k + 1][0] < m.end:  # it runs into the next place
            overlapped.add(starts[k + 1])
        kept.append(m)
    found = []
    for place, layout in places.items():
        if place in overlapped:
            continue
        sentence = layout.sentence_of(layout.token_at(0))
        start, end = place
        found.append(RawMention(text[start:end], start, end, "GPE", sentence, layout.paragraph,
                                False, cue="GPE"))  # fmt: skip
    return sorted(kept + found, key=lambda m: m.start)


def filed_places(text: str, layouts: list[Layout]) -> frozenset[tuple[int, int]]:
    """The spans of the places of the article's wire datelines ("NEW YORK 1996-08-30") and of
    the venues of its schedule's lines ("KANSAS CITY AT DETROIT")."""
    places = (dateline_place(text, layout.offset, layout.end) if layout.paragraph else None
              for layout in layouts)  # fmt: skip
    venues = chain.from_iterable(venue_spans(text, layout.offset, layout.end)
                                 for layout in layouts if layout.paragraph)  # fmt: skip
    return frozenset(chain((place for place in places if place is not None), venues))


# A sentence that opens "In Chicago ," or "At Texas ,": the place where what it tells happened
# (a game report's "In Pittsburgh , Sean Berry tied a career high"), whatever the town's side.
_OPENING_PLACE_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))(?:In|At) $")
_OPENING_PLACE_AFTER = re.compile(r" ?,")
# A town's name: capitalised words only ("St Louis"), no "the" or "for" of a body's name ("At
# the Department for Work and Pensions ,").
_TOWN_NAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")


def opening_places(text: str, mentions: Iterable[RawMention]) -> frozenset[tuple[int, int]]:
    """The spans of the mentions that a sentence opens with, after "In" or "At" and before a
    comma ("In St Louis , Tom Pagnozzi had three hits"): places."""
    return frozenset(
        (m.start, m.end)
        for m in mentions
        if _TOWN_NAME.fullmatch(m.text)
        and not m.text.startswith("The ")
        and _OPENING_PLACE_BEFORE.search(text, max(0, m.start - 4), m.start)
        and _OPENING_PLACE_AFTER.match(text, m.end)
    )


def with_filed_places(
    groups: Iterable[Cluster],
    weak: set[str],
    filed: frozenset[tuple[int, int]],
    towns: frozenset[tuple[int, int]] = frozenset(),
    text: str = "",
) -> Iterator[tuple[Cluster, str, str]]:
    """Each group with its label and the key of its id; a dateline's place, or a schedule's
    venue, is a place whatever the rest of its group.

    "NEW YORK 1996-08-30" opens a baseball page whose "NEW YORK" of the schedule is a team and
    "WARSAW 1996-08-30" a story signed "-- Warsaw Newsroom": the story was filed in a city, and
    that mention is the city, given as an entity of its own when its group takes another label.
    Two entities of one article never share an id: the place keeps its name's, as in every
    article that names only the city, and the rest of the group takes one of its own label's.
    `towns` are the spans of the towns where something happened ("the race in Glasgow on
    Saturday", `entity_towns.event_towns`): places too, but only apart from a club of their
    name (ORG), never from a person whose surname a town shares.
    """
    for group in groups:
        label = group.label(weak)
        split = filed | towns if label == "ORG" else filed
        places = [m for m in group.mentions if (m.start, m.end) in split]
        if not places or label in _PLACE_LABELS or label == "FAC":
            yield group, label, group.key
            continue
        rest = [m for m in group.mentions if (m.start, m.end) not in split]
        by_event = any((m.start, m.end) in towns for m in places)
        if text and follows_its_place(label, group.mentions[0].text, rest, text, by_event=by_event):
            # "Spencer north of Sydney" PERSON beside "At Spencer, firefighters": one town,
            # one entity, GPE, where nothing else shows a person or a body (r51-towns).
            yield group, "GPE", group.key
            continue
        parts = [(replace(group, mentions=places), "GPE", group.key)]
        if rest:
            parts.append((replace(group, mentions=rest), label, f"{group.key}|{label}"))
        yield from sorted(parts, key=lambda part: part[0].mentions[0].start)


class _ByStart:
    """Mentions found by the span they overlap in logarithmic time, and dropped without
    rebuilding the list each time: a page of results adds thousands, and scanning every
    mention for each made a huge one quadratic."""

    def __init__(self, mentions: list[RawMention]) -> None:
        self.mentions = mentions
        self.order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self.starts = [mentions[i].start for i in self.order]
        self.longest = max((m.end - m.start for m in mentions), default=0)
        self.dropped: set[int] = set()

    def overlapping(self, start: int, end: int) -> list[RawMention]:
        """The mentions not dropped that overlap [start, end), in the list's order."""
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_left(self.starts, end)
        at = sorted(i for i in self.order[low:high] if i not in self.dropped)
        return [self.mentions[i] for i in at if self.mentions[i].end > start]

    def drop(self, gone: list[RawMention]) -> None:
        if not gone:
            return
        ids = {id(m) for m in gone}
        low = bisect_left(self.starts, min(m.start for m in gone) - self.longest)
        high = bisect_left(self.starts, max(m.end for m in gone))
        self.dropped.update(i for i in self.order[low:high] if id(self.mentions[i]) in ids)

    def kept(self) -> list[RawMention]:
        return [m for i, m in enumerate(self.mentions) if i not in self.dropped]


def _added(
    text: str, layout: Layout, start: int, end: int, label: str, cue: str, votes: bool = True
) -> RawMention:
    """A mention a rule adds at text[start:end], in `layout`'s paragraph."""
    sentence = layout.sentence_of(layout.token_at(start - layout.offset))
    return RawMention(text[start:end], start, end, label, sentence, layout.paragraph,
                      layout.zone == "headline", votes=votes, cue=cue)  # fmt: skip


def with_results(text: str, mentions: list[RawMention], layouts: list[Layout]) -> list[RawMention]:
    """The mentions, with every team of a results or standings line marked as a team.

    "Harlequins 75 Gloucester 19": the model misses such names or takes them for places and
    people; a mention that overlaps a team's name there gives way to it (factx.extract.results).
    A name that is the surname of a person the article names in full stays the player's.
    """
    found = []
    index = _ByStart(mentions)
    surnames: set[str] | None = None
    for layout in layouts:
        for start, end in team_spans(text, layout.offset, layout.end):
            if surnames is None:
                surnames = {name_key(m.text).split()[-1] for m in mentions
                            if m.label == "PERSON" and " " in name_key(m.text)}  # fmt: skip
            if name_key(text[start:end]) in surnames:
                continue
            same = index.overlapping(start, end)
            if len(same) == 1 and (same[0].start, same[0].end) == (start, end):
                same[0].cue = "TEAM"
                continue
            index.drop(same)
            found.append(_added(text, layout, start, end, "ORG", "TEAM", votes=False))
    return sorted(index.kept() + found, key=lambda m: m.start) if found else mentions


# A line in capitals ("SRI LANKA BEAT AUSTRALIA BY FOUR WICKETS ."): the model tags hardly any
# name in it. Only short lines (`CAPITAL_LINE_MAX`): a shouted paragraph of prose is left to
# the model.
_CAPITAL_WORD = re.compile(r"[A-Z][A-Z.'’-]*")
# Words a country's name may have, at most ("BOSNIA AND HERZEGOVINA" aside).
_COUNTRY_WORDS = 3


def with_capital_countries(
    text: str, mentions: list[RawMention], layouts: list[Layout]
) -> list[RawMention]:
    """The mentions, with each country named in a line written in capitals added as a place:
    "ROMANIA BEAT LITHUANIA IN UNDER-21 MATCH", a wire headline. A country's name after a
    first name is a person's ("MICHAEL JORDAN"); a span of the model's that holds the country
    and more ("CRICKET - SRI LANKA" ORG) gives way to it, any other is left as it is."""
    countries = country_keys(name_key)
    found = []
    for layout in layouts:
        start, end = layout.offset, layout.offset + layout.length
        if end - start > CAPITAL_LINE_MAX or not shouted(text, start, end):
            continue
        words = [m.span() for m in _CAPITAL_WORD.finditer(text, start, end)]
        i = 0
        while i < len(words):
            for n in range(min(_COUNTRY_WORDS, len(words) - i), 0, -1):
                first, last = words[i][0], words[i + n - 1][1]
                name = text[first:last].rstrip(".")
                spaced = all(
                    text[words[k][1] : words[k + 1][0]] == " " for k in range(i, i + n - 1)
                )
                if not spaced or name_key(name) not in countries:
                    continue
                before = _plain(text[words[i - 1][0] : words[i - 1][1]]) if i else ""
                same = [m for m in mentions if m.start < last and first < m.end]
                # "CRICKET - SRI LANKA" tagged ORG: in capitals the model's span is no name.
                wider = all(m.start <= first and last <= m.end and m.label != "PERSON"
                            for m in same)  # fmt: skip
                if wider and before not in first_names():
                    mentions = [m for m in mentions if m not in same]
                    found.append(_added(text, layout, first, first + len(name), "GPE", "GPE"))
                i += n - 1
                break
            i += 1
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def with_athletes(text: str, mentions: list[RawMention], layouts: list[Layout]) -> list[RawMention]:
    """The mentions, with every competitor of a results line a person ("2. Anthony Washington
    (U.S.) 68.44"): where the model missed the name, or tagged only part of it, the whole name
    is added with a person's cue (factx.extract.athletes), as is every player of a team sheet
    (factx.extract.entity_sheets). A team's name stays the team's."""
    countries = country_keys(name_key)

    def is_country(words: str) -> bool:
        return name_key(words) in countries

    found = []
    index = _ByStart(mentions)
    for layout in layouts:
        marks = list(sheet_marks(text, layout.offset, layout.end, is_country))
        for start, end, label in marks:
            if not label:  # a sheet's head word: "Att", "Ref"
                index.drop(index.overlapping(start, end))
        sheet = [
            *sheet_spans(text, layout.offset, layout.end, is_country),
            *numbered_spans(text, layout.offset, layout.end, is_country),
        ]
        on_sheet = set(sheet)  # asked, never iterated
        for start, end in [*athlete_spans(text, layout.offset, layout.end, is_country), *sheet]:
            same = index.overlapping(start, end)
            if any(m.cue == "TEAM" for m in same):
                continue
            if (
                (start, end) in on_sheet
                and len(same) == 1
                and initialled(text, start, end, same[0])
                and not another_namesake(text[start:end], mentions)
            ):
                same[0].cue = "PERSON"  # "R O'Gara" on a team sheet: the model's "O'Gara" stays
                continue
            if len(same) == 1 and (same[0].start, same[0].end) == (start, end):
                same[0].cue = same[0].cue or "PERSON"
                if (start, end) in on_sheet and is_country(same[0].text):
                    # "Subs Not Used: Macken, Weaver, Onuoha, Jordan.": a player named as a
                    # country is the player; the country's name would carry its GPE over.
                    same[0].cue, same[0].player = "PERSON", True
                continue
            index.drop(same)
            found.append(_added(text, layout, start, end, "PERSON", "PERSON"))
            found[-1].player = (start, end) in on_sheet and is_country(text[start:end])
        for start, end, label in marks:
            # A side's name before its players ("Hull: Price, Dean"), a team's; the referee's
            # county or association in brackets.
            same = index.overlapping(start, end)
            # "C Smith (NZ)": a country's short form, which the squad line's cue read as a club.
            country = label == "GPE" and sheet_country(text[start:end])
            if not label or (not country and any(m.cue == "TEAM" for m in same)):
                continue
            if len(same) == 1 and (same[0].start, same[0].end) == (start, end):
                same[0].cue = label
                if country:
                    same[0].label = label
                continue
            index.drop(same)
            team = label == "TEAM"
            found.append(_added(text, layout, start, end, "ORG" if team else label, label,
                                votes=not team))  # fmt: skip
    dropped = bool(index.dropped)
    return sorted(index.kept() + found, key=lambda m: m.start) if found or dropped else mentions


def with_titles(
    text: str, mentions: list[RawMention], layouts: list[Layout], taken: list[tuple[int, int]]
) -> list[RawMention]:
    """The mentions, with each colon title of the body a work ("CSI: Miami" for the model's
    "CSI" ORG and "Miami" GPE), and each title opening with a sum in capitalised words ("Million
    Dollar Baby", factx.extract.work_titles), each title with its own "The" after a possessive
    and a genre noun ("Scorsese's Hollywood biopic The Aviator"), and each title written as a
    question ("and Who's Johnny?", for the model's "Johnny" PERSON): the mentions inside it
    give way, and a title that a mention or another fact reaches out of is left alone."""
    found: list[RawMention] = []
    index = _ByStart(mentions)
    for layout in layouts:
        if layout.zone == "headline":
            continue
        questions = list(question_titles(text, layout.offset, layout.end))
        spans = chain(
            colon_titles(text, layout.offset, layout.end),
            sum_titles(text, layout.offset, layout.end),
            genre_titles(text, layout.offset, layout.end),
            questions,
        )
        for start, end in spans:
            same = index.overlapping(start, end)
            if (start, end) in questions:
                same = _cut_before_title(text, index, same, start, end, found)
            if any(m.start < start or m.end > end for m in same) or any(
                s < end and start < e for s, e in [*taken, *((m.start, m.end) for m in found)]
            ):
                continue
            index.drop(same)
            found.append(_added(text, layout, start, end, "WORK_OF_ART", "WORK_OF_ART"))
    return sorted(index.kept() + found, key=lambda m: m.start) if found else mentions


def _cut_before_title(
    text: str,
    index: _ByStart,
    same: list[RawMention],
    start: int,
    end: int,
    found: list[RawMention],
) -> list[RawMention]:
    """`same`, the mentions overlapping a question title at text[start:end], less one that the
    model glued to the title's first word over the list's " and " or ", " ("Their singles
    include Cold Water and Who's David?" gives "Cold Water and Who"): that one is cut back to
    the name before the joint, kept in `found`, and the title no longer reaches into it."""
    out = []
    for m in same:
        head = text[m.start : start]
        joint = next((j for j in (" and ", ", ") if head.endswith(j)), None)
        if m.start < start < m.end <= end and joint is not None and len(head) > len(joint):
            index.drop([m])
            cut = start - len(joint)
            found.append(replace(m, text=text[m.start : cut], end=cut))
            continue
        out.append(m)
    return out


def with_publications(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with a newspaper's name the model cut to its place made whole: "the
    Hollywood Reporter" for "Hollywood" GPE (factx.extract.work_titles). Not where another name
    starts right after the place."""
    starts = {m.start for m in mentions}
    result = []
    for m in mentions:
        end = publication_end(text, m.end) if m.label in _PUBLISHED_AT else None
        if end is not None and m.end + 1 not in starts:
            m = replace(m, text=text[m.start : end], end=end, label="ORG", cue="ORG")
        result.append(m)
    return result


def with_joined_titles(
    text: str, mentions: list[RawMention], short_forms: dict[str, str]
) -> list[RawMention]:
    """The mentions, with a work's title the model cut at "of the" made whole again: "Eternal
    Sunshine" (a work by its model label or its cue) and "Spotless Mind" FAC are "Eternal
    Sunshine of the Spotless Mind", and so is every other such pair of the article; the work's
    side alone ("Eternal Sunshine") is then the title's short form. Only where one side is a
    work: "Bank of England" and "Duke of Edinburgh" are no titles; and no side that joins two
    names ("Spotless Mind and Finding Neverland") is joined further, nor a person's full name
    ("Barry Gibb of The Bee Gees": a member of a band) (factx.extract.work_titles)."""
    if not any("WORK_OF_ART" in (m.label, m.cue) for m in mentions):
        return mentions
    pairs = [
        (a, b) for a, b in pairwise(mentions)
        if a.paragraph == b.paragraph and title_join(text, a.end, b.start)
        and not _GLUED.search(a.text) and not _GLUED.search(b.text)
        and not person_by_first_name(a.text)  # "Barry Gibb of The Bee Gees": a member
    ]  # fmt: skip
    titles = {text[a.start : b.end] for a, b in pairs if _a_work(a) or _a_work(b)}
    if not titles:
        return mentions
    joined: dict[int, RawMention] = {}
    for a, b in pairs:
        title = text[a.start : b.end]
        if title in titles and id(a) not in joined:
            joined[id(a)] = replace(a, text=title, end=b.end, label="WORK_OF_ART",
                                    cue="WORK_OF_ART")  # fmt: skip
            joined[id(b)] = joined[id(a)]
            for side in (a, b):
                if _a_work(side):
                    short_forms.setdefault(name_key(side.text), name_key(title))
    result = [joined.get(id(m), m) for m in mentions]
    return [m for i, m in enumerate(result) if i == 0 or m is not result[i - 1]]


def spelled_terms(text: str, mentions: list[RawMention]) -> frozenset[str]:
    """Names of technologies the article spells out: a listed term's words written out beside
    it in brackets ("Digital Rights Management (DRM)") or where the article uses the term
    elsewhere, and any short form spelled out in lower case ("digital rights management
    (DRM)"); `without_technology_terms` drops them wherever they are."""
    spelled = set(spelled_in_lower_case(text))
    used = {name_form(m.text) for m in mentions if technology_term(name_form(m.text))}
    for m in mentions:
        short = _bracketed_beside(text, m.start, m.end)
        if short and spelled_out_term(m.text, short):
            spelled.add(name_form(m.text))
        elif short and technology_head(name_form(m.text), short):
            # "Wireless Markup Language (WML)": the initials are the same term's
            spelled.update((name_form(m.text), short))
        elif (
            used
            and m.label != "PERSON"  # "Michael M. Sears" in an article about MMS
            and any(spelled_out_term(m.text, term) for term in used)
        ):
            spelled.add(name_form(m.text))  # "known as Digital Rights Management systems"
        elif technology_by_kind(text, m.start, m.end):
            spelled.add(name_form(m.text))  # "Asymmetric Digital Subscriber Line technology"
        elif short and technology_called(text, m.start, m.end, short):
            # "a technology called Near Field Communication (NFC)": a term and its initials
            spelled.update((name_form(m.text), short))
        elif so_called_kind(text, m.start, m.end):
            spelled.add(name_form(m.text))  # "so-called Body Area Networks"
    return frozenset(spelled)


def without_technology_terms(
    text: str, mentions: list[RawMention], spelled: frozenset[str]
) -> tuple[list[RawMention], list[tuple[int, int]]]:
    """The mentions less technologies, standards and formats ("DRM", "USB", and the names of
    `spelled_terms`), and the spans of those: no names, though the model tags them, nor
    places where a shorter name is matched ("Digital" of "Digital Video Broadcasting"). A
    name the model ran into such a term ends before it ("the Skype Voip service"). A work
    keeps its title ("3D" may name a film)."""
    kept, terms = [], []
    named = _named_short_forms(text, mentions)
    # "the Clinton Global Initiative ... CGI became": a body's initials, no term (r49b-misc)
    bodies = terms_naming_bodies(text, frozenset(name_form(m.text) for m in mentions))
    for m in mentions:
        if shirt_number(text, m.start, m.end):  # "young No 9 prospects": a position, any label
            terms.append((m.start, m.end))
            continue
        if m.label == "WORK_OF_ART":
            kept.append(m)
            continue
        # The name's words, not an article: "The GPRS" is a term and leaves no name "The".
        if tail := technology_tail(name_form(m.text)):
            end = m.end - tail
            while text[end - 1] in " -–—/,":
                end -= 1
            m = replace(m, text=text[m.start : end], end=end)
        form = name_form(m.text)
        if (
            (technology_term(form) and form not in bodies)
            or form in spelled
            or (disease(form) and form not in named)  # "tests for TB"
            or script(form)  # "printed in Braille"
            or genre(form, m.label)  # "a Britpop revival"
            or place_tagged_term(form, m.label)  # "the game AI" GPE
            or unit_beside_figure(text, m.start, m.end)  # "16 GB", "$99 (USD)"
            or rule_code(text, m.start, m.end)  # "Premier League rule K3"
            or era_beside_a_year(text, m.start, m.end)  # "190 A.D." (r52b-misc)
            or lone_royal(text, m.start, m.end)  # "The battle Royal that" (r54-names)
            or _common_word(text, m)  # "CCTV pictures", "Islamaphobia", "a Kafkaesque future"
        ):
            terms.append((m.start, m.end))
        else:
            kept.append(m)
    return kept, terms


def _common_word(text: str, m: RawMention) -> bool:
    """Whether the mention is a capitalised common word of round r36-goods's shapes, no name:
    a word before the noun it qualifies ("CCTV pictures", "Renaissance art"), a "-phobia"
    ("Islamaphobia"), a writer's adjective ("a Kafkaesque future"), an appeal's disaster
    ("Asian Tsunami fund") or a plant before its extract ("Moringa extract")."""
    return (
        common_word_before_noun(text, m.start, m.end)
        or phobia(m.text)
        or writers_adjective(text, m.start, m.end, people_words())
        or disaster_of_an_appeal(text, m.start, m.end)
        or plant_before_its_product(text, m.start, m.end, m.label)
        or eponym_of_an_ailment(text, m.start, m.end)
        or eponymous_law_word(text, m.start, m.end)
    )


def _named_short_forms(text: str, mentions: list[RawMention]) -> frozenset[str]:
    """The short forms the article gives in brackets after the names they are the initials of:
    "the Budapest Stock Exchange (BSE)" makes its "BSE" the exchange's, no disease."""
    found = set()
    for m in mentions:
        place = introduced(text, m.end)
        if place is not None and abbreviates(text[place[0] : place[1]], m.text):
            found.add(text[place[0] : place[1]])
    return frozenset(found)


# A short form in brackets just before a name: "LCD (Liquid Crystal Display)".
_SHORT_BEFORE = re.compile(r"([A-Za-z][\w/-]{1,7}) \($")
# A term's short form in brackets after its words, with a digit or a hyphen the short forms of
# bodies lack: "Digital Video Broadcasting Handheld (DVB-H)".
_TERM_AFTER = re.compile(r" \(([A-Za-z][\w/-]{1,7})\)")


def _bracketed_beside(text: str, start: int, end: int) -> str:
    """The short form in brackets right after the name at text[start:end] ("Digital Rights
    Management (DRM)"), or before it with the name in brackets ("LCD (Liquid Crystal
    Display)"); "" where there is none."""
    if place := introduced(text, end):
        return text[place[0] : place[1]]
    if after := _TERM_AFTER.match(text, end):
        return after[1]
    before = _SHORT_BEFORE.search(text, max(start - 12, 0), start)
    return before[1] if before and text.startswith(")", end) else ""


def _a_work(m: RawMention) -> bool:
    return "WORK_OF_ART" in (m.label, m.cue)


def evidence_label(text: str, m: RawMention, weak_persons: set[str]) -> str:
    """The label the words around a mention show (`cue_of`), or "" where they show none.

    Some cues only hold for a lone name tagged PERSON: "Acpo made its call", but not "Millan
    calls its" where the article named "Manuel Millan" before.
    """
    cue = evidence_cue(text, m, weak_persons)
    return "" if cue is None else cue.label


def evidence_cue(
    text: str,
    m: RawMention,
    weak_persons: set[str],
    surnames: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
) -> Cue | None:
    """The cue of `evidence_label`, or None. `surnames`: the last words of the people the
    article names in full with a common first name (`people_surnames`); `named`: the last
    words of every full name tagged PERSON, whatever its first name (`named_surnames`)."""
    cue = cue_of(text, m.start, m.end, m.label)
    if cue is not None and not cue.named_people and _named_as_person(text, m, surnames):
        return None
    if cue is not None and not cue.known and name_key(m.text) in named:
        # "the Hendrix museum" after "Jimi Hendrix": a building or a body named after a
        # person the article names; the name stays the person's (round r30-places).
        return None
    if cue is not None and cue.place and not cue.surnames and name_key(m.text) in surnames:
        # "Malcolm Shipley, of Shipley, said" (the model's ORG): a place cue that holds for no
        # surname holds for none whatever the model's label, as the word joins the person's
        # name (round r41c-bodies).
        return None
    if cue is None or m.label != "PERSON":
        return cue
    if cue.lone and name_key(m.text) not in weak_persons and not _firms_look(text, m):
        return None
    if not cue.surnames and name_key(m.text) in surnames:
        return None  # "Obama spokesman" after "Michelle Obama": a person's spokesman
    return cue


def _named_as_person(text: str, m: RawMention, surnames: frozenset[str]) -> bool:
    """Whether "<Name>'s website" is a person's site: the article gives the name after a common
    first name ("Jose Mourinho", `people_surnames`), after "Mr|Mrs|Ms|Dr", or before "he|she"
    a verb or two on ("Mourinho said he was proud"). Round r41-people: "Jose Mourinho ...
    Mourinho's website says so" made the manager ORG at the base; a firm is no "he"."""
    if name_key(m.text) in surnames:
        return True
    name = re.escape(m.text)
    return (
        re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.? {name}\b|\b{name} (?:[a-z]+ ){{1,2}}(?:he|she)\b", text)
        is not None
    )


def _known_body(name: str) -> bool:
    """Whether `name` is a known body's short name with a common name of its own ("Fed": the
    Federal Reserve), by the aliases' canonical names; no country ("US")."""
    key = name_key(name)
    return canonical_name(key) is not None and key not in country_keys(name_key)


def _firms_look(text: str, m: RawMention) -> bool:
    """Whether a mention the model tags PERSON has a firm's look, two or three capitalised
    words that open with no common first name ("Ask Jeeves", "Costco Wholesale"), so that a
    cue only for a lone name ("role for a company": "vice president of search at Ask Jeeves")
    holds for it too (r36-tech: tech/062's "Ask Jeeves" PERSON at all its mentions). A full
    name with a common first name stays a person's; so does one with an initial ("J. Allard"),
    and one right after a person's role or title word ("Immigration minister Des Browne quoted
    its plan": the list lacks "Des")."""
    words = name_form(m.text).split()
    before = re.search(r"([A-Za-z]+)\.? *$", text[max(0, m.start - 30) : m.start])
    titles = _word_list("roles") | _word_list("titles") | _word_list("honorifics")
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.isalpha() and len(w) > 2 for w in words)
        and not opens_with_first_name(" ".join(words))
        and (before is None or before[1].casefold() not in titles)
    )


def named_surnames(mentions: list[RawMention]) -> frozenset[str]:
    """The keys of the last words of all full names tagged PERSON: "hendrix" of "Jimi
    Hendrix", whose first name no census list holds."""
    return frozenset(
        name_key(m.text).rsplit(" ", 1)[-1]
        for m in mentions
        if m.label == "PERSON" and " " in name_key(m.text)
    )


def people_surnames(mentions: list[RawMention]) -> frozenset[str]:
    """The keys of the last words of full names tagged PERSON that open with a common first
    name: "ryan" of "Paul Ryan", not "coruna" of "Deportivo Coruna" tagged PERSON."""
    return frozenset(
        name_key(m.text).rsplit(" ", 1)[-1]
        for m in mentions
        if m.label == "PERSON" and " " in name_key(m.text) and person_by_first_name(m.text)
    )


def entities(
    layouts: list[Layout],
    raw: list[RawMention],
    context: Context,
    taken: list[tuple[int, int]],
) -> Iterator[EntityFact]:
    """One EntityFact per distinct entity of the article.

    Args:
        layouts: the article's paragraphs; paragraph 0 is the headline.
        raw: the model's mentions of every paragraph (`raw_mentions`), in order.
        context: the article.
        taken: spans of other facts (money, dates) that no entity mention may overlap.
    Yields:
        Entity facts; text/start/end are those of the first mention.
    """
    spelled = spelled_terms(context.text, raw)
    raw, terms = without_technology_terms(context.text, raw, spelled)
    taken = taken + terms
    raw = with_continued_names(context.text, raw)  # "Rowing and" + "Canoeing Union"
    raw = split_glued(context.text, with_models(context.text, raw))
    raw = peoples_before_article_names(raw)  # "a wounded Arab Al Qaeda fighter" (r50-bodies)
    raw = split_at_beat(context.text, raw)  # "The Marx Collection beat Oasis"
    raw = people_glued_over_a_verb(context.text, raw)  # "Anthony became Lopez" (r49-people)
    raw = person_and_body_over_a_verb(context.text, raw)  # "Sandler gave Priorities" (r49d-glue)
    raw = outlets_glued_to_surnames(context.text, raw)  # "told Politico Wallace" (r49d-glue)
    raw = bodies_glued_over_and(context.text, raw)  # "<Center ...> and USA Today" (r49d-glue)
    raw = surnames_before_government_bodies(context.text, raw)  # "the Obama White House"
    raw = bodies_run_into_a_word(context.text, raw)  # "Commissiondecision" (r49d-glue)
    raw = without_chat_words(context.text, raw)  # "#ChairmanCash", "LMK", "it's US?" (r49d-glue)
    raw = without_time_word_openers(context.text, raw)  # '"today Brent South, ..."' (r55b)
    raw = particle_surnames_after_titles(context.text, raw)  # "Mr de Vabres said" (r55b)
    raw = areas_named_with_and(context.text, raw)  # "Yorkshire and the Humber" (r55b)
    raw = bodies_behind_place_pairs(  # "the US-China Economic and Security Review Commission"
        context.text, raw, layouts, taken, _added
    )
    raw = guilds_of_countries(  # "the Director's Guild of Great Britain" (r55b)
        context.text, raw, layouts, taken, _added
    )
    raw = firms_cut_at_and(context.text, raw)  # "The Dun and Bradstreet survey" (r50-bodies)
    raw = bodies_cut_by_a_typo(context.text, raw)  # "News of the Worl editor" (r50-bodies)
    raw = glossed_common_nouns(context.text, raw)  # "a tribal Shura (council)" (r50-bodies)
    raw = inquiries_whole(context.text, raw)  # "Royal Commission into the ..." (r51b)
    raw = offices_whole(context.text, raw)  # "Commonwealth Director of Public ..." (r51b)
    raw = interim_bodies_whole(context.text, raw)  # "the Afghan interim Authority" (r51b)
    raw = without_ranks(context.text, raw)  # "Rear Admiral", "Sergeant First Class" (r50-people)
    raw = without_hyphened_ranks(context.text, raw)  # "Lieutenant-General Cosgrove" (r50b)
    raw = without_of_before_a_year(context.text, raw)  # "the Lions of 1971" (r51-clubs)
    raw = without_plural_callings(context.text, raw)  # "Guides Simon" Wiget (r50-people)
    raw = persons_parted_from_towns(context.text, raw)  # "Shane Bradford of Ballidu"
    raw = surnames_over_apostrophes(context.text, raw)  # ", Batholomew Ulufa'alu," (r50-people)
    raw = opening_names_whole(context.text, raw)  # "Aldolfo Rodregiuez Saa told" (r50-people)
    raw = critics_of_a_paper(context.text, raw)  # "Wendy Ide of The Times"
    raw = copula_sides(context.text, raw, name_form)  # "The Hollows was The Guardian"
    raw = joined_names(context.text, raw, name_key, taken)
    raw = possessives_parted(raw, name_key, context.text)  # "Henry's Arsenal"
    raw = bodies_after_an_owner(context.text, raw)  # "the House's Homeland Security Committee"
    raw = nicknames_before_their_match(context.text, raw)  # "the Blues' Celtic League match"
    raw = owners_parted(context.text, raw, name_key)  # "Ray Lamb's Blue Hours"
    raw = and_the_titles(context.text, raw, name_key)  # "Harry Potter and the Prisoner ..."
    raw = owned_reports(context.text, raw)  # "Oxfam's Paying the Price report"
    raw = projects_parted(context.text, raw)  # "<X> Coalition's <Y> Project" (r51b)
    raw = without_sports(context.text, raw)  # "Rowing's ruling body"
    raw = without_listed_activities(context.text, raw)  # "yoga and Tai Chi" (r52b-misc)
    raw = with_regnal_numbers(context.text, raw)  # "Elizabeth I"
    raw = with_versions(context.text, raw, layouts, taken, _added)  # "iPhone 4"
    raw = models_through_their_slash(context.text, raw)  # "The IBM Blue Gene" + "/L"
    raw = aircraft_apart_from_owner(context.text, raw)  # "Air Force" + "B-52" (r50-things)
    raw = vehicles_by_their_kind(context.text, raw, layouts, _added)  # "Space Shuttle Endeavour"
    raw = without_marked_quotes(context.text, raw)  # 'marked "Charge Demolition."' (r50-things)
    raw = without_quoted_words(context.text, raw)  # "'Deterrence' is the key word" (r51-works)
    raw = ships_apart_from_captains(context.text, raw)  # "Tampa Captain Arne Rinnan" (r50-things)
    raw = aircraft_and_devices(context.text, raw, layouts, _added)  # "C-130 Hercules aircraft"
    raw = shows_and_airlines(context.text, raw, layouts, _added)  # "Aero India 2005 air show"
    raw = untagged_cups(context.text, raw, layouts, _added)  # "the Hopman Cup in Perth" (r50)
    raw = route_races(context.text, raw, layouts, _added)  # "the Sydney to Hobart" (r50b)
    raw = tests_apart_from_towns(context.text, raw)  # "first Test in Adelaide" (r52-events)
    raw = without_year_kinds(context.text, raw)  # "Calendar year 2001" (r51c)
    raw = untagged_sides(context.text, raw, layouts, _added)  # "Socceroos coach" (r50b)
    raw = with_date_surnames(context.text, raw, layouts, taken, _added)  # "Theresa May"
    raw = with_called_names(context.text, raw, layouts, taken, _added)  # "R&B star Usher"
    raw, short_forms = with_short_forms(context.text, raw)
    raw = with_results(context.text, raw, layouts)
    raw = squad_clubs(context.text, raw, layouts, taken, _added)  # "Nyanga (Béziers)"
    raw = with_athletes(context.text, raw, layouts)
    raw = with_capital_countries(context.text, raw, layouts)
    raw = with_titles(context.text, raw, layouts, taken)
    raw = with_publications(context.text, raw)
    raw = without_negating_prefixes(raw)  # "Non-EU exports"
    raw = without_capital_prefixes(raw)  # "Anti-Taliban forces" (r50b-names)
    raw = hyphened_initials(raw)  # "The U-S has conceded" (r50b-names)
    raw = numbered_groups_whole(context.text, raw)  # "the Group of eight" (r50b-names)
    raw = without_across_adjectives(raw)  # "trans-Atlantic differences"
    raw = agencies_after_federal_government(raw)  # "the Federal Government FTC"
    raw = without_listed_portfolios(context.text, raw)  # "Secretary of State for Culture, ..."
    raw = without_titles(context.text, raw)  # "Defense Secretary Ash Carter"
    raw = without_state_titles(context.text, raw)  # "State Senator Paul LeVota" (r49b-us)
    raw = bodies_before_posts(context.text, raw, _known_body)  # "the Fed Chair said"
    raw = portfolios_before_titles(context.text, raw)  # "Fair Trading Minister" (r50-bodies)
    raw = field_bodies(  # "Nutrition Australia dietitian" (r50-bodies)
        context.text, raw, lambda name: name_key(name) in country_keys(name_key)
    )
    raw = without_opening_words(context.text, raw)  # "Songwriter Guy Chambers"
    raw = callings_before_full_names(context.text, raw)  # "Farmer Geoff Brooks said" (r55-people)
    raw = scorers_before_goal_verbs(context.text, raw)  # "before Lomana LuaLua headed" (r55-people)
    raw, verbs = without_imperative_openers(context.text, raw)  # "Shorten or eliminate the"
    taken = taken + verbs
    raw = prepositions_before_named(context.text, raw)  # '"Under New Labour," ... New Labour'
    raw = pairs_after_a_calling(context.text, raw)  # "rappers Ludacris & Lil Jon"
    raw = people_as_types(context.text, raw)  # "the David Frost of blogging"
    raw = with_first_names(context.text, raw)  # "Christophe Dominici", the model's "Dominici"
    raw = with_last_names(context.text, raw)  # "Shawn Estes", the model's "Shawn"
    raw = with_mistaken_first_names(context.text, raw)  # "Adrian" NORP + "Mutu" (r47b-teams)
    raw = with_initials(context.text, raw, _known_letters)  # "PD" + "James"
    raw = [
        m
        for m in raw
        if not m.qualifier
        or capitalised_inside(context.text, m.text)
        or (m.adjective and not written_in_lower_case(context.text, m.text))
        or (m.plural and not said_as_a_common_word(context.text, m.text))
    ]
    mentions = add_string_matches(context.text, raw, layouts, taken)
    mentions = great_britain_whole(context.text, mentions)  # "the Great Britain quartet" (r54)
    mentions = firms_by_first_word(  # "Gold Broadcasting said ..." then "Gold pulled the show"
        context.text, mentions, layouts, taken, _added, short_forms, name_key
    )
    mentions = without_listed_portfolios(context.text, mentions)  # "Media" found again
    mentions = without_state_titles(context.text, mentions)  # "State" found again (r49b-us)
    mentions = without_super_pacs(context.text, mentions)  # "the super PAC" (r49b-us)
    # Again over the names found by their string: "Vera Zvonareva", where the model tagged only
    # the lone "Zvonareva" GPE of other sentences (round r31-sport).
    mentions = with_first_names(context.text, mentions)
    mentions = sequels_at_every_mention(context.text, mentions, taken)  # "Half-Life" + " 2"
    mentions = whole_bills(
        context.text, mentions
    )  # "the Criminal Justice Bill", the model's "Bill"
    mentions = with_surnames(context.text, mentions, layouts, taken, _added, _country_or_people)
    mentions = party_words_before_people(  # "fellow Tory David Heathcoat-Amory" (r55b)
        context.text, mentions, layouts, taken, _added
    )
    mentions = with_nicknames(context.text, mentions)  # "the Florida Marlins"
    mentions = quoted_nicknames(context.text, mentions)  # "Brian 'Head' Welch"
    mentions = national_bodies(context.text, mentions)  # "the Scottish Executive"
    mentions = parties_cut_at_opener(context.text, mentions)  # "Liberal" + "Democrat"
    mentions = parties_after_initials(context.text, mentions)  # "UK" + "Independence Party"
    mentions = without_opening_time_words(context.text, mentions)  # "Party leader", "Today the"
    mentions = bodies_over_plural_possessive(context.text, mentions)  # "Critics" + "' Circle"
    mentions = schemes_whole(context.text, mentions)  # "The Office" + "Genuine Check scheme"
    mentions = bodies_of_a_people(context.text, mentions)  # "Board of Deputies" + "of British Jews"
    mentions = law_subjects(context.text, mentions)  # "Directive on" + "the Protection of ..."
    mentions = acts_by_their_sponsors(context.text, mentions)  # "Dodd" + "-Frank Act"
    mentions = laws_cut_at_a_sponsor(context.text, mentions)  # "McCain" + "-Feingold rules"
    mentions = treaties_establishing(context.text, mentions)  # "the Treaty" + "establishing ..."
    mentions = prepositions_run_on(context.text, mentions)  # "Good Friday Agreement for" years
    mentions = dated_tails_cut(context.text, mentions)  # "Return of the King in" + " 2004"
    mentions = rounds_run_on(context.text, mentions)  # "Scottish Cup quarter" + "-final"
    mentions = hyphened_titles_run_on(context.text, mentions)  # "Treasury Under" + "-Secretary"
    mentions = weekdays_run_on(context.text, mentions)  # "Bill Clinton Thursday" + " condemned"
    mentions = parties_before_posts(context.text, mentions)  # "Lib Dem Home Affairs" spokesman
    mentions = nations_liberal_democrats(context.text, mentions)  # "Welsh Liberal" + "Democrat"
    mentions = national_events(context.text, mentions)  # "the Welsh Open draw"
    mentions = events_with_their_kind_word(context.text, mentions)  # "European Indoor trials"
    mentions = nationalities_cut_before_kind(  # "the European" + "Anti-Fraud Office"
        context.text, mentions
    )
    mentions = crown_titles(context.text, mentions)  # "Crown" + "Princess Mette-Marit"
    mentions = sides_by_their_and(context.text, mentions)  # "British" + "and Irish Lions"
    mentions = seats_by_their_and(context.text, mentions)  # "MP for Eton" + "and Slough"
    mentions = seats_in_a_share_list(  # "69% in Kensington" + "and Chelsea"
        context.text, mentions, lambda name: name_key(name) in country_keys(name_key)
    )
    mentions = hyphened_sides(  # "the Wales-Ireland fixture"
        context.text, mentions, lambda name: name_key(name) in country_keys(name_key)
    )
    mentions = cup_countries_parted(  # "British Davis Cup coach"
        context.text, mentions, lambda name: name_key(name) in country_keys(name_key)
    )
    mentions = games_adjectives_parted(  # "British Olympic relay gold medallists"
        context.text, mentions, lambda name: name_key(name) in country_keys(name_key)
    )
    mentions = clubs_after_a_switch(context.text, mentions)  # "a switch from Ajax Amsterdam"
    mentions = clubs_parted_from_cups(context.text, mentions)  # "play Arsenal in the FA Cup"
    mentions = airlines_by_nationality(context.text, mentions)  # "American and Delta"
    mentions = compass_firms(  # "Air China, China Southern and China Eastern" (r54-firms)
        context.text, mentions, lambda name: name_key(name) in country_keys(name_key)
    )
    mentions = grounds_named_for_a_place(context.text, mentions)  # "the Stade de France"
    mentions = saints_villages(context.text, mentions)  # "leaving Stoke St Mary"
    mentions = places_after_going(context.text, mentions)  # "Entering Westminster, he" (r48b)
    mentions = hospitals_by_their_town(context.text, mentions)  # "Leeds General Infirmary"
    mentions = regions_before_country(context.text, mentions)  # "the West" + "country"
    mentions = states_by_their_word(  # "India's Tamil Nadu state"
        context.text, mentions, lambda name: name_key(name) in country_keys(name_key)
    )
    mentions = clubs_of_a_position(  # "a fly-half for Llanelli and Wales"
        context.text, mentions, lambda name: name_key(name) in country_keys(name_key)
    )
    mentions = plural_sides_parted(context.text, mentions)  # "The Ospreys and Scarlets say"
    mentions = nicknames_before_their_apostrophe(context.text, mentions)  # "the Blues' push"
    mentions = clubs_of_a_fouled_player(context.text, mentions)  # "a challenge with Lazio's"
    mentions = national_seas(context.text, mentions)  # "the Indian ocean earthquake"
    mentions = numbered_channels(context.text, mentions)  # "BBC" + "Two"
    mentions = broadcaster_divisions(  # "BBC" + "Wales Sport"
        context.text, mentions, lambda name: name_key(name) in country_keys(name_key)
    )
    mentions = numbered_names(context.text, mentions)  # "50" + "Cent", "12" + "Angry Men"
    mentions = numbered_towers(context.text, mentions)  # "the TFC" + "101" + "Tower"
    mentions = names_before_their_number(context.text, mentions)  # "Band Aid" + " 20" (r48)
    mentions = letter_names(context.text, mentions)  # "Q" + "Magazine", "S" + "Korea"
    mentions = groups_with_their_letter(context.text, mentions)  # "Group" + "F"
    mentions = heads_cut_at_of(context.text, mentions)  # "House" + "Fraser"
    mentions = bodies_cut_before_country(  # "Muslim Council" + "of Britain"
        context.text, mentions, name_key
    )
    mentions = bodies_of_two_nations(context.text, mentions)  # "Federation of England" + "Wales"
    mentions = names_cut_before_noun(context.text, mentions)  # "Deputy Prime" + "Minister"
    mentions = listed_names(context.text, mentions, name_key)  # "the Public and" + "... Union"
    mentions = schools_of_fields(context.text, mentions)  # "School of Speech" + "and Drama"
    mentions = names_run_on(context.text, mentions)  # "OptInRealBig" + ".com"
    mentions = bracketed_surnames(context.text, mentions)  # "Natalie" + " [Appleton]"
    mentions = bodies_cut_at_for(context.text, mentions, name_key)  # "Commission" + "Africa"
    mentions = listed_centres_whole(context.text, mentions)  # "Centre for Vision" + "Speech"
    mentions = listed_fields_whole(  # "Department for Culture, Media" + "and Sport"
        context.text, mentions, short_forms, name_key
    )
    # "The Coalition for Peace and Justice (CPJ)": `Justice` ORG grown to the name CPJ spells
    mentions = spelled_names_whole(context.text, mentions, short_forms, name_key)
    # "the Clinton Global Initiative": the model's `Clinton` PERSON grown whole (r49b-misc)
    mentions = bodies_named_for_a_person(context.text, mentions)
    # "Six" + "Nations" (r47b-teams)
    mentions = listed_names_over_their_tails(context.text, mentions, taken)
    # "PayPerAction LLC.": the model's `LLC` alone dropped, the firm found whole (r52b-lists)
    mentions = lone_legal_suffixes(mentions)
    mentions = with_missed_names(context.text, mentions, layouts, taken, _added)  # "Wall Street"
    # "an FA statement" after "The Football Association": the bare initials (r55-firms)
    mentions = bare_body_initials(
        context.text, mentions, layouts, taken, _added, short_forms, name_key
    )
    # "Madagascar has completed", "Wales beat San Marino": the country (r50-conll)
    mentions = with_missed_countries(context.text, mentions, layouts, taken, _added)
    # "Romesh Kaluwitharana , Asanka Gurusinha , Aravinda de Silva": a list of people's
    # members the model left out or cut, people (r52-conll)
    mentions = people_in_lists(context.text, mentions, layouts, taken, _added)
    # "and the Commission for Racial Equality", which the model leaves out
    mentions = bodies_for_a_field(context.text, mentions, layouts, taken, _added)
    # "Norfolk farmer Tony Martin", "Kent pensioner Mary Jones": the county, GPE
    mentions = places_before_residents(context.text, mentions, layouts, taken, _added)
    # "Sen. Ben Sasse (R-Neb.)", "Rep. Adam B. Schiff of California": the state (r49b-misc)
    mentions = states_of_members(context.text, mentions, layouts, taken, _added)
    mentions = place_field_bodies(mentions)  # "UK Sport" PERSON, "Sport England" LOC
    mentions = members_bodies(context.text, mentions)  # "Universities" + "UK"
    # "The German film The Downfall", "Martin Scorsese's The Aviator": no mention at all
    mentions = untagged_the_titles(context.text, mentions, layouts, taken, _added)
    # "S. African", "S. KOREAN"; '"Ice Cold in Alex" , "Lawrence of Arabia"'
    mentions = peoples_after_compass_initials(context.text, mentions, layouts, _added)
    mentions = quoted_titles_in_a_list(context.text, mentions, layouts, _added)
    # "Daniels Pharmaceuticals Inc" + "of St. Petersburg"; "Gold Fields of South Africa Ltd"
    mentions = firms_around_their_of(
        context.text, mentions, layouts, _added, lambda p: name_key(p) in country_keys(name_key)
    )
    mentions = peoples_joined_by_hyphens(context.text, mentions, layouts, _added)  # Arab-Israeli
    mentions = peers_by_their_seat(context.text, mentions, layouts, _added)  # "Lord X of Y"
    mentions = firms_by_legal_prefix(context.text, mentions, layouts, _added)  # "Cia. Minera"
    mentions = firms_after_initials(context.text, mentions, layouts, _added)  # "CB Richard Ellis"
    mentions = station_short_names(context.text, mentions, layouts, _added)  # "told Five Live"
    # "the Islamic State", "the U.S. Chamber of Commerce", "the A.F.L.-C.I.O." (r49b-us)
    mentions = whole_bodies(context.text, mentions, layouts, _added)
    mentions = firms_named_ask(context.text, mentions, layouts, _added)  # "Ask" + "Jeeves"
    mentions = shops_by_possessive(context.text, mentions, layouts, _added)  # "in Starbuck's"
    mentions = instant_messengers(context.text, mentions, layouts, _added)  # "AOL Instant"
    mentions = clubs_before_sport_words(context.text, mentions)  # "the Denver Rockets" + "American"
    mentions = clubs_cut_at_their_kind(context.text, mentions)  # "side Newcastle" + "United"
    mentions = clubs_cut_at_their_opener(context.text, mentions)  # "Real" + "Sociedad"
    mentions = republics_cut_at_of(  # "Republic of" + "Ireland"
        context.text, mentions, lambda p: name_key(p) in country_keys(name_key)
    )
    mentions = sport_bodies_by_country(  # "Swimming" + "Australia"
        context.text, mentions, lambda p: name_key(p) in country_keys(name_key)
    )
    mentions = clubs_before_their_manager(  # "Spurs boss Martin Jol"
        context.text, mentions, layouts, taken, _added
    )
    mentions = clubs_by_singular_nickname(  # "Pompey coach Kevin Bond"
        context.text, mentions, layouts, taken, _added
    )
    mentions = grounds_at_a_match(  # "a tie at Millmoor on 16 January" (r47b-teams)
        context.text, mentions, layouts, taken, _added
    )
    mentions = with_club_short_names(  # "Real" after "Real Madrid"
        context.text, mentions, layouts, taken, _added, short_forms, name_key
    )
    mentions = openers_heading_a_club_list(  # "Inter, AC Milan and Juventus"
        context.text, mentions, layouts, _added
    )
    towns_of_named_clubs(mentions, short_forms, name_key)  # "Exeter" after "Exeter City"
    nicknames_to_their_club(mentions, short_forms, name_key)  # "the Swans" (r51-clubs)
    mentions = clubs_of_a_town_and_people(
        context.text, mentions, a_people_by_name
    )  # "London Irish"
    mentions = with_people_words(context.text, mentions, layouts, taken, _added, people_words())
    mentions = slashed_peoples(context.text, mentions, layouts, _added)  # "Angolan/French"
    mentions = with_shouted_names(context.text, mentions, layouts, taken, name_form, _added)
    mentions = [
        m
        for m in mentions
        if not sentence_case_only(context.text, m.start, m.end, in_names=m.label != "NORP")
        # "Chart-topping singer ...": no `Chart` ORG (an award's WORK_OF_ART or EVENT stays).
        and not (
            m.label in _HYPHENED_LABELS
            and hyphened_opener(context.text, m.start, m.end, _known_word)
        )
    ]
    # "What about the Marine Chronometer?" beside three "marine chronometer"s (r52c-case)
    mentions = without_lower_case_phrases(
        context.text, mentions, lambda word: name_key(word) in first_names()
    )
    mentions = with_datelines(context.text, mentions, layouts)
    mentions = handhelds(context.text, mentions, layouts, _added)  # "Sony's PlayStation Portable"
    mentions, _ = without_technology_terms(context.text, mentions, spelled)  # added since
    weak = weak_person_keys(mentions)
    surnames = people_surnames(mentions)
    named = named_surnames(mentions)
    for m in mentions:
        cue = evidence_cue(context.text, m, weak, surnames, named)
        if cue is FIRST_NAME and m.cue == "TEAM":
            continue  # "the Florida Marlins": a side's line or name says more than its look
        if cue is not None and cue.cities:
            m.by_city = True  # a vote's, not a cue's (`Cluster.label`)
        elif cue is not None:
            m.cue, m.by_form, m.group = cue.label, cue is FIRST_NAME, cue.group
            m.act = (
                cue.label == "PERSON"
                and _takes_the(m.text)
                and _ACT_BEFORE.search(context.text, max(0, m.start - 20), m.start) is not None
            )
    mentions = attacked_buildings(context.text, mentions)  # "World Trade Center and Pentagon"
    mentions = factory_places(context.text, mentions)  # "Rover's Longbridge plant"
    mentions = without_title_singulars(context.text, mentions)  # "a Sim" beside "The Sims"
    mentions = without_lone_institution_nouns(context.text, mentions)  # "a binding Treaty"
    product_families(mentions)  # "Blue Gene" after "IBM's prototype Blue Gene/L machine"
    countries = country_keys(name_key)
    firms_after_country_possessive(context.text, mentions, lambda p: name_key(p) in countries)
    # "Heat's Charles Gant and Empire's Angie Errigo": the second owner an outlet too
    outlets_in_parallel(context.text, mentions, lambda p: name_key(p) in countries or _a_city(p))
    people_after_plural_owners(context.text, mentions)  # "said Virgin Networks' Anna Marie Price"
    people_by_initials(context.text, mentions)  # "millionaires JP Gorman and John Daly"
    people_by_initials_shape(context.text, mentions, _known_letters)  # "JK Rowling" ORG
    mentions = saints_bodies(context.text, mentions)  # "St Brendan" + "'s High School"
    mentions = bodies_glued_to_their_town(context.text, mentions, _a_city)  # "School in" + "Ely"
    mentions = possessive_events(context.text, mentions)  # "the annual Mayor's" + "Ball"
    mentions = cut_tails(context.text, mentions)  # "Orleans Parish Sheriff", "Pixar TV and"
    mentions = desks_run_on(context.text, mentions)  # "ITV Political" + " Editor"
    mentions = stars_after_a_nationality(context.text, mentions)  # "European Elvis" fans
    mentions = news_opening_a_name(context.text, mentions)  # "New" + "Southampton manager"
    mentions = months_before_bodies(mentions)  # "the August" + "National Association of ..."
    mentions = peoples_before_royal_titles(context.text, mentions)  # "Belgian" + "King Baudouin"
    mentions = owners_before_their_medium(context.text, mentions)  # "Bill Cosby's TV cartoon"
    # "Love Me Tender - failed", "NBC Super Bowl", "Viewers of Channel 5"
    mentions = broadcast_spans(context.text, mentions)
    mentions = tv_broadcasters(  # "TV Angola's", "Transatlantic TV howlers"
        context.text, mentions, layouts, _added, lambda p: name_key(p) in countries
    )
    mentions = regiments_whole(context.text, mentions)  # "the Duke of Wellington's Regiment"
    mentions = stage_names(context.text, mentions)  # "under the name The Great Zamboni"
    mentions = named_groups(context.text, mentions)  # "group Victims and" + "... Against Crime"
    mentions = listed_characters(context.text, mentions)  # "the X, Y and Z characters"
    mentions = owned_venues(context.text, mentions, name_key)  # "Grauman" + "'s Chinese Theatre"
    mentions = plural_owners_guilds(context.text, mentions)  # "Writers" + "' Guild"
    mentions = bodies_round_initials(context.text, mentions)  # "... (WHN)" + "Working Group"
    mentions = slogans_cut_at_not(context.text, mentions)  # "Buy Local" + ", Not Global"
    mentions = campaigns_by_verb(context.text, mentions)  # "Save Our" + "Parks coalition"
    mentions = bodies_cut_at_nationality(context.text, mentions)  # "of British" + "insurers"
    mentions = groups_through_possessive(context.text, mentions)  # "group Destiny" + "'s Child"
    mentions = halls_of_fame(context.text, mentions)  # "into the UK" + "Music Hall of Fame"
    mentions = test_matches(context.text, mentions)  # "three wins from 12 Tests"
    mentions = events_cut_at_their_stage(context.text, mentions)  # "Six Nations" + " run-in"
    mentions = sponsored_events(context.text, mentions, layouts, _added)  # "RBS" + "Six Nations"
    mentions = bracketed_surnames_in_quotes(context.text, mentions)  # "Pierre (Berbizier)"
    mentions = sheet_initials_a(context.text, mentions)  # "A" + "Rossi (Viadana)" on a sheet
    mentions = bare_sheet_initials(context.text, mentions)  # "O" + "Barkley, J Lewsey" on a sheet
    mentions = clubs_in_brackets(context.text, mentions, layouts, _added)  # "(Windsor, ... AC)"
    mentions = surnames_after_a_particle(context.text, mentions)  # "Paolo" + " dal Bello"
    mentions = names_ended_at_their_particle(context.text, mentions)  # "Edwin van der" + "Sar"
    mentions = surnames_cut_at_their_particle(context.text, mentions)  # "Os du" + "Randt"
    mentions = callings_before_particle_names(context.text, mentions)  # "Defender" + "X van Y"
    mentions = without_calling_letters(context.text, mentions)  # "every nurse, GP and midwife"
    mentions = towns_before_venues(context.text, mentions)  # "Leeds" ORG + "'s Royal Armouries"
    franchises(context.text, mentions, name_key)  # "the first Harry Potter film"
    short_titles(context.text, mentions, name_key)  # "the sixth Harry Potter"
    series_works(context.text, mentions)  # "the Evil Dead movies" ORG (round r54-firms)
    peoples_before_nouns(context.text, mentions, layouts, people_words())  # "Hutu rebels"
    mentions = with_joined_titles(context.text, mentions, short_forms)
    mentions = possessive_titles(context.text, mentions, taken, name_key)  # "Ocean's Twelve"
    mentions = shows_before_their_people(  # "Pop Idol judge Nina Marsh"
        context.text, mentions, layouts, taken, _added
    )
    mentions = programmes_after_their_owner(  # "BBC Radio Five's The Locker programme"
        context.text, mentions, layouts, taken, _added
    )
    mentions = programmes_of_a_station(  # "BBC Radio" + "Five Live's Sportsweek programme"
        context.text, mentions, layouts, _added
    )
    mentions = today_programme(context.text, mentions, layouts, _added)  # "he told Today:"
    mentions = pantomimes(context.text, mentions, layouts, _added)  # "Jack in Jack and the ..."
    mentions = danced_works(context.text, mentions, layouts, _added)  # "her version of Giselle"
    mentions = numbered_titles(context.text, mentions, layouts, _added)  # "in 24 Hour Party ..."
    mentions = security_software(context.text, mentions, layouts, _added)  # "firewall (X)"
    mentions = dropped_g_bands(context.text, mentions, layouts, _added)  # "Livin' Joy singer"
    mentions = numbered_bands(context.text, mentions, layouts, _added)  # "Three Degrees star"
    mentions = research_firms_whole(context.text, mentions)  # "research firm Informa" + " Media"
    mentions = palaces_of_a_place(context.text, mentions, layouts, _added)  # "the Palace of X"
    mentions = films_after_their_stars(  # "the Jude Law film Closer"
        context.text, mentions, layouts, taken, _added
    )
    mentions = shows_after_their_genre(  # "Cop show Starsky", "Soap operas A, B plus C"
        context.text, mentions, layouts, taken, _added
    )
    mentions = works_in_a_category(context.text, mentions)  # "Oasis ... in the DVD category"
    mentions = titles_after_award_winning(context.text, mentions)  # "Oscar-winning" + "Ray"
    mentions = grown_works(context.text, mentions, taken)
    mentions = headed_works(context.text, mentions)
    mentions = dashed_titles(context.text, mentions)  # "Jerry Springer - The Opera"
    mentions = colon_titles_opening_sentences(context.text, mentions)  # "America: A Tribute"
    mentions = titles_cut_at_to(context.text, mentions, name_key)  # "Passport" + "to Paradise"
    mentions = titles_cut_at_small_words(context.text, mentions, name_key)  # "But Home"
    mentions = names_cut_at_a_preposition(context.text, mentions)  # "Reporters Without Borders"
    mentions = titles_cut_to_a_person(context.text, mentions)  # "serial Desperate" + "Housewives"
    mentions = titles_cut_after_a_role(context.text, mentions)  # "1999's American" + "Dreamer"
    mentions = titles_opening_with_a_people(context.text, mentions)  # "1999's American Beauty"
    mentions = titles_opening_with_a(context.text, mentions)  # "directed by A" + "Beautiful Mind's"
    mentions = titles_cut_before_a_chart_move(context.text, mentions)  # "Coach" + "Taylor fell"
    mentions = titles_across_of(context.text, mentions)  # "a lead for Maria Full" + "of Grace"
    # "the UK premiere of Christmas Carol", "ITV1's Pop Idol style contest", "its PSP console"
    mentions = films_after_their_premiere(context.text, mentions, layouts, _added)
    mentions = shows_by_their_format(context.text, mentions, layouts, _added)
    # "Desperate Housewives was named top new drama", "Patel's Little Soldier follows a boy"
    mentions = shows_named_best(context.text, mentions, layouts, _added)
    # "The Dawn and Drew Show": `Dawn` PRODUCT and `Drew Show` one work (r48-things)
    mentions = shows_named_for_a_pair(context.text, mentions, layouts, _added)
    mentions = films_before_their_story(context.text, mentions, layouts, _added)
    # "Primer, a $7,000 (£3,650) tale of discovery, won top prize"
    mentions = films_before_their_kind(context.text, mentions, layouts, _added)
    # "the outcome ... is called 'Safer Villages, Stronger Communities'", "a new book, X's Y,"
    mentions = documents_by_their_title(context.text, mentions, layouts, _added)
    # "the promotional material for the film, Sins, ahead of its release" (r54-works)
    mentions = apposed_works(context.text, mentions, layouts, _added)
    mentions = works_called_by_their_kind(context.text, mentions, layouts, _added)
    mentions = consoles_by_their_maker(context.text, mentions, layouts, _added)
    # "Konami's MLB Slam 2005", "a Lord of the Rings game", "the widely used phpBB software"
    mentions = games_by_their_code(context.text, mentions, layouts, _added)
    mentions = games_by_their_platform(context.text, mentions, layouts, _added)  # "Mario Kart DS"
    mentions = titles_through_of_the(context.text, mentions, layouts, _added)
    mentions = coined_software_names(context.text, mentions, layouts, _added)
    mentions = without_worn_figures(context.text, mentions)  # "all wearing Santa hats"
    mentions = awards_of_the_year(context.text, mentions)  # "European Footballer" + "of the Year"
    mentions = whole_awards(context.text, mentions)
    mentions = song_titles(  # "his song Irish Son"
        context.text,
        mentions,
        layouts,
        taken,
        _added,
        name_key,
        country_keys(name_key).__contains__,
    )
    # "the tune Please Come Home for Christmas, by the rock group Bon Jovi" (r50-things)
    mentions = titles_before_their_by(context.text, mentions, layouts, _added)
    # "classic songs, such as Taxman, Here comes the Sun and Something" (r50-things)
    mentions = songs_listed_whole(context.text, mentions, layouts, _added, known_place)
    mentions = songs_after_an_act(  # "Green Day's Holiday Road is currently number two"
        context.text, mentions, layouts, _added
    )
    # "versions of their hits Losing My Religion, I've Been High, Leaving New York and ..."
    mentions = songs_listed_after_hits(context.text, mentions, layouts, _added)
    # "a rendition of Georgia on My Mind", "entered the chart at four with Heart"
    mentions = songs_sung_or_charted(context.text, mentions, layouts, _added)
    # "Gonna Have a No" + " 1 This Christmas": a work cut at a chart place's "No" (r48-music)
    # "Slade's Merry Christmas Everybody, Wham's Last Christmas and Cliff Richard's ..."
    mentions = hit_lists(context.text, mentions, layouts, _added)
    # "its Billboard Hot 100 chart", "the Official UK Singles Chart", "the US Billboard 200"
    mentions = chart_names(context.text, mentions, layouts, _added)
    # "the BBC's EastEnders", "the BBC's Have I Got News For You": a channel's programme
    mentions = shows_of_a_broadcaster(context.text, mentions, layouts, _added)
    # "Fox's boxing show The Next Great Champ": a channel's programme after its kind word
    mentions = shows_of_a_broadcaster_by_kind(context.text, mentions, layouts, _added)
    mentions = hits_of_a_broadcaster(context.text, mentions, layouts, _added)  # "the BBC hit X"
    # "The Goat or Who is Sylvia? by Edward Albee", "Biscuit Bear by Mini Grey took the award"
    mentions = authored_works(context.text, mentions, layouts, _added)
    # "in 1984 when Amadeus beat The Killing Fields, A Passage to India ... to best picture"
    mentions = films_beaten_to_a_prize(context.text, mentions, layouts, _added)
    # "outshining My Big Fat Greek Wedding which sold four million units" (r54-works)
    mentions = outsold_titles(context.text, mentions, layouts, _added)
    # "Sideways and Finding Neverland have so far grossed about $45m (£24m) each"
    mentions = films_parted_by_a_plural(context.text, mentions, layouts, _added)
    # "Among the other films receiving four nominations apiece were ..., Robbing Peter and Primer"
    mentions = films_listed_by_nominations(context.text, mentions, layouts, _added)
    # "Best actors are Daniel Auteuil for 36, ... Philippe Torreton for L'Equipier and ..."
    mentions = films_for_nominees(context.text, mentions, layouts, _added)
    # "Other films in the best film category include ...", "... are all vying in the best ..."
    mentions = films_in_a_category(context.text, mentions, layouts, _added)
    # "The other two finalists, Citizen Kane and A Matter of Life and Death" (a film poll)
    mentions = films_among_finalists(context.text, mentions, layouts, _added)
    # "his latest role in Finding Neverland", "appeared opposite Judi Dench ... in Chocolat"
    mentions = films_acted_in(context.text, mentions, layouts, _added)
    mentions = whole_bands(  # "Duran Duran", "Echo and the Bunnymen"
        context.text, mentions, layouts, _added, _place_or_people
    )
    mentions = duos(context.text, mentions, layouts, _added)  # "comedy duo French and Saunders"
    mentions = lineup_acts(  # "line-up include The Charlatans and Kings of Leon"
        context.text, mentions, layouts, _added, _place_or_people
    )
    mentions = lineup_stage_names(context.text, mentions, layouts, _added)  # "- aka Fatboy Slim -"
    mentions = park_festivals(context.text, mentions, layouts, _added)  # "T in the Park"
    mentions = promoters(context.text, mentions)  # "Organiser Mean Fiddler said"
    mentions = record_companies(context.text, mentions, layouts, _added)  # "record company X"
    mentions = honorific_brands(  # "brands such as Dairy Milk, Dr Pepper and Snapple"
        context.text, mentions, layouts, _added
    )
    mentions = models_by_their_number(  # "18 777s", "the 787 Dreamliner", "24 A320s"
        context.text, mentions, layouts, taken, _added
    )
    mentions = makers_before_their_products(context.text, mentions)  # "Lockheed Tristar"
    # "based on the HP 607 model": the model's maker and code, PRODUCT, without "model"
    mentions = models_before_their_kind(context.text, mentions, layouts, _added)
    # "Microsoft's Outlook and Outlook Express e-mail programs": two products
    mentions = product_pairs(context.text, mentions, layouts, _added)
    mentions = models_after_their_maker(  # "Microsoft Word" ORG
        mentions, lambda name: name_key(name) in country_keys(name_key)
    )
    mentions = editions_alone(context.text, mentions)  # "security loopholes in XP"
    # "the new Mac mini", "an Apple iPod mini", "Mac OS X" ORG (r48-things)
    mentions = products_through_their_variant(context.text, mentions, layouts, _added)
    mentions = spaced_o_surnames(context.text, mentions)  # "Michael O" + "' Leary"
    # "the Northrop Grumman and EADS North America plan": the plan's "the"
    mentions = nouns_determiner_off_names(context.text, mentions, layouts)
    mentions = pairs_ending_lists(  # "Liggett Group and Brown and Williamson"
        context.text, mentions, layouts, _added, _place_or_people
    )
    mentions = slashed_rivals(  # "the Blair/Brown feud"
        context.text, mentions, layouts, _added, _place_or_people
    )
    mentions = glued_pairs(  # "Shadowcrew, Carderplanet and Darkprofits": two sites
        context.text, mentions, layouts, _added, _place_or_people
    )
    mentions = without_dangling_of(mentions)  # "the Anglican Archbishop of" (r52-spans)
    # "the Anglican Archbishop of" + "Brisbane": the faith's word, NORP (r52-spans)
    mentions = faith_before_church_title(context.text, mentions, layouts, _added)
    mentions = place_before_faith(  # "a Toowoomba Anglican school": a town and a faith
        context.text, mentions, layouts, _added, _a_city, _place_or_people
    )
    # "US Magistrate Judith Dein", "the Interior Minister, Yunis Kanooni": a title (r52-spans)
    mentions = title_before_person(context.text, mentions, _people_label)
    mentions = split_names_joined(  # "Pelican" + "Point Nudist Resort": one name (r52-spans)
        context.text, mentions, layouts, _added, _a_city, _place_or_people
    )
    mentions = middle_names(context.text, mentions, layouts, _added)  # "Sacha Baron Cohen"
    mentions = patronymics(context.text, mentions, layouts, _added)  # "Askar Akay-uly Akayev"
    mentions = hyphened_first_names(  # "Anni-Frid Lyngstad"
        context.text, mentions, layouts, _added, _place_or_people
    )
    # "Lieutenant-General" + "Cosgrove" read as a hyphened first name (r50b-names)
    mentions = without_hyphened_ranks(context.text, mentions)
    mentions = short_first_names(context.text, mentions)  # "by the Byrds, Ry" + "Cooder"
    mentions = band_singulars(  # "Sex Pistol John Lydon"
        context.text, mentions, layouts, _added, _place_or_people
    )
    mentions = listed_peers(context.text, mentions, layouts, _added)  # "Lords Mance, Steyn"
    mentions = peers_bills(context.text, mentions, layouts, _added)  # "Lord Dubs' ... Bill"
    mentions = acts_and_records(  # "In at number three was Iron Maiden for the Number Of ..."
        context.text, mentions, layouts, _added
    )
    mentions = whole_tours(  # "Anthrax's Among the Living and the Dead tour"
        context.text, mentions, layouts, _added, _place_or_people
    )
    mentions = whole_titles(context.text, mentions, taken)
    mentions = names_cut_short(  # "BBC Radio" of "BBC Radio Five Live"
        context.text, mentions, name_key, country_keys(name_key).__contains__
    )
    mentions = run_together_initials(context.text, mentions)  # "JP Morgan" by "JPMorgan"
    mentions = kind_listed_works(context.text, mentions, name_key)  # "More than 20 followed"
    mentions = such_listed_works(context.text, mentions, name_key)  # "such films as X and Y"
    # "Among the chip companies present were X and Y", "viruses such as X, Y and Z"
    mentions = listed_firms_and_programs(context.text, mentions, name_key)
    mentions = capitalised_trojans(context.text, mentions)  # "the Skulls Trojan"
    mentions = listed_brands(context.text, mentions)  # "the Beringer and Wolf Blass brands"
    mentions = brands_listed_after_their_verb(  # "Fiat's brands are Lancia and Alfa Romeo"
        context.text, mentions
    )
    mentions = listed_goods(context.text, mentions)  # "burgers like the Whopper and Double ..."
    mentions = developers(context.text, mentions, name_key)  # "Produced by Bungie software"
    mentions = country_firms(  # "companies such as France's Club Hotelier"
        context.text, mentions, name_key, country_keys(name_key).__contains__
    )
    mentions = market_indexes(context.text, mentions, layouts, _added)  # "the Nikkei down 1%"
    mentions = dateline_agencies(context.text, mentions, layouts, _added)  # "NEW YORK (AFP) -"
    mentions = pollsters_whole(context.text, mentions, layouts, _added)  # "Rasmussen Reports poll"
    mentions = papers_with_bracketed_place(  # "the Naples (Fla.) Daily News"
        context.text, mentions, layouts, _added
    )
    mentions = news_programmes(context.text, mentions, layouts, _added)  # "Fox News Sunday"
    mentions = technology_other_names(  # "(HSDPA) - sometimes called Super 3G -"
        context.text, mentions, layouts, _added
    )
    mentions = technologies_called(  # "a technology called Evolution, Data Optimised (EV-DO)"
        context.text, mentions, layouts, _added
    )
    mentions = report_titles(context.text, mentions, layouts, _added)  # "Ovum report: <Title>."
    mentions = document_titles(context.text, mentions, layouts, _added)  # "its report, <Title>?"
    mentions = papers_by_their_kind(  # "Il Sole" + "24" + "Ore, Italy's business newspaper"
        context.text, mentions, layouts, _added, _country_or_people
    )
    mentions = platforms_by_their_kind(  # "Freeview digital terrestrial TV"
        context.text, mentions, layouts, _added, _country_or_people
    )
    # "Philips's P7131 digital radio", "The FY500 was designed by": after the platforms, which
    # read a code before "digital radio" as a broadcaster's name (r48-things)
    mentions = codes_as_products(context.text, mentions, layouts, _added)
    mentions = presenters_programmes(  # "told ITV1's Jonathan Dimbleby programme"
        context.text, mentions, layouts, _added, _country_or_people
    )
    mentions = titles_through_their_no(context.text, mentions)  # "Gonna Have a No" + " 1 ..."
    mentions = two_titles_glued_over_and(context.text, mentions)  # "Meet The Fockers and ..."
    # "series The Next Generation, Deep Space Nine and Voyager": two works (r52b-lists)
    mentions = works_glued_over_a_comma(context.text, mentions)
    mentions = saint_buildings(context.text, mentions)  # "St John the Divine cathedral"
    works_rounding_out_a_chart(context.text, mentions)  # "Rounding out the top ten were ..."
    mentions = gapped_works(  # "such as Eastenders, Casualty, Top Gear and Antiques Roadshow"
        context.text, mentions, layouts, _added, name_key, country_keys(name_key).__contains__
    )
    listed_works(context.text, mentions, name_key, country_keys(name_key).__contains__)
    # "1995's Lion King followed by Shrek 2, Finding Nemo, the original Shrek, and Monster's Inc."
    # in a record's sentence: a ranked list of works (r54-works)
    sales_listed_works(context.text, mentions, name_key, country_keys(name_key).__contains__)
    # "Open Water, Napoleon Dynamite, Garden State and Super-Size Me were snapped up at the
    # festival": the one member read as a person by its first name, the others works (r49-works)
    person_shaped_listed_works(context.text, mentions)
    work_parts(mentions, name_key, country_keys(name_key).__contains__)  # "San Andreas"
    game_series(  # "World of Warcraft" then "Warcraft fans"
        context.text, mentions, name_key, country_keys(name_key).__contains__
    )
    for index in firm_ending_lists(
        context.text, mentions, name_key, country_keys(name_key).__contains__
    ):
        mentions[index].cue = "ORG"  # "Miramax, Columbia and Buena Vista", the last firm too
    for index in vehicle_cues(context.text, mentions):
        mentions[index].cue = "PRODUCT"  # "a satellite called Starshine 2" (r50-things)
    for index in race_boat_cues(context.text, mentions):
        mentions[index].cue = "PRODUCT"  # "Swedish maxi Assa Abloy" (r50b-sport)
    for index in race_rival_cues(context.text, mentions):
        mentions[index].cue = "PRODUCT"  # "leads the race ahead of Assa Abloy" (r51-clubs)
    for index in au_club_cues(context.text, mentions):
        mentions[index].cue = "TEAM"  # "the Swans", "former Demon's great" (r51-clubs)
    for index in side_nickname_cues(context.text, mentions):
        mentions[index].cue = "TEAM"  # "The Chipolopolo fans", "The Pumas shocked" (r54-sport)
    for index in peoples_paired_with_a_people(context.text, mentions):
        mentions[index].cue = "NORP"  # "Russian and south-east Asian productions"
    for index in american_peoples_listed(context.text, mentions):
        mentions[index].cue = "NORP"  # "Latino and Jewish voters" ORG (r49d-labels)
    for index in city_lists(context.text, mentions, _a_city):
        mentions[index].cue = "GPE"  # "include Paris, Lille, Lyon and Toulouse"
    for index in place_lists(context.text, mentions):
        mentions[index].cue = "GPE"  # "areas around Tamworth, Gunnedah and Quirindi" (r50-places)
    # "Basingstoke, Shrewsbury, Dorset and Torbay": the untagged town of a place list (r52b-lists)
    mentions = gapped_places(context.text, mentions, layouts, _added)
    # "performances from U2, Green Day, Alicia Keys": a known act the model missed, after the
    # span rules have grown their own ("for the Hollies", r42c), before the bills' cues (r52c-acts)
    mentions = missed_acts(context.text, mentions, layouts, _added)  # "U2, Green Day, Alicia Keys"
    # "between Number 10 and the Treasury": the prime minister's office (r54-names)
    mentions = number_ten(context.text, mentions, layouts, _added)
    # "the file-sharing programs BitTorrent, eDonkey and DirectConnect" (r54-names)
    mentions = program_lists(context.text, mentions, layouts, _added)
    # "the footsteps of Far Cry and Half-Life 2": a known game the model missed, in a story
    # about video games (r52d-games)
    mentions = missed_games(context.text, mentions, layouts, _added)
    for index in travel_places(context.text, mentions):
        mentions[index].cue = "LOC"  # "to go to the Hamptons" ORG (r51c-misc)
    for index, label in hometowns(context.text, mentions):
        mentions[index].cue = label  # "Robert Alcorn, 37, of Auckland", "Emma from Sleaford"
    for index in place_named_people(context.text, mentions):
        mentions[index].cue = "PERSON"  # "compete against Carolina Kluft" ORG
    for index in parts_before_their_actor(context.text, mentions):
        mentions[index].cue = "PERSON"  # "Wilma's (Erin Gray) adventures" ORG (r52b-misc)
    known, certain = known_labels(context.text, mentions)
    for index, label in listed_labels(context.text, mentions, known, certain):
        mentions[index].cue = mentions[index].cue or label
    for index, label in paired_labels(context.text, mentions, known, certain, _country_or_people):
        mentions[index].cue = mentions[index].cue or label  # "Hotbot and Altavista"
    for index in firms_paired_after_like(context.text, mentions):
        # "old-timers like Hotbot and Altavista", the partner the model's NORP (r53-persons)
        mentions[index].cue, mentions[index].by_form = "ORG", False
    for index in seat_lists(context.text, mentions):
        mentions[index].cue = "GPE"  # "The marginals are Aberdeen South, Dumfriesshire, ..."
    for index in named_waters(context.text, mentions):
        mentions[index].cue = "LOC"  # "Boats sailed across Sydney Harbour"
    for index in continents(context.text, mentions):
        mentions[index].cue = "LOC"  # "in Europe and Eurasia" GPE (r49b-misc)
    for index in regions(context.text, mentions):
        mentions[index].cue = "GPE"  # "the annexation of Crimea" ORG (r49d-labels)
    for index in states(context.text, mentions):
        mentions[index].cue = "GPE"  # "in Western Australia" LOC (r50-places)
    for index, label in landforms(context.text, mentions):
        # "west of Windy Gully" PERSON (r50b-places)
        mentions[index].cue, mentions[index].by_form = label, False
    for index in towns_before_buildings(context.text, mentions):
        # "at Coober hospital", "the Premier's Kirribilli residence" (r51b-joins)
        mentions[index].cue, mentions[index].by_form = "GPE", False
    for index in detention_centres(context.text, mentions):
        mentions[index].cue = "FAC"  # "The Woomera Detention Centre" ORG (r50b-places)
    for index in owned_centres(context.text, mentions):
        mentions[index].cue = "FAC"  # "at the Science Museum's Dana Centre"
    for index in state_towns(context.text, mentions):
        mentions[index].cue = "GPE"  # "early voting in Prince William, Va."
    for index in trade_deals(context.text, mentions):
        mentions[index].cue = "LAW"  # "the trade deals - TTIP, TPP, CETA" (r49b-us)
    for index in nominated_works(context.text, mentions):
        mentions[index].cue = "WORK_OF_ART"  # "Rufus Norris for Festen" in a shortlist
    for index in films_by_takings(context.text, mentions):
        mentions[index].cue = "WORK_OF_ART"  # "The Aviator, which has taken $90m" at the box office
    for index in works_before_their_star(context.text, mentions, _place_or_people):
        mentions[index].cue = "WORK_OF_ART"  # "Nighty Night star Julia Davis" in a screen story
    for index in works_before_their_maker(context.text, mentions, _place_or_people):
        mentions[index].cue = "WORK_OF_ART"  # "Super Size Me director Morgan Spurlock" (r55b)
    for index in listed_languages(context.text, mentions, known, a_language):
        mentions[index].cue = "LANGUAGE"  # "in English and Russian"
    for index in pure_languages(context.text, mentions, _a_city):
        mentions[index].cue = "LANGUAGE"  # "the Hindi song", "sang in Hindi" GPE (r54-names)
    # After the lists: a list of acts mixes bands and people ("the Beastie Boys, Jay-Z, Kanye
    # West"), and a band's cue lends them nothing.
    for index in families(context.text, mentions):
        mentions[index].cue = "PERSON"  # "The Osbournes had been asleep", a household
        mentions[index].household = True
    for index in credited_people(context.text, mentions):
        # "the Ron Howard directed 'A Beautiful Mind'": a person with the model's "the" (lead, r50)
        mentions[index].cue = "PERSON"
        mentions[index].household = True
    for index in plural_bands(context.text, mentions, _place_or_people):
        mentions[index].cue = "ORG"  # "hits by the Byrds"
    for index in listed_bands(context.text, mentions, _place_or_people):
        mentions[index].cue = "ORG"  # "were followed by Arcade Fire, Kasabian and Amy Winehouse"
    for index in listed_singers(context.text, mentions):
        mentions[index].cue = "PERSON"  # "Artists including Chris Martin and Jamelia"
    for index in member_bands(context.text, mentions, _place_or_people):
        mentions[index].cue = "ORG"  # "Deep Purple's Ian Paice"
    for index in person_shaped_bands(context.text, mentions):
        # "Keane were followed by Franz Ferdinand": a known band of a person's shape, a group
        # over its first name's look (round r46b-music).
        mentions[index].cue, mentions[index].by_form = "ORG", False
        mentions[index].group = True
    for index in word_named_bands(context.text, mentions):
        # "Europeans favoured Queen's more upbeat anthem": a known one-word band (r48-music)
        mentions[index].cue, mentions[index].by_form = "ORG", False
        mentions[index].group = True
    for index in (*invented_acts(context.text, mentions), *word_acts(context.text, mentions)):
        # "Michael Jackson, Aerosmith, Diana Ross ... are among the stars": a well-known act by a
        # curated list, anywhere if its name is its own, in a music story if a word's (r52c-acts)
        mentions[index].cue, mentions[index].by_form = "ORG", False
        mentions[index].group = True
    for index in word_games(context.text, mentions):
        # "Halo, The Sims, Driver, Need for Speed, Fifa football, Burnout": a game named by a
        # word, in a story about video games (r52d-games)
        mentions[index].cue, mentions[index].by_form = "WORK_OF_ART", False
    for index in released_labels(context.text, mentions):
        mentions[index].cue = "ORG"  # "release the album through Jet Star, which"
    for index in traded_firms(context.text, mentions):
        mentions[index].cue = "ORG"  # "Last year, GE bought Vivendi Universal"
    for index, person in people_by_their_initials(
        context.text, mentions, _nicknames(), name_key, short_forms
    ):
        mentions[index].cue = "PERSON"  # "They know POTUS and HRC emailed" (r49b-misc)
        if person is not None:  # "WJC" of "William Jefferson Clinton": his mention
            short_forms[name_key(mentions[index].text)] = person
    lend_labels(mentions, weak, name_key)
    places_opening_bodies(context.text, mentions)  # "in Powys" beside "Powys Local Health Board"
    route_ends(context.text, mentions)  # "closed between Wilton and Bulli" (r51-towns)
    towns_as_teams(context.text, mentions, weak, name_key)
    towns_tagged_things(context.text, mentions)  # "at struggling Leeds" PRODUCT (r48-things)
    teams_by_pronoun(context.text, mentions, name_key, _a_people)
    refer_back(context.text, mentions, weak, name_key)
    firms_by_evidence(context.text, mentions, weak, name_key)  # "Yukos filed for bankruptcy"
    people_by_pronoun(context.text, mentions, name_key, country_keys(name_key).__contains__)
    people_by_honorific(context.text, mentions, name_key, country_keys(name_key).__contains__)
    people_by_age_or_mood(  # "Hind Bakri, 25, won", "a tearful Claxton told"
        context.text, mentions, name_key, country_keys(name_key).__contains__
    )
    people_in_country_lists(  # "clear of France's Hind Dehiba and Russia's Svetlana Cherkasova"
        context.text, mentions, name_key, country_keys(name_key).__contains__
    )
    people_in_calling_lists(  # "Hollywood stars ..., including Keanu Reeves and Benjamin Bratt"
        context.text, mentions, name_key, country_keys(name_key).__contains__
    )
    # "Ethiopia's Tirunesh Dibaba set a new world record" FAC (r54-sport)
    athletes_by_their_country(context.text, mentions, name_key, country_keys(name_key).__contains__)
    full_names_of_lone_people(context.text, mentions, name_key)  # "Djimi Sangare" ORG, "Sangare"
    first_names_of_people(context.text, mentions, name_key)  # "Victoria's singing career"
    people_by_their_words(  # "Mike Ormsby's abortion drama" WORK_OF_ART
        context.text, mentions, name_key, _known_letters
    )
    counted_peoples(context.text, mentions, name_key)  # "no singing and dancing Hobbits"
    plural_peoples(mentions, context.text)  # "The Britons were arrested", "ethnic Hausa"
    men_peoples(mentions)  # "The Englishmen says", "Two Frenchmen" (r50-people)
    for index in marques_by_goods_words(context.text, mentions):
        # "was a Mini", "Mini production": a marque by its goods' words (r53-persons)
        mentions[index].cue, mentions[index].by_form = "PRODUCT", False
    plural_makes(mentions, context.text)  # "sales of Rolls-Royces" beside "Rolls-Royce"
    country_surnames(context.text, mentions, name_key, country_keys(name_key).__contains__)
    events_by_plural_short_name(context.text, mentions)  # "the Europeans"
    town_tournaments(context.text, mentions)  # "the Sydney International" (r52-events)
    for index in meetings_by_their_word(context.text, mentions):
        mentions[index].cue = "EVENT"  # "Sunday's Leipzig International meeting" (r54-events)
    awards_by_short_name(context.text, mentions)  # "the Brits" of "the Brit Awards"
    prizes_won_by_short_name(context.text, mentions)  # "get a Brit" of "the Brit Awards"
    fairs_by_short_name(context.text, mentions)  # "at CTIA" of "the CTIA Wireless Congress"
    nations_after_their_year_and_count(context.text, mentions)  # "1999 Five Nations"
    races_cut_after_cross(context.text, mentions)  # "Cross International" + "Zornotza"
    plural_groups(context.text, mentions, name_key)
    misspelt_people(context.text, mentions, short_forms, name_key)  # "said Hassel." + "Hassell"
    misspelt_firms(mentions, weak, short_forms, name_key)  # "AztraZeneca" of "AstraZeneca"
    for index in run_together_firms(context.text, mentions):
        # "support from shareholder DaimlerChrysler" PERSON (r53-persons)
        mentions[index].cue, mentions[index].by_form = "ORG", False
    for index in works_opening_with_a_gerund(context.text, mentions):
        # "was Raising Helen, while adults chose Sideways" PERSON (r54-audit)
        mentions[index].cue, mentions[index].by_form = "WORK_OF_ART", False
    products_without_their_maker(mentions)  # "The Earth Simulator" after "NEC Earth Simulator"
    join_terms_to_bodies(  # "CGI" of "the Clinton Global Initiative" (r49b-misc)
        mentions,
        terms_naming_bodies(
            context.text,
            frozenset(m.text for m in mentions if technology_term(name_form(m.text))),
        ),
        short_forms,
        name_key,
    )
    # "the Commission" after "The European Commission" (r49d-labels)
    lone_kinds_to_their_body(mentions, short_forms, name_key)
    # "the Sheikh's house" after "Sheikh Ahmed Yassin" (r50-people)
    lone_honorifics_to_their_person(context.text, mentions, short_forms, name_key)
    # "with Tommy" of "Tommy Robredo", "Fazalur Rehman supporters" (r50-people)
    person_parts_to_their_person(mentions, short_forms, name_key, context.text)
    groups = cluster(mentions, short_forms, context.text)
    # "Charles" of "Charles and David Koch": the family's person (r51-fixes)
    groups = given_names_of_a_family(context.text, mentions, groups, name_key)
    records = record_countries(context.text, mentions, name_key, country_keys(name_key))
    for group in groups:
        group.record = group.key in records
    places = filed_places(context.text, layouts) | opening_places(context.text, mentions)
    towns = event_towns(context.text, mentions)  # "the race in Glasgow on Saturday"
    towns |= fixture_towns(context.text, mentions)  # "a friendly against Hungary in Cardiff"
    keys = frozenset(group.key for group in groups)
    filed_parts = with_filed_places(groups, weak, places, towns, context.text)
    parts = surname_firms(filed_parts, keys, name_key)
    parts = laws_by_their_word(parts, context.text, weak)  # "since Prisoner Cell Block H." LAW
    parts = languages_apart(parts)  # "translated into French" apart from "French booksellers"
    parts = pollsters_apart(parts, context.text, keys, name_key)  # "a Rasmussen poll", "Scott
    # Rasmussen said": the firm and its founder (r49b-media)
    parts = agencies_apart(  # "MIAMI (AP) --" apart from "Alex Penelas" (r49b-media)
        parts, agency_spans(context.text, layouts), weak, keys, name_key
    )
    parts = readings_apart(parts, context.text, places)  # "Democrat of Washington" (r49b-us)
    # "his 23rd for Seattle" apart from "In Seattle ," in a report of games (r50-conll)
    countries = country_keys(name_key)
    parts = sides_apart(parts, context.text, lambda k: k in countries or listed_country(k))
    for group, label, id_key in parts:  # "his Hallworth Group" apart from Tom Hallworth
        first = group.mentions[0]
        name = group.name(label)
        yield EntityFact(
            id=fact_id(context.article_id, "entity", first.start, first.end),
            text=first.text,
            start=first.start,
            end=first.end,
            sentence=first.sentence,
            paragraph=first.paragraph,
            name=name,
            label=label,
            entity_id=entity_id(id_key),
            mentions=[Mention(text=m.text, start=m.start, end=m.end) for m in group.mentions],
            aliases=sorted({_unbracketed(name_form(m.text)) for m in group.mentions} - {name}),
        )
