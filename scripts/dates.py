"""Dates written in a text, read one way for the whole package.

The timeline (:mod:`scripts.synthesis`) and the estimate of when an article was
written (:mod:`scripts.critique`) both read their dates here, so that a date one
of them sees the other sees too: "Thursday, March 13, 2025", "13th of March",
"March 13", "2025-03-13" and bare years ("in 2022").

The article's own date (:func:`anchor_date`) comes only from where an article
states when it was written: a dateline ("KYIV, March 14, 2025 (Reuters) -") or a
"published", "updated" or "date" line. Dates of events never date the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from scripts.reader import Article, furniture_kind

MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for m in names}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_RE = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY_RE = r"(?:(?P<weekday>" + "|".join(WEEKDAYS) + r"),?\s+)?"
_YEAR_RE = r"(?P<year>(?:19|20)\d\d)"
# "Thursday, March 13, 2025", "13 March 2025", "March 13": a day of the month, with or without
# year. Case is ignored so that a dateline in capitals reads ("MOSCOW, MAY 9"); a month word
# in lower case is then refused (":func:`written_dates`): "they may 12 times" is no date.
_FULL_DATE = re.compile(
    rf"\b{_WEEKDAY_RE}(?:{_MONTH_RE}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE.replace('month', 'month2')})"
    rf"(?:,?\s+{_YEAR_RE})?\b", re.I)
_ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Words just before a year or date that make it a time to come or a deadline, which the
# article's date need not have reached ("by 2030", "elections due in 2026", "until 2027").
_FUTURE_CUE = re.compile(r"\b(?:by|until|till|through|will|would|due|scheduled|planned|plans?|expected|"
                         r"upcoming|next|ahead of|before|deadline|target)\b[^.;]{0,30}$", re.I)


def written_dates(text: str) -> list[dict]:
    """Dates and years written in a text, in text order: {kind ("date" with a year, "day"
    without, "year"), year, month, day, weekday, start, end, text, future}."""
    found, covered = [], []
    for m in list(_FULL_DATE.finditer(text)) + list(_ISO_DATE.finditer(text)):
        groups = m.groupdict()
        month_word = groups.get("month") or groups.get("month2")
        if month_word and not month_word.isdigit() and month_word.islower():
            continue        # "may", "march" in lower case are a verb, not a month
        month = int(month_word) if month_word and month_word.isdigit() else MONTHS.get((month_word or "").lower())
        day = int(groups.get("day") or groups.get("day2") or 0)
        if not month or not 1 <= day <= 31:
            continue
        year = int(groups["year"]) if groups.get("year") else None
        weekday = (groups.get("weekday") or "").lower() or None
        found.append({"kind": "date" if year else "day", "year": year, "month": month, "day": day,
                      "weekday": weekday, "start": m.start(), "end": m.end(), "text": m.group(0),
                      "future": bool(_FUTURE_CUE.search(text[:m.start()]))})
        covered.append((m.start(), m.end()))
    for m in _YEAR.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        found.append({"kind": "year", "year": int(m.group(0)), "month": None, "day": None, "weekday": None,
                      "start": m.start(), "end": m.end(), "text": m.group(0),
                      "future": bool(_FUTURE_CUE.search(text[:m.start()]))})
    return sorted(found, key=lambda d: d["start"])


def as_date(found: dict) -> date | None:
    """The calendar day of a written date that gives year, month and day; else None."""
    try:
        return date(found["year"], found["month"], found["day"])
    except (TypeError, ValueError):
        return None


def full_dates(text: str) -> list[tuple[dict, date]]:
    """The written dates of a text that name a calendar day with its year."""
    return [(found, day) for found in written_dates(text)
            if found["kind"] == "date" and (day := as_date(found))]


@dataclass(frozen=True)
class Anchor:
    """The date the article's relative expressions count from, and where it was found."""
    day: date
    sentence_id: str
    expression: str


# Where a dateline or a "published" line starts its date: "KYIV, March 14, 2025 -",
# "Published: 14 March 2025", "date 2025-05-02".
_DATELINE_PREFIX = re.compile(r"^(?:[A-Z][A-Z .'-]+,\s*|(?i:published|updated|posted|date)(?:\s+on)?:?\s*)")


def _stated_date(line: str, anywhere: bool = False) -> tuple[dict, date] | None:
    """The full date a dateline or publication line states right after its place or its
    word ("KYIV, March 14, 2025"); with ``anywhere``, the line's first full date."""
    prefix = _DATELINE_PREFIX.match(line)
    at = prefix.end() if prefix else 0
    if not prefix and not anywhere:
        return None
    dated = full_dates(line[at:])
    if dated and (anywhere or dated[0][0]["start"] == 0):
        return dated[0]
    return None


def anchor_date(article: Article) -> Anchor | None:
    """The article's own date, when it states one in a dateline or a 'published' or
    'date' line; None when it gives none (dates of events never anchor)."""
    for sentence in article.sentences:
        stated = _stated_date(sentence.text)
        if stated:
            return Anchor(stated[1], sentence.id, stated[0]["text"])
    # the reader sets datelines and 'published' lines apart from the text:
    # they carry no sentence id, but they are the article's own date
    for line in article.dropped:
        stated = _stated_date(line, anywhere=furniture_kind(line) == "dateline")
        if stated:
            return Anchor(stated[1], "", stated[0]["text"])
    return None
