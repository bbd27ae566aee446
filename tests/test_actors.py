"""Actors of the seed article (checked sentence by sentence against the text) and of short
texts written for other shapes: other conflicts, other countries, other cues."""
import time

import pytest

from scripts.actors import find_actors
from scripts.paths import ROOT, primary_article
from scripts.reader import parse, read_article


@pytest.fixture(scope="module")
def seed():
    return find_actors(read_article(primary_article()))


def row(analysis, actor):
    rows = analysis.actors[analysis.actors.actor == actor]
    assert len(rows) == 1, f"{actor!r} not found once in {list(analysis.actors.actor)}"
    return rows.iloc[0]


# --- the seed ---------------------------------------------------------------------------------

def test_persons_and_their_sides_from_titles(seed):
    # P05.S1 "The Kremlin aide Yuri Ushakov"
    ushakov = row(seed, "Yuri Ushakov")
    assert (ushakov.type, ushakov.side, ushakov.role) == ("person", "Russia", "Kremlin aide")
    assert ushakov.side_chain == "Ushakov: Kremlin aide -> Kremlin -> Russia"
    # P11.S2 "Russian Foreign Ministry spokeswoman Maria Zakharova"; P12.S1 "Zakharova's warning"
    zakharova = row(seed, "Maria Zakharova")
    assert (zakharova.side, zakharova.role) == ("Russia", "Russian Foreign Ministry spokeswoman")
    assert zakharova.mentions == 2
    # P14.S1 "Belarusian leader Alexander Lukashenko"
    lukashenko = row(seed, "Alexander Lukashenko")
    assert (lukashenko.side, lukashenko.role) == ("Belarus", "Belarusian leader")
    # P23.S3 "Ukrainian President Volodymyr Zelenskyy"
    assert row(seed, "Volodymyr Zelenskyy").side == "Ukraine"
    # P13.S1 heading, P14.S1, P14.S2, P21.S1, P32.S1
    putin = row(seed, "Vladimir Putin")
    assert (putin.side, putin.role, putin.mentions) == ("Russia", "Russian President", 5)


def test_trump_is_what_the_text_says_and_witkoff_side_goes_through_him(seed):
    # P03.S2 "former U.S. President Donald Trump's envoy, Steven Witkoff"
    trump = row(seed, "Donald Trump")
    assert (trump.side, trump.role) == ("United States", "former U.S. President")
    # P03.S2, P07.S1 (heading), P08.S1 "ally of Trump", P31.S2 "Trump's envoy"
    assert trump.mentions == 4
    assert set(trump.aliases.split("; ")) == {"Donald Trump", "Trump"}
    witkoff = row(seed, "Steven Witkoff")
    assert witkoff.side == "United States"
    assert witkoff.side_chain == ("Witkoff -> envoy of Trump -> "
                                  "Trump: former U.S. President -> United States")
    assert list(seed.mentions[seed.mentions.actor == "Steven Witkoff"].sentence_id) == [
        "P03.S2", "P08.S1", "P31.S2"]


def test_metonyms_resolve_to_the_state_with_the_government_role(seed):
    russia = seed.mentions[seed.mentions.actor == "Russia"]
    kremlin = russia[russia.surface == "Kremlin"]
    assert list(kremlin.sentence_id) == ["P09.S2"]          # P05.S1 and P28.S2 describe others
    assert set(kremlin.role) == {"government"}
    moscow = russia[russia.surface == "Moscow"]
    # "Moscow's opposition/fears/... " (P04 P06 P10 P11 P12 P23 P29); "arrived in Moscow" is a place
    assert list(moscow.sentence_id) == ["P04.S1", "P06.S1", "P10.S1", "P11.S2", "P12.S2",
                                        "P23.S3", "P29.S3"]
    assert row(seed, "Russia").type == "state"
    kyiv = seed.mentions[seed.mentions.surface == "Kyiv"]
    assert set(kyiv.actor) == {"Ukraine"} and len(kyiv) == 3   # P12.S2, P17.S1, P28.S2


