"""Who appears in a news article: actors, their mentions, their sides.

:func:`find_actors` reads every sentence of an :class:`~scripts.reader.Article`
and returns an :class:`ActorAnalysis` with three tables:

* ``actors``: one row per canonical actor (person, state, organization, media,
  group) with its side and the chain of cues the side was inferred from;
* ``mentions``: every place in the text where an actor is named, with the
  sentence id and character offsets within ``Sentence.text``;
* ``places``: names that only locate events ("talks in Jeddah").

Detection uses the text's own cues, never a list of the article's people:
named-entity spans of NLTK's binary chunker, titles before names ("Kremlin aide
Yuri Ushakov"), appositions ("Steven Witkoff, a close ally of Trump"),
possessives ("Trump's envoy"), demonyms ("Russian forces") and institutional
metonymy ("the Kremlin", "Moscow's opposition"), looked up in the general
tables of ``scripts/data`` (see :mod:`scripts.knowledge`). A name no table knows
is typed by its head noun ("Rapid Support Forces" a body, "Red Sea" a place) or,
for a group's own adjective before a group word, as a non-state group
("the Houthi movement", "a Houthi spokesman").

Names the chunker misses are taken from runs of proper nouns, without the time words and
sentence adverbs that open a sentence ("Yesterday Foreign Secretary David Lammy said"). A bare
surname is a person by what it does ("Witkoff arrived", "Putin met Witkoff": the agent verbs of
``agent_verbs.csv``) and is the nearest full name before it that ends so; spellings of one name
("Zelenskyy", "Zelensky") are one person (:func:`scripts.names.spelling_key`). Headlines, where every word is
capitalized, name only the persons the article knows. A title with no name after a state or
seat ("Russia's president", "the Kremlin spokesman") is a person of that side, joined to the
one person the article names with that office; a title only one state gives ("Foreign
Secretary") tells the side by itself.

Last in the side chain, a person the text shows holding a state's public office but ties to no
state is tied through the state's subdivisions (``subdivisions.csv``: "Texas Sen. John Tower",
"Gov. Price Daniel of Texas", "Sen. Jones (D-Tex.)", "Zaporizhzhia Oblast Governor") or else
through the article's home country, when its places are overwhelmingly one state's
(:func:`home_country`); a report of talks between two states has none.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
import re
from functools import lru_cache

import nltk
import pandas as pd

from scripts import nlp
from scripts.names import spelling_key
from scripts.knowledge import Knowledge, Name, knowledge
from scripts.reader import Article, Sentence

ACTOR_COLUMNS = ["actor", "type", "side", "role", "mentions", "first_sentence", "aliases",
                 "side_chain", "sentences"]
MENTION_COLUMNS = ["actor", "type", "surface", "sentence_id", "start", "end", "role", "possessive"]
PLACE_COLUMNS = ["place", "kind", "stands_for", "mentions", "first_sentence", "sentences", "aliases"]

# Words that are capitalized without naming anyone.
_CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
             "January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"}
# Time words and sentence adverbs that open a sentence with a capital ("Yesterday Foreign
# Secretary David Lammy said", "Meanwhile Rubio said"): never a word of a name.
_OPENERS = {"Yesterday", "Today", "Tonight", "Tomorrow", "Earlier", "Later", "Meanwhile", "Separately",
            "However", "Then", "Now", "Still", "Instead", "Also", "Again", "Afterwards", "Overnight",
            "Elsewhere", "Previously", "Recently", "Subsequently", "Nevertheless", "Nonetheless",
            "Moreover", "Furthermore", "Additionally", "Indeed", "Finally", "Initially", "Last", "Next",
            "This", "That", "Since", "Until", "Hours", "Days", "Weeks", "Months"}
# Head nouns that after a state's name are the state itself or its forces, not a body of it.
_STATE_ITSELF = {"government", "administration", "authorities", "army", "military", "forces", "union",
                 "party", "company", "group", "movement", "front", "alliance", "coalition"}
# Words after which "to" names whom something is said or sent ("a message to Trump", "spoke to
# Witkoff"); a town is where one goes, not whom one addresses.
_ADDRESSED = {"message", "messages", "letter", "letters", "appeal", "reply", "response", "said", "says",
              "spoke", "speaks", "speaking", "talked", "talking", "wrote", "writing", "explained",
              "complained", "apologised", "apologized", "listened", "signal", "warning"}
_TITLE_SUFFIXES = {"in-waiting", "elect", "designate", "nominee"}
# Bodies a state has one of, named by the head noun alone ("Russia's parliament").
# the chambers of a legislature, capitalized, and the party words that may stand between one and a
# title ("Senate Republican Leader", "House Majority Whip"): the title is then an office of the chamber
# the head nouns of a public agency's name, after a subdivision or "State": "Texas Highway Commission"
_AGENCY_NOUNS = {"Commission", "Department", "Board", "Agency", "Authority", "Bureau"}
_CHAMBERS = {"Senate", "House", "Assembly", "Legislature", "Congress", "Parliament"}
_PARTY_WORDS = {"Republican", "Democratic", "Democrat", "Majority", "Minority", "Labour", "Conservative",
                "Liberal", "GOP"}
# verbs that give a person an office: "was appointed district attorney", "confirmed Weaver as"
_APPOINTED = {"appointed", "named", "elected", "confirmed", "designated", "nominated", "reelected", "re-elected"}
_REGNAL = re.compile(r"^(?:\d{1,2}|[IVX]{1,5})$")    # the number of a monarch: "Leopold II", "Leopold 2"
_BODIES_ALONE = {"ministry", "parliament", "senate", "cabinet", "legislature", "assembly"}
_LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "into", "around", "within", "throughout"}
_PLACE_NOUNS = {"region", "province", "oblast", "city", "town", "village", "district", "county",
                "port", "area", "settlement", "island", "peninsula", "capital", "border", "airport",
                "street", "avenue", "square", "road", "bridge", "hotel", "gate", "park", "stadium", "station"}
# Prepositions after a title that name what the post is about, not whom it serves:
# "envoy for Yemen", "ambassador to NATO" (but "envoy of the African Union" serves it).
_MISSION_PREPOSITIONS = {"for", "to"}
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s$")
_POSTED_IN = {"in", "at"}      # where a post is held: "the Russian ambassador in London"
_DETERMINERS = {"the", "a", "an", "many", "some", "several", "most", "few", "other", "all",
                "these", "those", "two", "three", "senior", "top"}
_APPOSITION_OPENERS = {"a", "an", "the", "his", "her", "its", "their"}
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


@dataclass
class ActorAnalysis:
    actors: pd.DataFrame
    mentions: pd.DataFrame
    places: pd.DataFrame

    # Lookups other analyses make once per claim or quote: filtering the whole
    # mentions table each time made long articles cost quadratic time.
    def mention_spans(self, sentence_id: str) -> list[tuple[int, int, str]]:
        """(start, end, actor) of the mentions of one sentence, in table order."""
        if "_spans" not in self.__dict__:
            self._spans = {}
            for sid, start, end, actor in zip(self.mentions.sentence_id, self.mentions.start,
                                              self.mentions.end, self.mentions.actor):
                self._spans.setdefault(sid, []).append((int(start), int(end), actor))
        return self._spans.get(sentence_id, [])

    def side_of(self, actor: str) -> str:
        """The actor's side as the actors table gives it ("" when none or unknown)."""
        if "_sides" not in self.__dict__:
            self._sides = {}
            for actor_name, side in zip(self.actors.actor, self.actors.side):
                self._sides.setdefault(actor_name, side if isinstance(side, str) else "")
        return self._sides.get(actor, "")


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


def _surnames(full_name: str) -> list[str]:
    """How a person may be named again: "Abdel Fattah al-Burhan" -> al-Burhan, Burhan."""
    last = full_name.split()[-1]
    names = [last]
    if "-" in last and _NAME_PARTICLE.match(last):
        names.append(last.split("-", 1)[1])
    return names


# Words of address before a name ("Mr. Hawksley"): never part of whom the name picks out.
_HONORIFICS = {"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Miss", "Sir", "Dame"}


# A party-and-place tag after a legislator's name ("Sen. Walter H. Jones R-Bergen"): not a word of the name.
_PARTY_TAG_WORD = re.compile(r"^[DRI]-[A-Z]")


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


class _Persons:
    """The persons an article names, in reading order, and whom a shorter or differently spelled
    mention picks out: a surname the nearest full name before it that ends so ("Putin" -> "Vladimir
    Putin"), a full name one with the same or a compatible first name ("Dmitri Peskov" -> "Dmitry
    Peskov", "Donald J. Trump" -> "Donald Trump"); a different first name is another person
    ("Melvin Carter" is not "James Carter")."""

    def __init__(self):
        self.names: list[tuple[int, list[str]]] = []     # (sentence index, words of the name)
        self.by_surname: dict[str, list[int]] = {}       # surname key -> indexes into names
        self.titles: dict[int, set[str]] = {}            # index into names -> titles written before it

    @staticmethod
    def _words(words) -> list[str]:
        return [w for w in words if w not in _HONORIFICS] or list(words)

    def _candidates(self, words: list[str]) -> list[int]:
        keys = dict.fromkeys(spelling_key(s) for s in _surnames(" ".join(words)))
        return [k for key in keys for k in self.by_surname.get(key, [])]

    @staticmethod
    def _compatible(words: list[str], name: list[str]) -> bool:
        """Can ``words`` (same surname) be the person ``name``? A bare surname can be anyone's; a
        full name needs the same first name or initial ("B. D. Pelham"), or all the words of the
        shorter name in the longer ("Souvanna Phouma", "Prince Souvanna Phouma")."""
        if len(words) == 1 or len(name) == 1:
            return True
        first, other = words[0], name[0]
        if _is_initial(first) or _is_initial(other):
            return first[0] == other[0]
        shorter, longer = sorted((words, name), key=len)
        return spelling_key(first) == spelling_key(other) or \
            {spelling_key(w) for w in shorter} <= {spelling_key(w) for w in longer}

    def match(self, words, at: int, title: str = "") -> str | None:
        """The canonical name of the person ``words`` (read in sentence ``at``) names, if known. A
        title written before a bare surname picks the one of that name who bears it ("President
        Kennedy" is not "Attorney General Robert Kennedy", named later)."""
        words = self._words(words)
        found = [k for k in self._candidates(words) if self._compatible(words, self.names[k][1])]
        if not found:
            return None
        titled = [k for k in found if _title_key(title) in self.titles.get(k, ())] if title else []
        found = titled or found
        if len(words) == 1:
            # the latest person so named before this sentence, a full name before a bare one
            before = [k for k in found if self.names[k][0] <= at] or found[:1]
            k = max(before, key=lambda k: (self.names[k][0], len(self.names[k][1]) > 1))
        else:
            k = found[0]
        return " ".join(self.names[k][1])

    def __contains__(self, word: str) -> bool:
        return spelling_key(word) in self.by_surname

    def add(self, canonical: str, at: int, title: str = ""):
        words = self._words(canonical.split())
        same = [k for k in self._candidates(words) if self._compatible(words, self.names[k][1])]
        if title:
            self.titles.setdefault(same[0] if same else len(self.names), set()).add(_title_key(title))
        if same:
            k = same[0]
            if len(words) > len(self.names[k][1]):    # a bare surname, then the full name
                self.names[k] = (self.names[k][0], words)
                for surname in _surnames(" ".join(words)):
                    self.by_surname.setdefault(spelling_key(surname), [])
                    if k not in self.by_surname[spelling_key(surname)]:
                        self.by_surname[spelling_key(surname)].append(k)
            return
        self.names.append((at, words))
        for surname in _surnames(" ".join(words)):
            self.by_surname.setdefault(spelling_key(surname), []).append(len(self.names) - 1)


def _title_key(phrase: str) -> str:
    return " ".join(phrase.lower().replace(".", " ").split())


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


