"""The counts the report's prose uses, each defined once.

Every chapter that writes "N actors", "N sections", "N statements", "N claims"
or "N parties" takes N from a function here, so that two chapters never count
the same thing two ways. Each docstring is the definition a reader can cite.

* :func:`sections`   parts of the body: the lead and each cross-headed section
* :func:`actors`     canonical actors the article names (news media included)
* :func:`statements` reporting acts, each with its sources (:func:`statements_table`)
* :func:`speakers`   actors heard in at least one statement
* :func:`attributions` each source of each reporting verb (a statement citing two
  sources is two attributions); chapter 4 adds the veiled ones (:func:`veiled`)
* :func:`claims`     claim records, a claim the headline repeats counted once
* :func:`unsourced`  claims that name no source: the writer's own or unnamed analysts'
* :func:`unsourced_credits` those claims by whom the article credits them to: no one
  (its own voice), people it does not name (officials, leaders), or analysts
* :func:`claimants`  actors that make at least one claim
* :func:`parties`    sides that make at least one claim
"""
from __future__ import annotations

import pandas as pd

from scripts.reader import HEADLINE, Article

STATEMENT_COLUMNS = ["sources", "verbs", "kind", "side", "text", "sentence_id"]
# Participles that go on with the act of the clause before ("reiterated X, warning that Y"):
# the same speaker, in the same sentence, in the same act of saying.
_CONTINUING = ("ing",)


def sections(article: Article) -> int:
    """Sections of the article: the lead (the body before the first cross-heading)
    and each part of the body that opens with a cross-heading. The headline (title
    and standfirst) names the article and is not a section."""
    return len(section_names(article))


def section_names(article: Article) -> list[str]:
    """The names of the :func:`sections`, in reading order."""
    return list(dict.fromkeys(s.section for s in article.sentences if s.section != HEADLINE))


def actors(actors_table: pd.DataFrame) -> int:
    """Actors of the article: the canonical actors the actors analysis names (one row
    of the actors table each: states, organisations, persons, groups and news media).
    Places that only locate events are not actors."""
    return len(actors_table)


