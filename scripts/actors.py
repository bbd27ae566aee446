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

One sentence is read by :class:`scripts.sentence_reader.SentenceReader`, in named steps; this
module reads the article: the persons it names (:func:`read_sentences`), what one sentence
cannot know (:func:`_join_across_sentences`), the sides and the tables.
"""
from __future__ import annotations

from dataclasses import dataclass
import re
from functools import lru_cache

import pandas as pd

from scripts import nlp
from scripts.knowledge import Knowledge, Name, knowledge
from scripts.reader import Article, Sentence
from scripts.sentence_reader import SentenceReader
from scripts.sentence_reader.persons import _Persons
from scripts.sentence_reader.titles import public_title
from scripts.sentence_reader.words import _PLACE_NOUNS, Found, _short, _strip_article
# the tokens and word tests of the sentence reader, which other analyses share (quotes, speakers, frames)
from scripts.sentence_reader.words import (  # noqa: F401
    Token, _common_words, _dictionary_words, _is_common, _is_title_case, _tokens,
)

ACTOR_COLUMNS = ["actor", "type", "side", "role", "mentions", "first_sentence", "aliases",
                 "side_chain", "sentences"]
MENTION_COLUMNS = ["actor", "type", "surface", "sentence_id", "start", "end", "role", "possessive"]
PLACE_COLUMNS = ["place", "kind", "stands_for", "mentions", "first_sentence", "sentences", "aliases"]


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


def _person_registry(article: Article, kb: Knowledge, readers: dict | None = None) -> _Persons:
    """Every person the article names with a cue or in full. ``readers`` (sentence index -> its
    reader) is filled for the reading that follows, which takes over what they found first."""
    persons = _Persons()
    for sentence in article.sentences:
        reader = SentenceReader(sentence, kb, _Persons())
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


def read_sentences(article: Article) -> list[tuple[Sentence, SentenceReader]]:
    """Every sentence with what was found in it (used by :mod:`scripts.quotes` too)."""
    kb = knowledge()
    first: dict[int, SentenceReader] = {}
    persons = _person_registry(article, kb, first)
    out = []
    for sentence in article.sentences:
        reader = SentenceReader(sentence, kb, persons)
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
