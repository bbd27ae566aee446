"""Measure the analysis against hand-coded gold sets.

    python -m scripts.evaluate            # Markdown tables, per gold set and overall
    python -m scripts.evaluate --json     # the same, and a last line with one JSON object

The gold sets live in ``tests/data/gold/`` (its README gives the coding rules):

* ``brown-news``: files of the Brown corpus's news category (1961 American press
  reportage, real text no one here wrote), detokenized into plain-text articles;
* ``house-styles``: short articles written for this measure in the house styles of
  wire agencies, a British newspaper, a Russian state agency, a Ukrainian outlet, a
  live blog and a web page pasted with its furniture;
* ``other-conflicts``: the test articles of ``tests/data/articles/``.

Each set has ``<set>_quotes.csv`` (file, quote_start, speaker, notes: direct
quotations with the speaker the text attributes them to), ``<set>_persons.csv``
(file, name, side, type, notes) and ``<set>_claims.csv`` (file, sentence_start,
claimant, form, notes: the sentences in which a named party demands, proposes,
sets a condition, accepts, rejects, disapproves, warns or threatens). Four figures
are measured:

* speaker accuracy: of the gold quotations, the share found among the pipeline's
  direct quotes whose speaker matches (a quotation not found counts as wrong);
* actor recall: of the gold persons, the share found among the actors table's
  canonical names and aliases;
* side accuracy: of the persons found, the share whose side equals the gold side
  (an empty side equals an empty side);
* claim recall: of the gold claims, the share for which the claims table has a claim
  in the sentence that holds ``sentence_start`` whose claimant is the gold claimant
  (a state named as claimant also matches a claim whose claimant or side is that state,
  through the countries table's names, capitals and demonyms: "Moscow insists" is
  Russia's claim, and so is its deputy minister's). Among the claims found, form
  agreement is the share where one matching claim has the gold form; and since every
  claim of a coded file is coded, claim precision is the share of the pipeline's claims
  in those files that a gold claim matches (same sentence, same claimant).

Matching rules (:func:`names_match`, :func:`quote_found`) are written for leniency on
form and strictness on identity: names match when equal, or when their surnames are
equal, the surname is not shared by two different people of the gold file, and one
name's words contain the other's ("Kennedy", "President Kennedy" and "John F.
Kennedy" match; "Tom Williams" and "Carey Williams" do not).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from scripts import analysis_cache
from scripts.paths import DATA, ROOT

GOLD = ROOT / "tests" / "data" / "gold"
BROWN_TEXTS = GOLD / "brown"

# The targets, on real text (the Brown set): each figure at least this. Claims are
# harder to delimit than names, and an outside measure on real reports found 0.2.
TARGETS = {"speaker_accuracy": 0.9, "actor_recall": 0.9, "side_accuracy": 0.9, "claim_recall": 0.6}
REAL_TEXT_SET = "brown-news"


@dataclass(frozen=True)
class GoldSet:
    name: str
    texts: Path          # folder of the articles, <file>.txt
    prefix: str          # <prefix>_quotes.csv and <prefix>_persons.csv in GOLD
    about: str

    @property
    def quotes_csv(self) -> Path:
        return GOLD / f"{self.prefix}_quotes.csv"

    @property
    def persons_csv(self) -> Path:
        return GOLD / f"{self.prefix}_persons.csv"

    @property
    def claims_csv(self) -> Path:
        return GOLD / f"{self.prefix}_claims.csv"

    def text_path(self, file: str) -> Path:
        return self.texts / f"{file}.txt"


GOLD_SETS = [
    GoldSet("brown-news", BROWN_TEXTS, "brown",
            "Brown corpus, news category: American press reportage of 1961, real text no one "
            "here wrote (non-commercial use), detokenized into plain-text articles"),
    GoldSet("house-styles", GOLD / "house", "house",
            "articles written for this measure in the house styles of wire agencies (Reuters, AP), a "
            "British paper, a Russian state agency, a Ukrainian outlet, a live blog and a web page "
            "with its furniture; people invented"),
    GoldSet("other-conflicts", ROOT / "tests" / "data" / "articles", "other",
            "articles on other conflicts (Sudan, Cyprus, Yemen) written for the project's tests"),
]


# --- Brown news as plain-text articles ---------------------------------------

_BROWN_MARKS = {"``": "\u201c", "''": "\u201d", "`": "\u2018", "'": "\u2019"}


def detokenize(tokens: list[str]) -> str:
    """One Brown sentence as printed text: curly quotes for Brown's quote tokens, no space
    before punctuation, and commas and full stops inside a closing quote (American style)."""
    text = " ".join(_BROWN_MARKS.get(t, t) for t in tokens)
    text = re.sub(r"(\S\.) \.(?= |$)", r"\1", text)                 # "Jr. ." ends a sentence once
    text = re.sub(r"([\u201c\u2018(\[$]) ", r"\1", text)
    text = re.sub(r" ([\u201d\u2019,.;:?!)\]%])", r"\1", text)
    text = re.sub(r"\u201d([,.])", "\\1\u201d", text)
    text = re.sub(r"\u2019([,.])(?=\s|$)", "\\1\u2019", text)
    return text


def brown_text(fileid: str) -> str:
    """A Brown news file as an article the reader parses: the title line ``Brown news
    ca01``, then the file's paragraphs separated by blank lines."""
    from nltk.corpus import brown
    paragraphs = [" ".join(detokenize(s) for s in p) for p in brown.paras(fileids=fileid)]
    return f"Brown news {fileid}\n\n" + "\n\n".join(paragraphs) + "\n"


