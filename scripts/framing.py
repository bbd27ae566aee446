"""Framing: which frames a news article uses, how sure it sounds, whom it
leans on, and its tone, sentence by sentence with the evidence kept.

Every code comes from a knowledge table in ``scripts/data`` (see its README):
the frames codebook (Semetko & Valkenburg's generic frames, the Policy Frames
Codebook's dimensions, Entman's frame functions), hedges and boosters
(Hyland), evaluative language (Martin & White's appraisal), veiled sources and
reporting verbs. A code is kept with the words that triggered it, so a reader
can check every one.

The automatic coding is a cue-matching coder: it sees words, not meaning. It is
measured against hand coding with :func:`agreement`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from scripts.matching import PatternSet
from scripts.paths import DATA
from scripts.reader import Article

CODEBOOK_PATH = DATA / "frames_codebook.yaml"
HAND_CODING = DATA / "hand_coding"
SCHEMES = ("generic", "policy")
HEADLINE_KINDS = ("title", "standfirst")

# The frames table every analysis exports (GUIDE §5), plus our own columns:
# how many cue matches there were and where the first one starts (it breaks
# ties when choosing a sentence's primary dimension).
FRAME_COLUMNS = ["sentence_id", "frame", "cues", "scheme", "n_cues", "first_at"]


# --------------------------------------------------------------------------
# Cue matching

# Curly quotes and apostrophes become straight ones, one character for one,
# so that offsets in the normalized text are offsets in the original.
_STRAIGHTEN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


@dataclass(frozen=True)
class Match:
    cue: str        # the pattern, as written in the knowledge table
    text: str       # the words it matched, as they stand in the sentence
    start: int
    end: int
    category: str = ""


def compile_cue(cue: str) -> re.Pattern:
    """A cue pattern matched as whole words, ignoring case."""
    return re.compile(r"(?<!\w)(?:" + cue + r")(?!\w)", re.IGNORECASE)


class Lexicon:
    """A list of cue patterns, each with a category, found in text."""

    def __init__(self, cues, categories=None):
        cues = list(cues)
        categories = list(categories) if categories is not None else [""] * len(cues)
        self.entries = [(cue, category, compile_cue(cue)) for cue, category in zip(cues, categories)]
        # One pass that tells whether any cue occurs at all: most texts hold none of
        # a given lexicon's cues, and are then spared one search per cue.
        try:
            # the word-boundary checks of compile_cue, taken out of the alternation
            # so that they are tried once per position, not once per cue
            self._any = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{cue})" for cue, _, _ in self.entries)
                                   + r")(?!\w)", re.IGNORECASE) if self.entries else None
        except re.error:             # a cue that cannot be combined: search cue by cue
            self._any = None
        # each cue tried only where some cue matches, not searched through the whole text
        self._patterns = PatternSet([pattern for _, _, pattern in self.entries], self._any)

    def __len__(self):
        return len(self.entries)

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, the longest winning where two overlap, in text order."""
        text = _straight(text)
        if not self.entries:
            return []
        found = [Match(cue, m.group(0), m.start(), m.end(), category)
                 for (cue, category, _), matches in zip(self.entries, self._patterns.each(text))
                 for m in matches]
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept, reached = [], -1
        for match in found:
            if match.start >= reached:
                kept.append(match)
                reached = match.end
        return kept


@lru_cache(maxsize=256)
def _straight(text: str) -> str:
    # every lexicon is searched in the same sentence: straightened once
    return text.translate(_STRAIGHTEN)


def joined(matches, keep_case: bool = False) -> str:
    """The distinct matched words, lower-cased, in order, '; '-separated; a word
    matched more than once carries its count ("foreign ×2"), so that the list
    accounts for every match counted in ``n_cues``. With ``keep_case`` words are
    told apart regardless of case but shown as they first stand in the text: a
    hedge may be a source's name ("Kremlin sources")."""
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    for m in matches:
        key = m.text.lower()
        shown.setdefault(key, m.text if keep_case else key)
        counts[key] = counts.get(key, 0) + 1
    return "; ".join(shown[k] if n == 1 else f"{shown[k]} \u00d7{n}" for k, n in counts.items())


