"""Key findings: every figure comes from the tables, every finding points to its evidence."""
import json
import re

import pytest

from scripts import counts, findings
from scripts.analyze import tables_for
from scripts.paths import ROOT
from scripts.reader import parse


@pytest.fixture(scope="module")
def seed_tables(seed):
    return tables_for(seed)


@pytest.fixture(scope="module")
def seed_findings(seed, seed_tables):
    return {f.key: f for f in findings.key_findings(seed, seed_tables)}


def section_labels() -> set[str]:
    labels = set()
    for path in (ROOT / "notebooks").glob("*.ipynb"):
        for cell in json.loads(path.read_text())["cells"]:
            if cell["cell_type"] == "markdown":
                labels |= set(re.findall(r"^\(([\w-]+)\)=$", "".join(cell["source"]), re.M))
    return labels


def test_five_to_eight_findings_numbered_in_order(seed, seed_findings):
    found = findings.key_findings(seed)
    assert 5 <= len(found) <= 8
    assert [f.id for f in found] == [f"F{i}" for i in range(1, len(found) + 1)]
    assert [f.anchor for f in found][:2] == ["finding-f1", "finding-f2"]


def test_each_finding_points_to_a_section_and_to_sentences_of_the_article(seed, seed_findings):
    ids = {s.id for s in seed.sentences}
    labels = section_labels()
    for finding in seed_findings.values():
        assert finding.section in labels, finding.section
        assert 1 <= len(finding.sentence_ids) <= findings.MAX_EVIDENCE
        assert set(finding.sentence_ids) <= ids
        assert "{" not in finding.text and finding.text.endswith(".")


def test_prominence_figures_match_the_actors_table(seed_tables, seed_findings):
    f = seed_findings["prominence"].figures
    actors = seed_tables["actors"].set_index("actor")
    assert f["actor"] == "Russia"          # the article's subject, named in its headline
    assert f["mentions"] == actors.loc["Russia", "mentions"] == actors.mentions.max()
    assert f["total"] == actors.mentions.sum() and f["n_actors"] == len(actors)
    assert f["runner_up_mentions"] == actors.loc[f["runner_up"], "mentions"]


def test_voice_figures_match_the_quotes_table(seed_tables, seed_findings):
    f = seed_findings["voices"].figures
    statements = counts.statements_table(seed_tables["quotes"])
    # one statement per reporting act, read in the text: P03.S1 Russia expressed, P05.S1 Ushakov made
    # it clear, P05.S2 Ushakov stated, P08.S2 Ukrainian officials signaled, P11.S2 Zakharova reiterated
    # (", warning that" goes on with the same act), P14.S2 observers suggest, P15.S1 Reuters and
    # Bloomberg indicate (one report; what Russia "outlined" is their content, not Russia speaking),
    # P21.S1 analysts believe, P23.S3 Zelenskyy made it clear, P28.S2 Kremlin sources claim,
    # P29.S1 Russian military officials announced
    assert f["statements"] == counts.statements(seed_tables["quotes"]) == len(statements) == 11
    assert (f["side"], f["side_statements"]) == ("Russia", 6)
    # read in the text: the article quotes one passage in quotation marks, Ushakov's (P05.S2)
    assert f["direct"] == (statements.kind == "direct").sum() == 1
    assert "P05.S2" in seed_findings["voices"].sentence_ids


def test_claim_figures_match_the_demands_table(seed_tables, seed_findings):
    claims = seed_tables["demands"]
    f = seed_findings["claims"].figures
    assert f["claims"] == len(claims)
    assert f["side_claims"] == (claims.side == f["side"]).sum() == claims.side.value_counts().max()
    assert f["against"] == ((claims.side == f["side"]) & (claims.position == -1)).sum()
    reported = seed_findings["reported"].figures
    assert reported["reported"] == (claims.authority == "reported").sum()
    assert {"Reuters", "Bloomberg"} <= set(reported["sources"])   # P15.S1 names both
    unsourced = seed_findings["unsourced"].figures
    assert unsourced["unsourced"] == (claims.authority == "unattributed").sum()
    assert unsourced["share"] == pytest.approx(unsourced["unsourced"] / len(claims))


def test_frame_figures_match_the_frames_table(seed, seed_tables, seed_findings):
    f = seed_findings["frame"].figures
    generic = seed_tables["frames"][seed_tables["frames"].scheme == "generic"]
    counts = generic.groupby("frame").sentence_id.nunique()
    assert f["sentences"] == counts.max() and f["total"] == len(seed.sentences)


def test_the_timeline_finding_says_the_seed_has_no_date(seed_findings):
    timeline = seed_findings["timeline"]
    assert "no date" in timeline.text
    assert "P29.S1" in timeline.sentence_ids           # 'On Thursday, ...'


def test_an_article_without_quotes_gets_fewer_findings_not_wrong_ones():
    article = parse("Drought hits the south\n\nThe rains failed in Kenya. Farmers in Kenya wait. "
                    "Prices of maize rose by a third.\n", "kenya.txt")
    found = findings.key_findings(article)
    assert [f.id for f in found] == [f"F{i}" for i in range(1, len(found) + 1)]
    keys = {f.key for f in found}
    assert "voices" not in keys and "prominence" not in keys   # one actor, no one speaks
    for finding in found:
        assert "{" not in finding.text