def test_media_groups_and_unnamed_sources(seed):
    assert row(seed, "Reuters").type == "media"
    assert row(seed, "Bloomberg").type == "media"
    sources = row(seed, "Kremlin sources")
    assert (sources.type, sources.side, sources.role) == ("group", "Russia", "unnamed source")
    assert row(seed, "observers").type == "group"
    assert row(seed, "analysts").type == "group"
    assert row(seed, "European leaders").side == "Europe"
    assert row(seed, "Ukrainian officials").side == "Ukraine"
    assert row(seed, "U.S. officials").side == "United States"
    military = row(seed, "Russian military officials")
    assert (military.side, military.role) == ("Russia", "military")
    assert row(seed, "Russian officials").aliases == "officials in Moscow"
    assert row(seed, "NATO").type == "organization"


def test_what_is_not_an_actor(seed):
    actors = set(seed.actors.actor)
    for word in ["Jeddah", "Sudzha", "Kursk", "Kursk region", "Crimea", "Thursday", "Comments",
                 "International", "Ceasefire Proposal", "Strategic Calculations", "Eastern Europe",
                 "Middle East", "Saudi Arabia"]:
        assert word not in actors
    places = set(seed.places.place)
    assert {"Jeddah", "Sudzha", "Kursk region", "Crimea", "Saudi Arabia"} <= places
    assert seed.places.set_index("place").loc["Moscow", "sentences"] == "P03.S2; P08.S2"


def test_mention_offsets_point_into_the_sentence(seed):
    article = read_article(primary_article())
    for m in seed.mentions.itertuples():
        assert article.sentence(m.sentence_id).text[m.start:m.end] == m.surface


def test_the_seed_is_fast():
    find_actors(read_article(primary_article()))   # models and tables load
    article = read_article(primary_article())      # a fresh article: nothing computed yet
    started = time.perf_counter()
    find_actors(article)
    assert time.perf_counter() - started < 2.0


# --- short texts in other shapes ---------------------------------------------------------------

SUDAN = """//Talks stall in Jeddah//
Mediators push for a truce in Sudan/
Sudanese army chief Abdel Fattah al-Burhan rejected a truce proposal on Monday. Burhan said the army would fight on.
Egyptian Foreign Minister Badr Abdelatty met envoys in Cairo. The White House said Washington backs the talks.
"""


def test_another_conflict_full_name_then_surname_and_sides_from_titles():
    result = find_actors(parse(SUDAN))
    burhan = row(result, "Abdel Fattah al-Burhan")
    assert (burhan.side, burhan.mentions) == ("Sudan", 2)
    assert "Burhan" in burhan.aliases.split("; ")
    assert row(result, "Badr Abdelatty").side == "Egypt"
    us = result.mentions[result.mentions.actor == "United States"]
    assert set(us.surface) == {"White House", "Washington"} and set(us.role) == {"government"}
    assert "Monday" not in set(result.actors.actor)
    assert "Cairo" in set(result.places.place)       # "met envoys in Cairo" only locates


def test_side_from_a_title_alone_and_a_seat_of_government():
    text = ("//Paris and Berlin//\nA summit/\nFrench President Emmanuel Macron spoke after "
            "Downing Street spokesman Jamie Davies denied the report. NATO Secretary General "
            "Mark Rutte was in Vilnius.\n")
    result = find_actors(parse(text))
    assert row(result, "Emmanuel Macron").side == "France"
    davies = row(result, "Jamie Davies")
    assert davies.side == "United Kingdom"
    assert davies.side_chain == "Davies: Downing Street spokesman -> Downing Street -> United Kingdom"
    assert row(result, "Mark Rutte").side == "NATO"
    assert "Vilnius" not in set(result.actors.actor)


def test_views_for_the_chapter(seed):
    from scripts.actors import actors_by_section, co_mentions
    article = read_article(primary_article())
    grid = actors_by_section(article, seed.mentions)
    assert grid.loc["Maria Zakharova", "Moscow’s Concerns Over Western Peacekeepers"] == 2
    assert grid.values.sum() == len(seed.mentions)
    pairs = co_mentions(seed.mentions)
    witkoff_trump = pairs[(pairs.actor_a == "Donald Trump") & (pairs.actor_b == "Steven Witkoff")].iloc[0]
    assert witkoff_trump.sentence_ids == "P03.S2; P08.S1; P31.S2"