# --------------------------------------------------------------------------
# The codebook


@dataclass(frozen=True)
class Frame:
    id: str
    label: str
    scheme: str          # generic | policy | entman
    definition: str
    source: str
    cues: tuple[str, ...]
    questions: tuple[str, ...] = ()
    residual: bool = False

    @property
    def lexicon(self) -> Lexicon:
        return _lexicon(self.cues)


@lru_cache(maxsize=None)
def _lexicon(cues: tuple[str, ...]) -> Lexicon:
    return Lexicon(cues)


@dataclass(frozen=True)
class Codebook:
    generic: tuple[Frame, ...]
    policy: tuple[Frame, ...]
    entman: tuple[Frame, ...]

    def frames(self, scheme: str) -> tuple[Frame, ...]:
        return getattr(self, scheme)

    def label(self, scheme: str, frame_id: str) -> str:
        return {f.id: f.label for f in self.frames(scheme)}[frame_id]

    def ids(self, scheme: str, *, residual: bool = False) -> list[str]:
        return [f.id for f in self.frames(scheme) if residual or not f.residual]


@lru_cache(maxsize=None)
def load_codebook(path: Path = CODEBOOK_PATH) -> Codebook:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))

    def frames(scheme):
        return tuple(Frame(id=f["id"], label=f["label"], scheme=scheme,
                           definition=" ".join(str(f["definition"]).split()),
                           source=f["source"], cues=tuple(f.get("cues") or ()),
                           questions=tuple(f.get("questions") or ()),
                           residual=bool(f.get("residual", False)))
                     for f in raw[scheme])

    return Codebook(frames("generic"), frames("policy"), frames("entman"))


def codebook_frame(codebook: Codebook | None = None) -> pd.DataFrame:
    """The codebook as a table: scheme, id, label, definition, questions, cues, source."""
    codebook = codebook or load_codebook()
    rows = [{"scheme": scheme, "id": f.id, "label": f.label, "definition": f.definition,
             "questions": " / ".join(f.questions), "cues": ", ".join(f.cues), "source": f.source}
            for scheme in ("generic", "policy", "entman") for f in codebook.frames(scheme)]
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------
# Frame coding


def code_text(text: str, codebook: Codebook | None = None) -> list[dict]:
    """The frames of one sentence: scheme, frame, cues, n_cues, first_at."""
    codebook = codebook or load_codebook()
    rows = []
    for scheme in SCHEMES:
        for frame in codebook.frames(scheme):
            matches = frame.lexicon.find(text)
            if matches:
                rows.append({"frame": frame.id, "cues": joined(matches), "scheme": scheme,
                             "n_cues": len(matches), "first_at": matches[0].start})
    return rows


def code_frames(article: Article, codebook: Codebook | None = None) -> pd.DataFrame:
    """Sentence-level frame codes, long format: one row per sentence and frame.

    Columns: sentence_id, frame, cues, scheme (generic | policy), n_cues, first_at.
    """
    rows = [{"sentence_id": s.id, **row}
            for s in article.sentences for row in code_text(s.text, codebook)]
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


def primary_dimensions(coded: pd.DataFrame, article: Article, scheme: str = "policy") -> pd.Series:
    """Each sentence's primary frame: the one with most cue matches; on a tie, the
    one whose first cue comes first (the subject usually comes first). Empty when
    no cue was found. A Series indexed by sentence_id."""
    part = coded[coded["scheme"] == scheme].sort_values(
        ["sentence_id", "n_cues", "first_at"], ascending=[True, False, True])
    best = part.drop_duplicates("sentence_id").set_index("sentence_id")["frame"]
    ids = [s.id for s in article.sentences]
    return best.reindex(ids).fillna("").rename("primary")


def frame_profile(coded: pd.DataFrame, article: Article,
                  codebook: Codebook | None = None) -> pd.DataFrame:
    """Share of the article's sentences coded with each frame, every codebook frame listed.

    Columns: scheme, frame, label, sentences, share.
    """
    codebook = codebook or load_codebook()
    total = len(article.sentences)
    rows = []
    for scheme in SCHEMES:
        counts = coded[coded["scheme"] == scheme].groupby("frame")["sentence_id"].nunique()
        for frame in codebook.frames(scheme):
            n = int(counts.get(frame.id, 0))
            rows.append({"scheme": scheme, "frame": frame.id, "label": frame.label,
                         "sentences": n, "share": n / total if total else 0.0})
    return pd.DataFrame(rows)