def write_brown_texts(folder: Path = BROWN_TEXTS) -> list[Path]:
    """Write ca01..ca44 into ``folder`` (the stored gold texts are exactly these)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(1, 45):
        path = folder / f"ca{n:02d}.txt"
        path.write_text(brown_text(f"ca{n:02d}"), encoding="utf-8")
        written.append(path)
    return written


# --- matching ----------------------------------------------------------------

_SUFFIXES = {"jr", "sr", "ii", "iii", "3d"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "rev", "the"}


# abbreviated titles of 1960s and current news copy ("Sen. Parkhouse", "Supt. Strickland")
_TITLE_ABBREVIATIONS = {"sen", "rep", "reps", "gov", "lt", "gen", "col", "maj", "capt", "sgt",
                        "supt", "atty", "dist", "msgr", "prof"}


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of the titles in ``titles.csv`` ("judge", "secretary", "foreign"...)."""
    titles = pd.read_csv(DATA / "titles.csv", comment="#", dtype=str)["title"].dropna()
    return frozenset(w for title in titles for w in title.lower().split()) | _TITLE_ABBREVIATIONS


def name_words(name: str) -> list[str]:
    """Lower-case words of a name without punctuation, honorifics, Jr./Sr., or title words
    before the last word ("Judge Parsons" -> ["parsons"]; a surname such as King stays)."""
    words = re.findall(r"[^\W_]+(?:['\u2019-][^\W_]+)*", str(name).lower().replace("\u2019", "'"))
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    words = [w for w in words if w not in _SUFFIXES and w not in _HONORIFICS]
    return [w for i, w in enumerate(words) if i == len(words) - 1 or w not in _title_words()]


def surname(name: str) -> str:
    words = name_words(name)
    return words[-1] if words else ""


def ambiguous_surnames(names) -> set[str]:
    """Surnames that two different people among ``names`` share: neither name's words
    contain the other's ("Tom Williams", "Carey Williams"; not "Kennedy", "John F. Kennedy")."""
    by_surname: dict[str, list[set[str]]] = {}
    for name in set(names):
        words = set(name_words(name))
        if words:
            by_surname.setdefault(surname(name), []).append(words)
    return {s for s, people in by_surname.items()
            if any(not (a <= b or b <= a) for i, a in enumerate(people) for b in people[i + 1:])}


