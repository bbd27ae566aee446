"""The command line: tables for any article, one-line errors, nothing half-written."""
import os
import shlex
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


# --- hostile names, devices, crashes and concurrent runs ---------------------------------------

STORY = ("{title}\n\nDock workers in {town} returned to work on Tuesday after a week-long strike. "
         "The union said the deal was fair and the port authority agreed.\n")


def _folder_of_articles(root, names):
    """A folder ``root`` holding one short article per (bytes or str) file name."""
    root.mkdir()
    for n, name in enumerate(names):
        name = os.fsencode(name)
        with open(os.path.join(os.fsencode(root), name), "wb") as f:
            f.write(STORY.format(title=f"Port strike {n} ends", town=f"Town{n}").encode())
    return root


def test_dotted_file_names_stay_inside_the_output_folder(tmp_path):
    folder = _folder_of_articles(tmp_path / "in", ["...txt", "..txt", "good.txt"])
    out = tmp_path / "work" / "out"
    result = run(folder, "--out", out, "--jobs", "1")
    assert result.returncode == 0, result.stderr
    # nothing beside the output folder, and every listed article has its whole folder in it
    assert sorted(p.name for p in (tmp_path / "work").iterdir()) == ["out"]
    summary = pd.read_csv(out / "articles.csv", keep_default_na=False)
    assert len(summary) == 3
    assert len(set(summary.article)) == 3
    for name in summary.article:
        assert name not in ("", ".", "..") and "/" not in name
        assert (out / name).is_dir() and (out / name).resolve().parent == out.resolve()
        assert {p.stem for p in (out / name).glob("*.csv")} == set(analyze.TABLES)
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == sorted(summary.article)


def test_a_name_that_is_not_utf8_is_written_readably(tmp_path):
    folder = _folder_of_articles(tmp_path / "in", [b"bad\xffname.txt", "good.txt"])
    out = tmp_path / "out"
    result = run(folder, "--out", out, "--jobs", "1")
    assert result.returncode == 0, result.stderr
    summary = pd.read_csv(out / "articles.csv")
    assert sorted(summary.article) == ["bad\ufffdname", "good"]
    assert (out / "bad\ufffdname" / "sentences.csv").exists()
    assert "bad\ufffdname" in set(pd.read_csv(out / "sentences.csv").article)


def test_a_line_break_in_a_file_name_keeps_messages_on_one_line(tmp_path):
    folder = _folder_of_articles(tmp_path / "in", ["good.txt"])
    (folder / "two\nlines.txt").write_bytes(b"%PDF-1.4 binary")
    result = run(folder, "--out", tmp_path / "out", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"skipped: {folder}/two\\nlines.txt: this is a PDF document, not plain text; "
        "save the article as a .txt file"]