CODINGS = {"auto": "the automatic coder", "hand": "the hand coding"}


def coding_contrast(coded: pd.DataFrame, hand: pd.DataFrame, article: Article,
                    codebook: Codebook | None = None) -> pd.DataFrame:
    """The frame profile by both codings side by side: scheme, frame, label, and the
    sentences and share each coding gives (auto_sentences, auto_share, hand_sentences,
    hand_share), over the sentences the hand coding covers. The residual 'other'
    dimension, given only by hand, is left out, as in :func:`agreement`."""
    codebook = codebook or load_codebook()
    ids = set(hand["sentence_id"])
    auto = frame_profile(coded[coded["sentence_id"].isin(ids)], article, codebook)
    by_hand = frame_profile(hand_long(hand), article, codebook)
    table = auto.merge(by_hand, on=["scheme", "frame", "label"], suffixes=("_auto", "_hand"))
    table = table.rename(columns={"sentences_auto": "auto_sentences", "share_auto": "auto_share",
                                  "sentences_hand": "hand_sentences", "share_hand": "hand_share"})
    return table[table.frame != "other"].reset_index(drop=True)


def _leader(part: pd.DataFrame, coding: str) -> pd.Series:
    """The frame a coding gives most sentences (codebook order breaks ties)."""
    return part.loc[part[f"{coding}_sentences"].idxmax()]


def contrast_line(contrast: pd.DataFrame, percent=lambda x: f"{x:.0%}") -> str:
    """Where the two codings disagree on the chapter's headline figures, each figure computed:
    'By hand, conflict is in 81% of the sentences (automatic: 58%); the policy dimensions are
    led by political (65%), where the automatic coder puts policy prescription and evaluation
    first (56%; by hand 42%).' Empty when they agree on both the leaders and their shares."""
    parts = []
    generic, policy = (contrast[contrast.scheme == s] for s in ("generic", "policy"))
    if len(generic) and generic.hand_sentences.max():
        auto_lead, hand_lead = _leader(generic, "auto"), _leader(generic, "hand")
        if auto_lead.frame == hand_lead.frame and auto_lead.auto_sentences != hand_lead.hand_sentences:
            parts.append(f"by hand, {hand_lead.label.lower()} leads the generic frames in "
                         f"{percent(hand_lead.hand_share)} of the sentences, where the automatic coder "
                         f"finds it in {percent(auto_lead.auto_share)}")
        elif auto_lead.frame != hand_lead.frame:
            parts.append(f"by hand, {hand_lead.label.lower()} leads the generic frames "
                         f"({percent(hand_lead.hand_share)}), not {auto_lead.label.lower()} "
                         f"({percent(auto_lead.auto_share)} by the automatic coder, {percent(auto_lead.hand_share)} "
                         f"by hand)")
    if len(policy) and policy.hand_sentences.max():
        auto_lead, hand_lead = _leader(policy, "auto"), _leader(policy, "hand")
        if auto_lead.frame != hand_lead.frame:
            parts.append(f"the hand coding puts {hand_lead.label.lower()} first among the policy dimensions "
                         f"({percent(hand_lead.hand_share)}; automatic {percent(hand_lead.auto_share)}), "
                         f"where the automatic coder puts {auto_lead.label.lower()} "
                         f"({percent(auto_lead.auto_share)}; by hand {percent(auto_lead.hand_share)})")
    if not parts:
        return ""
    line = "; ".join(parts)
    return line[0].upper() + line[1:] + "."


def primary_frame(profile: pd.DataFrame, scheme: str = "generic") -> str:
    """The frame coded in the most sentences (codebook order breaks ties); '' if none."""
    part = profile[profile["scheme"] == scheme]
    if part.empty or part["sentences"].max() == 0:
        return ""
    return part.loc[part["sentences"].idxmax(), "frame"]


