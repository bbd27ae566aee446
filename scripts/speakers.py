"""Who said it: speaker attribution in sieves, most certain first.

Attribution relations have a source, a cue and a content (Pareti's PARC). The
sieves follow Muzny et al. (2017), "A two-stage sieve approach for quote
attribution": each tries only what the ones before left open, and a quotation
no sieve resolves keeps an empty speaker rather than the nearest name.

1. ``named``: an actor named next to the cue: ``"...," X said``, ``X said: "..."``,
   ``said X``, ``X, asked about Y, said``, ``X, the Kremlin spokesman, said``, ``X, who
   charged that "..."``, ``X criticised the plan and said``; also a paragraph that ends
   with ``X said in a statement:`` for the quotation that opens the next one. Verbs that
   only introduce quotations ("replied", "inquired"; ``speech_verbs.csv``) are cues too. A
   name right before the verb is its subject whatever precedes it (a run-in cross-heading);
   so is a name before an apposition of several parts or a relative clause (``X, economist
   of Y, Chicago, predicted``; ``X, who kept asking that "...," said``), a name closing an
   apposition to an opening description (``The head of the delegation, aide X, stressed``),
   and the main clause's subject for ``..., declaring that`` and ``..., and added``.
2. ``according to``: ``according to X`` (``according to him``), ``in X's own words``. The outlet of ``told Reuters``, ``in
   comments carried by TASS`` or ``Interfax reported`` is the channel, never the
   speaker (``TASS quoted X as saying`` gives X).
3. ``pronoun``: ``he``/``she`` go to the speaker of the statement just before (the
   subject a pronoun continues) or else to the person found in Hobbs's (1978) order
   (nearest in the pronoun's sentence, then each earlier sentence read from its start),
   outside quotation marks, whose gender does not clash (from gendered titles such as
   "spokeswoman", then from the pronouns already resolved to them); a person whose name
   opens the pronoun's sentence comes before the previous sentence's speaker. ``they`` goes to
   a group, organisation or state the same way; ``it`` only to a body that has just spoken.
4. ``role noun``: ``the Kremlin aide``, ``the Hungarian leader``, ``the French
   president``, ``the head of state``: the person of the article holding a
   compatible title (``titles.csv``, ``role_nouns.csv``) whose side agrees with the
   nationality or seat named beside the noun; the most recently mentioned one. "A
   Kremlin spokesman" (indefinite) is an unnamed member speaking for the Kremlin. A person
   named just before whose office the text does not give may be the one meant: no guess then.
   ``the committee``, ``the jury`` (``the jurors``) is the body named before whose name ends
   with that noun.
5. ``continuation``: a quotation without attribution of its own takes the speaker of
   the statement before it in its paragraph (a quotation, or reported speech: "Tusk
   said Europe must arm. \u201cPutin only understands force.\u201d"); one that opens a
   paragraph takes the speaker of the previous paragraph's last statement, when that
   paragraph ends on one (newsroom convention).

Otherwise ``unresolved``. :func:`attribute` gives every direct quotation of an
article its speaker, cue verb, channel and sieve; :func:`statements` adds every
reporting verb with its source, and :func:`statements_frame` gives both as one table
with the cue's offsets in its sentence, for claims to take their claimant from;
:class:`Speakers` resolves the subject of any reporting verb.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

import pandas as pd

from scripts.actors import ActorAnalysis, _tokens
from scripts.knowledge import knowledge
from scripts.paths import DATA
from scripts.quotes import Quotation, _Verb, _verbs, quotations
from scripts.reader import Article

NAMED, ACCORDING, PRONOUN, ROLE, CONTINUATION, UNRESOLVED = (
    "named", "according to", "pronoun", "role noun", "continuation", "unresolved")
SIEVES = [NAMED, ACCORDING, PRONOUN, ROLE, CONTINUATION, UNRESOLVED]

_CLAUSE_BREAKS = {",", ";", ":", "that", "which", "who", "where", "while", "when", "as", "because",
                  "but", "--", "``", "''", '"', "\u201c", "\u201d", "(", ")"}
_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "did",
                "does", "do", "reportedly", "repeatedly", "publicly", "again", "recently", "once",
                "previously", "already", "not", "never", "then", "later", "earlier", "has", "had",
                "further", "and", "flatly", "simply", "only", "just", "quickly"}
_PERSON_PRONOUNS = {"he": "male", "she": "female"}
_GROUP_PRONOUNS = {"they"}
_BODY_PRONOUN = "it"      # a body that has just spoken ("The jury said ... It recommended")
_BODY_REACH = 2           # sentences back the body's statement may lie
_OBJECT_PRONOUNS = {"he": "he", "him": "he", "she": "she", "her": "she", "they": "they", "them": "they"}
_SUBJECT_PRONOUNS = set(_PERSON_PRONOUNS) | _GROUP_PRONOUNS | {_BODY_PRONOUN}
_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "this", "that", "one", "another"}
_INDEFINITE = {"a", "an", "one", "another"}
_NO_SOURCE = "no source"   # a cue whose subject is no speaker at all ("the agreement showed")
_PRONOUN_REACH = 8      # sentences a pronoun's antecedent may lie back
_POSTMODIFIERS = {"of", "from", "in", "for", "at", "with", "near"}
_QUOTE_TOKENS = {"``", "''", '"', "\u201c", "\u201d", "'", "\u2018", "\u2019"}
# verbs that put the speaker after them when they follow the quotation ('"...," said X')
_INVERTING = {"said", "says", "added", "asked", "wrote", "continued", "explained", "replied",
              "insisted", "warned", "noted", "stressed", "declared", "recalled", "told", "argued",
              "answered", "responded", "remarked", "observed", "concluded", "complained", "admitted"}


# plural nouns for the members of a body, who speak as the body ("the jurors said")
_MEMBERS_OF = {"jurors": "jury", "councilmen": "council", "councillors": "council", "councilors": "council",
               "senators": "senate", "commissioners": "commission", "regents": "regents"}


@lru_cache(maxsize=1)
def _role_nouns() -> dict[tuple[str, ...], set[str]]:
    table = pd.read_csv(DATA / "role_nouns.csv", comment="#", dtype=str, keep_default_na=False)
    return {tuple(row.noun.split()): {c.strip() for c in row.role_classes.split(";")}
            for row in table.itertuples()}


@lru_cache(maxsize=1)
def _speech_verb_table() -> dict[str, tuple[str, str]]:
    """Inflected form -> (verb, class) of the verbs that only introduce quotations."""
    from scripts.morphology import inflections
    table = pd.read_csv(DATA / "speech_verbs.csv", comment="#", dtype=str, keep_default_na=False)
    forms = {}
    for row in table.itertuples():
        for form, lemma in inflections(row.verb).items():
            forms.setdefault(form, (lemma, row._2))     # _2: the "class" column
    return forms


def _speech_verbs(tokens) -> list[_Verb]:
    table = _speech_verb_table()
    # the tagger may miss a verb before a quotation ("and inquired, “You mean...”" read as an
    # adjective): a form of these verbs right before a comma or a colon and an opening mark is one
    introduces = lambda i: i + 2 < len(tokens) and tokens[i + 1].text in (",", ":") and \
        tokens[i + 2].text in ("``", '"', "\u201c")
    return [_Verb(i, i + 1, t.text, *table[t.text.lower()]) for i, t in enumerate(tokens)
            if t.text.lower() in table and (t.pos.startswith("VB") or introduces(i))]


@lru_cache(maxsize=1)
def _gendered_words() -> dict[str, str]:
    table = pd.read_csv(DATA / "gendered_words.csv", comment="#", dtype=str, keep_default_na=False)
    return dict(zip(table.word, table.gender))


def _titles_in(words: list[str]) -> list[tuple[str, ...]]:
    """The titles (not modifiers) of ``titles.csv`` in these lower-case words, longest first."""
    kb = knowledge()
    found, i = [], 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            key = tuple(words[i:i + size])
            if len(key) == size and kb.titles.get(key, "modifier") != "modifier":
                found.append(key)
                i += size
                break
        else:
            i += 1
    return found


@dataclass
class Attribution:
    """One direct quotation and who said it."""
    paragraph_id: str
    sentence_id: str        # the sentence the quotation starts in
    start: int              # offsets of the quoted words in the paragraph's text
    end: int
    text: str
    speaker: str            # canonical actor; empty when unresolved
    via: str                # the sieve that found the speaker (SIEVES)
    cue: _Verb | None       # the reporting verb, when there is one
    cue_sentence_id: str    # the sentence holding the cue
    channel: str            # the outlet or medium it was said to or carried by
    closed: bool            # False: runs on into the next paragraph


@dataclass
class _Mention:
    key: tuple[int, int]    # (sentence index, character offset): reading order
    actor: str
    type: str


class Speakers:
    """Resolves the source of a reporting verb in an article: names, pronouns, role nouns."""

    def __init__(self, article: Article, actors: ActorAnalysis):
        self.article = article
        self.info = {row.actor: row for row in actors.actors.itertuples()}
        self.sentence_index = {s.id: s.index for s in article.sentences}
        self.paragraph_of = {s.index: s.paragraph_id for s in article.sentences}
        self.kb = knowledge()
        self.quoted = _quoted_spans_by_sentence(article)
        mentions = []
        roles: dict[str, list[str]] = {}
        for m in actors.mentions.itertuples():
            index = self.sentence_index.get(m.sentence_id)
            if index is None:
                continue
            if m.role:
                roles.setdefault(m.actor, []).append(m.role)
            if not any(s <= m.start < e for s, e in self.quoted.get(index, ())):
                mentions.append(_Mention((index, m.start), m.actor, m.type))
        mentions.sort(key=lambda m: m.key)
        self.mentions = mentions
        self.keys = [m.key for m in mentions]
        self.person_keys: dict[str, list[tuple[int, int]]] = {}
        for m in mentions:
            if m.type == "person":
                self.person_keys.setdefault(m.actor, []).append(m.key)
        # titles, classes, side and gender of every person
        gendered = _gendered_words()
        self.titles: dict[str, set[tuple[str, ...]]] = {}
        self.gender: dict[str, str] = {}
        for actor, row in self.info.items():
            if row.type != "person":
                continue
            words = " ".join([str(row.role), *roles.get(actor, []),
                              *str(row.aliases).split(";")]).lower().replace(".", " ").split()
            self.titles[actor] = set(_titles_in(words))
            genders = {gendered[w] for w in words if w in gendered}
            genders |= {gendered[" ".join(t)] for t in self.titles[actor] if " ".join(t) in gendered}
            if len(genders) == 1:
                self.gender[actor] = genders.pop()
        self.last_speaker: tuple[str, int] | None = None     # (person, sentence index)
        self.last_body: tuple[str, int] | None = None        # (body that spoke, sentence index)
        self.bodies: set[str] = set()       # actors referred to as a body ("the jury")

    # --- the actors around a position -----------------------------------------------------

    def type_of(self, actor: str) -> str:
        row = self.info.get(actor)
        return row.type if row is not None else ""

    def side_of(self, actor: str) -> str:
        row = self.info.get(actor)
        return row.side if row is not None else ""

    def _before(self, key: tuple[int, int]):
        """Mentions outside quotation marks before ``key``, the latest first."""
        for k in range(bisect.bisect_left(self.keys, key) - 1, -1, -1):
            yield self.mentions[k]

    def pronoun(self, word: str, key: tuple[int, int]) -> str:
        """The actor a subject pronoun stands for at this point, or ""."""
        word = word.lower()
        if word in _PERSON_PRONOUNS:
            gender = _PERSON_PRONOUNS[word]
            fits = lambda m: m.type == "person" and self.gender.get(m.actor, gender) == gender
            speaker = self.last_speaker[0] if self.last_speaker else ""
            speaker_fits = speaker and self.type_of(speaker) == "person" and \
                self.gender.get(speaker, gender) == gender
            # the one who spoke in this sentence or the one before; else a person named earlier in
            # this sentence ("when Royal was told ..., he said"); else the one speaking in the
            # paragraph; else the earlier sentences
            opener = self._sentence_subject(key, fits)
            if opener and speaker_fits and self.last_speaker[1] < key[0] and opener != speaker:
                # "Lawrence, a lawyer, sounded the keynote when he said": the sentence's own
                # subject, not the one who spoke in the sentence before
                return self._remember(opener, gender)
            if speaker_fits and self.last_speaker[1] >= key[0] - 1:
                return self._remember(speaker, gender)
            here = next((m.actor for m in takewhile(lambda m: m.key[0] == key[0], self._before(key))
                         if fits(m) and not self._after_preposition(m)), "")
            if here:
                return self._remember(here, gender)
            # "All week long the President was playing a larger role; ... when he declared": the
            # subject the sentence names by office, before a person named in the sentences before
            here = self._role_subject(key, gender)
            if here:
                return self._remember(here, gender)
            if speaker_fits and self.paragraph_of.get(self.last_speaker[1]) == self.paragraph_of.get(key[0]):
                return self._remember(speaker, gender)
            found = self._hobbs(key, fits)
            return self._remember(found, gender) if found else ""
        if word in _GROUP_PRONOUNS:
            return self._hobbs(key, lambda m: m.type in ("group", "state", "organization"))
        if word == _BODY_PRONOUN and self.last_body and self.last_body[1] >= key[0] - _BODY_REACH:
            return self.last_body[0]     # only a body that spoke just before: "it" is mostly a thing
        return ""

    def _role_subject(self, key: tuple[int, int], gender: str) -> str:
        """The holder of the office a definite role noun names before the pronoun in its own
        sentence ("All week long the President ... when he declared"), when no preposition
        governs it: the pronoun's nearest antecedent in Hobbs's (1978) order, though the actors
        analysis has no mention for it (the holder as :meth:`role_holder` finds one). Else ""."""
        text = self.article.sentences[key[0]].text[:key[1]]
        words = [w.strip(",;:()").lower() for w in text.split()]
        for i, word in enumerate(words):
            if word != "the" or i and words[i - 1] in _POSTMODIFIERS | {"about", "to", "by", "on", "over",
                                                                         "against", "than", "like"}:
                continue
            for j in range(i + 1, min(i + 4, len(words))):
                phrase = words[i:j + 1]
                if self.kb.titles.get((words[j],), "modifier") == "modifier" and not any(
                        tuple(phrase[-n:]) in _role_nouns() for n in (1, 2, 3)):
                    continue
                is_role, holder = self.role_holder(phrase, key, set())
                if is_role:
                    return holder if holder and self.gender.get(holder, gender) == gender else ""
        return ""

    def _sentence_subject(self, key: tuple[int, int], fits) -> str:
        """The fitting person whose name opens the pronoun's sentence (its subject), or ""."""
        first = next((m for m in reversed(list(takewhile(lambda m: m.key[0] == key[0], self._before(key))))), None)
        if first is None or not fits(first):
            return ""
        opening = self.article.sentences[key[0]].text[:first.key[1]].split()
        return first.actor if not opening else ""

    def _after_preposition(self, mention: _Mention) -> bool:
        """The mention is the object of a preposition ("Asked about Putin, he said"): not a subject."""
        before = self.article.sentences[mention.key[0]].text[max(0, mention.key[1] - 60):mention.key[1]].split()
        while before and (before[-1][:1].isupper() or before[-1].lower() in _DETERMINERS):
            before.pop()                  # "about Russian President Vladimir Putin"
        return bool(before) and before[-1].lower() in _POSTMODIFIERS | {"about", "to", "by", "on", "over", "against"}

    def _hobbs(self, key: tuple[int, int], fits) -> str:
        """The antecedent in Hobbs's (1978) order: the nearest fitting mention before the pronoun
        in its own sentence, then sentence by sentence backwards, each read from its start (the
        subject of a sentence comes before its objects: "Putin met Lukashenko. ... he said")."""
        earlier: list[_Mention] = []
        for m in self._before(key):
            if m.key[0] < key[0] - _PRONOUN_REACH:
                break
            if m.key[0] == key[0]:
                if fits(m) and not self._after_preposition(m):
                    return m.actor
                continue
            if earlier and m.key[0] != earlier[-1].key[0]:
                fitting = [e for e in reversed(earlier) if fits(e)]
                if fitting:
                    return fitting[0].actor
                earlier = []
            earlier.append(m)
        fitting = [e for e in reversed(earlier) if fits(e)]
        return fitting[0].actor if fitting else ""

    def note_body(self, speakers: list[str], index: int) -> None:
        """Keep the body that has just spoken, for a following "it said"; a person speaking ends it."""
        if len(speakers) != 1:
            return
        if self.type_of(speakers[0]) in ("organization", "group") or speakers[0] in self.bodies:
            self.last_body = (speakers[0], index)
        elif self.type_of(speakers[0]) == "person":
            self.last_body = None

    def _remember(self, actor: str, gender: str) -> str:
        self.gender.setdefault(actor, gender)      # the pronoun history
        return actor

    def role_holder(self, words: list[str], key: tuple[int, int], sides: set[str],
                    excluded: set[str] = frozenset()) -> tuple[bool, str]:
        """(is a role noun, the person holding it) for a noun phrase such as "the Hungarian
        leader" (``words`` lower case, determiners and modifiers included; ``sides`` are the
        sides its adjectives and possessors name)."""
        noun, classes = None, None
        for size in (4, 3, 2, 1):
            tail = tuple(words[-size:])
            if len(tail) < size:
                continue
            if tail in _role_nouns():
                noun, classes = tail, _role_nouns()[tail]
                break
            if self.kb.titles.get(tail, "modifier") != "modifier":
                noun = tail
                break
        if noun is None:
            return False, ""
        gender = _gendered_words().get(" ".join(noun))
        latest: dict[str, tuple[int, int]] = {}
        for actor, keys in self.person_keys.items():
            k = bisect.bisect_left(keys, key)
            if k and actor not in excluded:
                latest[actor] = keys[k - 1]
        untitled = None     # the latest person whose office the text did not give
        for actor in sorted(latest, key=latest.get, reverse=True):
            if untitled is None and not self.titles.get(actor):
                untitled = actor
            if sides and self.side_of(actor) not in sides:
                continue
            if gender and self.gender.get(actor, gender) != gender:
                continue
            if self._holds(actor, noun, classes):
                if untitled and untitled != actor and latest[untitled] > latest[actor] and \
                        latest[untitled][0] >= key[0] - 1 and self._named_person(untitled):
                    # "Orekhov said ... 'the diplomat said'": a person named just before whose office
                    # is unknown may be the one meant; no guess
                    return True, ""
                return True, actor
        return True, ""

    def _named_person(self, actor: str) -> bool:
        """A person known by a name ("Vasily Orekhov", "Orekhov"), not by a role phrase, nor by
        common words a cross-heading ran into a sentence ("Outlays would increase Officials
        estimated" gives no person "Officials")."""
        from scripts.actors import _is_common
        words = actor.split()
        return all(w[:1].isupper() for w in words) and not all(_is_common(w) for w in words)

    def _holds(self, actor: str, noun: tuple[str, ...], classes: set[str] | None) -> bool:
        for title in self.titles.get(actor, ()):
            if classes is not None:
                if self.kb.titles.get(title) in classes:
                    return True
            elif title == noun or (title[-len(noun):] == noun and all(
                    self.kb.titles.get((w,)) == "modifier" for w in title[:-len(noun)])):
                return True             # "the minister" for a foreign minister, not "president" for a vice president
            elif noun[-1] in ("spokesman", "spokeswoman", "spokesperson") and title[-1] in (
                    "spokesman", "spokeswoman", "spokesperson", "secretary") and (
                    title == ("press", "secretary") or title[-1] != "secretary"):
                return True
        return False

    def sides_named(self, words: list[str]) -> set[str]:
        """The states or bodies that adjectives and names in a noun phrase point to ("Hungarian",
        "Kremlin", "French")."""
        sides = set()
        for i in range(len(words)):
            for size in (3, 2, 1):
                name = self.kb.names.get(tuple(words[i:i + size]))
                if name and len(words[i:i + size]) == size and name.kind != "region":
                    sides.add(name.side or name.canonical)
                    break
        return sides

    # --- the source of one reporting verb -------------------------------------------------

    def source_of(self, sentence, tokens, spans, verb: _Verb, previous: list[str]
                  ) -> tuple[list[str], str, str]:
        """(speakers, sieve, channel) of a reporting verb in a sentence. ``spans`` are the actor
        mentions of the sentence outside quotation marks as (first token, end token, actor, type);
        ``previous`` the speakers of the reporting verb before it in the sentence ("..., warning
        that": the same speaker). No speaker is guessed: an empty list when none is found."""
        words = [t.text.lower() for t in tokens]
        index = sentence.index
        key = lambda k: (index, tokens[k].start)
        channel = self._channel(tokens, words, spans, verb)
        # "TASS quoted Peskov as saying": the one quoted is the speaker, the outlet the channel
        if words[verb.start] in ("quoted", "quotes", "quoting", "cited", "cites") and verb.end < len(words):
            obj = [s for s in spans if s[0] == verb.end]
            if obj:
                outlet = [s[2] for s in spans if s[1] <= verb.start and s[3] == "media"]
                return [obj[0][2]], NAMED, outlet[-1] if outlet else channel
        if words[verb.start] == "saying" and verb.start >= 3 and words[verb.start - 1] == "as":
            quoting = [j for j in range(max(0, verb.start - 8), verb.start)
                       if words[j] in ("quoted", "quotes", "quoting", "cited", "cites", "citing")]
            if quoting:
                obj = [s for s in spans if quoting[-1] < s[0] < verb.start]
                outlet = [s[2] for s in spans if s[1] <= quoting[-1] and s[3] == "media"]
                if obj:
                    return [obj[-1][2]], NAMED, outlet[-1] if outlet else channel
                region = range(quoting[-1] + 1, verb.start - 1)
                if region:
                    found = self._noun_phrase(tokens, words, spans, region[0], region[-1] + 1, key(region[0]))
                    if found is not None:
                        return found + (outlet[-1] if outlet else channel,)
                return [], UNRESOLVED, outlet[-1] if outlet else channel
        if words[verb.start] == "asked" and (verb.start == 0 or words[verb.start - 1] in (",", "when", "if")) and \
                verb.end < len(words) and words[verb.end] in ("about", "whether", "if", "to", "why", "how", "what"):
            return [], UNRESOLVED, channel    # "X, asked about Y, said": X was asked, the cue is "said"
        if verb.start and words[verb.start - 1] in _SUBJECT_PRONOUNS:
            who = self.pronoun(words[verb.start - 1], key(verb.start - 1))
            return ([who] if who else []), PRONOUN, channel
        if verb.end < len(words) and words[verb.end] in _PERSON_PRONOUNS and (
                verb.start == 0 or words[verb.start - 1] in _QUOTE_TOKENS | {","}) and not (
                verb.end + 1 < len(words) and tokens[verb.end + 1].pos.startswith("VB")):
            # '"...," said he' - not "Barnes, superintendent, said he thought": there "he" begins the
            # reported clause
            who = self.pronoun(words[verb.end], key(verb.end))
            return ([who] if who else []), PRONOUN, channel
        k = verb.start - 1
        while k >= 0 and words[k] not in _CLAUSE_BREAKS:
            k -= 1
        if tokens[verb.start].pos == "VBG" and k + 1 < verb.start and words[k + 1] == "with":
            return [], UNRESOLVED, channel      # "With Putin demanding X, ...": the writer's description
        region = list(range(k + 1, verb.start))
        coordinated = False
        while region and words[region[-1]] in _AUXILIARIES:
            coordinated = coordinated or words[region[-1]] == "and"
            region.pop()
        if region and words[region[-1]] in _SUBJECT_PRONOUNS:
            who = self.pronoun(words[region[-1]], key(region[-1]))          # "he had added"
            return ([who] if who else []), PRONOUN, channel
        other_verbs = [j for j in region if tokens[j].pos.startswith("VB") and words[j] not in _AUXILIARIES]
        if coordinated and other_verbs:
            # "Mitchell decried the rate of unemployment and said": the first verb's subject
            subject = [j for j in region if j < other_verbs[0] and words[j] not in _AUXILIARIES]
            if subject and words[subject[-1]] in _SUBJECT_PRONOUNS:
                who = self.pronoun(words[subject[-1]], key(subject[-1]))
                return ([who] if who else []), PRONOUN, channel
            if subject:
                found = self._noun_phrase(tokens, words, spans, subject[0], subject[-1] + 1, key(subject[0]))
                if found is not None:
                    return found + (channel,)
        if region and not other_verbs:
            found = self._noun_phrase(tokens, words, spans, region[0], region[-1] + 1, key(region[0]))
            if found is not None:
                return found + (channel,)
        if region and other_verbs:
            # "Sacrifices needed Draper declared": a name right before the verb is its subject,
            # whatever stands before it (a run-in cross-heading, a dateline)
            adjacent = self._adjacent_subject(tokens, words, spans, region[-1] + 1)
            if adjacent:
                return [adjacent], NAMED, channel
        if not region and k >= 2 and words[k] == "who" and words[k - 1] == ",":
            # "Judge John Karns, who charged that ...": the relative clause's antecedent
            j = k - 2
            while j >= 0 and words[j] not in _CLAUSE_BREAKS:
                j -= 1
            if j + 1 <= k - 2:
                found = self._noun_phrase(tokens, words, spans, j + 1, k - 1, key(j + 1))
                if found is not None:
                    return found + (channel,)
        if not region and k >= 0 and words[k] == ",":
            # "X, asked about Y, said" / "X, the Kremlin spokesman, said": the subject is before
            found = self._before_parenthesis(tokens, words, spans, k, key)
            if found is not None:
                return found + (channel,)
        after_quote = k >= 0 and words[k] in (",", "''", '"', "\u201d") and k == verb.start - 1 or (
            k >= 0 and words[k] in ("''", '"', "\u201d"))
        # '"...," the elder man told Rickards': a subject with its article stands before the verb,
        # and the name after it is whom it was told to
        described = bool(region) and words[region[0]] in _DETERMINERS and not other_verbs
        if (after_quote or verb.start == 0) and words[verb.start] in _INVERTING | {"says"} and not described:
            found = self._inverted_subject(tokens, words, spans, verb, key)
            if found is not None:
                return found + (channel,)
        if not region and k >= 1 and words[k] in _QUOTE_TOKENS and words[k - 1] == "," and \
                words[verb.start] not in ("quoted", "quoting", "cited", "citing"):
            # 'Molvar, who kept asking that they "take a stand," said': a relative clause that
            # ends with a quotation, and no subject after the verb
            apposed = self._apposed_name(tokens, words, spans, k - 1)
            if apposed:
                return [apposed], NAMED, channel
        if not region and tokens[verb.start].pos == "VBG" and previous:
            return previous, NAMED, channel       # "..., warning that": the same speaker
        if not region and k >= 0 and words[k] == "," and (tokens[verb.start].pos == "VBG" or coordinated):
            # "Sprinkel refuted the thesis, declaring that"; "He cited East Germany ..., and added":
            # the subject of the main clause
            main = next((j for j in range(k) if tokens[j].pos in ("VBD", "VBZ", "VBP")), None)
            if main and words[main - 1] in _SUBJECT_PRONOUNS and main - 1 == 0:
                who = self.pronoun(words[main - 1], key(main - 1))
                return ([who] if who else []), PRONOUN, channel
            adjacent = self._adjacent_subject(tokens, words, spans, main) if main else ""
            if adjacent:
                return [adjacent], NAMED, channel
        embedded = [j for j in region if not other_verbs or j > other_verbs[-1]]
        no_source = bool(embedded) and self._noun_phrase(
            tokens, words, spans, embedded[0], embedded[-1] + 1, key(embedded[0])) is None
        return [], _NO_SOURCE if no_source else UNRESOLVED, channel

    def _noun_phrase(self, tokens, words, spans, lo, hi, key) -> tuple[list[str], str] | None:
        """The speaker a subject noun phrase ``tokens[lo:hi]`` names, or None when it names none."""
        inside = [s for s in spans if s[0] >= lo and s[1] <= hi]
        covered = {j for s in inside for j in range(s[0], s[1])}
        for s in inside:
            if s[0] - 1 > lo and words[s[0] - 1] in _POSTMODIFIERS and any(
                    j not in covered and tokens[j].pos == "NNP" and not self.kb.titles.get((words[j],))
                    for j in range(lo, s[0] - 1)):
                return [], UNRESOLVED     # "Rep. Mac Barber of Commerce": a name no table knows heads it
        if words[lo:hi][-2:] and words[hi - 2:hi] == ["according", "to"]:
            return None
        # a possessive or adjectival mention before a title is a modifier, not the speaker
        head_is_role = hi - lo >= 1 and (
            self.kb.titles.get((words[hi - 1],), "modifier") != "modifier"
            or any(tuple(words[hi - n:hi]) in _role_nouns() for n in (1, 2, 3, 4)))
        # a mention that is the role noun itself ("the Kremlin aide", linked by the actors' analysis)
        # goes through the role-noun sieve, not as a name
        role_mentions = [s for s in inside if head_is_role and s[1] == hi and tokens[hi - 1].text[:1].islower()]
        heads = [s for s in inside if not (head_is_role and s[1] < hi) and s not in role_mentions]
        people = [s for s in heads if s[3] in ("person", "group")]
        if people:
            return [people[-1][2]], NAMED
        if head_is_role:
            phrase = words[lo:hi]
            possessors = [s[2] for s in inside if s[3] == "person" and s not in role_mentions]
            sides = self.sides_named([t.text for t in tokens[lo:hi]])
            sides |= {self.side_of(a) for a in possessors if self.side_of(a)}
            _, holder = self.role_holder(phrase, key if not inside else (key[0], tokens[hi - 1].start),
                                         sides, excluded=set(possessors) | {s[2] for s in role_mentions})
            if holder and words[lo] not in _INDEFINITE:
                return [holder], ROLE
            linked = [s[2] for s in role_mentions if s[3] == "person" and s[2].split()[-1][:1].isupper()]
            if linked and words[lo] not in _INDEFINITE:
                return [linked[-1]], ROLE
            bodies = [s[2] for s in inside if s[3] in ("state", "organization") and s not in role_mentions]
            if bodies and words[lo] in _INDEFINITE:
                # "a Kremlin spokesman said": an unnamed member speaks for the institution; "the
                # Hungarian leader" is one person, and none of the article's persons
                return [bodies[-1]], NAMED
            return [], UNRESOLVED
        media = [s[2] for s in heads if s[3] == "media"]
        if media:
            return media, NAMED
        if heads:
            return [heads[-1][2]], NAMED
        if not inside and words[lo] == "the":
            body = self.body_named(words[lo + 1:hi], key)
            if body:
                return [body], ROLE
        return None

    def body_named(self, phrase: list[str], key) -> str:
        """'the jury said' after 'the Fulton County Grand Jury', 'the committee' after 'the
        Senate Finance Committee': the body most recently named (within the pronoun reach) whose
        name ends with the phrase's head noun and holds its other words; 'the jurors' are the jury
        speaking through its members. Else ""."""
        if not phrase or not all(w.isalpha() for w in phrase):
            return ""
        head = _MEMBERS_OF.get(phrase[-1], phrase[-1])
        for m in self._before(key):
            if m.key[0] < key[0] - 4 * _PRONOUN_REACH:
                break
            row = self.info.get(m.actor)
            if row is None or m.type == "state":
                continue
            for name in {m.actor, *str(row.aliases).split(";")}:
                name_words = name.lower().split()
                if len(name_words) > 1 and name_words[-1] == head and set(phrase[:-1]) <= set(name_words) \
                        and name.split()[-1][:1].isupper():
                    self.bodies.add(m.actor)
                    return m.actor
        return ""

    def _adjacent_subject(self, tokens, words, spans, verb_start: int) -> str:
        """The person or group named right before the verb at ``verb_start`` (adverbs and
        auxiliaries between allowed: "Sprinkel strongly refuted"), when it is no object of a
        preposition and no possessor; else ""."""
        j = verb_start
        while j > 0 and (words[j - 1] in _AUXILIARIES - {"and"} or tokens[j - 1].pos == "RB"):
            j -= 1
        for s in spans:
            if s[1] == j and s[3] in ("person", "group") and tokens[j - 1].text[:1].isupper() and \
                    self.kb.titles.get((words[j - 1],)) is None:     # a name, not "the Kremlin aide"
                before = words[s[0] - 1] if s[0] else ""
                if before in _POSTMODIFIERS | {"about", "to", "by", "on", "over", "against", "'s"}:
                    return ""
                return s[2]
        return ""

    def _apposed_name(self, tokens, words, spans, comma) -> str:
        """'Alfred Hayes, president of the Federal Reserve Bank of New York, said' /
        'Beryl Sprinkel, economist of Harris Trust, Chicago, predicted': the person whose name
        ends right before an apposition of one or more comma-separated parts (no finite verb in
        them) that ends at ``comma``."""
        # "The head of the delegation, presidential aide Sergei Maltsev, stressed": the name closes
        # an apposition to a description that opens the sentence
        closing = [s for s in spans if s[1] == comma and s[3] == "person"]
        opening = next((j for j in range(closing[0][0] - 1, -1, -1) if words[j] == ","), None) if closing else None
        if opening is not None and opening > 0 and not any(
                tokens[j].pos in ("VBD", "VBZ", "VBP", "MD") or words[j] in _CLAUSE_BREAKS - {",", "of"}
                for j in range(0, comma)) and words[0] in _DETERMINERS:
            return closing[0][2]
        j = comma - 1
        finite = False          # a finite verb between: only a relative clause may hold one
        while j >= 0 and comma - j <= 3 * _CUE_REACH:
            if words[j] in (";", ":", "."):
                return ""
            finite = finite or tokens[j].pos in ("VBD", "VBZ", "VBP", "MD")
            if words[j] == "," and j + 1 < comma:
                name = [s for s in spans if s[1] == j and s[3] == "person"]
                first = tokens[j + 1]
                # the apposition opens with a title, a determiner or a common noun, not a name's
                # second part ("Smith, Jr.") or a place alone; "Molvar, who kept asking that they
                # 'take a stand,' said": a relative clause, quotations and verbs in it
                if name and words[j + 1] == "who":
                    return name[0][2]
                if name and not finite and (words[j + 1] in _DETERMINERS or first.text[:1].islower()
                                            or self.kb.titles.get((words[j + 1],), "modifier") != "modifier"
                                            or _titles_in(words[j + 1:comma])):
                    return name[0][2]
            j -= 1
        return ""

    def _before_parenthesis(self, tokens, words, spans, comma, key) -> tuple[list[str], str] | None:
        """The subject before a parenthetical clause or an apposition that ends at ``comma``."""
        apposed = self._apposed_name(tokens, words, spans, comma)
        if apposed:
            return [apposed], NAMED
        k = comma - 1
        while k >= 0 and words[k] not in (",", ";", ":", "``", "''", '"', "\u201c", "\u201d"):
            k -= 1
        if k < 0 or words[k] != "," or k == comma - 1:
            return None
        first = tokens[k + 1]
        apposition = self.kb.titles.get((words[comma - 1],), "modifier") != "modifier"   # ", press secretary,"
        parenthetical = (first.pos in ("VBN", "VBG") or words[k + 1] in _DETERMINERS or apposition
                         or words[k + 1] in ("speaking", "asked", "when", "in", "at", "on", "who"))
        if not parenthetical:
            return None
        j = k - 1
        while j >= 0 and words[j] not in _CLAUSE_BREAKS:
            j -= 1
        if j + 1 >= k:
            return None
        return self._noun_phrase(tokens, words, spans, j + 1, k, key(j + 1))

    def _inverted_subject(self, tokens, words, spans, verb, key) -> tuple[list[str], str] | None:
        """'"...," said X' / 'said the minister': the subject after the verb."""
        start = verb.end
        named = [s for s in spans if s[3] != "media" and start <= s[0] <= start + 5 and all(
            words[j] not in _CLAUSE_BREAKS | _POSTMODIFIERS | {".", "on", "to", "about", "by"}
            and not tokens[j].pos.startswith("VB")
            for j in range(start, s[0]))]
        if named:
            return [named[0][2]], NAMED
        if start < len(words) and words[start] in _DETERMINERS:
            end = start + 1
            while end < len(words) and words[end] not in _CLAUSE_BREAKS | {".", "in", "on", "at", "to"} \
                    and not tokens[end].pos.startswith("VB") and end - start < 6:
                end += 1
            # "said the Kremlin spokesman, Dmitry Peskov": the name in apposition
            if end + 1 < len(words) and words[end] == ",":
                apposed = [s for s in spans if s[0] == end + 1 and s[3] == "person"]
                if apposed:
                    return [apposed[0][2]], NAMED
            return self._noun_phrase(tokens, words, spans, start, end, key(start))
        return None

    def _channel(self, tokens, words, spans, verb) -> str:
        """The outlet a statement was made to or carried by: "told Reuters", "in comments carried
        by TASS", "in an interview with CNN", "Interfax reported"."""
        tail = range(verb.end, min(len(words), verb.end + 12))
        for s in spans:
            if s[3] != "media":
                continue
            if s[0] == verb.end and words[verb.start] in ("told", "tells", "telling"):
                return s[2]
            if s[0] in tail and any(words[j] in ("by", "with", "to", "on") for j in range(max(verb.end, s[0] - 3), s[0])):
                return s[2]
        return ""


