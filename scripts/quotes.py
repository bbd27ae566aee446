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

from scripts.actors import ActorAnalysis, _tokens
from scripts.knowledge import knowledge
from scripts.reader import Article

QUOTE_COLUMNS = ["speaker", "verb", "verb_lemma", "verb_class", "kind", "text", "sentence_id",
                 "source_type", "speaker_type", "side", "via"]

# Quotation marks: curly and straight double quotes; curly single quotes; straight single quotes
# only when they open after a space and close before a space or punctuation (not apostrophes).
_QUOTES = [
    re.compile(r"\u201c([^\u201d]+)\u201d"),
    re.compile(r'"([^"]+)"'),
    re.compile(r"(?:^|(?<=[\s(\[\u2014]))\u2018(.+?)\u2019(?=[\s,.;:!?)\]\u2014]|$)"),
    re.compile(r"(?:^|(?<=[\s(\[\u2014]))'(.+?)'(?=[\s,.;:!?)\]\u2014]|$)"),
]
_OPEN_QUOTE = re.compile(r'[\u201c"]([^\u201d"]+)$')          # a quote that runs on past the sentence
_CLOSE_QUOTE = re.compile(r'^([^\u201c"]*?)[\u201d"]')
_CLAUSE_BREAKS = {",", ";", ":", "that", "which", "who", "where", "while", "when", "as", "because",
                  "but", "--", "``", "''", '"', "\u201c", "\u201d"}
_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "did",
                "does", "do", "reportedly", "repeatedly", "publicly", "again", "recently", "once",
                "previously", "already", "not", "never", "then", "later", "earlier"}
_PERSON_PRONOUNS = {"he", "she"}
_GROUP_PRONOUNS = {"they"}


