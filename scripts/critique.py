"""Source critique of a news article: what a reader should check before trusting it.

Four checks, each returning rows with the sentence ids they rest on:

* :func:`article_date` — the article's date: its dateline when the reader kept one,
  else a range estimated from the text's own dated references (years, full dates,
  weekdays with dates) and from the terms of office of the people it titles ("Secretary
  of State Rubio" means on or after 2025-01-21); every step of the reasoning is a row.
* :func:`title_checks` — the titles and offices the article gives people, checked
  against the dated officeholder table (:mod:`scripts.officeholders`) at that date.
* :func:`claim_sources` — claims with no source, and issues on which every sourced
  claim rests on one side's sources only (claims from :func:`scripts.demands.find_claims`).
* :func:`furniture_checks` — no byline, no date.
* :func:`fact_checks` — errors of fact a reader found by hand, with a public source each
  (``scripts/data/hand_coding/facts/``): a judgement, not a method, shown as such.

:func:`sides_from_table` is the officeholder step of the actors' side chain: a person the
text gives no title or side gets the side the table gives at the article's date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd

from scripts import counts, nlp
from scripts import officeholders as oh
from scripts.knowledge import knowledge
from scripts.dates import WEEKDAYS, anchor_date, as_date, written_dates
from scripts.reader import Article, furniture_kind

# --- the article's own date ------------------------------------------------------


def dateline_date(article: Article) -> tuple[date | None, str, str]:
    """(date, the line or words it is read from, sentence id or "") of the article's own
    date, from its dateline or publication line (:func:`scripts.dates.anchor_date`);
    (None, "", "") when it gives none."""
    anchor = anchor_date(article)
    if anchor is None:
        return None, "", ""
    line = next((d for d in article.dropped if anchor.expression in d), anchor.expression)
    return anchor.day, line, anchor.sentence_id


# --- intervals of days -------------------------------------------------------------
# An interval is (start, end): start inclusive, end exclusive, None for "no bound".

def _covers(interval, day: date) -> bool:
    start, end = interval
    return (start is None or start <= day) and (end is None or day < end)


def _dates(interval, unbounded: str, open_end: str, open_start: str) -> str:
    """A half-open interval of days [start, end) in words: ``open_end`` and ``open_start``
    take the one date known ({start} or {last}, the last day included)."""
    start, end = interval
    last = end - timedelta(days=1) if end is not None else None
    if start is None and end is None:
        return unbounded
    if end is None:
        return open_end.format(start=start)
    if start is None:
        return open_start.format(last=last, end=end)
    return f"from {start} to {last}"


def _fmt(interval) -> str:
    """The dates an article's date may fall on."""
    return _dates(interval, "any date", "on or after {start}", "before {end}")


def _term(interval) -> str:
    """A term of office as the reader of a title check needs it: when it began and ended
    ("since 2012-05-07"), kept apart in wording from the article's date."""
    return _dates(interval, "(no dates recorded)", "since {start}", "until {last}")


def _article_dates(low: date, high: date | None) -> str:
    """The article's date or range of possible dates, named as such."""
    if low == high:
        return f"on the article's date ({low})"
    if high is None:
        return f"on the article's date ({low} or later)"
    return f"on the article's date (between {low} and {high})"


@dataclass
class DateEstimate:
    """The article's date: one day (dateline), a range (estimated) or unknown."""
    low: date | None
    high: date | None            # last possible day; None = no upper bound from the text
    basis: str                   # dateline | estimated | unknown
    steps: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def known(self) -> bool:
        return self.low is not None

    def bounds(self) -> tuple[date, date] | None:
        """(first, last) day to look the table up on; the last is the table's date when the
        text gives no upper bound."""
        if self.low is None:
            return None
        return self.low, self.high if self.high is not None else max(self.low, oh.as_of())

    def describe(self) -> str:
        if self.basis == "dateline":
            return f"{self.low} (dateline)"
        if self.low is None and self.high is None:
            return "unknown"
        if self.high is None:
            return f"on or after {self.low} (no later bound in the text)"
        if self.low is None:
            return f"on or before {self.high}"
        return f"{self.low} to {self.high}" if self.low != self.high else str(self.low)


STEP_COLUMNS = ["step", "evidence", "constraint", "holds", "sentence_ids"]


# --- titles in the text ------------------------------------------------------------

@dataclass(frozen=True)
class Title:
    office: str          # the table's vocabulary (see scripts.officeholders.office_matches)
    country: str         # the state or organisation the title names; "" when none
    former: bool