class _SentenceReader:
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

    # --- lookups -------------------------------------------------------------
    def _names(self) -> list[Found]:
        """Longest matches of the knowledge tables, left to right."""
        out, i, n = [], 0, len(self.words)
        longest = self.kb.name_starts()      # by first word
        while i < n:
            for size in range(min(longest.get(self.words[i], 0), n - i), 0, -1):
                name = self.kb.names.get(tuple(self.words[i:i + size]))
                if name and name.kind == "organization" and size == 1 and i and \
                        (t := self.title_ending_at(i - 1)) and t[1] != "modifier":
                    name = None     # a surname after a person's title: "Mayor Wagner" is no Wagner Group
                if name and name.kind == "organization" and size == 1 and i > 1 and self.words[i][:1].isupper() \
                        and self.words[i].isalpha() and _is_capitalized(self.words[i - 1]) \
                        and (tuple(self.words[i - 1:i]) not in self.kb.names) and self.words[i - 1] not in _OPENERS:
                    name = None     # the last word of a longer name: "Texas Highway Commission" is no European Commission
                if name:
                    kind = {"country": "state", "capital": "state", "seat": "state", "demonym": "state",
                            "organization": "organization", "media": "media",
                            "region": "place", "region_adjective": "region_adjective"}[name.kind]
                    out.append(Found(i, i + size, kind, name.canonical, name.side, name.role, name))
                    i += size
                    break
            else:
                i += 1
        return out

    def title_ending_at(self, i: int) -> tuple[int, str] | None:
        """(start, role class) of the longest title or modifier ending at token i (asked for many
        times per token by the steps of the reading: computed once)."""
        if i not in self._titles:
            self._titles[i] = self._title_ending_at(i)
        return self._titles[i]

    def _title_ending_at(self, i: int) -> tuple[int, str] | None:
        for size in (4, 3, 2, 1) if self.words[i].lower() in self.kb.title_ends() else ():
            if i - size + 1 < 0:
                continue
            words = tuple(self.words[i - size + 1:i + 1])
            role = self.kb.is_title(_without_time_suffix(words))
            if role and (size > 1 or words[0][:1].isalpha()):    # "Sen.", "secretary-general" too
                return i - size + 1, role
        # a title with a suffix of its time: "chancellor-in-waiting", "president-designate"
        head, _, suffix = self.words[i].partition("-")
        if suffix in _TITLE_SUFFIXES and self.kb.is_title((head,)) not in (None, "modifier"):
            return i, self.kb.is_title((head,))
        return None

    def head_kind(self, word: str) -> str:
        """organization | armed group | place when a capitalized word is the head of a name
        ("Forces", "Council", "Sea"), else ""."""
        return self.kb.head_nouns.get(word.lower(), "") if _is_capitalized(word) else ""

    def is_mission_target(self, item: Found) -> bool:
        """A state after "for"/"to" a post is for, or anything after "to", is what the post deals
        with, not whom it serves: "envoy for Yemen", "ambassador to NATO"; so is the place where
        it is held ("ambassador in London")."""
        k = item.start - 1
        if k >= 1 and self.words[k].lower() == "the":       # "Representative to the UN"
            k -= 1
        prev = self.words[k].lower() if k >= 0 else ""
        return prev in ("to", *_POSTED_IN) or (prev == "for" and item.kind == "state")

    def found_ending_at(self, i: int) -> Found | None:
        return next((f for f in self.found if f.end == i + 1), None)

    def found_starting_at(self, i: int) -> Found | None:
        return next((f for f in self.found if f.start == i), None)

    def text_of(self, start: int, end: int) -> str:
        return self.sentence.text[self.tokens[start].start:self.tokens[end - 1].end]

    def followed_by_reporting_verb(self, end: int) -> bool:
        j = end
        while j < len(self.words) and self.words[j].lower() in _AUXILIARIES:
            j += 1
        if j >= len(self.words):
            return False
        word = self.words[j].lower()
        return (word in self.kb.verbs and self.tokens[j].pos.startswith("VB")) or any(
            tuple(w.lower() for w in self.words[j:j + len(k)]) == k
            for k in self.kb.phrasal_verbs_starting(word))

    def subject_of_reporting_verb(self, start: int, end: int) -> bool:
        """The name is the subject of a reporting verb: "Merz said", "said Merz" after a quotation,
        "Barber, who is a legislator, said" (one parenthetical between, no quotation in it)."""
        if self.followed_by_reporting_verb(end):
            return True
        before = [w.lower() for w in self.words[max(0, start - 2):start]]
        if before and before[-1] in _INVERTING_CUES and (len(before) < 2 or before[0] in _QUOTE_OR_COMMA):
            return True
        if end < len(self.words) and self.words[end] == ",":
            close = next((k for k in range(end + 1, min(len(self.words), end + 20))
                          if self.words[k] in _QUOTE_OR_COMMA), None)
            return close is not None and self.words[close] == "," and self.followed_by_reporting_verb(close + 1)
        return False

    # --- the cues around a name ------------------------------------------------
    def title_before(self, a: int) -> dict | None:
        """The title phrase before a name: "Russian Foreign Ministry spokeswoman Maria
        Zakharova", "Trump's envoy, Steven Witkoff"."""
        i = a - 1
        served = None      # "The United Nations envoy for Yemen, Hans Grundberg": what follows the title
        described = None   # end of a body the title is of, named by common nouns
        if i >= 1 and self.words[i] == "," and self.title_ending_at(i - 1):
            t = self.title_ending_at(i - 1)[0]
            if t == 0 and self.words[0][:1].isupper() or t >= 1 and _is_initial(self.words[t - 1]):
                # a surname that is also a title ends the name before it ("Mrs. Clinton B. King, John
                # Holabird"; cut off by the sentence splitter after the initial): no sentence opens
                # with a bare title set off by a comma
                return None
            i -= 1
        elif i >= 2 and (self.words[i] == "," and i >= 3 or not self.title_ending_at(i)):
            # what the post serves or where it is held, set between the title and the name, with
            # the comma of an apposition or without: "The Russian ambassador in London, Konstantin
            # Orlov", "Russia's Permanent Representative to the UN Vasily Orekhov"
            comma = self.words[i] == ","
            obj = self.found_ending_at(i - 1 if comma else i)
            p = obj.start - 1 if obj else 0
            if p >= 1 and self.words[p].lower() == "the":       # "envoy of the African Union"
                p -= 1
            if obj and obj.kind != "person" and p >= 1 \
                    and self.words[p].lower() in ("of", *_MISSION_PREPOSITIONS, *_POSTED_IN) \
                    and self.title_ending_at(p - 1):
                served, i = obj, p - 1
            elif comma and (body := self.body_described(i - 1)) is not None:
                described, i = i, body - 1      # "the head of the Kharkiv regional administration, Mykola Bondar"
        parts, has_title = [], False
        while i >= 0:
            item = self.found_ending_at(i)
            if item and item.name and item.kind != "person":
                parts.append(item)
                i = item.start - 1
                continue
            title = self.title_ending_at(i)
            if title and self.words[i] != ",":
                has_title |= title[1] != "modifier"
                parts.append(Found(title[0], i + 1, "title", ""))
                i = title[0] - 1
                continue
            break
        if not has_title:
            return None
        start = min(p.start for p in parts)
        end = served.end if served else described or max(p.end for p in parts)
        items = [p for p in parts if p.name]
        if served and served.name and not self.is_mission_target(served):
            items.append(served)       # the title's own words come first: "UN envoy of X" serves the UN
        owner = None
        k = start - 1
        # the owner's words may describe the person first: "Nationalist China's dapper, diminutive Vice President"
        while k > 0 and start - k <= 4 and (self.words[k] == "," or self.words[k].isalpha()
                                            and self.words[k].islower() and self.words[k] not in _MINOR_WORDS):
            k -= 1
        if k >= 1 and self.words[k] == "'s" and (k == start - 1 or self.words[start - 1] != ","):
            owner = self.found_ending_at(k - 1)
        return {"start": start, "end": end, "phrase": self.text_of(start, end),
                "items": items, "owner": owner, "appositive": served is not None}

    def body_described(self, j: int) -> int | None:
        """Index of "of" in "TITLE of the <few words> <body noun>" ending at token j, when a body is
        named by its head noun and the words before it ("head of the Kharkiv regional
        administration", "spokesman of the city council"), else None."""
        if j < 3 or self.kb.head_nouns.get(self.words[j].lower()) != "organization":
            return None
        k = j - 1
        while k > j - 5 and k > 0 and self.words[k].isalpha() and self.words[k].lower() != "the":
            k -= 1
        if self.words[k].lower() == "the" and k >= 2 and self.words[k - 1] == "of" \
                and (t := self.title_ending_at(k - 2)) and t[1] != "modifier":
            return k - 1
        return None

    def title_of_list(self, person: Found) -> str:
        """The plural title that introduces a list of names the person is in: "Reps. V. E. (Red)
        Berry and Joe Ratcliff", "small-town legislators like Sam Collins of Newton and Joe
        Chapman of Sulphur Springs" (as the singular title: "legislator")."""
        k, listed = person.start - 1, False
        while k >= 0 and person.start - k <= 30:
            word = self.words[k]
            lower = word.lower()
            if lower in ("like", "including") or (lower == "as" and k and self.words[k - 1].lower() == "such"):
                k -= 2 if lower == "as" else 1
                break
            if self.plural_title(k):
                break
            if lower in ("and", ",", "of", "(", ")") or _is_capitalized(word) or _is_initial(word):
                listed |= lower == "and" or lower == ","
                k -= 1
                continue
            return ""
        if k < 0 or not listed or not self.plural_title(k):
            return ""
        word = self.words[k]
        return word if self.kb.is_title((word,)) else _singular(word.lower())

    def plural_title(self, k: int) -> bool:
        """Token k is a title in the plural: "Reps.", "Sens.", "legislators", "senators"."""
        lower = self.words[k].lower()
        if self.kb.is_title((lower,)) not in (None, "modifier"):
            return lower.endswith("s.")
        return lower.endswith("s") and self.kb.is_title((_singular(lower),)) not in (None, "modifier")

    def office_given(self, person: Found) -> str:
        """The office a sentence says a person was given: "Ierulli has been appointed assistant
        district attorney", "the Senate confirmed Robert C. Weaver as the nation's housing chief"."""
        words = [w.lower() for w in self.words]
        j = person.end
        while j < len(words) and words[j] in _AUXILIARIES | {"been", "be"}:
            j += 1
        if j < len(words) and words[j] in _APPOINTED and j > person.end:
            start = j + 1 + (j + 1 < len(words) and words[j + 1] == "as")
        elif person.start >= 1 and words[person.start - 1] in _APPOINTED and words[person.end:person.end + 1] == ["as"]:
            start = person.end + 1
        else:
            return ""
        end = start
        while end < len(words) and end - start < 8 and (self.words[end].isalpha() or self.words[end] in ("'s", "-")):
            end += 1
        if end > start and any((t := self.title_ending_at(k)) and t[1] != "modifier" and t[0] >= start
                               for k in range(start, end)):
            return _strip_article(self.text_of(start, end))
        return ""

    def chamber_before(self, a: int) -> int | None:
        """Start of a legislature's name (and the party words after it) right before a title:
        "Senate Republican" of "Senate Republican Leader Dirksen", "House" of "House Majority Leader"."""
        i = a - 1
        while i >= 0 and self.words[i] in _PARTY_WORDS:
            i -= 1
        if i >= 0 and self.words[i] in _CHAMBERS and not (i and self.words[i - 1] == "White"):
            return i
        return None

    def state_after_of(self, b: int) -> Found | None:
        """The country named right after a person's name with "of": news style ties a person to
        the state they act for so ("Harriman of the United States", "Sukarno of Indonesia")."""
        k = b + 1
        if b >= len(self.words) or self.words[b] != "of":
            return None
        if k < len(self.words) and self.words[k].lower() == "the":
            k += 1
        state = self.found_starting_at(k)
        if state is not None and state.kind == "state" and state.side and state.name and state.name.kind == "country":
            return state
        # a people for its state, in the styles of monarchs: "King of the Belgians"
        people = self.kb.names.get((self.words[k][:-1],)) if k < len(self.words) and self.words[k].endswith("s") else None
        if people is not None and people.kind == "demonym" and k > b + 1:
            return Found(k, k + 1, "state", people.canonical, people.side, "", people)
        return None

    def title_opens(self, j: int) -> bool:
        """A title of several words, or one a few plain words qualify, begins at token j:
        "District Attorney", "state fire warden" after "Charles Raymond,"."""
        for k in range(j + 1, min(j + 4, len(self.words))):
            if not self.words[k - 1].isalpha():
                return False
            title = self.title_ending_at(k)
            if title and title[1] != "modifier" and self.words[k].isalpha():
                return True
        return False

    def apposition_after(self, b: int) -> dict | None:
        """", a close ally of Trump and officially his Middle East envoy," after a name."""
        if b >= len(self.words) or self.words[b] != ",":
            return None
        j = b + 1
        if j >= len(self.words):
            return None
        first = self.words[j]
        if first.lower() not in _APPOSITION_OPENERS and not self.title_ending_at(j) \
                and not self.found_starting_at(j) and not self.title_opens(j):
            return None
        end = j
        while end < len(self.words) and self.words[end] not in {",", ".", ";", ":", "''", "``", '"',
                                                               "\u201c", "\u201d"} and end - b < 16:
            end += 1
        words = [w.lower() for w in self.words[j:end]]
        titles = [k for k in range(j, end) if self.title_ending_at(k) and self.title_ending_at(k)[1] != "modifier"]
        has_title = bool(titles)
        # "Jeddah, a port city" describes a place; "James Carter, the mayor of the city" a person
        place = any(w in _PLACE_NOUNS for w in words[:self.title_ending_at(titles[0])[0] - j if titles else len(words)])
        owner = None
        for k in range(j, end - 1):
            if self.words[k] == "of":
                owner = self.found_starting_at(k + 1)
                if owner:
                    break
            if self.words[k] == "to":       # "an aide to (Russian President) Vladimir Putin"
                owner = next((f for f in self.found if k < f.start < end and f.kind == "person"), None)
                if owner:
                    break
        items = [f for f in self.found if j <= f.start < end and f.name]
        return {"start": j, "end": end, "phrase": self.text_of(j, end), "has_title": has_title,
                "place": place, "owner": owner, "items": items}

    # --- proper names the tables do not know ------------------------------------
    def name_runs(self) -> list[tuple[int, int]]:
        """Token spans [start, end) of proper names no table knows: the chunker's entities, a
        capitalized word after a title, runs of proper nouns; without calendar words, openers and
        titles, extended over name particles ("al-Burhan") and the head noun of a body's name."""
        covered = {k for f in self.found for k in range(f.start, f.end)}
        runs = []
        if self.chunks is None:
            self.chunks = _entity_spans(self.tokens)
        candidates = list(self.chunks)
        # a capitalized word after a title is a name even when the chunker missed it
        for i in range(len(self.words) - 1):
            t = self.title_ending_at(i)
            if t and t[1] != "modifier" and _is_capitalized(self.words[i + 1]) \
                    and self.tokens[i + 1].pos == "NNP":
                j = i + 1
                while j < len(self.words) and self.tokens[j].pos == "NNP" and _is_capitalized(self.words[j]):
                    j += 1
                candidates.append((i + 1, j))
        # the words of titles ("Prime Minister", "Secretary of State") are never part of a name
        in_title = set()
        for i in range(len(self.words)):
            t = self.title_ending_at(i)
            if t and t[1] != "modifier":
                in_title.update(range(t[0], i + 1))
        candidates += self.proper_noun_runs(in_title)
        for start, end in sorted(set(candidates)):
            run = []
            for k in range(start, end):
                word = self.words[k]
                inside = start < k < end - 1 or (k == end - 1 and k > start)
                keep = (k not in covered and (_is_capitalized(word) or (inside and _NAME_PARTICLE.match(word)))
                        and word != "'s" and not _PARTY_TAG_WORD.match(word)
                        and word not in _CALENDAR and word not in _OPENERS and k not in in_title
                        and not self.kb.is_title((word,)))
                if keep:
                    run.append(k)
                elif run:
                    runs.append((run[0], run[-1] + 1))
                    run = []
            if run:
                runs.append((run[0], run[-1] + 1))
        # a name goes on over particles and further capitalized words:
        # "Abdel Fattah" + "al-Burhan", "Mohammed bin Abdulrahman Al Thani"
        extended = []
        for start, end in sorted(set(runs)):
            j = end
            while j < len(self.words) and j not in covered and j not in in_title \
                    and not _PARTY_TAG_WORD.match(self.words[j]) \
                    and self.words[j] not in _CALENDAR and self.words[j] not in _OPENERS and (
                    _NAME_PARTICLE.match(self.words[j])
                    or (j > start and _NAME_PARTICLE.match(self.words[j - 1]) and _is_capitalized(self.words[j]))
                    or (self.tokens[j].pos == "NNP" and _is_capitalized(self.words[j]) and self.words[j] != "'s")
                    # a middle initial however tagged: "Salvatore" + "A." + "Bontempo"
                    or (j > start and _is_initial(self.words[j]) and j + 1 < len(self.words)
                        and _is_capitalized(self.words[j + 1]) and self.tokens[j + 1].pos == "NNP")
                    # the head noun of a body's name, however tagged: "Rapid Support" + "Forces"
                    or (self.head_kind(self.words[j]) in ("organization", "armed group")
                        and j == end and not self.found_starting_at(j))):
                j += 1
            while j > end and _NAME_PARTICLE.match(self.words[j - 1]) and "-" not in self.words[j - 1]:
                j -= 1
            # a title that ends inside the run is not part of the name ("Secretary of State Antony Blinken")
            while start < j - 1 and self.title_ending_at(start):
                start += 1
            extended.append((start, j))
        runs = sorted(set(extended))
        # drop runs inside longer runs
        return [r for r in runs if not any(o != r and o[0] <= r[0] and r[1] <= o[1] for o in runs)]

    def proper_noun_runs(self, in_title: set[int]) -> list[tuple[int, int]]:
        """Runs of capitalized proper-noun tokens the chunker may have missed, e.g. after a
        capitalized opener ("Yesterday Friedrich Merz said", "On Tuesday Emmanuel Macron said").
        Time words, sentence adverbs and titles are left out. A run of two or more words is a
        candidate name; a single word only when a person's verb follows it ("Merz said")."""
        runs, i, n = [], 0, len(self.words)
        while i < n:
            j = i
            while j < n and self.tokens[j].pos in ("NNP", "NNPS") and _is_capitalized(self.words[j]) \
                    and self.words[j] not in _CALENDAR and self.words[j] not in _OPENERS \
                    and j not in in_title and not self.kb.is_title((self.words[j],)) and self.words[j].isalpha():
                j += 1
            if j - i >= 2 or (j - i == 1 and self.subject_of_reporting_verb(i, j)):
                runs.append((i, j))
            i = j + 1
        return runs

    def is_sentence_opener(self, start: int, end: int) -> bool:
        """A capitalized first word that is an ordinary English word ("International")."""
        first_word = next((k for k, w in enumerate(self.words) if any(c.isalnum() for c in w)), 0)
        word = self.words[start]
        plural_noun = self.tokens[start].pos == "NNS" and _singular(word.lower()) in _dictionary_words()
        return (start == first_word and end - start == 1
                and (word.lower() in _dictionary_words() or plural_noun)   # "Diplomats said"
                and word not in self.persons
                and not (self.tokens[start].pos == "NNP" and not word.endswith("s")
                         and self.subject_of_reporting_verb(start, end)))

    def classify_run(self, start: int, end: int) -> Found | None:
        """What a name no table knows is, from the cues around it, most telling first: a group's own
        adjective, a headline or sentence opener (only known persons), a place or body by its head
        noun, a title or apposition (a person), a known person, a preposition of place, a full name,
        a reporting or agent verb (a person); otherwise a place. None when it names no one."""
        words = self.words[start:end]
        surname = words[-1]
        before = self.title_before(start)
        after = self.apposition_after(end)
        prev = self.words[start - 1].lower() if start else ""
        nxt = self.words[end].lower() if end < len(self.words) else ""
        if len(words) == 1 and _ACRONYM_PLURAL.match(words[0]):
            return None         # the plural of an abbreviation ("MPs", "CEOs") names a group, no one
        group = None if self.is_heading else self.group_adjective(start, end)
        if group:               # before the opener test: "Kurdish fighters said" opens a sentence
            return group
        title = before["phrase"] if before else ""
        if self.is_heading or self.is_sentence_opener(start, end):
            known = self.persons.match(words, self.sentence.index, title)
            if known:
                return Found(start, end, "person", known)
            return None
        if len(words) >= 2 and surname.lower() in _PLACE_NOUNS:     # "Fulton County", "Kursk Oblast"
            return Found(start, end, "place", self.text_of(start, end), place_kind="place")
        if self.head_kind(surname) == "place":        # "Red Sea", "Arabian Peninsula"
            return Found(start, end, "place", self.text_of(start, end), place_kind="geographic feature")
        heads = [self.head_kind(w) for w in words if self.head_kind(w) in ("organization", "armed group")]
        if heads:                                    # "Rapid Support Forces", "Supreme Court"
            name = self.text_of(start, end)
            return Found(start, end, "organization", name, name, heads[-1])
        person_cue = before or (after and after["has_title"] and not after["place"])
        if not person_cue and (nxt in _PLACE_NOUNS or (after and after["place"])):
            place_end = end + 1 if nxt in _PLACE_NOUNS else end
            return Found(start, place_end, "place", self.text_of(start, place_end), place_kind="place")
        known = self.persons.match(words, self.sentence.index, title)
        if person_cue or known:
            return Found(start, end, "person", known or " ".join(words))
        if prev in _LOCATIVE or (prev in ("of", "from") and start >= 2 and (
                (p := self.found_ending_at(start - 2)) and p.kind == "person")):
            # "talks in Jeddah"; "Janet Jossy of North Plains", "Tom Zurcher from Hillsboro"
            return Found(start, end, "place", self.text_of(start, end), place_kind="place")
        if len(words) <= 3 and self.subject_of_reporting_verb(start, end) and prev not in ("of", "from") and not (
                len(words) == 1 and self.tokens[start].pos == "NNPS") and not (
                len(words) >= 2 and all(w.lower() in _common_words() for w in words)):
            return Found(start, end, "person", " ".join(words))      # "Sandman said", "said Chapman"
        if len(words) >= 2 and all(w.lower() in _common_words() for w in words):
            # capitalized common words ("Living Room", "Federal Bureau") name no one, unless they
            # begin a body's name found elsewhere ("Popular Mobilization" -> "... Forces")
            return Found(start, end, "person", " ".join(words), common_words=True)
        if len(words) >= 2 and words[0].isalpha() and words[0][0].isupper() and words[-1][:1].isupper() \
                and all((w.isalpha() and w[0].isupper()) or _NAME_PARTICLE.match(w) or _is_initial(w)
                        for w in words[1:]):
            # "Friedrich Merz", "Ursula von der Leyen", "William A. Martinelli"
            return Found(start, end, "person", " ".join(words))
        if self.followed_by_reporting_verb(end):
            if len(words) == 1 and self.tokens[start].pos == "NNPS" and surname.endswith("s"):
                return Found(start, end, "group", surname, "", "")   # "Republicans said"
            return Found(start, end, "person", " ".join(words))
        if self.acts_as_person(start, end):
            return Found(start, end, "person", " ".join(words))
        return Found(start, end, "place", self.text_of(start, end), place_kind="place")

    def acts_as_person(self, start: int, end: int) -> bool:
        """A name no table, title or full name explains is a person's when it does what persons do:
        the subject of an agent verb ("Witkoff arrived", "Erdogan offered to help"), the object of
        one that takes a person ("Putin met Witkoff", "afraid to tell Trump", "talks with Witkoff"),
        the owner of a title ("Trump's envoy"), or joined by "and"/"or" to a person ("between Putin
        and Trump"). A town is none of these ("fell to Russian forces in Sudzha")."""
        words, tokens = self.words, self.tokens
        if end < len(words) and _is_capitalized(words[end]) and self.found_starting_at(end):
            return False        # the first word of a longer name ("New" in "New Jersey")
        j = end
        while j < len(words) and words[j].lower() in _AUXILIARIES:
            j += 1
        if j < len(words) and tokens[j].pos.startswith("VB") and words[j].lower() in self.kb.agent_verbs:
            return True
        prev = words[start - 1].lower() if start else ""
        if prev in self.kb.agent_verbs and self.kb.agent_verbs[prev] and tokens[start - 1].pos.startswith("VB"):
            return True
        if prev == "with" and start >= 2 and words[start - 2].lower() in self.kb.agent_verbs:
            return True
        if prev == "to" and start >= 2 and words[start - 2].lower() in _ADDRESSED:
            return True             # "sent a message to Trump", "spoke to Witkoff"
        if end + 1 < len(words) and words[end] == "'s" and any(
                (t := self.title_ending_at(k)) and t[1] != "modifier" and t[0] <= end + 2
                for k in range(end + 1, min(end + 4, len(words)))):
            return True
        if prev in ("and", "or") and start >= 2:
            other = self.found_ending_at(start - 2)
            if (other and other.kind == "person") or words[start - 2] in self.persons:
                return True
        if end + 1 < len(words) and words[end].lower() in ("and", "or"):
            other = self.found_starting_at(end + 1)
            if (other and other.kind == "person") or words[end + 1] in self.persons:
                return True
        return False

    def group_adjective(self, start: int, end: int) -> Found | None:
        """A capitalized word that no table knows and no dictionary has, before a group's head
        noun, a title or a group noun, is a non-state group's own adjective: "the Houthi movement"
        (the group), "a Houthi spokesman" (an unnamed member, on the group's side). Country
        demonyms never get here: the tables found them first."""
        word = self.words[start]
        if end - start != 1 or end >= len(self.words) or word.lower() in _common_words() \
                or word in self.persons or not word.isalpha():
            return None
        noun = self.words[end]
        if noun != noun.lower():
            return None
        known = self.kb.names.get((word + "s",))     # "Houthi" -> "Houthis" when the table has it
        group = known.canonical if known and known.kind == "organization" else ""
        head = self.kb.head_nouns.get(noun, "")
        if head in ("organization", "armed group"):
            canonical = group or self.text_of(start, end + 1)
            return Found(start, end + 1, "organization", canonical, canonical, head,
                         name=known if group else None, adjective=word)
        title = self.kb.is_title((noun,))
        kind = title if title and title != "modifier" else self.kb.group_nouns.get(noun)
        if kind and kind != "military":
            first = self.group_start(start)
            return Found(first, end + 1, "group", f"{word} {noun}", group, kind,
                         evidence=[("state", group, word, known if group else None)], adjective=word)
        return None

    # --- groups, forces and metonyms ------------------------------------------------
    def group_after(self, item: Found) -> tuple[int, str, str] | None:
        """(end token, noun, kind) of a group noun after a modifier: "Russian (military) officials"."""
        j = item.end
        while j < len(self.words) and self.kb.is_title((self.words[j],)) == "modifier":
            j += 1
        if j < len(self.words) and self.words[j].lower() in self.kb.group_nouns:
            return j + 1, self.words[j].lower(), self.kb.group_nouns[self.words[j].lower()]
        return None

    def group_start(self, start: int) -> int:
        while start > 0 and self.words[start - 1].lower() in _DETERMINERS:
            start -= 1
        return start

    def resolve_names(self):
        """The table names in context: a state or bloc before a group noun makes a group ("Russian
        officials", "officials in Moscow"), before "forces" its military; a state's body ("Russian
        Foreign Ministry", "Russia's defence ministry") an organization; a capital or country after a
        preposition of place, or after a place and a comma, only locates ("talks in Jeddah")."""
        for item in list(self.found):
            if item.consumed or item.kind == "person" or not item.name:
                continue
            i = item.start
            prev = self.words[i - 1].lower() if i else ""
            possessive = item.end < len(self.words) and self.words[item.end] == "'s"
            group = self.group_after(item) if item.kind in ("state", "region_adjective", "organization") else None
            if group and group[2] != "military":
                end, noun, kind = group
                if "military" in (w.lower() for w in self.words[item.end:end - 1]):
                    kind = "military"      # "Russian military officials"
                surface = self.text_of(item.start, end)
                self.replace(item, Found(item.start, end, "group", surface, item.side, kind,
                                         evidence=[("state", item.side, self.text_of(item.start, item.end),
                                                    item.name)]))
                continue
            if group and group[2] == "military":
                if item.kind == "region_adjective":
                    self.replace(item, Found(item.start, group[0], "group", self.text_of(item.start, group[0]),
                                             item.side, "military",
                                             evidence=[("state", item.side, self.words[item.start], item.name)]))
                elif item.kind == "state":
                    item.end, item.role = group[0], "military"
                continue
            if item.kind == "region_adjective":
                item.consumed = True            # "European peacekeeping force": a place word, no actor
                continue
            organ = self.organ_after(item, possessive) if item.kind == "state" else None
            if organ:
                self.replace(item, organ)
                continue
            if item.kind == "state" and item.name.kind == "demonym":
                # "Russian Foreign Ministry": an organization of the state
                j = item.end
                # "Sudanese Armed Forces": capitalized words however tagged, up to a head noun
                while j < len(self.words) and _is_capitalized(self.words[j]) and self.words[j] != "'s" \
                        and (self.tokens[j].pos.startswith("NNP") or self.head_kind(self.words[j])
                             or self.tokens[j].pos in ("JJ", "VBN")):
                    j += 1
                while j > item.end and not self.head_kind(self.words[j - 1]):
                    j -= 1
                if j > item.end and self.head_kind(self.words[j - 1]) in ("organization", "armed group"):
                    role = "military" if self.head_kind(self.words[j - 1]) == "armed group" else "government"
                    self.replace(item, Found(item.start, j, "organization", self.text_of(item.start, j),
                                             item.side, role))
                continue
            if item.kind == "state" and item.name.kind in ("country", "capital") and not possessive \
                    and prev in _LOCATIVE:
                before = self.words[i - 2].lower() if i >= 2 else ""
                if before in self.kb.group_nouns and self.kb.group_nouns[before] != "military":
                    # "officials in Moscow": a group of that state
                    noun = self.words[i - 2]
                    demonym = self.kb.demonym_of.get(item.side, item.side)
                    g0 = self.group_start(i - 2)
                    self.replace(item, Found(g0, item.end, "group", f"{demonym} {noun.lower()}", item.side,
                                             self.kb.group_nouns[before],
                                             evidence=[("state", item.side, self.text_of(item.start, item.end),
                                                        item.name)]))
                    continue
                item.kind, item.place_kind = "place", item.name.kind
            elif item.kind == "state" and item.name.kind == "country" and prev == "," and i >= 2:
                located = self.found_ending_at(i - 2)
                if located and located.kind == "place":       # "Jeddah, Saudi Arabia"
                    item.kind, item.place_kind = "place", "country"

    def organ_after(self, item: Found, possessive: bool) -> Found | None:
        """A state's body written in lower case after its name or adjective: "Russia's defence
        ministry", "the Ukrainian security service", "Moscow's foreign ministry" are the
        organizations "Russian Defence Ministry", "Ukrainian Security Service" of that state."""
        j = item.end + (1 if possessive else 0)
        if not possessive and item.name.kind != "demonym":
            return None
        first = j
        while j < len(self.words) and j - first < 3 and self.words[j].isalpha() and self.words[j].islower() \
                and self.tokens[j].pos in ("JJ", "NN", "NNS", "NNP"):
            j += 1
        while j > first and self.kb.head_nouns.get(self.words[j - 1]) not in ("organization", "armed group"):
            j -= 1
        if j == first or self.words[j - 1] in _STATE_ITSELF or self.words[j - 1] in self.kb.group_nouns:
            return None
        if j - first == 1 and self.words[first] not in _BODIES_ALONE:
            return None         # "the ball is in Russia's court": a bare head noun needs its qualifier
        demonym = self.kb.demonym_of.get(item.side, item.side)
        head = self.kb.head_nouns[self.words[j - 1]]
        name = " ".join([demonym, *(w.capitalize() for w in self.words[first:j])])
        return Found(item.start, j, "organization", name, item.side,
                     "military" if head == "armed group" else "government")

    def replace(self, old: Found, new: Found):
        self.found = [f for f in self.found if f is not old
                      and not (new.start <= f.start and f.end <= new.end)]
        self.found.append(new)
        self.found.sort(key=lambda f: f.start)

    def group_modifiers_start(self, i: int, covered: set[int]) -> int:
        """First token of the words that qualify the group noun at ``i``: "Rebel leaders",
        "opposition leaders", "Houthi negotiators" name their group, not just "leaders"."""
        j = i
        while j > 0 and j - 1 not in covered and self.tokens[j - 1].pos in ("JJ", "NN", "NNP") \
                and self.words[j - 1].isalpha() and self.words[j - 1].lower() not in _DETERMINERS:
            j -= 1
        return j

    def group_name(self, first: int, i: int) -> str:
        """"Rebel leaders" -> "rebel leaders": common words in lower case, names as written."""
        words = self.words[first:i + 1]
        return " ".join(w.lower() if w.lower() in _dictionary_words() or k == len(words) - 1 else w
                        for k, w in enumerate(words))

    def bare_groups(self):
        """"Observers suggest", "Some analysts believe": unnamed groups that speak."""
        covered = {k for f in self.found for k in range(f.start, f.end)}
        for i, word in enumerate(self.words):
            kind = self.kb.group_nouns.get(word.lower())
            if i in covered or not kind or kind == "military":
                continue
            if self.followed_by_reporting_verb(i + 1):
                first = self.group_modifiers_start(i, covered)
                start = self.group_start(first)
                self.found.append(Found(start, i + 1, "group", self.group_name(first, i), "", kind))
        self.found.sort(key=lambda f: f.start)

    # --- the whole sentence -------------------------------------------------------
    def read(self) -> list[Found]:
        """The actors of the sentence, found in named steps, each reading what the ones before found:

        1. :meth:`_names`: names of the knowledge tables (countries, seats, organizations, media);
        2. :meth:`name_runs` and :meth:`classify_run`: proper names no table knows, typed by their cues;
        3. :meth:`known_persons`: persons the article names elsewhere (headlines, bare surnames);
        4. :meth:`describe_person`: each person's role and side evidence (title, apposition, possessive);
        5. :meth:`role_nouns`: titles with no name ("Russia's president"), persons of their side;
        6. :meth:`resolve_names`: table names in context (groups, bodies of a state, places);
        7. :meth:`bare_groups`: unnamed groups that speak ("Observers suggest").
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

    def title_country(self, phrase: str) -> str:
        """The state whose office a phrase ends with, for titles only one state gives ("the
        foreign secretary" -> United Kingdom, "Secretary of State" -> United States), else ""."""
        words = _without_time_suffix(tuple(w.lower() for w in nlp.word_tokens(phrase)))
        return next((self.kb.title_country[words[k:]] for k in range(len(words))
                     if words[k:] in self.kb.title_country), "")

    def role_nouns(self):
        """A title with no name, whose side the text takes for granted through the state or seat
        before it: "Russia's president said", "the French president", "the Kremlin spokesman",
        "the U.S. secretary of state". Each is a person known by the office; across the article it
        joins the named person who holds that office there (see :func:`_join_across_sentences`)."""
        covered = {k for f in self.found if not f.consumed and f.kind != "state" for k in range(f.start, f.end)}
        for i in range(len(self.words)):
            title = self.title_ending_at(i)
            if not title or title[1] == "modifier" or i in self.used or i in covered:
                continue
            nxt = i + 1
            if nxt < len(self.words) and (_is_capitalized(self.words[nxt]) or self.words[nxt] == ","
                                          and nxt + 1 < len(self.words) and self.found_starting_at(nxt + 1)):
                continue                        # a name follows: the title is that person's
            if any((t := self.title_ending_at(k)) and t[0] <= i for k in range(nxt, min(nxt + 3, len(self.words)))):
                continue                        # the title goes on ("secretary" of "secretary of state")
            before = self.title_before(nxt)
            if not before:
                continue
            owner = before["owner"]
            states = [it for it in before["items"] if it.side and it.kind in ("state", "organization")]
            if owner is not None and owner.kind in ("state", "organization") and owner.side:
                source, phrase = owner, f"{self.text_of(owner.start, owner.end)}'s {before['phrase']}"
                start = owner.start
            elif states:
                source, phrase, start = states[0], _strip_article(before["phrase"]), before["start"]
            else:
                continue
            if any(start <= k <= i for k in self.used):
                continue
            # the office's own words after the state or seat: "army chief" of "Sudan's army chief"
            after = source.end + (1 if source is owner else 0)
            title_words = self.text_of(after, i + 1).lower()
            if source.name and source.name.kind == "seat":
                canonical = f"{self.text_of(source.start, source.end)} {title_words}"
            else:
                canonical = f"{self.kb.demonym_of.get(source.side, source.side)} {title_words}"
            for item in [*before["items"], *([owner] if owner is not None else [])]:
                item.consumed = True
            self.used.update(range(start, i + 1))
            self.found.append(Found(start, i + 1, "person", canonical, source.side, phrase,
                                    evidence=[("state", source.side, phrase, source.name)],
                                    office=(source.side, title_words.split()[-1])))
        self.found.sort(key=lambda f: f.start)

    def known_persons(self):
        """Persons the article names elsewhere, wherever a name of theirs stands outside the names
        found so far: in headlines, where every word is capitalized and only known names can be
        told from the other words ("Zelenskiy Accuses Putin of Stalling as Witkoff Heads to
        Moscow"), with the first name when it is written ("Vladimir Putin Says"). A known surname
        that is also a frequent word ("Price", "Black") counts in a headline only with its first name."""
        covered = {k for f in self.found for k in range(f.start, f.end)}
        for i, word in enumerate(self.words):
            if i in covered or not _is_capitalized(word):
                continue
            known = self.persons.match([word], self.sentence.index)
            if not known:
                continue
            other_names = {spelling_key(w) for w in known.split()[:-1]}
            start = i
            while start > 0 and start - 1 not in covered and spelling_key(self.words[start - 1]) in other_names:
                start -= 1
            if self.is_heading and start == i and nlp.tagger().tagdict.get(word.lower(), "NNP") != "NNP":
                continue        # the tagger's frequent words ("price", "black", "may") are words here
            self.found.append(Found(start, i + 1, "person", known))

    def describe_person(self, person: Found):
        """Role and side evidence from the title before the name and the apposition after."""
        before = self.title_before(person.start)
        if before:
            # a title inside the name's phrase describes the person ("Kremlin aide Yuri Ushakov");
            # a whole noun phrase set off by a comma names the body in its own right
            # ("The United Nations envoy for Yemen, Hans Grundberg"): it stays a mention
            for item in before["items"]:
                item.consumed = item.consumed or not before["appositive"]
            owner = before["owner"]
            titles = before["phrase"]
            if owner is not None and owner.kind == "person":
                person.role = person.role or f"{titles} of {_short(owner.canonical)}"
                person.evidence.append(("person", owner.canonical, f"{titles} of {_short(owner.canonical)}", None))
            elif owner is not None and (owner.kind == "state" or owner.kind == "organization" and owner.side):
                # "Russia's ambassador", "The EU's foreign policy chief, Marta Lindqvist"
                owner.consumed = True
                person.role = person.role or f"{self.text_of(owner.start, owner.end)}'s {titles}"
                person.evidence.append(("state", owner.side, person.role, owner.name))
            else:
                chamber = self.chamber_before(before["start"])
                if chamber is not None:       # "Senate Republican Leader Dirksen"
                    titles = self.text_of(chamber, before["end"])
                    for item in self.found:
                        if chamber <= item.start < before["start"] and item is not person:
                            item.consumed = True
                    self.used.update(range(chamber, before["start"]))
                person.role = person.role or _strip_article(titles)
            sides = [i for i in before["items"] if i.side and i.kind in ("state", "organization")]
            if sides:
                person.evidence.append(("state", sides[0].side, _strip_article(titles), sides[0].name))
            elif owner is None and self.title_country(titles):      # "Foreign Secretary David Lammy"
                person.evidence.append(("state", self.title_country(titles), _strip_article(titles), None))
            self.used.update(range(before["start"], before["end"]))
        elif person.start >= 2 and self.words[person.start - 1] == "'s":
            owner = self.found_ending_at(person.start - 2)
            if owner is not None and owner.kind == "state" and owner.side:     # "Hungary's Viktor Orbán"
                owner.consumed = True
                person.evidence.append(("state", owner.side, self.text_of(owner.start, person.end), owner.name))
        if not person.role and not before:
            person.role = self.office_given(person) or self.title_of_list(person)
        last = self.words[person.end - 1]
        # a body's name read as a person's keeps its state out: "Boys Clubs of America"
        state = None if last.endswith("s") and _is_common(_singular(last.lower())) else self.state_after_of(person.end)
        if state is not None:       # "President Sukarno of Indonesia", "W. Averell Harriman of the United States"
            person.evidence.append(("state", state.side, self.text_of(person.start, state.end), state.name))
        end = person.end + (person.end < len(self.words) and bool(_REGNAL.match(self.words[person.end])))
        if state is None and end + 1 < len(self.words) and self.words[end] == "," \
                and not self.title_ending_at(end + 1):
            state = self.state_after_of(end + 1)     # "King Leopold II, of the Belgians"
            if state is not None:
                person.evidence.append(("state", state.side, self.text_of(person.start, state.end), state.name))
        after = self.apposition_after(person.end)
        if after is None and self.words[person.end:person.end + 1] == ["of"] and person.end + 2 < len(self.words) \
                and _is_capitalized(self.words[person.end + 1]) and self.words[person.end + 2] == ",":
            after = self.apposition_after(person.end + 2)   # "Marshall Formby of Plainview, former chairman of ..."
        if after and after["has_title"]:
            for item in after["items"]:
                if item.kind in ("place", "region_adjective"):
                    item.consumed = True
            if person.role and not public_title(person.role) and public_title(after["phrase"], domestic=True):
                # "Chairman Howard Smith, the courtly Virginia judge": the office of a state is the apposition's
                person.role = f"{person.role}, {_strip_article(after['phrase'])}"
            person.role = person.role or _strip_article(after["phrase"])
            owner = after["owner"]
            if owner is not None and owner.kind == "person":
                person.evidence.append(("person", owner.canonical, after["phrase"], None))
            sides = [i for i in after["items"] if i.side and i.kind in ("state", "organization")
                     and i is not owner and not self.is_mission_target(i)]
            if sides:
                sides[0].consumed = True
                person.evidence.append(("state", sides[0].side, after["phrase"], sides[0].name))
            elif owner is None and self.title_country(after["phrase"]):   # "Lammy, the foreign secretary"
                person.evidence.append(("state", self.title_country(after["phrase"]), after["phrase"], None))
            self.used.update(range(after["start"], after["end"]))


# verbs that put the speaker after them when they follow a quotation ('"...," said Chapman')
_INVERTING_CUES = {"said", "says", "added", "asked", "declared", "replied", "continued", "explained"}
_QUOTE_OR_COMMA = {",", "''", '"', "\u201d", "\u201c", "``", ";", ":", "."}


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


def _person_registry(article: Article, kb: Knowledge, readers: dict | None = None) -> _Persons:
    """Every person the article names with a cue or in full. ``readers`` (sentence index -> its
    reader) is filled for the reading that follows, which takes over what they found first."""
    persons = _Persons()
    for sentence in article.sentences:
        reader = _SentenceReader(sentence, kb, _Persons())
        if reader.is_heading:
            continue
        reader.found, runs = reader.first_steps()
        if readers is not None:
            readers[sentence.index] = reader
        for start, end in runs:
            found = reader.classify_run(start, end)
            if found:
                reader.found.append(found)      # as the reading proper does: later runs see it
            if found and found.kind == "person" and not found.common_words:
                before = reader.title_before(found.start)
                persons.add(found.canonical, sentence.index, before["phrase"] if before else "")
    return persons


def read_sentences(article: Article) -> list[tuple[Sentence, _SentenceReader]]:
    """Every sentence with what was found in it (used by :mod:`scripts.quotes` too)."""
    kb = knowledge()
    first: dict[int, _SentenceReader] = {}
    persons = _person_registry(article, kb, first)
    out = []
    for sentence in article.sentences:
        reader = _SentenceReader(sentence, kb, persons)
        if sentence.index in first:
            # the chunker's spans (the costliest step of the analysis), the titles and the first
            # steps of the registry's reading: they do not depend on the persons it found
            earlier = first[sentence.index]
            reader.chunks, reader._titles, reader._first_steps = earlier.chunks, earlier._titles, earlier._first_steps
        reader.read()
        out.append((sentence, reader))
    _join_across_sentences(out)
    return out


def _join_across_sentences(read) -> None:
    """What one sentence cannot know: a shorter name that begins a longer organization's name
    elsewhere in the article is that organization ("Rapid Support" -> "Rapid Support Forces"), and
    the mentions of one group adjective join the first organization it named ("Houthi rebels" ->
    "Houthi movement"), whose side its unnamed members take ("a Houthi spokesman")."""
    found = [f for _, reader in read for f in reader.found]
    _join_offices(found)
    organizations = [f.canonical for f in found if f.kind == "organization" and not f.name]
    by_adjective: dict[str, str] = {}
    for f in found:
        if f.kind == "organization" and f.adjective:
            by_adjective.setdefault(f.adjective, f.canonical)
    for f in found:
        if f.kind == "organization" and f.adjective:
            f.canonical = f.side = by_adjective[f.adjective]
        elif f.kind == "group" and f.adjective:
            side = f.side or by_adjective.get(f.adjective, f.adjective)
            f.side = side
            f.evidence = [(kind, target or side, phrase, name) for kind, target, phrase, name in f.evidence]
        elif f.kind in ("person", "organization") and not f.name:
            words = f.canonical.split()
            longer = next((o for o in organizations
                           if len(o.split()) > len(words) and o.split()[:len(words)] == words), None)
            if longer:
                f.kind, f.canonical, f.side = "organization", longer, longer
                f.evidence = []
            elif f.common_words:
                f.consumed = True


def _join_offices(found: list[Found]) -> None:
    """A title with no name ("Russia's president", "the Kremlin spokesman") is the person the
    article names with that title for the same side ("Russian President Vladimir Putin", "Kremlin
    spokesman Dmitry Peskov"), when exactly one does; a former holder is not meant."""
    holders: dict[tuple[str, str], set[str]] = {}
    for f in found:
        if f.kind != "person" or f.office:
            continue
        for kind, side, phrase, _ in f.evidence:
            words = phrase.lower().split()
            if kind == "state" and words and "former" not in words:
                holders.setdefault((side, words[-1]), set()).add(f.canonical)
    for f in found:
        if f.office and len(holders.get(f.office, ())) == 1:
            f.canonical = next(iter(holders[f.office]))
            f.office = ()


def _side_chain(actor: str, evidence: dict, types: dict, seen=()) -> tuple[str, str]:
    """(side, chain) of a person or group from its evidence, following links to other persons:
    "Witkoff -> envoy of Trump -> Trump: former U.S. President -> United States"."""
    label = _short(actor) if types.get(actor) == "person" else actor    # an office keeps its words
    for kind, target, phrase, name in evidence.get(actor, []):
        if kind == "state":
            seat = f" -> {_seat_surface(phrase, name)}" if name and name.kind == "seat" else ""
            if types.get(actor) == "group":      # "Kremlin sources -> Kremlin -> Russia"
                return target, f"{label} -> {phrase} -> {target}"
            return target, f"{label}: {phrase}{seat} -> {target}"
    for kind, target, phrase, name in evidence.get(actor, []):
        if kind == "person" and target not in seen and target != actor:
            side, chain = _side_chain(target, evidence, types, (*seen, actor))
            if side:
                return side, f"{label} -> {phrase} -> {chain}"
    return "", ""


def _seat_surface(phrase: str, name: Name) -> str:
    """The seat's own words as written in the phrase ("Downing Street" in "Downing Street spokesman")."""
    written = [" ".join(key) for key, other in knowledge().names.items()
               if other == name and " ".join(key) in phrase.replace("'s", "")]
    return max(written, key=len) if written else name.canonical


def find_actors(article: Article) -> ActorAnalysis:
    """The actors of the article; computed once per article, as the quotes and the
    demands tables need it too (the result is shared: do not modify it)."""
    return article.computed("actors", lambda: _with_table_sides(article, analysis_from(read_sentences(article))))


def _with_table_sides(article: Article, analysis: ActorAnalysis) -> ActorAnalysis:
    """Last steps of the side chain: a person the text gives no side gets the side of the
    dated officeholder table at the article's date (see scripts.critique.sides_from_table),
    else, when the text shows them holding a state's public office, the state of the
    article's home country (:func:`home_country`)."""
    from scripts.critique import sides_from_table    # imported here: critique reads the actors analysis
    sides_from_table(article, analysis)
    _sides_from_subdivision_owner(article, analysis)
    _sides_of_organization_heads(article, analysis)
    _sides_from_body_named_before(article, analysis)
    _sides_of_subdivision_bodies(article, analysis)
    _sides_from_home_country(article, analysis)
    return analysis


# the government bodies of a subdivision, named by its name and common nouns: "the Kharkiv
# regional administration", "the Texas state government", "the Kursk regional council"
_SUBDIVISION_BODY = r"(?:(?:regional|oblast|provincial|state|city|municipal|county|military)\s+)*" \
                    r"(?:administration|government|council|assembly|legislature)"


def _sides_of_subdivision_bodies(article: Article, analysis: ActorAnalysis) -> None:
    """A person whose office is of a subdivision's government body ("head of the Kharkiv
    regional administration") holds a public office of the subdivision's state."""
    kb = knowledge()
    names = "|".join(map(re.escape, sorted(kb.subdivisions, key=len, reverse=True)))
    body = re.compile(r"\bof the (" + names + r")\s+" + _SUBDIVISION_BODY + r"$")
    people = analysis.actors[(analysis.actors.type == "person") & (analysis.actors.side == "")]
    for index, person in people.iterrows():
        match = body.search(person.role or "")
        if not match:
            continue
        subdivision, state = kb.subdivisions[match.group(1)]
        if _is_country_name(subdivision) and (subdivision, state) not in subdivisions_named(article):
            continue        # "the Georgia government": the country's
        analysis.actors.at[index, "side"] = state
        analysis.actors.at[index, "side_chain"] = f"{_short(person.actor)}: {person.role} -> {subdivision} -> {state}"
    analysis.__dict__.pop("_sides", None)      # the side_of cache is rebuilt from the table


# Role classes of titles.csv that only a state's public service holds. "official" is not one:
# it also holds the chairmen, directors and heads of companies, parties and clubs; of its
# titles, these few are offices of a state at some level.
_PUBLIC_ROLE_CLASSES = {"head of state", "head of government", "minister", "government", "legislator",
                        "military", "judiciary", "diplomat", "police", "local government"}
# Titles that companies, unions and clubs give too: an office of a state only as a formal title,
# capitalized and with no body after it ("President Kennedy", "Secretary Rusk"), since news style
# writes an occupation in lower case ("railroad president Alfred Perlman", "president of the exchange").
_OFFICES_OF_ANY_BODY = {("president",), ("vice", "president"), ("vice-president",), ("secretary",),
                        ("treasurer",), ("controller",), ("comptroller",), ("representative",), ("premier",),
                        ("chancellor",)}      # a university's chancellor: "Chancellor of Chicago"
# Of those, the offices of home affairs: a story that also reports on abroad names foreign
# presidents, premiers, ministers and generals, but its senators, judges and sheriffs are its own.
_DOMESTIC_ROLE_CLASSES = {"legislator", "judiciary", "police", "local government"}
_PUBLIC_OFFICIAL_TITLES = {("governor",), ("gov.",), ("mayor",), ("comptroller",), ("controller",),
                           ("treasurer",), ("lt.", "gov."), ("lieutenant", "governor"), ("representative",),
                           ("presidential", "aide"), ("presidential", "adviser"), ("commissioner",), ("warden",),
                           # a diplomatic agent (Merriam-Webster: envoy), sent by a state or an organisation
                           ("envoy",), ("special", "envoy")}
# Share of the article's state-tied place mentions one state must have to be its home country.
_HOME_SHARE = 0.75
_HOME_MINIMUM = 3
# Else: at least five subdivision mentions, nine in ten of one state, which has half as many
# place mentions again as any other state.
_HOME_SUBDIVISIONS = 5
_HOME_SUBDIVISION_SHARE = 0.9
_HOME_LEAD = 1.5
# Else: the state of two thirds of the subdivisions named with no state beside them, in two sentences at least.
_LOCAL_MINIMUM = 2
_LOCAL_SHARE = 2 / 3


def public_title(role: str, domestic: bool = False) -> str:
    """The title in a person's role that only a state's public service gives ("Sen.", "Fulton
    Superior Court Judge" -> "Judge", "Mayor"), else "". A party's or company's chairman is none.
    ``domestic``: only the titles of home affairs (legislators, judges, police, local offices)."""
    kb = knowledge()
    classes = _DOMESTIC_ROLE_CLASSES if domestic else _PUBLIC_ROLE_CLASSES
    written = nlp.word_tokens(role + " x")[:-1]
    words = tuple(w.lower() for w in written)
    # a title of a federal service or of a subdivision's agency: "federal housing chief",
    # "chairman of the Texas Highway Commission"
    agency = next((k for k in range(len(written)) if written[k] in _AGENCY_NOUNS and any(
        written[m] in ("State", "County", "City") or any(" ".join(written[m:e]) in kb.subdivisions for e in range(m + 1, k))
        for m in range(max(0, k - 3), k))), None)
    for k, word in enumerate(words):
        # the staff of a state's president or of its federal service: "presidential chief of staff"
        presidential = word == "presidential" and not kb.titles.get(words[k:k + 2])    # "presidential aide" is one
        if (word == "federal" or presidential or agency is not None and k < agency) and not _PARTY_WORDS & set(written):
            title = next((" ".join(words[m:m + size]) for m in range(k + 1, min(k + 4, len(words)))
                          for size in (3, 2, 1) if len(words[m:m + size]) == size
                          and kb.titles.get(words[m:m + size]) in ("official", "aide")), None)
            if title is None and agency is not None:
                title = next((w for w in words[:agency] if kb.titles.get((w,)) in ("official", "aide")), None)
            if title:
                return title
    if written and written[0] in _CHAMBERS:
        # an office of a legislature's chamber: "Senate Republican Leader", "House Rules Committee chairman"
        chamber_title = next((w for w in words[1:] if kb.titles.get((w,)) not in (None, "modifier")), None)
        if chamber_title:
            return chamber_title
    for i in range(len(words)):
        for size in (4, 3, 2, 1):
            key = words[i:i + size]
            if len(key) < size:
                continue
            role_class = kb.titles.get(key)
            if not role_class or not (role_class in classes or key in _PUBLIC_OFFICIAL_TITLES):
                continue
            if key in _OFFICES_OF_ANY_BODY and (written[i][:1].islower() or words[i + size:i + size + 1] == ("of",)):
                return ""     # "railroad president Alfred Perlman", "president of the exchange"
            following = words[i + size:i + size + 1]
            if size == 1 and written[i][:1].islower() and following and following[0].isalpha() \
                    and following[0] not in _MINOR_WORDS and not kb.titles.get(following):
                continue      # a word that qualifies the noun after it: "general superintendent"
            return " ".join(key)
    return ""


@lru_cache(maxsize=1)
def _subdivision_pattern() -> re.Pattern:
    names = sorted(knowledge().subdivisions, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, names)) + r")(?![\w])")


