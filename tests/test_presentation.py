"""What readers see of the tables and figures: headers in words, cue patterns as
the words they match, section names whole."""
import re

import pandas as pd
import pytest

from scripts import demands, figures, report
from scripts.paths import ROOT

SNAKE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)+$")
# what a reader should never meet in a codebook cell: regular-expression syntax
REGEX_SYNTAX = re.compile(r"\(\?|\\[a-zA-Z]|\||\[\^|[*+{}]|\?")


def header_row(markdown: str) -> list[str]:
    line = next(l for l in markdown.splitlines() if l.startswith("| "))
    return [cell.strip().replace("\\", "") for cell in line.strip("|").split(" | ")]


def test_a_displayed_table_shows_no_column_name_with_underscores():
    frame = pd.DataFrame({"stands_for": ["Russia"], "heard_through": ["Reuters"],
                          "source_sides": ["Russia"], "sentence_ids": ["P01.S1"], "issue": ["x"]})
    shown = header_row(report.table(frame, name="tbl-x", caption="X.").data)
    assert shown == ["stands for", "heard through", "sources' sides", "sentences", "issue"]
    assert not any(SNAKE.match(h) for h in shown)


def test_the_exported_csv_keeps_its_column_names():
    # the data dictionary is the contract of the downloads: names as in the CSV files
    dictionary = pd.read_csv(ROOT / "scripts/data/data_dictionary.csv", dtype=str)
    assert any(SNAKE.match(c) for c in dictionary.column)


def expand(pattern: str) -> str:
    """A cue of the claim tables as a regex: ``word~`` any inflection (as the analysis reads it)."""
    return demands.cue_regex(pattern).pattern


@pytest.mark.parametrize("pattern, words", [
    ("(?:has|have|had) to", ["has to", "have to", "had to"]),
    ("(?:should|ought to)", ["should", "ought to"]),
    (r"must(?!\s+(?:have\s+(?:been|had|\w+ed|\w+en)|be\s+\w+ing)\b)", ["must"]),
    (r"if(?=[^\u201d\x22]*?,\s*(?:then|we|I)\b)", ["if"]),
    ("demand~", ["demand"]),
    ("(?:wants?|wanted|wanting)", ["want(s)", "wanted", "wanting"]),
])
def test_cue_words_are_the_words_the_pattern_matches(pattern, words):
    assert report.cue_words(pattern) == words
    for word in words:
        plain = word.replace("(s)", "s")
        assert re.search(expand(pattern), plain + ", then we", re.I), word


def test_a_long_alternation_reads_as_slashes_and_optional_parts_in_brackets():
    assert report.cue_words("(?:wary|sceptical|critical) (?:of|about)") == ["wary/sceptical/critical of/about"]
    assert report.cue_words("(?:is|are|was|were) not needed") == ["is/are/was/were not needed"]
    assert report.cue_words("pauses? in (?:the )?fighting") == ["pause(s) in (the) fighting"]
    assert report.cue_words(r"about \d+") == ["about [number]"]
    assert report.cue_words(r"appear\w*") == ["appear…"]


def test_no_cue_of_the_chapter_codebooks_is_shown_as_a_regular_expression():
    forms = pd.read_csv(demands.DATA / "claim_forms.csv", dtype=str)
    cells = [report.cue_list(forms.cue)]
    cells += [report.cue_list(c.split(";")) for c in demands.issues_codebook().cues]
    cells.append(report.cue_list(demands.hedges_table().hedge))
    for cell in cells:
        assert not REGEX_SYNTAX.search(cell), REGEX_SYNTAX.search(cell).group(0) + " in " + cell[:200]


def test_section_names_are_wrapped_whole():
    name = "Moscow's Cautious Response to the Ceasefire Proposal"
    wrapped = figures.wrap(name)
    assert wrapped.replace("\n", " ") == name
    assert all(len(line) <= figures.SECTION_CHARS for line in wrapped.split("\n"))


def test_section_figures_keep_every_section_name_and_fit_the_pdf_line():
    import matplotlib
    matplotlib.use("Agg")
    sections = ["Lead", "Moscow's Cautious Response to the Ceasefire Proposal",
                "Europe's Concerns: A Weakened Western Front?"]
    grid = pd.DataFrame([[1, 0, 2], [0, 3, 1]], index=["Russia", "Ukraine"], columns=sections)
    fig = figures.actors_by_section(grid)
    shown = [t.get_text().replace("\n", " ") for t in fig.axes[0].get_yticklabels()]
    assert shown == sections
    assert fig.get_size_inches()[0] <= 6.7            # the PDF's text width: never scaled down
    cells = [t.get_text() for t in fig.axes[0].texts if t.get_text()]
    assert "0" not in cells and sorted(cells) == ["1", "1", "2", "3"]
    assert all(t.get_fontsize() >= 9 for t in fig.axes[0].texts)
    tone = pd.DataFrame({"compound": [0.1, -0.5, 0.3], "section": sections})
    fig = figures.tone_by_section(tone, sections)
    assert [t.get_text().replace("\n", " ") for t in fig.axes[0].get_yticklabels()] == sections


def test_the_gap_figure_keeps_every_issue_word_whole(seed):
    # P16.S1 "demilitarization of Ukraine": a row label with room beside the figure
    import matplotlib
    matplotlib.use("Agg")
    from scripts import briefing
    from scripts.analyze import tables_for
    fig = briefing.gap_figure(briefing.stance_cells(tables_for(seed)))
    rows = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "demilitarization" in rows
    assert not any("-\n" in r for r in rows)


def test_the_gap_figure_keeps_each_label_inside_its_cell(seed):
    # "(Ukraine's)", "(to Russia)" and "possibly for" (P11.S1) are the longest labels of the seed
    import matplotlib
    matplotlib.use("Agg")
    from scripts import briefing
    from scripts.analyze import tables_for
    fig = briefing.gap_figure(briefing.stance_cells(tables_for(seed)))
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    n_columns = len(ax.get_xticks())
    labels = [t for t in ax.texts if t.get_position()[0] < n_columns]
    assert any("possibly" in t.get_text() for t in labels)
    for text in labels:
        x, y = text.get_position()
        left, bottom = ax.transData.transform((x - 0.5, y + 0.5))
        right, top = ax.transData.transform((x + 0.5, y - 0.5))
        box = text.get_window_extent(renderer)
        assert left <= box.x0 and box.x1 <= right and bottom <= box.y0 and box.y1 <= top, text.get_text()


def test_the_network_names_do_not_overlap(seed):
    # "Russian officials", "Steven Witkoff" and "Donald Trump" sit close together in the layout
    import matplotlib
    matplotlib.use("Agg")
    import networkx as nx
    from scripts import figures
    from scripts.actors import co_mentions, find_actors
    found = find_actors(seed)
    graph = nx.Graph()
    graph.add_nodes_from(found.actors.actor)
    for p in co_mentions(found.mentions).itertuples():
        graph.add_edge(p.actor_a, p.actor_b, weight=p.sentences)
    sizes = found.actors.set_index("actor").mentions
    fig = figures.co_mention_network(graph, sizes, {n: "#4C72B0" for n in graph.nodes})
    renderer = fig.canvas.get_renderer()
    texts = fig.axes[0].texts
    assert {t.get_text() for t in texts} == set(graph.nodes)
    boxes = [t.get_window_extent(renderer) for t in texts]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a.x1 < b.x0 or b.x1 < a.x0 or a.y1 < b.y0 or b.y1 < a.y0