def statements_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per reporting act: a speaker's (or several sources') act of saying.

    Rows of the quotes table are speakers of a verb. They make one act when:

    * several sources share one reporting verb ("Reports from Reuters and Bloomberg
      indicate that…" is one statement with two sources);
    * a participle continues the act of the clause before it, for the same speaker
      ("reiterated Moscow's opposition…, warning that…");
    * a verb stands inside what another source reports (the quotes table's ``via``:
      "Reuters indicates that Russia has outlined demands" is Reuters' statement;
      Russia is not heard in it).

    Columns: sources ('; '-separated), verbs, kind, side (of the sources when they
    share one, else empty), text, sentence_id.
    """
    rows: list[dict] = []
    if quotes.empty:
        return pd.DataFrame(rows, columns=STATEMENT_COLUMNS)
    # a table with fewer columns (a hand-made one) lacks only what tells acts apart
    quotes = quotes.assign(**{c: "" for c in ("verb", "text", "via", "side") if c not in quotes})
    own = quotes[(quotes.speaker != "") & (quotes.via.fillna("") == "")]
    for (sentence_id, verb, kind, text), group in own.groupby(
            ["sentence_id", "verb", "kind", "text"], sort=False):
        sources = list(dict.fromkeys(group.speaker))
        sides = set(group.side.fillna(""))
        previous = rows[-1] if rows else None
        if (previous and previous["sentence_id"] == sentence_id and kind == "indirect"
                and str(verb).endswith(_CONTINUING) and previous["sources"] == "; ".join(sources)):
            previous["verbs"] += "; " + verb
            continue
        rows.append({"sources": "; ".join(sources), "verbs": verb, "kind": kind,
                     "side": sides.pop() if len(sides) == 1 else "", "text": text,
                     "sentence_id": sentence_id})
    return pd.DataFrame(rows, columns=STATEMENT_COLUMNS)


def statements(quotes: pd.DataFrame) -> int:
    """Statements of the article: reporting acts (:func:`statements_table`), each
    counted once however many sources it cites."""
    return len(statements_table(quotes))


def statements_of(quotes: pd.DataFrame, speaker: str) -> int:
    """Statements (:func:`statements_table`) that cite ``speaker`` among their sources."""
    table = statements_table(quotes)
    return int(sum(speaker in s.split("; ") for s in table.sources))


def speakers(quotes: pd.DataFrame) -> int:
    """Speakers of the article: actors cited as a source of at least one statement."""
    table = statements_table(quotes)
    return len({name for s in table.sources for name in s.split("; ")})


def attributions_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per attribution: a source named (or described) as the sayer of one
    reporting verb. The rows of the quotes table that have a speaker. They outnumber
    the :func:`statements` where a statement cites several sources ("Reuters and
    Bloomberg indicate": two attributions), where a participle continues an act
    ("reiterated..., warning": two verbs) and where a verb stands inside what another
    source reports ("indicate that Russia has outlined": Russia's *outlined* is an
    attribution made by Reuters and Bloomberg, not a statement the article reports)."""
    if quotes.empty:
        return quotes
    return quotes[quotes.speaker != ""]


def attributions(quotes: pd.DataFrame) -> int:
    """Attributions: the rows of :func:`attributions_table`."""
    return len(attributions_table(quotes))


def veiled(sources_table: pd.DataFrame) -> int:
    """Veiled attributions: those chapter 4's table of sources
    (:func:`scripts.framing.sources`) finds in sentences with no reported speech,
    by a phrase that hides the source ("there are fears", "people familiar with")."""
    if sources_table.empty:
        return 0
    return int((sources_table.found_by != "reported speech").sum())


def extra_attributions(quotes: pd.DataFrame) -> dict[str, int]:
    """Why the :func:`attributions` outnumber the :func:`statements`: the attributions
    that are further sources of a statement ('co-sources'), further verbs of one act
    ('continuing') and verbs inside another source's report ('inside a report')."""
    table = statements_table(quotes)
    co_sources = int(sum(len(s.split("; ")) - 1 for s in table.sources))
    continuing = int(sum(len(v.split("; ")) - 1 for v in table.verbs))
    inside = 0 if quotes.empty or "via" not in quotes else int(
        ((quotes.speaker != "") & (quotes.via.fillna("") != "")).sum())
    return {"co-sources": co_sources, "continuing": continuing, "inside a report": inside}


def claims(claims_table: pd.DataFrame) -> int:
    """Claims of the article: records of the claims table (one per claimant, form,
    issue direction and sentence). A claim the headline and the lead both state is
    one record, its ``repeated_in`` naming the headline sentence."""
    return len(claims_table)


def unsourced_table(claims_table: pd.DataFrame) -> pd.DataFrame:
    """The claims that rest on no named source: stated in the article's own voice
    (authority ``unattributed``), or reported from sources the article does not name
    ("Some analysts believe that Putin may also revisit...": the analysts are no one
    a reader can check). A claim in a party's own words or through a named source is
    sourced. The same claims as the voices ``writer`` and ``analysts`` of
    :data:`scripts.demands.VOICES`."""
    if claims_table.empty:
        return claims_table
    return claims_table[[v in ("writer", "analysts") for v in _voices(claims_table)]]


def unsourced(claims_table: pd.DataFrame) -> int:
    """Unsourced claims: the rows of :func:`unsourced_table`."""
    return len(unsourced_table(claims_table))


UNSOURCED_CREDITS = ("own voice", "unnamed people", "analysts")


def _voices(claims_table: pd.DataFrame) -> list[str]:
    """Each claim's voice; a table without voices (a hand-made one) gets them from the same rule."""
    from scripts.demands import voice          # imported here: demands is the heavier module
    return [getattr(r, "voice", "") or voice(r.source, r.authority, r.hedge, r.claimant)
            for r in claims_table.itertuples()]


def unsourced_credit(claims_table: pd.DataFrame, actors_table: pd.DataFrame) -> pd.Series:
    """Whom the article credits each :func:`unsourced` claim to (:data:`UNSOURCED_CREDITS`),
    indexed as :func:`unsourced_table`:

    * 'analysts': observers or analysts, or the article's guess ('may');
    * 'unnamed people': people it names only by a group noun ("Ukrainian officials signaled
      their willingness", "Many European leaders remain wary"), or unnamed sources
      ("Kremlin sources claim"): a claim is theirs, but no one a reader can check;
    * 'own voice': the article states it of a party or a named person without a source
      ("Russia has expressed scepticism")."""
    if claims_table.empty:
        return pd.Series([], dtype=str)
    # the voices read once: they select the unsourced claims (as unsourced_table does) and sort them
    voices = pd.Series(_voices(claims_table), index=claims_table.index)
    unsourced_voices = voices[voices.isin(("writer", "analysts"))]
    table = claims_table.loc[unsourced_voices.index]
    groups = set(actors_table.actor[actors_table.type == "group"]) if len(actors_table) else set()
    credit = []
    for claim, voice_ in zip(table.itertuples(), unsourced_voices):
        if voice_ == "analysts":
            credit.append("analysts")
        elif claim.claimant in groups or str(claim.source).strip():
            credit.append("unnamed people")
        else:
            credit.append("own voice")
    return pd.Series(credit, index=table.index, dtype=str)


def unsourced_credits(claims_table: pd.DataFrame, actors_table: pd.DataFrame) -> dict[str, int]:
    """The :func:`unsourced` claims counted by :func:`unsourced_credit` (each of
    :data:`UNSOURCED_CREDITS`, 0 when none); the three add up to :func:`unsourced`."""
    credit = unsourced_credit(claims_table, actors_table)
    return {kind: int((credit == kind).sum()) for kind in UNSOURCED_CREDITS}


def unnamed_nouns(claims_table: pd.DataFrame, actors_table: pd.DataFrame) -> list[str]:
    """The nouns by which the article names the unnamed people of :func:`unsourced_credit`
    ('officials', 'leaders', 'sources'), in text order: the last word of each group or source."""
    credit = unsourced_credit(claims_table, actors_table)
    nouns = []
    for claim in claims_table.loc[credit.index[credit == "unnamed people"]].itertuples():
        name = str(claim.source).split("; ")[0] if str(claim.source).strip() else claim.claimant
        nouns.append(name.split()[-1].lower())
    return list(dict.fromkeys(nouns))


def unsourced_note(claims_table: pd.DataFrame, actors_table: pd.DataFrame) -> str:
    """Whom the :func:`unsourced` claims are credited to, in words: '12 in the article's own
    voice, 4 credited to officials or leaders it does not name and 1 to analysts'. Empty
    when there are none."""
    from scripts.briefing import series       # briefing imports this module
    credits = unsourced_credits(claims_table, actors_table)
    nouns = " or ".join(unnamed_nouns(claims_table, actors_table)) or "people"
    parts = [(credits["own voice"], f"{credits['own voice']} in the article's own voice"),
             (credits["unnamed people"], f"{credits['unnamed people']} credited to {nouns} it does not name"),
             (credits["analysts"], f"{credits['analysts']} {'to' if credits['unnamed people'] else 'credited to'} "
                                   f"analysts")]
    return series(text for n, text in parts if n)


def claimants(claims_table: pd.DataFrame) -> int:
    """Claimants: the distinct actors (or, when the actors analysis does not know
    them, the words naming them) that make at least one claim."""
    return int(claims_table.claimant.nunique())


def party_names(claims_table: pd.DataFrame) -> list[str]:
    """The :func:`parties`, the side with most claims first."""
    sides = claims_table.side[claims_table.side != ""]
    return list(sides.value_counts(sort=True).index)


def parties(claims_table: pd.DataFrame) -> int:
    """Parties of the article: the sides (states or blocs) that make at least one
    claim. A claimant of no known side is not a party of its own."""
    return len(party_names(claims_table))


def attributions_note(quotes: pd.DataFrame) -> str:
    """Why there are more :func:`attributions` than :func:`statements`, in words:
    '1 more source of one statement, 1 participle going on with an act and 1 verb
    inside another source's report'. Empty when the two counts agree."""
    from scripts.briefing import counted, series   # briefing imports this module
    extra = extra_attributions(quotes)
    parts = [counted(extra["co-sources"], "further source of a statement", "further sources of a statement"),
             counted(extra["continuing"], "participle going on with an act", "participles going on with an act"),
             counted(extra["inside a report"], "verb inside another source's report",
                     "verbs inside another source's report")]
    return series(p for p, n in zip(parts, extra.values()) if n)
