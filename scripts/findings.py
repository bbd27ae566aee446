"""Key findings for the front page, derived from the analysis tables.

Each finding is a sentence template filled with figures computed from the
tables of :func:`scripts.analyze.tables_for`, the label of the chapter section
that shows the evidence, the article sentences it rests on, and a confidence
line (how many sentences, in whose voice, and the measured accuracy for that
kind of fact when it is given). A finding is only made when the tables hold
what it needs, so an article without quotes, say, gets fewer findings rather
than wrong ones.

Findings are ranked by what a briefing needs: the parties' positions and the
gap between them, then sourcing, then the article's own errors, then counts.
Each :class:`Rule` has one of these :data:`KINDS`; other modules add rules of
their own through ``key_findings(..., extra=...)``. Ids run F1, F2... in that
order, which is fixed, so a finding keeps its id between builds of the same
article.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from scripts import briefing, counts, demands, synthesis
from scripts.framing import load_codebook
from scripts.reader import Article

MAX_EVIDENCE = 6   # sentence links per finding: enough to check it, few enough to read


@dataclass(frozen=True)
class Finding:
    id: str                      # 'F1'
    key: str                     # what the finding is about, e.g. 'prominence'
    template: str                # prose with {name} slots for the figures
    figures: dict = field(default_factory=dict)
    section: str = ""            # label of the chapter section with the evidence
    sentence_ids: tuple[str, ...] = ()
    confidence: str = ""         # how much the finding rests on, and how reliably it is measured
    kind: str = ""               # one of KINDS
    more: int = 0                # evidence sentences beyond those listed in sentence_ids

    @property
    def anchor(self) -> str:
        """The finding's label and URL anchor: 'finding-f1'."""
        return f"finding-{self.id.lower()}"

    @property
    def text(self) -> str:
        return self.template.format(**{k: _shown(v) for k, v in self.figures.items()})


def _shown(value) -> str:
    if isinstance(value, float):
        return f"{value:.0%}"
    if isinstance(value, (list, tuple)):
        return _series(value)
    return str(value)


def _series(names) -> str:
    names = [str(n) for n in names]
    if not names:
        return ""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _ids(ids) -> tuple[str, ...]:
    return tuple(synthesis.in_article_order(i for i in ids if i))[:MAX_EVIDENCE]


def _more(ids) -> int:
    """Evidence sentences left out of the list (:data:`MAX_EVIDENCE`): said, never dropped silently."""
    return max(0, len(synthesis.in_article_order(i for i in ids if i)) - MAX_EVIDENCE)


def _split(cell) -> list[str]:
    return [i.strip() for i in str(cell).replace(";", " ").split() if i.strip()]


# --------------------------------------------------------------------------
# One function per finding: tables in, figures and evidence out (None when
# the tables cannot support it).

def _claims_of(tables, cells) -> pd.DataFrame:
    """The claims behind stance cells: same party, issue, voice and sentence."""
    claims = tables["demands"]
    claims = claims.assign(party=demands.side_or_claimant(claims))
    keep = set()
    for cell in cells.itertuples():
        for sentence_id in cell.sentence_ids.split(";"):
            keep |= set(claims.index[(claims.party == cell.party) & (claims.sentence_id == sentence_id)
                                     & (claims.voice == cell.voice)
                                     & claims.issues.str.split(";").map(lambda i, c=cell: c.issue in i)])
    return claims.loc[sorted(keep)]


def _positions(tables, article):
    cells = briefing.stance_cells(tables)
    lines = [line for line in (briefing._position_line(p, cells) for p in briefing.parties(cells)) if line]
    if not lines:
        return None
    own = cells[cells.party_voice]
    figures = dict(positions=" ".join(lines))
    evidence = [i for ids in own.sentence_ids for i in ids.split(";")]
    return "{positions}", figures, "ch-synthesis-positions", evidence, _claims_of(tables, own)


def _gap(tables, article):
    cells = briefing.stance_cells(tables)
    gap = briefing.gaps(cells)
    apart = briefing.contested(gap)
    if apart.empty:
        return None
    figures, parts = dict(n_apart=briefing.counted(len(apart), "issue")), []
    # one part per relation, in the order of briefing.APART, each issue with who stands where
    for relation, key in zip(briefing.APART, ("opposed", "conditional", "different")):
        part = apart[apart.relation == relation]
        figures[key] = [f"{briefing.issue_label(r.issue)} ({r.detail})" for r in part.itertuples()]
        if len(part):
            parts.append(f"{relation} on {{{key}}}")
    template = "The parties are apart on {n_apart}: " + "; ".join(parts) + "."
    evidence = [i for ids in apart.sentence_ids for i in ids.split(";")]
    return template, figures, "ch-synthesis-positions", evidence, \
        _claims_of(tables, cells[cells.issue.isin(apart.issue)])


