"""Claims: who demands, proposes, accepts, rejects or warns what, of whom, and on whose authority.

A *claim* (Koopmans & Statham's political claims analysis) is one record per
demand, condition, proposal, acceptance, rejection, disapproval, warning or
threat found in a sentence. Its form follows the event-coding families of
CAMEO and PLOVER (03 cooperate/propose, 10 demand, 11 disapprove, 12 reject,
13 threaten); its issues come from a general codebook for conflict
negotiations; its position is +1 (for), -1 (against) or 0 (conditional).

Everything is found from the text's own cues, listed in ``scripts/data``:

* ``claim_forms.csv``   cue -> form, syntax (verb, noun, adjective, modal, evaluative), CAMEO, PLOVER
* ``claim_modifiers.csv`` reversals ("a halt to"), conditions ("without"), reporting frames ("according to"),
  weakeners ("tentatively")
* ``reporting_verbs.csv`` (through :mod:`scripts.knowledge`) the verbs of reporting frames ("X said that")
* ``issues_codebook.csv`` issue -> cue words
* ``hedges.csv``         words that weaken a claim (Hyland's categories)

Who makes a claim is found as a *span* of the sentence (the subject, the
possessor of "X's demand", the agent of "accepted by X", the speaker of a
reporting frame for "any deal must..."). :func:`canonical_actor` turns a span
into a canonical actor through the actors analysis (the mention that overlaps
the span); without it the span's own words are kept. Inside a direct quotation
the claimant of "we demand…", "X must…", "if X…, then we…" is the quotation's
speaker (from :func:`scripts.quotes.find_quotes`), and the subject the speaker
asks to act is the addressee.
"""
from __future__ import annotations

import re
from pathlib import Path
from dataclasses import dataclass, replace
from functools import lru_cache

import pandas as pd

from scripts import nlp
from scripts.knowledge import knowledge
from scripts.matching import PatternSet
from scripts.morphology import inflections
from scripts.paths import DATA
from scripts.quotes import quote_spans
from scripts.reader import Article, Sentence

CLAIM_COLUMNS = ["claimant", "claimant_span", "side", "form", "cameo", "plover", "demand",
                 "addressee", "issues", "position", "condition", "source", "hedge", "authority",
                 "sentence_id", "repeated_in", "voice"]
# On whose authority a claim reaches the reader.
AUTHORITIES = {
    "own words": "the claimant is its own source, quoted directly (in quotation marks)",
    "own statement, reported": "the claimant is its own source, paraphrased by the writer "
                               "('X has made it clear that...', ', warning that...')",
    "own official": "a source on the claimant's side speaks for it",
    "reported": "a source outside the claimant's side reports it (media, analysts, other states)",
    "unattributed": "the article states it in its own voice",
}

# Direction a form gives to the thing it is about (before any reversal). A warning is
# against what it names ("warned against any redrawing of the borders"); a threat names
# what the claimant would do ("threatened new tariffs", "threatened to expel the monitors").
FORM_POLARITY = {"demand": 1, "condition": 1, "proposal": 1, "acceptance": 1,
                 "rejection": -1, "disapproval": -1, "warning": -1, "threat": 1}
# A negated act ("did not reject", "would not accept", "not willing to") is the opposite
# act for the two forms that have one; any other negated form ("did not demand") is no claim.
NEGATED_FORMS = {"rejection": "acceptance", "acceptance": "rejection"}
FALLBACK_ISSUE = "peace settlement"   # used only when no narrower issue is named
# Event codes of a form when a claim takes a form its cue does not give ("X rather than Y":
# the cue "seeks" is a demand, the part after "rather than" a rejection).
FORM_CODES = {"demand": ("10", "REQUEST"), "condition": ("10", "REQUEST"), "proposal": ("03", "AGREE"),
              "acceptance": ("03", "AGREE"), "rejection": ("12", "REJECT"),
              "disapproval": ("11", "REJECT"), "warning": ("13", "THREATEN"), "threat": ("13", "THREATEN")}


# --- knowledge tables --------------------------------------------------------

def _alternation(words) -> str:
    # longest first, so that a form is never cut short by a shorter one it starts with
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


def cue_regex(cue: str) -> re.Pattern:
    """Compile a cue of the tables: a regular expression where ``word~`` stands
    for the verb's inflections; matched case-insensitively, whole words only."""
    expanded = re.sub(r"(\w+)~", lambda m: _alternation(inflections(m.group(1))), cue)
    return re.compile(_BEFORE + "(?:" + expanded + ")" + _AFTER, re.I)


# whole words: what a cue of the tables starts and ends with
_BEFORE, _AFTER = r"(?<![\w-])", r"(?![\w-])"


def _cue_set(patterns) -> PatternSet:
    """The patterns (cues of the tables) searched together: see :mod:`scripts.matching`."""
    return PatternSet(patterns, before=_BEFORE, after=_AFTER)


@dataclass(frozen=True)
class Cue:
    regex: re.Pattern
    cue: str
    form: str
    syntax: str        # verb | noun | adjective | modal | evaluative | quoted | agent
    speech_act: bool   # the verb itself is an act of saying (so its subject is the source)
    cameo: str
    plover: str


@lru_cache(maxsize=1)
def claim_cues() -> tuple[Cue, ...]:
    table = pd.read_csv(DATA / "claim_forms.csv", dtype=str).fillna("")
    return tuple(Cue(cue_regex(r.cue), r.cue, r.form, r.syntax, r.speech_act == "yes",
                     r.cameo, r.plover) for r in table.itertuples())


@lru_cache(maxsize=1)
def _claim_cue_set() -> PatternSet:
    return _cue_set(cue.regex for cue in claim_cues())


@lru_cache(maxsize=1)
def modifiers() -> dict[str, list[re.Pattern]]:
    table = pd.read_csv(DATA / "claim_modifiers.csv", dtype=str)
    out: dict[str, list[re.Pattern]] = {}
    for r in table.itertuples():
        out.setdefault(r.kind, []).append(cue_regex(r.cue))
    return out


@lru_cache(maxsize=1)
def reporting_verb_cues() -> tuple[re.Pattern, re.Pattern]:
    """Every form of the reporting verbs of ``reporting_verbs.csv`` (read by
    :mod:`scripts.knowledge`) that introduce what was said as a clause: one-word
    verbs ("said", "insists") and phrasal ones ("made it clear", "pointed out").
    Verbs whose object names the act ("expressed scepticism") are left to the claim
    cues. Only what that table cannot express, such as "according to", is listed
    among the ``report`` rows of ``claim_modifiers.csv``."""
    kb = knowledge()
    words = _alternation(re.escape(form) for form, (lemma, _) in kb.verbs.items()
                         if lemma in kb.clause_verbs)
    phrases = _alternation(r"\s+".join(map(re.escape, key)) for key, (verb, _) in kb.phrasal_verbs.items()
                           if verb in kb.clause_verbs)
    return (re.compile(_BEFORE + words + _AFTER, re.I), re.compile(_BEFORE + phrases + _AFTER, re.I))


@lru_cache(maxsize=1)
def issues_codebook() -> pd.DataFrame:
    return pd.read_csv(DATA / "issues_codebook.csv", dtype=str).fillna("")


@lru_cache(maxsize=1)
def _issue_cues() -> list[tuple[str, re.Pattern]]:
    return [(row.issue, cue_regex(cue)) for row in issues_codebook().itertuples()
            for cue in row.cues.split(";") if cue]


@lru_cache(maxsize=1)
def _issue_set() -> PatternSet:
    return _cue_set(regex for _, regex in _issue_cues())


def hand_coding_path(article: Article) -> Path:
    """Where the hand coding of an article's claims is kept (it may not exist)."""
    return DATA / "hand_coding" / "claims" / f"{article.name}.csv"


@lru_cache(maxsize=1)
def hedges_table() -> pd.DataFrame:
    """The hedges of the shared lexicon ``hedges.csv`` (its boosters left out)."""
    table = pd.read_csv(DATA / "hedges.csv", dtype=str)
    hedges = table[table["category"].str.startswith("hedge")]
    return hedges.rename(columns={"cue": "hedge"}).reset_index(drop=True)


@lru_cache(maxsize=1)
def _hedge_cues() -> list[re.Pattern]:
    """What weakens a claim: the writer's hedges (shared with the framing
    chapter) and the words that qualify the act itself ("tentatively")."""
    return [cue_regex(h) for h in hedges_table().hedge] + modifiers()["weakener"]


@lru_cache(maxsize=None)
def _modifier_set(kind: str) -> PatternSet:
    return _cue_set(modifiers()[kind])


@lru_cache(maxsize=1)
def _hedge_set() -> PatternSet:
    return _cue_set(_hedge_cues())


def _any_match(cues: PatternSet, text: str) -> list[re.Match]:
    """The matches of all the cues, in text order (a cue's before another's at the same place)."""
    return sorted((m for found in cues.each(text) for m in found),
                  key=lambda m: m.start())


# --- tokens and noun phrases --------------------------------------------------

@dataclass(frozen=True)
class Token:
    text: str
    tag: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """Tagged word tokens with their character offsets in ``text``."""
    return [Token(word, tag, start, end) for word, tag, start, end in nlp.tagged_spans(text)
            if end > start]


_NP_TAGS = {"NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS", "CD", "PRP", "FW"}
_SKIP_TAGS = {"MD", "RB", "RBR", "RBS", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "TO", "PRP$",
              ",", "``", "''"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "them", "him"}
