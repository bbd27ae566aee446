"""Tokens, what a reading finds, and the tests of single words the steps share.

Kept apart from the steps because every step and :mod:`scripts.actors` use them, and because
other analyses (quotes, speakers, frames) tokenize sentences the same way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import re
from functools import lru_cache

import nltk

from scripts import nlp
from scripts.knowledge import Name, knowledge


# Time words and sentence adverbs that open a sentence with a capital ("Yesterday Foreign
# Secretary David Lammy said", "Meanwhile Rubio said"): never a word of a name.
_OPENERS = {"Yesterday", "Today", "Tonight", "Tomorrow", "Earlier", "Later", "Meanwhile", "Separately",
            "However", "Then", "Now", "Still", "Instead", "Also", "Again", "Afterwards", "Overnight",
            "Elsewhere", "Previously", "Recently", "Subsequently", "Nevertheless", "Nonetheless",
            "Moreover", "Furthermore", "Additionally", "Indeed", "Finally", "Initially", "Last", "Next",
            "This", "That", "Since", "Until", "Hours", "Days", "Weeks", "Months"}
_TITLE_SUFFIXES = {"in-waiting", "elect", "designate", "nominee"}
_LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "into", "around", "within", "throughout"}
_PLACE_NOUNS = {"region", "province", "oblast", "city", "town", "village", "district", "county",
                "port", "area", "settlement", "island", "peninsula", "capital", "border", "airport",
                "street", "avenue", "square", "road", "bridge", "hotel", "gate", "park", "stadium", "station"}
_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "have",
                "reportedly", "repeatedly", "publicly", "again", "did", "does", "do", "recently"}


@dataclass
class Token:
    text: str
    start: int      # character offsets within Sentence.text
    end: int
    pos: str


@dataclass
class Found:
    """Something named in a sentence, over tokens [start, end)."""
    start: int
    end: int
    kind: str                   # person | state | organization | media | group | place
    canonical: str
    side: str = ""
    role: str = ""
    name: Name | None = None    # the knowledge-table entry, when there is one
    consumed: bool = False      # part of another actor's description ("Russian" in "Russian President")
    evidence: list = field(default_factory=list)   # for persons and groups: how the side is known
    place_kind: str = ""
    adjective: str = ""         # a group's own adjective ("Houthi" in "Houthi movement"), to join its mentions
    common_words: bool = False  # a name of capitalized common words only: dropped unless a longer name takes it
    office: tuple = ()          # a title with no name ("Russia's president"): (side, title head noun)


@lru_cache(maxsize=1)
def _dictionary_words() -> frozenset[str]:
    return frozenset(w.lower() for w in nltk.corpus.words.words())


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words the dictionary writes in lower case: "senior" is one, "Kachin" and "Kurdish" are not."""
    return frozenset(w for w in nltk.corpus.words.words() if w.islower())


def _is_common(word: str) -> bool:
    """A common word, or the plural or third person of one ("Plains", "Says")."""
    lower = word.lower()
    return lower in _common_words() or _singular(lower) in _common_words()


# Every sentence is tokenized by several passes over the article (persons, actors,
# quotes, frames): the cache must hold a whole long article, or each pass evicts
# what the next one needs (at 4,096 entries a 100-page text was tagged four times).
@lru_cache(maxsize=1 << 16)
def _tokens(text: str) -> tuple[Token, ...]:
    """Word tokens with character offsets within ``text`` and POS tags. Hyphenated
    compounds of names ("U.S.-Ukraine") are split so both names are found."""
    tagged = nlp.tagged_spans(text)
    kb = knowledge()
    tokens = []
    for word, tag, start, end in tagged:
        parts = word.split("-")
        if len(parts) > 1 and (word,) not in kb.names and any((p,) in kb.names for p in parts):
            cursor = start
            for k, part in enumerate(parts):
                if k:
                    tokens.append(Token("-", cursor, cursor + 1, ":"))
                    cursor += 1
                if part:
                    tokens.append(Token(part, cursor, cursor + len(part), "NNP"))
                    cursor += len(part)
        else:
            tokens.append(Token(word, start, end, tag))
    return tuple(tokens)


def _entity_spans(tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    return nlp.named_entity_spans([(t.text, t.pos) for t in tokens])


def _is_capitalized(word: str) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word)


# Lower-case particles inside Arabic, Dutch, German, Spanish... names ("al-Burhan", "van der Leyen").
_NAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|bin|ibn|van|von|der|den|de|da|di|du|la|le)(?:-[A-Z]\w*)?$")


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


# Words a title-case headline leaves in lower case (Chicago Manual of Style 8.159, AP style).
_MINOR_WORDS = {"a", "an", "the", "and", "or", "but", "nor", "as", "at", "by", "for", "from", "in", "into",
                "of", "off", "on", "onto", "out", "over", "to", "up", "with", "via", "vs", "vs.", "amid",
                "after", "before", "than", "per", "if", "so", "yet", "'s"}


def _is_title_case(words: list[str]) -> bool:
    """Every word capitalized but the minor ones, as in a headline: capitals mark no names there.
    Headlines end in a word (or a question mark), not a full stop or a bracket, and a third of their words at least are common words: a
    list of names ("Joan Zurcher of Hillsboro, Phyllis Jossy of North Plains.") is no headline."""
    content = [w for w in words if w[:1].isalpha() and w.lower() not in _MINOR_WORDS]
    return len(content) >= 3 and (words[-1][-1:].isalnum() or words[-1] in ("?", "!", "''", "'")) \
        and all(w[0].isupper() for w in content) \
        and 3 * sum(map(_is_common, content)) >= len(content)


def _without_time_suffix(words: tuple[str, ...]) -> tuple[str, ...]:
    """A title of several words with the suffix of its time on its first word, as the title:
    "Secretary-designate of State" -> "Secretary of State"."""
    if len(words) > 1:
        head, _, suffix = words[0].partition("-")
        if suffix.lower() in _TITLE_SUFFIXES:
            return (head, *words[1:])
    return words


def _singular(word: str) -> str:
    """"diplomats" -> "diplomat", "authorities" -> "authority" (enough to look a plural up)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _short(canonical: str) -> str:
    return canonical.split()[-1]


def _strip_article(text: str) -> str:
    words = text.split()
    return " ".join(words[1:]) if words and words[0].lower() in ("the", "a", "an") else text
