"""The command line: tables for any article, one-line errors, nothing half-written."""
import shutil
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


# --- several articles --------------------------------------------------------------------------

ARTICLES = ROOT / "tests/data/articles"


def test_a_folder_gives_per_article_and_combined_tables(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(ARTICLES, folder)
    (folder / "broken.txt").write_bytes(b"%PDF-1.4 binary")
    (folder / "notes.md").write_text("not an article: only *.txt files are read")
    out = tmp_path / "out"
    result = run(folder, "--out", out, "--jobs", "1")
    assert result.returncode == 0, result.stderr
    # the bad file is said, on one line, and skipped; no progress bar when stderr is not a terminal
    assert result.stderr.strip().splitlines() == [
        f"skipped: {folder / 'broken.txt'}: this is a PDF document, not plain text; "
        "save the article as a .txt file"]
    names = sorted(p.stem for p in ARTICLES.glob("*.txt"))
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == names
    for name in names:
        assert {p.stem for p in (out / name).glob("*.csv")} == set(analyze.TABLES)
    combined = pd.read_csv(out / "actors.csv")
    assert combined.columns[0] == "article"
    assert sorted(combined.article.unique()) == names
    # the combined table is the per-article tables one after the other
    cyprus = pd.read_csv(out / "002_cyprus_talks/actors.csv")
    assert combined[combined.article == "002_cyprus_talks"].drop(columns="article") \
        .reset_index(drop=True).equals(cyprus)
    assert "Ersin Tatar" in set(cyprus.actor)
    summary = pd.read_csv(out / "articles.csv")
    assert list(summary.article) == names
    assert summary.set_index("article").loc["001_sudan_truce", "title"] == \
        "Sudan's army rejects truce plan at Jeddah talks"
    assert not list(out.glob(".staging-*"))


def test_two_processes_give_the_same_tables_as_one(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert run(ARTICLES, "--out", one, "--jobs", "1").returncode == 0
    assert run(*sorted(ARTICLES.glob("*.txt")), "--out", two, "--jobs", "2").returncode == 0
    for table in ["articles", *analyze.TABLES]:
        assert (one / f"{table}.csv").read_bytes() == (two / f"{table}.csv").read_bytes(), table


def test_nothing_analysable_is_an_error_and_writes_nothing(tmp_path, write_article):
    write_article(b"", name="empty.txt")
    write_article(b"<html><body>x</body></html>", name="page.txt")
    out = tmp_path / "out"
    result = run(tmp_path, "--out", out)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3 and lines[-1].startswith("error: no article could be analysed")
    assert all(line.startswith("skipped: ") for line in lines[:2])
    assert not out.exists()


def test_an_empty_folder_is_said(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run(tmp_path / "empty", "--out", tmp_path / "out")
    assert result.returncode == 2 and "no article (*.txt) in this folder" in result.stderr


def test_help_says_when_the_run_fails():
    result = run("--help")
    assert result.returncode == 0
    assert "--jobs" in result.stdout and "only if no article could be analysed" in result.stdout


def _run_on_a_terminal(*args) -> str:
    """stderr of the command when it is a terminal (a pseudo-terminal here)."""
    import fcntl
    import os
    import pty
    import struct
    import termios
    main_end, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))   # 100 columns
    process = subprocess.Popen([sys.executable, "-m", "scripts.analyze", *map(str, args)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=terminal)
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(main_end, 4096)
        except OSError:                      # the command closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait()
    os.close(main_end)
    assert process.returncode == 0
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_only_and_not_with_quiet(tmp_path):
    shown = _run_on_a_terminal(ARTICLES, "--out", tmp_path / "a", "--jobs", "1")
    assert "3/3" in shown and "article" in shown
    assert _run_on_a_terminal(ARTICLES, "--out", tmp_path / "b", "--jobs", "1", "--quiet") == ""
    one = _run_on_a_terminal(ARTICLES / "001_sudan_truce.txt", "--out", tmp_path / "c")
    assert f"{len(analyze.TABLES)}/{len(analyze.TABLES)}" in one and "table" in one