# Title words and the office they name, most specific first. The office vocabulary is the
# officeholder table's (scripts/data/README.md); a title no pattern knows is not checked.
_OFFICE_PATTERNS = [
    (r"\b(?:vice[- ]president|deputy|vice[- ]premier|under[- ]secretary|assistant secretary)\b", None),
    (r"\bpresident-elect\b|\bincoming\b|\bthen[- ]", None),       # not (yet) the office on the date
    (r"\bsecretary[- ]general\b", "secretary-general"),
    (r"\bnational security advis[eo]r\b", "national security adviser"),
    (r"\b(?:foreign|state department|foreign ministry|foreign office|mfa)\b.*\b(?:spokes\w+|press secretary)\b"
     r"|\b(?:spokes\w+)\b.*\b(?:foreign ministry|state department|foreign office)\b",
     "spokesperson of the foreign ministry"),
    (r"\b(?:kremlin|white house|presidential|president's|downing street|elysee|élysée)\b.*"
     r"\b(?:spokes\w+|press secretary)\b|\b(?:spokes\w+|press secretary)\b.*\b(?:kremlin|white house|president)\b",
     "spokesperson of the head of state"),
    (r"\b(?:spokes(?:man|woman|person)|press secretary)\b", "spokesperson"),
    (r"\b(?:foreign minister|foreign secretary|secretary of state|ministers? (?:of|for) foreign affairs"
     r"|top diplomat|external affairs minister|high representative)\b", "foreign minister"),
    (r"\b(?:defen[cs]e (?:minister|secretary|chief)|secretary of defen[cs]e|ministers? (?:of|for) defen[cs]e"
     r"|secretary of war|armed forces minister)\b", "defence minister"),
    (r"\b(?:european )?commission president\b|\bpresident of the european commission\b",
     "president of the European Commission"),
    (r"\b(?:european )?council president\b|\bpresident of the european council\b",
     "president of the European Council"),
    (r"\b(?:prime minister|premier|chancellor|pm)\b", "head of government"),
    (r"\b(?:president|king|queen|monarch|emperor)\b", "head of state"),
    (r"\b(?:opposition|party|rebel|militia|group|movement|union|community|business|religious|spiritual)\b"
     r".*\bleader\b", None),
    (r"\bleader\b", "head of state or government"),
    (r"\benvoy\b", "special envoy"),
    (r"\b(?:kremlin|presidential|white house)\b.*\b(?:aide|advis[eo]r)\b", "adviser to the head of state"),
]
_FORMER = re.compile(r"\bformer\b|\bex-|\bonetime\b|\bone-time\b", re.I)
_ENVOY_BRIEF = re.compile(r"((?:[A-Z][\w.'-]*\s+){1,3})envoy\b|\benvoy\s+(?:for|on)\s+((?:the\s+)?[A-Z][\w.'-]*"
                          r"(?:\s+(?:and\s+)?[A-Z][\w.'-]*){0,3})")


def _places_in(text: str) -> list[str]:
    """States and organisations a phrase names ("U.S.", "Russian", "Kremlin", "NATO")."""
    kb = knowledge()
    words = nlp.word_tokens(text + " x")[:-1]
    out, i = [], 0
    while i < len(words):
        for size in range(min(kb.longest_name, len(words) - i), 0, -1):
            name = kb.names.get(tuple(words[i:i + size]))
            if name and name.kind in ("country", "demonym", "seat", "capital", "organization") and name.side:
                out.append(name.side)
                i += size
                break
        else:
            i += 1
    return out


def parse_title(role: str) -> Title | None:
    """The office a role phrase names, the state it names and whether it says "former":
    "former U.S. President" -> head of state, United States, former."""
    lower = role.lower()
    for pattern, office in _OFFICE_PATTERNS:
        if re.search(pattern, lower):
            if office is None:
                return None
            break
    else:
        return None
    if office == "special envoy":
        # the brief: capitalized words before "envoy" that name no sender ("Middle East envoy",
        # not "U.S. envoy"), else what follows "envoy for" ("envoy for Ukraine")
        for brief in _ENVOY_BRIEF.finditer(role):
            words = (brief.group(1) or brief.group(2) or "").strip()
            words = " ".join(w for w in words.split()
                             if (brief.group(2) or not _places_in(w)) and w.lower() not in ("the", "his", "her"))
            if words:
                office = f"special envoy ({words})"
                break
    places = _places_in(role)
    # an envoy "for Yemen" serves the state that sends him, not Yemen: only a state before the title counts
    if office.startswith("special envoy"):
        head = role.lower().split("envoy")[0]
        places = _places_in(role[:len(head)])
    return Title(office, places[0] if places else "", bool(_FORMER.search(role)))


