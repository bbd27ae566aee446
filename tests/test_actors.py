"""Actors of the seed article (checked sentence by sentence against the text) and of short
texts written for other shapes: other conflicts, other countries, other cues."""
import time

import pytest

from scripts.actors import find_actors
from scripts.paths import primary_article
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
