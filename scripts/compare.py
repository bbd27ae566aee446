"""Several articles side by side: who is named, who demands what, which
positions each side takes on each issue, how the stories are framed, and their tone.

Every article gets the same analysis as the primary one (the tables of
:mod:`scripts.analyze`, and VADER's sentence scores from :mod:`scripts.framing`);
this module only lays the results next to each other. Articles are named by
their file's stem, in file-name order, as ``seeds/`` lists them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from scripts import analyze, framing
from scripts.reader import Article, ArticleError, read_article

# VADER's own thresholds for a positive or a negative sentence (Hutto and Gilbert, 2014)
TONE_POSITIVE, TONE_NEGATIVE = 0.05, -0.05


@dataclass
class Analysed:
    """One article and its tables."""
    article: Article
    tables: dict[str, pd.DataFrame]
    tone: pd.DataFrame                # framing.sentence_tone

    @property
    def name(self) -> str:
        return self.article.name


def analyse(paths: list[Path]) -> tuple[list[Analysed], list[str]]:
    """The articles that could be analysed, and one line for each that could not."""
    done, skipped = [], []
    for path in paths:
        try:
            article = read_article(path)
        except ArticleError as exc:
            skipped.append(str(exc))
            continue
        done.append(Analysed(article, analyze.tables_for(article), framing.sentence_tone(article)))
    return done, skipped


def labels(analysed: list[Analysed]) -> dict[str, str]:
    """Article -> a short column label, "A", "B"... in file-name order (the primary article is A)."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return {a.name: letters[i] if i < len(letters) else f"A{i}" for i, a in enumerate(analysed)}


def _words(article: Article) -> int:
    return sum(len(s.text.split()) for s in article.sentences)


def overview(analysed: list[Analysed]) -> pd.DataFrame:
    """One row per article: title, sentences, words, actors, quotes, claims, lines dropped."""
    return pd.DataFrame(
        [{"article": a.name, "title": a.article.title, "sentences": len(a.article.sentences),
          "words": _words(a.article), "actors": len(a.tables["actors"]),
          "quotes": len(a.tables["quotes"]), "claims": len(a.tables["demands"]),
          "dropped": len(a.article.dropped)} for a in analysed],
        columns=["article", "title", "sentences", "words", "actors", "quotes", "claims", "dropped"])


def _wide(long: pd.DataFrame, index: str, value: str, names: list[str], fill=0) -> pd.DataFrame:
    """``long`` (article, index, value) as one column per article, in the articles' order."""
    wide = long.pivot_table(index=index, columns="article", values=value, aggfunc="sum", fill_value=fill)
    return wide.reindex(columns=names, fill_value=fill)


def actors(analysed: list[Analysed], top: int = 12) -> pd.DataFrame:
    """Mentions of each actor in each article, for the ``top`` actors by mentions over all
    articles. Columns: actor, type, side, articles (how many name it), then one per article."""
    names = [a.name for a in analysed]
    long = pd.concat([a.tables["actors"].assign(article=a.name) for a in analysed], ignore_index=True)
    if long.empty:
        return pd.DataFrame(columns=["actor", "type", "side", "articles", *names])
    wide = _wide(long, "actor", "mentions", names).astype(int)
    info = long.drop_duplicates("actor").set_index("actor")[["type", "side"]]
    out = info.join(wide, how="right")
    out.insert(2, "articles", (wide > 0).sum(axis=1))
    out["total"] = wide.sum(axis=1)
    out = (out.reset_index().rename(columns={"index": "actor"})
           .sort_values(["articles", "total", "actor"], ascending=[False, False, True], kind="stable")
           .drop(columns="total").head(top).reset_index(drop=True))
    out["side"] = out["side"].fillna("")
    return out


def demands(analysed: list[Analysed], top: int = 12) -> pd.DataFrame:
    """Claims made by each claimant in each article (the claimants with most claims overall).
    Columns: claimant, side, then one per article."""
    names = [a.name for a in analysed]
    long = pd.concat([a.tables["demands"].assign(article=a.name, claims=1) for a in analysed],
                     ignore_index=True)
    if long.empty:
        return pd.DataFrame(columns=["claimant", "side", *names])
    wide = _wide(long, "claimant", "claims", names).astype(int)
    side = long.drop_duplicates("claimant").set_index("claimant")["side"].fillna("")
    out = wide.assign(side=side.reindex(wide.index), total=wide.sum(axis=1))
    out = (out.reset_index().sort_values(["total", "claimant"], ascending=[False, True], kind="stable")
           .head(top)[["claimant", "side", *names]].reset_index(drop=True))
    return out


