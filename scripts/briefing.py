"""The brief: each party's position per issue, where the parties are apart, and on whose word it rests.

Everything is read from the claims table (``demands.csv``) and the actors table:

* a *cell* is one party's stance on one issue. A party's position is built
  from its own words and named sources (the strongest two voices of
  :data:`scripts.demands.VOICES`); when the article gives only its own summary
  or analysts' guesses, the cell shows that instead and says so, as the
  article's reading of the party rather than the party's position;
* the *target* of a claim is the party the issue is about (who gets the
  guarantees, whose territory, who receives the aid): the first party the
  claim's words name, otherwise the claimant's own side;
* an issue is *opposed* when one party is for and another against the same
  thing, *conditionally opposed* when every stance on one of the two sides is
  conditional (against it unless its terms are met), and *for different things*
  when both are for it on behalf of different parties (security guarantees for
  Russia and for Ukraine). A conditional stance is read this one way on every
  issue, the deal as a whole included.

:func:`summary` turns this into the front page's opening paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from scripts import counts, demands
from scripts.synthesis import in_article_order

PARTY_VOICES = ("own words", "named source")        # what a party's position is built from
# The voice "own words" covers a party quoted and a party paraphrased by the writer; only
# the claims table's authority "own words" is a quotation (scripts.demands.AUTHORITIES).
QUOTED_AUTHORITY = "own words"
VOICE_RANK = {v: n for n, v in enumerate(demands.VOICES)}   # 0 is strongest
MAX_CELL_IDS = 4                                     # sentence links per table cell
SUMMARY_WORDS = 200

# How a brief names an issue, with the party it is about in {target}. English
# phrasing of the codebook's issues; an issue missing here is named as in the codebook.
ISSUE_PHRASES = {
    "ceasefire": "a ceasefire now",
    "security guarantees": "security guarantees for {target}",
    "foreign troops and peacekeepers": "foreign troops in {target}",
    "alliance membership": "{target} joining {body}",
    "military aid": "military aid to {target}",
    "territory and recognition": "territorial concessions to {target}",
    "demilitarization": "demilitarization of {target}",   # the codebook's spelling
    "sanctions": "sanctions on {target}",
    "prisoners and detainees": "a release of prisoners",
    "peace settlement": "a deal",
    "elections and government": "a change of government in {target}",
}
# A narrower phrase for an issue when every claim behind a stance holds the cue: recognition
# of territory is not territory yielded (CAMEO 102 against 105, scripts/data/cameo_refinements.csv).
CUE_PHRASES = {"territory and recognition": (re.compile(r"\brecogni(?:s|z|tion)", re.I),
                                             "recognition of {target}'s territorial claims")}
# Issues whose phrase is a plural noun ("security guarantees ... that do not"); the
# others are singular or mass nouns ("a deal that does not", "military aid that is").
PLURAL_PHRASES = {"security guarantees", "foreign troops and peacekeepers", "territory and recognition",
                  "sanctions", "reparations and reconstruction", "minority and language rights"}
# Issues where who is meant changes the stance: for these a missing target reads
# better left out than guessed ("against territorial concessions", not "... to Ukraine").
NAMED_TARGET_ONLY = {"territory and recognition"}


# --------------------------------------------------------------------------
# Small helpers for generated prose

def agree(n: int, singular: str, plural: str) -> str:
    """The form that agrees with ``n``: agree(1, 'is', 'are') -> 'is'."""
    return singular if n == 1 else plural


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """A number with its noun in agreement: counted(1, 'claim') -> '1 claim',
    counted(2, 'claim') -> '2 claims', counted(2, 'party', 'parties') -> '2 parties'."""
    return f"{n} {agree(n, singular, plural or singular + 's')}"


# a relative clause's verb in its singular and plural forms ("that do not" / "that does not")
_AUX_NUMBER = {"does": "do", "is": "are", "was": "were", "has": "have"}
_MODALS = {"will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "had"}


def agree_clause(clause: str, plural: bool) -> str:
    """A relative clause made to agree with the noun it now follows: the article's
    "agreements that do not shift..." after "a deal" reads "a deal that does not shift...".
    Only the verb right after "that"/"which"/"who" (past some -ly adverbs) changes;
    modals and past forms have one form for both numbers."""
    match = re.match(r"((?:that|which|who)\s+(?:\w+ly\s+)*)([A-Za-z]+)\b", clause)
    if not match:
        return clause
    verb = match.group(2)
    lower = verb.lower()
    if lower in _MODALS or lower.endswith("ed"):
        return clause
    singular_of = {p: s for s, p in _AUX_NUMBER.items()}
    if plural:
        new = _AUX_NUMBER.get(lower) or (_plural_verb(lower) if lower not in singular_of else lower)
    else:
        new = singular_of.get(lower) or (_singular_verb(lower) if lower not in _AUX_NUMBER else lower)
    return clause[:match.start(2)] + new + clause[match.end(2):]


def _singular_verb(verb: str) -> str:
    """The third person singular of a base form: 'leave' -> 'leaves', 'deny' -> 'denies'."""
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb                                    # already singular
    if verb.endswith(("ss", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _plural_verb(verb: str) -> str:
    """The base form of a third person singular: 'leaves' -> 'leave', 'denies' -> 'deny'."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    return verb


def series(items) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = [str(i) for i in items if str(i)]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


_TAKES_THE = re.compile(r"^(?:United|Netherlands$|Philippines$|Gambia$)|(?:States|Kingdom|Republic|Union|"
                        r"Emirates|Nations|Islands)$")


def named(party: str, start: bool = False) -> str:
    """A party's name as a sentence uses it: 'the United States', 'Russia'."""
    if _TAKES_THE.search(party):
        return ("The " if start else "the ") + party
    return party


def issue_label(issue: str) -> str:
    """A short column heading for an issue: 'foreign troops and peacekeepers' -> 'foreign troops'."""
    return issue.split(" and ")[0]


def issue_order(issues) -> list[str]:
    """Issues in the codebook's order (the fallback issue last)."""
    order = {issue: n for n, issue in enumerate(demands.issues_codebook().issue)}
    return sorted(dict.fromkeys(issues), key=lambda i: (i == demands.FALLBACK_ISSUE, order.get(i, 99), i))


# --------------------------------------------------------------------------
# Who a claim is about

