"""The article's language: counts, frequencies, collocations, concordance,
dispersion and keyness against a reference corpus.

The methods are those of corpus tools analysts know (AntConc, Voyant, NLTK's
``FreqDist`` and collocation finders); each function returns a DataFrame with
the sentence ids its figures rest on, so the book can link to the evidence.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import nltk
import pandas as pd
import textstat
from nltk.collocations import (BigramAssocMeasures, BigramCollocationFinder,
                               TrigramAssocMeasures, TrigramCollocationFinder)

from scripts import nlp
from scripts.reader import Article, furniture_kind

# A word: letters, optionally joined by hyphens or inner apostrophes/periods
# ("long-term", "U.S."); digits may lead ("30-day"). Punctuation and the
# possessive clitic "'s" are not words.
_WORD = re.compile(r"^(?:\d+-)?[^\W\d_]+(?:[-.'][^\W\d_]+)*\.?$")
# Reference-corpus comparisons use plain lowercase words on both sides, so
# that tokenizer differences between Brown and NLTK's tokenizer do not count.
_PLAIN = re.compile(r"^[a-z]+(?:-[a-z]+)*$")

# Thresholds of the chi-squared distribution with one degree of freedom,
# as corpus linguists read G² (Rayson & Garside 2000).
G2_CRITICAL = {0.05: 3.84, 0.01: 6.63, 0.001: 10.83, 0.0001: 15.13}


_ALL_KINDS = ("title", "standfirst", "heading", "paragraph", "list_item")


@dataclass(frozen=True)
class Token:
    text: str          # as in the article (apostrophes straightened)
    norm: str          # lowercase
    sentence_id: str
    section: str
    position: int      # running index among the article's words


def word_tokens(article: Article, kinds=("paragraph", "list_item")) -> list[Token]:
    """The article's words in reading order. Headline, standfirst and headings
    are left out by default: they repeat the body and would count twice."""
    tokens: list[Token] = []
    for sentence in article.sentences:
        if sentence.kind not in kinds:
            continue
        for text in nlp.word_tokens(sentence.text):
            if _WORD.match(text):
                tokens.append(Token(text, text.lower(), sentence.id, sentence.section, len(tokens)))
    return tokens


def is_content_word(norm: str) -> bool:
    return norm not in nlp.function_words() and len(norm) > 1 and not norm.isdigit()


# --- counts ------------------------------------------------------------------

# Flesch's (1948) table of reading ease: the lowest score of each band, and its name
FLESCH_BANDS = ((90, "very easy"), (80, "easy"), (70, "fairly easy"), (60, "standard"),
                (50, "fairly difficult"), (30, "difficult"), (float("-inf"), "very difficult"))


def flesch_band(score: float) -> str:
    """How Flesch's table names a Reading Ease score: 27.5 -> 'very difficult'."""
    return next(name for floor, name in FLESCH_BANDS if score >= floor)


def text_statistics(article: Article) -> dict[str, float]:
    """Size, sentence length, lexical diversity and readability of the body text."""
    tokens = word_tokens(article)
    body = [s for s in article.sentences if s.kind in ("paragraph", "list_item")]
    n_tokens = len(tokens)
    n_types = len({t.norm for t in tokens})
    body_text = " ".join(s.text for s in body)
    return {
        "blocks": len(article.blocks),
        "sentences": len(article.sentences),
        "body_sentences": len(body),
        "tokens": n_tokens,
        "types": n_types,
        "mean_sentence_length": n_tokens / len(body) if body else 0.0,
        "longest_sentence": max((sum(t.sentence_id == s.id for t in tokens) for s in body), default=0),
        "type_token_ratio": n_types / n_tokens if n_tokens else 0.0,
        # Guiraud's root TTR: less dependent on text length than the plain ratio
        "root_ttr": n_types / math.sqrt(n_tokens) if n_tokens else 0.0,
        "content_share": sum(is_content_word(t.norm) for t in tokens) / n_tokens if n_tokens else 0.0,
        "flesch_reading_ease": textstat.flesch_reading_ease(body_text),
        "flesch_kincaid_grade": textstat.flesch_kincaid_grade(body_text),
    }


def structure(article: Article) -> pd.DataFrame:
    """One row per section: its paragraphs, list items, sentences and words
    (the title, standfirst and headings count as one sentence each)."""
    words = Counter(t.sentence_id for t in word_tokens(article, kinds=_ALL_KINDS))
    rows = []
    for section in dict.fromkeys(b.section for b in article.blocks):
        blocks = [b for b in article.blocks if b.section == section]
        sentences = [s for s in article.sentences if s.section == section]
        rows.append({
            "section": section,
            "first": blocks[0].id,
            "paragraphs": sum(b.kind == "paragraph" for b in blocks),
            "list items": sum(b.kind == "list_item" for b in blocks),
            "sentences": len(sentences),
            "words": sum(words[s.id] for s in sentences),
        })
    return pd.DataFrame(rows)


