"""Who held which office when: the dated officeholder table of ``scripts/data/officeholders.csv``.

The table follows the date-restricted actor entries of the Phoenix/PETRARCH
dictionaries: one row per person per term, so that the side of a person on an
article's date is known and the title an article gives can be checked against it.

Dates: a term runs from ``from`` (inclusive) to ``to`` (exclusive: the day a term
ends belongs to the successor, as on an inauguration day). An empty ``to`` is a term
still running on the table's date, :data:`AS_OF`; the table knows nothing later, so
a query for a later day is answered with the state of :data:`AS_OF`
(:func:`beyond_table` tells when that happens).

Names are matched after folding: accents dropped, case and punctuation ignored, and
the usual variants of transliteration from Cyrillic made equal (Sergey/Sergei,
Zelensky/Zelenskyy/Zelenskiy, Alexei/Aleksei).
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import pandas as pd

from scripts.names import spelling_key
from scripts.paths import DATA

TABLE = DATA / "officeholders.csv"
COLUMNS = ["person", "aliases", "office", "title", "country", "from", "to", "source", "notes"]
# Offices that stand for two: a president who heads the government is both.
_BOTH = "head of state and government"


@lru_cache(maxsize=1)
def as_of() -> date:
    """The table's date, read from its header ("As of YYYY-MM-DD")."""
    with open(TABLE, encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            m = re.search(r"[Aa]s of (\d{4}-\d{2}-\d{2})", line)
            if m:
                return date.fromisoformat(m.group(1))
    raise ValueError(f"{TABLE}: no 'As of YYYY-MM-DD' in the header")


@lru_cache(maxsize=1)
def load() -> pd.DataFrame:
    """The table with ``start`` and ``end`` as dates (``end`` None while in office)."""
    table = pd.read_csv(TABLE, comment="#", dtype=str, keep_default_na=False)
    table["start"] = table["from"].map(date.fromisoformat)
    table["end"] = table["to"].map(lambda d: date.fromisoformat(d) if d else None)
    return table


def _day(on) -> date:
    if isinstance(on, pd.Timestamp):
        return on.date()
    if isinstance(on, str):
        return date.fromisoformat(on)
    return on


def beyond_table(on) -> bool:
    """True when ``on`` is later than the table's date: what held then is not known."""
    return _day(on) > as_of()


# --- names ---------------------------------------------------------------------

def fold(name: str) -> str:
    """A name folded for matching, word by word with :func:`scripts.names.spelling_key`:
    "Zelenskyy", "Zelenskiy" and "Zelensky" fold alike, as do "Sergey"/"Sergei",
    "Alexei"/"Aleksei", "Lavrov's"/"Lavrov"."""
    text = re.sub(r"['\u2019]s\b", "", name)                 # possessive
    return " ".join(spelling_key(word) for word in re.sub(r"[-.'\u2019]", " ", text).split())


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(folded full name or alias -> persons, folded surname -> persons)."""
    names: dict[str, set[str]] = {}
    surnames: dict[str, set[str]] = {}
    for row in load().itertuples():
        forms = [row.person, *[a.strip() for a in row.aliases.split(";") if a.strip()]]
        for form in forms:
            key = fold(form)
            if " " in key:
                names.setdefault(key, set()).add(row.person)
                surnames.setdefault(key.split()[-1], set()).add(row.person)
            else:   # a one-word alias is a surname or a name used alone ("Lula", "Naruhito")
                surnames.setdefault(key, set()).add(row.person)
    return names, surnames


def resolve(name: str) -> list[str]:
    """The table's persons a name may be: the full name or an alias first; a single word
    (a surname) may be several people ("Kim", "Johnson")."""
    names, surnames = _index()
    key = fold(name)
    if key in names:
        return sorted(names[key])
    words = key.split()
    if len(words) == 1:
        return sorted(surnames.get(key, ()))
    # "Steven C. Witkoff", "President Volodymyr Zelenskyy": first and last words
    candidates = surnames.get(words[-1], set())
    return sorted(p for p in candidates if fold(p).split()[0] == words[0]) or []


def terms(name: str) -> pd.DataFrame:
    """Every term of the persons a name may be, in time order."""
    persons = resolve(name)
    table = load()
    return table[table.person.isin(persons)].sort_values("start", kind="stable")


# --- offices on a day -------------------------------------------------------------

def _in_office(table: pd.DataFrame, on: date) -> pd.Series:
    on = min(_day(on), as_of()) if beyond_table(on) else _day(on)
    return (table.start <= on) & table.end.map(lambda e: e is None or on < e)


def office_matches(office: str, wanted: str) -> bool:
    """Whether a table office answers a question about ``wanted``: a president who heads
    the government is both head of state and head of government; "special envoy" and
    "spokesperson" match every brief."""
    if office == wanted:
        return True
    if office == _BOTH and wanted in ("head of state", "head of government"):
        return True
    if wanted == "head of state or government":
        return office in ("head of state", "head of government", _BOTH)
    if wanted in ("special envoy", "spokesperson", "adviser to the head of state"):
        return office.startswith(wanted)
    if wanted.startswith("special envoy (") and office.startswith("special envoy ("):
        # a brief written in the text ("Middle East envoy") matches the table's brief by its words
        asked = set(re.findall(r"\w+", wanted[len("special envoy ("):].lower()))
        held = set(re.findall(r"\w+", office[len("special envoy ("):].lower()))
        return bool(asked) and asked <= held
    return False


def offices_held(name: str, on) -> pd.DataFrame:
    """The terms a person (by any name the table knows) is serving on day ``on``."""
    held = terms(name)
    return held[_in_office(held, on)] if len(held) else held


def holder(office: str, country: str, on) -> list[str]:
    """Who held ``office`` (see :func:`office_matches`) for ``country`` on day ``on``."""
    table = load()
    rows = table[(table.country == country) & table.office.map(lambda o: office_matches(o, office))]
    return list(dict.fromkeys(rows[_in_office(rows, on)].person))


def sides_on(name: str, on) -> list[tuple[str, str]]:
    """(country or organisation, office) of every office a person holds on day ``on``."""
    return [(r.country, r.office) for r in offices_held(name, on).itertuples()]


def side_between(name: str, low, high) -> tuple[str, str] | None:
    """(side, reason) when the person named holds an office for one and the same state or
    organisation on both days (an article's date known to lie between them), and is one
    person of the table; else None. ``reason`` reads like "foreign minister of Russia
    on 2025-03-13" or "... from 2025-01-20 to 2025-06-30"."""
    if len(resolve(name)) != 1:
        return None
    days = [_day(low)] if high is None or _day(high) == _day(low) else [_day(low), _day(high)]
    found = [sides_on(name, d) for d in days]
    countries = [{country for country, _ in f} for f in found]
    if not all(len(c) == 1 for c in countries) or len(set.union(*countries)) != 1:
        return None
    side = next(iter(countries[0]))
    offices = " and ".join(dict.fromkeys(o for f in found for _, o in f))
    when = f"on {days[0]}" if len(days) == 1 else f"from {days[0]} to {days[1]}"
    return side, f"{offices} of {side} {when}"