# --- the test articles of other conflicts (expected actors read from each text) ----------------

ARTICLES = ROOT / "tests" / "data" / "articles"


def persons(analysis):
    return set(analysis.actors[analysis.actors.type == "person"].actor)


def test_sudan_article_armed_group_and_unnamed_diplomats():
    result = find_actors(read_article(ARTICLES / "001_sudan_truce.txt"))
    # P03.S1 "while the Rapid Support Forces held the capital"; P04.S1 "The Rapid Support Forces said"
    rsf = row(result, "Rapid Support Forces")
    assert (rsf.type, rsf.side, rsf.role, rsf.mentions) == ("organization", "Rapid Support Forces",
                                                            "armed group", 2)
    assert rsf.aliases == "Rapid Support Forces"           # no "Rapid Support", no "Forces"
    # P06.S1 "Diplomats said": an unnamed group that speaks
    diplomats = row(result, "diplomats")
    assert (diplomats.type, diplomats.side) == ("group", "")
    assert persons(result) == {"Abdel Fattah al-Burhan", "Badr Abdelatty"}
    assert row(result, "Abdel Fattah al-Burhan").side == "Sudan"
    assert row(result, "Badr Abdelatty").side == "Egypt"


def test_cyprus_article_only_the_two_leaders_are_persons():
    result = find_actors(read_article(ARTICLES / "002_cyprus_talks.txt"))
    # P04.S1 "Greek Cypriot leader Nikos Christodoulides", "Turkish Cypriot leader Ersin Tatar";
    # "Analysts cautioned" (P06.S1) opens a sentence: no person
    assert persons(result) == {"Nikos Christodoulides", "Ersin Tatar"}
    assert row(result, "United Nations").type == "organization"
    assert row(result, "European Union").type == "organization"


def test_yemen_article_group_its_spokesman_the_envoy_and_the_sea():
    result = find_actors(read_article(ARTICLES / "003_yemen_port.txt"))
    # P03.S1 "after the Houthi movement announced a pause": the Houthis of the organizations table
    houthis = row(result, "Houthis")
    assert (houthis.type, houthis.side, houthis.aliases) == ("organization", "Houthis", "Houthi movement")
    # P04.S1 "A Houthi spokesman said": an unnamed member on the movement's side
    spokesman = row(result, "Houthi spokesman")
    assert (spokesman.type, spokesman.side, spokesman.role) == ("group", "Houthis", "spokesperson")
    assert spokesman.side_chain == "Houthi spokesman -> Houthi -> Houthis"
    # P05.S1 "The United Nations envoy for Yemen, Hans Grundberg": the UN's side, not Yemen's
    grundberg = row(result, "Hans Grundberg")
    assert grundberg.side == "United Nations"
    assert grundberg.side_chain == "Grundberg: United Nations envoy for Yemen -> United Nations"
    assert row(result, "United Nations").mentions == 1     # the appositive names the UN itself
    # P03.S1 "voyages through the Red Sea": a place, never an actor
    assert "Red Sea" not in set(result.actors.actor)
    assert result.places.set_index("place").loc["Red Sea", "kind"] == "geographic feature"
    assert persons(result) == {"Hans Grundberg"}


# --- one short text per rule, from other conflicts ---------------------------------------------

def test_an_organizational_head_noun_makes_a_body():
    text = ("//Clashes//\nFighting resumed/\nThe Kachin Independence Army said on Friday that it had "
            "taken a border post. The Sudanese Armed Forces denied it.\n")
    result = find_actors(parse(text))
    kia = row(result, "Kachin Independence Army")
    assert (kia.type, kia.side, kia.role) == ("organization", "Kachin Independence Army", "armed group")
    saf = row(result, "Sudanese Armed Forces")          # a demonym before it: the state's own forces
    assert (saf.type, saf.side, saf.role) == ("organization", "Sudan", "military")
    assert persons(result) == set()