_RELATIVES = {"that", "which", "who"}
_HAVE = {"has", "have", "had"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
# time adverbs the tagger reads as nouns, between a subject and its verb ("Sheets today called for")
_TIME_WORDS = {"today", "yesterday", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
               "friday", "saturday", "sunday"}
_CLAUSE_OPENERS = {"while", "with", "as", "if", "when", "although", "because", "since", "but",
                   "whereas", "though", "after", "before", "for"}


def _collect_np(toks: list[Token], i: int) -> int:
    """Index of the first token of the noun phrase ending at token ``i``."""
    j = i
    while j - 1 >= 0:
        prev = toks[j - 1]
        if prev.tag == "DT" and j - 2 >= 0 and toks[j - 2].tag in {"NN", "NNS"} and prev.text.lower() in {"the", "a", "an"}:
            j -= 1                      # "changes the Mayor is proposing": an article opens a noun phrase
            break
        if prev.tag in _NP_TAGS or prev.text in {"'s", "'"}:
            j -= 1
        elif prev.tag in {"VBG", "VBN"} and j - 2 >= 0 and toks[j - 2].tag in {"DT", "PRP$"}:
            j -= 1                      # a participle between determiner and noun: "the ruling party"
        elif (prev.text.lower() in {"of", "in", "from", "and"} and j - 2 >= 0
              and toks[j].text[:1].isupper()
              and (toks[j - 2].tag in {"NN", "NNS"} or toks[j - 2].text[:1].isupper())
              and (prev.text != "and" or toks[j - 2].text[:1].isupper())):
            j -= 1                      # "officials in Moscow", "Reports from Reuters and Bloomberg"
        else:
            break
    return j


def subject_span(text: str, toks: list[Token], cue_start: int, lower: int = 0,
                 verb_cue: bool = False) -> tuple[int, int] | None:
    """Character span of the subject standing left of ``cue_start`` (not before ``lower``).

    Auxiliaries, adverbs, modals, support verbs ("expressed", "signaled
    their") and the noun's own modifiers are stepped over; a relative pronoun
    ("a stance that seeks") gives its antecedent; an appositive between commas
    ("X, a close ally of Y, has") gives X, unless the first part is a
    description and the second a name ("Trump's envoy, Steven Witkoff,").
    """
    left = [t for t in toks if t.end <= cue_start and t.start >= lower]
    # "Charles Halleck (Ind.) said": a party or state in parentheses after a name is no part of
    # the subject's head
    if left and left[-1].text == ")":
        opening = next((m for m in range(len(left) - 2, max(-1, len(left) - 8), -1) if left[m].text == "("), None)
        if opening:
            left = left[:opening]
    # "Saudi Arabia and the United States, which host the talks, urged", "Savelyev, in comments
    # carried by RIA, said", "Aydin, asked about the talks, said": the subject stands before a
    # non-restrictive relative clause or a parenthetical phrase
    k = len(left) - 1
    while k >= 0 and (left[k].tag in {"RB", "MD"} or left[k].text.lower() in _TIME_WORDS):
        k -= 1
    if k >= 0 and left[k].text == ",":
        for m in range(k - 1, 0, -1):
            if left[m].text == ",":
                opener = left[m + 1]
                if opener.text.lower() in {"which", "who"} or opener.tag in {"IN", "VBG", "VBN"} \
                        and opener.text.lower() not in {"that", "of"}:
                    return subject_span(text, toks, left[m].start, lower)
                break
    i = len(left) - 1
    comma_before_verb = False
    saw_verb = False
    while i >= 0 and (left[i].tag in _SKIP_TAGS | {"JJ", "JJR", "DT", "CD"}
                      or left[i].text.lower() in _RELATIVES and i > 0
                      # the adverb "since" after a perfect's auxiliary: "Russia has since accepted"
                      or left[i].text.lower() == "since" and i > 0 and left[i - 1].text.lower() in _HAVE
                      or left[i].text.lower() in _TIME_WORDS and i > 0 and i == len(left) - 1):
        if left[i].text == ",":
            if saw_verb or i == len(left) - 1:
                comma_before_verb = True
            else:
                break
        if left[i].tag.startswith("VB") or left[i].tag == "MD":
            saw_verb = True
        if left[i].text.lower() in _RELATIVES:
            i -= 1
            break
        i -= 1
    if i > 0 and left[i].text.lower() in {"and", "but"} and left[i - 1].tag not in {",", "CC", "RB"}:
        # a predicate coordinated with the one before shares its subject. With its own auxiliary
        # ("The Kremlin said it had questions about the plan and would not agree to a pause") it
        # joins the finite verb before; a bare verb joins the verb before of its own form: "X said
        # Moscow would study the ideas but warned against haste" (warned, like said, not study).
        # Only a verb cue is so read: "rounded up a majority and prepared to" is no "prepared to".
        # (the subject may stand before ``lower``, which keeps another claim's words out)
        before = [t for t in toks if t.end <= left[i].start]
        cue_tag = next((t.tag for t in toks if t.start >= cue_start), "")
        if any(t.tag == "MD" or t.tag.startswith("VB") for t in left[i + 1:]):
            forms = _FINITE
        elif verb_cue and cue_tag in {"VBD", "VBZ", "VBP"}:
            forms = {cue_tag}
        else:
            forms = set()
        verb = next((m for m in range(len(before) - 1, -1, -1) if before[m].tag in forms), None)
        if verb is not None and not any(t.text in {";", ":"} for t in before[verb:]):
            return subject_span(text, toks, before[verb].start)
    # step back over adjectives only if a noun stands before them
    while i >= 0 and left[i].tag not in {"NN", "NNS", "NNP", "NNPS", "PRP", "POS", "CD"}:
        if left[i].tag in {"JJ", "DT"} and i > 0:
            i -= 1
        else:
            return None
    if i < 0:
        return None
    if comma_before_verb and left[i + 1].text == ",":
        # "A, a member of the committee, urged": a description set off by commas, which may hold
        # a preposition, describes the noun phrase before it, the subject
        m = next((m for m in range(i - 1, 0, -1) if left[m].text == ","), None)
        if m is not None and left[m - 1].tag in _NP_TAGS - {"JJ", "DT"} \
                and (left[m + 1].text.lower() in {"a", "an", "the"} or left[m + 1].text[:1].islower()) \
                and not any(t.tag in _FINITE for t in left[m + 1:i + 1]):
            first, last = _collect_np(left, m - 1), m - 1
            # "Marshall Formby of Plainview, former chairman ...": the person, not his town
            of = next((n for n in range(first + 1, last) if left[n].text.lower() in {"of", "from"}), None)
            if of is not None and left[of - 1].tag == "NNP" and left[first].tag == "NNP":
                last = of - 1
            return left[first].start, left[last].end
    # a personal pronoun is a whole noun phrase ("For medical research he asked")
    j = i if left[i].tag == "PRP" else _collect_np(left, i)
    # "A committee of experts has recommended", "X, former chairman of the Texas Highway
    # Commission, suggested", "X, attorney for judges in the 58th precinct, argued": an of-, for-
    # or in-phrase after a common noun modifies that noun, and the subject is the whole phrase
    # (Quirk et al. 1985 17.37, prepositional postmodifiers)
    while j >= 2 and left[j - 1].text.lower() in {"of", "for", "in"} and left[j - 2].tag in {"NN", "NNS"} \
            and left[j].tag != "PRP":
        j = _collect_np(left, j - 2)
    # a noun phrase governed by a preposition is not a subject ("arrived in Moscow to push")
    # ("rushed off to the Speaker's Room to object": the one who rushed)
    infinitive = [t.text.lower() for t in left[i + 1:]] == ["to"]
    if j > 0 and (left[j - 1].tag == "IN" or left[j - 1].tag == "TO" and infinitive) \
            and left[j - 1].text.lower() not in _RELATIVES | {"with"}:
        k = j - 2
        while k >= 0 and (left[k].tag.startswith("VB") or left[k].tag in {"RB", "MD", "RP"}
                          or left[k].text.lower() in {",", "and"} and k + 1 < j - 1 and left[k + 1].tag.startswith("VB")):
            k -= 1                  # "He shouted, and rushed off to": verbs of one subject
        if k < j - 2 and k >= 0:
            return subject_span(text, toks, left[k].end, lower)
        return None
    start, end = left[j].start, left[i].end
    if j > 0 and left[j - 1].tag in ("VBD", "VBZ", "VBP") and any(t.text == "," for t in left[i + 1:]):
        # "Humphrey upped the ante, asked cloture power": the noun phrase is the object of a verb
        # the cue's verb is coordinated with; the subject is that verb's
        return subject_span(text, toks, left[j - 1].start, lower)
    if comma_before_verb and j > 0 and left[j - 1].text == ",":
        # "A, B, verb": which of A and B names the subject?
        k = j - 2
        if k >= 0 and left[k].tag in _NP_TAGS | {"POS"}:
            a_start = left[_collect_np(left, k)].start
            b_first = left[j].text
            if b_first[:1].islower() or b_first.lower() in {"a", "an", "the"}:
                return a_start, left[k].end          # B is a description of A
            return start, end                        # B names A
    if j >= 2 and left[j - 1].text.lower() in {"including", "like"} and left[j - 2].text == ",":
        # "X, including Y, verb" -> X
        k = j - 3
        if k >= 0 and left[k].tag in _NP_TAGS:
            return left[_collect_np(left, k)].start, left[k].end
    return start, end


# --- claims in one sentence --------------------------------------------------

@dataclass
class RawClaim:
    sentence: Sentence
    cue: Cue
    cue_start: int
    cue_end: int
    form: str
    claimant: tuple[int, int] | None = None
    claimant_text: str = ""            # set when the claimant comes from elsewhere (pronoun, list lead-in)
    object: tuple[int, int] | None = None
    source: str = ""                   # set when inherited (list items); else from source_spans
    source_spans: list[tuple[int, int]] | None = None
    frame_hedge: list[str] | None = None
    participial: bool = False
    verb_object_of: "RawClaim | None" = None   # a nominal claim that is the object of this verb claim
    passive: bool = False
    speaker: str = ""                  # the quotation's speaker, when the claim is made in a direct quote
    addressee_span: tuple[int, int] | None = None   # the subject of a quoted "X must…", "if X…"
    if_clause: str = ""                # "if X…, then we will agree": what the consequent act hangs on
    reported_modal: bool = False       # "X said Y must…": a modal of reported speech, X's demand
    frame_at: int | None = None        # where its reporting verb ("said") begins
    nominal_agent: bool = False        # "recommendations made by X": the claimant follows the noun
    first_person: bool = False         # a quoted "I am not in favor of…", "we reject…": the speaker's own act
    expressed: bool = False            # "X expressed scepticism over…": the subject voiced the nominal act


@dataclass(frozen=True)
class Frame:
    source: tuple[int, int]
    start: int          # where the reporting words begin
    end: int            # where the reported content begins


@lru_cache(maxsize=1)
def _report_set() -> PatternSet:
    verbs, phrasal_verbs = reporting_verb_cues()
    return _cue_set([*modifiers()["report"], phrasal_verbs, verbs])


def reporting_frames(text: str, toks: list[Token]) -> list[Frame]:
    """'X said that…', 'X made it clear that…', 'Reports from A and B indicate…', 'according to X'."""
    frames, seen = [], set()
    verbs, phrasal_verbs = reporting_verb_cues()
    # phrasal verbs first: "pointed out" is one reporting verb, not "pointed"
    for m in _any_match(_report_set(), text):
        if m.start() in seen:
            continue
        seen.add(m.start())
        word = m.group(0).lower()
        if word == "according to":
            after = re.match(r"\s*([^,;:.]+(?:\.[A-Z][^,;:.]*)*)", text[m.end():])
            if after:
                s = m.end() + after.start(1)
                frames.append(Frame((s, s + len(after.group(1).rstrip())), m.start(), 0))
            continue
        tok = next((t for t in toks if t.start == m.start()), None)
        if tok is None or not (tok.tag.startswith("VB") or phrasal_verbs.fullmatch(word)):
            continue
        tail = text[m.end():]
        inverted = re.match(r"\s+((?:the\s+)?[A-Z][^,;:]*?)\s*\.?$", tail)
        if inverted and any(t.tag in _FINITE_VERB_TAGS for t in toks if t.start >= m.end()):
            inverted = None            # ", said Europe must be at the table": a clause, not a name
        if re.search(r",\s*$", text[:m.start()]) and inverted:          # '..., said X.'
            a = m.end() + inverted.start(1)
            frames.append(Frame((a, a + len(inverted.group(1))), m.start(), 0))
            continue
        span = subject_span(text, toks, m.start())
        if span is None:
            continue
        if re.fullmatch(r"\s*(?:(?:on|last|this|late|early)\s+\w+|today|yesterday|in a statement)?\s*\.?\s*",
                        tail) and re.search(r",\s*$", text[:span[0]]):
            frames.append(Frame(span, m.start(), 0))                      # '..., X said on Monday.'
            continue
        rest = re.match(r"\s*(?:that\b)?\s*[\"\u201c]?", tail)
        frames.append(Frame(span, m.start(), m.end() + rest.end()))
    return frames


def source_spans(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """'Reports from Reuters and Bloomberg' -> the spans of 'Reuters' and 'Bloomberg'."""
    start, end = span
    lead = re.match(r"(?:(?:the |a |new )?reports?|accounts?) (?:from|by|in|of)\s+", text[start:end], re.I)
    if lead:
        start += lead.end()
    out, pos = [], start
    for m in re.finditer(r",\s*(?:and\s+)?|\s+and\s+|$", text[start:end]):
        if start + m.start() > pos:
            out.append((pos, start + m.start()))
        pos = start + m.end()
    return out


def _source_text(claim: "RawClaim", actors) -> str:
    if claim.source or not claim.source_spans:
        return claim.source
    s = claim.sentence
    names = [canonical_actor(s.text[a:b], s.id, a, b, actors) for a, b in claim.source_spans]
    return "; ".join(dict.fromkeys(names))


def _clause_end(text: str, start: int) -> int:
    """Where the object of a cue ends: a clause boundary after ``start``."""
    m = re.compile(r"[;:\u2014]|\s[-\u2013]\s|,\s+(?=(?:which|while|but|although|whereas|as|a|an|the|"
                   r"following|after|before|when|despite|then|and\s+(?:would|will|is|was)|(?:we|I)\s+(?:will|would|shall|are|am)"
                   r")\b|(?!including)\w+ing\b)"
                   r"|(?<!such)(?<!as well)\s+as\s+(?!well|part|a\b|an\b|to\b)"
                   r"|\.\s*$|\.[\"\u201d]|[\"\u201d]").search(text, start)
    return m.start() if m else len(text.rstrip(". "))


def absolute_with(text: str, subject_start: int, cue_start: int) -> bool:
    """Is the cue the -ing verb of an absolute clause ("With Putin demanding X, ...")?

    Such a clause is the writer's description of the claimant's stance: the
    claim stands, but the claimant is not its source.
    """
    word = text[cue_start:].split(maxsplit=1)[0].lower() if text[cue_start:].strip() else ""
    return word.endswith("ing") and bool(
        re.search(r"(?:^|[,;:]\s*)with\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$",
                  text[:subject_start], re.I))


_FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _is_noun_use(text: str, start: int, toks: list[Token] | None = None) -> bool:
    """Is the cue word at ``start`` a noun ("Russia's demand", "the broader demands")?

    A determiner or possessor with at most one word (or two joined by "and": "a blunt and
    drastic demand") between marks a noun, unless
    the tagger reads the cue as a finite verb: in "The rebels demanded" the word
    between is the subject, not a modifier of the cue."""
    tok = next((t for t in toks or [] if t.start == start), None)
    if tok is not None and tok.tag in _FINITE_VERB_TAGS:
        return False
    return bool(re.search(r"(?:'s|\u2019s|\b(?:the|a|an|its|their|his|her|our|several|these|those|"
                          r"such|any|broader|new|key|main|many|some))\s+(?:\w+\s+(?:and\s+\w+\s+)?)?$", text[:start], re.I))


def cue_matches(sentence: Sentence, toks: list[Token] | None = None) -> list[tuple[int, int, Cue]]:
    """Non-overlapping cue matches, the longest winning."""
    cues = claim_cues()
    found = [(m.start(), m.end(), cue) for cue, matches in zip(cues, _claim_cue_set().each(sentence.text))
             for m in matches]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, Cue]] = []
    for f in found:
        if any(f[0] < k[1] and k[0] < f[1] for k in kept):
            if f[2].syntax == "noun" and any(k[0] == f[0] and k[1] == f[1] and k[2].syntax == "verb"
                                             for k in kept) and _is_noun_use(sentence.text, f[0], toks):
                kept = [k for k in kept if not (k[0] == f[0] and k[1] == f[1])] + [f]
            continue
        kept.append(f)
    kept.sort(key=lambda k: k[0])
    # "unwilling to accept", "willingness to agree to": one claim, the first cue's form
    # "wants Kyiv to accept", "urged Hamas to agree to": the second verb is what is demanded
    merged: list[tuple[int, int, Cue]] = []
    for k in kept:
        between = sentence.text[merged[-1][1]:k[0]] if merged and merged[-1][1] <= k[0] else None
        if between is not None and k[2].syntax == "verb" and (
                re.fullmatch(r"\s*", between)
                and re.search(r"\bto$", sentence.text[merged[-1][0]:merged[-1][1]], re.I)
                or merged[-1][2].form == "demand"
                and re.fullmatch(r"\s+(?:on\s+|upon\s+)?(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
                                 r"\s+(?:not\s+)?to\s+", between)):
            merged[-1] = (merged[-1][0], k[1], merged[-1][2])
            continue
        merged.append(k)
    return merged