def _quoted_spans_by_sentence(article: Article) -> dict[int, list[tuple[int, int]]]:
    """For each sentence index, the spans of its text that are inside quotation marks."""
    out: dict[int, list[tuple[int, int]]] = {}
    for block, quotes, placed in placed_paragraphs(article):
        first = 0                       # quotations and sentences are both in reading order
        for sentence, offset in placed:
            end = offset + len(sentence.text)
            while first < len(quotes) and quotes[first].end <= offset:
                first += 1
            spans, k = [], first
            while k < len(quotes) and quotes[k].start < end:
                spans.append((max(quotes[k].start, offset) - offset, min(quotes[k].end, end) - offset))
                k += 1
            out[sentence.index] = spans
    return out


def placed_paragraphs(article: Article):
    """(block, its quotations, [(sentence, offset of the sentence in the block)]) for each block
    that has sentences the analysis reads."""
    by_block: dict[str, list] = {}
    for s in article.sentences:
        if s.kind not in ("title", "heading"):
            by_block.setdefault(s.paragraph_id, []).append(s)
    for block in article.blocks:
        sentences = by_block.get(block.id)
        if not sentences:
            continue
        placed, cursor = [], 0
        for s in sentences:
            at = block.text.find(s.text, cursor)
            at = cursor if at < 0 else at
            placed.append((s, at))
            cursor = at + len(s.text)
        yield block, quotations(block.text), placed


