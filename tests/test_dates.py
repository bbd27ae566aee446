"""One reader of written dates for the timeline and the article's date (scripts.dates)."""
from datetime import date

from scripts import critique, synthesis
from scripts.dates import anchor_date, full_dates, written_dates
from scripts.reader import parse


def test_dates_in_the_shapes_news_copy_writes_them():
    text = ("Envoys met on Thursday, March 13, 2025, and again on 14th of March; "
            "the report is dated 2025-03-15; the war began in 2022.")
    found = [(d["kind"], d["year"], d["month"], d["day"], d["weekday"]) for d in written_dates(text)]
    assert found == [("date", 2025, 3, 13, "thursday"), ("day", None, 3, 14, None),
                     ("date", 2025, 3, 15, None), ("year", 2022, None, None, None)]


def test_a_month_word_in_lower_case_is_a_verb():
    assert written_dates("They may 12 times refuse; march 3 miles.") == []


def test_a_deadline_is_marked_as_a_time_to_come():
    (deadline,) = written_dates("Troops must leave by 2030.")
    assert deadline["year"] == 2030 and deadline["future"]


def test_full_dates_need_a_year():
    assert [day for _, day in full_dates("On March 13 and on 13 March 2025.")] == [date(2025, 3, 13)]


def test_a_date_line_alone_dates_the_article():
    article = parse("Talks stall\ndate 2025-05-02\n\nThe envoys said on Friday that they would meet again.\n")
    assert article.dropped == ["date 2025-05-02"]
    anchor = anchor_date(article)
    assert anchor.day == date(2025, 5, 2) and anchor.sentence_id == ""
    # the timeline counts the article's "Friday" from it: 2 May 2025 was a Friday
    row = synthesis.timeline(article).query("expression == 'on Friday'").iloc[0]
    assert row.resolved == "2025-05-02"


def test_a_dateline_with_its_weekday_dates_the_article():
    article = parse("Talks stall\n\nKYIV, Friday, March 14, 2025 (Reuters) - The envoys met.\n")
    assert anchor_date(article).day == date(2025, 3, 14)


def test_a_date_of_an_event_does_not_date_the_article():
    article = parse("Talks stall\n\nThe envoys met on March 13, 2025 in Jeddah.\n")
    assert anchor_date(article) is None


def test_the_timeline_and_the_date_estimate_read_the_same_dates():
    article = parse("Talks stall\n\nThe envoys met on Thursday, March 13th, 2025 in Jeddah.\n")
    (row,) = synthesis.timeline(article).query("kind == 'date'").itertuples()
    assert row.resolved == "2025-03-13"
    estimate = critique.article_date(article)
    assert estimate.bounds()[0] >= date(2025, 3, 13)