def negated(text: str, start: int) -> bool:
    """Is the cue at ``start`` negated: a negation just before it, with at most an
    auxiliary or an adverb between ("did not reject", "has never accepted", "not
    willing to", "was not accepted by")?"""
    before = nlp.straighten_apostrophes(text[:start])
    # "took pains not to rule out": a negated infinitive too
    return any(re.search(m.pattern + r"\s+(?:to\s+)?(?:(?:be|been|have|has)\s+)?(?:\w+ly\s+)?$", before, re.I)
               for m in modifiers()["negation"])


_NOUN_PHRASE_TAGS = {"DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD"}


def _governing_verb_claim(claims: list[RawClaim], toks: list[Token], start: int) -> RawClaim | None:
    """The verb claim whose object is the noun phrase of the nominal cue at ``start``
    ("accepted the offer of", "welcomed Pyongyang's offer of"): only determiners,
    possessors and modifiers stand between the verb cue and the noun."""
    if not claims or claims[-1].cue.syntax != "verb" or claims[-1].passive \
            or claims[-1].cue_end > start:
        return None
    verb = claims[-1]
    between = [t for t in toks if t.start >= verb.cue_end and t.end <= start]
    if len(between) <= 5 and all(t.tag in _NOUN_PHRASE_TAGS or t.text in {"'s", "'"} for t in between):
        return verb
    return None


_FIRST_PERSON = {"we", "i", "us"}
_QUOTED_SUBJECT = re.compile(r"\s*((?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*|we|they|them|you|"
                             r"he|she|it|us)\b")


def _quoted_addressee(text: str, toks: list[Token], start: int, end: int, cue: Cue,
                      quote_start: int) -> tuple[int, int] | None:
    """Who a quoted claim asks to act: the subject of "X must…", "X needs to…", "X should…"
    (left of the cue), the name after "let X…" or "if X…" (right of it)."""
    if cue.form == "condition":
        m = _QUOTED_SUBJECT.match(text, end)
        return (m.start(1), m.end(1)) if m else None
    # a name or pronoun just before the modal (the tagger reads "Ukraine needs" as an adjective)
    m = re.search(r"(?:^|[\s\u201c\"])((?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*|we|they|you|he|"
                  r"she|it)\s+(?:(?:\w+ly|also|still|now|all|too|simply|just)\s+)?$", text[quote_start:start])
    if m:
        return quote_start + m.start(1), quote_start + m.end(1)
    return subject_span(text, toks, start, quote_start)


_ANY_DEAL = re.compile(r"\bany\s+(?:[\w-]+\s+){0,2}(?:deal|agreement|settlement|accord|truce|ceasefire|"
                       r"treaty|arrangement|solution)s?\s+$", re.I)


def _terms_of_any_deal(text: str, start: int, cue: Cue) -> bool:
    """"any deal must address X", "any wider settlement must recognise Y": what every agreement
    must hold is a condition of the party's assent, not a demand on one addressee
    (Koopmans & Statham 1999, conditional claims)."""
    return cue.form == "demand" and bool(_ANY_DEAL.search(text[:start]))


# the noun phrase after "at the request of": up to a comma, a bracket, a preposition or
# relative pronoun after the name ("the late Sen. Fred Dubois of Idaho" -> "the late Sen. Fred Dubois")
_AGENT = re.compile(r"\s+((?:the\s+)?[^,;:()\s][^,;:()]*?)(?=\s+(?:of|in|from|to|for|that|who|which|and|"
                    r"is|are|was|were|has|have|had|will|would)\s|\s+(?:is|are|was|were)\s*[,;:]|"
                    r"\s*[,;:()\u2014]|\.\s*$|$)")


_BY_AGENT = re.compile(r"\s*(?:(?:made|issued|offered|put forward|submitted|presented|drawn up)\s+)?by\s+"
                       r"((?:the\s+|a\s+|an\s+)?[^,;:()\s][^,;:()]*?)"
                       r"(?=\s+(?:in|from|to|for|that|who|which|and|on|at|with|during|is|are|was|were|has|have|had|"
                       r"will|would)\b|\s*[,;:()\u2014]|\.\s*$|$)")