def test_a_geographic_head_noun_makes_a_place():
    text = ("//Grain ships//\nA corridor reopens/\nShips crossed the Black Sea on Tuesday, and tankers "
            "waited near the Sinai Peninsula. Turkish officials said the route was safe.\n")
    result = find_actors(parse(text))
    assert {"Black Sea", "Sinai Peninsula"} <= set(result.places.place)
    assert not {"Black Sea", "Sinai Peninsula"} & set(result.actors.actor)
    assert row(result, "Turkish officials").side == "Turkey"


def test_a_plural_noun_opening_a_sentence_is_a_group_or_nothing():
    text = ("//Talks//\nA truce/\nNegotiators said the talks would resume. Residents said shelling "
            "had stopped. Mediators said little.\n")
    result = find_actors(parse(text))
    assert persons(result) == set()
    assert row(result, "negotiators").type == "group"
    assert row(result, "residents").type == "group"
    assert "Mediators" not in set(result.actors.actor)


def test_a_name_beginning_a_longer_body_name_is_that_body():
    text = ("//Talks//\nA truce/\nThe Popular Mobilization Forces denied the report. Leaders of "
            "Popular Mobilization met in Baghdad on Sunday.\n")
    result = find_actors(parse(text))
    pmf = row(result, "Popular Mobilization Forces")
    assert (pmf.type, pmf.mentions) == ("organization", 2)
    assert "Popular Mobilization" not in set(result.actors.actor)


def test_an_envoy_of_or_for_a_body_takes_its_side_a_state_it_works_on_does_not_give_one():
    text = ("//Talks//\nA truce/\nThe African Union envoy for Sudan, Mohamed Chambas, urged restraint. "
            "The special envoy of the African Union, Amina Diallo, said more. Jane Mbeki, the envoy "
            "for Libya, said nothing.\n")
    result = find_actors(parse(text))
    assert row(result, "Mohamed Chambas").side_chain == ("Chambas: African Union envoy for Sudan "
                                                         "-> African Union")
    assert row(result, "Amina Diallo").side == "African Union"
    assert row(result, "Jane Mbeki").side == ""           # "envoy for Libya" works on Libya


def test_a_group_adjective_names_a_non_state_group_and_its_members_take_its_side():
    text = ("//Talks//\nA truce/\nKurdish fighters seized a town on Monday. A Kurdish spokesman said "
            "the fighters would hold it. Ethiopian officials and senior officials said nothing.\n")
    result = find_actors(parse(text))
    fighters = row(result, "Kurdish fighters")
    assert (fighters.type, fighters.side, fighters.role) == ("organization", "Kurdish fighters", "armed group")
    spokesman = row(result, "Kurdish spokesman")
    assert spokesman.side_chain == "Kurdish spokesman -> Kurdish -> Kurdish fighters"
    assert row(result, "Ethiopian officials").side == "Ethiopia"   # a country demonym: the state
    assert persons(result) == set()


# --- names after time words and sentence adverbs -----------------------------------------------

def test_a_name_after_a_time_word_or_adverb_is_found_without_it():
    text = ("//Talks//\nA truce/\nYesterday Foreign Secretary David Lammy said the talks would go on. "
            "On Tuesday Emmanuel Macron said Europe was ready. Yesterday Friedrich Merz said little. "
            "Meanwhile Marco Rubio told reporters the plan stood. Earlier, Volodymyr Zelensky told "
            "parliament the same.\n")
    result = find_actors(parse(text))
    assert persons(result) == {"David Lammy", "Emmanuel Macron", "Friedrich Merz", "Marco Rubio",
                               "Volodymyr Zelensky"}
    assert row(result, "David Lammy").role == "Foreign Secretary"
    for actor in result.actors.actor:       # no time word or adverb glued to a name
        assert not set(actor.split()) & {"Yesterday", "Tuesday", "Meanwhile", "Earlier", "On"}


def test_a_title_inside_a_run_of_capitals_is_not_part_of_the_name():
    text = ("//Talks//\nA truce/\nLater Prime Minister Keir Starmer said that the coalition would meet "
            "again in the spring. Today Secretary of State Marco Rubio said that it was up to the other "
            "side. However Ursula von der Leyen disagreed with both of them.\n")
    result = find_actors(parse(text))
    assert persons(result) == {"Keir Starmer", "Marco Rubio", "Ursula von der Leyen"}
    assert row(result, "Keir Starmer").role == "Prime Minister"