def titled_mentions(actors) -> pd.DataFrame:
    """The persons the article titles, one row per mention with a title the table's
    vocabulary knows: actor, role (as written), office, country, former, sentence_id."""
    rows = []
    for m in actors.mentions[(actors.mentions.type == "person") & (actors.mentions.role != "")].itertuples():
        # an apposition may give several roles ("a close ally of Trump and officially his
        # Middle East envoy"): the last conjunct holds the title
        parts = re.split(r"\band\b|,", m.role)
        title = None
        for part in reversed(parts):
            title = parse_title(part.strip())
            if title:
                break
        if title:
            rows.append({"actor": m.actor, "role": m.role, "office": title.office, "country": title.country,
                         "former": title.former, "sentence_id": m.sentence_id})
    return pd.DataFrame(rows, columns=["actor", "role", "office", "country", "former", "sentence_id"])


def _terms_for(actor: str, office: str, country: str) -> pd.DataFrame:
    held = oh.terms(actor)
    if held.empty:
        return held
    keep = held.office.map(lambda o: oh.office_matches(o, office))
    if country:
        keep &= held.country == country
    return held[keep]


def _term_intervals(terms: pd.DataFrame) -> list[tuple]:
    return [(r.start, r.end) for r in terms.itertuples()]


def _gaps_after(intervals: list[tuple]) -> list[tuple]:
    """Days after a first term ended and outside every term: when "former" is true."""
    ends = sorted(e for _, e in intervals if e is not None)
    if not ends:
        return []
    out, cursor = [], ends[0]
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if end is not None and end <= cursor:
            continue
        if start > cursor:
            out.append((cursor, start))
        if end is None:
            return out
        cursor = max(cursor, end)
    out.append((cursor, None))
    return out


# --- the date -------------------------------------------------------------------------

def _best_region(constraints: list[dict]) -> tuple[list[tuple], list[bool]]:
    """The spans of days on which the most constraints hold (earliest first), and which of
    the constraints hold on the first of them."""
    points = sorted({p for c in constraints for iv in c["intervals"] for p in iv if p is not None})
    if not points:
        return [(None, None)], [True] * len(constraints)
    cuts = [None, *points]
    segments = [(cuts[k], cuts[k + 1] if k + 1 < len(cuts) else None) for k in range(len(cuts))]

    def held(segment):
        probe = segment[0] if segment[0] is not None else segment[1] - timedelta(days=1)
        return [any(_covers(iv, probe) for iv in c["intervals"]) for c in constraints]

    scores = [sum(held(s)) for s in segments]
    best = max(scores)
    runs: list[tuple] = []          # adjacent best segments join into one run
    for s, score in zip(segments, scores):
        if score != best:
            continue
        if runs and runs[-1][1] == s[0]:
            runs[-1] = (runs[-1][0], s[1])
        else:
            runs.append(s)
    return runs, held(runs[0])