def _nominal_agent(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the agent of a nominal claim: "recommendations by X", "the proposal made by X"."""
    at = start + text[start:end].lower().rfind(" by") if re.search(r"\sby$", text[start:end], re.I) else end
    m = _BY_AGENT.match(text, at)
    return (m.start(1), m.end(1)) if m else None


_STEPPED_OVER = {"MD", "RB", "DT", "PRP$", "JJ", "JJR", "JJS", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG"}


def _expressed_by_subject(text: str, toks: list[Token], subject: tuple[int, int] | None,
                          cue_start: int) -> bool:
    """Is the nominal cue the object of a reporting verb of the subject ("Russia has expressed
    scepticism over", "officials signaled their willingness to", "Putin reiterated his opposition
    to")? The verb reports an act of saying whose object names the stance (Quirk et al. 1985,
    verb complementation; the verbs of ``reporting_verbs.csv``), so the subject is the claim's
    source as well as its claimant. Only auxiliaries, adverbs, determiners and modifiers may
    stand between; a negated verb ("has not expressed") reports no act."""
    if subject is None:
        return False
    between = [t for t in toks if t.start >= subject[1] and t.end <= cue_start]
    verbs = [t for t in between if t.tag.startswith("VB")]
    if not verbs or any(t.tag not in _STEPPED_OVER for t in between) \
            or any(t.text.lower() in {"not", "never", "n't"} for t in between):
        return False
    # "With Russia expressing scepticism, ...": the writer's description, as for a verb cue
    return nlp.straighten_apostrophes(verbs[-1].text).lower() in knowledge().verbs \
        and not absolute_with(text, subject[0], verbs[-1].start)


def _names_state_or_body(words: str) -> bool:
    """The words are a state's name, abbreviation or demonym, or an organisation's name ("U.S.",
    "EU", "Turkish"), not a city's: "the Istanbul proposal" is named for where it was made."""
    name = knowledge().names.get(tuple(words.split()))
    return bool(name and name.kind in ("country", "demonym", "organization"))


def raw_claims(sentence: Sentence, quoted: list[tuple[int, int, str]] | None = None) -> list[RawClaim]:
    """Claims of one sentence with their spans, before issues are assigned.

    ``quoted`` holds the direct quotations of the sentence as (start, end, speaker):
    inside them the cues of syntax ``quoted`` ("Russia must…", "we need to…", "if they
    withdraw, then…") are claims too, and a claim whose subject is "we" or "I", or that
    has no subject, is the speaker's (Koopmans & Statham: the speaker makes the claim)."""
    text = sentence.text
    toks = tokens(text)
    frames = reporting_frames(text, toks)
    matches = cue_matches(sentence, toks)
    claims: list[RawClaim] = []
    lower = 0
    for start, end, cue in matches:
        claim = RawClaim(sentence, cue, start, end, cue.form)
        word = text[start:end].lower()
        quote = next(((a, b, who) for a, b, who in quoted or [] if a <= start and end <= b), None)
        if quote is not None and claims and claims[-1].cue.syntax == "quoted" \
                and quote[0] <= claims[-1].cue_start and claims[-1].form == "demand" \
                and re.fullmatch(r"[^.;:!?,]*\s(?:and|or)\s+(?:\w+ly\s+)?", text[claims[-1].cue_end:start]):
            continue                  # "Russia must stop X and agree to Y": Y is asked of Russia too
        if cue.syntax == "quoted":
            if quote is None:
                # "Lindqvist said Europe must be at the table": a modal of the reported clause is
                # the reporter's demand (indirect speech keeps the speaker's modality; Quirk et al.
                # 1985 14.31); "must", "if" elsewhere in the writer's voice are none
                frame = next((f for f in reversed(frames) if f.end and f.end <= start), None)
                if frame is None or cue.form != "demand" or (claims and claims[-1].cue_start >= frame.end):
                    continue
                claim.claimant = frame.source
                claim.source_spans = [frame.source]
                claim.reported_modal = True
                claim.frame_at = frame.start
                claim.addressee_span = _quoted_addressee(text, toks, start, end, cue, frame.end)
                if _terms_of_any_deal(text, start, cue):
                    claim.form = "condition"
                claims.append(claim)
                lower = end
                continue
            frame = next((f for f in reversed(frames) if f.end and f.end <= start), None) \
                or next((f for f in frames if not f.end), None)
            if quote[2]:
                claim.speaker = quote[2]
                claim.source = quote[2]
            elif frame is not None:
                claim.claimant = frame.source
                claim.source_spans = source_spans(text, frame.source)
            else:
                continue
            claim.addressee_span = _quoted_addressee(text, toks, start, end, cue, quote[0])
            if _terms_of_any_deal(text, start, cue):
                claim.form = "condition"
            claims.append(claim)
            lower = end
            continue
        if quote is not None and claims and claims[-1].cue.syntax == "quoted" \
                and claims[-1].form == "condition" and quote[0] <= claims[-1].cue_start:
            # "let them withdraw, then we will agree to talks": the acceptance hangs on the condition
            claim.if_clause = text[claims[-1].cue_start:_clause_end(text, claims[-1].cue_end)].strip(" ,")
        frame = next((f for f in reversed(frames) if f.end and f.end <= start), None)
        if frame is None:
            frame = next((f for f in frames if not f.end), None)      # "according to X"
        syntax = cue.syntax
        if syntax == "verb" and _is_noun_use(text, start, toks):
            syntax = "noun"
            # "confronted the U.S. with a blunt demand: within 48 hours, ...": a colon after the
            # noun introduces what is demanded (Quirk et al. 1985, App. III.23)
            if not re.match(r"\s+(?:for|to|of|that|against|on|over)\b|\s*:\s*\S", text[end:]):
                continue                                      # "Zakharova's warning reflects..."
        colon = re.match(r"\s*:\s*(?=\S)", text[end:]) if syntax == "noun" else None
        if colon:
            stop = text.find(";", end)
            claim.object = (end + colon.end(), stop if stop > 0 else len(text.rstrip(". ")))
        if syntax in ("verb", "adjective") and negated(text, start):
            if cue.form not in NEGATED_FORMS:
                continue
            claim.form = NEGATED_FORMS[cue.form]
        if syntax == "noun" and text[start:end].lower().endswith(" by"):
            # "recommendations (made) by the Texas Research League": the maker follows the noun, as
            # the one who asked follows "at the insistence of"
            syntax = "agent"
            claim.cue = replace(cue, syntax="agent")
        if syntax == "agent":
            # "at the insistence of the U. S.", "by demand of Sen. Wayne Morse": the one who asked
            # follows the noun, and what was done at its request is the rest of the sentence
            agent = _AGENT.match(text, end)
            if not agent:
                continue
            claim.claimant = (agent.start(1), agent.end(1))
            after = (agent.end(1), len(text.rstrip(". ")))
            claim.object = (0, start) if start >= after[1] - after[0] else after      # the longer side
            claims.append(claim)
            lower = end
            continue
        by_agent = re.match(r"\s+(?:(?:the\s+)?(?:day|week|month|year)\s+(?:before|earlier)\s+|(?:last|this)\s+\w+\s+"
                            r"|(?:on\s+)?(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?"
                            # "proposed by then Gov. Marvin Griffin": an office once held names the agent too
                            r"by\s+(?:(?:then|former|the\s+late)\s+(?=[A-Z]))?"
                            r"((?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
                            # a body named by its common noun ("recommended by the outgoing jury")
                            r"|the\s+(?:[a-z-]+\s+){0,2}(?:" + _BODY_NOUNS + r")\b)", text[end:])
        if syntax == "verb" and re.search(r"(?:ed|d)$", word.split()[0]) and not by_agent \
                and re.search(r"\b(?:of|a|an|the|any|this|its|their|his|her)\s+$", text[:start], re.I):
            continue                                          # "wary of proposed plan": a modifier
        if syntax == "verb" and not by_agent and not claims and re.search(
                r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+|not\s+|never\s+)*$", text[:start], re.I):
            # "Belov told Le Figaro that European troops would never be accepted": a passive with
            # no agent in a reported clause is the reporter's act
            frame = next((f for f in reversed(frames) if f.end and f.end <= start), None)
            if frame is not None:
                claim.claimant = frame.source
                claim.source_spans = [frame.source]
                claim.frame_at = frame.start
                claims.append(claim)
                lower = end
                continue
        if syntax == "verb" and not by_agent and claims and claims[-1].cue.syntax == "quoted" \
                and claims[-1].form == "demand" and re.fullmatch(
                    r"\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?", text[claims[-1].cue_end:start]):
            # "the amendment should be rejected", "must be accepted": the modal asks for the act
            # the passive names, and the claim takes that act's form
            claims[-1].form = cue.form
            continue
        if syntax == "verb" and not by_agent and re.search(r"(?:ed|en)$", word.split()[0]) and re.search(
                r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+|not\s+|never\s+)*$", text[:start], re.I):
            continue          # "The department is accused of…": the subject of a passive is not its agent
        if by_agent:                                          # "accepted by Ukraine"
            claim.passive = True
            a = end + by_agent.start(1)
            agent = by_agent.group(1)
            if agent.endswith(".") and not re.search(r"\b(?:[A-Z]\.){2,}$", agent):
                agent = agent[:-1]                    # the sentence's full stop, not "U.S."
            claim.claimant = (a, a + len(agent))
            if claims and claims[-1].passive and re.fullmatch(r",?\s*and\s+(?:\w+ly\s+)?",
                                                                text[claims[-1].claimant[1]:start]):
                claim.object = claims[-1].object          # "proposed by A and accepted by B"
            else:
                np = re.search(r".*\b((?:a|an|the|any|this|such)\s+[^,;:]*?)\s*,?\s*(?:\w+ly\s+)?$",
                               text[:start], re.I)
                if np:
                    claim.object = (np.start(1), np.end(1))
            claims.append(claim)
            continue
        if syntax in ("verb", "noun") and word.split()[0].endswith("ing") \
                and re.search(r",\s*$", text[:start]):
            claim.participial = True                          # ", warning that ..." takes the main subject
            main = frame.source if frame else (claims[0].claimant if claims else None)
            claim.claimant = main
        elif syntax in ("modal", "evaluative"):
            claim.claimant = frame.source if frame else None
        elif syntax == "noun" and _nominal_agent(text, start, end):
            # "one of a series of recommendations by the Texas Research League", "recommendations
            # made by a panel of eight": the agent of the nominal act is its maker
            claim.claimant = _nominal_agent(text, start, end)
            claim.nominal_agent = True
            claim.object = (0, start)          # what was recommended is what the sentence says of it
        elif syntax == "noun":
            head = _governing_verb_claim(claims, toks, start)
            # "Russia's demand", and the plural possessive "the Russians' new demand"
            poss = re.search(r"([A-Z][\w.\u2019'-]*?(?:\s+[A-Z][\w.\u2019'-]*?)*)(?:['\u2019]s|(?<=s)['\u2019])"
                             r"\s+(?:[\w-]+\s+){0,2}$", text[:start])
            demonym = re.search(r"\b([A-Z][a-z]+(?:an|ish|ese|i|ch))\s+(?:[\w-]+\s+)?$", text[:start])
            poss_pronoun = re.search(r"\b(his|her|their|its)\s+(?:[\w-]+\s+){0,2}$", text[:start], re.I)
            # a state or body's name before the noun: "a U.S. proposal", "the EU plan"
            prenominal = re.search(r"\b(?:a|an|the)\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+$", text[:start])
            if prenominal and not _names_state_or_body(prenominal.group(1)):
                prenominal = None
            if poss and poss.start(1) >= lower:
                claim.claimant = (poss.start(1), poss.end(1))
            elif demonym and demonym.start(1) >= lower:
                claim.claimant = (demonym.start(1), demonym.end(1))
            elif prenominal and prenominal.start(1) >= lower:
                claim.claimant = (prenominal.start(1), prenominal.end(1))
            elif head is not None:
                # "rejected the proposal for new elections": the proposal is what is rejected,
                # not a proposal of the verb's subject
                continue
            else:
                claim.claimant = subject_span(text, toks, start, max(lower, frame.end if frame else 0))
                claim.expressed = _expressed_by_subject(text, toks, claim.claimant, start)
                if claim.claimant is None and poss_pronoun and poss_pronoun.start(1) >= lower:
                    claim.claimant = (poss_pronoun.start(1), poss_pronoun.end(1))   # "was adamant in his opposition to"
                if claim.claimant is None and re.search(r"\bwith\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}$", text[:start]):
                    # "Khrushchev wrecked the conference with a bitter denunciation of the U. S.": the
                    # act is the manner of the main clause's, and its subject makes it
                    verb = next((t for t in toks if t.start >= lower and t.end <= start
                                 and t.tag in _FINITE_VERB_TAGS), None)
                    if verb is not None:
                        claim.claimant = subject_span(text, toks, verb.start, lower)
            if head is not None:          # "welcomed Pyongyang's offer of talks": two claims
                claim.verb_object_of = head
        else:
            claim.claimant = subject_span(text, toks, start, max(lower, frame.end if frame else 0),
                                          verb_cue=syntax == "verb")
        if quote is not None and quote[2] and (
                claim.claimant is None
                or text[claim.claimant[0]:claim.claimant[1]].lower() in _FIRST_PERSON
                or claim.claimant[0] < quote[0] and frame is None):
            claim.first_person = claim.claimant is not None and \
                text[claim.claimant[0]:claim.claimant[1]].lower() in _FIRST_PERSON
            claim.speaker = claim.source = quote[2]          # "we demand…", said in a quote
            claim.claimant = None
        if claim.claimant and frame and text[claim.claimant[0]:claim.claimant[1]].lower() in _PRONOUNS \
                and not (quote is not None and quote[0] <= claim.claimant[0] < quote[1]):
            claim.claimant = frame.source     # (a quoted "he" is not the one who quotes: left as it is)
        if syntax == "evaluative":
            s = frame.end if frame else lower
            claim.object = (s, start)
        claims.append(claim)
        if frame and frame.end and frame.end <= start or frame and not frame.end:
            claim.source_spans = source_spans(text, frame.source)
            words = text[frame.start:frame.source[1]] if not frame.end else text[frame.source[0]:frame.end]
            claim.frame_hedge = hedges_in(words)
            if claim.speaker:
                claim.source_spans = None
        elif (cue.speech_act or claim.expressed) and claim.claimant and not claim.passive \
                and not absolute_with(text, claim.claimant[0], start):
            claim.source_spans = [claim.claimant]
        lower = end
    # objects run from the cue to the next claim's subject, the next cue, or a clause boundary
    claims = [c for c in claims if c.claimant or c.speaker]
    for n, claim in enumerate(claims):
        if claim.object is not None:
            continue
        stop = _clause_end(text, claim.cue_end)
        for f in frames:                 # '..., Foreign Minister X said.' is not part of the demand
            if not f.end and f.start > claim.cue_end:
                before_frame = text.rfind(",", claim.cue_end, min(f.start, f.source[0]))
                stop = min(stop, before_frame if before_frame > 0 else f.start)
        for later in claims[n + 1:]:
            if later.verb_object_of is claim:
                continue                 # the nominal claim is inside this claim's object
            if later.passive:
                # the passive claim's object is this claim's object: cut before its comma
                stop = min(stop, text.rfind(",", claim.cue_end, later.cue_start) if
                           text.rfind(",", claim.cue_end, later.cue_start) > 0 else later.cue_start)
                break
            bound = later.cue_start
            if later.claimant and later.claimant[0] >= claim.cue_end:
                bound = min(bound, later.claimant[0])
            if re.fullmatch(r"[\s,]*(?:that\s*)?", text[claim.cue_end:bound]):
                break            # "regretted Hughes had made an attack": the later claim is this one's object
            stop = min(stop, bound)
            break
        if claim.cue.syntax == "noun" and not text[claim.cue_start:claim.cue_end].lower().endswith("that"):
            # "Russia's reluctance to accept X raises doubts": the noun phrase ends at the main verb
            toks_after = [t for t in toks if claim.cue_end <= t.start < stop]
            for a, b in zip(toks_after, toks_after[1:]):
                if b.tag in {"VBZ", "VBD", "VBP"} and a.text.lower() not in _RELATIVES \
                        and a.tag not in {"MD", "TO", "RB"}:
                    stop = b.start
                    break
        obj_text = text[claim.cue_end:stop]
        obj_text = re.sub(r"\s+(?:and|or|but|while)\s*$", "", obj_text.rstrip(" ,"))
        claim.object = (claim.cue_end, claim.cue_end + len(obj_text))
        if claim.cue.syntax == "quoted" and claim.cue.form == "demand" and claim.addressee_span:
            # "Security guarantees should be given…": the subject of a quoted modal is part of what is asked
            claim.object = (claim.addressee_span[0], claim.object[1])
    return claims


# --- issues, position, hedges ----------------------------------------------

def issues_in(text: str) -> list[tuple[str, int]]:
    """Issues named in ``text`` with the offset of their first cue; the fallback
    issue only when nothing narrower is named."""
    first: dict[str, int] = {}
    for (issue, _), found in zip(_issue_cues(), _issue_set().each(text)):
        m = found[0] if found else None         # the first match, as search() gives it
        if m and (issue not in first or m.start() < first[issue]):
            first[issue] = m.start()
    if len(first) > 1:
        first.pop(FALLBACK_ISSUE, None)
    return sorted(first.items(), key=lambda kv: kv[1])


def split_condition(text: str) -> tuple[str, str]:
    """'concede territory without ironclad assurances' -> ('concede territory', 'without ironclad assurances')."""
    hits = _any_match(_modifier_set("condition"), text)
    # "wary of any agreement that would force...": a restrictive clause on "any" sets a condition
    restrictive = re.search(r"\bany\s+(?:[\w-]+\s+){0,3}?((?:that|which)\s+(?:would|could|might|will)\b)", text)
    if restrictive and (not hits or restrictive.start(1) < hits[0].start()):
        return text[:restrictive.start(1)].rstrip(" ,"), text[restrictive.start(1):].strip()
    if not hits:
        return text, ""
    return text[:hits[0].start()].rstrip(" ,"), text[hits[0].start():].strip()


def reversed_before(text: str, offset: int) -> bool:
    """Does a reversal ('a halt to', 'withdrawal of', 'never', 'restrictions on') precede the issue cue?"""
    return any(m.end() <= offset for m in _any_match(_modifier_set("reversal"), text))


def hedges_in(text: str) -> list[str]:
    return [m.group(0) for m in _any_match(_hedge_set(), text)]


def _until_relative(text: str) -> str:
    """The text before a relative clause ('a ceasefire that could allow...'): hedges
    and issues inside it qualify its noun, not the claim. A complement clause
    ('a commitment that Ukraine will never join') is kept."""
    return re.split(r"\s(?:that|which|who)\s+(?=(?:could|would|might|may|can|will|shall|should|must|"
                    r"does|do|did|is|are|was|were|has|have|had)\b)", text, maxsplit=1)[0]


def _trim(text: str) -> str:
    text = text.strip(" ,")
    if text.endswith(".") and not re.search(r"\b(?:[A-Z]\.){2,}$", text):
        text = text[:-1]
    return text


# --- canonical actors --------------------------------------------------------

def _plain_name(span: str) -> str:
    span = re.sub(r"^(?:the|a|an)\s+", "", span.strip(), flags=re.I)
    return re.sub(r"['\u2019]s$", "", span).strip(" ,")


def canonical_actor(span: str, sentence_id: str | None = None, start: int | None = None,
                    end: int | None = None, actors=None) -> str:
    """The canonical actor a span of a sentence names.

    With the actors analysis, the mention overlapping the span that ends last
    (the head of an English noun phrase is on its right: "Russian Foreign
    Ministry spokeswoman Maria Zakharova" names Zakharova) gives the actor.
    Without it, or when no mention overlaps, the span's own words are kept.
    """
    if actors is not None and sentence_id is not None and start is not None:
        # overlapping mentions; the one ending last wins, then the one starting last,
        # then the last in the table
        hits = [(m_end, m_start, k, actor) for k, (m_start, m_end, actor)
                in enumerate(actors.mention_spans(sentence_id)) if m_start < end and m_end > start]
        # ... but an of- or for-phrase follows its head ("Marshall Formby of Plainview", "a
        # committee of experts", "X, attorney for the judges"): a mention before it names the actor
        of = re.search(r"\s+(?:of|for)\s+", span)
        head = [h for h in hits if of and h[1] < start + of.start()]
        if head:
            return str(max(head)[3])
        if hits:
            return str(max(hits)[3])
    return _plain_name(span)


def actor_side(actor: str, actors=None) -> str:
    """The side an actor speaks for; empty when the actors analysis does not know it
    ("the rebels", "protesters"): an unknown group is not made a party of its own."""
    if actors is not None:
        return actors.side_of(actor)
    return ""


def side_or_claimant(claims: pd.DataFrame) -> pd.Series:
    """The side of each claim, or its claimant when the side is unknown, so that
    tables by side keep unknown claimants apart instead of pooling them."""
    return claims.side.where(claims.side != "", claims.claimant)


@lru_cache(maxsize=1)
def cameo_refinements() -> dict[tuple[str, str], list[tuple[re.Pattern, str]]]:
    """(issue, codebook column) -> (cue, code): a finer code of ``cameo_refinements.csv``
    that replaces the issue's when the claim's words match the cue ("recognition" of
    territory is 102, not the 105 of territory yielded)."""
    out: dict[tuple[str, str], list[tuple[re.Pattern, str]]] = {}
    for r in pd.read_csv(DATA / "cameo_refinements.csv", dtype=str).fillna("").itertuples():
        out.setdefault((r.issue, r.column), []).append((cue_regex(r.cue), r.cameo))
    return out


@lru_cache(maxsize=1)
def cameo_names() -> dict[str, str]:
    """CAMEO event code -> its name in the CAMEO codebook (``cameo_codes.csv``)."""
    table = pd.read_csv(DATA / "cameo_codes.csv", dtype=str, keep_default_na=False)
    return dict(zip(table.code, table.name))


def cameo_label(code: str) -> str:
    """A CAMEO code as a reader of a table needs it, with its codebook name:
    '1246' -> '1246 Refuse to de-escalate military engagement'. A code the table
    does not name is shown bare rather than guessed."""
    code = str(code)
    name = cameo_names().get(code)
    return f"{code} {name}" if name else code


def appeal_codes() -> set[str]:
    """The 02 Appeal codes :func:`event_codes` can give: the appeal that mirrors each
    finer demand code of the codebook (0234 for 1034), except 101's (see there)."""
    columns = ["cameo_demand", "cameo_demand_against"]
    demand_codes = {c for col in columns for c in issues_codebook()[col] if c}
    demand_codes |= {r.cameo for r in pd.read_csv(DATA / "cameo_refinements.csv", dtype=str).itertuples()
                     if r.column in columns}
    return {"02" + c[2:] for c in demand_codes if c.startswith("10") and not c.startswith("101")}


_ON_WHOSE_WORD = {"own words": "{source}, quoted", "own statement, reported": "{source}, paraphrased",
                  "own official": "through {source}", "reported": "reported by {source}"}


def footing(claim) -> str:
    """On whose word a claim (a row of the claims table) rests, and what weakens it, in
    a few words for a table: 'Yuri Ushakov, quoted', 'reported by Reuters; Bloomberg;
    hedged: indicate'. A claim of the voices 'writer' or 'analysts' names no source
    (:func:`scripts.counts.unsourced_table`), whoever the article credits it to."""
    source, hedge = str(claim.source or ""), str(claim.hedge or "")
    speaker = getattr(claim, "voice", "") or voice(source, claim.authority, hedge, claim.claimant)
    names = [n for n in source.split("; ") if n]
    named = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    if speaker in ("writer", "analysts"):
        text = "no named source (" + (f"unnamed {named}" if named else "the article's voice") + ")"
    else:
        text = _ON_WHOSE_WORD.get(claim.authority, "{source}").format(source=named)
    hedges = [h for h in hedge.split("; ") if h]
    return text + ("; hedged: " + ", ".join(f"“{h}”" for h in hedges) if hedges else "")


def _issue_code(issue: str, column: str, text: str) -> str:
    for regex, code in cameo_refinements().get((issue, column), []):
        if regex.search(text):
            return code
    return _issue_columns()[issue][column]


@lru_cache(maxsize=1)
def _issue_columns() -> dict[str, dict[str, str]]:
    """issue -> its row of the codebook (a dict: looked up once per claim, not re-indexed)."""
    return {row["issue"]: row for row in issues_codebook().to_dict("records")}


def event_codes(form: str, cue: Cue, issues: list[str], position: int, text: str = "") -> tuple[str, str]:
    """CAMEO and PLOVER codes of a claim: the family of its form, made finer by the
    issue and the direction of the claim when the codebook gives a code for them.

    A demand for the thing (+1, or a condition 0) takes the issue's ``cameo_demand``
    (a demand for peacekeepers: 1034), a demand against it (-1) ``cameo_demand_against``
    (the withdrawal of foreign troops: 1056), a refusal of it ``cameo_reject`` (1245).
    ``text`` (the claim's words) picks a finer code of ``cameo_refinements.csv`` where one
    applies; warnings and threats take one there by what they threaten (military force 138,
    a halt to international involvement 136, sanctions 1312), the first row that matches.
    With several issues, those with a finer code must share it (an issue with none,
    "security guarantees possibly through a peacekeeping force", does not stand in the
    way of the other's). A cue of CAMEO's 02 Appeal ("called for", "urged") takes the
    appeal that mirrors the demand code: CAMEO numbers 02x and 10x in parallel
    (0234 appeal for, 1034 demand, peacekeeping), except 101 (demand information,
    investigation), whose 021 is another act (appeal for material cooperation).
    """
    cameo, plover = (cue.cameo, cue.plover) if form == cue.form else FORM_CODES[form]
    column = None
    if form in ("demand", "condition"):
        column = "cameo_demand" if position >= 0 else "cameo_demand_against"
    elif form == "rejection" and position <= 0:
        column = "cameo_reject"
    issues = [i for i in issues if i]
    if column and issues:
        finer = {_issue_code(issue, column, text) for issue in issues} - {""}
        if len(finer) == 1:
            code = finer.pop()
            if cameo == "02" and code.startswith("10") and not code.startswith("101"):
                code = "02" + code[2:]          # the appeal of the same thing
            if cameo != "02" or code.startswith("02"):
                cameo = code
    if form in ("warning", "threat") and cameo == "13":
        # what is threatened: military force (138), an end to international involvement (136)...
        for issue in ["", *issues]:
            code = next((c for regex, c in cameo_refinements().get((issue, form), []) if regex.search(text)), "")
            if code:
                return code, plover
    return cameo, plover


def authority(claimant: str, source: str, actors=None, quoted: bool = False) -> str:
    """The authority a claim rests on, one of :data:`AUTHORITIES`: 'own words' only
    when the claimant is the source and the claim stands inside quotation marks."""
    if not source:
        return "unattributed"
    names = source.split("; ")
    if claimant in names:
        return "own words" if quoted else "own statement, reported"
    side = actor_side(claimant, actors)
    if side and all(actor_side(n, actors) == side for n in names):
        return "own official"
    return "reported"


def _load_actors(article: Article):
    try:
        from scripts.actors import find_actors
    except ImportError:          # the actors analysis is optional: spans are kept as written
        return None
    return find_actors(article)


# --- all claims of an article ------------------------------------------------

def _same_speaker(a: dict, b: dict) -> bool:
    names = {a["claimant"], a["source"]} - {""}
    other = {b["claimant"], b["source"]} - {""}
    lasts = {n.split()[-1] for n in names}
    return bool(names & other or lasts & {n.split()[-1] for n in other})


def _known_actor(name: str, actors) -> bool:
    """Is ``name`` an actor of the actors analysis (a named person, state or body), rather
    than words of the text ("fears", "other authoritarian regimes")?"""
    return actors is not None and name in set(actors.actors.actor)


_BODY_NOUNS = r"jury|committee|council|board|commission|panel|legislature|senate|house|court|government|" \
              r"cabinet|parliament|congress"


def _body_named(span: str, actors) -> str:
    """The actor a body's common noun stands for ("the outgoing jury" -> the Fulton County Grand
    Jury), when exactly one actor's name ends with that noun."""
    m = re.search(r"\b(" + _BODY_NOUNS + r")$", span.strip().lower())
    if actors is None or not m:
        return ""
    holders = [a for a in actors.actors.actor if str(a).lower().split()[-1:] == [m.group(1)]]
    return holders[0] if len(holders) == 1 else ""


def _reported_source(claim: RawClaim, reported) -> str:
    """The source the speakers module gives the reporting verb that is the claim's cue
    ("It urged that…" after the jury spoke: the jury; "He asked Congress…": the person
    the pronoun stands for), when it gives exactly one. ``reported`` is the sentence's
    list of :func:`_reported_sources`, or a function of the claim that resolves it."""
    if callable(reported):
        return reported(claim)
    # a modal of reported speech: the source of its reporting verb
    cue_start, cue_end = (claim.frame_at, claim.frame_at + 1) if claim.frame_at is not None else \
        (claim.cue_start, claim.cue_end)
    for start, end, sources in reported or ():
        if start <= cue_start < end or cue_start <= start < cue_end:
            return sources[0] if len(sources) == 1 else ""
    return ""


# "A veteran Jackson County legislator", "An Atlanta lawyer": one person described, not named
# (a singular common noun heads it; "A committee of experts" is a body and is left alone)
_INDEFINITE_PERSON = re.compile(r"(?i:a|an)\s+(?!(?:.*\s)?of\s)(?:[\w.'\u2019-]+\s+){0,4}[a-z][a-z-]*(?<!s)")
# the agentive suffixes of nouns for persons (Quirk et al. 1985, App. I.34): "teacher", "legislator"
_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|man|woman)$")
# a title or nothing before the name that opens a sentence: "Rep. Henry C. Grover", "Mr. Smith"
_TITLE_ONLY = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}")


