"""Who speaks in a news article, in their own words or through others.

:func:`find_quotes` lists direct quotes (in straight or curly double quotes, or
single quotes used as quotation marks) and reported speech ("Ushakov made it
clear that...", "Reports from Reuters and Bloomberg indicate that...", "Kremlin
sources claim..."). Each row keeps the speaker (a canonical actor from
:func:`scripts.actors.find_actors`), the reporting verb and its class from
``scripts/data/reporting_verbs.csv``, and the kind of source.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import pandas as pd

from scripts.actors import ActorAnalysis, Token, _tokens
from scripts.knowledge import knowledge
from scripts.reader import Article

QUOTE_COLUMNS = ["speaker", "verb", "verb_lemma", "verb_class", "kind", "text", "sentence_id",
                 "source_type", "speaker_type", "side", "via", "speaker_via"]

# Quotation marks. Double marks always quote; a single mark opens a quotation only where a
# word could start (after a space, a bracket, a dash or another mark) and closes one only after
# a word and before a non-letter, so the apostrophes of "won’t" and "Moscow’s" are never marks.
_DOUBLE_OPEN = {"\u201c": "\u201d\"", '"': '"\u201d'}          # opening mark -> marks that close it
_SINGLE_OPEN = {"\u2018", "'"}
_SINGLE_CLOSE = {"\u2019", "'"}
_SINGLE_MARK = re.compile("['\u2018\u2019]")
_ANY_OPENING = re.compile("[\"\u201c'\u2018]")
_DOUBLE_OPENING = re.compile("[\"\u201c]")
_DOUBLE_CLOSERS = {mark: re.compile("[" + closers + "]") for mark, closers in _DOUBLE_OPEN.items()}
_INSIDE_SINGLE = re.compile("[\"\u201c\u201d'\u2019]")
_BEFORE_OPENING = set(" \t\n([{\u2014\u2013-/\u201c\"\u2018'")


@dataclass(frozen=True)
class Quotation:
    """Quoted words in a paragraph: ``start:end`` is the text between the marks. A quotation
    whose closing mark is missing runs to the end of the paragraph (``closed`` is False): by
    newsroom convention it goes on in the next paragraph, which opens with a mark again."""
    start: int
    end: int
    closed: bool
    mark: str           # the opening mark


def _single_closes(text: str, j: int) -> bool:
    """A single mark at ``j`` can close a quotation: it follows a word and no letter follows it."""
    return (j > 0 and not text[j - 1].isspace()
            and (j + 1 == len(text) or not text[j + 1].isalnum()))


def quotations(text: str) -> list[Quotation]:
    """Every quotation of a paragraph, outermost only (a quotation inside a quotation is part of
    it), in reading order. The scan jumps from mark to mark and passes each once, and a second
    time only from the point where a single mark that never closes turned out to be an
    apostrophe: linear in the length.
    """
    n = len(text)
    # the single marks that can close, and those that can open, in order: with them a plural
    # possessive ("the leaders’ summit") is told from a closing mark by one look-up
    closes = [m.start() for m in _SINGLE_MARK.finditer(text)
              if text[m.start()] in _SINGLE_CLOSE and _single_closes(text, m.start())]
    opens = [m.start() for m in _SINGLE_MARK.finditer(text) if _opens_single(text, m.start())]
    closable = set(closes)

    def next_in(positions, j):
        k = bisect.bisect_left(positions, j)
        return positions[k] if k < len(positions) else n

    found: list[Quotation] = []
    singles = True                       # False once a single mark was found never to close
    opening = _ANY_OPENING
    m = opening.search(text)
    while m:
        i, ch = m.start(), m.group()
        resume = i + 1
        if ch in _DOUBLE_OPEN:
            close = _DOUBLE_CLOSERS[ch].search(text, i + 1)
            j = close.start() if close else n
            found.append(Quotation(i + 1, j, j < n, ch))
            resume = j + 1
        elif singles and _opens_single(text, i):
            nested, j = False, n
            for mark in _INSIDE_SINGLE.finditer(text, i + 1):
                at = mark.start()
                if text[at] in "\u201c\u201d\"":
                    nested = not nested if text[at] == '"' else text[at] == "\u201c"
                elif not nested and at in closable:
                    possessive = (text[at - 1] == "s" and at + 2 < n and text[at + 1] == " "
                                  and text[at + 2].islower() and next_in(closes, at + 1) < next_in(opens, at + 1))
                    if not possessive:
                        j = at
                        break
            k = i - 1
            while k >= 0 and text[k] == " ":
                k -= 1
            if j < n or k < 0 or text[k] == ":" or _opens_sentence(text, i, k):
                # closed, or opening the paragraph, a sentence or after a colon: a quotation that
                # runs on into the next paragraph (''he said. 'Ministers can't promise...'')
                found.append(Quotation(i + 1, j, j < n, ch))
                resume = j + 1
            else:
                singles = False          # an apostrophe ('90s); no single mark closes after it
                opening = _DOUBLE_OPENING
        m = opening.search(text, resume) if resume < n else None
    return found


def _opens_sentence(text: str, i: int, k: int) -> bool:
    """The curly opening mark at ``i`` opens a sentence: the last mark before it (at ``k``) ends
    one ("he said. ‘Ministers..."), and a capital letter follows it. A straight mark there may be an
    apostrophe of elision ("'Tis"); a typeset ‘ is not."""
    if text[i] != "\u2018":
        return False
    while k > 0 and text[k] in "\u2019\u201d'\")":
        k -= 1
    return text[k] in ".!?" and i + 1 < len(text) and text[i + 1].isupper()


def _opens_single(text: str, i: int) -> bool:
    return (text[i] in _SINGLE_OPEN and (i == 0 or text[i - 1] in _BEFORE_OPENING)
            and i + 1 < len(text) and not text[i + 1].isspace() and not text[i + 1].isdigit())


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the quoted words (without the marks) of quotations closed in ``text``."""
    return [(q.start, q.end) for q in quotations(text) if q.closed]


