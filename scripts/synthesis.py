"""The analyses brought together: who acts, what each side wants, when things
happen, and what the article leaves out.

Everything here reads the exported tables (``scripts.analyze.tables_for``), so
the synthesis says nothing the tables do not; the timeline alone goes back to
the text, for the time expressions no table holds.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

import pandas as pd

from scripts import counts
from scripts.dates import Anchor, anchor_date, as_date, written_dates  # noqa: F401 (Anchor: re-exported)
from scripts.reader import Article

# --------------------------------------------------------------------------
# Actors, demands and positions

OVERVIEW_COLUMNS = ["actor", "type", "side", "mentions", "statements", "claims",
                    "supports", "opposes", "sentence_ids"]


def in_article_order(ids) -> list[str]:
    """Sentence ids ('P05.S2'), each once, in the order they stand in the article."""
    def position(sentence_id: str) -> tuple[int, int]:
        paragraph, sentence = sentence_id.split(".")
        return int(paragraph[1:]), int(sentence[1:])
    return sorted(dict.fromkeys(ids), key=position)


def _issues(claims: pd.DataFrame, position: int) -> str:
    part = claims[claims.position == position]
    issues = [i for cell in part.issues for i in str(cell).split(";") if i]
    return "; ".join(dict.fromkeys(issues))


def actor_overview(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per actor: how often named, how often heard (statements it makes
    in the quotes table), how many claims it makes, and the issues it supports
    and opposes. News media are left out: they are sources, not parties."""
    from scripts.counts import statements_table
    actors, claims = tables["actors"], tables["demands"]
    statements = statements_table(tables["quotes"])      # reporting acts, each with its sources
    rows = []
    for actor in actors[actors.type != "media"].itertuples(index=False):
        own = claims[claims.claimant == actor.actor]
        heard = statements[[actor.actor in s.split("; ") for s in statements.sources]]
        ids = in_article_order([*heard.sentence_id, *own.sentence_id])
        rows.append({"actor": actor.actor, "type": actor.type, "side": actor.side,
                     "mentions": int(actor.mentions), "statements": len(heard),
                     "claims": len(own), "supports": _issues(own, 1),
                     "opposes": _issues(own, -1), "sentence_ids": ";".join(ids)})
    return pd.DataFrame(rows, columns=OVERVIEW_COLUMNS)