def headline_vs_body(coded: pd.DataFrame, article: Article,
                     codebook: Codebook | None = None) -> pd.DataFrame:
    """Frames in the headline and standfirst against the body: share of each part's sentences.

    Columns: scheme, frame, label, headline, body, headline_sentences, body_sentences.
    """
    headline_ids = {s.id for s in article.sentences if s.kind in HEADLINE_KINDS}
    body_ids = {s.id for s in article.sentences} - headline_ids
    parts = {}
    for name, ids in (("headline", headline_ids), ("body", body_ids)):
        sub = _subset(article, ids)
        parts[name] = frame_profile(coded[coded["sentence_id"].isin(ids)], sub, codebook)
    out = parts["headline"][["scheme", "frame", "label"]].copy()
    out["headline"] = parts["headline"]["share"].to_numpy()
    out["body"] = parts["body"]["share"].to_numpy()
    out["headline_sentences"] = parts["headline"]["sentences"].to_numpy()
    out["body_sentences"] = parts["body"]["sentences"].to_numpy()
    return out


def _subset(article: Article, ids) -> Article:
    """The article restricted to some sentences (for shares within a part)."""
    return Article(path=article.path, sha256=article.sha256, size=article.size, title=article.title,
                   blocks=article.blocks, sentences=[s for s in article.sentences if s.id in ids])


def sections(article: Article) -> list[str]:
    """Section names in reading order."""
    return list(dict.fromkeys(s.section for s in article.sentences))


def frames_by_section(coded: pd.DataFrame, article: Article, scheme: str = "generic",
                      codebook: Codebook | None = None) -> pd.DataFrame:
    """Share of each section's sentences coded with each frame: sections (reading
    order) as rows, frame labels as columns."""
    codebook = codebook or load_codebook()
    section_of = {s.id: s.section for s in article.sentences}
    size = pd.Series([s.section for s in article.sentences]).value_counts()
    part = coded[coded["scheme"] == scheme].assign(section=lambda d: d["sentence_id"].map(section_of))
    counts = part.groupby(["section", "frame"])["sentence_id"].nunique().unstack(fill_value=0)
    frames = [f for f in codebook.frames(scheme) if not f.residual]
    counts = counts.reindex(index=sections(article), columns=[f.id for f in frames], fill_value=0)
    shares = counts.div(size.reindex(counts.index), axis=0)
    shares.columns = [f.label for f in frames]
    shares.index.name = "section"
    return shares


# --------------------------------------------------------------------------
# Entman's four functions


def entman_functions(coded: pd.DataFrame, article: Article, frame: str | None = None,
                     scheme: str = "generic", codebook: Codebook | None = None) -> pd.DataFrame:
    """Entman's four functions in the sentences coded with ``frame`` (default: the
    dominant frame of ``scheme``), each with its evidence sentences.

    A sentence performs moral evaluation also when it carries judgement or
    appreciation in the evaluative lexicon (not mere feeling or intensity). Columns: function, label, sentence_id, cues, text.
    """
    codebook = codebook or load_codebook()
    if frame is None:
        frame = primary_frame(frame_profile(coded, article, codebook), scheme)
    ids = set(coded.loc[(coded["scheme"] == scheme) & (coded["frame"] == frame), "sentence_id"])
    rows = []
    for function in codebook.entman:
        for sentence in article.sentences:
            if sentence.id not in ids:
                continue
            matches = function.lexicon.find(sentence.text)
            if function.id == "moral-evaluation":
                matches += [m for m in evaluative_lexicon().find(sentence.text)
                            if m.category.startswith(("judgement", "appreciation"))]
            if matches:
                rows.append({"function": function.id, "label": function.label,
                             "sentence_id": sentence.id, "cues": joined(matches),
                             "text": sentence.text})
    return pd.DataFrame(rows, columns=["function", "label", "sentence_id", "cues", "text"])


# --------------------------------------------------------------------------
# Certainty, sourcing and evaluative language


def _table(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA / name, dtype=str, keep_default_na=False)


@lru_cache(maxsize=None)
def hedge_lexicon() -> Lexicon:
    table = _table("hedges.csv")
    return Lexicon(table["cue"], table["category"])


