"""NLTK models, loaded once per process.

``nltk.ne_chunk`` builds its chunker anew on every call (seconds each);
these wrappers keep one instance of every model for the whole run.
"""
from __future__ import annotations

import re
from functools import lru_cache

import nltk

from scripts import nltk_resources  # noqa: F401  (adds the project's NLTK folder to the path)


# the analysis cache's name for the models kept there (not an article's checksum)
MODELS = "nltk-models"


@lru_cache(maxsize=1)
def sentence_splitter():
    # Punkt's English model is read from NLTK's tables line by line (about 0.3 s in every
    # process, 0.02 s unpickled): while the book is built, the analysis cache keeps it for the
    # next kernel (keyed, as every entry, by the package, the library versions and NLTK_DATA)
    from scripts import analysis_cache

    return analysis_cache.cached(MODELS, "punkt-english", _sentence_splitter)


def _sentence_splitter():
    splitter = nltk.tokenize.PunktTokenizer("english")
    # abbreviated titles stand before a name, never at a sentence's end: "then Gov. Marvin
    # Griffin" is one sentence (Punkt's English model knows "Sen." and "Lt." but not "Gov.")
    splitter._params.abbrev_types.update(_title_abbreviations())
    return splitter


def _title_abbreviations() -> set[str]:
    from scripts.paths import DATA
    with open(DATA / "titles.csv", encoding="utf-8") as table:
        titles = [line.split(",")[0] for line in table if not line.startswith("#")]
    return {title[:-1].lower() for title in titles if title.endswith(".") and " " not in title}


@lru_cache(maxsize=1)
def tagger():
    return nltk.tag.PerceptronTagger()


@lru_cache(maxsize=1)
def binary_chunker():
    # The typed (multiclass) model is not distributed here; the binary one labels spans "NE".
    return nltk.chunk.ne_chunker(fmt="binary")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(nltk.corpus.stopwords.words("english"))


# The central modal auxiliaries (Quirk, Greenbaum, Leech & Svartvik 1985, A Comprehensive Grammar
# of the English Language, §3.40) and "ought", the marginal modal that has no lexical use. NLTK's
# list has "can", "will" and "should" but not the rest, which would otherwise pass as content words.
MODAL_AUXILIARIES = frozenset({"can", "could", "may", "might", "shall", "should", "will", "would",
                               "must", "ought"})


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """NLTK's English stop words and the modal auxiliaries: the words that are not content words."""
    return stopwords() | MODAL_AUXILIARIES


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (Punkt). A sentence never opens in lower
    case, nor with the number after "No.": Punkt's break before one is at an abbreviation it
    took for a sentence's end ("Halleck (Ind.) said", "the U. S. for the U-2 incident",
    "the No. 2 man"), and the two parts are one sentence."""
    spans: list[tuple[int, int]] = []
    for start, end in sentence_splitter().span_tokenize(text):
        if spans and (text[start].islower() or (
                text[start].isdigit() and re.search(r"\bNo\.$", text[spans[-1][0]:spans[-1][1]]))):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def straighten_apostrophes(text: str) -> str:
    """Curly single quotes as straight ones; the length, and so every offset, is kept."""
    return text.replace("\u2019", "'").replace("\u2018", "'")


def word_tokens(text: str) -> list[str]:
    """Treebank-style word tokens; curly apostrophes are straightened so that
    possessives split as ``Russia`` + ``'s``."""
    return nltk.word_tokenize(straighten_apostrophes(text), preserve_line=True)


@lru_cache(maxsize=1 << 16)
def tagged_spans(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """(word, tag, start, end) for every token of ``text``, with character
    offsets in ``text``. The tokenizer rewrites double quotes as two backticks
    or two apostrophes: they are found as any straight or curly double quote. A word the
    tokenizer rewrote beyond recognition keeps the position of the cursor."""
    flat = straighten_apostrophes(text)
    out, pos = [], 0
    for word, tag in pos_tag(word_tokens(text)):
        if word in ("``", "''"):
            quote = re.compile(r"[\"\u201c\u201d]").search(flat, pos)
            at, length = (quote.start() if quote else -1), 1
        else:
            at, length = flat.find(word, pos), len(word)
        if at < 0:
            at, length = pos, 0
        out.append((word, tag, at, at + length))
        pos = at + length
    return tuple(out)


def pos_tag(tokens: list[str]) -> list[tuple[str, str]]:
    return tagger().tag(tokens)


def named_entity_spans(tagged: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """Token index spans [start, end) that the binary chunker marks as named entities."""
    tree = binary_chunker().parse(tagged)
    spans, i = [], 0
    for node in tree:
        if isinstance(node, nltk.Tree):
            spans.append((i, i + len(node)))
            i += len(node)
        else:
            i += 1
    return spans