def test_capitalized_common_words_and_time_words_are_no_one():
    text = ("//Talks//\nA truce/\nOn Monday the Grand Hotel reopened. Yesterday the Federal Bureau "
            "said nothing. Last week Candlestick Park was full.\n")
    result = find_actors(parse(text))
    assert persons(result) == set()
    assert not {"Monday", "Yesterday", "Last"} & set(result.actors.actor)


# --- bare surnames ------------------------------------------------------------------------------

def test_a_bare_surname_is_a_person_by_what_it_does():
    text = ("//Talks//\nA truce/\nWitkoff arrived in Moscow on Thursday for the talks. Putin met Witkoff "
            "late in the evening, and the talks between Putin and Trump were discussed. \"He is afraid "
            "to tell Trump directly,\" one of the aides said. The president sent a message to Rubio, "
            "and the envoy flew to Sudzha.\n")
    result = find_actors(parse(text))
    assert persons(result) == {"Witkoff", "Putin", "Trump", "Rubio"}
    assert row(result, "Witkoff").mentions == 2
    assert not {"Witkoff", "Putin", "Trump", "Rubio"} & set(result.places.place)
    assert "Sudzha" in set(result.places.place)             # where one flies is a place


def test_a_town_is_not_a_person_for_lack_of_a_title():
    text = ("//Front//\nA town falls/\nRussian forces retook Sudzha on Thursday. Sudzha fell after weeks "
            "of fighting in the region, and the roads to Kursk and Belgorod were cut. Troops in Pokrovsk "
            "held out for another week.\n")
    result = find_actors(parse(text))
    assert persons(result) == set()
    assert {"Sudzha", "Pokrovsk"} <= set(result.places.place)


def test_a_surname_is_the_nearest_full_name_before_it_and_another_first_name_is_another_person():
    text = ("//Council//\nA vote/\nJames Carter, the mayor of the city, opened the meeting. Carter said "
            "that the budget was tight. Later Melvin Carter, a councillor, spoke against it, and "
            "Carter said that he would vote no. Mr. Carter and Joseph Nugent left early. Mr. Nugent "
            "said nothing.\n")
    result = find_actors(parse(text))
    assert persons(result) == {"James Carter", "Melvin Carter", "Joseph Nugent"}
    james = result.mentions[result.mentions.actor == "James Carter"]
    melvin = result.mentions[result.mentions.actor == "Melvin Carter"]
    assert list(james.sentence_id) == ["P03.S1", "P03.S2"]
    assert list(melvin.sentence_id) == ["P03.S3", "P03.S3", "P03.S4"]
    assert set(row(result, "Joseph Nugent").aliases.split("; ")) == {"Joseph Nugent", "Mr. Nugent"}


# --- one person spelled two ways ----------------------------------------------------------------

def test_transliterations_of_one_name_are_one_person_with_its_spellings_kept():
    text = ("//Talks//\nA truce/\nUkrainian President Volodymyr Zelenskyy said that the plan was fair. "
            "Zelensky added that Kyiv would not give up land, and Zelenskiy thanked the allies. "
            "Belarusian leader Alexander Lukashenka met Putin; Lukashenko said little. Kremlin "
            "spokesman Dmitry Peskov said that Dmitri Peskov had been misquoted. Hungarian Prime "
            "Minister Viktor Orbán said that Orban would not change his mind.\n")
    result = find_actors(parse(text))
    zelenskyy = row(result, "Volodymyr Zelenskyy")
    assert (zelenskyy.side, zelenskyy.mentions) == ("Ukraine", 3)
    assert set(zelenskyy.aliases.split("; ")) == {"Volodymyr Zelenskyy", "Zelensky", "Zelenskiy"}
    assert set(row(result, "Alexander Lukashenka").aliases.split("; ")) == {"Alexander Lukashenka",
                                                                            "Lukashenko"}
    assert row(result, "Dmitry Peskov").mentions == 2
    assert row(result, "Viktor Orbán").mentions == 2
    assert persons(result) == {"Volodymyr Zelenskyy", "Alexander Lukashenka", "Putin", "Dmitry Peskov",
                               "Viktor Orbán"}