_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "did",
                "does", "do", "reportedly", "repeatedly", "publicly", "again", "recently", "once",
                "previously", "already", "not", "never", "then", "later", "earlier"}


@dataclass
class _Verb:
    start: int          # token span of the verb ("made it clear" is three tokens)
    end: int
    written: str
    lemma: str
    verb_class: str


def _verbs(tokens) -> list[_Verb]:
    kb = knowledge()
    words = [t.text.lower() for t in tokens]
    found, i = [], 0
    while i < len(tokens):
        for key in kb.phrasal_verbs_starting(words[i]):
            if tuple(words[i:i + len(key)]) == key and tokens[i].pos.startswith("VB"):
                lemma, verb_class = kb.phrasal_verbs[key]
                found.append(_Verb(i, i + len(key), " ".join(t.text for t in tokens[i:i + len(key)]),
                                   lemma, verb_class))
                i += len(key)
                break
        else:
            # a bare past participle is an adjective here ("a proposed ceasefire"), not a report
            bare_participle = tokens[i].pos == "VBN" and (i == 0 or words[i - 1] not in _AUXILIARIES | {"been"})
            if words[i] in kb.verbs and tokens[i].pos.startswith("VB") and not bare_participle:
                lemma, verb_class = kb.verbs[words[i]]
                found.append(_Verb(i, i + 1, tokens[i].text, lemma, verb_class))
            i += 1
    return found


_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _tokens_within(tokens, start: int, end: int) -> list[Token]:
    """The tokens of a sentence inside [start, end), with offsets from ``start``: a part of the
    sentence read with the tags the sentence had, not tagged again out of context."""
    return [Token(t.text, t.start - start, t.end - start, t.pos) for t in tokens
            if t.start >= start and t.end <= end]


def writer_gloss_removed(reported: str, toks=None) -> str:
    """A reported clause without what the writer attached to its end.

    Three shapes are the journalist's, not the speaker's: a participial clause
    after a comma (", proposed by the U.S. and accepted by Ukraine"), an
    apposition with a relative clause (", a position that complicates talks"),
    and a closing appositive noun phrase without a verb of its own (", the
    largest town in the region"). The reported clause ends before them.
    ``toks``: the clause's tokens, when its sentence's are at hand (else it is tagged alone).
    """
    toks = _tokens(reported) if toks is None else toks
    for n, tok in enumerate(toks):
        if tok.text != "," or n == 0:
            continue
        after = list(toks[n + 1:])
        while after and after[0].pos in {"RB", "RBR"} and after[0].text.lower().endswith("ly"):
            after = after[1:]
        if not after:
            break
        first = after[0]
        participial = first.pos == "VBN" and len(after) > 1 and after[1].pos in {"IN", "TO"}
        article_np = first.text.lower() in {"a", "an", "the"}
        relative = article_np and first.text.lower() != "the" and any(
            t.text.lower() in {"that", "which", "who"} for t in after)
        closing_np = article_np and not any(t.pos in _FINITE or t.text == "," for t in after)
        if participial or relative or closing_np:
            return reported[:tok.start].rstrip()
    return reported


def _source_type(actor_type: str, role: str) -> str:
    if actor_type == "person":
        return "named official" if role else "named person"
    return {"group": "unnamed", "media": "media outlet", "state": "state or institution",
            "organization": "organization"}.get(actor_type, "unknown")


def find_quotes(article: Article, actors: ActorAnalysis) -> pd.DataFrame:
    """Direct quotations with their speakers (:func:`scripts.speakers.statements`, which builds
    on this module's quotation marks and reporting verbs), and reported speech: every other
    reporting verb with a source, with the clause it reports."""
    if article._computed.get("actors") is actors:
        # the article's own actors analysis (scripts.actors.find_actors), itself a function of
        # the article: the table is kept with it (in a book build, on disk for the next kernel,
        # which then need not load the tagger to read the statements again)
        return article.computed("quotes", lambda: _find_quotes(article, actors)).copy()
    return _find_quotes(article, actors)