def _sentence_at(placed, starts, offset: int):
    k = max(0, bisect.bisect_right(starts, offset) - 1)
    return placed[k]


def mention_spans(tokens, mentions_here, quoted) -> list[tuple[int, int, str, str]]:
    """Token spans (first, end, actor, type) of the actor mentions of a sentence that are
    outside its quoted spans."""
    starts = [t.start for t in tokens]
    spans = []
    for start, end, actor, type_ in mentions_here:
        if any(s <= start < e for s, e in quoted):
            continue
        first = max(0, bisect.bisect_right(starts, start) - 1)
        if tokens and tokens[first].end <= start and first + 1 < len(tokens):
            first += 1
        last = max(first, bisect.bisect_left(starts, end) - 1)
        spans.append((first, last + 1, actor, type_))
    return spans


@dataclass
class Report:
    """A reporting verb outside quotation marks and its source."""
    sentence: object
    tokens: tuple
    verb: _Verb
    speakers: list[str]
    via: str
    channel: str
    cue_of_quotation: bool = False
    speech_only: bool = False     # a verb of speech_verbs.csv: a cue of quotations, not reported speech


# tokens that may stand between a quotation and its cue without breaking the link
_LINKS = {",", ":", "--", "\u2014", "\u2013", "-", "that", "``", "''", '"', "\u201c", "\u201d", "'",
          "\u2018", "\u2019", "(", ")"}