def list_placement(structure: pd.DataFrame) -> str:
    """Where the article's lists sit, relative to its longest section: a clause for the prose
    ("is also the one that holds the list"), without repeating the section's name."""
    longest = structure.sort_values("words", ascending=False).iloc[0]["section"]
    lists = structure[structure["list items"] > 0]["section"].tolist()
    if not lists:
        return "holds no list, as no section does"
    noun = "list" if len(lists) == 1 else "lists"
    if lists == [longest]:
        return f"is also the one that holds the {noun}"
    if longest in lists:
        return f"holds one of the article's {len(lists)} lists"
    where = "; ".join(f"“{section}”" for section in lists)
    return f"holds no list; the {noun} {'is' if noun == 'list' else 'are'} in {where}"


def frequent_words(article: Article, n: int = 20) -> pd.DataFrame:
    """The most frequent content words, with the sentences they occur in."""
    tokens = [t for t in word_tokens(article) if is_content_word(t.norm)]
    counts = Counter(t.norm for t in tokens)
    rows = []
    for word, count in counts.most_common():
        ids = list(dict.fromkeys(t.sentence_id for t in tokens if t.norm == word))
        rows.append({"word": word, "count": count, "sentences": ids})
    frame = pd.DataFrame(rows, columns=["word", "count", "sentences"])
    # ties broken alphabetically so the list is stable from run to run
    return frame.sort_values(["count", "word"], ascending=[False, True]).head(n).reset_index(drop=True)


# --- collocations -----------------------------------------------------------

def collocations(article: Article, size: int = 2, min_freq: int = 2, n: int = 10) -> pd.DataFrame:
    """Bigrams (size 2) or trigrams (size 3) that recur at least ``min_freq``
    times within sentences, scored by log-likelihood (Dunning 1993) and by
    pointwise mutual information (Church & Hanks 1990). N-grams that start or
    end with a function word are left out."""
    by_sentence: dict[str, list[str]] = {}
    for t in word_tokens(article):
        by_sentence.setdefault(t.sentence_id, []).append(t.norm)
    documents = list(by_sentence.values())
    if size == 2:
        finder, measures = BigramCollocationFinder.from_documents(documents), BigramAssocMeasures
    elif size == 3:
        finder, measures = TrigramCollocationFinder.from_documents(documents), TrigramAssocMeasures
    else:
        raise ValueError("size must be 2 or 3")
    finder.apply_freq_filter(min_freq)
    finder.apply_ngram_filter(lambda *words: not is_content_word(words[0]) or not is_content_word(words[-1]))
    llr = dict(finder.score_ngrams(measures.likelihood_ratio))
    pmi = dict(finder.score_ngrams(measures.pmi))
    rows = [{"collocation": " ".join(g), "count": finder.ngram_fd[g],
             "log-likelihood": llr[g], "PMI": pmi[g]} for g in llr]
    frame = pd.DataFrame(rows, columns=["collocation", "count", "log-likelihood", "PMI"])
    if frame.empty:
        return frame
    frame["rank by log-likelihood"] = frame["log-likelihood"].rank(ascending=False, method="min").astype(int)
    frame["rank by PMI"] = frame["PMI"].rank(ascending=False, method="min").astype(int)
    return (frame.sort_values(["log-likelihood", "collocation"], ascending=[False, True])
            .head(n).reset_index(drop=True))


# --- keyness -----------------------------------------------------------------

@lru_cache(maxsize=4)
def reference_counts(category: str = "news") -> tuple[Counter, int]:
    """Word counts of a Brown corpus category (Francis & Kučera 1979)."""
    words = [w.lower() for w in nltk.corpus.brown.words(categories=category)]
    plain = [w for w in words if _PLAIN.match(w)]
    return Counter(plain), len(plain)


def log_likelihood(a: int, b: int, c: int, d: int) -> float:
    """G² for a word seen ``a`` times in a corpus of ``c`` words and ``b``
    times in one of ``d`` words (Rayson & Garside 2000)."""
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    g2 = 0.0
    if a:
        g2 += a * math.log(a / e1)
    if b:
        g2 += b * math.log(b / e2)
    return 2 * g2