def article_date(article: Article, actors=None) -> DateEstimate:
    """The article's date: the dateline's if there is one, else estimated from the text.

    The estimate keeps the span of days on which most of the constraints hold; a
    constraint that does not hold there (a wrong title, a date the article quotes from
    a later report) is kept in the steps with ``holds`` False."""
    day, line, sentence_id = dateline_date(article)
    if day:
        steps = pd.DataFrame([{"step": "dateline", "evidence": line, "constraint": f"on {day}",
                               "holds": True, "sentence_ids": sentence_id}], columns=STEP_COLUMNS)
        return DateEstimate(day, day, "dateline", steps)
    if actors is None:
        from scripts.actors import find_actors
        actors = find_actors(article)
    constraints: list[dict] = []
    latest: dict | None = None
    days_without_year = []
    for s in article.sentences:
        for found in written_dates(s.text):
            if found["future"]:
                continue
            if found["kind"] == "day":
                days_without_year.append((found, s.id))
                continue
            start = as_date(found) if found["kind"] == "date" else date(found["year"], 1, 1)
            if start and (latest is None or start > latest["start"]):
                latest = {"start": start, "text": found["text"], "ids": [s.id]}
            elif start and latest and start == latest["start"]:
                latest["ids"].append(s.id)
    if latest:
        constraints.append({"step": "latest date written in the text", "evidence": f"“{latest['text']}”",
                            "intervals": [(latest["start"], None)], "ids": latest["ids"]})
    for (actor, office, country, former), group in titled_mentions(actors).groupby(
            ["actor", "office", "country", "former"], sort=False):
        terms = _term_intervals(_terms_for(actor, office, country))
        if not terms:
            continue
        role = group.role.iloc[0]
        intervals = _gaps_after(terms) if former else terms
        if not intervals:
            continue
        what = f"{office}{' of ' + country if country else ''}"
        constraints.append({"step": f"{'former ' if former else ''}{what}: {actor}",
                            "evidence": f"“{role}”", "intervals": intervals, "ids": list(group.sentence_id)})
    if not constraints:
        steps = pd.DataFrame([{"step": "no dateline, dated reference or titled officeholder",
                               "evidence": "", "constraint": "any date", "holds": True, "sentence_ids": ""}],
                             columns=STEP_COLUMNS)
        return DateEstimate(None, None, "unknown", steps)
    region = _best_region(constraints)[0][0]
    # a weekday with a day of the month fixes the year, within the range found so far
    low_year = region[0].year if region[0] else oh.as_of().year - 10
    high_year = (region[1] or oh.as_of() + timedelta(days=366)).year
    for found, sentence_id in days_without_year:
        if not found["weekday"]:
            continue
        fits = [y for y in range(low_year, high_year + 1)
                if as_date({**found, "year": y}) and WEEKDAYS[as_date({**found, "year": y}).weekday()]
                == found["weekday"] and _covers(region, as_date({**found, "year": y}))]
        if len(fits) == 1:
            constraints.append({"step": "weekday and day of the month", "evidence": f"“{found['text']}” fits {fits[0]} only",
                                "intervals": [(as_date({**found, "year": fits[0]}), None)], "ids": [sentence_id]})
    runs, holds = _best_region(constraints)
    region = runs[0]
    rows = [{"step": c["step"], "evidence": c["evidence"], "constraint": " or ".join(_fmt(iv) for iv in c["intervals"]),
             "holds": ok, "sentence_ids": "; ".join(dict.fromkeys(c["ids"]))}
            for c, ok in zip(constraints, holds)]
    if len(runs) > 1:       # the evidence is split: the earliest span is kept, the others named
        rows.append({"step": "equally supported", "evidence": "as many constraints hold on other days",
                     "constraint": " or ".join(_fmt(r) for r in runs[1:]), "holds": False, "sentence_ids": ""})
    low, end = region
    high = end - timedelta(days=1) if end is not None else None
    return DateEstimate(low, high, "estimated", pd.DataFrame(rows, columns=STEP_COLUMNS))


# --- titles against the table ------------------------------------------------------------

TITLE_COLUMNS = ["actor", "title", "office", "country", "verdict", "why", "source", "sentence_ids"]


def _surname(actor: str) -> str:
    return actor.split()[-1]


def title_checks(article: Article, actors=None, when: DateEstimate | None = None) -> pd.DataFrame:
    """Each title the article gives a person, checked against the officeholder table on the
    article's date (or over its estimated range). Verdicts: consistent, wrong, uncertain
    (true on part of the range only), not in the table (the person or the office is not
    recorded: nothing is concluded)."""
    if actors is None:
        from scripts.actors import find_actors
        actors = find_actors(article)
    when = when or article_date(article, actors)
    bounds = when.bounds()
    rows = []
    for (actor, role, office, country, former), group in titled_mentions(actors).groupby(
            ["actor", "role", "office", "country", "former"], sort=False):
        ids = "; ".join(dict.fromkeys(group.sentence_id))
        base = {"actor": actor, "title": role, "office": office, "country": country, "sentence_ids": ids}
        terms = _terms_for(actor, office, country)
        if terms.empty and bounds is not None and not former:
            # the person is not recorded in this office: wrong when the table knows who held it then
            other = _someone_else(actor, office, country, bounds)
            if other:
                rows.append(base | other)
                continue
        if terms.empty or bounds is None:
            why = ("the article's date is unknown" if bounds is None and not terms.empty else
                   f"the table has no {office} term for {actor}" if len(oh.terms(actor)) else
                   f"{actor} is not in the table")
            rows.append(base | {"verdict": "not in the table" if terms.empty else "not checked",
                                "why": why, "source": ""})
            continue
        low, high = bounds
        intervals = _term_intervals(terms)
        at_low = any(_covers(iv, low) for iv in intervals)
        at_high = any(_covers(iv, high) for iv in intervals)
        within = any((s is None or s <= high) and (e is None or e > low) for s, e in intervals)
        throughout = at_low and at_high and all(
            any(_covers(iv, s) for iv in intervals) for s, _ in intervals if low < s <= high)
        span = _article_dates(low, None if when.high is None else high)
        part = (f"for part of the article's possible dates ({low} or later)" if when.high is None
                else f"for part of the article's possible dates ({low} to {high})")
        source = "; ".join(dict.fromkeys(terms.source))
        term_text = "; ".join(f"{r.office} of {r.country} {_term((r.start, r.end))}" for r in terms.itertuples())
        if former:
            if not within:
                verdict, why = "consistent", f"out of office {span}: {term_text}"
            elif throughout:
                verdict, why = "wrong", f"called former, but in office {span}: {term_text}"
            else:
                verdict, why = "uncertain", f"in office {part}: {term_text}"
        else:
            if throughout:
                verdict, why = "consistent", f"in office {span}: {term_text}"
            elif not within:
                verdict, why = "wrong", f"not in office {span}: {term_text}"
            else:
                verdict, why = "uncertain", f"in office {part}: {term_text}"
        rows.append(base | {"verdict": verdict, "why": why, "source": source})
    return pd.DataFrame(rows, columns=TITLE_COLUMNS)