def _find_quotes(article: Article, actors: ActorAnalysis) -> pd.DataFrame:
    from scripts.speakers import statements     # imported here: speakers builds on this module

    info = actors.actors.set_index("actor")
    quoted, reports = statements(article, actors)
    rows_by_sentence: dict[str, list[dict]] = {}

    def speaker_row(sentence_id, actor, verb, kind, text, via="", speaker_via=""):
        actor_type = info.loc[actor, "type"] if actor in info.index else ""
        role = info.loc[actor, "role"] if actor in info.index else ""
        rows_by_sentence.setdefault(sentence_id, []).append({
            "speaker": actor, "verb": verb.written if verb else "",
            "verb_lemma": verb.lemma if verb else "", "verb_class": verb.verb_class if verb else "",
            "kind": kind, "text": text.strip(" ,.;:"), "sentence_id": sentence_id,
            "source_type": _source_type(actor_type, role) if actor else "unknown",
            "speaker_type": actor_type,
            "side": info.loc[actor, "side"] if actor in info.index else "", "via": via,
            "speaker_via": speaker_via})

    for q in quoted:
        speaker_row(q.sentence_id, q.speaker, q.cue, "direct", q.text, q.channel, q.via)

    # reported speech: every reporting verb that is not the cue of a quotation and has a source
    by_sentence: dict[str, list] = {}
    for report in reports:
        by_sentence.setdefault(report.sentence.id, []).append(report)
    for sentence_id, said in by_sentence.items():
        reporters: list[str] = []
        text = said[0].sentence.text
        tokens = said[0].tokens
        for n, report in enumerate(said):
            verb, who = report.verb, report.speakers
            if report.cue_of_quotation or report.speech_only or not who:
                continue
            following = [said[m].verb.start for m in range(n + 1, len(said)) if said[m].speakers]
            begin = tokens[verb.end - 1].end       # where the reported clause begins in the sentence
            rest = text[begin:]
            complement = re.match(r"^\s*(?:that\b|:|,)\s*", rest)
            if complement:          # "indicate that Russia has outlined...": the report holds the rest
                rest = rest[complement.end():]
                begin += complement.end()
            else:                   # "reiterated X, warning that...": the object ends the clause
                if following:
                    rest = text[tokens[verb.end - 1].end:tokens[following[0]].start]
                rest = re.split(r",|\sand\s", rest, maxsplit=1)[0]
            rest = re.sub(r",?\s*(?:warning|saying|adding|noting)?\s*$", "", rest)
            rest = writer_gloss_removed(rest, _tokens_within(tokens, begin, begin + len(rest)))
            via = "; ".join(dict.fromkeys([r for r in reporters if r not in who]
                                          + ([report.channel] if report.channel else [])))
            for actor in who:
                speaker_row(sentence_id, actor, verb, "indirect", rest, via, report.via)
            if all(info.loc[a, "type"] == "media" for a in who if a in info.index):
                reporters.extend(who)
    rows = [row for s in article.sentences for row in rows_by_sentence.get(s.id, [])]
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def quotes_table(article: Article) -> pd.DataFrame:
    """The ``quotes.csv`` table (GUIDE §5)."""
    from scripts.actors import find_actors
    return find_quotes(article, find_actors(article))


def voices(quotes: pd.DataFrame) -> pd.DataFrame:
    """Who speaks: one row per source of statements (reporting acts, as
    :func:`scripts.counts.statements_table` counts them), with how many are in their
    own words (direct) and through the writer (indirect), their verbs and verb
    classes, and the kind of source. Sources that share one act ("Reuters and
    Bloomberg indicate") share one row, so that the rows add up to the article's
    statements; a source heard only inside what another reports has no statement
    and no row, and the verbs are those of the source's own acts."""
    from scripts.counts import statements_table      # imported here: counts reads this module's tables
    acts = statements_table(quotes)
    rows = []
    for sources, own in acts.groupby("sources", sort=False):
        names = sources.split("; ")
        first = quotes[quotes.speaker == names[0]]
        verbs = list(dict.fromkeys(v for cell in own.verbs for v in cell.split("; ")))
        via = quotes.via.fillna("") if "via" in quotes else ""
        said = quotes[quotes.speaker.isin(names) & quotes.verb.isin(verbs)
                      & quotes.sentence_id.isin(own.sentence_id) & (via == "")]
        rows.append({"speaker": sources, "source_type": first.source_type.iloc[0] if len(first) else "",
                     "side": own.side.iloc[0], "statements": len(own),
                     "direct": int((own.kind == "direct").sum()),
                     "indirect": int((own.kind == "indirect").sum()),
                     "verbs": "; ".join(verbs),
                     "verb_classes": "; ".join(dict.fromkeys(said.verb_class)),
                     "sentence_ids": list(dict.fromkeys(own.sentence_id))})
    return pd.DataFrame(rows, columns=["speaker", "source_type", "side", "statements", "direct",
                                       "indirect", "verbs", "verb_classes", "sentence_ids"])
