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
quotations with the speaker the text attributes them to) and ``<set>_persons.csv``
(file, name, side, type, notes). Three figures are measured:

* speaker accuracy: of the gold quotations, the share found among the pipeline's
  direct quotes whose speaker matches (a quotation not found counts as wrong);
* actor recall: of the gold persons, the share found among the actors table's
  canonical names and aliases;
* side accuracy: of the persons found, the share whose side equals the gold side
  (an empty side equals an empty side).

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

# The targets, on real text (the Brown set): each figure at least this.
TARGETS = {"speaker_accuracy": 0.9, "actor_recall": 0.9, "side_accuracy": 0.9}
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

    def text_path(self, file: str) -> Path:
        return self.texts / f"{file}.txt"


GOLD_SETS = [
    GoldSet("brown-news", BROWN_TEXTS, "brown",
            "Brown corpus, news category: American press reportage of 1961, real text no one "
            "here wrote (non-commercial use), detokenized into plain-text articles"),
    GoldSet("house-styles", GOLD / "house", "house",
            "articles written for this measure in six house styles (wire, British paper, Russian "
            "state agency, Ukrainian outlet, live blog, web page with its furniture); people invented"),
    GoldSet("other-conflicts", ROOT / "tests" / "data" / "articles", "other",
            "the project's test articles on other conflicts (Sudan, Cyprus, Yemen)"),
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


def read_gold(gold_set: GoldSet) -> tuple[pd.DataFrame, pd.DataFrame]:
    quotes = pd.read_csv(gold_set.quotes_csv, dtype=str, keep_default_na=False)
    persons = pd.read_csv(gold_set.persons_csv, dtype=str, keep_default_na=False)
    return quotes, persons


def pipeline_tables(path: Path) -> dict[str, pd.DataFrame]:
    """The actors and quotes tables of one article, built by the same functions
    :func:`scripts.analyze.tables_for` calls (the other tables are not measured here)."""
    from scripts.analyze import TABLES
    from scripts.reader import read_article
    article = read_article(path)
    return {name: TABLES[name](article) for name in ("actors", "quotes")}


def figures(quote_lines: pd.DataFrame, person_lines: pd.DataFrame) -> dict:
    found = person_lines[person_lines["found"]]
    ratio = lambda part, whole: round(part / whole, 3) if whole else None  # noqa: E731
    return {"quotes_n": len(quote_lines),
            "quotes_found": int(quote_lines["found"].sum()),
            "speaker_accuracy": ratio(int(quote_lines["correct"].sum()), len(quote_lines)),
            "actors_n": len(person_lines),
            "actors_found": len(found),
            "actor_recall": ratio(len(found), len(person_lines)),
            "side_accuracy": ratio(int(found["side_correct"].sum()), len(found)),
            "files": int(pd.concat([quote_lines["file"], person_lines["file"]]).nunique())}


def evaluate_set(gold_set: GoldSet) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(quote lines, person lines) of one gold set, every file run through the pipeline."""
    gold_quotes, gold_persons = read_gold(gold_set)
    quote_parts, person_parts = [], []
    for file in sorted(set(gold_quotes["file"]) | set(gold_persons["file"])):
        tables = pipeline_tables(gold_set.text_path(file))
        quotes = gold_quotes[gold_quotes["file"] == file]
        persons = gold_persons[gold_persons["file"] == file]
        ambiguous = ambiguous_surnames([*quotes["speaker"], *persons["name"]])
        quote_parts.append(score_quotes(quotes, tables["quotes"], tables["actors"], ambiguous))
        person_parts.append(score_persons(persons, tables["actors"], ambiguous))
    return pd.concat(quote_parts, ignore_index=True), pd.concat(person_parts, ignore_index=True)


def targets_met(result: dict) -> dict[str, bool]:
    """Whether each target is met on the real-text set."""
    real = result["sets"][REAL_TEXT_SET]
    return {key: real[key] is not None and real[key] >= target for key, target in TARGETS.items()}


def run(gold_sets=GOLD_SETS) -> tuple[dict, dict[str, tuple[pd.DataFrame, pd.DataFrame]]]:
    """(figures, per-set detail lines). Figures: the overall ones at the top level, each
    set's under ``sets``, the targets and whether they are met, and the seconds taken."""
    start = time.perf_counter()
    detail = {s.name: evaluate_set(s) for s in gold_sets}
    all_quotes = pd.concat([q for q, _ in detail.values()], ignore_index=True)
    all_persons = pd.concat([p for _, p in detail.values()], ignore_index=True)
    result = figures(all_quotes, all_persons)
    result["sources"] = [s.name for s in gold_sets]
    result["sets"] = {name: figures(q, p) for name, (q, p) in detail.items()}
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


def sets_frame(result: dict) -> pd.DataFrame:
    """One line per gold set: its name and what it is."""
    return pd.DataFrame({"gold set": list(result["about"]), "what it is": list(result["about"].values())})


def figures_frame(result: dict) -> pd.DataFrame:
    """One line per gold set and one for all of them together."""
    rows = [{"gold set": name, **values} for name, values in result["sets"].items()]
    rows.append({"gold set": "overall", **{k: result[k] for k in result["sets"][rows[0]["gold set"]]}})
    frame = pd.DataFrame(rows)
    columns = {"gold set": "gold set", "files": "files", "quotes_n": "quotations",
               "quotes_found": "quotations found", "speaker_accuracy": "speaker accuracy",
               "actors_n": "persons", "actors_found": "persons found", "actor_recall": "actor recall",
               "side_accuracy": "side accuracy"}
    return frame[list(columns)].rename(columns=columns)


def verdict(result: dict) -> str:
    """One sentence: the real-text figures against their targets, and which are met."""
    real = result["sets"][REAL_TEXT_SET]
    labels = {"speaker_accuracy": "speaker accuracy", "actor_recall": "actor recall",
              "side_accuracy": "side accuracy"}
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
        outcome = f"the target is met for {', '.join(met)} but not for {', '.join(missed)}"
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
    lines.append(f"\n{result['seconds']} s")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="end with one line of JSON")
    parser.add_argument("--misses", action="store_true",
                        help="also list every gold quote and person the pipeline got wrong")
    parser.add_argument("--write-brown", action="store_true",
                        help="regenerate the Brown texts of tests/data/gold/brown/ and stop")
    args = parser.parse_args(argv)
    if args.write_brown:
        print(f"{len(write_brown_texts())} files written to {BROWN_TEXTS}")
        return 0
    result, detail = run()
    print(report(result))
    if args.misses:
        for name, (quotes, persons) in detail.items():
            print(f"\n## {name}: quotes wrong\n")
            print(quotes[~quotes["correct"]].to_string(index=False))
            print(f"\n## {name}: persons missed or with another side\n")
            print(persons[~persons["side_correct"]].to_string(index=False))
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