def test_one_bad_name_as_a_single_article(tmp_path):
    folder = _folder_of_articles(tmp_path / "in", [b"bad\xffname.txt"])
    result = run(os.fsdecode(os.path.join(os.fsencode(folder), b"bad\xffname.txt")),
                 "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "bad\ufffdname.txt" in result.stdout


def test_an_empty_out_is_refused(tmp_path, write_article):
    path = write_article(STORY.format(title="Port strike ends", town="Hull"), name="port.txt")
    result = subprocess.run([sys.executable, "-m", "scripts.analyze", str(path), "--out", ""],
                            cwd=tmp_path, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "--out" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["port.txt"]


def test_a_folder_that_holds_other_files_is_not_replaced(tmp_path, write_article):
    path = write_article(STORY.format(title="Port strike ends", town="Hull"), name="port.txt")
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.md").write_text("my notes")
    result = run(path, "--out", out)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "notes.md" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["notes.md"]


def test_reusing_an_output_folder_replaces_the_old_set_whole(tmp_path):
    first = _folder_of_articles(tmp_path / "first", ["alpha.txt", "beta.txt"])
    second = _folder_of_articles(tmp_path / "second", ["gamma.txt", "delta.txt"])
    out = tmp_path / "out"
    assert run(first, "--out", out, "--jobs", "1").returncode == 0
    assert run(second, "--out", out, "--jobs", "1").returncode == 0
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["delta", "gamma"]
    assert sorted(pd.read_csv(out / "articles.csv").article) == ["delta", "gamma"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first", "out", "second"]


def test_the_written_folder_is_readable_by_others(tmp_path, write_article):
    path = write_article(STORY.format(title="Port strike ends", town="Hull"), name="port.txt")
    old = os.umask(0o022)
    try:
        assert run(path, "--out", tmp_path / "out").returncode == 0
    finally:
        os.umask(old)
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o755


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_at_once(tmp_path, device):
    result = subprocess.run([sys.executable, "-m", "scripts.analyze", device, "--out",
                             str(tmp_path / "out")], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert device in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_pipe_is_read_up_to_the_limit_only(tmp_path):
    from scripts.reader import MAX_BYTES
    script = (f"{shlex.quote(sys.executable)} -m scripts.analyze "
              f"<(yes 'The talks went on and on.' | head -c {MAX_BYTES * 10}) "
              f"--out {shlex.quote(str(tmp_path / 'out'))}")
    result = subprocess.run(["bash", "-c", script], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "limit" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_short_pipe_is_read(tmp_path):
    script = (f"{shlex.quote(sys.executable)} -m scripts.analyze "
              f"<(printf {shlex.quote(STORY.format(title='Port strike ends', town='Hull'))}) "
              f"--out {shlex.quote(str(tmp_path / 'out'))}")
    result = subprocess.run(["bash", "-c", script], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(pd.read_csv(tmp_path / "out" / "sentences.csv")) == 3


def test_a_fifo_without_a_writer_does_not_hang(tmp_path):
    fifo = tmp_path / "waiting.txt"
    os.mkfifo(fifo)
    result = subprocess.run([sys.executable, "-m", "scripts.analyze", str(fifo), "--out",
                             str(tmp_path / "out")], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "waiting.txt" in result.stderr


def test_a_fifo_in_a_folder_is_said_and_not_opened(tmp_path):
    folder = _folder_of_articles(tmp_path / "in", ["good.txt"])
    os.mkfifo(folder / "waiting.txt")
    result = subprocess.run([sys.executable, "-m", "scripts.analyze", str(folder), "--out",
                             str(tmp_path / "out"), "--jobs", "1"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [f"skipped: {folder / 'waiting.txt'}: not a regular file"]
    assert list(pd.read_csv(tmp_path / "out" / "articles.csv").article) == ["good"]


def _unreadable_run(path, out):
    """The command run without the power to read files it has no permission for."""
    if os.geteuid() == 0:
        probe = subprocess.run(["setpriv", "--bounding-set", "-dac_override,-dac_read_search",
                                "--inh-caps", "-all", "cat", str(path)], capture_output=True)
        if probe.returncode == 0:
            pytest.skip("setpriv cannot drop the power to read any file here")
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps", "-all"]
    else:
        prefix = []
    return subprocess.run([*prefix, sys.executable, "-m", "scripts.analyze", *map(str, path if
                           isinstance(path, list) else [path]), "--out", str(out), "--jobs", "1"],
                          cwd=ROOT, capture_output=True, text=True)


def test_an_unreadable_file_is_one_line(tmp_path, write_article):
    path = write_article(STORY.format(title="Port strike ends", town="Hull"), name="locked.txt")
    path.chmod(0)
    result = _unreadable_run(path, tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"error: {path}: cannot be read (Permission denied)"]


def test_an_unreadable_file_in_a_folder_is_skipped_with_the_reason(tmp_path):
    folder = _folder_of_articles(tmp_path / "in", ["locked.txt", "open.txt"])
    (folder / "locked.txt").chmod(0)
    result = _unreadable_run(folder, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"skipped: {folder / 'locked.txt'}: cannot be read (Permission denied)"]


def test_cells_that_a_spreadsheet_would_run_are_escaped(tmp_path, write_article):
    text = ("Port strike ends\n\n=HYPERLINK(\"http://example.com\") was typed into the union's "
            "sheet by the clerk.\n+44 numbers were called by the union on Monday.\n"
            "@portunion wrote that the deal was fair.\n-1 was the vote count of the dissenters "
            "at the meeting.\n")
    path = write_article(text, name="port.txt")
    out = tmp_path / "out"
    assert run(path, "--out", out).returncode == 0
    written = pd.read_csv(out / "sentences.csv")
    starts = [t for t in written.text if t[:2] in ("'=", "'+", "'@", "'-")]
    assert starts == ["'=HYPERLINK(\"http://example.com\") was typed into the union's sheet by the clerk.",
                      "'+44 numbers were called by the union on Monday.",
                      "'@portunion wrote that the deal was fair.",
                      "'-1 was the vote count of the dissenters at the meeting."]
    # the tables in memory (which the book shows) keep the text as written
    from scripts.reader import read_article
    in_memory = analyze.tables_for(read_article(path))["sentences"]
    assert "@portunion wrote that the deal was fair." in set(in_memory.text)


def test_escape_for_spreadsheets_leaves_numbers_and_plain_text_alone():
    frame = pd.DataFrame({"n": [-1, 2], "text": ["=1+1", "plain"], "tab": ["\tx", "\ry"]})
    escaped = analyze.escape_for_spreadsheets(frame)
    assert escaped.n.tolist() == [-1, 2]
    assert escaped.text.tolist() == ["'=1+1", "plain"]
    assert escaped.tab.tolist() == ["'\tx", "'\ry"]
    assert frame.text.tolist() == ["=1+1", "plain"]          # the frame given is not changed


def _snapshot(folder):
    """{relative path: bytes} of every file under ``folder``."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _leftovers(out):
    """Anything beside or inside ``out`` that a run leaves behind it."""
    beside = [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")]
    return beside + [p.name for p in out.glob(".staging-*")]


def test_a_run_killed_while_writing_leaves_the_old_set_or_the_new_set(tmp_path):
    old_in = _folder_of_articles(tmp_path / "old", ["alpha.txt", "beta.txt"])
    new_in = _folder_of_articles(tmp_path / "new", ["gamma.txt", "delta.txt", "epsilon.txt"])
    reference = tmp_path / "reference"
    assert run(new_in, "--out", reference, "--jobs", "1").returncode == 0
    new_set = _snapshot(reference)
    out = tmp_path / "runs" / "out"
    assert run(old_in, "--out", out, "--jobs", "1").returncode == 0
    old_set = _snapshot(out)
    # killed after the first file, the middle one and the last one are staged, and after the swap
    files = len(new_set)
    for point in [f"staged:1", f"staged:{files // 2}", f"staged:{files}", "swapped"]:
        process = subprocess.run([sys.executable, "-m", "scripts.analyze", str(new_in), "--out",
                                  str(out), "--jobs", "1"], cwd=ROOT, capture_output=True,
                                 env={**os.environ, analyze.KILL_AT: point})
        assert process.returncode == -9, (point, process.stderr)
        assert _snapshot(out) == (new_set if point == "swapped" else old_set), point
    assert _leftovers(out)                     # the killed runs left their staging folders...
    assert run(old_in, "--out", out, "--jobs", "1").returncode == 0
    assert _snapshot(out) == old_set
    assert _leftovers(out) == []               # ...which the next run removes


def test_two_runs_into_one_folder_leave_one_whole_set(tmp_path):
    first = _folder_of_articles(tmp_path / "first", ["alpha.txt", "beta.txt"])
    second = _folder_of_articles(tmp_path / "second", ["gamma.txt", "delta.txt", "epsilon.txt"])
    sets = []
    for name, folder in [("a", first), ("b", second)]:
        assert run(folder, "--out", tmp_path / name, "--jobs", "1").returncode == 0
        sets.append(_snapshot(tmp_path / name))
    out = tmp_path / "shared" / "out"
    for attempt in range(2):
        processes = [subprocess.Popen([sys.executable, "-m", "scripts.analyze", str(folder), "--out",
                                       str(out), "--jobs", "1"], cwd=ROOT, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE)
                     for folder in (first, second)]
        for process in processes:
            _, err = process.communicate(timeout=300)
            assert process.returncode == 0, err
        assert _snapshot(out) in sets
        assert _leftovers(out) == []