def side_positions(claims: pd.DataFrame) -> pd.DataFrame:
    """Per side: claims made, and the issues it supports, opposes, or accepts
    only on a condition (position 0), with the sentences they rest on.

    Positions come from the side's own words and named sources
    (``demands.voice``); ``article_only`` lists the issues on which only the
    writer or analysts give the side a stance, so that the article's reading of
    a party is not taken for the party's own."""
    from scripts import demands

    if "voice" not in claims:
        claims = claims.assign(voice=[demands.voice(r.source, r.authority, r.hedge, r.claimant)
                                      for r in claims.itertuples()])
    rows = []
    for side, part in claims[claims.side != ""].groupby("side", sort=False):
        own = part[part.voice.isin(["own words", "named source"])]
        own_issues = {i for cell in own.issues for i in str(cell).split(";") if i}
        article = [i for cell in part[~part.index.isin(own.index)].issues for i in str(cell).split(";")
                   if i and i not in own_issues]
        rows.append({"side": side, "claims": len(part), "supports": _issues(own, 1),
                     "opposes": _issues(own, -1), "conditional": _issues(own, 0),
                     "article_only": "; ".join(dict.fromkeys(article)),
                     "sentence_ids": ";".join(in_article_order(part.sentence_id))})
    out = pd.DataFrame(rows, columns=["side", "claims", "supports", "opposes", "conditional",
                                      "article_only", "sentence_ids"])
    return out.sort_values("claims", ascending=False, kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------
# What the article leaves out

def voiceless(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Parties named but never heard: actors (news media aside) with no
    statement of their own in the quotes table. ``heard_through`` lists the
    speakers of the same side who are heard, if any; ``claims`` counts the
    claims the article attributes to the actor anyway (in its own voice or
    on others' report)."""
    overview = actor_overview(tables)
    quotes = tables["quotes"]
    speakers_by_side = {side: list(dict.fromkeys(part.speaker))
                        for side, part in quotes[quotes.side != ""].groupby("side")}
    silent = overview[overview.statements == 0]
    rows = []
    for actor in silent.itertuples(index=False):
        others = [s for s in speakers_by_side.get(actor.side, []) if s != actor.actor]
        mentioned_in = tables["actors"].set_index("actor").loc[actor.actor, "sentences"]
        rows.append({"actor": actor.actor, "type": actor.type, "side": actor.side,
                     "mentions": actor.mentions, "claims": actor.claims,
                     "heard_through": "; ".join(others),
                     "sentence_ids": str(mentioned_in).replace("; ", ";")})
    return pd.DataFrame(rows, columns=["actor", "type", "side", "mentions", "claims",
                                       "heard_through", "sentence_ids"])


def unsourced_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims that name no source (:func:`scripts.counts.unsourced_table`): the article's
    own voice, or analysts it does not name."""
    part = counts.unsourced_table(claims)
    return part[["claimant", "side", "form", "demand", "hedge", "sentence_id"]].reset_index(drop=True)


def silent_sides(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Sides (states or blocs) that some actor belongs to but no one speaks for."""
    actors, quotes = tables["actors"], tables["quotes"]
    heard = set(quotes.side[quotes.side != ""])
    sides = actors.side[(actors.side.fillna("") != "") & (actors.type != "media")]
    return [s for s in dict.fromkeys(sides) if s not in heard]


# --------------------------------------------------------------------------
# Timeline

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_YEAR = r"((?:19|20)\d{2})"

# A month and year ("March 2025"); full dates and days of a month are read by scripts.dates.
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+{_YEAR}\b")

# (pattern, kind); the first group, when present, is the word that fixes the time.
_RELATIVE = [
    (re.compile(r"\b(?:on|last|this|next|since|by|until)?\s*\b(Monday|Tuesday|Wednesday|Thursday|Friday|"
                r"Saturday|Sunday)\b", re.I), "weekday"),
    (re.compile(r"\b(yesterday|today|tonight|tomorrow)\b", re.I), "day"),
    (re.compile(r"\b(last|this|next|past)\s+(year|month|week)\b", re.I), "period"),
    (re.compile(r"\b(?:in\s+)?the\s+(coming|next|past|last)\s+(days|weeks|months|years)\b", re.I), "span"),
    (re.compile(r"\b(earlier|later)\s+this\s+(year|month|week)\b", re.I), "period"),
]
_YEAR_ONLY = re.compile(rf"\b(since|from|in|until|by|of|before|after)?\s*\b{_YEAR}\b(?!-)", re.I)

TIMELINE_COLUMNS = ["sentence_id", "expression", "kind", "resolved", "status", "text", "event"]
# "since 2022", "for three years": a span of time that runs to the article's present,
# not an event of the year it names
_DURATION = re.compile(r"^(?:since|for|throughout|over)\b", re.I)


def _resolve(kind: str, words: tuple[str, ...], anchor: date) -> str:
    """The calendar date or period a relative expression names, counted from ``anchor``."""
    if kind == "weekday":
        # news usage: 'on Thursday' is the most recent Thursday, the day itself included
        back = (anchor.weekday() - _WEEKDAYS[words[0].lower()]) % 7
        return (anchor - timedelta(days=back)).isoformat()
    if kind == "day":
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[words[0].lower()]
        return (anchor + timedelta(days=shift)).isoformat()
    if kind == "period":
        which, unit = words[0].lower(), words[1].lower()
        step = {"last": -1, "past": -1, "this": 0, "earlier": 0, "later": 0, "next": 1}[which]
        if unit == "year":
            return str(anchor.year + step)
        if unit == "month":
            month = (anchor.month - 1 + step) % 12 + 1
            year = anchor.year + (anchor.month - 1 + step) // 12
            return f"{year}-{month:02d}"
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        return f"week of {monday.isoformat()}"
    # 'the coming weeks': a span with no end the text fixes
    direction = "after" if words[0].lower() in ("coming", "next") else "before"
    return f"{words[1].lower()} {direction} {anchor.isoformat()}"


_AUXILIARIES = {"be", "is", "are", "was", "were", "been", "being", "am", "has", "have", "had", "having",
                "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must"}
_VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
_OBJECT_TAGS = {"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS"}
# What ends the clause a time expression belongs to
_CLAUSE_BREAK = {",", ";", ":", "that", "which", "who", "while", "as", "because", "when", "where", "if"}


def _verb_group(toks, i: int, stop: int | None = None) -> str:
    """The verb at token ``i`` with its auxiliaries before it and a short object or
    complement after it: 'had recaptured Sudzha', 'will be crucial'."""
    start = i
    while start > 0 and (toks[start - 1][0].lower() in _AUXILIARIES or toks[start - 1][1] in {"MD", "RB"}
                         and toks[start - 1][0].lower() not in {"not", "never"} and start - 1 > 0
                         and toks[start - 2][0].lower() in _AUXILIARIES):
        start -= 1
    end = i + 1
    while end < len(toks) and end - i <= 3 and toks[end][1] in _OBJECT_TAGS \
            and (stop is None or toks[end][2] < stop):
        end += 1
    while end > i + 1 and toks[end - 1][1] in {"DT", "PRP$", "POS", "JJ"}:
        end -= 1                                     # an object cut short keeps no dangling article
    return " ".join(t[0] for t in toks[start:end])


def dated_event(text: str, start: int, end: int) -> str:
    """The event a time expression at ``text[start:end]`` dates: the noun it
    qualifies when it follows one directly ('demands from 2021' -> 'demands'),
    otherwise the content verb of its clause, looked for first to the left
    ('Kyiv had captured last year') then to the right ('On Thursday, officials
    announced'). Empty when the clause has no verb."""
    from scripts import nlp

    toks = [(w, t, a, b) for w, t, a, b in nlp.tagged_spans(text) if b > a]
    before = [k for k, t in enumerate(toks) if t[3] <= start]
    after = [k for k, t in enumerate(toks) if t[2] >= end]
    first_word = text[start:end].split()[0].lower()
    if before and first_word in {"from", "of", "since"} and toks[before[-1]][1] in {"NN", "NNS"}:
        k = before[-1]
        head = k
        while head > 0 and toks[head - 1][1] in {"NN", "NNS", "JJ", "CD"}:
            head -= 1
        phrase = " ".join(t[0] for t in toks[head:k + 1])
        # the last conjunct of 'annexation of Crimea and four other regions': the whole
        # coordination with what it belongs to, since the date may be read of every conjunct
        if head >= 2 and toks[head - 1][0] == "and":
            of = next((j for j in range(head - 2, max(head - 8, 0), -1) if toks[j][0] == "of"), None)
            if of and toks[of - 1][1] in {"NN", "NNS"}:
                return text[toks[of - 1][2]:toks[k][3]]
        return phrase
    for k in reversed(before):                      # the clause to the left
        word, tag = toks[k][0], toks[k][1]
        if word.lower() in _CLAUSE_BREAK:
            break
        if tag in _VERB_TAGS and word.lower() not in _AUXILIARIES:
            return _verb_group(toks, k, start)
    auxiliaries = []
    for k in after:                                 # the clause to the right
        word, tag = toks[k][0], toks[k][1]
        if word.lower() in {";", ":", "that", "which", "who"}:
            break
        if tag in _VERB_TAGS or tag == "MD":
            if word.lower() not in _AUXILIARIES:
                return _verb_group(toks, k)
            auxiliaries.append(k)
        elif auxiliaries and tag == "JJ":           # a copula and its adjective: 'will be crucial'
            return " ".join(t[0] for t in toks[auxiliaries[0]:k + 1])
    return ""


# "His arrival follows talks in Jeddah", "following his meeting with X", "ahead of the summit":
# the article orders two events without dating them.
_ORDERING = re.compile(r"\b(?i:(?P<cue>follows|followed|following|after|before|ahead of|preceded|precedes|"
                       r"in the wake of|prior to))\s+(?P<other>(?i:(?:the|his|her|its|their|a|an)\s+)?"
                       r"(?:[\w.'\u2019-]+\s+){0,5}?(?i:talks|meeting|summit|visit|arrival|call|"
                       r"negotiations|attack|offensive|election|vote|deal|agreement|ceasefire|truce|"
                       r"announcement|interview|speech|strike|strikes|invasion|annexation|withdrawal)"
                       r"(?:\s+(?:in|with|at|on|between)\s+(?:[a-z]+\s+)?[A-Z][\w'\u2019-]*(?:\.[A-Z]\.?)?"
                       r"(?:\s+(?:[a-z]+\s+)?[A-Z][\w'\u2019-]*)*)?)")
_AFTER_CUES = {"follows", "followed", "following", "after", "in the wake of"}

EVENT_ORDER_COLUMNS = ["sentence_id", "event", "relation", "other_event", "cue"]


def event_order(article: Article) -> pd.DataFrame:
    """Events the article relates to one another without a date: 'His arrival in
    Moscow follows U.S.-Ukraine talks in Jeddah' gives (arrival in Moscow, after,
    U.S.-Ukraine talks in Jeddah). ``event`` is the subject or clause the cue
    follows; ``relation`` is 'after' or 'before'."""
    rows = []
    for sentence in article.sentences:
        text = sentence.text
        for m in _ORDERING.finditer(text):
            cue = m.group("cue").lower()
            relation = "after" if cue in _AFTER_CUES else "before"
            if cue == "preceded" or cue == "precedes":
                relation = "before"
            left = re.split(r"[,;:]\s*|\b(?:that|which)\s+", text[:m.start()])[-1].strip()
            if cue in {"follows", "followed", "precedes", "preceded"}:
                event = left                          # the subject: 'His arrival in Moscow'
            else:
                event = dated_event(text, m.start(), m.end()) or left
            event = re.sub(r"^(?:the|his|her|its|their)\s+", "", event, flags=re.I)
            rows.append({"sentence_id": sentence.id, "event": event, "relation": relation,
                         "other_event": m.group("other").strip(), "cue": m.group("cue")})
    return pd.DataFrame(rows, columns=EVENT_ORDER_COLUMNS)


class _Span:
    """A written date found by :mod:`scripts.dates`, read like the regex matches beside it."""

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, _: int = 0) -> str:
        return self._text[self._start:self._end]


def timeline(article: Article) -> pd.DataFrame:
    """Every time expression of the article, in text order, with the date it
    resolves to and the event it dates (:func:`dated_event`).

    A duration ('since 2022') is kind 'duration' and resolves to '2022 onward':
    it says how long something has lasted, not that it happened in that year.

    ``kind`` is 'date' (a full date), 'month' ('March 2025'), 'year' ('since
    2022'), or a relative kind ('day-month', 'weekday', 'day', 'period', 'span'). Full dates and years resolve to
    themselves; relative ones only against the article's :func:`anchor_date`,
    and are marked unresolved when the article gives none.
    """
    anchor = anchor_date(article)
    rows = []
    for sentence in article.sentences:
        text = sentence.text
        taken: list[tuple[int, int]] = []

        def add(match, kind, resolved, status):
            if any(a < match.end() and match.start() < b for a, b in taken):
                return
            taken.append(match.span())
            expression = match.group(0).strip()
            if _DURATION.match(expression) and kind in ("year", "month", "date", "day-month"):
                kind, status = "duration", f"a span from {resolved or expression} on, not an event of that time"
                resolved = f"{resolved} onward" if resolved else ""
            start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            rows.append({"sentence_id": sentence.id, "expression": expression,
                         "kind": kind, "resolved": resolved, "status": status, "text": text,
                         "event": dated_event(text, start, start + len(expression)),
                         "_at": match.start()})

        for found in written_dates(text):
            if found["kind"] == "year":
                continue        # read below, with the word before it ("since 2022")
            span = _Span(text, found["start"], found["end"])
            if found["kind"] == "date":
                day = as_date(found)
                if day:
                    is_anchor = anchor is not None and sentence.id == anchor.sentence_id
                    add(span, "date", day.isoformat(), "the article's date" if is_anchor else "stated")
            elif anchor is None:
                add(span, "day-month", "", "unresolved: the article gives no year to count from")
            else:
                add(span, "day-month", f"{anchor.day.year}-{found['month']:02d}-{found['day']:02d}",
                    f"year of {anchor.day.isoformat()}")
        for match in _MONTH_YEAR.finditer(text):
            add(match, "month", f"{match.group(2)}-{_MONTHS[match.group(1).lower().rstrip('.')]:02d}",
                "stated")
        for pattern, kind in _RELATIVE:
            for match in pattern.finditer(text):
                words = tuple(g for g in match.groups() if g)
                if anchor is None:
                    add(match, kind, "", "unresolved: the article gives no date to count from")
                else:
                    add(match, kind, _resolve(kind, words, anchor.day),
                        f"counted from {anchor.day.isoformat()}")
        for match in _YEAR_ONLY.finditer(text):
            add(match, "year", match.group(2), "stated")
    frame = pd.DataFrame(rows, columns=[*TIMELINE_COLUMNS, "_at"])
    order = {s.id: s.index for s in article.sentences}
    frame = frame.assign(_order=frame.sentence_id.map(order))
    frame = frame.sort_values(["_order", "_at"], kind="stable")
    return frame[TIMELINE_COLUMNS].reset_index(drop=True)
