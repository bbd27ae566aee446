"""Source critique: the article's date, titles against the officeholder table, sources of
claims, byline and dateline. Each text here is written for the test; the expected values
come from reading it and from the public record."""
from datetime import date
from types import SimpleNamespace

import pandas as pd
import pytest

from scripts import critique as cr
from scripts.actors import find_actors
from scripts.demands import CLAIM_COLUMNS
from scripts.paths import primary_article
from scripts.reader import parse, read_article


@pytest.mark.parametrize("role, office, country, former", [
    ("former U.S. President", "head of state", "United States", True),
    ("Russian Foreign Ministry spokeswoman", "spokesperson of the foreign ministry", "Russia", False),
    ("Kremlin spokesman", "spokesperson of the head of state", "Russia", False),
    ("White House press secretary", "spokesperson of the head of state", "United States", False),
    ("Secretary of State", "foreign minister", "", False),
    ("German Chancellor", "head of government", "Germany", False),
    ("British Defence Secretary", "defence minister", "United Kingdom", False),
    ("NATO Secretary General", "secretary-general", "NATO", False),
    ("Belarusian leader", "head of state or government", "Belarus", False),
    ("his Middle East envoy", "special envoy (Middle East)", "", False),
    ("U.S. envoy", "special envoy", "United States", False),
    ("U.S. special envoy for Ukraine", "special envoy (Ukraine)", "United States", False),
    ("ex-Prime Minister", "head of government", "", True),
])
def test_parse_title(role, office, country, former):
    assert cr.parse_title(role) == cr.Title(office, country, former)


@pytest.mark.parametrize("role", ["Vice President", "deputy foreign minister", "opposition leader",
                                  "then-President", "President-elect", "a close ally"])
def test_titles_that_are_not_checked(role):
    assert cr.parse_title(role) is None


def test_dateline_gives_the_date():
    article = parse("Talks resume\nMOSCOW, March 13, 2025 (Reuters) - Sergei Lavrov said the talks would go on.\n")
    assert cr.dateline_date(article) == (date(2025, 3, 13), "MOSCOW, March 13, 2025 (Reuters) -", "")
    when = cr.article_date(article)
    assert (when.low, when.high, when.basis) == (date(2025, 3, 13), date(2025, 3, 13), "dateline")


def test_a_title_wrong_at_the_dateline_date():
    """In March 2025 Trump was in office (from 2025-01-20): "former President" is wrong."""
    article = parse("Envoy in Moscow\nWASHINGTON, March 13, 2025 (AP) - Former U.S. President Donald Trump "
                    "said the talks had gone well.\nRussian President Vladimir Putin did not reply.\n")
    checks = cr.title_checks(article).set_index("actor")
    assert checks.loc["Donald Trump", "verdict"] == "wrong"
    assert "2025-01-20" in checks.loc["Donald Trump", "why"]
    assert checks.loc["Donald Trump", "sentence_ids"] == "P02.S1"
    assert checks.loc["Vladimir Putin", "verdict"] == "consistent"
    # the dateline's date and the start of Putin's term (7 May 2012) are told apart in the wording
    assert checks.loc["Vladimir Putin", "why"] == ("in office on the article's date (2025-03-13): "
                                                   "head of state of Russia since 2012-05-07")


def test_date_estimated_from_titles():
    """Rubio became Secretary of State on 2025-01-21; nothing in the text bounds it later."""
    article = parse("Talks in Riyadh\nSecretary of State Marco Rubio met Russian Foreign Minister "
                    "Sergei Lavrov in Riyadh.\nThe meeting lasted four hours.\n")
    when = cr.article_date(article)
    assert (when.basis, when.low, when.high) == ("estimated", date(2025, 1, 21), None)
    assert when.steps.holds.all()
    assert set(when.steps.sentence_ids) == {"P02.S1"}


def test_date_estimated_between_two_terms():
    """President Biden: 2021-01-20 up to the day before 2025-01-20; a year written in the
    text (2023) narrows it; a year to come ("by 2030") does not."""
    article = parse("Aid for Kyiv\nPresident Joe Biden promised more aid in a speech.\n"
                    "The package follows the one approved in 2023.\nOfficials hope the war ends by 2030.\n")
    when = cr.article_date(article)
    assert (when.low, when.high) == (date(2023, 1, 1), date(2025, 1, 19))
    assert "2030" not in " ".join(when.steps.evidence)


def test_a_contradicting_title_is_outvoted_and_shown():
    article = parse("Talks\nFormer U.S. President Donald Trump's envoy Steve Witkoff arrived in Moscow.\n"
                    "Secretary of State Marco Rubio stayed in Washington.\n")
    when = cr.article_date(article)
    assert when.low == date(2025, 1, 21)
    wrong = when.steps[~when.steps.holds]
    assert list(wrong.step) == ["former head of state of United States: Donald Trump"]


