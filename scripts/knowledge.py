"""The general knowledge tables of ``scripts/data/``, loaded once.

Countries (ours plus every ISO 3166 country from ``pycountry``), capitals, seats of
government, organizations, media, regions, titles, group nouns, head nouns, reporting
verbs and agent verbs become one :class:`Knowledge` object whose ``names`` map token sequences
(as :func:`scripts.nlp.word_tokens` splits them) to what they name.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd
import pycountry

from scripts import nlp
from scripts.morphology import inflections
from scripts.paths import DATA


@dataclass(frozen=True)
class Name:
    """What a name in the text stands for."""
    kind: str        # country | capital | seat | demonym | organization | media | region | region_adjective
    canonical: str   # the actor (or place) it names
    side: str        # the state or bloc it belongs to; empty when none
    role: str = ""   # government, military... kept for metonyms


@dataclass
class Knowledge:
    names: dict[tuple[str, ...], Name] = field(default_factory=dict)
    titles: dict[tuple[str, ...], str] = field(default_factory=dict)   # lower-case tokens -> role class
    title_country: dict[tuple[str, ...], str] = field(default_factory=dict)   # titles only one state gives
    group_nouns: dict[str, str] = field(default_factory=dict)          # noun -> kind
    head_nouns: dict[str, str] = field(default_factory=dict)           # lower-case noun -> organization | armed group | place
    verbs: dict[str, tuple[str, str]] = field(default_factory=dict)    # inflected form -> (lemma, class)
    phrasal_verbs: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    clause_verbs: set[str] = field(default_factory=set)                 # reporting verbs that introduce a clause
    agent_verbs: dict[str, bool] = field(default_factory=dict)          # inflected form -> its object is a person
    demonym_of: dict[str, str] = field(default_factory=dict)            # state -> first demonym
    subdivisions: dict[str, tuple[str, str]] = field(default_factory=dict)   # name or abbreviation -> (subdivision, state)
    subdivision_codes: dict[str, tuple[str, str]] = field(default_factory=dict)   # postal code -> (subdivision, state)
    _longest: tuple[int, int] = (-1, 0)                                 # (table size, longest key)
    _phrasal_index: tuple = (-1, None)                                  # (table size, first word -> keys)
    _title_ends: tuple = (-1, frozenset())                              # (table size, last words of titles)
    _name_starts: tuple = (-1, None)                                    # (table size, first word -> longest)

    @property
    def longest_name(self) -> int:
        # asked for at every word of every sentence: counted once per size of the table
        if self._longest[0] != len(self.names):
            self._longest = (len(self.names), max(map(len, self.names), default=0))
        return self._longest[1]

    def phrasal_verbs_starting(self, word: str) -> list[tuple[str, ...]]:
        """The keys of :attr:`phrasal_verbs` whose first word is ``word``, in table order
        (looked up at every token: indexed once per size of the table)."""
        if self._phrasal_index[0] != len(self.phrasal_verbs):
            index: dict[str, list[tuple[str, ...]]] = {}
            for key in self.phrasal_verbs:
                index.setdefault(key[0], []).append(key)
            self._phrasal_index = (len(self.phrasal_verbs), index)
        return self._phrasal_index[1].get(word, [])

    def name_starts(self) -> dict[str, int]:
        """First word of the names -> the most words a name starting with it has: a word that
        starts no name (most words) is not looked up in every size of word sequence."""
        if self._name_starts[0] != len(self.names):
            starts: dict[str, int] = {}
            for key in self.names:
                if key:
                    starts[key[0]] = max(starts.get(key[0], 0), len(key))
            self._name_starts = (len(self.names), starts)
        return self._name_starts[1]

    def title_ends(self) -> frozenset[str]:
        """The last words of the titles (lower case): no title ends with any other word."""
        if self._title_ends[0] != len(self.titles):
            self._title_ends = (len(self.titles), frozenset(key[-1] for key in self.titles if key))
        return self._title_ends[1]

    def is_title(self, words: tuple[str, ...]) -> str | None:
        """Role class of a title (lower-cased tokens), or None."""
        return self.titles.get(tuple(map(str.lower, words)))


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA / name, comment="#", dtype=str, keep_default_na=False)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _key(text: str) -> tuple[str, ...]:
    # a trailing word keeps the final period of "U.S." inside the token, as in running text
    words = nlp.word_tokens(text + " x")[:-1]
    if len(words) > 1 and words[0].lower() == "the":   # "the West" is matched as "West"
        words = words[1:]
    return tuple(words)


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    kb = Knowledge()

    def add(text: str, name: Name):
        key = _key(text)
        if key and key not in kb.names:       # the first table to claim a name keeps it
            kb.names[key] = name
        # initials set with spaces, an older house style ("U. S.", "U. N." for "U.S.", "U.N.")
        if re.fullmatch(r"(?:[A-Z]\.){2,}", text):
            add(" ".join(re.findall(r"[A-Z]\.", text)), name)

    # seats first: "Brussels" stands for the EU before it is Belgium's capital
    for row in _read("seats.csv").itertuples():
        add(row.seat, Name("seat", row.stands_for, row.stands_for, row.role))
    for row in _read("organizations.csv").itertuples():
        name = Name("organization", row.organization, row.side)
        for text in [row.organization, *_split(row.aliases)]:
            add(text, name)
    for row in _read("media.csv").itertuples():
        name = Name("media", row.outlet, row.side)
        for text in [row.outlet, *_split(row.aliases)]:
            add(text, name)
    known_iso = set()
    for row in _read("countries.csv").itertuples():
        country = row.country
        known_iso.add(row.alpha_3)
        iso = pycountry.countries.get(alpha_3=row.alpha_3)
        iso_names = [getattr(iso, a, None) for a in ("name", "official_name", "common_name")] if iso else []
        for text in [country, *_split(row.aliases), *[n for n in iso_names if n and "," not in n]]:
            add(text, Name("country", country, country))
        demonyms = _split(row.demonyms)
        if demonyms:
            kb.demonym_of[country] = demonyms[0]
        for text in demonyms:
            add(text, Name("demonym", country, country))
        for text in _split(row.capital):
            add(text, Name("capital", country, country, "government"))
    for iso in pycountry.countries:      # every other country, under its ISO name
        if iso.alpha_3 in known_iso:
            continue
        canonical = getattr(iso, "common_name", None) or iso.name
        for text in {canonical, iso.name, getattr(iso, "official_name", iso.name)}:
            if "," not in text:
                add(text, Name("country", canonical, canonical))
    for row in _read("regions.csv").itertuples():
        add(row.region, Name("region", row.region, ""))
        for text in _split(row.adjectives):
            add(text, Name("region_adjective", row.region, row.region))

    for row in _read("titles.csv").itertuples():
        # tokenized as in running text, so that "Sen." stays one token as in "Sen. John Tower"
        key = tuple(w.lower() for w in nlp.word_tokens(row.title + " x")[:-1])
        kb.titles[key] = row.role_class
        if row.country:
            kb.title_country[key] = row.country
    for row in _read("subdivisions.csv").itertuples():
        for text in [row.subdivision, *_split(row.other_names)]:
            kb.subdivisions.setdefault(text, (row.subdivision, row.country))
        for code in _split(row.codes):
            kb.subdivision_codes.setdefault(code, (row.subdivision, row.country))
    for row in _read("group_nouns.csv").itertuples():
        kb.group_nouns[row.noun] = row.kind
    for row in _read("head_nouns.csv").itertuples():
        kb.head_nouns[row.noun] = row.kind
    for row in _read("reporting_verbs.csv").itertuples():
        words = row.verb.split()
        if row.complement == "clause":
            kb.clause_verbs.add(row.verb)
        if len(words) == 1:
            for form, lemma in inflections(row.verb).items():
                kb.verbs[form] = (lemma, row[2])   # row[2] is the "class" column
        else:
            for form in inflections(words[0]):
                kb.phrasal_verbs[(form, *words[1:])] = (row.verb, row[2])
    for row in _read("agent_verbs.csv").itertuples():
        forms = [*inflections(row.verb), *_split(row.irregular)]
        for form in forms:
            kb.agent_verbs[form] = row.object == "person"
    return kb