def _sourcing(tables, article):
    sources = briefing.sourcing(tables)
    named = sources[sources["named source"] > 0]
    if named.empty:
        return None
    row = named.sort_values("named source", ascending=False, kind="stable").iloc[0]
    cells = briefing.stance_cells(tables)
    party_cells = cells[cells.party == row.party]
    through = party_cells[party_cells.voice == "named source"]
    on_record = party_cells[party_cells.voice == "own words"]
    figures = dict(party=briefing.named(row.party, start=True), sources=row.sources.split("; "),
                   # the brief's words for each (the article's own phrase where it gives one)
                   terms=[c.words or briefing.phrase(c.issue, c.target, c.target_named, c.body)
                          for c in through.itertuples()],
                   n_terms=briefing.counted(len(through), "issue"),
                   on_record=[briefing.issue_label(i) for i in on_record.issue],
                   speakers=_speakers_heard(tables, row.party, row.speakers))
    template = "{party}'s terms on {n_terms} ({terms}) reach the reader only through {sources}"
    if len(on_record):
        template += ("; of its own people, {speakers} " + briefing.agree(len(figures["speakers"]), "speaks",
                                                                          "speak")
                     + " for it only on {on_record}.")
    else:
        template += "; no one of its own is heard."
    evidence = [i for ids in through.sentence_ids for i in ids.split(";")]
    return template, figures, "ch-synthesis-positions", evidence, _claims_of(tables, through)


def _speakers_heard(tables, party: str, speakers: str) -> list[str]:
    """A party's own speakers, each with how the article gives their words:
    'Yuri Ushakov (quoted and paraphrased)', 'Maria Zakharova (paraphrased)'."""
    claims = tables["demands"]
    claims = claims[(demands.side_or_claimant(claims) == party) & (claims.voice == "own words")]
    named = []
    for name in filter(None, speakers.split("; ")):
        own = claims[claims.source.str.split("; ").map(lambda names, n=name: n in names)]
        how = briefing.delivery(own.authority == briefing.QUOTED_AUTHORITY)
        named.append(f"{name} ({how})" if how else name)
    return named


def _article_voice(tables, article):
    claims = tables["demands"]
    if "voice" not in claims or claims.empty:
        return None
    cells = briefing.stance_cells(tables)
    only_article = cells[~cells.party_voice]
    narrow = only_article[only_article.issue != demands.FALLBACK_ISSUE]
    only_article = narrow if len(narrow) else only_article
    if only_article.empty:
        return None
    glossed = counts.unsourced_table(claims)
    stances = [f"{briefing.named(c.party)} {briefing.cell_text(c, short=True)}" for c in only_article.itertuples()]
    # whom they are credited to, as every chapter counts it (scripts.counts.unsourced_note)
    figures = dict(n=len(glossed), total=counts.claims(claims), share=len(glossed) / counts.claims(claims),
                   credited=counts.unsourced_note(claims, tables["actors"]),
                   # each stance reads as a clause ('Ukraine accepts ...'): ';' between them
                   items="; ".join(stances[:5]), more=len(stances) - 5)
    template = ("{n} of the {total} claims ({share}) " + briefing.agree(len(glossed), "names", "name")
                + " no source a reader can check, not a party's words: {credited}. On these alone rest: {items}")
    template += "; and {more} more." if figures["more"] > 0 else "."
    evidence = [*(i for ids in only_article.sentence_ids for i in ids.split(";")), *glossed.sentence_id]
    return template, figures, "ch-synthesis-positions", evidence, glossed



def _voices(tables, article):
    # one statement per reporting act: what Reuters reports Russia outlined is Reuters' statement
    quotes = counts.statements_table(tables["quotes"])
    if quotes.empty:
        return None
    by_side = quotes[quotes.side != ""].groupby("side").size().sort_values(ascending=False, kind="stable")
    if by_side.empty:
        return None
    side, n_side = by_side.index[0], int(by_side.iloc[0])
    direct = quotes[quotes.kind == "direct"]
    figures = dict(statements=len(quotes), side=side, side_statements=n_side,
                   direct=len(direct), speakers=counts.speakers(tables["quotes"]))
    quoted = {0: "none of them is a direct quotation", 1: "only {direct} is a direct quotation"}
    template = ("Of {statements} reported " + briefing.agree(len(quotes), "statement", "statements")
                + " by {speakers} " + briefing.agree(figures["speakers"], "speaker", "speakers")
                + ", {side_statements} " + briefing.agree(n_side, "comes", "come") + " from {side}'s side; "
                + quoted.get(len(direct), "{direct} are direct quotations") + ".")
    evidence = [*direct.sentence_id, *quotes[quotes.side == side].sentence_id]
    return template, figures, "ch-actors-who-speaks", evidence