_PARTY_TAG = re.compile(r"\((?:D|R|I|Dem|Rep|Ind)\.?-([A-Z][A-Za-z.]*)\)")   # "(D-Tex.)", "(R-TX)"


def subdivisions_named(article: Article) -> list[tuple[str, str]]:
    """(subdivision, state) of every first-level subdivision the article names ("Texas",
    "Ga.", "Kharkiv", "(D-Tex.)"). A name that is also a country's ("Georgia") is the
    subdivision only when the article names another subdivision of the same state."""
    found = [hit for sentence in article.sentences for hit in _subdivisions_in(sentence.text)]
    sure = {state for name, state in found if not _is_country_name(name)}
    return [(name, state) for name, state in found if not _is_country_name(name) or state in sure]


def _subdivisions_in(text: str) -> list[tuple[str, str]]:
    """(subdivision, state) of the subdivisions one sentence names."""
    kb = knowledge()
    found = []
    for match in _PARTY_TAG.finditer(text):
        tag = match.group(1)
        hit = kb.subdivisions.get(tag) or kb.subdivision_codes.get(tag.rstrip("."))
        if hit:
            found.append(hit)
    for match in _subdivision_pattern().finditer(text):
        known = kb.names.get(tuple(nlp.word_tokens(match.group(1))))
        if known and known.kind in ("seat", "capital"):
            continue        # "Washington", "Berlin": the state's seat, counted as the state already
        found.append(kb.subdivisions[match.group(1)])
    return found