@lru_cache(maxsize=None)
def evaluative_lexicon() -> Lexicon:
    table = _table("evaluative_lexicon.csv")
    return Lexicon(table["cue"], table["category"] + ":" + table["polarity"])


@lru_cache(maxsize=None)
def _anonymous_sources() -> Lexicon:
    table = _table("anonymous_sources.csv")
    return Lexicon(table["pattern"], table["kind"])


def hedges(article: Article) -> pd.DataFrame:
    """Hedges and boosters in every sentence.

    Columns: sentence_id, section, hedges, n_hedges, boosters, n_boosters, hedged.
    """
    rows = []
    for s in article.sentences:
        found = hedge_lexicon().find(s.text)
        hedge = [m for m in found if m.category.startswith("hedge")]
        boost = [m for m in found if m.category == "booster"]
        rows.append({"sentence_id": s.id, "section": s.section, "hedges": joined(hedge, keep_case=True),
                     "n_hedges": len(hedge), "boosters": joined(boost),
                     "n_boosters": len(boost), "hedged": bool(hedge)})
    return pd.DataFrame(rows)


def evaluative_language(article: Article) -> pd.DataFrame:
    """Evaluative and loaded words, one row per match.

    Columns: sentence_id, section, words, category (affect | judgement |
    appreciation | graduation), polarity.
    """
    rows = []
    for s in article.sentences:
        for m in evaluative_lexicon().find(s.text):
            category, polarity = m.category.split(":")
            rows.append({"sentence_id": s.id, "section": s.section, "words": m.text,
                         "category": category, "polarity": polarity})
    return pd.DataFrame(rows, columns=["sentence_id", "section", "words", "category", "polarity"])


# "According to X" attributes without a verb; a grammatical pattern, not a word list.
_ACCORDING_TO = re.compile(r"\baccording to\b", re.IGNORECASE)

# Kinds of source, from the reported-speech table of scripts/quotes.py
# (its source_type) plus the veiled attributions found here.
NAMED_SOURCES = ("named official", "named person", "media outlet")
INSTITUTIONAL_SOURCES = ("state or institution", "organization")
SOURCE_COLUMNS = ["sentence_id", "section", "source", "source_type", "attribution", "verb",
                  "stance", "found_by"]


def _attribution(source_type: str) -> str:
    if source_type in NAMED_SOURCES:
        return "named"
    if source_type in INSTITUTIONAL_SOURCES:
        return "institutional"
    return "unnamed"