@lru_cache(maxsize=1)
def _instrument_nouns() -> str:
    """The nouns of written instruments (``claim_modifiers.csv``, kind ``instrument``) as one
    alternation."""
    table = pd.read_csv(DATA / "claim_modifiers.csv", dtype=str)
    return "(?:" + "|".join(table[table.kind == "instrument"].cue) + ")"


class _CueSources:
    """The source of a claim's cue as the speakers module resolves a reporting verb's:
    the one it found when it read the article's statements, else the one its resolver
    finds for the cue word (a verb the tagger read as a participle, "The President
    recommended", is no reporting verb to it, but its subject is found the same way)."""

    def __init__(self, article: Article, actors, reported: dict):
        self.article, self.actors, self.reported = article, actors, reported
        self._resolver = None

    def _ready(self):
        from scripts.speakers import Speakers
        if self._resolver is None:
            self._resolver = Speakers(self.article, self.actors)
            self._mentions: dict[int, list] = {}
            for m in self.actors.mentions.itertuples():
                index = self._resolver.sentence_index.get(m.sentence_id)
                if index is not None:
                    self._mentions.setdefault(index, []).append((m.start, m.end, m.actor, m.type))
        return self._resolver

    def pronoun(self, claim: RawClaim, word: str) -> str:
        """The actor a pronoun claimant stands for, as the speakers module resolves a
        subject pronoun at that point ("in his opposition to": his -> he)."""
        subject = {"his": "he", "him": "he", "her": "she", "their": "they", "them": "they", "its": "it"}.get(
            word.lower(), word.lower())
        if self.actors is None or claim.claimant is None or subject not in {"he", "she"}:
            return ""
        return self._ready().pronoun(subject, (claim.sentence.index, claim.claimant[0]))

    def named_by(self, claim: RawClaim) -> str:
        """The actor the claimant's noun phrase names as the speakers module reads a speaker's
        ("the President's call for" -> the person holding the office; "the committee" -> the
        committee named before), or "" when it names none for certain."""
        if self.actors is None or claim.claimant is None:
            return ""
        from scripts.actors import _tokens
        from scripts.speakers import mention_spans
        self._ready()
        s = claim.sentence
        toks = _tokens(s.text)
        inside = [k for k, tok in enumerate(toks) if claim.claimant[0] <= tok.start < claim.claimant[1]]
        if not inside:
            return ""
        lo, hi = inside[0], inside[-1] + 1
        if lo and toks[lo - 1].text.lower() == "the":
            lo -= 1                                   # "the President's": the article makes it a role
        words = [t.text.lower() for t in toks]
        spans = mention_spans(toks, self._mentions.get(s.index, []), self._resolver.quoted.get(s.index, []))
        found = self._resolver._noun_phrase(toks, words, spans, lo, hi, (s.index, toks[lo].start))
        return found[0][0] if found and len(found[0]) == 1 else ""

    def instrument_author(self, claim: RawClaim) -> str:
        """The author of the written instrument an "it" stands for ("The letter, dated Feb. 22, was
        delivered... It dealt mainly with... But it also suggested a meeting": the letter, and the
        letter was "a letter from the President"): the sentences before, each opening with "it" or
        with the instrument ("The resolution, which Barber tossed into the hopper"), back to one
        that names its author by a possessive, "from" or "by", or as the subject of a relative
        clause on it (Koopmans & Statham 1999: a claim made through a bill, a resolution or a
        letter is its author's). Else ""."""
        if self.actors is None:
            return ""
        instrument = _instrument_nouns()
        persons = set(self.actors.actors.actor[self.actors.actors.type == "person"])
        sentences = self.article.sentences
        k = claim.sentence.index
        for back in range(1, 4):
            if k - back < 0:
                return ""
            before = sentences[k - back]
            text = before.text
            mentions = [(a, b, actor) for a, b, actor in self.actors.mention_spans(before.id) if actor in persons]
            for m in re.finditer(r"\b" + instrument + r"\b", text, re.I):
                after = text[m.end():]
                # "a letter from the President", "the bill by Rep. Smith"
                via = re.match(r"\s+(?:from|by)\s+", after)
                # "The resolution, which Barber tossed": the relative clause's subject
                rel = re.match(r",?\s+(?:which|that)\s+", after)
                start = m.end() + (via.end() if via else rel.end() if rel else 0)
                if via or rel:
                    hit = next((actor for a, b, actor in mentions if start <= a <= start + 20), "")
                    if hit:
                        return hit
                    if via and re.match(r"the\s+\w+", text[start:]):
                        role = self.named_role(before, start, text[start:].split()[:2])
                        if role:
                            return role
                # "the President's letter", "Barber's resolution"
                poss = re.search(r"([A-Z][\w.'-]*)['\u2019]s\s+(?:[\w-]+\s+)?$", text[:m.start()])
                if poss:
                    hit = next((actor for a, b, actor in mentions if a <= poss.start(1) < b), "")
                    if hit:
                        return hit
                    role = self.named_role(before, poss.start(1) - 4 if text[:poss.start(1)].endswith("the ")
                                           else poss.start(1), ["the", poss.group(1)])
                    if role:
                        return role
            if not re.match(r"(?:but\s+|and\s+)?(?:it|(?:the|this|that)\s+(?:[\w-]+\s+)?" + instrument + r")\b",
                            text, re.I):
                return ""      # the chain of "it" and the instrument's name is broken
        return ""

    def named_role(self, sentence: Sentence, at: int, words: list[str]) -> str:
        """The person holding the office "the President" names at ``at`` in ``sentence``, as the
        speakers module finds role holders, or ""."""
        resolver = self._ready()
        phrase = [w.lower().strip(".,") for w in words]
        is_role, holder = resolver.role_holder(phrase, (sentence.index, at), set())
        return holder if is_role else ""

    def identified_later(self, claim: RawClaim, span: str) -> str:
        """The person a lead's indefinite description stands for ("A veteran Jackson County
        legislator will ask the House..."), when the next paragraph opens with a person's name,
        titled or not ("Rep. Mac Barber of Commerce is asking..."): the delayed identification of
        news leads, which describe a person first and name them in the paragraph after (Brooks,
        Kennedy, Moen & Ranly, *News Reporting and Writing*). An indefinite noun phrase introduces
        someone not named before, so no earlier actor is meant. Else ""."""
        if self.actors is None or claim.claimant is None or not _INDEFINITE_PERSON.fullmatch(span.strip()) \
                or not re.fullmatch(r"(?:.*\s--\s*)?", claim.sentence.text[:claim.claimant[0]]):
            return ""          # the description opens its sentence (after a dateline, if any)
        head = span.split()[-1].lower()
        if knowledge().titles.get((head,), "modifier") == "modifier" and not _AGENT_NOUN.search(head):
            return ""          # "A state law which says...": a thing, not a person
        sentences = self.article.sentences
        k = claim.sentence.index + 1
        if k >= len(sentences) or sentences[k].paragraph_id == claim.sentence.paragraph_id:
            return ""          # the description must close its paragraph
        following = sentences[k]
        opening = [(start, actor) for start, _, actor in self.actors.mention_spans(following.id)
                   if _TITLE_ONLY.fullmatch(following.text[:start])]
        if not opening:
            return ""
        actor = min(opening)[1]
        persons = set(self.actors.actors.actor[self.actors.actors.type == "person"])
        return actor if actor in persons else ""

    def __call__(self, claim: RawClaim) -> str:
        found = _reported_source(claim, self.reported.get(claim.sentence.id))
        if found or self.actors is None or claim.cue.syntax != "verb":
            return found
        from scripts.actors import _tokens
        from scripts.quotes import _Verb
        from scripts.speakers import mention_spans
        self._ready()
        s = claim.sentence
        toks = _tokens(s.text)
        at = next((k for k, tok in enumerate(toks) if tok.start == claim.cue_start), None)
        if at is None:
            return ""
        spans = mention_spans(toks, self._mentions.get(s.index, []), self._resolver.quoted.get(s.index, []))
        verb = _Verb(at, at + 1, toks[at].text, toks[at].text.lower(), "")
        who, _, _ = self._resolver.source_of(s, toks, spans, verb, [])
        return who[0] if len(who) == 1 else ""