def _is_country_name(name: str) -> bool:
    known = knowledge().names.get(tuple(nlp.word_tokens(name)))
    return bool(known and known.kind == "country")


def home_country(article: Article, analysis: ActorAnalysis) -> tuple[str, str, bool]:
    """(state, evidence, home affairs only) of the country an article is about at home: the state that at least
    three quarters of its state-tied place mentions belong to (its own name, capital,
    demonym, seats and subdivisions), with three mentions at least; or, in a story that also
    reports on abroad, the state whose subdivisions are nearly all those named (five at least)
    and which leads every other state by half again; ("", "") when the article's places are
    shared among states, as in a report of talks between two. In the second case the home
    country is only that of the officials of home affairs (:data:`_DOMESTIC_ROLE_CLASSES`):
    the heads of state and ministers such a story names may well be foreign."""
    votes, named, subdivisions = _place_votes(article, analysis)
    total = sum(votes.values())
    if not total:
        return "", "", False
    state = max(votes, key=votes.get)
    top = sorted(named[state], key=named[state].get, reverse=True)[:3]
    if votes[state] >= _HOME_MINIMUM and votes[state] >= _HOME_SHARE * total:
        return state, f"home country of the article ({votes[state]} of {total} place mentions: {', '.join(top)})", False
    # A story of home affairs that also reports on abroad ("Gov. Rockefeller ... ; in Laos ...")
    # still names the subdivisions of one state only, and that state leads the others well.
    own = [s for _, s in subdivisions if s == state]
    runner_up = max((v for s, v in votes.items() if s != state), default=0)
    if len(own) >= _HOME_SUBDIVISIONS and len(own) >= _HOME_SUBDIVISION_SHARE * len(subdivisions) \
            and votes[state] >= _HOME_LEAD * runner_up:
        return state, (f"home country of the article ({len(own)} of {len(subdivisions)} subdivisions named, "
                       f"{votes[state]} of {total} place mentions: {', '.join(top)})"), True
    return "", "", False