@dataclass
class _Verb:
    start: int          # token span of the verb ("made it clear" is three tokens)
    end: int
    written: str
    lemma: str
    verb_class: str


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the quoted words (without the marks), non-overlapping."""
    spans = []
    for pattern in _QUOTES:
        for m in pattern.finditer(text):
            if not any(s <= m.start(1) < e or s < m.end(1) <= e for s, e in spans):
                spans.append((m.start(1), m.end(1)))
    return sorted(spans)


def _verbs(tokens) -> list[_Verb]:
    kb = knowledge()
    words = [t.text.lower() for t in tokens]
    found, i = [], 0
    while i < len(tokens):
        for key, (lemma, verb_class) in kb.phrasal_verbs.items():
            if tuple(words[i:i + len(key)]) == key and tokens[i].pos.startswith("VB"):
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


def writer_gloss_removed(reported: str) -> str:
    """A reported clause without what the writer attached to its end.

    Three shapes are the journalist's, not the speaker's: a participial clause
    after a comma (", proposed by the U.S. and accepted by Ukraine"), an
    apposition with a relative clause (", a position that complicates talks"),
    and a closing appositive noun phrase without a verb of its own (", the
    largest town in the region"). The reported clause ends before them.
    """
    toks = _tokens(reported)
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
    info = actors.actors.set_index("actor")
    order = {s.id: s.index for s in article.sentences}
    mentions = (actors.mentions.assign(order=actors.mentions.sentence_id.map(order))
                .sort_values("order", kind="stable").reset_index(drop=True))
    # plain lists: looked up for every reporting verb, far quicker than filtering the frame
    mention_order, mention_end = mentions.order.tolist(), mentions.end.tolist()
    mention_type, mention_actor = mentions.type.tolist(), mentions.actor.tolist()
    rows: list[dict] = []
    open_speaker = None            # speaker of a quote still open from the previous sentence

    def speaker_row(actor, verb, kind, text, sentence_id, via=""):
        actor_type = info.loc[actor, "type"] if actor in info.index else ""
        role = info.loc[actor, "role"] if actor in info.index else ""
        rows.append({"speaker": actor, "verb": verb.written if verb else "",
                     "verb_lemma": verb.lemma if verb else "", "verb_class": verb.verb_class if verb else "",
                     "kind": kind, "text": text.strip(" ,.;:"), "sentence_id": sentence_id,
                     "source_type": _source_type(actor_type, role) if actor else "unknown",
                     "speaker_type": actor_type,
                     "side": info.loc[actor, "side"] if actor in info.index else "", "via": via})

    for sentence in article.sentences:
        if sentence.kind in ("title", "heading"):
            continue
        text = sentence.text
        tokens = _tokens(text)
        # mentions are in reading order: this sentence's are rows [first_row, end_row)
        first_row = bisect.bisect_left(mention_order, sentence.index)
        end_row = bisect.bisect_right(mention_order, sentence.index)
        here = mentions.iloc[first_row:end_row]
        # token span of every actor mention in the sentence
        spans = []
        for m in here.itertuples():
            first = next(k for k, t in enumerate(tokens) if t.end > m.start)
            last = max(k for k, t in enumerate(tokens) if t.start < m.end)
            spans.append((first, last + 1, m.actor, m.type))

        def last_before(types, position):
            """The last actor of these types named before this point of the article."""
            for k in range(end_row - 1, first_row - 1, -1):      # earlier in this sentence
                if mention_end[k] <= position and mention_type[k] in types:
                    return mention_actor[k]
            for k in range(first_row - 1, -1, -1):                # then in the sentences before
                if mention_type[k] in types:
                    return mention_actor[k]
            return ""

        quotes = quote_spans(text)
        carried = None
        if open_speaker is not None:
            close = _CLOSE_QUOTE.match(text)
            if close:
                carried = (0, close.end(1))
                quotes = [q for q in quotes if q[0] >= close.end()]
        run_on = _OPEN_QUOTE.search(text[quotes[-1][1] + 1:] if quotes else text)
        if run_on:
            offset = quotes[-1][1] + 1 if quotes else 0
            quotes.append((offset + run_on.start(1), len(text)))
        inside = lambda tok: any(s <= tok.start < e for s, e in quotes + ([carried] if carried else []))
        verbs = [v for v in _verbs(tokens) if not inside(tokens[v.start])]

        def speakers_of(verb: _Verb, previous: list[str]) -> list[str]:
            words = [t.text.lower() for t in tokens]
            # "..., said X" / "..., X said" / "she said"
            after = [s for s in spans if verb.end <= s[0] <= verb.end + 6 and s[3] != "state"]
            if verb.start and words[verb.start - 1] in _PERSON_PRONOUNS:
                return [last_before({"person"}, tokens[verb.start - 1].start)]
            if verb.end < len(words) and words[verb.end] in _PERSON_PRONOUNS:
                return [last_before({"person"}, tokens[verb.end].start)]
            if verb.start and words[verb.start - 1] in _GROUP_PRONOUNS:
                return [last_before({"group", "state"}, tokens[verb.start - 1].start)]
            k = verb.start - 1
            while k >= 0 and words[k] not in _CLAUSE_BREAKS:
                k -= 1
            region = range(k + 1, verb.start)
            if tokens[verb.start].pos == "VBG" and k + 1 < verb.start and words[k + 1] == "with":
                return []       # "With Putin demanding X, ...": the writer's description, not a statement
            other_verbs = [j for j in region if tokens[j].pos.startswith("VB") and words[j] not in _AUXILIARIES]
            candidates = [s for s in spans if s[0] >= k + 1 and s[1] <= verb.start]
            if candidates and not other_verbs:
                people = [s for s in candidates if s[3] in ("person", "group")]
                if people:
                    return [people[-1][2]]
                media = [s[2] for s in candidates if s[3] == "media"]
                return media or [candidates[-1][2]]
            if words[k] in (",", '"', "''", "\u201d") and after and k == verb.start - 1 or (
                    after and k >= 0 and words[k] in ("''", '"', "\u201d")):
                return [after[0][2]]                 # the speaker after the quote
            if not list(region) and tokens[verb.start].pos == "VBG" and previous:
                return previous                       # "..., warning that": the same speaker
            return []

        used = set()
        said: list[tuple[_Verb, list[str]]] = []
        for verb in verbs:
            who = speakers_of(verb, said[-1][1] if said else [])
            said.append((verb, who))

        # direct quotes: the nearest reporting verb with a speaker before or after the quote
        for start, end in ([carried] if carried else []) + quotes:
            content = text[start:end]
            char_start = start
            best = None
            for n, (verb, who) in enumerate(said):
                if not who:
                    continue
                distance = (char_start - tokens[verb.end - 1].end if tokens[verb.end - 1].end <= char_start
                            else tokens[verb.start].start - end)
                if distance >= 0 and (best is None or distance < best[0]):
                    best = (distance, n)
            if carried and (start, end) == carried and open_speaker:
                verb, who = open_speaker
            elif best is not None and best[0] < 80 and (len(content.split()) >= 3 or best[0] <= 8):
                # one or two quoted words far from the verb are scare quotes ("some 'experts'")
                verb, who = said[best[1]]
                used.add(best[1])
            elif len(content.split()) >= 4:
                verb, who = None, [""]
            else:
                continue                              # a scare quote, not speech
            for actor in who:
                speaker_row(actor, verb, "direct", content, sentence.id)
            if end == len(text) and (start, end) != carried:
                open_speaker = (verb, who)
        if not run_on:
            open_speaker = None if not carried or _OPEN_QUOTE.search(text) is None else open_speaker

        # reported speech: every other reporting verb with a speaker
        reporters: list[str] = []
        for n, (verb, who) in enumerate(said):
            if n in used or not who:
                continue
            following = [said[m][0].start for m in range(n + 1, len(said)) if said[m][1]]
            rest = text[tokens[verb.end - 1].end:]
            complement = re.match(r"^\s*(?:that\b|:|,)\s*", rest)
            if complement:          # "indicate that Russia has outlined...": the report holds the rest
                rest = rest[complement.end():]
            else:                   # "reiterated X, warning that...": the object ends the clause
                if following:
                    rest = text[tokens[verb.end - 1].end:tokens[following[0]].start]
                rest = re.split(r",|\sand\s", rest, maxsplit=1)[0]
            rest = re.sub(r",?\s*(?:warning|saying|adding|noting)?\s*$", "", rest)
            rest = writer_gloss_removed(rest)
            via = "; ".join(r for r in reporters if r not in who)
            for actor in who:
                speaker_row(actor, verb, "indirect", rest, sentence.id, via)
            if all(info.loc[a, "type"] == "media" for a in who if a in info.index):
                reporters.extend(who)
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def quotes_table(article: Article) -> pd.DataFrame:
    """The ``quotes.csv`` table (GUIDE §5)."""
    from scripts.actors import find_actors
    return find_quotes(article, find_actors(article))


def voices(quotes: pd.DataFrame) -> pd.DataFrame:
    """Who speaks: per speaker, how often in their own words (direct) and through others
    (indirect), with which verbs and verb classes, and the kind of source."""
    rows = []
    for speaker, group in quotes[quotes.speaker != ""].groupby("speaker", sort=False):
        rows.append({"speaker": speaker, "source_type": group.source_type.iloc[0],
                     "side": group.side.iloc[0], "statements": len(group),
                     "direct": int((group.kind == "direct").sum()),
                     "indirect": int((group.kind == "indirect").sum()),
                     "verbs": "; ".join(dict.fromkeys(group.verb)),
                     "verb_classes": "; ".join(dict.fromkeys(group.verb_class)),
                     "sentence_ids": list(dict.fromkeys(group.sentence_id))})
    return pd.DataFrame(rows, columns=["speaker", "source_type", "side", "statements", "direct",
                                       "indirect", "verbs", "verb_classes", "sentence_ids"])