def _recent(previous: list[dict], s: Sentence) -> list[dict]:
    """The records of ``previous`` (in reading order) from the sentence before ``s`` or from its
    paragraph: the only ones a claim of ``s`` looks back to. Read from the end, so that a long
    article's claims are not each compared with all the claims before them."""
    start = len(previous)
    while start and (previous[start - 1]["sentence_index"] >= s.index - 1
                     or previous[start - 1]["paragraph_id"] == s.paragraph_id):
        start -= 1
    return previous[start:]


def _records(claim: RawClaim, actors, previous: list[dict], reported=()) -> list[dict]:
    s = claim.sentence
    text = s.text
    if claim.speaker:
        span_text = claimant = claim.speaker
    elif claim.claimant:
        span_text = text[claim.claimant[0]:claim.claimant[1]]
        claimant = canonical_actor(span_text, s.id, *claim.claimant, actors)
        if actors is not None and not _known_actor(claimant, actors) \
                and span_text.lower() not in _PRONOUNS:
            # a role noun the actors analysis leaves unnamed ("the President called for"):
            # the person the speakers module finds holding it
            # (the subject of a passive is not its agent: "X was recommended by the outgoing jury")
            claimant = _body_named(span_text, actors) or (
                "" if claim.passive else _reported_source(claim, reported)) or (
                reported.named_by(claim) if isinstance(reported, _CueSources) else "") or claimant
        if isinstance(reported, _CueSources):
            # "A Houston teacher ... proposed a law. / Rep. Henry C. Grover ...": named in the next paragraph
            claimant = reported.identified_later(claim, span_text) or claimant
    else:
        span_text = claim.claimant_text
        claimant = claim.claimant_text
    if claim.claimant and not claim.speaker and not _known_actor(claimant, actors) \
            and isinstance(reported, _CueSources):
        # "Pelham said his resolution would seek…", "his proposed law would offer…": a party's
        # instrument makes its claim
        owner = re.search(r"\b(his|her|their)\s+$", text[:claim.claimant[0]], re.I)
        if owner and any(p.fullmatch(span_text.split()[-1]) for p in modifiers()["instrument"]):
            claimant = reported.pronoun(claim, owner.group(1)) or claimant
    # "Rep. Berry … got elected on his advocacy of": a possessive pronoun is the person its own
    # sentence names first, when one is named before it
    person_before = _person_before(claim, actors) if span_text.lower() in {"his", "her"} else ""
    if person_before:
        claimant = person_before
    # a pronoun takes the claimant of the claim before; a quotation's speaker needs no resolving
    elif not claim.speaker and (span_text.lower() in _PRONOUNS or (
            span_text and span_text.split()[0].lower() in _PRONOUNS and len(span_text.split()) == 1)):
        if claim.claimant and span_text.lower() not in _FIRST_PERSON and any(
                a <= claim.claimant[0] < b for a, b in quote_spans(text)):
            return []         # a quoted "he" is someone the speaker talks about, not one named outside
        earlier = [p for p in _recent(previous, s) if p["paragraph_id"] == s.paragraph_id
                   or p["sentence_index"] == s.index - 1]
        # "The resolution, which Barber tossed into the hopper... It says that...": "it" is the
        # instrument just named, and the claim its author's
        author = reported.instrument_author(claim) if isinstance(reported, _CueSources) \
            and span_text.lower() == "it" else ""
        # no claim just before: the source the speakers module resolves for the verb
        claimant = author or earlier[-1]["claimant"] if author or earlier else (
            _reported_source(claim, reported)
            or (reported.pronoun(claim, span_text) if isinstance(reported, _CueSources) else ""))
        if not claimant:
            return []
        if claim.source_spans == [claim.claimant]:
            claim.source = claimant
    if not claimant:
        return []
    obj_text = text[claim.object[0]:claim.object[1]] if claim.object else ""
    demand_start = min(claim.cue_start, claim.object[0]) if claim.object else claim.cue_start
    demand_end = max(claim.cue_end, claim.object[1]) if claim.object else claim.cue_end
    if claim.passive:
        demand_end = claim.claimant[1]
    demand = _trim(text[demand_start:demand_end])
    # contrasts: "seeks X rather than Y" is for X and against Y
    parts = re.split(r"\s*,?\s*\b(?:rather than|instead of)\b\s*", obj_text, maxsplit=1)
    polarity = FORM_POLARITY[claim.form]
    scope_start = claim.claimant[0] if claim.claimant and not claim.participial else claim.cue_start
    if claim.passive:
        scope_start = claim.object[0] if claim.object else claim.cue_start
    hedge_scope = text[min(scope_start, claim.cue_start):claim.cue_end]
    if claim.passive:
        hedge_scope = text[claim.cue_start - 20 if claim.cue_start >= 20 else 0:claim.cue_start]
        hedge_scope = hedge_scope.split(",")[-1].split(" and ")[-1]
    hedge = (claim.frame_hedge or []) + hedges_in(hedge_scope) + hedges_in(_until_relative(parts[0]))
    quoted = any(a <= claim.cue_start and claim.cue_end <= b for a, b in quote_spans(text))
    base = {"claimant": claimant, "claimant_span": span_text, "side": actor_side(claimant, actors),
            "form": claim.form, "cameo": claim.cue.cameo, "plover": claim.cue.plover,
            "addressee": "", "source": _source_text(claim, actors),
            "hedge": "; ".join(dict.fromkeys(hedge)), "sentence_id": s.id,
            "paragraph_id": s.paragraph_id, "sentence_index": s.index}
    out = []
    for n, part in enumerate(parts):
        core, condition = split_condition(part)
        condition = condition or claim.if_clause
        found = issues_in(_until_relative(core))
        form, sign = (claim.form, polarity) if n == 0 else ("rejection", -polarity)
        # "not willing to vote on the measure until the bill clears": a refusal that lasts until
        # something is done sets that as the condition of the act (a condition, position 0)
        held_back = n == 0 and claim.form == "rejection" and claim.cue.form == "acceptance" \
            and bool(re.match(r"(?:until|unless|only if|only when)\b", condition, re.I))
        if held_back:
            form = "condition"
        if not found and n == 0:
            anaphor = _any_match(_modifier_set("anaphor"), core)
            just_before = [p for p in _recent(previous, s) if p["sentence_id"] == s.id
                           or (p["paragraph_id"] == s.paragraph_id and p["sentence_index"] == s.index - 1)]
            earlier = just_before if anaphor else [p for p in just_before if _same_speaker(p, base)]
            if earlier and (anaphor or claim.cue.syntax == "evaluative" or earlier[-1]["sentence_id"] != s.id):
                inherited = earlier[-1]["issues"].split(";")
                found = [(i, -1) for i in inherited]
        addressee = _addressee(claim, core, actors) or _quoted_addressee_name(claim, actors)
        if not found and claim.cue.syntax == "quoted" and n == 0 and _names_an_actor(claim, actors):
            found = [("", -1)]            # "Russia must stop lying": a claim on an actor, no issue named
        # "Kennedy, through Dean Rusk, declined.": a refusal or an assent needs no object (nor does
    # one whose words follow a colon: "rushed off to object: “A dangerous precedent”")
        whole_act = claim.form in ("rejection", "acceptance") and claim.cue.syntax == "verb" \
            and re.match(r"\s*(?:\w+ly\s*)?(?:[,.;:]|$)", text[claim.cue_end:])
        if not found and n == 0 and (_trim(core) or whole_act) and _known_actor(claimant, actors) and (
                claim.cue.syntax in ("verb", "adjective") and not claim.participial
                and (not claim.speaker or claim.first_person)
                or claim.reported_modal
                # "Karns said it was a wrongful act", "a failure to enact it would amount to…": the
                # reporter's judgement of an act, or the harm it foretells, is a claim on that act
                or claim.cue.syntax in ("evaluative", "modal") and claim.form in ("disapproval", "warning", "condition")
                # "the Russians' new demand for a directorate": a noun with its maker and its content
                or claim.cue.syntax == "agent"
                # "We must keep the bloodstream of New Jersey clean," said X: the speaker's side must act
                # "If you destroy confidence in banks, you do something to the economy," he said
                or claim.cue.syntax == "quoted" and claim.speaker and claim.cue.form == "warning"
                or claim.cue.syntax == "quoted" and claim.speaker and claim.cue.form == "demand" and (
                    claim.addressee_span is not None
                    and text[claim.addressee_span[0]:claim.addressee_span[1]].lower().split()[:1] in (["we"], ["i"])
                    # "these two offices should be combined," the jury said; "there should be periodic
                    # surveillance": a passive or existential modal says what is to be done, whoever
                    # does it ("it must be cold" is neither)
                    or _deontic_be(text, claim.cue_start, claim.cue_end))
                or claim.nominal_agent
                or claim.cue.syntax == "noun" and not claim.speaker and not claim.participial
                and (re.search(r"\b(?:for|to|of|that|against)$", text[claim.cue_start:claim.cue_end], re.I)
                     or re.match(r"\s*:", text[claim.cue_end:]))):
            # "the jury recommended that...", "Smith rejected the offer": a named party's act of
            # saying is a claim on whatever it names, though the codebook has no issue for it
            found = [("", -1)]
        if not found:
            continue
        by_sign: dict[int, list[str]] = {}
        for issue, offset in found:
            flip = offset >= 0 and reversed_before(core, offset)
            position = 0 if condition and (form != "condition" or held_back) else sign * (-1 if flip else 1)
            by_sign.setdefault(position, []).append(issue)
        for position, issues in by_sign.items():
            cameo, plover = event_codes(form, claim.cue, issues, position, core)
            out.append(base | {"form": form, "cameo": cameo, "plover": plover,
                               "authority": authority(claimant, base["source"], actors, quoted),
                               "demand": demand if n == 0 else _trim(part),
                               "issues": ";".join(issues), "position": position,
                               "condition": condition,
                               "addressee": addressee})
    # "Saudi Arabia and the United States urged": each party of a coordinated subject makes the claim
    for other in _coordinated_with(claim, claimant, actors):
        side = actor_side(other, actors)
        out += [r | {"claimant": other, "side": side,
                     "authority": authority(other, r["source"], actors, quoted)} for r in out
                if r["claimant"] == claimant]
    return out