def _someone_else(actor: str, office: str, country: str, bounds: tuple[date, date]) -> dict | None:
    """verdict, why and source when the table records other holders of the office the title
    names, on every day of the range, and the person is not one of them ("Russian Foreign
    Minister Maria Zakharova": Lavrov held it; she was the ministry's spokeswoman)."""
    persons = oh.resolve(actor)
    if len(persons) != 1:
        return None
    low, high = bounds
    own = oh.offices_held(actor, low)
    countries = [country] if country else list(dict.fromkeys(own.country))
    for place in countries:
        holders = list(dict.fromkeys(oh.holder(office, place, low) + oh.holder(office, place, high)))
        if not holders or persons[0] in holders or not oh.holder(office, place, low) \
                or not oh.holder(office, place, high):
            continue
        table = oh.load()
        rows = table[(table.country == place) & table.person.isin(holders)
                     & table.office.map(lambda o: oh.office_matches(o, office))]
        held = "; ".join(f"{r.office} of {r.country} {_term((r.start, r.end))}" for r in own.itertuples())
        span = _article_dates(low, high)
        return {"verdict": "wrong",
                "why": f"the table's {office} of {place} {span}: {', '.join(holders)}"
                       + (f"; {actor} then: {held}" if held else ""),
                "source": "; ".join(dict.fromkeys(rows.source))}
    return None


# --- sources of claims ---------------------------------------------------------------------

CLAIM_CHECK_COLUMNS = ["check", "claimant", "issues", "sources", "source_sides", "finding", "sentence_ids"]


def claim_sources(article: Article, claims: pd.DataFrame | None = None, actors=None) -> pd.DataFrame:
    """Claims with no source (stated in the article's own voice), and issues on which every
    sourced claim rests on sources of one side only."""
    if actors is None:
        from scripts.actors import find_actors
        actors = find_actors(article)
    if claims is None:
        from scripts.demands import find_claims
        claims = find_claims(article, actors)
    rows = []
    # one definition of an unsourced claim for every chapter (scripts.counts)
    for c in counts.unsourced_table(claims).itertuples():
        rows.append({"check": "no source", "claimant": c.claimant, "issues": c.issues, "sources": "",
                     "source_sides": "",
                     "finding": ("stated in the article's own voice, with no source named"
                                 if c.authority == "unattributed" else
                                 f"reported from sources the article does not name ({c.source})"),
                     "sentence_ids": c.sentence_id})
    sourced = claims[claims.source != ""]
    by_issue: dict[str, list] = {}
    for c in sourced.itertuples():
        for issue in filter(None, c.issues.split(";")):
            by_issue.setdefault(issue.strip(), []).append(c)
    for issue, group in by_issue.items():
        names = list(dict.fromkeys(n for c in group for n in c.source.split("; ")))
        sides = [actors.side_of(n) for n in names]
        if all(sides) and len(set(sides)) == 1:
            rows.append({"check": "one side's sources only", "claimant": "; ".join(dict.fromkeys(c.claimant for c in group)),
                         "issues": issue, "sources": "; ".join(names), "source_sides": sides[0],
                         "finding": (f"the only sourced claim on {issue} rests on {sides[0]}'s sources"
                                     if len(group) == 1 else
                                     f"{'both' if len(group) == 2 else f'all {len(group)}'} sourced claims "
                                     f"on {issue} rest on {sides[0]}'s sources"),
                         "sentence_ids": "; ".join(dict.fromkeys(c.sentence_id for c in group))})
    return pd.DataFrame(rows, columns=CLAIM_CHECK_COLUMNS)