def _place_votes(article: Article, analysis: ActorAnalysis):
    """Mentions of each state among the article's state-tied places (its own name, capital,
    demonym, seats and subdivisions): (votes by state, surfaces by state, subdivisions named)."""
    votes: dict[str, int] = {}
    named: dict[str, dict[str, int]] = {}

    def vote(state: str, surface: str, count: int = 1):
        votes[state] = votes.get(state, 0) + count
        named.setdefault(state, {})[surface] = named.get(state, {}).get(surface, 0) + count

    subdivisions = subdivisions_named(article)
    as_subdivision = {name for name, _ in subdivisions if _is_country_name(name)}
    # a country's name inside a subdivision's is that subdivision ("Jersey" in "New Jersey")
    inside = {word for name, _ in subdivisions for word in name.split()[1:]}
    for row in analysis.actors[analysis.actors.type == "state"].itertuples():
        if row.actor not in as_subdivision and row.actor not in inside:
            vote(row.side, row.actor, int(row.mentions))
    for row in analysis.places.itertuples():
        if row.stands_for and row.place not in as_subdivision:
            vote(row.stands_for, row.place, int(row.mentions))
    for name, state in subdivisions:
        vote(state, name)
    return votes, named, subdivisions


def local_home(article: Article, analysis: ActorAnalysis) -> tuple[str, str]:
    """(state, evidence) whose subdivisions the article names without saying whose they are (in
    sentences that name no state), when no home country is sure: at least twice, and two thirds of
    such subdivision mentions ("St. Johns, Mich., April 19."; "a Louisiana firm"). A paper names its
    own country's states so, and the officials of home affairs it names (judges, patrolmen,
    prosecutors) are theirs; a report of talks names the regions of the states it names beside
    them ("Russia had shelled Kharkiv"). ("", "") else."""
    with_state = set(analysis.mentions[analysis.mentions.type == "state"].sentence_id)
    for row in analysis.places.itertuples():
        if row.stands_for:
            with_state.update(row.sentences.split("; "))
    subdivisions, sentences = [], {}
    for sentence in article.sentences:
        if sentence.id in with_state:
            continue
        for name, state in _subdivisions_in(sentence.text):
            if not _is_country_name(name):
                subdivisions.append((name, state))
                sentences.setdefault(state, set()).add(sentence.id)
    counts: dict[str, int] = {}
    for _, state in subdivisions:
        counts[state] = counts.get(state, 0) + 1
    if not counts:
        return "", ""
    state = max(counts, key=counts.get)
    # in two sentences at least: "in Novosibirsk, Siberia" once only locates an event
    if len(sentences[state]) < _LOCAL_MINIMUM or counts[state] < _LOCAL_SHARE * len(subdivisions):
        return "", ""
    names = ", ".join(dict.fromkeys(name for name, s in subdivisions if s == state))
    return state, f"subdivisions named with no state beside them ({counts[state]} of {len(subdivisions)}: {names})"