_CHANNEL_VERBS = {"reported", "reports", "quoted", "quotes", "cited", "cites", "carried", "published",
                  "broadcast", "aired"}
_CUE_REACH = 8          # words between a quotation and its cue, at most ("told state television on Monday:")


def statements(article: Article, actors: ActorAnalysis) -> tuple[list[Attribution], list[Report]]:
    """Every direct quotation of the article with its speaker (:class:`Attribution`), and every
    reporting verb outside quotation marks with its source (:class:`Report`; those that are the
    cue of a quotation are marked). In reading order. Computed once per article and actors
    analysis, as the quotes and the demands tables both read it (shared: do not modify it)."""
    # kept with the actors analysis it was computed from, so that another one is not served
    kept = article._computed.get("statements")
    if kept is None or kept[0] is not actors:
        kept = article._computed["statements"] = (actors, _statements(article, actors))
    return kept[1]


def _statements(article: Article, actors: ActorAnalysis) -> tuple[list[Attribution], list[Report]]:
    resolver = Speakers(article, actors)
    by_sentence: dict[int, list[tuple[int, int, str, str]]] = {}
    for m in actors.mentions.itertuples():
        index = resolver.sentence_index.get(m.sentence_id)
        if index is not None:
            by_sentence.setdefault(index, []).append((m.start, m.end, m.actor, m.type))
    attributions: list[Attribution] = []
    reports: list[Report] = []
    previous_paragraph: Attribution | None = None      # its last quotation, when it had any
    introducer: Report | None = None                    # "Mitchell said in a statement:" closing it
    for block, quotes, placed in placed_paragraphs(article):
        sentence_reports: dict[int, list[Report]] = {}
        for sentence, offset in placed:
            tokens = _tokens(sentence.text)
            quoted = resolver.quoted.get(sentence.index, [])
            spans = mention_spans(tokens, by_sentence.get(sentence.index, []), quoted)
            here = []
            for verb in sorted(_verbs(tokens) + _speech_verbs(tokens), key=lambda v: v.start):
                if any(s <= tokens[verb.start].start < e for s, e in quoted):
                    continue
                who, via, channel = resolver.source_of(sentence, tokens, spans, verb,
                                                       here[-1].speakers if here else [])
                here.append(Report(sentence, tokens, verb, who, via, channel,
                                   speech_only=verb.lemma in _speech_verb_table()))
                if len(who) == 1 and resolver.type_of(who[0]) == "person":
                    resolver.last_speaker = (who[0], sentence.index)
                resolver.note_body(who, sentence.index)
            sentence_reports[sentence.index] = here
            reports.extend(here)
        last_here: Attribution | None = None
        starts = [at for _, at in placed]
        text_starts = len(block.text) - len(block.text.lstrip())
        for n, q in enumerate(quotes):
            sentence, offset = _sentence_at(placed, starts, q.start)
            end_sentence, end_offset = _sentence_at(placed, starts, max(q.start, q.end - 1))
            following = quotes[n + 1].start if n + 1 < len(quotes) else len(block.text)
            previous_end = quotes[n - 1].end + 1 if n else 0
            after_end = bisect.bisect_right(starts, max(q.start, q.end - 1))   # the sentence after q's last
            next_sentence = placed[after_end][0] if after_end < len(placed) and (
                n + 1 == len(quotes) or quotes[n + 1].start > placed[after_end][1] + 3) else None
            cue = _cue(sentence_reports, sentence, offset, end_sentence, end_offset, q,
                       previous_end, following, resolver, by_sentence, next_sentence)
            words = len(block.text[q.start:q.end].split())
            opens_paragraph = q.start - 1 <= text_starts
            if cue is None and opens_paragraph and n == 0 and introducer is not None:
                cue = (introducer, 0, introducer.via, list(introducer.speakers))  # "X said in a statement:" ends the paragraph before
            if cue is not None:
                report, gap, via, who = cue
                if words <= 2 and gap > 3:
                    continue                        # one or two quoted words away from the cue: scare quotes
                report.cue_of_quotation = True
                channel = report.channel
                if who and all(resolver.type_of(a) == "media" for a in who) and \
                        report.verb.written.lower() in _CHANNEL_VERBS:
                    who, via, channel = [], UNRESOLVED, who[0]   # "Interfax reported": the channel
                cue_verb, cue_sentence = report.verb, report.sentence.id
            else:
                who, via, channel, cue_verb, cue_sentence = [], UNRESOLVED, "", None, ""
            opens_sentence = not _strip_marks(block.text[offset:max(offset, q.start - 1)])
            same_sentence = (last_here is not None and last_here.speaker and last_here.sentence_id == sentence.id
                             and last_here.cue is not None)
            if not who and cue is None and same_sentence:
                # 'Karns said it was a "wrongful act" to take statements "privately": one cue, two quotations
                who, via, channel = [last_here.speaker], last_here.via, last_here.channel
                cue_verb, cue_sentence = last_here.cue, last_here.cue_sentence_id
            elif not who and cue is None and not opens_sentence:
                if words < 4:
                    continue                        # "the so-called 'peace plan'": a scare quote
            elif not who and cue is None:
                before = _last_statement(last_here, sentence_reports, placed, starts, q.start, block.id) or (
                    previous_paragraph if opens_paragraph else None)
                if before is not None and before.speaker:
                    who, via, channel = [before.speaker], CONTINUATION, before.channel
                    cue_verb, cue_sentence = before.cue, before.cue_sentence_id
                elif words < 4:
                    continue                        # a short unattributed quote is not speech
            for actor in who or [""]:
                attribution = Attribution(block.id, sentence.id, q.start, q.end,
                                          block.text[q.start:q.end], actor, via if actor else UNRESOLVED,
                                          cue_verb, cue_sentence, channel, q.closed)
                attributions.append(attribution)
                if actor and resolver.type_of(actor) == "person":
                    resolver.last_speaker = (actor, end_sentence.index)
                resolver.note_body([actor] if actor else [], end_sentence.index)
            last_here = attributions[-1] if attributions and attributions[-1].paragraph_id == block.id else last_here
        # the paragraph's last statement, when its last sentence makes one: a quotation, or reported
        # speech after its last quotation ("Place kicking is a matter of timing, Moritz declared.")
        previous_paragraph = _last_statement(last_here, sentence_reports, placed, starts, len(block.text) + 1,
                                             block.id)
        if previous_paragraph is not None and previous_paragraph.cue_sentence_id != placed[-1][0].id and (
                previous_paragraph is not last_here):
            previous_paragraph = last_here
        # a paragraph that ends with a colon after a reporting verb introduces the next one's quotation
        last_report = reports[-1] if reports and reports[-1].sentence.paragraph_id == block.id else None
        introducer = last_report if (block.text.rstrip().endswith(":") and last_report is not None
                                     and (not quotes or quotes[-1].closed)) else None
    return attributions, reports