def _silent_parties(tables, article):
    silent = synthesis.silent_sides(tables)
    if not silent:
        return None
    actors = tables["actors"]
    part = actors[actors.side.isin(silent) & (actors.type != "media")]
    figures = dict(sides=[briefing.named(s) for s in silent], n_sides=len(silent),
                   mentions=int(part.mentions.sum()))
    template = ("No one speaks for {sides}: the article names "
                + briefing.agree(len(silent), "it or its people", "them or their people")
                + " {mentions} " + briefing.agree(figures["mentions"], "time", "times")
                + " but quotes none of them.")
    first_mentions = part.sort_values("mentions", ascending=False).first_sentence
    return template, figures, "ch-synthesis-omissions", list(first_mentions)


def _frame(tables, article):
    frames = tables["frames"]
    generic = frames[frames.scheme == "generic"]
    if generic.empty or not article.sentences:
        return None
    by_frame = generic.groupby("frame").sentence_id.nunique().sort_values(ascending=False, kind="stable")
    frame, n = by_frame.index[0], int(by_frame.iloc[0])
    label = load_codebook().label("generic", frame)
    headline = {s.id for s in article.sentences if s.kind in ("title", "standfirst")}
    in_headline = sorted(headline & set(generic[generic.frame == frame].sentence_id))
    figures = dict(frame=label.lower(), sentences=n, total=len(article.sentences),
                   share=n / len(article.sentences))
    # the automatic coder's figure: the frame profile (its evidence section) sets the hand coding beside it
    template = ("The {frame} frame leads in the automatic coding: its cues appear in {sentences} of the "
                "article's {total} sentences ({share}).")
    if in_headline:
        template = template[:-1] + ", the headline included."
    evidence = [*in_headline, *generic[generic.frame == frame].sentence_id]
    return template, figures, "ch-framing-profile", evidence


def _title_errors(tables, article):
    """The article's errors of fact: titles the dated officeholder table contradicts at the
    article's date (:func:`scripts.critique.title_checks`), and the errors a reader found
    and sourced by hand (:func:`scripts.critique.fact_checks`), said to be hand-checked."""
    from scripts import critique          # imported here: critique reads the claims tables
    when = critique.article_date(article)
    wrong = critique.title_checks(article, when=when)
    wrong = wrong[wrong.verdict == "wrong"]
    facts = critique.fact_checks(article)
    if wrong.empty and facts.empty:
        return None
    items = []
    for row in wrong.itertuples():
        if row.title.lower().startswith(("former", "ex-")):
            items.append(f"it calls {row.actor} “{row.title}” though {row.actor.split()[-1]} held that "
                         f"office ({row.office}, {row.country}) at its date")
        else:
            items.append(f"it calls {row.actor} “{row.title}”, an office the table does not give "
                         f"{row.actor} at its date")
    items += [f"it {row.error}, though {row.correct} (checked by hand)" for row in facts.itertuples()]
    n = len(wrong) + len(facts)
    figures = dict(n_wrong=briefing.counted(n, "error") + " of fact", items="; ".join(items),
                   date=when.describe())
    template = "The article makes {n_wrong}: {items}."
    if len(wrong):
        template += (" Titles are checked at the article's date, {date}, which rests on its own content "
                     "and the officeholder table (the article gives none).")
        if critique.dateline_date(article)[0] is not None:
            template = "The article makes {n_wrong} at its dateline's date ({date}): {items}."
    evidence = [*(i for ids in wrong.sentence_ids for i in ids.split("; ")), *facts.sentence_id]
    section = "ch-critique-titles" if len(wrong) else "ch-critique-facts"
    return template, figures, section, evidence


def _timeline(tables, article):
    events = synthesis.timeline(article)
    if events.empty:
        return None
    unresolved = events[events.resolved == ""]
    anchor = synthesis.anchor_date(article)
    figures = dict(expressions=len(events), resolved=len(events) - len(unresolved),
                   unresolved=len(unresolved))
    if anchor is None and len(unresolved):
        template = ("The article gives no date of its own, so {unresolved} of its {expressions} "
                    + briefing.agree(len(events), "time expression", "time expressions")
                    + " cannot be placed on a calendar; {resolved} "
                    + briefing.agree(figures["resolved"], "names", "name") + " a year or date.")
    else:
        template = ("{resolved} of the article's {expressions} "
                    + briefing.agree(len(events), "time expression", "time expressions") + " "
                    + briefing.agree(figures["resolved"], "resolves", "resolve") + " to a date or year.")
    return template, figures, "ch-synthesis-timeline", list((unresolved if len(unresolved) else events).sentence_id)


KINDS = ("position", "sourcing", "error", "count")   # the order a briefing needs them in


