"""NLTK models, loaded once per process.

``nltk.ne_chunk`` builds its chunker anew on every call (seconds each);
these wrappers keep one instance of every model for the whole run.
"""
from __future__ import annotations

from functools import lru_cache

import nltk

from scripts import nltk_resources  # noqa: F401  (adds the project's NLTK folder to the path)


@lru_cache(maxsize=1)
def sentence_splitter():
    return nltk.tokenize.PunktTokenizer("english")


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


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (Punkt)."""
    return list(sentence_splitter().span_tokenize(text))


def word_tokens(text: str) -> list[str]:
    """Treebank-style word tokens; curly apostrophes are straightened so that
    possessives split as ``Russia`` + ``'s``."""
    return nltk.word_tokenize(text.replace("\u2019", "'").replace("\u2018", "'"),
                              preserve_line=True)


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
