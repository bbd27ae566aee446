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


def co_mention_network(graph, sizes: pd.Series, colours: dict, seed: int = 7):
    """Actors as nodes (area by mentions, colour by ``colours[node]``), an edge for each pair named
    in the same sentence (width by shared sentences). Each name sits just above its node and is
    moved up or down until it overlaps no other name: in a dense cluster ("Russian officials",
    "Steven Witkoff", "Donald Trump") names drawn at the nodes would run into one another."""
    import matplotlib.pyplot as plt
    import networkx as nx

    fig, ax = plt.subplots(figsize=(WIDTH, 5.5))
    layout = nx.spring_layout(graph, seed=seed, k=0.9, weight="weight")
    node_size = {n: 80 + 25 * sizes[n] for n in graph.nodes}
    nx.draw_networkx_edges(graph, layout, width=[0.6 + graph[a][b]["weight"] for a, b in graph.edges],
                           edge_color="0.7", ax=ax)
    nx.draw_networkx_nodes(graph, layout, node_size=[node_size[n] for n in graph.nodes],
                           node_color=[colours[n] for n in graph.nodes], ax=ax)
    labels = {n: ax.annotate(n, layout[n], xytext=(0, (node_size[n] ** 0.5) / 2 + 1), textcoords="offset points",
                             ha="center", va="bottom", fontsize=7,
                             bbox={"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none",
                                   "alpha": 0.75})
              for n in graph.nodes}
    ax.margins(0.08)
    ax.axis("off")
    fig.tight_layout()
    _separate(fig, list(labels.values()))
    return fig


def _separate(fig, texts, rounds: int = 300) -> None:
    """Move annotations up or down (by offset, in points) until no two overlap."""
    renderer = fig.canvas.get_renderer()
    points_per_pixel = 72 / fig.dpi
    for _ in range(rounds):
        boxes = [t.get_window_extent(renderer) for t in texts]
        moved = False
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                a, b = boxes[i], boxes[j]
                if a.x1 < b.x0 or b.x1 < a.x0 or a.y1 < b.y0 or b.y1 < a.y0:
                    continue
                # the higher one goes up, the lower one down, each by half the overlap and a point
                upper, lower = (i, j) if (a.y0 + a.y1) >= (b.y0 + b.y1) else (j, i)
                step = (min(a.y1, b.y1) - max(a.y0, b.y0)) * points_per_pixel / 2 + 1
                for k, sign in ((upper, 1), (lower, -1)):
                    dx, dy = texts[k].xyann
                    texts[k].xyann = (dx, dy + sign * step)
                moved = True
                boxes = [t.get_window_extent(renderer) for t in texts]
        if not moved:
            return