def _last_statement(last_quotation, sentence_reports, placed, starts, position, paragraph_id):
    """The latest attributed statement of the paragraph before ``position``: its last quotation
    or a later reported statement ("Tusk said Europe must arm. \u201cPutin only understands
    force.\u201d"), as an Attribution-like record with speaker, cue and channel."""
    latest = last_quotation if last_quotation and last_quotation.speaker else None
    latest_at = latest.end if latest else -1
    # from the sentence holding the position backwards, no further than the last quotation
    for k in range(bisect.bisect_right(starts, min(position, starts[-1] if starts else 0)) - 1, -1, -1):
        sentence, offset = placed[k]
        if offset + len(sentence.text) < latest_at:
            break
        for report in reversed(sentence_reports.get(sentence.index, [])):
            at = offset + report.tokens[report.verb.start].start
            if latest_at < at < position and len(report.speakers) == 1 and not report.cue_of_quotation:
                return Attribution(paragraph_id, sentence.id, at, at, "", report.speakers[0], report.via,
                                   report.verb, sentence.id, report.channel, True)
    return latest


def attribute(article: Article, actors: ActorAnalysis) -> list[Attribution]:
    """Every direct quotation of the article with its speaker, cue verb, channel and sieve."""
    return statements(article, actors)[0]