def names_match(gold: str, found: str, ambiguous: set[str] = frozenset()) -> bool:
    """Is ``found`` (a canonical name or an alias) the person ``gold`` names?"""
    g, f = name_words(gold), name_words(found)
    if not g or not f:
        return False
    if g == f:
        return True
    if g[-1] != f[-1] or g[-1] in ambiguous:
        return False
    return set(g) <= set(f) or set(f) <= set(g)


def quote_words(text: str) -> list[str]:
    """Lower-case words of a quotation, for matching that ignores punctuation and quote marks."""
    text = str(text).lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.findall(r"[\w$&]+(?:['.,-][\w]+)*", text)


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def quote_found(quote_start: str, pipeline_text: str) -> bool:
    """Does a pipeline quote hold the gold quotation that begins with ``quote_start``?
    The gold start must lie inside the pipeline quote or, when the pipeline cut the
    quotation short, the pipeline quote (three words at least) inside the gold start."""
    gold, found = quote_words(quote_start), quote_words(pipeline_text)
    if not gold or not found:
        return False
    if _contains(found, gold):
        return True
    return len(found) >= 3 and _contains(gold, found)


def sides_match(gold: str, found: str) -> bool:
    return _side_key(gold) == _side_key(found)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Every name of a country in ``countries.csv`` -> its canonical short name."""
    table = pd.read_csv(DATA / "countries.csv", comment="#", dtype=str).fillna("")
    names = {}
    for row in table.itertuples():
        for name in [row.country, row.alpha_3, *row.aliases.split(";")]:
            if name.strip():
                names[name.strip().lower()] = row.country
    return names


def _side_key(side) -> str:
    side = "" if side is None or (isinstance(side, float) and pd.isna(side)) else str(side).strip()
    return _country_names().get(side.lower(), side).lower()


@lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    """Every way a text names a state as a party -> its canonical name: the names of
    :func:`_country_names`, the capital ("Moscow insists") and the demonym, singular
    and plural ("the Russians' new demand")."""
    table = pd.read_csv(DATA / "countries.csv", comment="#", dtype=str).fillna("")
    names = dict(_country_names())
    for row in table.itertuples():
        demonyms = [d.strip() for d in row.demonyms.split(";") if d.strip()]
        for name in [*row.capital.split(";"), *demonyms, *(d + "s" for d in demonyms)]:
            if name.strip():
                names.setdefault(name.strip().lower(), row.country)
    return names


def state_key(name) -> str:
    """The canonical name of the state ``name`` names, or "" when it names none."""
    words = re.sub(r"\s+", " ", _text(name).strip().replace("U. S.", "U.S.")).lower()
    words = re.sub(r"^the ", "", words)
    return _state_names().get(words, "")


# --- scoring -----------------------------------------------------------------

def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def actor_names(actors: pd.DataFrame) -> dict[str, list[str]]:
    """Canonical actor -> its canonical name and its aliases."""
    names = {}
    for row in actors.itertuples():
        aliases = [a.strip() for a in _text(row.aliases).split(";") if a.strip()]
        names[row.actor] = [row.actor, *aliases]
    return names


def find_person(gold: str, actors: pd.DataFrame, ambiguous: set[str]) -> pd.Series | None:
    """The actors-table row that is the gold person: an exact name first, then an exact
    alias, then a lenient match on the name or an alias."""
    names = actor_names(actors)
    rows = {row.actor: row for _, row in actors.iterrows()}
    key = name_words(gold)
    for actor, forms in names.items():
        if name_words(actor) == key:
            return rows[actor]
    for actor, forms in names.items():
        if any(name_words(form) == key for form in forms[1:]):
            return rows[actor]
    for actor, forms in names.items():
        if any(names_match(gold, form, ambiguous) for form in forms):
            return rows[actor]
    return None


def score_quotes(gold: pd.DataFrame, quotes: pd.DataFrame, actors: pd.DataFrame,
                 ambiguous: set[str] = frozenset()) -> pd.DataFrame:
    """One line per gold quotation: found (among the direct quotes), the speaker(s) the
    pipeline gave it, and correct (found and a speaker matches)."""
    direct = quotes[quotes["kind"] == "direct"]
    names = actor_names(actors)
    lines = []
    for row in gold.itertuples():
        hits = [q for q in direct.itertuples() if quote_found(row.quote_start, q.text)]
        speakers = [_text(q.speaker) for q in hits]
        correct = any(s and any(names_match(row.speaker, form, ambiguous)
                                for form in names.get(s, [s])) for s in speakers)
        lines.append({"file": row.file, "quote_start": row.quote_start, "speaker": row.speaker,
                      "found": bool(hits), "pipeline_speaker": "; ".join(dict.fromkeys(speakers)),
                      "correct": correct})
    return pd.DataFrame(lines, columns=["file", "quote_start", "speaker", "found",
                                        "pipeline_speaker", "correct"]).astype({"found": bool, "correct": bool})


def score_persons(gold: pd.DataFrame, actors: pd.DataFrame,
                  ambiguous: set[str] = frozenset()) -> pd.DataFrame:
    """One line per gold person: found (in the actors table), the side the pipeline gave,
    and side_correct (found and the side equal)."""
    lines = []
    for row in gold.itertuples():
        match = find_person(row.name, actors, ambiguous)
        side = _text(match["side"]) if match is not None else ""
        lines.append({"file": row.file, "name": row.name, "side": _text(row.side),
                      "found": match is not None,
                      "pipeline_actor": match["actor"] if match is not None else "",
                      "pipeline_side": side,
                      "side_correct": match is not None and sides_match(_text(row.side), side)})
    return pd.DataFrame(lines, columns=["file", "name", "side", "found", "pipeline_actor",
                                        "pipeline_side", "side_correct"]).astype({"found": bool, "side_correct": bool})


# a sentence the reader ended at an abbreviation ("his U.N.", "Dirksen (Ill.)") runs on
# into the next: the gold sentence is both
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b[A-Z][a-z]{0,4}\.\)|\b(?:Mr|Mrs|Dr|Sen|Rep|Gov|Gen|St)\.)$")


def sentences_holding(sentence_start: str, sentences: pd.DataFrame) -> list[str]:
    """Ids of the sentences whose words hold the gold ``sentence_start`` (case and
    punctuation ignored); when the reader cut the sentence elsewhere, those holding
    its first four words. A sentence the reader ended at an abbreviation brings the
    one after it."""
    gold = quote_words(sentence_start)
    rows = list(sentences.itertuples())
    words = [(row.id, quote_words(row.text)) for row in rows]
    for needle in (gold, gold[:4]):
        ids = [sid for sid, found in words if needle and _contains(found, needle)]
        if ids:
            more = [rows[n + 1].id for n, row in enumerate(rows[:-1])
                    if row.id in ids and _ABBREVIATION_END.search(str(row.text).strip())]
            return list(dict.fromkeys(ids + more))
    return []


def claimant_matches(gold: str, claimant: str, side: str = "", aliases=(),
                     ambiguous: set[str] = frozenset()) -> bool:
    """Is a pipeline claim (its canonical ``claimant``, that actor's ``aliases``, its
    ``side``) the gold claimant's? Names match as speakers do; a gold state also
    matches a claim whose claimant or side is that state."""
    if any(names_match(gold, form, ambiguous) for form in [claimant, *aliases] if form):
        return True
    state = state_key(gold)
    return bool(state) and state in {state_key(claimant), state_key(side)}


def score_claims(gold: pd.DataFrame, claims: pd.DataFrame, sentences: pd.DataFrame,
                 actors: pd.DataFrame, ambiguous: set[str] = frozenset()) -> pd.DataFrame:
    """One line per gold claim: the pipeline's claimants in its sentence (a claim the
    headline repeats counts in each sentence that states it), found (one of them is
    the gold claimant), and form_agrees (found with the gold form)."""
    names = actor_names(actors)
    lines = []
    for row in gold.itertuples():
        ids = set(sentences_holding(row.sentence_start, sentences))
        here = [c for c in claims.itertuples()
                if c.sentence_id in ids or ids & set(filter(None, _text(c.repeated_in).split(";")))]
        hits = [c for c in here if claimant_matches(row.claimant, _text(c.claimant), _text(c.side),
                                                    names.get(_text(c.claimant), [])[1:], ambiguous)]
        lines.append({"file": row.file, "sentence_start": row.sentence_start, "claimant": row.claimant,
                      "form": row.form, "sentence_found": bool(ids),
                      "pipeline_claims": "; ".join(dict.fromkeys(f"{_text(c.claimant)} ({c.form})" for c in here)),
                      "found": bool(hits), "form_agrees": any(c.form == row.form for c in hits)})
    columns = ["file", "sentence_start", "claimant", "form", "sentence_found", "pipeline_claims",
               "found", "form_agrees"]
    return pd.DataFrame(lines, columns=columns).astype({"sentence_found": bool, "found": bool,
                                                        "form_agrees": bool})


def score_pipeline_claims(gold: pd.DataFrame, claims: pd.DataFrame, sentences: pd.DataFrame,
                          actors: pd.DataFrame, ambiguous: set[str] = frozenset()) -> pd.DataFrame:
    """One line per claim of the pipeline in a file whose every claim is coded: matched
    when a gold claim lies in its sentence with its claimant (the other side of
    :func:`score_claims`: the share matched is the claims' precision)."""
    names = actor_names(actors)
    gold_ids = [(set(sentences_holding(row.sentence_start, sentences)), row.claimant) for row in gold.itertuples()]
    lines = []
    for c in claims.itertuples():
        ids = {c.sentence_id, *filter(None, _text(c.repeated_in).split(";"))}
        matched = any(ids & where and claimant_matches(who, _text(c.claimant), _text(c.side),
                                                       names.get(_text(c.claimant), [])[1:], ambiguous)
                      for where, who in gold_ids)
        lines.append({"file": "", "sentence_id": c.sentence_id, "claimant": _text(c.claimant),
                      "form": c.form, "matched": matched})
    return pd.DataFrame(lines, columns=["file", "sentence_id", "claimant", "form", "matched"]).astype(
        {"matched": bool})


def read_claims(gold_set: GoldSet) -> pd.DataFrame:
    """The gold claims of a set (none when the set has no claims file)."""
    if not gold_set.claims_csv.exists():
        return pd.DataFrame(columns=["file", "sentence_start", "claimant", "form", "notes"])
    return pd.read_csv(gold_set.claims_csv, dtype=str, keep_default_na=False)


def read_gold(gold_set: GoldSet) -> tuple[pd.DataFrame, pd.DataFrame]:
    quotes = pd.read_csv(gold_set.quotes_csv, dtype=str, keep_default_na=False)
    persons = pd.read_csv(gold_set.persons_csv, dtype=str, keep_default_na=False)
    return quotes, persons


def pipeline_tables(path: Path) -> dict[str, pd.DataFrame]:
    """The actors, quotes and claims (``demands``) tables of one article, built by the
    same functions :func:`scripts.analyze.tables_for` calls, and its sentences (id,
    text); the other tables are not measured here."""
    from scripts.analyze import TABLES
    from scripts.reader import read_article
    article = read_article(path)
    tables = {name: TABLES[name](article) for name in ("actors", "quotes", "demands")}
    tables["sentences"] = pd.DataFrame([{"id": s.id, "text": s.text} for s in article.sentences],
                                       columns=["id", "text"])
    return tables


def figures(quote_lines: pd.DataFrame, person_lines: pd.DataFrame,
            claim_lines: pd.DataFrame | None = None, pipeline_claims: pd.DataFrame | None = None) -> dict:
    found = person_lines[person_lines["found"]]
    ratio = lambda part, whole: round(part / whole, 3) if whole else None  # noqa: E731
    if claim_lines is None:
        claim_lines = pd.DataFrame(columns=["file", "found", "form_agrees"])
    claims_found = int(claim_lines["found"].sum())
    if pipeline_claims is None:
        pipeline_claims = pd.DataFrame(columns=["matched"])
    return {"quotes_n": len(quote_lines),
            "quotes_found": int(quote_lines["found"].sum()),
            "speaker_accuracy": ratio(int(quote_lines["correct"].sum()), len(quote_lines)),
            "actors_n": len(person_lines),
            "actors_found": len(found),
            "actor_recall": ratio(len(found), len(person_lines)),
            "side_accuracy": ratio(int(found["side_correct"].sum()), len(found)),
            "claims_n": len(claim_lines),
            "claims_found": claims_found,
            "claim_recall": ratio(claims_found, len(claim_lines)),
            "claim_form_agreement": ratio(int(claim_lines["form_agrees"].sum()), claims_found),
            "pipeline_claims_n": len(pipeline_claims),
            "claim_precision": ratio(int(pipeline_claims["matched"].sum()), len(pipeline_claims)),
            "files": int(pd.concat([quote_lines["file"], person_lines["file"],
                                    claim_lines["file"]]).nunique())}


def coded_files(gold_set: GoldSet) -> list[str]:
    """The files of a gold set that have anything coded."""
    gold_quotes, gold_persons = read_gold(gold_set)
    gold_claims = read_claims(gold_set)
    return sorted(set(gold_quotes["file"]) | set(gold_persons["file"]) | set(gold_claims["file"]))


def score_file(gold_set: GoldSet, file: str, gold=None) -> tuple:
    """(quote lines, person lines, claim lines, lines of the pipeline's claims or None when
    the file has no coded claims) of one file of a gold set, run through the pipeline
    (``gold``: the set's quotes, persons and claims, read before)."""
    gold_quotes, gold_persons, gold_claims = gold or (*read_gold(gold_set), read_claims(gold_set))
    tables = pipeline_tables(gold_set.text_path(file))
    quotes = gold_quotes[gold_quotes["file"] == file]
    persons = gold_persons[gold_persons["file"] == file]
    claims = gold_claims[gold_claims["file"] == file]
    ambiguous = ambiguous_surnames([*quotes["speaker"], *persons["name"], *claims["claimant"]])
    return (score_quotes(quotes, tables["quotes"], tables["actors"], ambiguous),
            score_persons(persons, tables["actors"], ambiguous),
            score_claims(claims, tables["demands"], tables["sentences"], tables["actors"], ambiguous),
            score_pipeline_claims(claims, tables["demands"], tables["sentences"], tables["actors"],
                                  ambiguous).assign(file=file) if len(claims) else None)


def evaluate_set(gold_set: GoldSet, scored: dict | None = None
                 ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(quote lines, person lines, claim lines, lines of the pipeline's claims in the files
    whose claims are coded) of one gold set, every file run through the pipeline
    (``scored``: the :func:`score_file` of some of its files, by (set name, file), made before)."""
    gold = (*read_gold(gold_set), read_claims(gold_set))
    parts = [scored[(gold_set.name, file)] if scored and (gold_set.name, file) in scored
             else score_file(gold_set, file, gold) for file in coded_files(gold_set)]
    pipeline_parts = [part[3] for part in parts if part[3] is not None]
    return (pd.concat([part[0] for part in parts], ignore_index=True),
            pd.concat([part[1] for part in parts], ignore_index=True),
            pd.concat([part[2] for part in parts], ignore_index=True),
            pd.concat(pipeline_parts, ignore_index=True) if pipeline_parts else None)


def targets_met(result: dict) -> dict[str, bool]:
    """Whether each target is met on the real-text set."""
    real = result["sets"][REAL_TEXT_SET]
    return {key: real[key] is not None and real[key] >= target for key, target in TARGETS.items()}


def _score_task(task: tuple[GoldSet, str]) -> tuple:
    return score_file(*task)


def _scored_in_parallel(gold_sets, jobs: int) -> dict:
    """:func:`score_file` of every file, ``jobs`` at a time in forked processes (which
    inherit the models this one loaded); the longest texts first, so that the processes
    end together."""
    import multiprocessing

    tasks = sorted(((s, file) for s in gold_sets for file in coded_files(s)),
                   key=lambda task: -task[0].text_path(task[1]).stat().st_size)
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return {(s.name, file): part for (s, file), part in zip(tasks, pool.imap(_score_task, tasks))}


def run(gold_sets=GOLD_SETS, jobs: int = 1) -> tuple[dict, dict[str, tuple]]:
    """(figures, per-set detail lines). Figures: the overall ones at the top level, each
    set's under ``sets``, the targets and whether they are met, and the seconds taken.
    With ``jobs`` above 1 (where processes can be forked) the files are analysed and scored
    that many at a time; each file's lines are the same whichever process makes them."""
    import multiprocessing

    start = time.perf_counter()
    scored = None
    if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
        scored = _scored_in_parallel(gold_sets, jobs)
    detail = {s.name: evaluate_set(s, scored) for s in gold_sets}
    all_quotes = pd.concat([q for q, _, _, _ in detail.values()], ignore_index=True)
    all_persons = pd.concat([p for _, p, _, _ in detail.values()], ignore_index=True)
    all_claims = pd.concat([c for _, _, c, _ in detail.values()], ignore_index=True)
    pipeline = [k for _, _, _, k in detail.values() if k is not None]
    result = figures(all_quotes, all_persons, all_claims,
                     pd.concat(pipeline, ignore_index=True) if pipeline else None)
    result["sources"] = [s.name for s in gold_sets]
    result["sets"] = {name: figures(*lines) for name, lines in detail.items()}
    result["about"] = {s.name: s.about for s in gold_sets}
    result["targets"] = dict(TARGETS)
    result["real_text_set"] = REAL_TEXT_SET
    if REAL_TEXT_SET in result["sets"]:
        result["targets_met"] = targets_met(result)
    result["seconds"] = round(time.perf_counter() - start, 1)
    return result, detail


# the entry of the analysis cache that holds the figures during a build
MEASURED_KEY = "measured-accuracy"


@lru_cache(maxsize=1)
def _measured() -> str:
    return json.dumps(run()[0])


def gold_digest() -> str:
    """A hash of every gold file and of the texts scored with them."""
    digest = hashlib.sha256()
    for folder in (GOLD, ROOT / "tests" / "data" / "articles"):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(ROOT).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def measured_accuracy() -> dict:
    """The measured figures (see :func:`run`), computed once per process; during the
    book's build the first notebook that asks stores them for the others
    (:mod:`scripts.analysis_cache`, keyed by the package and the gold files)."""
    return analysis_cache.cached(gold_digest(), MEASURED_KEY, lambda: json.loads(_measured()))


def store_measured_accuracy(jobs: int) -> dict:
    """:func:`measured_accuracy`, the texts analysed ``jobs`` at a time (the book's build
    runs it beside the notebooks)."""
    return analysis_cache.cached(gold_digest(), MEASURED_KEY,
                                 lambda: json.loads(json.dumps(run(jobs=jobs)[0])))


def sets_frame(result: dict) -> pd.DataFrame:
    """One line per gold set: its name and what it is."""
    return pd.DataFrame({"gold set": list(result["about"]), "what it is": list(result["about"].values())})


QUOTE_PERSON_COLUMNS = {"gold set": "gold set", "files": "files", "quotes_n": "quotations",
                        "quotes_found": "quotations found", "speaker_accuracy": "speaker accuracy",
                        "actors_n": "persons", "actors_found": "persons found", "actor_recall": "actor recall",
                        "side_accuracy": "side accuracy"}
CLAIM_COLUMNS = {"gold set": "gold set", "claims_n": "claims", "claims_found": "claims found",
                 "claim_recall": "claim recall", "claim_form_agreement": "claim form agreement",
                 "pipeline_claims_n": "the analysis's claims", "claim_precision": "claim precision"}


def figures_frame(result: dict, columns: dict | None = None) -> pd.DataFrame:
    """One line per gold set and one for all of them together; ``columns`` (figure key:
    heading) chooses the figures, by default all (:data:`QUOTE_PERSON_COLUMNS` then
    :data:`CLAIM_COLUMNS`: the book shows them as two tables, each narrow enough to read whole)."""
    rows = [{"gold set": name, **values} for name, values in result["sets"].items()]
    rows.append({"gold set": "overall", **{k: result[k] for k in result["sets"][rows[0]["gold set"]]}})
    frame = pd.DataFrame(rows)
    columns = columns or {**QUOTE_PERSON_COLUMNS, **CLAIM_COLUMNS}
    return frame[list(columns)].rename(columns=columns)


def verdict(result: dict) -> str:
    """One sentence: the real-text figures against their targets, and which are met."""
    real = result["sets"][REAL_TEXT_SET]
    labels = {"speaker_accuracy": "speaker accuracy", "actor_recall": "actor recall",
              "side_accuracy": "side accuracy", "claim_recall": "claim recall"}
    figures_text = ", ".join(f"{labels[k]} {real[k]}" for k in TARGETS)
    targets = set(TARGETS.values())
    target_text = (f"a target of {targets.pop()} each" if len(targets) == 1 else
                   "targets of " + ", ".join(f"{labels[k]} {t}" for k, t in TARGETS.items()))
    met = [labels[k] for k, ok in result["targets_met"].items() if ok]
    missed = [labels[k] for k, ok in result["targets_met"].items() if not ok]
    if not missed:
        outcome = "every target is met"
    elif not met:
        outcome = "no target is met"
    else:
        from scripts.briefing import series      # imported here: the brief reads this module's results
        outcome = f"the target is met for {series(met)} but not for {series(missed)}"
    return f"on {REAL_TEXT_SET}, {figures_text}, against {target_text}: {outcome}"


def _markdown(frame: pd.DataFrame) -> str:
    cells = [[str(v) for v in frame.columns]] + [["" if v is None else str(v) for v in row]
                                                 for row in frame.itertuples(index=False)]
    lines = ["| " + " | ".join(row) + " |" for row in cells]
    lines.insert(1, "|" + "|".join("---" for _ in frame.columns) + "|")
    return "\n".join(lines)


def report(result: dict) -> str:
    lines = [_markdown(figures_frame(result)), ""]
    real = result["sets"].get(REAL_TEXT_SET)
    if real:
        for key, target in TARGETS.items():
            met = "met" if result["targets_met"][key] else "NOT met"
            lines.append(f"- {key} on {REAL_TEXT_SET}: {real[key]} (target {target}): {met}")
        lines.append(f"- claim form agreement on {REAL_TEXT_SET} (of the claims found): "
                     f"{real['claim_form_agreement']}; claim precision (of the pipeline's "
                     f"{real['pipeline_claims_n']} claims in the coded files, those a gold claim "
                     f"matches): {real['claim_precision']}")
    lines.append(f"\n{result['seconds']} s")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="end with one line of JSON")
    parser.add_argument("--misses", action="store_true",
                        help="also list every gold quote, person and claim the pipeline got wrong")
    parser.add_argument("--write-brown", action="store_true",
                        help="regenerate the Brown texts of tests/data/gold/brown/ and stop")
    parser.add_argument("--jobs", type=int, default=1, help="analyse this many texts at a time")
    args = parser.parse_args(argv)
    if args.write_brown:
        print(f"{len(write_brown_texts())} files written to {BROWN_TEXTS}")
        return 0
    result, detail = run(jobs=args.jobs)
    print(report(result))
    if args.misses:
        for name, (quotes, persons, claims, _) in detail.items():
            print(f"\n## {name}: quotes wrong\n")
            print(quotes[~quotes["correct"]].to_string(index=False))
            print(f"\n## {name}: persons missed or with another side\n")
            print(persons[~persons["side_correct"]].to_string(index=False))
            print(f"\n## {name}: claims missed (the claims the pipeline has in the sentence)\n")
            print(claims[~claims["found"]].drop(columns="form_agrees").to_string(index=False))
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