def _deontic_be(text: str, cue_start: int, cue_end: int) -> bool:
    """Is the modal at ``cue_start`` one of obligation by its form: "should be combined" (a
    passive) or "there should be" (existential)?"""
    if re.search(r"\bthere\s+$", text[:cue_start], re.I) and re.match(r"\s+be\b", text[cue_end:]):
        return True
    after = [t for t in tokens(text) if t.start >= cue_end][:4]
    words = [t.text.lower() for t in after]
    k = 1 if words[:1] == ["not"] else 0
    # a participle by the tagger's reading and by its form ("be cold" is read as one too)
    return len(after) > k + 1 and words[k] == "be" and after[k + 1].tag == "VBN" \
        and re.search(r"(?:ed|[ew]n|ne|de|id|t|ung)$", words[k + 1]) is not None


def _person_before(claim: RawClaim, actors) -> str:
    """The first person the actors analysis finds in the claim's sentence before its claimant span:
    the subject, which a possessive pronoun of its clause prefers over a later name (centering:
    Grosz, Joshi & Weinstein 1995, subject first)."""
    if actors is None or claim.claimant is None:
        return ""
    persons = set(actors.actors.actor[actors.actors.type == "person"])
    before = [actor for start, end, actor in sorted(actors.mention_spans(claim.sentence.id))
              if end <= claim.claimant[0] and actor in persons]
    return str(before[0]) if before else ""


def _coordinated_with(claim: RawClaim, claimant: str, actors) -> list[str]:
    """The actors named before the claimant in a coordinated subject ("A and B", "A, B and
    C", "French President A and German Chancellor B"): each makes the claim too."""
    if actors is None or claim.claimant is None or claim.speaker or claim.passive:
        return []
    s = claim.sentence
    mentions = sorted(actors.mention_spans(s.id))
    # from the claimant's own mention when the span holds the whole coordination
    own = [m for m in mentions if m[2] == claimant and claim.claimant[0] <= m[0] < claim.claimant[1]]
    start, found = (own[-1][0] if own else claim.claimant[0]), []
    first_link = True
    for m_start, m_end, actor in reversed(mentions):
        if m_end > start:
            continue
        between = s.text[m_end:start]
        link = (r"\s*(?:\([^)]*\)\s*)?,?\s*and\s+" if first_link else r"\s*(?:\([^)]*\)\s*)?,\s*") + \
            r"(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+)*$"
        if not re.fullmatch(link, between) or actor == claimant or not _known_actor(actor, actors) \
                or m_start < claim.claimant[0] and re.search(
                    r"\b(?:from|in|of|to|by|at|with|for|on|about|against|over|into)\s+(?:the\s+)?$",
                    s.text[:m_start], re.I):
            # "Stevenson, who had returned from Paris, and Kennedy": Paris is no subject; but in the
            # subject "emissaries from Guatemala and Nepal" both states send them
            break
        found.append(actor)
        start, first_link = m_start, False
    return list(dict.fromkeys(found))


def _quoted_addressee_name(claim: RawClaim, actors) -> str:
    """The actor a quoted "X must…" addresses: "we" and "us" are the speaker's side,
    "I" the speaker; other pronouns are left unresolved."""
    if claim.addressee_span is None:
        return ""
    s = claim.sentence
    span = s.text[claim.addressee_span[0]:claim.addressee_span[1]]
    if span.lower() in {"we", "us"}:
        return actor_side(claim.speaker, actors) or claim.speaker
    if span.lower() == "i":
        return claim.speaker
    if span.lower() in _PRONOUNS | {"you", "them"}:
        return ""
    if _names_an_actor(claim, actors):
        return canonical_actor(span, s.id, *claim.addressee_span, actors)
    # "Security guarantees should be given by the United States": the agent is asked to act
    if claim.object:
        agent = re.search(r"\bby\s+" + _NAME, s.text[claim.object[0]:claim.object[1]])
        if agent:
            a = claim.object[0] + agent.start(1)
            return canonical_actor(agent.group(1), s.id, a, a + len(agent.group(1)), actors)
    return ""


def _names_an_actor(claim: RawClaim, actors) -> bool:
    """Does a quoted claim's addressee name an actor the actors analysis found
    ("Russia must…"), rather than a thing ("the weather must…") or a pronoun?"""
    if claim.addressee_span is None or actors is None:
        return False
    a, b = claim.addressee_span
    return any(m_start < b and m_end > a for m_start, m_end, _ in actors.mention_spans(claim.sentence.id))


_NAME = r"((?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)"


def _addressee(claim: RawClaim, obj: str, actors) -> str:
    """Who is asked to act, when the text says: 'called on X to', 'urged X to',
    'demanded that X withdraw', 'a commitment that X will never'."""
    text = claim.sentence.text
    cue_text = text[claim.cue_start:claim.cue_end]
    inside = re.match(r"\S+(?:\s+(?:on|upon))?\s+" + _NAME + r"\s+(?:not\s+)?to\b", cue_text)
    if inside:                                            # merged cue: "wants Kyiv to accept"
        a = claim.cue_start + inside.start(1)
        return canonical_actor(inside.group(1), claim.sentence.id, a, a + len(inside.group(1)), actors)
    m = (re.match(r"\s*(?:on|upon)?\s*" + _NAME + r"\s+(?:to|not to)\b", obj)
         or re.search(r"\bthat\s+" + _NAME + r"\s+(?:will|would|must|should|shall|cannot|can't|not|never|"
                      r"stop|withdraw|halt|end|agree|accept)\b", obj))
    if not m:
        return ""
    start = text.find(obj, claim.object[0]) if claim.object else -1
    if start < 0:
        return canonical_actor(m.group(1))
    a = start + m.start(1)
    return canonical_actor(m.group(1), claim.sentence.id, a, a + len(m.group(1)), actors)


def _lead_ins(article: Article) -> dict[str, list[Sentence]]:
    """Sentence id of a lead-in ('…several demands, which include:') -> the list items it introduces."""
    out: dict[str, list[Sentence]] = {}
    sents = article.sentences
    for i, s in enumerate(sents):
        if s.kind != "list_item" and s.text.rstrip().endswith(":") and i + 1 < len(sents) \
                and sents[i + 1].kind == "list_item":
            items = []
            for t in sents[i + 1:]:
                if t.kind != "list_item":
                    break
                items.append(t)
            out[s.id] = items
    return out


def _statements(article: Article, actors):
    """(:func:`_direct_quotes`, :func:`_reported_sources`) from one reading of the
    article's statements by :func:`scripts.speakers.statements`."""
    if actors is None:
        return _direct_quotes(article, actors), {}
    from scripts.speakers import statements
    attributions, reports = statements(article, actors)
    return _direct_quotes(article, actors, attributions), _reported_sources(reports)


def _reported_sources(reports) -> dict[str, list[tuple[int, int, list[str]]]]:
    """Sentence id -> (start, end, sources) of each reporting verb outside quotation marks
    whose source :func:`scripts.speakers.statements` resolved (names, pronouns, role nouns,
    a body that has just spoken)."""
    out: dict[str, list[tuple[int, int, list[str]]]] = {}
    for r in reports:
        if r.speakers and r.verb.start < len(r.tokens):
            first, last = r.tokens[r.verb.start], r.tokens[max(r.verb.start, r.verb.end - 1)]
            out.setdefault(r.sentence.id, []).append((first.start, last.end, list(r.speakers)))
    return out