def _governments_named(article: Article, analysis: ActorAnalysis, actor: str) -> set[str]:
    """States whose government the sentence of the person's titled mention names: "The Laos
    government plea was made by Foreign Minister ...", "the government of Laos"."""
    mentions = analysis.mentions[(analysis.mentions.actor == actor) & (analysis.mentions.role != "")]
    if mentions.empty:
        return set()
    sentence = mentions.sentence_id.iloc[0]
    text = article.sentence(sentence).text
    states = analysis.mentions[(analysis.mentions.sentence_id == sentence) & (analysis.mentions.type == "state")]
    return {row.actor for row in states.itertuples()
            if re.match(r"\s*(?:government|regime)\b", text[row.end:], re.I)
            or re.search(r"\b(?:government|regime) of (?:the )?$", text[:row.start], re.I)}


# prepositions after which a state is what is talked about, not where one is: "a tougher policy toward the Soviet Union"
_TARGET_PREPOSITIONS = {"toward", "towards", "against", "to", "with", "on", "over", "about", "at", "for", "from"}


def _sentence_abroad(article: Article, analysis: ActorAnalysis, actor: str, home: str) -> bool:
    """The sentence of the person's titled mention names another state, not as what is talked
    about nor as the owner of something ("Italy's biggest companies"), and not the home country:
    "the junta which has ruled Turkey since the overthrow of Premier Adnan Menderes"."""
    mentions = analysis.mentions[(analysis.mentions.actor == actor) & (analysis.mentions.role != "")]
    if mentions.empty:
        return False
    sentence = mentions.sentence_id.iloc[0]
    text = article.sentence(sentence).text
    states = analysis.mentions[(analysis.mentions.sentence_id == sentence) & (analysis.mentions.type == "state")]
    named = set(states.actor) | {row.stands_for for row in analysis.places.itertuples()
                                 if row.stands_for and sentence in row.sentences.split("; ")}
    if home in named:
        return False
    return any(row.actor != home and not row.possessive and (re.findall(r"[A-Za-z]+", text[:row.start].lower()) or [""])[-1] not in _TARGET_PREPOSITIONS
               and (re.findall(r"[A-Za-z]+", text[:row.start].lower())[-2:] or [""])[0] not in _TARGET_PREPOSITIONS
               for row in states.itertuples())


