"""The sentence reader: the actors named in one sentence, found in named steps.

:class:`SentenceReader` is put together from one class per step, each in its own module, so
that each step can be read on its own, top to bottom, in the order :meth:`SentenceReader.read`
runs them:

* :mod:`.words`: tokens, what was found (:class:`Found`) and the word tests every step uses;
* :mod:`.persons`: the persons an article names, whom a surname or other spelling picks out;
* :mod:`.lookups`: what every step asks of the sentence (a title ending at a token, what was
  found there, a reporting verb after a name);
* :mod:`.tables` (step 1): the names the knowledge tables know;
* :mod:`.runs` (step 2): proper names no table knows, typed by their cues;
* :mod:`.titles`: titles and appositions around a name, read by steps 2, 4 and 5;
* :mod:`.people` (steps 3-5): known persons, each person's role and side, titles with no name;
* :mod:`.groups` (steps 6-7): table names in context, and unnamed groups that speak.

The article-level reading (the person registry, joining across sentences, sides) is in
:mod:`scripts.actors`.
"""
from __future__ import annotations

from dataclasses import replace

from scripts.knowledge import Knowledge
from scripts.reader import Sentence
from scripts.sentence_reader.words import Found, _is_title_case, _tokens
from scripts.sentence_reader.persons import _Persons
from scripts.sentence_reader.lookups import Lookups
from scripts.sentence_reader.tables import TableNames
from scripts.sentence_reader.runs import NameRuns
from scripts.sentence_reader.titles import Titles
from scripts.sentence_reader.people import PersonSteps
from scripts.sentence_reader.groups import GroupSteps


class SentenceReader(Lookups, TableNames, NameRuns, Titles, PersonSteps, GroupSteps):
    """Finds the actors named in one sentence."""

    def __init__(self, sentence: Sentence, kb: Knowledge, persons: _Persons):
        self.sentence = sentence
        self.kb = kb
        self.persons = persons      # the persons of the whole article
        self.tokens = _tokens(sentence.text)
        # the chunker's entity spans: the costliest step of the analysis, computed
        # once per sentence and handed from the person registry to the reading proper
        self.chunks: list[tuple[int, int]] | None = None
        self.words = [t.text for t in self.tokens]
        # a headline line set as a paragraph ("Putin Says Russia Backs Ceasefire Idea") reads as one
        self.is_heading = sentence.kind in ("title", "heading") or _is_title_case(self.words)
        self.used: set[int] = set()     # tokens of the titles and appositions that describe a named person
        self._titles: dict[int, tuple[int, str] | None] = {}
        self._first_steps: tuple[list[Found], list[tuple[int, int]]] | None = None
        self.found: list[Found] = []

    def read(self) -> list[Found]:
        """The actors of the sentence, found in named steps, each reading what the ones before found:

        1. :meth:`_names`: names of the knowledge tables (countries, seats, organizations, media);
        2. :meth:`name_runs` and :meth:`classify_run`: proper names no table knows, typed by their cues;
        3. :meth:`known_persons`: persons the article names elsewhere (headlines, bare surnames);
        4. :meth:`describe_person`: each person's role and side evidence (title, apposition, possessive);
        5. :meth:`role_nouns`: titles with no name ("Russia's president"), persons of their side;
        6. :meth:`resolve_names`: table names in context (groups, bodies of a state, places);
        7. :meth:`bare_groups`: unnamed groups that speak ("Observers suggest").

        Each step is a class of its own module, in this order: step 1 in :mod:`.tables`, step 2 in
        :mod:`.runs`, steps 3-5 in :mod:`.people`, steps 6-7 in :mod:`.groups`; the titles and
        appositions that steps 2, 4 and 5 read are in :mod:`.titles`.
        """
        self.found, runs = self.first_steps()
        for start, end in runs:
            found = self.classify_run(start, end)
            if found:
                self.found.append(found)
        self.known_persons()
        self.found.sort(key=lambda f: f.start)
        for person in [f for f in self.found if f.kind == "person"]:
            self.describe_person(person)
        self.role_nouns()
        self.resolve_names()
        self.bare_groups()
        return self.found

    def first_steps(self) -> tuple[list[Found], list[tuple[int, int]]]:
        """The table names (:meth:`_names`) and the runs of names no table knows (:meth:`name_runs`)
        that a reading starts from. They depend on the sentence alone, and the person registry and
        the reading proper both start so: found once and handed on (see :func:`read_sentences`),
        as fresh objects each time, since the steps after them change what they found."""
        if self._first_steps is None:
            self.found = self._names()
            self._first_steps = ([replace(f, evidence=list(f.evidence)) for f in self.found], self.name_runs())
        names, runs = self._first_steps
        return [replace(f, evidence=list(f.evidence)) for f in names], list(runs)