def sources(article: Article, quoted: pd.DataFrame | None = None) -> pd.DataFrame:
    """Who the article leans on: every attribution, its source named or not, and
    the stance of its reporting verb.

    Reported speech comes from :func:`scripts.quotes.quotes_table` (pass it as
    ``quoted`` if already computed): speaker, source type and the class of the
    verb in ``reporting_verbs.csv``. Sentences it has no speaker for are scanned
    for veiled attribution ("a senior Western diplomat", "people familiar with",
    "there are fears"; ``anonymous_sources.csv``) with a reporting verb or
    "according to". Columns: sentence_id, section, source, source_type,
    attribution (named | institutional | unnamed), verb, stance, found_by.
    """
    from scripts.actors import _tokens
    from scripts.quotes import _verbs, quotes_table

    if quoted is None:
        quoted = quotes_table(article)
    section_of = {s.id: s.section for s in article.sentences}
    rows = [{"sentence_id": q.sentence_id, "section": section_of.get(q.sentence_id, ""),
             "source": q.speaker, "source_type": q.source_type,
             "attribution": _attribution(q.source_type), "verb": q.verb, "stance": q.verb_class,
             "found_by": "reported speech"}
            for q in quoted.itertuples(index=False)]
    covered = set(quoted["sentence_id"])
    for s in article.sentences:
        if s.id in covered:
            continue
        veiled = _anonymous_sources().find(s.text)
        if not veiled:
            continue
        verbs = _verbs(_tokens(s.text))
        agentless = [m for m in veiled if m.category.startswith("agentless")]
        according = _ACCORDING_TO.search(s.text)
        if not (verbs or agentless or according):
            continue
        # "according to" and agentless phrases are the attribution itself; a verb
        # elsewhere in such a sentence may be what the source reports ("reject").
        if according:
            verb, stance = according.group(0), "neutral"
        elif agentless:
            verb, stance = agentless[0].text, "tentative"
        else:
            verb, stance = verbs[0].written, verbs[0].verb_class
        rows.append({"sentence_id": s.id, "section": s.section, "source": veiled[0].text,
                     "source_type": "unnamed", "attribution": "unnamed", "verb": verb,
                     "stance": stance, "found_by": "veiled attribution"})
    order = {s.id: s.index for s in article.sentences}
    out = pd.DataFrame(rows, columns=SOURCE_COLUMNS)
    return out.sort_values("sentence_id", key=lambda c: c.map(order), kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------
# Tone (VADER, sentence by sentence)


@lru_cache(maxsize=1)
def _vader():
    from nltk.sentiment.vader import SentimentIntensityAnalyzer  # loads its lexicon once
    return SentimentIntensityAnalyzer()


def sentence_tone(article: Article) -> pd.DataFrame:
    """VADER scores of every sentence (never of the whole text, where the
    compound score saturates). Columns: sentence_id, section, compound, pos, neu, neg."""
    analyzer = _vader()
    rows = []
    for s in article.sentences:
        score = analyzer.polarity_scores(s.text)
        rows.append({"sentence_id": s.id, "section": s.section, "compound": score["compound"],
                     "pos": score["pos"], "neu": score["neu"], "neg": score["neg"]})
    return pd.DataFrame(rows)


def _summary(scores: pd.DataFrame, by: str, order=None) -> pd.DataFrame:
    out = (scores.groupby(by, sort=False)["compound"]
           .agg(sentences="size", mean="mean", lowest="min", highest="max")
           .reset_index())
    if order is not None:
        out = out.set_index(by).reindex(order).dropna(how="all").reset_index()
        out["sentences"] = out["sentences"].astype(int)
    return out


def tone_by_section(tone: pd.DataFrame, article: Article) -> pd.DataFrame:
    """Columns: section, sentences, mean, lowest, highest (compound scores)."""
    return _summary(tone, "section", sections(article))


def tone_by_actor(tone: pd.DataFrame, mentions: pd.DataFrame, min_sentences: int = 1) -> pd.DataFrame:
    """Tone of the sentences that name each actor.

    ``mentions`` needs columns actor and sentence_id (one row per mention; any
    source of mentions will do). Columns: actor, sentences, mean, lowest, highest,
    most mentioned first.
    """
    pairs = mentions[["actor", "sentence_id"]].drop_duplicates()
    joined_scores = pairs.merge(tone[["sentence_id", "compound"]], on="sentence_id")
    out = _summary(joined_scores, "actor")
    out = out[out["sentences"] >= min_sentences]
    return out.sort_values(["sentences", "actor"], ascending=[False, True]).reset_index(drop=True)


# --------------------------------------------------------------------------
# Hand coding and agreement


def hand_coding_path(article: Article) -> Path:
    return HAND_CODING / f"{Path(article.path).stem}.csv"


def read_hand_coding(path: Path) -> pd.DataFrame:
    """A hand coding file (see scripts/data/hand_coding/README.md), one row per sentence."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def hand_long(hand: pd.DataFrame) -> pd.DataFrame:
    """Hand codes in the long format of :func:`code_frames`: sentence_id, frame, scheme."""
    rows = []
    for record in hand.itertuples(index=False):
        for scheme, column in (("generic", "generic_frames"), ("policy", "policy_frames")):
            for frame in filter(None, (f.strip() for f in getattr(record, column).split(";"))):
                rows.append({"sentence_id": record.sentence_id, "frame": frame, "scheme": scheme})
    return pd.DataFrame(rows, columns=["sentence_id", "frame", "scheme"])


def cohen_kappa(first, second) -> float:
    """Cohen's (1960) kappa of two codings of the same items (any labels).

    (p_o - p_e) / (1 - p_e), p_o the observed share of agreement, p_e the
    agreement expected from each coder's label shares. NaN when p_e is 1 (both
    coders gave one and the same label throughout).
    """
    first, second = list(first), list(second)
    if len(first) != len(second) or not first:
        raise ValueError("kappa needs two codings of the same, non-empty list of items")
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / n
    labels = set(first) | set(second)
    expected = sum((first.count(label) / n) * (second.count(label) / n) for label in labels)
    if expected == 1:
        return float("nan")
    return (observed - expected) / (1 - expected)


# Landis & Koch's (1977) conventional reading of kappa: upper bound -> words.
_KAPPA_BANDS = ((0.0, "poor"), (0.20, "slight"), (0.40, "fair"), (0.60, "moderate"),
                (0.80, "substantial"), (1.0, "almost perfect"))


def kappa_label(kappa: float) -> str:
    """Landis & Koch's (1977) words for a kappa value ('substantial' for 0.61-0.80)."""
    if kappa != kappa:          # NaN
        return "undefined"
    for upper, words in _KAPPA_BANDS:
        if kappa <= upper:
            return words
    return "almost perfect"