def test_names_that_differ_by_more_than_a_transliteration_stay_apart():
    from scripts.names import spelling_key as _name_key
    assert _name_key("Zelenskyy") == _name_key("Zelensky") == _name_key("Zelenskiy") == _name_key("Zelenskij")
    assert _name_key("Lukashenka") == _name_key("Lukashenko")
    assert _name_key("Orbán") == _name_key("Orban")
    assert _name_key("Rossi") != _name_key("Ross")
    assert _name_key("Andersen") != _name_key("Anderson")
    assert _name_key("Lavrov") != _name_key("Lavrova")
    text = ("//Talks//\nA truce/\nThe economist Paolo Rossi said that prices would rise. The banker "
            "Wilbur Ross said that they would not. Later Rossi said that Ross was wrong.\n")
    result = find_actors(parse(text))
    assert persons(result) == {"Paolo Rossi", "Wilbur Ross"}


# --- headlines ----------------------------------------------------------------------------------

HEADLINES = """Zelenskiy Accuses Putin of Stalling as Witkoff Heads to Moscow

Vladimir Putin Says Russia Backs Ceasefire Idea but Wants Answers First

Ukrainian President Volodymyr Zelenskiy accused Vladimir Putin on Thursday of trying to drag out the war, while the U.S. envoy Steve Witkoff flew to Moscow for talks with the Kremlin.

Oil Price Rises as Talks Stall

The economist Jim Price said that the market was nervous. Joan Zurcher of Hillsboro, Phyllis Jossy of North Plains and Tom Zurcher of Hillsboro were named to the board.
"""


def test_a_headline_names_only_the_persons_the_article_knows_each_on_its_own():
    result = find_actors(parse(HEADLINES))
    mentions = result.mentions
    title = mentions[mentions.sentence_id == "P01.S1"]
    assert list(zip(title.actor, title.surface)) == [("Volodymyr Zelenskiy", "Zelenskiy"),
                                                     ("Vladimir Putin", "Putin"),
                                                     ("Steve Witkoff", "Witkoff"), ("Russia", "Moscow")]
    standfirst = mentions[mentions.sentence_id == "P02.S1"]     # a title-case line set as a paragraph
    assert list(zip(standfirst.actor, standfirst.surface)) == [("Vladimir Putin", "Vladimir Putin"),
                                                               ("Russia", "Russia")]
    assert row(result, "Vladimir Putin").mentions == 3
    # "Price" is a frequent word: in a headline it is no one; a list of names is no headline
    assert row(result, "Jim Price").mentions == 1
    assert {"Joan Zurcher", "Phyllis Jossy", "Tom Zurcher"} <= persons(result)
    assert persons(result) == {"Volodymyr Zelenskiy", "Vladimir Putin", "Steve Witkoff", "Jim Price",
                               "Joan Zurcher", "Phyllis Jossy", "Tom Zurcher"}


def test_title_case_is_told_from_a_sentence_of_names():
    from scripts.actors import _is_title_case
    from scripts.nlp import word_tokens
    assert _is_title_case(word_tokens("Macron And Starmer Meet As Coalition Of The Willing Weighs Troops"))
    assert _is_title_case(word_tokens("Ukraine's Dilemma: Peace at a Cost?"))
    assert not _is_title_case(word_tokens("Russia wary of proposed Ukraine ceasefire plan as US talks begin"))
    assert not _is_title_case(word_tokens("Senate Republican Leader Dirksen (Ill.)"))
    assert not _is_title_case(word_tokens("Mr. and Mrs. Berton Korman, Mr. and Mrs. Morton Rosen"))


# --- organizations that act ---------------------------------------------------------------------