def _party_names(actors: pd.DataFrame) -> list[tuple[re.Pattern, str]]:
    """Every surface form of an actor with a side, longest first, with that side."""
    forms = []
    for actor in actors.itertuples(index=False):
        side = str(actor.side or "")
        if not side or actor.type == "media":
            continue
        for alias in {actor.actor, *str(actor.aliases).split("; ")}:
            if alias:
                forms.append((alias, side))
    forms.sort(key=lambda f: -len(f[0]))
    return [(re.compile(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])"), side) for alias, side in forms]


def claim_target(demand: str, claimant_side: str, actors: pd.DataFrame) -> tuple[str, bool]:
    """The party a claim is about, and whether the words name it: the first party
    named in the claim's words ('A halt to Western military aid to Kyiv' -> Ukraine,
    'recognition of Russia's annexation' -> Russia), else the claimant's own side."""
    # the agent of a passive ("proposed by the U.S.") made the claim; it is not what the claim is about
    demand = re.sub(r"\bby\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*", "", demand)
    first = None
    for pattern, side in _party_names(actors):
        match = pattern.search(demand)
        if match and (first is None or match.start() < first[0]):
            first = (match.start(), side)
    if first:
        return first[1], True
    return claimant_side, False


def lean(form: str, position: int) -> int:
    """+1 for, -1 against: a conditional claim (position 0) leans the way its form
    does ('unwilling to concede territory without assurances' leans against)."""
    if position:
        return int(position)
    return demands.FORM_POLARITY.get(form, 1)


def issue_hedge(demand: str, hedges: str, offset: int | None) -> str:
    """The hedges in a claim's own words that bear on an issue: those before the issue's
    cue, and those after it that no other issue's cue follows. A hedge qualifies what comes
    after it: 'demand for security guarantees, possibly through a European peacekeeping force'
    hedges the peacekeepers, not the guarantees, while 'a 30-day ceasefire, proposed by the
    U.S. and tentatively accepted by Ukraine' hedges the acceptance of the ceasefire. Hedges of
    the reporting act ('signaled', 'appear') stay with the claim; they do not change what the
    party is said to want."""
    later = [at for _, at in demands.issues_in(demand) if offset is not None and at > offset]
    found = []
    for hedge in filter(None, str(hedges).split("; ")):
        match = re.search(rf"(?<!\w){re.escape(hedge)}(?!\w)", demand, re.I)
        if match and (offset is None or match.start() < offset
                      or not any(at > match.start() for at in later)):
            found.append(hedge)
    return "; ".join(found)


def claim_stances(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per claim and issue: party, issue, lean, conditional, condition,
    target, target_named, voice, quoted (the party's words in quotation marks),
    hedge (:func:`issue_hedge`), sentence_id, source, demand, body, form."""
    claims, actors = tables["demands"], tables["actors"]
    if "voice" not in claims:
        claims = claims.assign(voice=[demands.voice(r.source, r.authority, r.hedge, r.claimant)
                                      for r in claims.itertuples()])
    party = demands.side_or_claimant(claims) if len(claims) else claims.side
    rows = []
    for claim, side in zip(claims.itertuples(index=False), party):
        if claim.voice == "analysts" and not claim.side:
            continue                                      # onlookers are not parties
        target, named = claim_target(claim.demand, side, actors)
        offsets = dict(demands.issues_in(claim.demand))
        for issue in [i for i in str(claim.issues).split(";") if i]:
            rows.append({"party": side, "issue": issue, "lean": lean(claim.form, claim.position),
                         "conditional": int(claim.position) == 0, "condition": claim.condition,
                         "target": target, "target_named": named, "voice": claim.voice,
                         "quoted": getattr(claim, "authority", "") == QUOTED_AUTHORITY,
                         "hedge": issue_hedge(claim.demand, getattr(claim, "hedge", ""), offsets.get(issue)),
                         "sentence_id": claim.sentence_id, "source": claim.source,
                         "demand": claim.demand, "body": named_body(claim.demand, actors), "form": claim.form})
    return pd.DataFrame(rows, columns=["party", "issue", "lean", "conditional", "condition", "target",
                                       "target_named", "voice", "quoted", "hedge", "sentence_id", "source",
                                       "demand", "body", "form"])


# --------------------------------------------------------------------------
# Cells: a party's stance on an issue

CELL_COLUMNS = ["party", "issue", "stance", "lean", "conditional", "condition", "target",
                "target_named", "voice", "party_voice", "delivery", "hedge", "sources", "claims",
                "sentence_ids", "reading", "reading_ids", "body", "form", "words", "some_hedges", "terms",
                "warning"]
# Claim forms that say who did what better than 'for' does: a proposal is made, an
# acceptance answers one (the claims table's ``form``, scripts.demands.FORM_POLARITY).
FORM_WORDS = {"proposal": "proposes", "acceptance": "accepts"}
_DETERMINERS = {"a", "an"}
_MODAL = re.compile(r"\b(?:would|will|could|might)\s+(?!be\b)", re.I)


def delivery(quoted) -> str:
    """How a party's own statements reach the reader: 'quoted', 'paraphrased', or
    'quoted and paraphrased' (``quoted`` holds one flag per claim)."""
    quoted = set(bool(q) for q in quoted)
    if quoted == {True}:
        return "quoted"
    if quoted == {False}:
        return "paraphrased"
    return "quoted and paraphrased" if quoted else ""


def voice_label(cell) -> str:
    """The voice of a cell as a table shows it: a party's own statement says whether it is
    quoted or paraphrased ('own side, paraphrased'); other voices as they are."""
    how = getattr(cell, "delivery", "")
    return f"own side, {how}" if cell.voice == "own words" and how else cell.voice


def _stance(part: pd.DataFrame) -> tuple[str, int]:
    leans = set(part.lean)
    if leans == {1}:
        return "for", 1
    if leans == {-1}:
        return "against", -1
    return "split", 0


def stance_cells(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per party and issue (columns :data:`CELL_COLUMNS`).

    ``stance`` (for, against, split) and its ``voice`` come from the strongest
    voice the party has on the issue; ``party_voice`` says whether that is its
    own words or a named source, and ``delivery`` whether those own words are quoted
    or paraphrased (:func:`delivery`); ``hedge`` the hedges every claim behind the
    stance carries on the issue ('possibly'). ``reading`` is the article's own reading of the
    party (writer and analysts) when it differs from what the party's voice gives.
    """
    stances = claim_stances(tables)
    rows = []
    for (party, issue), part in stances.groupby(["party", "issue"], sort=False):
        part = part.assign(rank=part.voice.map(VOICE_RANK))
        strongest = part[part["rank"] == part["rank"].min()]
        stance, sign = _stance(strongest)
        conditional = bool(strongest.conditional.all())
        named = strongest[strongest.target_named]
        target = (named if len(named) else strongest).target.mode().iloc[0]
        article_part = part[~part.voice.isin(PARTY_VOICES)]
        reading, reading_ids = "", ""
        if strongest.voice.iloc[0] in PARTY_VOICES and len(article_part):
            other, _ = _stance(article_part)
            if other != stance:
                reading = other
                reading_ids = ";".join(in_article_order(article_part.sentence_id))
        # what the claims table records beside the stance, for the brief to carry: the form all
        # its claims share, the article's own words for the thing, the hedges only some carry,
        # the conditions other claims of the same lean set, and what a warning says would follow
        forms = set(strongest.form)
        same_lean = part[(part.lean == sign) & part.conditional & (part.condition != "")]
        rows.append({"form": forms.pop() if len(forms) == 1 else "",
                     "words": _text_phrase(strongest.demand, issue) or _cue_phrase(strongest.demand, issue, target),
                     "some_hedges": _some_hedges(strongest),
                     "terms": "" if conditional else "; ".join(dict.fromkeys(
                         f"\u201c{c.condition}\u201d in {c.sentence_id}" for c in same_lean.itertuples())),
                     "warning": next((w for w in map(_consequence, strongest[strongest.form == "warning"].demand)
                                      if w), ""),
                     "party": party, "issue": issue, "stance": stance, "lean": sign,
                     "conditional": conditional,
                     "condition": next((c for c in strongest.condition if c), "") if conditional else "",
                     "target": target, "target_named": bool(len(named)),
                     "voice": strongest.voice.iloc[0],
                     "party_voice": strongest.voice.iloc[0] in PARTY_VOICES,
                     "delivery": delivery(strongest.quoted) if strongest.voice.iloc[0] == "own words" else "",
                     # a stance every claim of which is hedged keeps the hedge ('possibly for ...')
                     "hedge": ("; ".join(dict.fromkeys(h for c in strongest.hedge for h in c.split("; ") if h))
                               if strongest.hedge.astype(bool).all() else ""),
                     "sources": "; ".join(dict.fromkeys(n for c in strongest.source for n in str(c).split("; ")
                                                        if n)),
                     "claims": len(part), "sentence_ids": ";".join(in_article_order(strongest.sentence_id)),
                     "reading": reading, "reading_ids": reading_ids,
                     "body": next((b for b in strongest.body if b), "")})
    return pd.DataFrame(rows, columns=CELL_COLUMNS)


def _text_phrase(claims, issue: str) -> str:
    """The article's own noun phrase for an issue that is about no party, when every claim
    behind a stance that names it names it alike and says more than the codebook's phrase:
    'a 30-day ceasefire' (P05.S1), not 'a ceasefire now'. Empty otherwise."""
    if "{target}" in ISSUE_PHRASES.get(issue, "{target}"):
        return ""
    found = set()
    for text in claims:
        offset = dict(demands.issues_in(text)).get(issue)
        if offset is None:
            continue
        head = re.match(r"[\w-]+", text[offset:])
        before = re.findall(r"[\w-]+", text[:offset])[-3:]
        while before and before[0].lower() not in _DETERMINERS:
            before.pop(0)
        if not head or len(before) < 2:        # no determiner, or nothing between it and the noun
            return ""
        found.add(" ".join([*before, head.group(0)]))
    return found.pop() if len(found) == 1 else ""


def _cue_phrase(claims, issue: str, target: str) -> str:
    """The narrower phrase of :data:`CUE_PHRASES` when every claim holds its cue, else empty."""
    cue, template = CUE_PHRASES.get(issue, (None, ""))
    claims = list(claims)
    if cue is None or not claims or not target or not all(cue.search(c) for c in claims):
        return ""
    return template.format(target=target)


def _some_hedges(strongest: pd.DataFrame) -> str:
    """Hedges some but not all claims behind a stance carry, each with its sentence:
    '\u201ctentatively\u201d in P05.S1'. A hedge every claim carries is the cell's ``hedge``."""
    if strongest.hedge.astype(bool).all():
        return ""
    return "; ".join(dict.fromkeys(f"\u201c{h}\u201d in {c.sentence_id}" for c in strongest.itertuples()
                                   for h in c.hedge.split("; ") if h))


def _consequence(warning: str) -> str:
    """What a warning says would follow, from its last modal on: 'warning that such a move would be
    considered direct involvement ... and would trigger a military response' -> 'would trigger a
    military response'."""
    found = list(_MODAL.finditer(warning))
    return warning[found[-1].start():].strip(" .") if found else ""


def parties(cells: pd.DataFrame, actors: pd.DataFrame | None = None) -> list[str]:
    """Parties in the order a brief takes them: most issues in their own voice first."""
    if cells.empty:
        return []
    weight = cells.groupby("party").agg(own=("party_voice", "sum"), issues=("issue", "size"))
    return list(weight.sort_values(["own", "issues"], ascending=False, kind="stable").index)


def named_body(demand: str, actors: pd.DataFrame) -> str:
    """The alliance or organisation the claim's words name ('...will never join NATO' -> NATO),
    from the article's actors of type organization; empty when none is named."""
    if actors is None or actors.empty or "type" not in actors:
        return ""
    for row in actors[actors.type == "organization"].itertuples():
        names = [row.actor, *str(getattr(row, "aliases", "")).split("; ")]
        if any(n and re.search(rf"\b{re.escape(n)}\b", demand) for n in names):
            return row.actor
    return ""


def phrase(issue: str, target: str, target_named: bool = True, body: str = "") -> str:
    """How a brief names an issue about ``target``: 'security guarantees for Russia';
    ``body`` names the organisation an issue such as alliance membership is about."""
    template = ISSUE_PHRASES.get(issue, issue).replace("{body}", body or "an alliance")
    if "{target}" not in template:
        return template
    if not target or (issue in NAMED_TARGET_ONLY and not target_named):
        return re.sub(r"\s*(?:for|in|to|on|of)?\s*\{target\}", "", template)
    return template.format(target=target)


SHORT_CONDITION = 6      # words: a longer condition is left to the table


def short_stance(cell) -> str:
    """A cell under its issue's heading: 'against (in Ukraine)', 'for (for Russia)',
    'conditionally against'. The issue itself is the column's."""
    text = _hedged(cell) + ("conditionally " if cell.conditional else "") + cell.stance
    template = ISSUE_PHRASES.get(cell.issue, "")
    before, after = re.search(r"(\w+)\s+\{target\}", template), re.match(r"\{target\}\s+(\w+)", template)
    if (before or after) and cell.target and (cell.target_named or cell.issue not in NAMED_TARGET_ONLY):
        if before and before.group(1) == "for":          # 'for (for Russia)' reads as 'for (Russia's)'
            text += f" ({cell.target}'s)"
        else:
            text += f" ({before.group(1)} {cell.target})" if before else f" ({cell.target} {after.group(1)})"
    return text


def _hedged(cell) -> str:
    """The hedge a stance carries, as words before it: 'possibly '."""
    hedge = str(getattr(cell, "hedge", "") or "")
    return " and ".join(hedge.split("; ")) + " " if hedge else ""


def cell_text(cell, short: bool = False) -> str:
    """A cell as a brief says it: 'against territorial concessions without ironclad
    assurances', 'possibly for foreign troops in Ukraine' (a hedged stance keeps its
    hedge); with ``short``, a long condition is only said to exist."""
    what = getattr(cell, "words", "") or phrase(cell.issue, cell.target, cell.target_named,
                                                   getattr(cell, "body", ""))
    text = f"{_lead(cell)} {what}"
    if cell.conditional and cell.condition:
        plural = cell.issue in PLURAL_PHRASES
        if short and len(cell.condition.split()) > SHORT_CONDITION:
            text += " unless its terms are met"          # the party's terms
        else:
            text += f" {agree_clause(cell.condition, plural)}"
    if getattr(cell, "warning", ""):
        text += f", warning that this {cell.warning}"
    if getattr(cell, "some_hedges", ""):
        text += f" (hedged {cell.some_hedges.replace('; ', ', ')})"
    return text


def _lead(cell) -> str:
    """A stance's first words: its hedge, then 'for'/'against', or the act its claims share
    ('proposes', 'accepts'): 'possibly for', 'tentatively accepts'."""
    word = FORM_WORDS.get(getattr(cell, "form", ""), cell.stance) if cell.stance == "for" else cell.stance
    return f"{_hedged(cell)}{word}"


def terms_note(cell) -> str:
    """The conditions other claims of a party set on a stance it states without one:
    'the article adds \u201cwithout significant concessions\u201d in P31.S2'; empty when none."""
    terms = getattr(cell, "terms", "")
    return f"the article adds {terms.replace('; ', ' and ')}" if terms else ""


# --------------------------------------------------------------------------
# The gap

GAP_COLUMNS = ["issue", "relation", "for", "against", "detail", "voices", "sentence_ids"]
# One party for and another against, where one of the two sides states its stance only with a
# condition ("unwilling to concede territory without ironclad assurances", "wary of any deal that
# does not address its concerns"): apart unless the condition is met, not opposed outright.
CONDITIONALLY_OPPOSED = "conditionally opposed"
# the relations of an issue the parties are apart on, in the order they are told
APART = ("opposed", CONDITIONALLY_OPPOSED, "for different things")


def _group(part: pd.DataFrame, word: str) -> str:
    """'Russia against' / 'the United States and Ukraine for, on the article's word' /
    'Egypt and Rapid Support Forces (on the article's word) for'."""
    if part.conditional.all():
        word = "conditionally " + word
    hedges = set(part.hedge)
    if len(hedges) == 1 and "" not in hedges:           # all hedged alike: 'Ukraine possibly for'
        word = _hedged(part.iloc[0]) + word

    def name(cell) -> str:
        hedge = _hedged(cell).strip() if len(hedges) > 1 else ""
        return f"{named(cell.party)} ({hedge})" if hedge else named(cell.party)
    firm = [name(c) for c in part[part.party_voice].itertuples()]
    weak = [name(c) for c in part[~part.party_voice].itertuples()]
    if not firm:
        return f"{series(weak)} {word}, on the article's word"
    if weak:
        return f"{series(firm)} and, on the article's word, {series(weak)} {word}"
    return f"{series(firm)} {word}"


def gaps(cells: pd.DataFrame) -> pd.DataFrame:
    """Per issue, how the parties stand to one another (columns :data:`GAP_COLUMNS`).

    ``relation``: opposed (one party for and another against the same thing),
    :data:`CONDITIONALLY_OPPOSED` (the same, but every stance on one of the two
    sides is conditional), for different things (two parties for it, each on
    behalf of a different party: only for issues that are about a party, such as
    guarantees), shared, or one party only. The rule is the same for every issue,
    the deal as a whole (:data:`scripts.demands.FALLBACK_ISSUE`) included.
    ``voices`` lists the voices the stances rest on, strongest first; ``detail``
    says it in a phrase.
    """
    rows = []
    for issue in issue_order(cells.issue):
        part = cells[(cells.issue == issue) & (cells.stance != "split")]
        pro, con = part[part.lean == 1], part[part.lean == -1]
        about_a_party = "{target}" in ISSUE_PHRASES.get(issue, "")
        relation, detail = "one party only", ""
        if len(part) >= 2:
            side = pro if len(pro) else con
            if len(pro) and len(con):
                relation = CONDITIONALLY_OPPOSED if (pro.conditional.all() or con.conditional.all()) else "opposed"
                groups = sorted([(con, "against"), (pro, "for")], key=lambda g: not g[0].party_voice.any())
                detail = "; ".join(_group(*g) for g in groups)
            elif about_a_party and side.target.nunique() > 1:
                relation = "for different things"
                word = "for" if len(pro) else "against"
                # only what each is for: that one opposes the other's is not in the claims
                detail = ", ".join(f"{named(r.party)} {_hedged(r)}{word} "
                                   f"{phrase(issue, r.target, r.target_named, r.body)}"
                                   + ("" if r.party_voice else " (on the article's word)")
                                   for r in side.itertuples())
            else:
                relation = "shared"
                detail = f"{series(named(p) for p in part.party)} all {'for' if len(pro) else 'against'}"
        ids = in_article_order(i for cell in part.sentence_ids for i in cell.split(";") if i)
        voices = sorted(set(part.voice), key=VOICE_RANK.get)
        rows.append({"issue": issue, "relation": relation, "for": "; ".join(pro.party),
                     "against": "; ".join(con.party), "detail": detail,
                     "voices": "; ".join(voices), "sentence_ids": ";".join(ids)})
    return pd.DataFrame(rows, columns=GAP_COLUMNS)


def contested(gap_table: pd.DataFrame) -> pd.DataFrame:
    """The issues the parties are apart on (relation :data:`APART`), in the order of
    :data:`APART` (opposed first). The brief, the findings, the figure and the chapters'
    tables of the gap all read :func:`gaps`, so they all show the same issues."""
    part = gap_table[gap_table.relation.isin(APART)]
    return part.sort_values("relation", key=lambda r: r.map({r: n for n, r in enumerate(APART)}),
                            kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------
# The party x issue table

def party_issue_table(cells: pd.DataFrame, links=None, text=str) -> pd.DataFrame:
    """Rows: parties; columns: issues (codebook order); each cell the stance, the
    strongest voice behind it, and its sentence ids (``links`` turns a list of
    ids into markup, e.g. :func:`scripts.report.sentence_links`; ``text`` prepares
    the words, e.g. :func:`scripts.report.escape`). A cell resting
    only on the writer or on analysts says so; empty where the party says nothing."""
    links = links or (lambda ids: ", ".join(ids))
    issues = issue_order(cells.issue)
    rows = []
    for party in parties(cells):
        row = {"party": party}
        for issue in issues:
            found = cells[(cells.party == party) & (cells.issue == issue)]
            if found.empty:
                row[issue_label(issue)] = ""
                continue
            cell = found.iloc[0]
            ids = cell.sentence_ids.split(";")
            more = " …" if len(ids) > MAX_CELL_IDS else ""
            row[issue_label(issue)] = (text(f"{short_stance(cell)}; {voice_label(cell)}: ")
                                       + f"{links(ids[:MAX_CELL_IDS])}{more}")
        rows.append(row)
    return pd.DataFrame(rows, columns=["party", *[issue_label(i) for i in issues]])


def issue_party_table(cells: pd.DataFrame, links=None, text=str) -> pd.DataFrame:
    """:func:`party_issue_table` turned round: rows issues, columns parties, as in
    the gap figure. A few party columns stay wide enough for whole words in a
    PDF column, and narrow enough for a phone; eight issue columns were not."""
    table = party_issue_table(cells, links=links, text=text)
    turned = table.set_index("party").T.rename_axis("issue").reset_index()
    turned.columns.name = None
    return turned


# --------------------------------------------------------------------------
# Sourcing

def sourcing(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per party: its claims by voice, and the named sources and own speakers
    behind them. Columns: party, claims, one column per voice, sources (named
    sources outside the party), speakers (its own named speakers)."""
    claims = tables["demands"]
    if "voice" not in claims:
        claims = claims.assign(voice=[demands.voice(r.source, r.authority, r.hedge, r.claimant)
                                      for r in claims.itertuples()])
    claims = claims.assign(party=demands.side_or_claimant(claims) if len(claims) else claims.side)
    rows = []
    for party, part in claims.groupby("party", sort=False):
        named = part[part.voice == "named source"]
        own = part[part.voice == "own words"]
        rows.append({"party": party, "claims": len(part),
                     **{v: int((part.voice == v).sum()) for v in demands.VOICES},
                     "sources": "; ".join(dict.fromkeys(n for s in named.source for n in s.split("; ") if n)),
                     "speakers": "; ".join(dict.fromkeys(n for s in own.source for n in s.split("; ") if n))})
    return pd.DataFrame(rows, columns=["party", "claims", *demands.VOICES, "sources", "speakers"])


# --------------------------------------------------------------------------
# The summary

@dataclass(frozen=True)
class Summary:
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def words(self) -> int:
        return len(self.text.split())


def summary_markdown(made: "Summary", escape=str) -> str:
    """The summary as markdown paragraphs, each party's name in bold where its line
    begins ('**Russia:** against ...'); ``escape`` prepares the words."""
    out = []
    for paragraph in made.paragraphs:
        head = re.match(r"^([A-Z][^:;()]{0,60}):\s", paragraph)
        if head and not paragraph.startswith(("Apart on", "Only in", "Of ")):
            out.append(f"**{escape(head.group(1))}:** {escape(paragraph[head.end():])}")
        else:
            out.append(escape(paragraph))
    return "\n\n".join(out)


# where the accuracy figures were measured (scripts.evaluate's real-text gold set): never this article
MEASURED_ON = "hand-coded American news of 1961"
# What each figure of scripts.evaluate measures, said after its share ("61% of ..."). Each
# counts one thing only: speaker accuracy is for direct quotations, not for reported speech;
# the claims' figures are for who makes a claim and its form, not for its issue or voice.
ACCURACY_FACTS = {"claim_recall": "the hand-coded claims found with their claimant",
                  "claim_precision": "the analysis's claims also hand-coded",
                  "claim_form_agreement": "the claims found in the hand-coded form (demand, proposal...)",
                  "speaker_accuracy": "direct quotations of four words or more given the right speaker",
                  "actor_recall": "the named persons found",
                  "side_accuracy": "the persons found given the right side"}


# The same figures named in a few words, for a finding's confidence line (ACCURACY_FACTS says in
# full what each measures; the appendix on measured accuracy gives them all).
SHORT_FACTS = {"claim_recall": "claims found",
               "claim_precision": "found claims right",
               "claim_form_agreement": "right form",
               "speaker_accuracy": "quotations' speakers right",
               "actor_recall": "persons found",
               "side_accuracy": "persons' sides right"}
SHORT_MEASURED_ON = "hand-coded 1961 news"


def measured_line(facts, accuracy: dict | None, unmeasured: str = "") -> str:
    """'On hand-coded 1961 news, not this article: claims found 61%, found claims right 74%,
    right form 93%; not measured: issue, voice.' Each share named by its measure
    (:data:`SHORT_FACTS`). Only the ``facts`` (keys of :data:`ACCURACY_FACTS`) that ``accuracy``
    gives; empty when it gives none, and then nothing is said unmeasured either."""
    shares = [f"{SHORT_FACTS[k]} {accuracy[k]:.0%}" for k in facts
              if accuracy and accuracy.get(k) is not None]
    if not shares:
        return ""
    line = f"On {SHORT_MEASURED_ON}, not this article: {', '.join(shares)}"
    return line + (f"; not measured: {unmeasured}." if unmeasured else ".")


def _basis(voice: str, names: list[str], how: str = "") -> str:
    """Whose word a group of stances rests on: '(Yuri Ushakov, paraphrased)': a party's own
    statement says whether the article quotes it or only reports it."""
    if voice == "own words":
        how = how or "reported"
        return f"{series(names)}, {how}" if names else f"its own statement, {how}"
    return f"only per {series(names)}" if names else "per a named source"


def _stance_phrases(part: pd.DataFrame, party: str = "") -> str:
    """'against a ceasefire now and foreign troops in Ukraine, for security guarantees for itself'."""
    by_stance = []
    leads = [_lead(c) for c in part.itertuples()]
    for stance in ("against", "for", "split"):
        for lead in dict.fromkeys(lead for lead, s in zip(leads, part.stance) if s == stance):
            chosen = [c for c, other in zip(part.itertuples(), leads) if other == lead and c.stance == stance]
            items = [cell_text(c, short=True)[len(lead) + 1:] for c in chosen]
            if party:
                items = [re.sub(rf"\bfor {re.escape(party)}\b(?! ?\w)", "for itself", i) for i in items]
            by_stance.append(f"{lead} {series(items)}")
    return ", ".join(by_stance)


def _position_line(party: str, cells: pd.DataFrame) -> str:
    """'Russia: against a ceasefire now (Yuri Ushakov, quoted and paraphrased); for
    demilitarization of Ukraine (only per Reuters and Bloomberg).' Empty when the party
    has no voice."""
    own = cells[(cells.party == party) & cells.party_voice]
    if own.empty:
        return ""
    groups = []
    for voice in PARTY_VOICES:
        part = own[own.voice == voice]
        # one group per set of sources (and quoted or not), so that each stance is credited to who gave it
        for sources, how in dict.fromkeys(zip(part.sources, part.delivery)):
            same = part[(part.sources == sources) & (part.delivery == how)]
            names = [n for n in dict.fromkeys(sources.split("; ")) if n and n != party]
            # conditions the article adds in a weaker voice are said after whose word the stance is
            added = "; ".join(filter(None, (terms_note(c) for c in same.itertuples())))
            groups.append(f"{_stance_phrases(same, party)} ({_basis(voice, names, how)}"
                          + (f"; {added}" if added else "") + ")")
    return f"{named(party, start=True)}: " + "; ".join(groups) + "."


def _reading_line(cells: pd.DataFrame, skip: set[str] = frozenset()) -> str:
    """What the article alone says of parties that have no voice of their own on an issue."""
    article_only = cells[~cells.party_voice & ~cells.issue.isin(skip)]
    if article_only.empty:
        return ""
    by_party = []
    for party, part in article_only.groupby("party", sort=False):
        by_party.append(f"{named(party)} {_stance_phrases(part, party)}")
    return "Only on the article's word, no named source: " + "; ".join(by_party) + "."


def _no_gap_line(gap_table: pd.DataFrame, apart: pd.DataFrame) -> str:
    """What the gap lines say when there is no gap to state ("" when there is one)."""
    if gap_table.empty:
        return "The article reports no party's stance on any issue."
    if apart.empty:
        return "The article shows no issue on which the parties are apart."
    return ""


def gap_line(gap_table: pd.DataFrame) -> str:
    apart = contested(gap_table)
    if none := _no_gap_line(gap_table, apart):
        return none
    items = [f"{issue_label(row.issue)} ({'' if row.relation == 'opposed' else row.relation + ': '}"
             f"{row.detail})" for row in apart.itertuples()]
    return f"Apart on {counted(len(apart), 'issue')}: {'; '.join(items)}."


def gap_count_line(gap_table: pd.DataFrame) -> str:
    """The gap in one short sentence, issues named without the stances: the brief
    gives each party's stances in its own lines above it, and the key findings
    state the gap in full (one statement of it, referred to elsewhere)."""
    apart = contested(gap_table)
    if none := _no_gap_line(gap_table, apart):
        return none
    parts = [f"{relation} on {series(issue_label(i) for i in part.issue)}"
             for relation, part in apart.groupby("relation", sort=False)]
    return f"Apart on {counted(len(apart), 'issue')} of {len(gap_table)}: {'; '.join(parts)}."


def trust_line(sources: pd.DataFrame, accuracy: dict | None = None, unsourced: str = "") -> str:
    """How far the article can be trusted on positions: how many claims rest on a
    party's own words or a named source, whom the others are credited to (``unsourced``,
    :func:`scripts.counts.unsourced_note`), and, when ``accuracy`` gives the claims' figures
    (keys of :data:`ACCURACY_FACTS`, shares 0-1), how well the analysis finds claims: the
    positions rest on them, so the quotations' and persons' figures are not cited here."""
    total = int(sources.claims.sum()) if len(sources) else 0
    if not total:
        return ""
    firm = int(sources["own words"].sum() + sources["named source"].sum())
    # the claims without a party's word or a named source rest on no one a reader can check
    rest = f": {unsourced}" if unsourced else ""
    if firm == total:
        line = (f"{'The' if total == 1 else 'All'} {counted(total, 'claim')} "
                f"{agree(total, 'rests', 'rest')} on a party's own words or a named source.")
    elif firm == 0:
        line = (f"None of the {counted(total, 'claim')} rests on a party's own words or a named source"
                f"{rest or ': ' + agree(total, 'it names', 'all name') + ' no source a reader can check'}.")
    else:
        line = (f"Of {counted(total, 'claim')}, {firm} {agree(firm, 'rests', 'rest')} on a party's own words "
                f"or a named source; the rest{rest or ' ' + agree(total - firm, 'names', 'name')} "
                f"{'' if rest else 'no source a reader can check'}".rstrip() + ".")
    measured = claims_measured_line(accuracy)
    return f"{line} {measured}" if measured else line


def claims_measured_line(accuracy: dict | None) -> str:
    """How well the analysis finds claims, when ``accuracy`` gives the claims' figures (keys of
    :data:`ACCURACY_FACTS`, shares 0-1): the brief's positions rest on claims, so the
    quotations' and persons' figures are not cited here. Empty without them."""
    recall = (accuracy or {}).get("claim_recall")
    if recall is None:
        return ""
    from scripts.evaluate import TARGETS     # imported here: evaluate runs the whole analysis
    line = (f"Measured on {MEASURED_ON}, not this article, the analysis finds {recall:.0%} of "
            f"the claims with who makes them (target {TARGETS['claim_recall']:.0%})")
    precision, form = accuracy.get("claim_precision"), accuracy.get("claim_form_agreement")
    if precision is not None:
        line += f"; {precision:.0%} of its claims are hand-coded too"
    if form is not None:
        line += f", {form:.0%} in the same form"
    return line + ". Issue and voice are not measured there."


def summary(tables: dict[str, pd.DataFrame], accuracy: dict | None = None,
            max_words: int = SUMMARY_WORDS) -> Summary:
    """The opening paragraph of the brief: each party's position in a line, where
    they are apart, on whose word it rests and how far the article can be trusted.
    When it is too long, the measured accuracy goes first (every key finding's confidence
    line gives it), then the article's own readings, then the last parties, until it fits
    in ``max_words``."""
    cells = stance_cells(tables)
    sources = sourcing(tables)
    order = parties(cells)
    positions = [line for line in (_position_line(p, cells) for p in order) if line]
    voiceless = [p for p in order if not cells[(cells.party == p)].party_voice.any()]
    if voiceless:
        positions.append(f"{series(named(p) for p in voiceless)[:1].upper()}{series(named(p) for p in voiceless)[1:]}: no position in {agree(len(voiceless), 'its', 'their')} "
                         f"own words or a named source.")
    gap = gap_count_line(gaps(cells))
    reading = _reading_line(cells, skip={demands.FALLBACK_ISSUE})
    trust = trust_line(sources, None, counts.unsourced_note(tables["demands"], tables["actors"]))
    measured = claims_measured_line(accuracy) if trust else ""
    optional = [o for o in (reading, measured) if o]        # dropped from the end
    while True:
        kept = measured in optional and measured
        made = Summary(tuple(p for p in (*positions, gap, *(o for o in optional if o != measured),
                                         f"{trust} {kept}" if kept else trust) if p))
        if made.words <= max_words or (not optional and len(positions) <= 1):
            return made
        if optional:
            optional.pop()
        else:
            positions.pop()


# --------------------------------------------------------------------------
# The gap at a glance

STANCE_COLOURS = {"for": "#4C72B0", "against": "#C44E52", "split": "#8C8C8C"}
RELATION_MARKS = {"opposed": "opposed", CONDITIONALLY_OPPOSED: "conditionally\nopposed",
                  "for different things": "for different\nthings"}


def _wrapped(label: str, width: int = 11, hyphenate: bool = True) -> str:
    """A heading on at most two short lines: at its first space, or for a long
    single word (a column heading) hyphenated ('demilitari-/zation'); a row
    label has room beside the figure and keeps its word whole."""
    if " " in label:
        return label.replace(" ", "\n", 1)
    if hyphenate and len(label) > width:
        cut = (len(label) + 1) // 2
        return label[:cut] + "-\n" + label[cut:]
    return label


def gap_figure(cells: pd.DataFrame, width: float = 4.8):
    """Issues (rows) by parties (columns): blue for, red against, grey split; a
    pale hatched cell rests only on the writer or analysts. Beside each contested
    issue, how the parties stand: opposed, conditionally opposed or for different things, with the party
    each stance is about written in the cell. Tall rather than wide, so that it
    stays legible on a phone."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch, Rectangle

    issues = issue_order(cells.issue)
    columns = parties(cells)
    if not issues:
        fig, ax = plt.subplots(figsize=(width, 1.0))
        ax.text(0.5, 0.5, "The article reports no party's stance on any issue.", ha="center", va="center",
                fontsize=9)
        ax.axis("off")
        return fig
    relations = contested(gaps(cells)).set_index("issue").relation
    fig, ax = plt.subplots(figsize=(width, 1.2 + 0.62 * len(issues)))
    texts = []
    for y, issue in enumerate(issues):
        for x, party in enumerate(columns):
            found = cells[(cells.party == party) & (cells.issue == issue)]
            if found.empty:
                ax.add_patch(Rectangle((x, y), 1, 1, facecolor="white", edgecolor="#DDDDDD"))
                continue
            cell = found.iloc[0]
            firm = bool(cell.party_voice)
            ax.add_patch(Rectangle((x + 0.04, y + 0.05), 0.92, 0.9, facecolor=STANCE_COLOURS[cell.stance],
                                   alpha=1.0 if firm else 0.35, hatch=None if firm else "//",
                                   edgecolor="white" if firm else STANCE_COLOURS[cell.stance], linewidth=0.8))
            texts.append((ax.text(x + 0.5, y + 0.5, _cell_label(cell), ha="center", va="center", fontsize=8,
                                  color="white" if firm else "#222222"), x))
    ax.set_xlim(0, len(columns))
    ax.set_ylim(len(issues), 0)
    ax.set_xticks([i + 0.5 for i in range(len(columns))])
    ax.set_xticklabels([_wrapped(p) for p in columns], fontsize=9)
    ax.xaxis.tick_top()
    ax.set_yticks([i + 0.5 for i in range(len(issues))])
    ax.set_yticklabels([_wrapped(issue_label(i), hyphenate=False) for i in issues], fontsize=9)
    for y, issue in enumerate(issues):
        mark = RELATION_MARKS.get(relations.get(issue, ""), "")
        if mark:
            ax.text(len(columns) + 0.08, y + 0.5, mark, ha="left", va="center", fontsize=8.5,
                    fontweight="bold", color="#7A5195" if "different" in mark else "#C44E52")
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.legend(handles=[Patch(facecolor=STANCE_COLOURS["for"], label="for"),
                       Patch(facecolor=STANCE_COLOURS["against"], label="against"),
                       Patch(facecolor="#CCCCCC", hatch="//", edgecolor="#888888",
                             label="article's word only")],
              loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=3, fontsize=8, frameon=False)
    fig.tight_layout()
    _fit_in_cells(fig, ax, texts)
    return fig


CELL_CHARS = 10     # characters a line of a cell's label holds at 8 pt in a column of the gap figure


def _cell_label(cell) -> str:
    """A cell's stance on short lines: the stance ('possibly for', 'against if') wrapped, then
    the party it is about ('(in Ukraine)') wrapped apart, so that a bracket never parts from
    its words and no line runs past the cell."""
    import textwrap

    stance, _, about = short_stance(cell).replace("conditionally ", "").partition(" (")
    if cell.conditional:
        stance = stance.replace(cell.stance, cell.stance + " if", 1)
    lines = textwrap.wrap(stance, CELL_CHARS, break_long_words=False)
    if about:
        lines += textwrap.wrap("(" + about, CELL_CHARS, break_long_words=False)
    return "\n".join(lines)


def _fit_in_cells(fig, ax, texts, margin: float = 0.86, smallest: float = 6.0) -> None:
    """Shrink a cell's label until it fits inside its cell (a long name such as
    "(Ukraine's)" would otherwise run over the cell's edge)."""
    renderer = fig.canvas.get_renderer()
    cell_width = abs(ax.transData.transform((1, 0))[0] - ax.transData.transform((0, 0))[0]) * margin
    cell_height = abs(ax.transData.transform((0, 1))[1] - ax.transData.transform((0, 0))[1]) * margin
    for text, _ in texts:
        while text.get_fontsize() > smallest:
            box = text.get_window_extent(renderer)
            if box.width <= cell_width and box.height <= cell_height:
                break
            text.set_fontsize(text.get_fontsize() - 0.5)


# --------------------------------------------------------------------------
# Each side's claims by voice (chapter 3's reading, generated so that it cannot go stale)

VOICE_HEADS = {"own words": "In its own words or an official's",
               "named source": "Through a named source",
               "writer": "In the article's own voice",
               "analysts": "As analysts' guesses"}
QUOTED_WORDS = 10       # words of a claim quoted in a reading; longer ones are cut with an ellipsis
# words a cut quotation does not end on ("… are not…" reads as a different claim)
_LOOSE_ENDS = {"a", "an", "the", "of", "in", "to", "for", "on", "at", "by", "with", "from", "and", "or",
               "not", "that", "which", "would", "could", "will", "be", "is", "are", "its", "their", "any"}


def possessive(party: str) -> str:
    """'Russia's', 'the United States'' (a name ending in s takes the apostrophe alone)."""
    name = named(party)
    return name + ("'" if name.endswith("s") else "'s")


def _quoted(words: str, limit: int = QUOTED_WORDS) -> str:
    """The article's words in quotation marks, cut after ``limit`` words (not on a loose end)."""
    cut = words.split()
    if len(cut) <= limit:
        return "\u201c" + words.strip() + "\u201d"
    cut = cut[:limit]
    while len(cut) > 1 and cut[-1].lower().strip(",;:") in _LOOSE_ENDS:
        cut.pop()
    return "\u201c" + " ".join(cut).rstrip(",;:") + "\u2026\u201d"


def _hedges(claim) -> list[str]:
    return [h for h in str(claim.hedge).split("; ") if h]


def _claim_item(claim, side: str, link, shared_hedges=()) -> str:
    """'Yuri Ushakov's rejection, “steps that merely imitate peaceful actions are not needed” (P05.S2)'."""
    if claim.claimant not in (side, ""):
        who = possessive(claim.claimant) + " " + claim.form
    else:
        who = ("an " if claim.form[:1] in "aeiou" else "a ") + claim.form
    speakers = [n for n in str(claim.source).split("; ") if n and n != claim.claimant]
    if claim.voice == "own words" and speakers:
        who += " through " + series(speakers)
    item = f"{who}, {_quoted(claim.demand)} ({link(claim.sentence_id)})"
    notes = []
    hedges = [h for h in _hedges(claim) if h not in shared_hedges]
    if hedges:
        notes.append("hedged with " + series(f"\u201c{h}\u201d" for h in hedges))
    if int(claim.position) == 0:
        notes.append("conditional")
    return item + "".join(f", {n}" for n in notes)


def _with_voice(claims: pd.DataFrame) -> pd.DataFrame:
    if "voice" in claims:
        return claims
    return claims.assign(voice=[demands.voice(r.source, r.authority, r.hedge, r.claimant)
                                for r in claims.itertuples()])


def side_readings(claims: pd.DataFrame, link=str, text=str) -> list[str]:
    """One block per side, most claims first: how many claims it makes and, in a list item
    per voice (strongest first), each claim's form, the article's words, the sentence, its
    hedges and whether it sets a condition. ``link`` turns a sentence id into markup,
    ``text`` prepares words (e.g. :func:`scripts.report.escape`)."""
    if claims.empty:
        return ["The article states no claim of any side."]
    claims = _with_voice(claims)
    sizes = claims.side.value_counts()
    ids: list[str] = []                          # sentence ids, linked after the words are escaped

    def mark(sentence_id: str) -> str:
        ids.append(sentence_id)
        return f"\0{len(ids) - 1}\0"
    paragraphs = []
    for side, n in sizes.items():
        part = claims[claims.side == side]
        if n == sizes.max() and (sizes == n).sum() == 1 and len(sizes) > 1:
            lead = f"makes {n} of the {counted(len(claims), 'claim')}, more than any other side"
        else:
            lead = f"makes {counted(int(n), 'claim')}"
        sentences = [f"**{text(named(side, start=True))}** {text(lead)}."]
        for voice in demands.VOICES:
            chosen = part[part.voice == voice]
            if chosen.empty:
                continue
            head = VOICE_HEADS[voice]
            # hedges every claim of the group shares are said once ("Reuters and Bloomberg ... indicate")
            shared = set.intersection(*(set(_hedges(c)) for c in chosen.itertuples()))
            if voice == "named source":
                names = dict.fromkeys(s for cell in chosen.source for s in str(cell).split("; ") if s)
                head = f"Through {series(names)}"
            if shared and len(chosen) > 1:
                head += ", with " + series(f"\u201c{h}\u201d" for h in sorted(shared))
            else:
                shared = set()
            items = "; ".join(_claim_item(c, side, mark, shared) for c in chosen.itertuples())
            body = text(f"{head} ({len(chosen)}): {items}.")
            sentences.append(re.sub("\0(\\d+)\0", lambda m: link(ids[int(m.group(1))]), body))
        # the lead, then one list item per voice
        paragraphs.append(sentences[0] + "\n\n" + "\n".join(f"- {line}" for line in sentences[1:]))
    return paragraphs


VOICE_WORDS = {"own words": "in the party's own words", "named source": "through named sources",
               "writer": "in the article's own voice", "analysts": "as analysts' guesses"}


def voice_line(claims: pd.DataFrame) -> str:
    """In which voice the largest share of each side's claims reaches the reader:
    'The largest share of each side's claims reaches the reader in the article's own
    voice (Russia 8 of 18, Ukraine 4 of 5, ...)'."""
    if claims.empty:
        return ""
    claims = _with_voice(claims)
    by_voice: dict[str, list[str]] = {}
    for side, n in claims.side.value_counts().items():
        voices = claims[claims.side == side].voice.value_counts()
        top = " or ".join(VOICE_WORDS[v] for v in demands.VOICES if voices.get(v, 0) == voices.max())
        by_voice.setdefault(top, []).append(f"{named(side)} {voices.max()} of {n}")
    groups = [f"{how} ({', '.join(sides)})" for how, sides in by_voice.items()]
    return f"The largest share of each side's claims reaches the reader {series(groups)}."