def test_weekday_with_a_day_of_the_month_fixes_the_year():
    """13 March 2025 was a Thursday; in 2026 the 13th of March is a Friday."""
    article = parse("Talks\nSecretary of State Marco Rubio spoke on Thursday, March 13, with his "
                    "counterparts.\nNothing was agreed.\n")
    when = cr.article_date(article)
    assert when.low == date(2025, 3, 13)
    assert "weekday and day of the month" in set(when.steps.step)


def test_no_evidence_no_date():
    article = parse("A quiet day\nNothing happened in the capital today.\nThe markets were closed.\n")
    when = cr.article_date(article)
    assert not when.known and when.basis == "unknown"
    assert cr.title_checks(article).empty


def test_side_from_the_table_only_where_the_text_gives_none():
    article = parse("Talks resume\nMOSCOW, March 13, 2025 (Reuters) - Sergei Lavrov said on Thursday that "
                    "the proposal would be studied.\nLavrov added that any deal must last.\n"
                    "Ukrainian President Volodymyr Zelenskyy welcomed the talks.\n")
    actors = find_actors(article).actors.set_index("actor")
    assert actors.loc["Sergei Lavrov", "side"] == "Russia"
    assert actors.loc["Sergei Lavrov", "side_chain"] == (
        "Lavrov -> officeholder table: foreign minister of Russia on 2025-03-13 -> Russia")
    # the text's own title keeps its chain
    assert actors.loc["Volodymyr Zelenskyy", "side_chain"] == "Zelenskyy: Ukrainian President -> Ukraine"


def test_no_side_from_the_table_without_a_date():
    article = parse("Talks resume\nSergei Lavrov said the proposal would be studied.\nLavrov added that "
                    "any deal must last.\n")
    actors = find_actors(article).actors.set_index("actor")
    assert actors.loc["Sergei Lavrov", "side"] == ""


def _claims(rows):
    return pd.DataFrame([{c: "" for c in CLAIM_COLUMNS} | row for row in rows], columns=CLAIM_COLUMNS)


def test_claim_sources():
    sides = {"Yuri Ushakov": "Russia", "Maria Zakharova": "Russia", "Reuters": "", "Russia": "Russia"}
    actors = SimpleNamespace(side_of=lambda name: sides.get(name, ""))
    claims = _claims([
        {"claimant": "Russia", "issues": "ceasefire", "source": "Yuri Ushakov", "authority": "own official",
         "sentence_id": "P03.S1"},
        {"claimant": "Russia", "issues": "ceasefire", "source": "Maria Zakharova", "authority": "own official",
         "sentence_id": "P04.S1"},
        {"claimant": "Ukraine", "issues": "ceasefire", "source": "", "authority": "unattributed",
         "sentence_id": "P05.S1"},
        {"claimant": "Russia", "issues": "sanctions", "source": "Reuters", "authority": "reported",
         "sentence_id": "P06.S1"},
    ])
    found = cr.claim_sources(None, claims, actors)
    assert list(found.check) == ["no source", "one side's sources only"]
    assert found.sentence_ids.tolist() == ["P05.S1", "P03.S1; P04.S1"]
    # two claims are "both", not "all 2"
    assert found.iloc[1].source_sides == "Russia" and found.iloc[1].finding.startswith("both sourced claims")


def test_furniture_checks():
    dated = parse("Talks resume\nBy Jane Smith\nMOSCOW, March 13, 2025 (Reuters) - Talks went on today.\n")
    found = cr.furniture_checks(dated).set_index("check").found
    assert found.to_dict() == {"byline": True, "date": True}
    bare = parse("Talks resume\nTalks went on today in the capital.\nNo one spoke.\n")
    assert not cr.furniture_checks(bare).found.any()


def test_the_seed_article():
    """The article (March 2025, on Witkoff's trip to Moscow) calls Trump "former U.S. President"
    (P03.S2) and Witkoff "Trump's envoy" (P03.S2, P31.S2): it has no byline and no date."""
    article = read_article(primary_article())
    when = cr.article_date(article)
    assert when.basis == "estimated" and when.low == date(2025, 1, 20) and when.high is None
    checks = cr.title_checks(article, when=when)
    trump = checks[checks.actor == "Donald Trump"].iloc[0]
    assert (trump.verdict, trump.title, trump.sentence_ids) == ("wrong", "former U.S. President", "P03.S2")
    assert set(checks[checks.actor != "Donald Trump"].verdict) == {"consistent"}
    assert not cr.furniture_checks(article, when).found.any()