def _titled_paragraph(article: Article, analysis: ActorAnalysis, actor: str) -> set[str]:
    """Sentence ids of the paragraph where the person is first named with a title."""
    mentions = analysis.mentions[(analysis.mentions.actor == actor) & (analysis.mentions.role != "")]
    if mentions.empty:
        return set()
    within = article.sentence(mentions.sentence_id.iloc[0]).paragraph_id
    return {s.id for s in article.sentences if s.paragraph_id == within}


def _states_named(article: Article, analysis: ActorAnalysis, actor: str) -> set[str]:
    """Every state named in that paragraph, as an actor or a place."""
    ids = _titled_paragraph(article, analysis, actor)
    named = set(analysis.mentions[(analysis.mentions.type == "state") & analysis.mentions.sentence_id.isin(ids)].actor)
    return named | {row.stands_for for row in analysis.places.itertuples()
                    if row.stands_for and ids & set(row.sentences.split("; "))}


def _states_beside(article: Article, analysis: ActorAnalysis, actor: str, paragraph: bool = True) -> set[str]:
    """States that place the person where first named with a title, in the paragraph (else the
    sentence): the places named there ("In Moscow, Premier Khrushchev said") and the seats of
    government ("at a party in the Kremlin"). A state named as an actor or an object ("a tougher
    policy toward the Soviet Union") places no one."""
    mentions = analysis.mentions[analysis.mentions.actor == actor]
    titled = mentions[mentions.role != ""]
    if titled.empty:
        return set()
    ids = {titled.sentence_id.iloc[0]}
    if paragraph:
        within = article.sentence(titled.sentence_id.iloc[0]).paragraph_id
        ids = {s.id for s in article.sentences if s.paragraph_id == within}
    named = set()
    for row in analysis.places.itertuples():
        if row.stands_for and ids & set(row.sentences.split("; ")):
            named.add(row.stands_for)
    kb = knowledge()
    states = analysis.mentions[(analysis.mentions.type == "state") & analysis.mentions.sentence_id.isin(ids)]
    for row in states.itertuples():
        name = kb.names.get(tuple(nlp.word_tokens(_strip_article(row.surface))))
        if name is not None and name.kind == "seat":
            named.add(row.actor)
    return named


def _unqualified_office(article: Article, analysis: ActorAnalysis, actor: str, title: str,
                        home: str, why: str) -> tuple[str, str]:
    """(side, chain step) of a national office named with no state ("President Kennedy",
    "Ambassador Thompson") in an article whose home country is known from its places but not sure
    enough for every title. News names its own country's head of state, ministers and envoys
    without nationality and qualifies foreign ones ("Tunisian President"): such a title is the home
    country's, unless its sentence places it in another state ("In Moscow, Premier Khrushchev said")
    or its paragraph places its story in other states and does not name the home country; a diplomat is named where he serves, so
    his is the home country all the same. A military rank is no such title: airlines, ships and
    police forces have captains too."""
    kb = knowledge()
    role_class = kb.titles.get(tuple(title.split()))
    if not home or role_class == "military":
        return "", ""
    if role_class != "diplomat" and _sentence_abroad(article, analysis, actor, home):
        return "", ""
    beside = _states_beside(article, analysis, actor) - {""}
    if role_class != "diplomat" and (beside - {home} and home not in _states_named(article, analysis, actor)
                                     or _states_beside(article, analysis, actor, paragraph=False) - {"", home}):
        return "", ""
    return home, f"{title} named with no state -> {why} -> {home}"


def _subdivision_beside(article: Article, analysis: ActorAnalysis, actor: str) -> tuple[str, str, str] | None:
    """(subdivision, state, words) when a mention of the person has a subdivision right before
    its title or right after the name: "Texas Sen. John Tower", "Gov. Price Daniel of Texas",
    "Sen. Jones (D-Tex.)", "Smith, D-Ga."."""
    kb = knowledge()
    names = "|".join(map(re.escape, sorted(kb.subdivisions, key=len, reverse=True)))
    before = re.compile(r"(?<![\w.])(" + names + r")((?:\s+[\w.]+){1,3})\s+$")
    # "Gov. Price Daniel of Texas", "Senator Thruston B. Morton (R) of Kentucky", "Smith, Ga."
    after = re.compile(r"^(?:\s*\([A-Z]\w*\.?\))?(?:,?\s+of|,)\s+(?:the\s+state\s+of\s+)?(" + names + r")(?![\w])")
    mentions = analysis.mentions[analysis.mentions.actor == actor]
    for mention in mentions.itertuples():
        text = article.sentence(mention.sentence_id).text
        tag = _PARTY_TAG.match(text[mention.end:].lstrip())
        if tag:
            hit = kb.subdivisions.get(tag.group(1)) or kb.subdivision_codes.get(tag.group(1).rstrip("."))
            if hit:
                return (*hit, tag.group(0))
        for pattern, window in ((before, text[max(0, mention.start - 60):mention.start]),
                                (after, text[mention.end:mention.end + 40])):
            match = pattern.search(window)
            if match and pattern is before and not all(
                    kb.is_title((word,)) or word.lower() in ("state", *_PLACE_NOUNS) for word in match.group(2).split()):
                continue        # only title words between: "Texas Sen.", "Zaporizhzhia Oblast Governor"
            if match and match.group(1) in kb.subdivisions:
                name, state = kb.subdivisions[match.group(1)]
                if _is_country_name(name) and (name, state) not in subdivisions_named(article):
                    continue        # "Georgia's president": the country
                return name, state, match.group(0).strip(" ,")
    return None


def _paragraph_placed_in(article: Article, analysis: ActorAnalysis, actor: str) -> tuple[str, str] | None:
    """(state, place) when the paragraph of the person's titled mention opens by placing its
    story in a state's capital, seat or country ("In Kyiv, officials accused Moscow ...
    Presidential chief of staff Bohdan Kravets wrote"): wire copy moves so from the dateline's
    city to another, and names that city's officials without their nationality."""
    kb = knowledge()
    ids = _titled_paragraph(article, analysis, actor)
    if not ids:
        return None
    first = next(s for s in article.sentences if s.id in ids)
    match = re.match(r"In ((?:[A-Z][\w.'-]*\s?){1,3}),", first.text)
    if not match:
        return None
    name = kb.names.get(tuple(nlp.word_tokens(match.group(1).strip())))
    if name and name.kind in ("country", "capital", "seat") and name.side:
        return name.side, match.group(1).strip()
    return None


def dateline_state(article: Article) -> tuple[str, str]:
    """(state, place) of the place an article's dateline gives ("KYIV, March 14 (Reuters) -" ->
    Ukraine, "MOSCOW, May 9. /TASS/." -> Russia), when it is a capital, seat, country or
    subdivision the tables know; ("", "") when there is no dateline."""
    from scripts.reader import _dateline
    kb = knowledge()
    for line in article.dropped:
        if not _dateline(line):
            continue
        place = re.split(r"[,(/\u2013\u2014]| -", line)[0].strip()
        written = " ".join(w.capitalize() if w.isupper() else w for w in place.split())
        name = kb.names.get(tuple(nlp.word_tokens(written)))
        if name and name.kind in ("country", "capital", "seat") and name.side:
            return name.side, place
        if written in kb.subdivisions and not _is_country_name(written):
            return kb.subdivisions[written][1], place
    return "", ""


def _sides_from_subdivision_owner(article: Article, analysis: ActorAnalysis) -> None:
    """A person named as a subdivision's own ("Missouri's Clarence Cannon", "Mississippi's 14-term
    William Colmer") belongs to its state, as "Hungary's Viktor Orbán" to Hungary; a country's name
    the article uses for a subdivision ("Georgia's Carl Vinson" beside Missouri and Mississippi) is
    that subdivision, not the country."""
    kb = knowledge()
    named = subdivisions_named(article)
    as_subdivision = {name: state for name, state in named if _is_country_name(name)}
    names = "|".join(map(re.escape, sorted(kb.subdivisions, key=len, reverse=True)))
    owner = re.compile(r"(?<![\w.])(" + names + r")['\u2019]s\s+(?:[a-z0-9][\w-]*\s+)?$")
    people = analysis.actors[(analysis.actors.type == "person")
                             & analysis.actors.side.isin(["", *as_subdivision])]
    for index, person in people.iterrows():
        for mention in analysis.mentions[analysis.mentions.actor == person.actor].itertuples():
            text = article.sentence(mention.sentence_id).text
            match = owner.search(text[max(0, mention.start - 60):mention.start])
            if not match:
                continue
            subdivision, state = kb.subdivisions[match.group(1)]
            if _is_country_name(subdivision) and subdivision not in as_subdivision:
                continue        # "Georgia's president": the country
            analysis.actors.at[index, "side"] = state
            analysis.actors.at[index, "side_chain"] = \
                f"{_short(person.actor)}: {match.group(0).strip()} {mention.surface} -> {subdivision} -> {state}"
            break
    analysis.__dict__.pop("_sides", None)      # the side_of cache is rebuilt from the table