@dataclass(frozen=True)
class Rule:
    """How a finding is made: ``make(tables, article)`` gives (template, figures,
    section label, evidence sentence ids[, the claims it rests on]) or None; ``kind`` ranks it (:data:`KINDS`);
    ``facts`` name the measured figures that bear on what it rests on (keys of
    :data:`scripts.briefing.ACCURACY_FACTS`), and ``unmeasured`` what it also rests on
    that no figure measures."""
    key: str
    make: object
    kind: str
    facts: tuple = ()
    unmeasured: str = ""


CLAIMS = ("claim_recall", "claim_precision", "claim_form_agreement")
PERSONS = ("actor_recall", "side_accuracy")
# what each rests on that no figure measures: a claim's issue, the voice of a claim or stance, the
# gap drawn from the stances, the speakers of indirect speech
RULES = [Rule("positions", _positions, "position", CLAIMS, "issue, voice"),
         Rule("gap", _gap, "position", CLAIMS, "issue, voice, the gap"),
         # claims reported by others and claims in the writer's voice: the claims' figures, not the quotations'
         Rule("sourcing", _sourcing, "sourcing", CLAIMS, "voice"),
         Rule("article-voice", _article_voice, "sourcing", CLAIMS, "voice"),
         Rule("silent-parties", _silent_parties, "sourcing", PERSONS, "indirect speakers"),
         Rule("title-errors", _title_errors, "error"),
         # speaker accuracy counts direct quotations only; the sides are the persons'
         Rule("voices", _voices, "count", ("speaker_accuracy", "side_accuracy"), "indirect speakers"),
         Rule("frame", _frame, "count"),
         Rule("timeline", _timeline, "count")]


def confidence(evidence, claims: pd.DataFrame | None = None, facts=(),
               accuracy: dict | None = None, unmeasured: str = "") -> str:
    """'Rests on 5 sentences, 5 claims (named source 5). On hand-coded 1961 news, not this
    article: claims found 61%, found claims right 74%, right form 93%; not measured: voice.'
    The voices are those of the ``claims`` the finding rests on, when it rests on claims;
    the measured figures (``facts``) only when ``accuracy`` gives them
    (:func:`scripts.briefing.measured_line`)."""
    ids = list(dict.fromkeys(i for i in evidence if i))
    line = f"Rests on {briefing.counted(len(ids), 'sentence')}"
    if claims is not None and "voice" in claims and len(claims):
        by_voice = [f"{voice} {n}" for voice in demands.VOICES
                    if (n := int((claims.voice == voice).sum()))]
        line += f", {briefing.counted(len(claims), 'claim')} ({', '.join(by_voice)})"
    line += "."
    measured = briefing.measured_line(facts, accuracy, unmeasured)
    return f"{line} {measured}" if measured else line


def key_findings(article: Article, tables: dict[str, pd.DataFrame] | None = None,
                 accuracy: dict | None = None, extra=()) -> list[Finding]:
    """The findings the tables support, numbered F1, F2... in the order of
    :data:`KINDS`, and within a kind in the order of :data:`RULES` then ``extra``
    (more :class:`Rule` objects, e.g. the article's own errors). ``accuracy``
    (shares 0-1 keyed as :data:`scripts.briefing.ACCURACY_FACTS`) adds the measured
    accuracy to each finding's confidence line; without it none is claimed."""
    if tables is None:
        from scripts.analyze import tables_for
        tables = tables_for(article)
    rules = sorted([*RULES, *extra], key=lambda r: KINDS.index(r.kind))
    found = []
    for rule in rules:
        made = rule.make(tables, article)
        if made is None:
            continue
        template, figures, section, evidence, *claims = made     # the claims it rests on, if any
        found.append(Finding(id=f"F{len(found) + 1}", key=rule.key, template=template, figures=figures,
                             section=section, sentence_ids=_ids(evidence), more=_more(evidence), kind=rule.kind,
                             confidence=confidence(evidence, claims[0] if claims else None, rule.facts,
                                                   accuracy, rule.unmeasured)))
    return found


def findings_markdown(found: list[Finding]) -> str:
    """The findings as MyST, each under its own label (``finding-f1``) so that a
    briefing can link to it; figures and names from the article are escaped."""
    from scripts.report import escape, sentence_links

    blocks = []
    for finding in found:
        text = finding.template.format(**{k: escape(_shown(v)) for k, v in finding.figures.items()})
        blocks.append(f"({finding.anchor})=\n"
                      f"**{finding.id}.** {text} "
                      f"*Evidence:* {{ref}}`{finding.section}` ({{numref}}`§%s <{finding.section}>`); "
                      f"sentences {sentence_links(finding.sentence_ids)}"
                      + (f" and {finding.more} more" if finding.more else "") + "."
                      + (f"\\\n*Confidence:* {escape(finding.confidence)}" if finding.confidence else "")
                      + "\n")
    return "\n".join(blocks)