def log_ratio(a: int, b: int, c: int, d: int) -> float:
    """Binary log of the ratio of relative frequencies (Hardie 2014); a zero
    count is taken as 0.5 so that words absent from one corpus stay finite."""
    return math.log2(((a or 0.5) / c) / ((b or 0.5) / d))


def keyness(article: Article, category: str = "news", min_freq: int = 2) -> pd.DataFrame:
    """Every word compared with the reference: counts, G², log ratio and the
    direction ('article' when the article uses it more). Words the article
    uses fewer than ``min_freq`` times are compared only for the negative
    direction, where the reference count decides."""
    ref, ref_total = reference_counts(category)
    tokens = [t for t in word_tokens(article) if _PLAIN.match(t.norm)]
    counts = Counter(t.norm for t in tokens)
    total = len(tokens)
    candidates = {w for w, a in counts.items() if a >= min_freq}
    # words frequent in the reference but rare in the article can be key in
    # the other direction; the reference's 300 commonest words cover them
    candidates |= {w for w, _ in ref.most_common(300)}
    rows = []
    for word in candidates:
        a, b = counts.get(word, 0), ref.get(word, 0)
        rows.append({
            "word": word, "article": a, "reference": b,
            "article per 1,000": 1000 * a / total, "reference per 1,000": 1000 * b / ref_total,
            "G2": log_likelihood(a, b, total, ref_total),
            "log ratio": log_ratio(a, b, total, ref_total),
        })
    frame = pd.DataFrame(rows)
    frame["key in"] = frame["log ratio"].map(lambda r: "article" if r > 0 else "reference")
    return frame.sort_values(["G2", "word"], ascending=[False, True]).reset_index(drop=True)


def key_words(keyness_frame: pd.DataFrame, direction: str = "article", n: int = 15,
              p: float = 0.01) -> pd.DataFrame:
    """The ``n`` strongest key words in one direction, significant at ``p``."""
    rows = keyness_frame[(keyness_frame["key in"] == direction)
                         & (keyness_frame["G2"] >= G2_CRITICAL[p])]
    return rows.head(n).reset_index(drop=True)


def key_terms(article: Article, n: int = 6) -> list[str]:
    """Terms the analysis puts forward for concordance and dispersion: the
    strongest positive key words that are content words."""
    table = key_words(keyness(article), "article", n=100)
    return [w for w in table["word"] if is_content_word(w)][:n]


# --- concordance and dispersion ------------------------------------------------

def concordance(article: Article, term: str, width: int = 50) -> pd.DataFrame:
    """Keyword-in-context lines for a whole word, case-insensitive: up to
    ``width`` characters either side, within the body sentence it occurs in."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])", re.I)
    rows = []
    for s in article.sentences:
        if s.kind not in ("paragraph", "list_item"):
            continue
        for m in pattern.finditer(s.text):
            left, right = s.text[:m.start()], s.text[m.end():]
            rows.append({
                "sentence": s.id,
                "left": ("…" if len(left) > width else "") + left[-width:].strip(),
                "term": m.group(0),
                "right": right[:width].strip() + ("…" if len(right) > width else ""),
            })
    return pd.DataFrame(rows, columns=["sentence", "left", "term", "right"])


def dispersion(article: Article, terms: list[str]) -> pd.DataFrame:
    """Where each term falls: one row per occurrence with its word position,
    sentence and section (the data of a dispersion plot)."""
    wanted = {t.lower() for t in terms}
    return pd.DataFrame(
        [{"term": t.norm, "position": t.position, "sentence_id": t.sentence_id,
          "section": t.section} for t in word_tokens(article) if t.norm in wanted],
        columns=["term", "position", "sentence_id", "section"])


def section_starts(article: Article) -> pd.DataFrame:
    """The word position at which each section's body begins."""
    seen, rows = set(), []
    for t in word_tokens(article):
        if t.section not in seen:
            seen.add(t.section)
            rows.append({"section": t.section, "position": t.position})
    return pd.DataFrame(rows, columns=["section", "position"])


# --- provenance --------------------------------------------------------------

def time_expressions(article: Article) -> pd.DataFrame:
    """Expressions of date and time the text itself gives, with their sentences
    (found, and resolved to dates where the text allows, by :func:`scripts.synthesis.timeline`)."""
    from scripts.synthesis import timeline
    return timeline(article)[["expression", "sentence_id"]]


def byline(article: Article) -> str | None:
    """A byline line ("By …") if the text has one (the reader sets bylines aside
    with the page furniture, in ``article.dropped``)."""
    for text in [*article.dropped, *(block.text for block in article.blocks[:4])]:
        if furniture_kind(text) == "byline":
            return text
    return None