# --- errors of fact, checked by hand ---------------------------------------------------------

FACT_COLUMNS = ["sentence_id", "words", "error", "correct", "source"]


def fact_checks_path(article: Article):
    from scripts.paths import DATA
    return DATA / "hand_coding" / "facts" / f"{article.name}.csv"


def fact_checks(article: Article) -> pd.DataFrame:
    """The errors of fact a reader found in the article by hand, each with the public
    record that settles it (see ``scripts/data/hand_coding/README.md``); empty for an
    article nobody checked. Every row's ``words`` must stand in its sentence: a hand
    coding of another text, or of an edited one, is refused."""
    path = fact_checks_path(article)
    if not path.exists():
        return pd.DataFrame(columns=FACT_COLUMNS)
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    sentences = {s.id: s.text for s in article.sentences}
    for row in table.itertuples():
        if row.words not in sentences.get(row.sentence_id, ""):
            raise ValueError(f"{path.name}: {row.sentence_id} does not contain {row.words!r}")
    return table[FACT_COLUMNS].reset_index(drop=True)


def fact_caveats(article: Article, table: pd.DataFrame, column: str = "expression") -> list[str]:
    """For each row of a table of the article's words (``sentence_id`` and the words in
    ``column``, e.g. the time expressions of :func:`scripts.synthesis.timeline`), the caveat
    the hand-checked errors of :func:`fact_checks` give it, as the key finding on the
    article's errors states it: 'the article's error, checked by hand: Russia annexed Crimea
    in March 2014 and ...'. Empty for words no checked error contains."""
    facts = fact_checks(article)
    caveats = []
    for row in table.itertuples():
        words = str(getattr(row, column))
        found = facts[(facts.sentence_id == row.sentence_id) & facts.words.map(lambda w: words in w)]
        caveats.append("; ".join(f"the article's error, checked by hand: {f.correct}" for f in found.itertuples()))
    return caveats


# --- byline and date --------------------------------------------------------------------------

FURNITURE_COLUMNS = ["check", "found", "evidence", "sentence_ids"]


def furniture_checks(article: Article, when: DateEstimate | None = None) -> pd.DataFrame:
    """Whether the article names its author (a byline) and gives its date (a dateline or a
    publication line); both are what a reader cites an article by."""
    bylines = [line for line in article.dropped if furniture_kind(line) == "byline"]
    day, line, sentence_id = dateline_date(article)
    partial = next((d for d in article.dropped if any(w["kind"] == "day" for w in written_dates(d))), "")
    rows = [{"check": "byline", "found": bool(bylines),
             "evidence": "; ".join(bylines) or "no byline: the author is not named", "sentence_ids": ""},
            {"check": "date", "found": day is not None,
             "evidence": (f"{line} ({day})" if day else
                          f"{partial} gives a day but no year" if partial else "no dateline or publication date")
             + ("" if day or when is None else f"; estimated from the text: {when.describe()}"),
             "sentence_ids": sentence_id}]
    return pd.DataFrame(rows, columns=FURNITURE_COLUMNS)


# --- the side chain's officeholder step --------------------------------------------------------

def sides_from_table(article: Article, analysis) -> None:
    """Give a person the text names with no title or side the side the officeholder table
    gives at the article's date, and show that step in the side chain. Only where the text
    says nothing: a side found in the text is never replaced."""
    people = analysis.actors[(analysis.actors.type == "person") & (analysis.actors.side == "")]
    if people.empty:
        return
    when = article_date(article, analysis)
    bounds = when.bounds()
    if bounds is None:
        return
    low, high = bounds
    from scripts.actors import _common_words
    for index, person in people.iterrows():
        if " " not in person.actor and person.actor.lower() in _common_words():
            continue        # a lone "Price" or "Bishop" may be anyone: the table is not asked
        found = oh.side_between(person.actor, low, None if when.basis == "dateline" else high)
        if found:
            side, reason = found
            analysis.actors.at[index, "side"] = side
            analysis.actors.at[index, "side_chain"] = f"{_surname(person.actor)} -> officeholder table: {reason} -> {side}"
    analysis.__dict__.pop("_sides", None)      # the side_of cache is rebuilt from the table