def test_a_title_the_table_gives_someone_else():
    """In March 2025 Russia's foreign minister was Lavrov (Zakharova was the ministry's
    spokeswoman) and Ukraine's president Zelenskyy, not Russia's."""
    article = parse("Talks\nMOSCOW, March 13, 2025 (Reuters) - Russian Foreign Minister Maria Zakharova "
                    "said the talks were over.\nRussian President Volodymyr Zelenskyy did not comment.\n")
    checks = cr.title_checks(article).set_index("actor")
    assert checks.loc["Maria Zakharova", "verdict"] == "wrong"
    assert "Sergey Lavrov" in checks.loc["Maria Zakharova", "why"]
    assert "spokesperson of the foreign ministry" in checks.loc["Maria Zakharova", "why"]
    assert checks.loc["Volodymyr Zelenskyy", "verdict"] == "wrong"
    assert "Vladimir Putin" in checks.loc["Volodymyr Zelenskyy", "why"]


def test_a_dateline_without_a_year_is_reported():
    article = parse("Talks\nNICOSIA, June 3 (News Desk) - The leaders agreed to open two crossings.\n")
    date_row = cr.furniture_checks(article).set_index("check").loc["date"]
    assert not date_row.found and "gives a day but no year" in date_row.evidence


def test_a_lone_common_word_name_gets_no_side_from_the_table():
    """"Price" (Ned Price, State Department spokesman 2021-2023) is also an English word;
    "Lavrov" is not."""
    from scripts.actors import ACTOR_COLUMNS, MENTION_COLUMNS, PLACE_COLUMNS, ActorAnalysis
    article = parse("Talks\nWASHINGTON, March 1, 2022 (AP) - The talks would go on.\nNothing was agreed.\n")
    people = pd.DataFrame([{c: "" for c in ACTOR_COLUMNS} | {"actor": name, "type": "person"}
                           for name in ("Price", "Lavrov")], columns=ACTOR_COLUMNS)
    analysis = ActorAnalysis(people, pd.DataFrame(columns=MENTION_COLUMNS), pd.DataFrame(columns=PLACE_COLUMNS))
    cr.sides_from_table(article, analysis)
    assert analysis.side_of("Lavrov") == "Russia"
    assert analysis.side_of("Price") == ""


def test_hand_checked_errors_of_fact_stand_in_the_article(seed):
    facts = cr.fact_checks(seed)
    # P20.S1 "International recognition of Russia's annexation of Crimea and four other Ukrainian
    # regions since 2022": Crimea was annexed in 2014 (UNGA resolution 68/262 of 27 March 2014),
    # the four regions in 2022 (UNGA resolution ES-11/4 of 12 October 2022)
    row = facts.set_index("sentence_id").loc["P20.S1"]
    assert "Crimea" in row.words and "since 2022" in row.words
    assert "2014" in row.correct and "68/262" in row.source and "ES-11/4" in row.source
    sentences = {s.id: s.text for s in seed.sentences}
    assert all(r.words in sentences[r.sentence_id] for r in facts.itertuples())
    assert all(r.source for r in facts.itertuples())


def test_fact_checks_refuse_words_the_article_does_not_have(tmp_path, monkeypatch):
    article = parse("Talks resume\n\nRussia annexed Crimea in 2014.\n")
    path = tmp_path / "facts.csv"
    path.write_text("sentence_id,words,error,correct,source\nP03.S1,annexed Crimea in 2015,x,y,z\n")
    monkeypatch.setattr(cr, "fact_checks_path", lambda a: path)
    with pytest.raises(ValueError):
        cr.fact_checks(article)
    monkeypatch.setattr(cr, "fact_checks_path", lambda a: tmp_path / "none.csv")
    assert cr.fact_checks(article).empty


def test_the_timeline_carries_the_caveat_of_the_hand_checked_error(seed):
    from scripts import findings, synthesis
    events = synthesis.timeline(seed)
    caveats = dict(zip(events.sentence_id + " " + events.expression, cr.fact_caveats(seed, events)))
    # P20.S1 "since 2022": Crimea was annexed in 2014, the four regions in 2022; the finding on
    # the article's errors and the timeline give the same correction, from the same table
    row = cr.fact_checks(seed).set_index("sentence_id").loc["P20.S1"]
    assert caveats["P20.S1 since 2022"] == f"the article's error, checked by hand: {row.correct}"
    assert "2014" in caveats["P20.S1 since 2022"]
    errors = {f.key: f for f in findings.key_findings(seed)}["title-errors"]
    assert row.correct in errors.text
    # the other expressions ("from 2021", "last year", "On Thursday"...) carry none
    assert [k for k, c in caveats.items() if c] == ["P20.S1 since 2022"]


def test_fact_caveats_on_a_hand_made_table(tmp_path, monkeypatch):
    article = parse("Talks resume\n\nRussia annexed Crimea in 2015. It met in 2015.\n")
    path = tmp_path / "facts.csv"
    path.write_text("sentence_id,words,error,correct,source\nP02.S1,annexed Crimea in 2015,x,it was 2014,z\n")
    monkeypatch.setattr(cr, "fact_checks_path", lambda a: path)
    table = pd.DataFrame({"sentence_id": ["P02.S1", "P02.S2"], "expression": ["in 2015", "in 2015"]})
    assert cr.fact_caveats(article, table) == ["the article's error, checked by hand: it was 2014", ""]