def _direct_quotes(article: Article, actors, attributions=None) -> dict[str, list[tuple[int, int, str]]]:
    """Sentence id -> (start, end, speaker) of its direct quotations, the speaker as
    :func:`scripts.speakers.attribute` gives it (or ``attributions``, when already read);
    a quotation running over several sentences gives each of them its part. Without the
    actors analysis the quotation marks are kept with no speaker."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    if actors is None:
        for s in article.sentences:
            out[s.id] = [(a, b, "") for a, b in quote_spans(s.text)]
        return out
    from scripts.speakers import attribute, placed_paragraphs
    placed = {block.id: sentences for block, _, sentences in placed_paragraphs(article)}
    for q in attributions if attributions is not None else attribute(article, actors):
        for sentence, offset in placed.get(q.paragraph_id, []):
            start, end = max(q.start, offset), min(q.end, offset + len(sentence.text))
            if start < end:
                out.setdefault(sentence.id, []).append((start - offset, end - offset, q.speaker))
    return out


def find_claims(article: Article, actors=None) -> pd.DataFrame:
    """One record per claim in the article (columns :data:`CLAIM_COLUMNS`).

    ``actors`` is the actors analysis (``scripts.actors.find_actors(article)``);
    when it is not given it is computed if the module is present, otherwise
    claimants are the spans' own words.
    """
    if actors is None:
        actors = _load_actors(article)
    lead_ins = _lead_ins(article)
    quoted, reported = _statements(article, actors)
    cue_sources = _CueSources(article, actors, reported)
    inherited: dict[str, tuple[RawClaim, str, str, str]] = {}   # list item id -> lead-in claim
    records: list[dict] = []
    for s in article.sentences:
        if s.kind == "heading":       # a heading labels the section; its sentences carry the claims
            continue
        raws = raw_claims(s, quoted.get(s.id))
        if s.id in lead_ins:
            lead = next((r for r in raws if r.claimant), None)
            if lead is not None:
                span = s.text[lead.claimant[0]:lead.claimant[1]]
                name = canonical_actor(span, s.id, *lead.claimant, actors)
                for item in lead_ins[s.id]:
                    inherited[item.id] = (lead, span, name, _source_text(lead, actors))
            raws = [r for r in raws if r is not lead]
        if s.id in inherited and not any(r.claimant for r in raws):
            lead, span, name, lead_source = inherited[s.id]
            item_claim = RawClaim(s, lead.cue, 0, 0, lead.form, claimant=None, claimant_text=span,
                                  object=(0, len(s.text.rstrip(". "))), source=lead_source,
                                  frame_hedge=(lead.frame_hedge or []) + hedges_in(
                                      lead.sentence.text[lead.claimant[0]:lead.cue_end]))
            new = _records(item_claim, actors, records)
            for r in new:
                r.update(claimant=name, side=actor_side(name, actors), demand=_trim(s.text),
                         authority=authority(name, r["source"], actors))
            records.extend(new)
            continue
        for raw in raws:
            records.extend(_records(raw, actors, records, cue_sources))
    frame = pd.DataFrame(records, columns=CLAIM_COLUMNS + ["paragraph_id", "sentence_index"])
    frame["repeated_in"] = ""
    frame["voice"] = [voice(r.source, r.authority, r.hedge, r.claimant) for r in frame.itertuples()]
    return _headline_repeats_merged(frame[CLAIM_COLUMNS], article).reset_index(drop=True)


def _headline_repeats_merged(claims: pd.DataFrame, article: Article) -> pd.DataFrame:
    """One record for a claim that the headline (title or standfirst) and the lead
    (the first paragraph of the body) both state: the lead's, fuller and with its
    source, is kept, and ``repeated_in`` names the headline sentences that state it
    too. Two records state the same claim when the same side (or claimant, when the
    side is unknown) takes the same form and position on the same issues."""
    if claims.empty:
        return claims
    from scripts.reader import HEADLINE
    headline = {s.id for s in article.sentences if s.section == HEADLINE}
    lead_paragraph = next((b.id for b in article.blocks if b.kind == "paragraph" and b.section != HEADLINE), None)
    lead = {s.id for s in article.sentences if s.paragraph_id == lead_paragraph}
    keys = list(zip(side_or_claimant(claims), claims.form, claims.issues, claims.position))
    sentence_ids = list(claims.sentence_id)     # read once: a column looked up per row costs more than the row
    in_lead = {key: n for n, key in reversed(list(enumerate(keys))) if sentence_ids[n] in lead}
    dropped, repeated = [], claims.repeated_in.copy()
    for n, key in enumerate(keys):
        if sentence_ids[n] in headline and key in in_lead:
            target = in_lead[key]
            repeated.iat[target] = ";".join(filter(None, [repeated.iat[target], sentence_ids[n]]))
            dropped.append(claims.index[n])
    return claims.assign(repeated_in=repeated).drop(index=dropped)


# --- positions and lines of conflict -------------------------------------------

def position_matrix(claims: pd.DataFrame, by: str = "side") -> pd.DataFrame:
    """Stances by actor (``by``: 'side' or 'claimant'; a claim of unknown side counts
    under its claimant) and issue, one row per cell.

    Columns: actor, issue, stance (supports, opposes, conditional, mixed),
    score (+1, -1, 0; mixed is 0), claims, sentence_ids (';'-separated, in
    article order). A cell supports when its claims are for the issue and
    none against, opposes in the mirror case, is conditional when every claim
    sets a condition, and mixed when claims go both ways.
    """
    rows = []
    if by == "side" and "claimant" in claims:
        claims = claims.assign(side=side_or_claimant(claims))
    exploded = claims.assign(issue=claims.issues.str.split(";")).explode("issue")
    exploded = exploded[exploded.issue != ""]     # a quoted claim on an actor names no issue
    for (actor, issue), cell in exploded.groupby([by, "issue"], sort=True):
        signs = set(cell.position)
        if 1 in signs and -1 in signs:
            stance, score = "mixed", 0
        elif 1 in signs:
            stance, score = "supports", 1
        elif -1 in signs:
            stance, score = "opposes", -1
        else:
            stance, score = "conditional", 0
        ids = list(dict.fromkeys(cell.sentence_id))
        rows.append({"actor": actor, "issue": issue, "stance": stance, "score": score,
                     "claims": len(cell), "sentence_ids": ";".join(ids)})
    return pd.DataFrame(rows, columns=["actor", "issue", "stance", "score", "claims", "sentence_ids"])


def authority_table(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims per side (the claimant when the side is unknown) by authority, with the
    hedged and conditional ones.

    Columns: side, claims, one column per authority, unsourced (the claims that
    name no source, :func:`scripts.counts.unsourced`: the unattributed ones and those
    reported by sources the article does not name), named report (the reported
    ones with a named source), hedged, conditional. A party's own statement made by
    sources it does not name ("Ukrainian officials signaled their willingness") is
    counted among the unsourced, not in its authority's column, so that the first-hand
    columns, named report and unsourced add up to the claims."""
    from scripts import counts      # counts imports this module where it needs the voices
    rows = []
    claims = claims.assign(side=side_or_claimant(claims))
    for side, group in claims.groupby("side", sort=False):
        row = {"side": side, "claims": len(group)}
        unsourced = counts.unsourced_table(group)
        named = ~group.index.isin(unsourced.index)
        row |= {a: int(((group.authority == a) & (named | (a in ("reported", "unattributed")))).sum())
                for a in AUTHORITIES}
        row["unsourced"] = len(unsourced)
        row["named report"] = int(((group.authority == "reported") & named).sum())
        row |= {"hedged": int((group.hedge != "").sum()), "conditional": int((group.position == 0).sum())}
        rows.append(row)
    table = pd.DataFrame(rows, columns=["side", "claims", *AUTHORITIES, "unsourced", "named report",
                                        "hedged", "conditional"])
    return table.sort_values(["claims", "side"], ascending=[False, True]).reset_index(drop=True)


def agreement(claims: pd.DataFrame, hand: pd.DataFrame) -> pd.DataFrame:
    """Automatic claims against a hand coding, unit by unit.

    A unit is (sentence_id, side, issue, position): two claims agree when
    they give the same side the same stance on the same issue in the same
    sentence. ``hand`` has columns sentence_id, side, issue, position (and
    any notes). Returns the units with ``found`` = both | automatic only |
    hand only, in article order.
    """
    # a claim the headline repeats is found in each sentence that states it
    auto = {(sentence_id, r.side, issue, int(r.position))
            for r in claims.itertuples() for issue in r.issues.split(";")
            for sentence_id in [r.sentence_id, *filter(None, str(getattr(r, "repeated_in", "")).split(";"))]}
    coded = {(r.sentence_id, r.side, r.issue, int(r.position)) for r in hand.itertuples()}
    rows = [{"sentence_id": u[0], "side": u[1], "issue": u[2], "position": u[3],
             "found": "both" if u in auto and u in coded else
                      "automatic only" if u in auto else "hand only"}
            for u in sorted(auto | coded)]       # sorted: a set's order changes with the hash seed
    table = pd.DataFrame(rows, columns=["sentence_id", "side", "issue", "position", "found"])
    return table.sort_values("sentence_id", key=lambda c: c.map(_sentence_order),
                             kind="stable").reset_index(drop=True)


def precision_recall(units: pd.DataFrame) -> tuple[float, float]:
    """Precision and recall of the automatic claims in an :func:`agreement` table."""
    both = (units.found == "both").sum()
    auto = both + (units.found == "automatic only").sum()
    hand = both + (units.found == "hand only").sum()
    return (both / auto if auto else float("nan"), both / hand if hand else float("nan"))


def _sentence_order(sentence_id: str) -> tuple[int, int]:
    p, s = re.match(r"P(\d+)\.S(\d+)", sentence_id).groups()
    return int(p), int(s)


def demands_table(article: Article) -> pd.DataFrame:
    """The ``demands.csv`` table (GUIDE §5)."""
    return find_claims(article)


# --- voice ---------------------------------------------------------------------

# The voices a claim can reach the reader in, strongest first: a party's position is
# built from the first two; the writer's summary is the article's reading of the party.
VOICES = {
    "own words": "the party's own statement, quoted or reported, by the party or a named official of it",
    "named source": "a named outlet or person outside the party reports it",
    "writer": "the article's own summary or gloss, no one named (unnamed sources included: "
              "only the writer vouches for them)",
    "analysts": "observers, experts or analysts, or speculation ('may', 'is expected to')",
}
# Nouns that make a source an onlooker rather than a party or a reporter (GUIDE: "observers",
# "some analysts"; Culbertson 1978 on unnamed sources).
_OBSERVERS = re.compile(r"\b(?:analysts?|observers?|experts?|commentators?|critics?|pundits?|"
                        r"scholars?|researchers?|think[- ]tanks?)\b", re.I)


@lru_cache(maxsize=1)
def _unnamed_source_patterns() -> tuple[re.Pattern, ...]:
    table = pd.read_csv(DATA / "anonymous_sources.csv", dtype=str, keep_default_na=False)
    # at the end of the name: the head noun says it is unnamed ("Kremlin sources")
    return tuple(re.compile(r"(?<![\w-])(?:" + p + r")$", re.I) for p in table.pattern)


@lru_cache(maxsize=1)
def _speculation_patterns() -> tuple[re.Pattern, ...]:
    """Hedges of ``hedges.csv`` that make a claim a guess about the party ('may',
    'is expected to') rather than a report of what it said."""
    table = hedges_table()
    kept = table[table.category.isin(["hedge-modal", "hedge-speculation"])]
    return tuple(re.compile(r"(?:" + h + r")", re.I) for h in kept.hedge)


def _unnamed(name: str) -> bool:
    return any(p.search(name.strip()) for p in _unnamed_source_patterns())


def voice(source: str, authority_: str, hedge: str = "", claimant: str = "") -> str:
    """In whose voice a claim reaches the reader, one of :data:`VOICES`.

    Read from the claim's ``source`` and ``authority`` (:func:`authority`): the
    party or a named official of it is 'own words'; a named outlet or person
    outside it, 'named source'; observers and analysts, or a claim the article
    only guesses at ('may', 'is expected to', from its ``hedge``), 'analysts';
    the article's own statement, and unnamed sources only it vouches for, 'writer'.
    """
    names = [n for n in str(source).split("; ") if n]
    if any(_OBSERVERS.search(n) for n in [*names, claimant]):
        return "analysts"
    hedges = [h for h in str(hedge).split("; ") if h]
    if any(p.fullmatch(h) for h in hedges for p in _speculation_patterns()):
        return "analysts"
    if not names or all(_unnamed(n) for n in names):
        return "writer"
    if authority_ in ("own words", "own statement, reported", "own official"):
        return "own words"
    return "named source"
