"""The dated officeholder table and its lookups, checked against facts of the public record."""
from datetime import date

import pytest

from scripts import officeholders as oh
from scripts.knowledge import _read


def test_the_table_is_well_formed():
    table = oh.load()
    assert list(table.columns[:9]) == oh.COLUMNS
    assert (table.source != "").all(), "every row names where it can be checked"
    assert (table.person != "").all() and (table.country != "").all()
    ends = table.end.dropna()
    assert (table.loc[ends.index, "start"] < ends).all(), "a term ends after it starts"
    assert (table.start <= oh.as_of()).all(), "nothing after the table's date"


def test_countries_and_organisations_are_the_knowledge_tables_names():
    known = set(_read("countries.csv").country) | set(_read("organizations.csv").organization)
    assert set(oh.load().country) <= known


def test_offices_come_from_the_controlled_vocabulary():
    fixed = {"head of state", "head of government", "head of state and government", "foreign minister",
             "defence minister", "national security adviser", "spokesperson of the head of state",
             "spokesperson of the foreign ministry", "chief of staff of the head of state",
             "secretary-general", "president of the European Commission",
             "president of the European Council"}
    for office in oh.load().office:
        assert office in fixed or office.startswith(("special envoy (", "adviser to the head of state (")), office


def test_one_holder_at_a_time():
    """No two terms of one office of one country overlap (handover days excepted)."""
    table = oh.load()
    for (country, office), rows in table.groupby(["country", "office"]):
        rows = rows.sort_values("start")
        for a, b in zip(rows.itertuples(), rows.iloc[1:].itertuples()):
            assert a.end is not None and a.end <= b.start, (country, office, a.person, b.person)


def test_the_table_covers_the_states_it_promises():
    countries = set(oh.load().country)
    promised = {"United States", "United Kingdom", "France", "Russia", "China", "Germany", "Italy", "Japan",
                "Canada", "Australia", "India", "Brazil", "Argentina", "Mexico", "Indonesia", "Saudi Arabia",
                "South Africa", "South Korea", "Turkey", "European Union", "African Union", "Ukraine",
                "Belarus", "Poland", "Moldova", "Romania", "Hungary", "Slovakia", "Georgia", "Estonia",
                "Latvia", "Lithuania", "Finland", "Kazakhstan", "NATO", "United Nations"}
    assert promised <= countries


@pytest.mark.parametrize("office, country, day, expected", [
    ("head of state", "United States", "2025-03-15", "Donald Trump"),
    ("head of state", "United States", "2024-03-15", "Joe Biden"),
    ("head of government", "United States", "2019-06-01", "Donald Trump"),   # a president heads both
    ("head of state", "United States", "2021-01-20", "Joe Biden"),           # inauguration day
    ("head of state", "United States", "2021-01-19", "Donald Trump"),
    ("foreign minister", "Russia", "2025-03-13", "Sergey Lavrov"),
    ("foreign minister", "United States", "2025-03-13", "Marco Rubio"),
    ("foreign minister", "United States", "2022-02-24", "Antony Blinken"),
    ("head of government", "United Kingdom", "2022-10-01", "Liz Truss"),
    ("head of government", "Germany", "2024-06-01", "Olaf Scholz"),
    ("head of government", "Germany", "2025-06-01", "Friedrich Merz"),
    ("head of state", "Ukraine", "2018-01-01", "Petro Poroshenko"),
    ("spokesperson of the foreign ministry", "Russia", "2025-03-13", "Maria Zakharova"),
    ("spokesperson of the head of state", "Russia", "2022-02-24", "Dmitry Peskov"),
    ("secretary-general", "NATO", "2023-07-11", "Jens Stoltenberg"),
    ("secretary-general", "NATO", "2025-03-13", "Mark Rutte"),
    ("defence minister", "Russia", "2023-01-01", "Sergei Shoigu"),
    ("defence minister", "Russia", "2024-06-01", "Andrey Belousov"),
])
def test_holder(office, country, day, expected):
    assert oh.holder(office, country, day) == [expected]


def test_special_envoys_of_2025():
    assert "Steve Witkoff" in oh.holder("special envoy", "United States", "2025-03-13")
    assert "Keith Kellogg" in oh.holder("special envoy", "United States", "2025-03-13")
    assert oh.holder("special envoy (Middle East)", "United States", "2025-03-13") == ["Steve Witkoff"]
    assert "Steve Witkoff" not in oh.holder("special envoy", "United States", "2024-12-01")


def test_offices_held_by_any_spelling():
    for name in ("Steven Witkoff", "Steve Witkoff", "Witkoff"):
        held = oh.offices_held(name, date(2025, 3, 13))
        assert list(held.office) == ["special envoy (Middle East)"], name
    assert oh.offices_held("Witkoff", "2024-06-01").empty
    for name in ("Sergei Lavrov", "Sergey Lavrov", "Lavrov's"):
        assert list(oh.offices_held(name, "2025-03-13").country) == ["Russia"], name
    for name in ("Volodymyr Zelensky", "Zelenskiy", "Vladimir Zelensky", "Zelenskyy"):
        assert oh.resolve(name) == ["Volodymyr Zelenskyy"], name
    assert oh.resolve("Alyaksandr Lukashenka") == ["Alexander Lukashenko"]
    assert oh.resolve("Someone Unknown") == []


def test_a_person_with_two_offices_at_once():
    held = oh.offices_held("Marco Rubio", "2025-06-01")
    assert set(held.office) == {"foreign minister", "national security adviser"}


def test_former_terms_are_not_current():
    assert oh.offices_held("Joe Biden", "2025-03-15").empty
    trump = oh.terms("Donald Trump")
    assert list(trump["from"]) == ["2017-01-20", "2025-01-20"]


def test_dates_after_the_table_are_answered_as_of_its_date():
    later = date(oh.as_of().year + 1, 1, 1)
    assert oh.beyond_table(later)
    assert oh.holder("foreign minister", "Russia", later) == ["Sergey Lavrov"]


def test_side_between():
    assert oh.side_between("Lavrov", date(2025, 3, 13), None) == (
        "Russia", "foreign minister of Russia on 2025-03-13")
    side, reason = oh.side_between("Kallas", date(2025, 1, 20), date(2025, 6, 30))
    assert side == "European Union" and "from 2025-01-20 to 2025-06-30" in reason
    # Kallas moved from Estonia's government to the EU: a range across the move gives no side
    assert oh.side_between("Kallas", date(2024, 1, 1), date(2025, 1, 1)) is None
    assert oh.side_between("Nobody Known", date(2025, 1, 1), None) is None
