"""Articles side by side, on short articles written for the tests
(tests/data/articles: Sudan, Cyprus, Yemen); the counts below were read off
those texts by eye. The comparison chapter is built in a small book whose
seeds/ holds them; with the one seed, the full book says only one is present."""
import pandas as pd
import pytest

from scripts import compare
from scripts.paths import ROOT

ARTICLES = sorted((ROOT / "tests/data/articles").glob("*.txt"))
SUDAN, CYPRUS, YEMEN = (p.stem for p in ARTICLES)


@pytest.fixture(scope="module")
def analysed():
    done, skipped = compare.analyse(ARTICLES)
    assert skipped == []
    return done


def test_articles_are_labelled_in_file_name_order(analysed):
    assert compare.labels(analysed) == {SUDAN: "A", CYPRUS: "B", YEMEN: "C"}


def test_overview(analysed):
    table = compare.overview(analysed).set_index("article")
    assert table.loc[SUDAN, "title"] == "Sudan's army rejects truce plan at Jeddah talks"
    # title, standfirst, 2 + 2 + 2 + 1 sentences; Cyprus and Yemen: 7 each
    assert table.sentences.to_dict() == {SUDAN: 9, CYPRUS: 7, YEMEN: 7}
    # the Cyprus byline and dateline, the Yemen menu, credit, share and cookie lines
    assert table.dropped.to_dict() == {SUDAN: 0, CYPRUS: 2, YEMEN: 5}


def test_actors_side_by_side(analysed):
    table = compare.actors(analysed, top=50).set_index("actor")
    # "Saudi Arabia and the United States" (Sudan); "talks with Saudi Arabia", "The Saudi government" (Yemen)
    assert table.loc["Saudi Arabia", [SUDAN, CYPRUS, YEMEN]].tolist() == [1, 0, 2]
    assert table.loc["Saudi Arabia", "articles"] == 2
    # "the United Nations welcomed" (Cyprus), "The United Nations envoy" (Yemen)
    assert table.loc["United Nations", [SUDAN, CYPRUS, YEMEN]].tolist() == [0, 1, 1]
    # "army chief Abdel Fattah al-Burhan", then "Burhan said"
    assert table.loc["Abdel Fattah al-Burhan", SUDAN] == 2
    assert table.loc["Abdel Fattah al-Burhan", "side"] == "Sudan"
    # actors named in several articles come first
    assert list(table.articles) == sorted(table.articles, reverse=True)
    assert len(compare.actors(analysed, top=3)) == 3


def test_demands_and_positions(analysed):
    claims = compare.demands(analysed).set_index("claimant")
    assert claims.loc["Abdel Fattah al-Burhan", SUDAN] == 1          # "rejected a truce proposal"
    # "called for an immediate ceasefire and warned that the war threatened the stability of the region"
    assert claims.loc["Badr Abdelatty", SUDAN] == 2
    assert claims.loc["Badr Abdelatty", [CYPRUS, YEMEN]].tolist() == [0, 0]
    stances = compare.positions(analysed).set_index(["side", "issue"])
    # the headline ("Sudan's army rejects truce plan") and Burhan's rejection
    assert stances.loc[("Sudan", "ceasefire"), SUDAN] == "against (2)"
    assert stances.loc[("Egypt", "ceasefire"), SUDAN] == "for (1)"
    assert stances.loc[("Egypt", "ceasefire"), CYPRUS] == ""


def test_position_words():
    assert compare._position_word(pd.Series([1, 1])) == "for (2)"
    assert compare._position_word(pd.Series([-1])) == "against (1)"
    assert compare._position_word(pd.Series([1, -1, 0])) == "mixed (3)"
    assert compare._position_word(pd.Series([], dtype=int)) == ""


def test_frames_are_shares_of_each_articles_sentences(analysed):
    table = compare.frames(analysed).set_index("frame")
    assert list(table.index[:2]) == ["conflict", "responsibility"]       # codebook order
    for a in analysed:
        coded = a.tables["frames"]
        conflict = coded[coded.frame == "conflict"].sentence_id.nunique()
        assert table.loc["conflict", a.name] == pytest.approx(conflict / len(a.article.sentences))
    assert set(compare.primary_frames(analysed)) == {SUDAN, CYPRUS, YEMEN}


def test_tone(analysed):
    table = compare.tone(analysed).set_index("article")
    for a in analysed:
        row = table.loc[a.name]
        assert row.sentences == len(a.article.sentences)
        assert -1 <= row["mean"] <= 1 and row.positive + row.negative <= 1
        assert row.lowest_sentence in {s.id for s in a.article.sentences}


def test_a_bad_file_is_skipped_and_said(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"%PDF-1.4")
    done, skipped = compare.analyse([ARTICLES[0], bad])
    assert [a.name for a in done] == [SUDAN]
    assert len(skipped) == 1 and "bad.txt" in skipped[0] and "PDF" in skipped[0]


@pytest.mark.book
def test_the_comparison_chapter_with_three_articles(tmp_path):
    from conftest import make, project_copy       # tests/ is on the path (pytest prepends it)

    directory = project_copy(tmp_path)
    for old in (directory / "seeds").glob("*.txt"):
        old.unlink()
    for article in ARTICLES:
        (directory / "seeds" / article.name).write_bytes(article.read_bytes())
    (directory / "book/intro.md").write_text("# Three articles\n")
    (directory / "book/_toc.yml").write_text(
        "format: jb-book\nroot: book/intro\nchapters:\n  - file: notebooks/06_comparison\n"
        "  - file: notebooks/A0_article\n  - file: book/bibliography\n")
    result = make(directory, "html")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    page = (directory / "_build/html/notebooks/06_comparison.html").read_text()
    assert "Only one article" not in page and "Traceback" not in page
    for label in ("tbl-ch6-articles", "tbl-ch6-actors", "tbl-ch6-demands", "tbl-ch6-positions",
                  "tbl-ch6-frames", "tbl-ch6-tone"):
        assert f'id="{label}"' in page, label
    for title in ("Sudan&#39;s army rejects truce plan", "Cyprus leaders agree to reopen crossing points",
                  "Shipping resumes at Hodeidah after Houthi pause"):
        assert title in page or title.replace("&#39;", "'") in page, title
    assert 'href="A0_article.html#p' in page        # the primary article's sentence is a link
