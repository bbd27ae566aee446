"""Figures of the chapters whose axes carry the article's section names.

Section names are cross-headings a reader cites ("Moscow's Cautious Response to
the Ceasefire"): they are wrapped onto lines, never cut. Sections run down the
side of each figure, where a wrapped name reads level, and the figures are
drawn at the width of the PDF's text (6.5 in) so that their type prints at the
size set here (numbers in cells at 9 pt, labels at 8-9 pt).
"""
from __future__ import annotations

import textwrap

import pandas as pd

WIDTH = 6.5          # inches: the PDF's text is 6.7 in wide, so a figure is never scaled down
SECTION_CHARS = 30   # characters of a section name on one line of a label
CELL_SIZE = 9        # points: numbers inside heatmap cells
LABEL_SIZE = 8.5     # points: tick labels


def wrap(label: str, width: int = SECTION_CHARS) -> str:
    """A label on as many lines of at most ``width`` characters as it needs (whole words)."""
    return "\n".join(textwrap.wrap(str(label), width, break_long_words=False)) or str(label)


def _lines(labels) -> int:
    return max((wrap(label).count("\n") + 1 for label in labels), default=1)


def actors_by_section(grid: pd.DataFrame):
    """Mentions of each actor (columns) in each section (rows, in reading order):
    a heatmap with the count in every cell."""
    import matplotlib.pyplot as plt
    import seaborn as sns

    table = grid.T                                         # sections down the side, actors across
    counts = table.map(lambda n: str(n) if n else "")      # a blank cell: no mention
    fig, ax = plt.subplots(figsize=(WIDTH, 1.6 + 0.2 * _lines(table.index) * len(table.index)))
    sns.heatmap(table, annot=counts, fmt="", cmap="Blues", cbar=False, linewidths=0.5,
                linecolor="#DDDDDD", annot_kws={"size": CELL_SIZE}, ax=ax)
    ax.set(xlabel="", ylabel="")
    ax.set_yticks([i + 0.5 for i in range(len(table.index))], [wrap(s) for s in table.index],
                  rotation=0, fontsize=LABEL_SIZE)
    ax.set_xticks([i + 0.5 for i in range(len(table.columns))], list(table.columns),
                  rotation=90, fontsize=LABEL_SIZE)
    ax.xaxis.tick_top()                                    # actor names above, beside the first rows
    fig.tight_layout()
    return fig


def frames_by_section(by_generic: pd.DataFrame, by_policy: pd.DataFrame):
    """Share of each section's sentences (rows) coded with each frame (columns):
    generic frames left of a line, policy dimensions right of it."""
    import matplotlib.pyplot as plt
    import seaborn as sns

    table = pd.concat([by_generic, by_policy], axis=1)
    fig, ax = plt.subplots(figsize=(WIDTH, 2.0 + 0.2 * _lines(table.index) * len(table.index)))
    sns.heatmap(table.to_numpy(), annot=True, fmt=".1f", cmap="Blues", vmin=0, vmax=1, cbar=False,
                linewidths=0.5, annot_kws={"size": CELL_SIZE}, ax=ax)
    ax.axvline(by_generic.shape[1], color="black", linewidth=1.5)
    ax.set_yticks([i + 0.5 for i in range(len(table.index))], [wrap(s) for s in table.index],
                  rotation=0, fontsize=LABEL_SIZE)
    ax.set_xticks([i + 0.5 for i in range(len(table.columns))],
                  [wrap(c, 28) for c in table.columns], rotation=90, fontsize=8)
    ax.set_xlabel("generic frames (left of the line) and policy dimensions", fontsize=9)
    ax.set_ylabel("")
    fig.tight_layout()
    return fig


def tone_by_section(tone: pd.DataFrame, order: list[str]):
    """The VADER compound score of every sentence (one dot each), by section."""
    import matplotlib.pyplot as plt
    import seaborn as sns

    fig, ax = plt.subplots(figsize=(WIDTH, 1.0 + 0.2 * _lines(order) * len(order)))
    sns.stripplot(data=tone, x="compound", y="section", order=order, size=6, color="#4C72B0", ax=ax)
    ax.axvline(0, color="grey", linewidth=1)
    ax.set(xlabel="VADER compound score of each sentence", ylabel="", xlim=(-1, 1),
           xticks=[-1, -0.5, 0, 0.5, 1])
    ax.set_yticks(range(len(order)), [wrap(s) for s in order], fontsize=LABEL_SIZE)
    fig.tight_layout()
    return fig