def _sides_from_body_named_before(article: Article, analysis: ActorAnalysis) -> None:
    """A person whose office is of a body named again by its head noun ("director of the corps")
    serves the body of that head noun the article named ("the Peace Corps" -> United States)."""
    people = analysis.actors[(analysis.actors.type == "person") & (analysis.actors.side == "")]
    bodies = analysis.mentions[analysis.mentions.type.isin(["state", "organization"])]
    sides = dict(zip(analysis.actors.actor, analysis.actors.side))
    for index, person in people.iterrows():
        match = re.search(r"\bof the ([a-z]+)$", person.role or "")
        if not match or not public_title(person.role.replace(match.group(0), "").strip() or "x") \
                and knowledge().titles.get((nlp.word_tokens(person.role.lower())[0],)) not in ("official", "head of organization"):
            continue
        named = {(row.surface, sides.get(row.actor, "")) for row in bodies.itertuples()
                 if len(row.surface.split()) > 1 and row.surface.split()[-1].lower() == match.group(1)
                 and sides.get(row.actor, "") and (row.type == "state" or ("organization", row.actor) in _table_kinds())}
        if len({side for _, side in named}) == 1:
            surface, side = next(iter(named))
            analysis.actors.at[index, "side"] = side
            analysis.actors.at[index, "side_chain"] = f"{_short(person.actor)}: {person.role} -> {surface} -> {side}"
    analysis.__dict__.pop("_sides", None)      # the side_of cache is rebuilt from the table


def _sides_of_organization_heads(article: Article, analysis: ActorAnalysis) -> None:
    """A person titled as an organisation's head with no body named ("Secretary-General Dag Lund")
    heads the one international organisation its sentence names ("... the U.N. troops")."""
    kb = knowledge()
    people = analysis.actors[(analysis.actors.type == "person") & (analysis.actors.side == "")]
    for index, person in people.iterrows():
        title = next((w for w in nlp.word_tokens(person.role.lower())
                      if kb.titles.get((w,)) == "head of organization"), None) if person.role else None
        if title is None:
            continue
        mentions = analysis.mentions[(analysis.mentions.actor == person.actor) & (analysis.mentions.role != "")]
        if mentions.empty:
            continue
        sentence = mentions.sentence_id.iloc[0]
        bodies = analysis.mentions[(analysis.mentions.sentence_id == sentence) & (analysis.mentions.type == "organization")]
        known = analysis.actors[analysis.actors.actor.isin(set(bodies.actor)) & (analysis.actors.side != "")]
        named = {row.side for row in known.itertuples() if ("organization", row.actor) in _table_kinds()}
        if len(named) == 1:
            body = next(iter(named))
            analysis.actors.at[index, "side"] = body
            analysis.actors.at[index, "side_chain"] = f"{_short(person.actor)}: {person.role} -> the one organisation its sentence names -> {body}"
    analysis.__dict__.pop("_sides", None)      # the side_of cache is rebuilt from the table


def _sides_from_home_country(article: Article, analysis: ActorAnalysis) -> None:
    """A person with no side whom the text shows holding a state's public office (a governor,
    senator, mayor, judge, sheriff) holds it in the article's home country: "Pye: Judge ->
    home country of the article (...) -> United States". In order: a subdivision beside the
    name; the state of the dateline; an unqualified minister beside "<state> government" in his
    sentence; the sure home country; for home-affairs offices, the home country of home affairs
    or the state whose subdivisions are named bare (:func:`local_home`); for national offices,
    that home country unless the text places the person abroad (:func:`_unqualified_office`)."""
    people = analysis.actors[(analysis.actors.type == "person") & (analysis.actors.side == "")]
    if people.empty:
        return
    titles = {index: public_title(person.role) for index, person in people.iterrows() if person.role}
    titles = {index: title for index, title in titles.items() if title}
    if not titles:
        return
    for index, title in list(titles.items()):
        actor = analysis.actors.at[index, "actor"]
        tie = _subdivision_beside(article, analysis, actor)
        if tie:
            subdivision, state, surface = tie
            analysis.actors.at[index, "side"] = state
            analysis.actors.at[index, "side_chain"] = f"{_short(actor)}: {surface} -> {subdivision} -> {state}"
            del titles[index]
    analysis.__dict__.pop("_sides", None)      # the side_of cache is rebuilt from the table
    for index, title in list(titles.items()):
        actor = analysis.actors.at[index, "actor"]
        placed = _paragraph_placed_in(article, analysis, actor)
        if placed:
            state, where = placed
            analysis.actors.at[index, "side"] = state
            analysis.actors.at[index, "side_chain"] = f"{_short(actor)}: {title} -> paragraph placed in {where} -> {state}"
            del titles[index]
    filed_in, place = dateline_state(article)
    if filed_in:
        # wire style names the officials of the state a story is filed from without their
        # nationality ("KYIV, March 14 (Reuters) - ... Foreign Minister Oleksandr Hrytsenko said")
        for index, title in titles.items():
            actor = analysis.actors.at[index, "actor"]
            analysis.actors.at[index, "side"] = filed_in
            analysis.actors.at[index, "side_chain"] = f"{_short(actor)}: {title} -> dateline {place} -> {filed_in}"
        return
    state, evidence, domestic_only = home_country(article, analysis)
    local, local_evidence = (state, evidence) if state else local_home(article, analysis)
    national, national_evidence = (state, evidence) if state else (local, local_evidence)
    for index, title in titles.items():
        actor = analysis.actors.at[index, "actor"]
        governments = _governments_named(article, analysis, actor) - {national}
        if len(governments) == 1 and not public_title(analysis.actors.at[index, "role"], domestic=True) \
                and knowledge().titles.get(tuple(title.split())) != "diplomat":
            government = next(iter(governments))
            side, step = government, f"{title} -> the {government} government its sentence names -> {government}"
        elif state and not domestic_only:
            side, step = state, f"{title} -> {evidence} -> {state}"
        elif public_title(analysis.actors.at[index, "role"], domestic=True):
            side, step = local, f"{title} -> {local_evidence} -> {local}"
        else:
            side, step = _unqualified_office(article, analysis, actor, title, national, national_evidence)
        if side:
            analysis.actors.at[index, "side"] = side
            analysis.actors.at[index, "side_chain"] = f"{_short(actor)}: {step}"
    analysis.__dict__.pop("_sides", None)      # the side_of cache is rebuilt from the table


def analysis_from(read) -> ActorAnalysis:
    mentions, places, evidence, info = [], [], {}, {}
    for sentence, reader in read:
        for f in reader.found:
            if f.consumed or f.kind == "region_adjective":
                continue
            start = reader.tokens[f.start].start
            end = reader.tokens[f.end - 1].end
            surface = sentence.text[start:end]
            if f.kind == "place":
                # a capital or country that locates an event is listed under its own name
                place = surface if f.name and f.name.kind in ("capital", "country") else f.canonical
                places.append({"place": place, "kind": f.place_kind or (f.name.kind if f.name else "place"),
                               "stands_for": f.side if f.name and f.name.kind != "region" else "",
                               "surface": surface, "sentence_id": sentence.id})
                continue
            possessive = f.end < len(reader.words) and reader.words[f.end] == "'s"
            actor_type = f.kind
            mentions.append({"actor": f.canonical, "type": actor_type, "surface": surface,
                             "sentence_id": sentence.id, "start": start, "end": end,
                             "role": f.role, "possessive": possessive})
            if f.evidence:
                evidence.setdefault(f.canonical, []).extend(f.evidence)
            record = info.setdefault(f.canonical, {"type": actor_type, "role": "", "side": "",
                                                   "name": f.name, "office": bool(f.office)})
            if f.kind == "organization" and not record["side"]:
                record["side"], record["role"] = f.side, record["role"] or f.role
            if f.kind == "person" and f.role and not record["role"]:
                record["role"] = f.role
            if f.kind in ("group",) and not record["role"]:
                record["role"] = f.role
    mention_frame = pd.DataFrame(mentions, columns=MENTION_COLUMNS)
    types = {actor: "office" if record.get("office") else record["type"] for actor, record in info.items()}
    rows = []
    for actor, group in mention_frame.groupby("actor", sort=False):
        record = info[actor]
        kind = record["type"]
        side, chain = "", ""
        if kind == "state":
            side = actor
            role = "; ".join(sorted({r for r in group["role"] if r}))
        elif kind in ("person", "group"):
            side, chain = _side_chain(actor, evidence, types)
            role = record["role"]
        else:
            name = record["name"]
            side = name.side if name else ""
            role = _table_kind(name) if name else ""
        if kind == "organization" and not record["name"]:
            # a body no table knows: its side is what its name said ("Russian Foreign Ministry"),
            # else itself ("Rapid Support Forces"); its role is the kind its head noun gives
            side = record["side"] or next((s for (_, s, _, _) in evidence.get(actor, [])), "") or actor
            role = record["role"]
        rows.append({"actor": actor, "type": kind, "side": side, "role": role,
                     "mentions": len(group), "first_sentence": group["sentence_id"].iloc[0],
                     "aliases": "; ".join(dict.fromkeys(group["surface"])),
                     "side_chain": chain,
                     "sentences": "; ".join(dict.fromkeys(group["sentence_id"]))})
    actors = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
    actors = actors.sort_values(["mentions", "first_sentence"], ascending=[False, True],
                                kind="stable").reset_index(drop=True)
    place_rows = []
    place_frame = pd.DataFrame(places, columns=["place", "kind", "stands_for", "surface", "sentence_id"])
    for place, group in place_frame.groupby("place", sort=False):
        place_rows.append({"place": place, "kind": group["kind"].iloc[0],
                           "stands_for": group["stands_for"].iloc[0], "mentions": len(group),
                           "first_sentence": group["sentence_id"].iloc[0],
                           "sentences": "; ".join(dict.fromkeys(group["sentence_id"])),
                           "aliases": "; ".join(dict.fromkeys(group["surface"]))})
    return ActorAnalysis(actors=actors, mentions=mention_frame,
                         places=pd.DataFrame(place_rows, columns=PLACE_COLUMNS))


@lru_cache(maxsize=None)
def _table_kinds() -> dict[tuple[str, str], str]:
    from scripts.knowledge import _read
    kinds = {}
    for row in _read("organizations.csv").itertuples():
        kinds[("organization", row.organization)] = row.kind
    for row in _read("media.csv").itertuples():
        kinds[("media", row.outlet)] = row.kind
    return kinds


def _table_kind(name: Name) -> str:
    return _table_kinds().get((name.kind, name.canonical), "")


def actors_table(article: Article) -> pd.DataFrame:
    """The ``actors.csv`` table (GUIDE §5)."""
    return find_actors(article).actors


# --- views of the tables the chapter shows ---------------------------------------------------

def actors_by_section(article: Article, mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions of each actor (rows) in each section (columns, in reading order)."""
    sections = list(dict.fromkeys(s.section for s in article.sentences))
    section_of = {s.id: s.section for s in article.sentences}
    counts = (mentions.assign(section=mentions.sentence_id.map(section_of))
              .groupby(["actor", "section"]).size().unstack(fill_value=0))
    return counts.reindex(columns=sections, fill_value=0)


def co_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """Pairs of actors named in the same sentence: actor_a, actor_b, sentences (count), sentence_ids."""
    pairs: dict[tuple[str, str], list[str]] = {}
    for sentence_id, group in mentions.groupby("sentence_id", sort=False):
        names = sorted(set(group.actor))
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                pairs.setdefault((a, b), []).append(sentence_id)
    return pd.DataFrame([{"actor_a": a, "actor_b": b, "sentences": len(ids), "sentence_ids": "; ".join(ids)}
                         for (a, b), ids in pairs.items()],
                        columns=["actor_a", "actor_b", "sentences", "sentence_ids"]
                        ).sort_values("sentences", ascending=False, kind="stable").reset_index(drop=True)
