"""Key findings for the front page, derived from the analysis tables.

Each finding is a sentence template filled with figures computed from the
tables of :func:`scripts.analyze.tables_for`, the label of the chapter section
that shows the evidence, and the article sentences it rests on. A finding is
only made when the tables hold what it needs, so an article without quotes,
say, gets fewer findings rather than wrong ones. Ids run F1, F2... in the
order below; the order is fixed, so a finding keeps its id between builds of
the same article.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from scripts import counts, synthesis
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


def _split(cell) -> list[str]:
    return [i.strip() for i in str(cell).replace(";", " ").split() if i.strip()]


# --------------------------------------------------------------------------
# One function per finding: tables in, figures and evidence out (None when
# the tables cannot support it).

def _prominence(tables, article):
    actors = tables["actors"].sort_values("mentions", ascending=False, kind="stable")
    if len(actors) < 2:
        return None
    first, second = actors.iloc[0], actors.iloc[1]
    total = int(actors.mentions.sum())
    figures = dict(actor=first.actor, mentions=int(first.mentions), total=total,
                   share=first.mentions / total, runner_up=second.actor,
                   runner_up_mentions=int(second.mentions), n_actors=counts.actors(actors))
    template = ("{actor} is the most named actor: {mentions} of the {total} mentions of the "
                "article's {n_actors} actors ({share}), against {runner_up_mentions} for {runner_up}.")
    return template, figures, "ch-actors-who-appears", _split(first.sentences)


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
    template = ("Of {statements} reported statements by {speakers} speakers, {side_statements} come "
                "from {side}'s side; " + quoted.get(len(direct), "{direct} are direct quotations") + ".")
    evidence = [*direct.sentence_id, *quotes[quotes.side == side].sentence_id]
    return template, figures, "ch-actors-who-speaks", evidence


def _silent_parties(tables, article):
    silent = synthesis.silent_sides(tables)
    if not silent:
        return None
    actors = tables["actors"]
    part = actors[actors.side.isin(silent) & (actors.type != "media")]
    figures = dict(sides=silent, n_sides=len(silent), mentions=int(part.mentions.sum()))
    template = ("No one speaks for {sides}: the article names them or their people "
                "{mentions} times but quotes none of them.")
    first_mentions = part.sort_values("mentions", ascending=False).first_sentence
    return template, figures, "ch-synthesis-omissions", list(first_mentions)


def _claims(tables, article):
    claims = tables["demands"]
    claims = claims[claims.side != ""]
    if claims.empty:
        return None
    by_side = claims.groupby("side").size().sort_values(ascending=False, kind="stable")
    side = by_side.index[0]
    own = claims[claims.side == side]
    against = own[own.position == -1]
    opposed = [i for cell in against.issues for i in str(cell).split(";") if i]
    figures = dict(claims=counts.claims(tables["demands"]), side=side, side_claims=int(by_side.iloc[0]),
                   against=len(against), sides=len(by_side), opposed=list(dict.fromkeys(opposed)))
    template = ("{side}'s side makes {side_claims} of the {claims} claims the article reports "
                "from {sides} sides; {against} of them oppose something ({opposed}).")
    if not opposed:
        template = template.replace(" ({opposed})", "")
    return template, figures, "ch-demands-claimants", list(against.sentence_id)


def _reported(tables, article):
    claims = tables["demands"]
    reported = claims[claims.authority == "reported"]
    if reported.empty:
        return None
    sources = [s for cell in reported.source for s in str(cell).split("; ") if s]
    figures = dict(reported=len(reported), claims=counts.claims(claims), share=len(reported) / len(claims),
                   sources=list(dict.fromkeys(sources)))
    template = ("{reported} of the {claims} claims ({share}) reach the reader only on the word of "
                "others ({sources}), not of the claimant or its own officials.")
    return template, figures, "ch-demands-authority", list(reported.sentence_id)


def _unsourced(tables, article):
    claims = tables["demands"]
    unsourced = claims[claims.authority == "unattributed"]
    if unsourced.empty:
        return None
    figures = dict(unsourced=len(unsourced), claims=counts.claims(claims), share=len(unsourced) / len(claims))
    template = ("{unsourced} of the {claims} claims ({share}) are stated in the article's own voice, "
                "with no source named.")
    return template, figures, "ch-synthesis-omissions", list(unsourced.sentence_id)


def _frame(tables, article):
    frames = tables["frames"]
    generic = frames[frames.scheme == "generic"]
    if generic.empty or not article.sentences:
        return None
    counts = generic.groupby("frame").sentence_id.nunique().sort_values(ascending=False, kind="stable")
    frame, n = counts.index[0], int(counts.iloc[0])
    label = load_codebook().label("generic", frame)
    headline = {s.id for s in article.sentences if s.kind in ("title", "standfirst")}
    in_headline = sorted(headline & set(generic[generic.frame == frame].sentence_id))
    figures = dict(frame=label.lower(), sentences=n, total=len(article.sentences),
                   share=n / len(article.sentences))
    template = ("The {frame} frame leads: its cues appear in {sentences} of the article's "
                "{total} sentences ({share}).")
    if in_headline:
        template = template[:-1] + ", the headline included."
    evidence = [*in_headline, *generic[generic.frame == frame].sentence_id]
    return template, figures, "ch-framing-profile", evidence


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
                    "time expressions cannot be placed on a calendar; {resolved} name a year or date.")
    else:
        template = "{resolved} of the article's {expressions} time expressions resolve to a date or year."
    return template, figures, "ch-synthesis-timeline", list((unresolved if len(unresolved) else events).sentence_id)


RULES = [("prominence", _prominence), ("voices", _voices), ("silent-parties", _silent_parties),
         ("claims", _claims), ("reported", _reported), ("unsourced", _unsourced),
         ("frame", _frame), ("timeline", _timeline)]


def key_findings(article: Article, tables: dict[str, pd.DataFrame] | None = None) -> list[Finding]:
    """The findings the tables support, numbered F1, F2... in the order of :data:`RULES`."""
    if tables is None:
        from scripts.analyze import tables_for
        tables = tables_for(article)
    found = []
    for key, rule in RULES:
        made = rule(tables, article)
        if made is None:
            continue
        template, figures, section, evidence = made
        found.append(Finding(id=f"F{len(found) + 1}", key=key, template=template, figures=figures,
                             section=section, sentence_ids=_ids(evidence)))
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
                      f"sentences {sentence_links(finding.sentence_ids)}.\n")
    return "\n".join(blocks)