def _position_word(positions: pd.Series) -> str:
    """How a side stands on an issue in one article, from its claims' positions (-1, 0, +1)."""
    if positions.empty:
        return ""
    signs = set(positions.dropna().astype(int))
    if signs == {1}:
        return f"for ({len(positions)})"
    if signs == {-1}:
        return f"against ({len(positions)})"
    if signs == {0}:
        return f"neutral ({len(positions)})"
    return f"mixed ({len(positions)})"


def positions(analysed: list[Analysed], top: int = 15) -> pd.DataFrame:
    """The stance of each side on each issue in each article: 'for', 'against',
    'neutral' or 'mixed', with the number of claims it rests on. Only sides and
    issues that at least two articles speak of (or all of them when none do), at most ``top``.
    Columns: side, issue, articles, then one per article."""
    names = [a.name for a in analysed]
    rows = []
    for a in analysed:
        table = a.tables["demands"]
        for claim in table.itertuples(index=False):
            for issue in str(claim.issues or "").split(";"):
                if issue.strip() and isinstance(claim.side, str) and claim.side:
                    rows.append({"article": a.name, "side": claim.side, "issue": issue.strip(),
                                 "position": claim.position})
    long = pd.DataFrame(rows, columns=["article", "side", "issue", "position"])
    if long.empty:
        return pd.DataFrame(columns=["side", "issue", "articles", *names])
    out = []
    for (side, issue), group in long.groupby(["side", "issue"], sort=True):
        row = {"side": side, "issue": issue, "articles": group.article.nunique()}
        for name in names:
            row[name] = _position_word(group[group.article == name].position)
        out.append(row)
    out = pd.DataFrame(out)
    shared = out[out.articles >= 2]
    out = shared if len(shared) else out
    return (out.sort_values(["articles", "side", "issue"], ascending=[False, True, True], kind="stable")
            .head(top).reset_index(drop=True))


def frames(analysed: list[Analysed], scheme: str = "generic") -> pd.DataFrame:
    """Share of each article's sentences coded with each frame of a scheme of the
    codebook (rows: frames, in codebook order; columns: label, then one per article)."""
    codebook = framing.load_codebook()
    columns = {}
    for a in analysed:
        profile = framing.frame_profile(a.tables["frames"], a.article, codebook)
        columns[a.name] = profile[profile.scheme == scheme].set_index("frame")["share"]
    labels = {f.id: f.label for f in codebook.frames(scheme)}
    out = pd.DataFrame(columns).reindex(list(labels))
    out.insert(0, "label", [labels[f] for f in out.index])
    return out.rename_axis("frame").reset_index()


def primary_frames(analysed: list[Analysed]) -> dict[str, str]:
    """Article -> label of its dominant generic frame ('' when no frame was coded)."""
    codebook = framing.load_codebook()
    out = {}
    for a in analysed:
        frame = framing.primary_frame(framing.frame_profile(a.tables["frames"], a.article, codebook))
        out[a.name] = codebook.label("generic", frame) if frame else ""
    return out


def tone(analysed: list[Analysed]) -> pd.DataFrame:
    """VADER's sentence scores summed up per article: mean compound score, and the
    shares of positive and negative sentences. Columns: article, sentences, mean,
    positive, negative, lowest_sentence."""
    rows = []
    for a in analysed:
        scores = a.tone
        lowest = scores.loc[scores.compound.idxmin(), "sentence_id"] if len(scores) else ""
        rows.append({"article": a.name, "sentences": len(scores),
                     "mean": scores.compound.mean() if len(scores) else 0.0,
                     "positive": (scores.compound >= TONE_POSITIVE).mean() if len(scores) else 0.0,
                     "negative": (scores.compound <= TONE_NEGATIVE).mean() if len(scores) else 0.0,
                     "lowest_sentence": lowest})
    return pd.DataFrame(rows, columns=["article", "sentences", "mean", "positive", "negative",
                                       "lowest_sentence"])