def test_seats_blocs_and_a_coalition_act_for_their_side():
    text = ("//Talks//\nA truce/\nA White House statement said that the United States expected an answer. "
            "NATO said that the allies stood ready. The Kremlin said that it would study the plan. The EU "
            "said that it would keep sanctions in place. The Pentagon said that deliveries had resumed, "
            "and the State Department said that the talks were useful. A \"coalition of the willing\" led "
            "by Britain and France met in Paris, and the Foreign Office said that the coalition of the "
            "willing would meet again.\n")
    result = find_actors(parse(text))
    us = result.mentions[result.mentions.actor == "United States"]
    assert {"White House", "Pentagon", "State Department"} <= set(us.surface)
    assert set(row(result, "United States").role.split("; ")) == {"government", "military", "foreign ministry"}
    assert row(result, "NATO").type == "organization"
    assert row(result, "European Union").aliases == "EU"
    assert "Kremlin" in row(result, "Russia").aliases
    coalition = row(result, "Coalition of the Willing")
    assert (coalition.type, coalition.mentions) == ("organization", 2)
    assert "Foreign Office" in row(result, "United Kingdom").aliases
    assert persons(result) == set()


def test_a_states_body_in_lower_case_is_an_organization_of_that_state():
    text = ("//Front//\nA village/\nRussia's defence ministry said that its forces had taken a village. "
            "The Russian Defence Ministry said more later. Moscow's foreign ministry said that it was "
            "ready, and the Ukrainian security service said that it had arrested two men. Russia's "
            "government said nothing, and Russian forces attacked again.\n")
    result = find_actors(parse(text))
    ministry = row(result, "Russian Defence Ministry")
    assert (ministry.type, ministry.side, ministry.mentions) == ("organization", "Russia", 2)
    assert row(result, "Russian Foreign Ministry").side == "Russia"
    assert row(result, "Ukrainian Security Service").side == "Ukraine"
    # the government and the forces of a state are the state itself
    last = result.mentions[result.mentions.sentence_id == "P03.S4"]
    assert list(zip(last.actor, last.surface)) == [("Russia", "Russia"), ("Russia", "Russian forces")]


# --- sides the text takes for granted -----------------------------------------------------------

def test_a_title_only_one_state_gives_tells_the_side():
    text = ("//Talks//\nA truce/\nYesterday Foreign Secretary David Lammy said that the talks would go on. "
            "Marco Rubio, the secretary of state, said that it was up to Moscow. The Taoiseach Micheál "
            "Martin said little. Foreign Minister Andrii Sybiha said more.\n")
    result = find_actors(parse(text))
    lammy = row(result, "David Lammy")
    assert (lammy.side, lammy.side_chain) == ("United Kingdom", "Lammy: Foreign Secretary -> United Kingdom")
    assert row(result, "Marco Rubio").side_chain == "Rubio: the secretary of state -> United States"
    assert row(result, "Micheál Martin").side == "Ireland"
    # every state has a foreign minister: the title gives no side, but the dated officeholder table
    # does (Sybiha, Ukraine's foreign minister from September 2024), at the date the text bounds
    # (Rubio secretary of state: on or after 2025-01-21)
    sybiha = row(result, "Andrii Sybiha")
    assert sybiha.side == "Ukraine" and "officeholder table: foreign minister of Ukraine" in sybiha.side_chain


def test_a_title_with_no_name_is_a_person_of_its_state_and_joins_the_named_holder():
    text = ("//Talks//\nA truce/\nRussian President Vladimir Putin met the envoy on Thursday. Kremlin "
            "spokesman Dmitry Peskov said that the talks were useful. The Kremlin spokesman said on Monday "
            "that no date had been set. Russia's president said that the plan needed work. The French "
            "president warned of delays. Britain's prime minister told parliament that troops could be "
            "sent. The U.S. secretary of state said that Washington would wait.\n")
    result = find_actors(parse(text))
    putin = row(result, "Vladimir Putin")
    assert set(putin.aliases.split("; ")) == {"Vladimir Putin", "Russia's president"}
    assert row(result, "Dmitry Peskov").mentions == 2
    french = row(result, "French president")
    assert (french.type, french.side, french.side_chain) == (
        "person", "France", "French president: French president -> France")
    british = row(result, "British prime minister")
    assert (british.side, british.role) == ("United Kingdom", "Britain's prime minister")
    assert row(result, "American secretary of state").side == "United States"
    # the state before the title describes the office holder: no mention of the state of its own
    assert "Britain" not in set(result.mentions.surface)