def _cue(sentence_reports, sentence, offset, end_sentence, end_offset, q: Quotation, previous_end,
         following, resolver: Speakers, by_sentence, next_sentence=None):
    """The cue of a quotation: the reporting verb right after it (in the sentence where it ends)
    or right before it (in the sentence where it starts), or "according to X" beside it.
    (report, words between, sieve, speakers), or None."""
    options = []
    after = sentence_reports.get(end_sentence.index, [])
    close_at = q.end - end_offset                    # in the sentence's own offsets
    next_at = following - end_offset
    for report in after:
        at = report.tokens[report.verb.start].start
        if close_at <= at < next_at:
            gap = _words_between(report.tokens, close_at, at)
            named_first = report.via == NAMED and len(report.speakers) == 1 and \
                _first_mention_after(by_sentence.get(end_sentence.index, []), close_at) == report.speakers[0]
            # '"...", Beryl Sprinkel, economist of Harris Trust & Savings Bank, Chicago, predicted':
            # an apposition may stretch the gap when the name right after the quotation is the subject
            if (gap <= _CUE_REACH or named_first and gap <= 3 * _CUE_REACH) and \
                    not _clause_between(report.tokens, close_at, at):
                options.append((gap, 0, report))
            break
    if not options and next_sentence is not None and not _strip_marks(
            end_sentence.text[close_at:]).strip(".,;") and q.closed and (
            end_sentence.text[max(0, close_at - 1):close_at + 2].strip().strip("\"'\u201c\u201d\u2018\u2019")[-1:] in "?!"):
        # '"Are you kidding?" Said Maris.': the sentence splitter cut after the question mark
        for report in sentence_reports.get(next_sentence.index, [])[:1]:
            if report.verb.start <= 3 and not report.tokens[report.verb.start].pos == "VBG":
                options.append((report.verb.start, 0, report))
    before = sentence_reports.get(sentence.index, [])
    open_at = q.start - offset
    since = max(0, previous_end - offset)
    for report in reversed(before):
        end = report.tokens[report.verb.end - 1].end
        if since <= report.tokens[report.verb.start].start and end <= open_at:
            gap = _words_between(report.tokens, end, open_at)
            # a colon introduces the quotation: the cue may stand further back in the clause
            # so may a verb whose reported clause holds the quotation ('He told the committee the
            # measure would merely enforce the law which has been on the books "since Texas was a
            # republic."'), when it has a speaker and no other reporting verb comes between
            reach = 3 * _CUE_REACH if report.sentence.text[:open_at].rstrip(" \"'\u201c\u2018").endswith(":") \
                or (report.speakers and report.via != _NO_SOURCE) else _CUE_REACH
            if gap <= reach and not _clause_between(report.tokens, end, open_at):
                governing = [r for r in before if r.speakers and since <= r.tokens[r.verb.start].start
                             and r.verb.end <= report.verb.start]
                if report.via == _NO_SOURCE and governing:
                    # 'X said the agreement showed that "...": the quotation is in X's reported clause
                    report = governing[-1]
                options.append((gap, 1, report))
            break
    according = _according_to(sentence, offset, end_sentence, end_offset, q, previous_end, following,
                              resolver, by_sentence) or _in_words_of(sentence, offset, q, previous_end, resolver,
                                                                     by_sentence)
    if according is not None:
        return according
    if not options:
        return _name_and_colon(sentence, open_at, since, by_sentence, resolver)
    gap, _, report = min(options, key=lambda o: (o[0], o[1]))
    return report, gap, report.via, list(report.speakers)