def _scores(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    nan = float("nan")
    precision = tp / (tp + fp) if tp + fp else nan
    recall = tp / (tp + fn) if tp + fn else nan
    f1 = 2 * precision * recall / (precision + recall) if tp else (0.0 if fp or fn else nan)
    return precision, recall, f1


@dataclass
class Agreement:
    per_frame: pd.DataFrame      # scheme, frame, hand, auto, both, precision, recall, f1, kappa
    pooled: pd.DataFrame         # scheme, cells, precision, recall, f1, kappa (all sentence x frame cells)
    disagreements: pd.DataFrame  # sentence_id, scheme, frame, coded_by (hand only | auto only), cues


def agreement(auto: pd.DataFrame, hand: pd.DataFrame, codebook: Codebook | None = None) -> Agreement:
    """Agreement of automatic frame codes with hand codes, frame by frame.

    ``auto`` is the long table of :func:`code_frames`; ``hand`` the wide hand
    coding (:func:`read_hand_coding`), which lists every sentence coded, those
    with no frame included. Each (sentence, frame) is a yes/no decision; the
    hand codes are the reference (precision = share of automatic codes the hand
    coder also gave). The residual 'other' dimension is left out.
    """
    codebook = codebook or load_codebook()
    ids = list(hand["sentence_id"])
    hand_codes = hand_long(hand)
    auto = auto[auto["sentence_id"].isin(ids)]
    cues = {(r.sentence_id, r.scheme, r.frame): r.cues for r in auto.itertuples(index=False)}
    per_frame, pooled, disagreements = [], [], []
    for scheme in SCHEMES:
        hand_set = {(r.sentence_id, r.frame) for r in hand_codes.itertuples() if r.scheme == scheme}
        auto_set = {(r.sentence_id, r.frame) for r in auto.itertuples() if r.scheme == scheme}
        all_hand, all_auto = [], []
        for frame in codebook.ids(scheme):
            by_hand = [(i, frame) in hand_set for i in ids]
            by_auto = [(i, frame) in auto_set for i in ids]
            all_hand += by_hand
            all_auto += by_auto
            tp = sum(h and a for h, a in zip(by_hand, by_auto))
            fp = sum(a and not h for h, a in zip(by_hand, by_auto))
            fn = sum(h and not a for h, a in zip(by_hand, by_auto))
            precision, recall, f1 = _scores(tp, fp, fn)
            per_frame.append({"scheme": scheme, "frame": frame, "hand": sum(by_hand),
                              "auto": sum(by_auto), "both": tp, "precision": precision,
                              "recall": recall, "f1": f1, "kappa": cohen_kappa(by_hand, by_auto)})
            for sentence_id, h, a in zip(ids, by_hand, by_auto):
                if h != a:
                    disagreements.append({"sentence_id": sentence_id, "scheme": scheme,
                                          "frame": frame,
                                          "coded_by": "hand only" if h else "auto only",
                                          "cues": cues.get((sentence_id, scheme, frame), "")})
        tp = sum(h and a for h, a in zip(all_hand, all_auto))
        fp = sum(a and not h for h, a in zip(all_hand, all_auto))
        fn = sum(h and not a for h, a in zip(all_hand, all_auto))
        precision, recall, f1 = _scores(tp, fp, fn)
        pooled.append({"scheme": scheme, "cells": len(all_hand), "precision": precision,
                       "recall": recall, "f1": f1, "kappa": cohen_kappa(all_hand, all_auto)})
    order = {sid: n for n, sid in enumerate(ids)}
    disagreements = pd.DataFrame(disagreements, columns=["sentence_id", "scheme", "frame",
                                                         "coded_by", "cues"])
    disagreements = disagreements.sort_values(
        "sentence_id", key=lambda c: c.map(order), kind="stable").reset_index(drop=True)
    return Agreement(pd.DataFrame(per_frame), pd.DataFrame(pooled), disagreements)


def disagreements_by_frame(disagreements: pd.DataFrame, codebook: Codebook | None = None,
                           link=str, text=str) -> pd.DataFrame:
    """The disagreements of :func:`agreement` one row per frame, so that a reader sees
    where the coder goes wrong: ``missed``, the sentences the hand coder gave the frame
    and the coder did not; ``added``, those the coder alone gave it, each with the cues
    that triggered the code. Nothing of the per-sentence list is lost. Frames in
    codebook order, those without a disagreement left out; each cell starts with its
    count. ``link`` shows a sentence id, ``text`` a cue (escaping it for the page)."""
    codebook = codebook or load_codebook()
    rows = []
    for scheme in SCHEMES:
        for frame in codebook.frames(scheme):
            part = disagreements[(disagreements.scheme == scheme) & (disagreements.frame == frame.id)]
            if part.empty:
                continue
            missed = part[part.coded_by == "hand only"]
            added = part[part.coded_by == "auto only"]
            rows.append({
                "scheme": scheme, "frame": frame.label,
                "missed": f"{len(missed)}: " + ", ".join(link(i) for i in missed.sentence_id) if len(missed) else "none",
                "added": f"{len(added)}: " + ", ".join(
                    f"{link(r.sentence_id)} ({text(r.cues)})" if r.cues else link(r.sentence_id)
                    for r in added.itertuples()) if len(added) else "none"})
    return pd.DataFrame(rows, columns=["scheme", "frame", "missed", "added"])


def sentence_agreement(coded: pd.DataFrame, hand: pd.DataFrame, article: Article) -> pd.DataFrame:
    """Agreement on the two one-per-sentence judgements of the hand coding: the
    primary policy dimension and whether the sentence is hedged.

    Columns: judgement, sentences, agreed, share, kappa.
    """
    auto_primary = primary_dimensions(coded, article)
    auto_hedged = hedges(article).set_index("sentence_id")["hedged"].map({True: "yes", False: "no"})
    ids = list(hand["sentence_id"])
    rows = []
    for judgement, auto_labels, hand_labels in (
            ("primary dimension", auto_primary.reindex(ids).fillna(""), hand["primary_dimension"]),
            ("hedged", auto_hedged.reindex(ids).fillna("no"), hand["hedged"])):
        auto_labels, hand_labels = list(auto_labels), list(hand_labels)
        agreed = sum(a == h for a, h in zip(auto_labels, hand_labels))
        rows.append({"judgement": judgement, "sentences": len(ids), "agreed": agreed,
                     "share": agreed / len(ids), "kappa": cohen_kappa(hand_labels, auto_labels)})
    return pd.DataFrame(rows)


def rated_words_md(text: str) -> str:
    """VADER's rated words of a sentence as MyST text: *word* (+1.9), …"""
    from scripts.report import escape

    return ", ".join(f"*{escape(w)}* ({v:+.1f})" for w, v in vader_words(text)) or "no word"


def cues_table(scheme: str) -> pd.DataFrame:
    """The frames of one scheme with their cue patterns (for the codebook appendix)."""
    book = codebook_frame()
    part = book[book.scheme == scheme]
    return part[["label", "cues"]].rename(columns={"label": "frame"})


def vader_words(text: str) -> list[tuple[str, float]]:
    """The words of a sentence that VADER's lexicon rates, with their ratings
    (-4 to +4): what a sentence's score is made of, before VADER's rules."""
    lexicon = _vader().lexicon
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text.translate(_STRAIGHTEN))
    return [(w, lexicon[w.lower()]) for w in words if w.lower() in lexicon]