def test_a_former_holder_or_a_title_before_a_name_is_no_office_of_its_own():
    text = ("//Talks//\nA truce/\nFormer U.S. President Barack Obama spoke on Friday. The U.S. president "
            "said nothing. His Russian counterpart Sergei Lavrov said more.\n")
    result = find_actors(parse(text))
    assert row(result, "American president").mentions == 1      # not Obama, a former holder
    assert row(result, "Sergei Lavrov").side == "Russia"
    assert persons(result) == {"Barack Obama", "American president", "Sergei Lavrov"}


def test_an_idiom_with_a_bare_head_noun_is_no_body():
    text = ("//Talks//\nA truce/\nRubio said that the ball was now in Russia's court. Russia's parliament "
            "met on Friday, and Russia's supreme court ruled on the case.\n")
    result = find_actors(parse(text))
    assert "Russian Court" not in set(result.actors.actor)
    assert row(result, "Russian Parliament").side == "Russia"
    assert row(result, "Russian Supreme Court").side == "Russia"


def test_a_state_possessive_before_a_name_and_an_aide_to_a_person_give_the_side():
    text = ("//Talks//\nA truce/\nYuri Ushakov, a foreign policy aide to Russian President Vladimir Putin, "
            "spoke on Friday. Hungary's Viktor Orbán said that Europe should talk to Moscow. The envoy to "
            "NATO, Jane Doe, said little.\n")
    result = find_actors(parse(text))
    assert row(result, "Yuri Ushakov").side == "Russia"
    orban = row(result, "Viktor Orbán")
    assert (orban.side, orban.side_chain) == ("Hungary", "Orbán: Hungary's Viktor Orbán -> Hungary")
    assert "Hungary" not in set(result.actors.actor)      # the possessive describes Orbán
    assert row(result, "Jane Doe").side == ""              # an envoy to NATO does not speak for it


def test_titles_with_a_suffix_of_time_or_abbreviated():
    text = ("//Talks//\nA truce/\nGermany's chancellor-in-waiting Friedrich Merz urged more aid on Friday. "
            "Sen. Lindsey Graham said that the bill was ready. The UN Secretary-General António Guterres "
            "said that the talks should go on.\n")
    result = find_actors(parse(text))
    merz = row(result, "Friedrich Merz")
    assert (merz.side, merz.role) == ("Germany", "Germany's chancellor-in-waiting")
    assert row(result, "Lindsey Graham").role == "Sen."
    assert row(result, "António Guterres").side == "United Nations"


def test_a_title_before_a_bare_surname_picks_the_one_who_bears_it():
    # two Kennedys: "President Kennedy" is the President, though the Attorney General was named last
    article = parse("Title\n\nPresident John F. Kennedy met the press. Attorney General Robert Kennedy "
                    "spoke later.\n\nThe extra funds were requested by President Kennedy.\n")
    mentions = find_actors(article).mentions
    last = mentions[mentions.sentence_id == article.sentences[-1].id]
    assert list(last.actor) == ["John F. Kennedy"]


# --- an apposition is a noun phrase ------------------------------------------------------------

def test_a_clause_after_a_name_gives_the_name_no_office():
    # "..., the President will have completed...": the subject of the next clause, not the office
    # of the premier named before the comma
    text = ("Title\n\nPremier Nikita Khrushchev met President John Kennedy in Vienna.\n\n"
            "By the time he meets Mr. Khrushchev, the President will have completed his talks.\n")
    analysis = find_actors(parse(text))
    mentions = analysis.mentions[analysis.mentions.actor == "Nikita Khrushchev"]
    assert list(mentions.role) == ["Premier", ""]
    # an apposition keeps its office, closed by a comma or not
    text = ("Title\n\nBy the time they met Steven Rowe, the mayor of Atlanta, the talks had ended.\n\n"
            "Aid must come later, Edwin Martin, assistant secretary of state for economic affairs told the council.\n")
    analysis = find_actors(parse(text))
    assert row(analysis, "Steven Rowe").role == "mayor of Atlanta"
    assert row(analysis, "Edwin Martin").role.startswith("assistant secretary of state")