def _first_mention_after(mentions_here, position) -> str:
    after = [(start, actor) for start, _, actor, _ in mentions_here if start >= position]
    return min(after)[1] if after else ""


def _strip_marks(text: str) -> str:
    return text.strip().strip("\"'\u201c\u201d\u2018\u2019(").strip()


def _name_and_colon(sentence, open_at, since, by_sentence, resolver: Speakers):
    """'Kremlin spokesman Dmitry Peskov: "..."' (standfirsts, lists of reactions): a name and a
    colon stand for the cue."""
    prefix = sentence.text[since:open_at].rstrip(" \"'\u201c\u2018")
    if not prefix.endswith(":"):
        return None
    head_end = since + len(prefix[:-1].rstrip())
    for start, end, actor, type_ in by_sentence.get(sentence.index, []):
        if end == head_end and type_ in ("person", "group") and len(sentence.text[since:start].split()) <= 4 \
                and not any(t.pos in ("VBD", "VBZ", "VBP", "MD") for t in _tokens(sentence.text[since:start])):
            tokens = _tokens(sentence.text)
            colon = next(k for k, t in enumerate(tokens) if t.start >= head_end)
            report = Report(sentence, tokens, _Verb(colon, colon + 1, "", "", ""), [actor], NAMED, "")
            return report, 0, NAMED, [actor]
    return None


