"""The command line: tables for any article, one-line errors, nothing half-written."""
import subprocess
import sys

import pandas as pd
import pytest

from scripts import analyze
from scripts.paths import ROOT, primary_article


def run(*args):
    return subprocess.run([sys.executable, "-m", "scripts.analyze", *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True)


def test_seed_sentences_csv(tmp_path):
    result = run(primary_article(), "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    table = pd.read_csv(tmp_path / "sentences.csv")
    assert list(table.columns[:4]) == ["sentence_id", "paragraph_id", "section", "text"]
    assert len(table) == 52
    assert table.iloc[0]["sentence_id"] == "P01.S1"
    assert not list(tmp_path.glob(".staging-*"))


def test_any_article_gets_the_tables(write_article, tmp_path):
    path = write_article("Strike ends at the port\n\nDock workers returned to work on Tuesday. "
                         "The union said the deal was fair.\n", name="port.txt")
    out = tmp_path / "out"
    assert run(path, "--out", out).returncode == 0
    assert set(analyze.TABLES) <= {p.stem for p in out.glob("*.csv")}


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4 binary", b"\xff\xfe\x00bad", b"<html><body>x</body></html>"])
def test_bad_input_one_line_error_and_existing_output_untouched(write_article, tmp_path, content):
    out = tmp_path / "out"
    out.mkdir()
    (out / "sentences.csv").write_text("previous,run\n")
    result = run(write_article(content, name="bad.txt"), "--out", out)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "bad.txt" in lines[0]
    assert "Traceback" not in result.stderr
    assert (out / "sentences.csv").read_text() == "previous,run\n"
    assert sorted(p.name for p in out.iterdir()) == ["sentences.csv"]


def test_missing_file_is_a_clear_error(tmp_path):
    result = run(tmp_path / "nope.txt", "--out", tmp_path / "out")
    assert result.returncode == 2 and "no such file" in result.stderr
    assert not (tmp_path / "out").exists()