def _words_between(tokens, start, end) -> int:
    return sum(1 for t in tokens if start <= t.start < end and t.text.lower() not in _LINKS
               and t.text not in ".!?")


def _clause_between(tokens, start, end) -> bool:
    """A full stop or a semicolon between the cue and the quotation."""
    return any(start <= t.start < end and t.text in (";", ".", "!", "?") for t in tokens)


def _according_to(sentence, offset, end_sentence, end_offset, q, previous_end, following, resolver,
                  by_sentence):
    """'"...," according to X' or 'According to X, "..."'."""
    for s, off, lo, hi in ((end_sentence, end_offset, q.end - end_offset, following - end_offset),
                           (sentence, offset, max(0, previous_end - offset), q.start - offset)):
        tokens = _tokens(s.text)
        words = [t.text.lower() for t in tokens]
        for k in range(len(words) - 1):
            if words[k] == "according" and words[k + 1] == "to" and lo <= tokens[k].start < hi:
                # "According to him, Western proposals are "...": opening the sentence, it covers all of it
                reach = 3 * _CUE_REACH if k == 0 else _CUE_REACH
                if hi == q.start - off and _words_between(tokens, tokens[k].start, hi) > reach:
                    continue
                if lo == q.end - off and _words_between(tokens, lo, tokens[k].start) > 1:
                    continue
                end = k + 2
                while end < len(words) and words[end] not in _CLAUSE_BREAKS | {".", "on", "in", "at"} \
                        and tokens[end].start < hi:
                    end += 1
                if end == k + 2:
                    continue
                spans = mention_spans(tokens, by_sentence.get(s.index, []), resolver.quoted.get(s.index, []))
                if words[k + 2] in _OBJECT_PRONOUNS:
                    # "according to him": the pronoun's subject form finds the antecedent
                    who = resolver.pronoun(_OBJECT_PRONOUNS[words[k + 2]], (s.index, tokens[k + 2].start))
                    via = PRONOUN
                else:
                    found = resolver._noun_phrase(tokens, words, spans, k + 2, end, (s.index, tokens[k + 2].start))
                    who, via = (found[0][0] if found and found[0] else ""), (found[1] if found else UNRESOLVED)
                    via = ACCORDING if via == NAMED else via
                fake = Report(s, tokens, _Verb(k, k + 2, "according to", "according to", "neutral"),
                              [who] if who else [], via, "")
                return fake, 0, via, ([who] if who else [])
    return None


def _in_words_of(sentence, offset, q, previous_end, resolver, by_sentence):
    """'in Mr. Kennedy's own words, is "shrewd, tough..."' / 'in the words of X, "..."': the
    person whose words the quotation gives, as with "according to X" (the words stand before the
    quotation, in its sentence, no further than the cue reach)."""
    tokens = _tokens(sentence.text)
    words = [t.text.lower() for t in tokens]
    lo, hi = max(0, previous_end - offset), q.start - offset
    spans = mention_spans(tokens, by_sentence.get(sentence.index, []), resolver.quoted.get(sentence.index, []))
    for k in range(len(words) - 2):
        if words[k] != "in" or not lo <= tokens[k].start < hi or _words_between(tokens, tokens[k].start, hi) > _CUE_REACH:
            continue
        close = next((j for j in range(k + 1, min(len(words), k + 9)) if words[j] in ("words", "phrase")), None)
        if close is None or tokens[close].start >= hi:
            continue
        between = words[k + 1:close]
        if "'s" in between:                       # "in Kennedy's own words"
            owner = [sp for sp in spans if k < sp[0] and sp[1] <= k + 1 + between.index("'s")]
        elif between[:1] == ["the"] and close + 1 < len(words) and words[close + 1] == "of":
            owner = [sp for sp in spans if sp[0] == close + 2]      # "in the words of Kennedy"
        else:
            continue
        owner = [sp for sp in owner if sp[3] in ("person", "group", "organization")]
        if owner:
            verb = _Verb(k, close + 1, " ".join(t.text for t in tokens[k:close + 1]), "in the words of", "neutral")
            report = Report(sentence, tokens, verb, [owner[-1][2]], ACCORDING, "")
            return report, 0, ACCORDING, [owner[-1][2]]
    return None


STATEMENT_COLUMNS = ["sentence_id", "cue", "cue_lemma", "cue_start", "cue_end", "speakers", "speaker_via",
                     "channel", "kind"]


def statements_frame(article: Article, actors: ActorAnalysis) -> pd.DataFrame:
    """Every statement of the article as a table, for analyses that attribute their own units
    (claims) to a source: one row per reporting verb outside quotation marks (``kind``
    "reported", or "quotation cue" when it introduces a quotation) and per quotation (``kind``
    "quotation"), with the cue's character offsets in its sentence, the speakers
    (";"-separated canonical actors, empty when unresolved), the sieve and the channel."""
    quoted, reports = statements(article, actors)
    rows = []
    for r in reports:
        rows.append({"sentence_id": r.sentence.id, "cue": r.verb.written, "cue_lemma": r.verb.lemma,
                     "cue_start": r.tokens[r.verb.start].start, "cue_end": r.tokens[r.verb.end - 1].end,
                     "speakers": "; ".join(r.speakers), "speaker_via": r.via if r.speakers else UNRESOLVED,
                     "channel": r.channel, "kind": "quotation cue" if r.cue_of_quotation else "reported"})
    for q in quoted:
        rows.append({"sentence_id": q.sentence_id, "cue": q.cue.written if q.cue else "",
                     "cue_lemma": q.cue.lemma if q.cue else "", "cue_start": -1, "cue_end": -1,
                     "speakers": q.speaker, "speaker_via": q.via, "channel": q.channel, "kind": "quotation"})
    return pd.DataFrame(rows, columns=STATEMENT_COLUMNS)
