"""The tools the book is built with: its table of contents for the articles in
seeds/, the analysis kept on disk for the notebooks' kernels, the column widths
of the PDF's tables, and the notebook runner. None of them builds the book."""
import json
import pickle

import pandas as pd
import pytest
import yaml

from scripts import analysis_cache, book_toc, execute_notebooks, report
from scripts.paths import ROOT

TOC = yaml.safe_load((ROOT / "book/_toc.yml").read_text())


def files(toc):
    return book_toc.toc_files(toc)


def test_the_book_lists_every_page_it_can_have():
    assert "notebooks/06_comparison" in files(TOC)
    assert files(TOC)[0] == TOC["root"]


def test_with_one_article_the_comparison_chapter_and_its_part_are_left_out():
    toc = book_toc.book_toc(TOC, articles=1)
    assert "notebooks/06_comparison" not in files(toc)
    assert files(toc) == [f for f in files(TOC) if f != "notebooks/06_comparison"]
    assert "Other articles" not in [part["caption"] for part in toc["parts"]]
    assert [p["caption"] for p in toc["parts"]] == [
        p["caption"] for p in TOC["parts"] if p["caption"] != "Other articles"]


def test_with_two_articles_the_comparison_chapter_is_in():
    assert book_toc.book_toc(TOC, articles=2) == TOC


def test_a_toc_without_parts_loses_the_chapter_too():
    toc = {"format": "jb-book", "root": "book/intro",
           "chapters": [{"file": "notebooks/06_comparison"}, {"file": "notebooks/A0_article"}]}
    assert files(book_toc.book_toc(toc, articles=1)) == ["book/intro", "notebooks/A0_article"]
    assert book_toc.book_toc(toc, articles=3) == toc


def test_the_toc_file_is_rewritten_only_when_it_changes(tmp_path):
    source, dest = tmp_path / "_toc.yml", tmp_path / "out/_toc.yml"
    source.write_text(yaml.safe_dump(TOC, sort_keys=False))
    assert book_toc.write_toc(source, dest, articles=1) is True
    assert book_toc.write_toc(source, dest, articles=1) is False
    assert "06_comparison" not in dest.read_text()
    assert book_toc.write_toc(source, dest, articles=2) is True
    assert "06_comparison" in dest.read_text()
    assert yaml.safe_load(dest.read_text()) == TOC


def test_without_its_variable_the_analysis_cache_keeps_nothing(monkeypatch, tmp_path):
    monkeypatch.delenv(analysis_cache.ENV, raising=False)
    calls = []
    assert analysis_cache.cached("ab" * 32, "x", lambda: calls.append(1) or 7) == 7
    assert analysis_cache.cached("ab" * 32, "x", lambda: calls.append(1) or 7) == 7
    assert calls == [1, 1]


def test_the_analysis_cache_serves_a_second_process(monkeypatch, tmp_path):
    monkeypatch.setenv(analysis_cache.ENV, str(tmp_path))
    frame = pd.DataFrame({"actor": ["Russia"], "mentions": [3]})
    assert analysis_cache.cached("cd" * 32, "tables", lambda: frame).equals(frame)
    stored = list(tmp_path.rglob("*.pickle"))
    assert len(stored) == 1 and not list(tmp_path.rglob(".*"))     # no staging file left
    # another kernel: the value comes from disk, compute is not called
    again = analysis_cache.cached("cd" * 32, "tables", lambda: pytest.fail("computed again"))
    assert again.equals(frame)
    # another article, or another key, is another entry
    assert analysis_cache.cached("ef" * 32, "tables", lambda: 1) == 1
    assert analysis_cache.cached("cd" * 32, "actors", lambda: 2) == 2


def test_a_kernel_takes_the_sentence_splitter_from_the_cache_as_it_was_made(monkeypatch, tmp_path):
    from scripts import nlp

    text = ("The talks resumed in Geneva on Monday. Then Gov. Marvin Griffin spoke to the U.S. "
            "envoy. He said no.")
    monkeypatch.setenv(analysis_cache.ENV, str(tmp_path))
    nlp.sentence_splitter.cache_clear()
    try:
        made = nlp.sentence_splitter()
        assert analysis_cache.has(nlp.MODELS, "punkt-english")
        nlp.sentence_splitter.cache_clear()              # another kernel: read from the cache
        monkeypatch.setattr(nlp, "_sentence_splitter", lambda: pytest.fail("loaded again"))
        kept = nlp.sentence_splitter()
        assert kept is not made
        # the same sentences, the title abbreviations ("Gov.") included
        assert kept.tokenize(text) == made.tokenize(text) == [
            "The talks resumed in Geneva on Monday.",
            "Then Gov. Marvin Griffin spoke to the U.S. envoy.", "He said no."]
    finally:
        nlp.sentence_splitter.cache_clear()


def test_a_damaged_cache_entry_is_computed_again(monkeypatch, tmp_path):
    monkeypatch.setenv(analysis_cache.ENV, str(tmp_path))
    analysis_cache.cached("12" * 32, "k", lambda: [1, 2])
    entry = next(tmp_path.rglob("*.pickle"))
    entry.write_bytes(b"not a pickle")
    assert analysis_cache.cached("12" * 32, "k", lambda: [3]) == [3]
    assert pickle.loads(entry.read_bytes()) == [3]


def test_a_process_waits_for_an_entry_another_is_computing(monkeypatch, tmp_path):
    import multiprocessing
    import time

    monkeypatch.setenv(analysis_cache.ENV, str(tmp_path))
    log = tmp_path / "computed.txt"
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_slow_entry, args=(log,)) for _ in range(2)]
    for worker in workers:
        worker.start()
        time.sleep(0.05)
    for worker in workers:
        worker.join(30)
    assert [w.exitcode for w in workers] == [0, 0]
    # computed once: the second process found it stored when the first released it
    assert log.read_text() == "x"
    assert analysis_cache.cached("9a" * 32, "slow", lambda: pytest.fail("computed again")) == 42


def _slow_entry(log):
    import time

    def compute():
        with open(log, "a") as out:
            out.write("x")
        time.sleep(0.5)
        return 42
    assert analysis_cache.cached("9a" * 32, "slow", compute) == 42


def test_the_cache_is_keyed_by_the_package_code():
    version = analysis_cache.code_version()
    assert len(version) == 20 and version == analysis_cache.code_version()


def test_article_computations_use_the_cache(monkeypatch, tmp_path, seed):
    monkeypatch.setenv(analysis_cache.ENV, str(tmp_path))
    from scripts.reader import read_article

    first = read_article(seed.path)
    assert first.computed("probe", lambda: {"sentences": len(first.sentences)}) == {
        "sentences": len(seed.sentences)}
    second = read_article(seed.path)          # as a new kernel would read it
    assert second.computed("probe", lambda: pytest.fail("computed again")) == {
        "sentences": len(seed.sentences)}


def test_a_new_kernel_reads_the_quotes_without_the_tagger(monkeypatch, tmp_path, seed):
    monkeypatch.setenv(analysis_cache.ENV, str(tmp_path))
    from scripts import speakers
    from scripts.actors import find_actors
    from scripts.quotes import find_quotes
    from scripts.reader import read_article

    first = read_article(seed.path)
    quotes = find_quotes(first, find_actors(first))
    second = read_article(seed.path)          # as a new kernel would read it
    monkeypatch.setattr(speakers, "_statements", lambda *a: pytest.fail("statements read again"))
    assert find_quotes(second, find_actors(second)).equals(quotes)
    # a table the caller changes is its own copy
    changed = find_quotes(second, find_actors(second))
    changed["speaker"] = "changed"
    assert find_quotes(second, find_actors(second)).equals(quotes)


def test_quotes_from_another_actors_analysis_are_not_served_from_the_cache(monkeypatch, tmp_path, seed):
    monkeypatch.setenv(analysis_cache.ENV, str(tmp_path))
    import dataclasses

    from scripts.actors import find_actors
    from scripts.quotes import find_quotes
    from scripts.reader import read_article

    article = read_article(seed.path)
    own = find_actors(article)
    assert not find_quotes(article, own).empty
    # the same analysis with no actor left: no speaker can be named
    other = dataclasses.replace(own, actors=own.actors.iloc[0:0], mentions=own.mentions.iloc[0:0])
    assert set(find_quotes(article, other).speaker) <= {""}


def test_pdf_columns_fit_the_line_and_keep_whole_words():
    frame = pd.DataFrame({
        "sentence": ["{ref}`P05.S2 <p05-s2>`"],
        "word": ["ceasefire"],
        "text": ["As diplomatic efforts intensify, the coming weeks will be crucial in "
                 "determining whether the war will grind on or if a compromise can be found"]})
    spec = report.latex_columns(frame, raw_columns=("sentence",))
    found = __import__("re").findall(r"\\X\{(\d+)\}\{(\d+)\}", spec)
    widths = [int(w) for w, _ in found]
    assert len(widths) == 3 and {int(total) for _, total in found} == {sum(widths)}
    # the short columns keep their natural width (a sentence id, a word), the text takes the rest
    assert widths[2] > 60 and widths[0] < 15 and widths[1] < 15
    # a narrow table keeps proportional widths
    narrow = report.latex_columns(pd.DataFrame({"a": ["x"], "bb": ["yy"]}))
    assert narrow.count("\\X") == 2


def test_tables_break_across_pdf_pages():
    shown = report.table(pd.DataFrame({"a": [1, 2]}), name="tbl-x", caption="A table.").data
    assert ":class: longtable" in shown and ":::{tabularcolumns}" in shown
    given = report.table(pd.DataFrame({"a": [1], "b": [2]}), name="tbl-y", caption="B.", widths=[30, 70]).data
    assert ":class: longtable" in given and ":widths: 30 70" in given and "tabularcolumns" not in given


def test_notebooks_are_taken_from_the_toc_in_reading_order(tmp_path):
    toc = tmp_path / "_toc.yml"
    toc.write_text(yaml.safe_dump(book_toc.book_toc(TOC, articles=1)))
    found = [p.relative_to(ROOT).as_posix() for p in execute_notebooks.notebooks(toc)]
    assert found[0] == "notebooks/00_front.ipynb"
    assert "notebooks/06_comparison.ipynb" not in found
    assert all(json.loads((ROOT / f).read_text())["cells"] for f in found)
    assert not [f for f in found if not f.startswith("notebooks/")]      # book/*.md are not run


def test_a_page_the_toc_leaves_out_is_removed_from_an_earlier_build(tmp_path):
    # an HTML build from when the comparison chapter was in the book still holds its page
    html = tmp_path / "html"
    for name in ["notebooks/06_comparison.html", "_sources/notebooks/06_comparison.ipynb",
                 "notebooks/05_synthesis.html", "_sources/notebooks/05_synthesis.ipynb", "index.html",
                 "search.html", "_static/report.css"]:
        (html / name).parent.mkdir(parents=True, exist_ok=True)
        (html / name).write_text("x")
    removed = book_toc.prune(TOC, book_toc.book_toc(TOC, articles=1), html)
    assert sorted(p.relative_to(html).as_posix() for p in removed) == [
        "_sources/notebooks/06_comparison.ipynb", "notebooks/06_comparison.html"]
    left = sorted(p.relative_to(html).as_posix() for p in html.rglob("*") if p.is_file())
    assert left == ["_sources/notebooks/05_synthesis.ipynb", "_static/report.css", "index.html",
                    "notebooks/05_synthesis.html", "search.html"]
    # with two articles the chapter is in the book: nothing goes
    (html / "notebooks/06_comparison.html").write_text("x")
    assert book_toc.prune(TOC, TOC, html) == []


def test_the_modules_a_notebook_imports_are_read_from_its_code():
    cells = ["import pandas as pd\nfrom scripts import report, paths\nfrom .local import x",
             "%matplotlib inline", "import matplotlib.pyplot as plt"]
    assert execute_notebooks.imported_modules(cells) == {
        "pandas", "scripts", "scripts.report", "scripts.paths", "matplotlib.pyplot"}


FORKED_RUN = """
import json, sys
import nbformat
from scripts import execute_notebooks
assert execute_notebooks.preload({})
notebook, signature, seconds, error = execute_notebooks._execute(sys.argv[1], 120, fork=True)
print(json.dumps({"error": error, "outputs": [c.get("outputs", []) for c in notebook.cells]}))
"""


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="kernels are forked only where fork exists")
def test_a_forked_kernel_runs_a_notebook_as_a_fresh_one_would(tmp_path):
    import subprocess
    import sys

    import nbformat

    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("import os, sys\nprint(os.getcwd() == %r, 'scripts' in sys.modules)"
                                  % str(tmp_path)),
        nbformat.v4.new_code_cell("import matplotlib.pyplot as plt\nplt.plot([1, 2], [3, 4]);"),
        nbformat.v4.new_code_cell("1 / 0"),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    path = tmp_path / "probe.ipynb"
    nbformat.write(notebook, path)
    run = subprocess.run([sys.executable, "-c", FORKED_RUN, str(path)], cwd=ROOT, capture_output=True,
                         text=True, timeout=180)
    result = json.loads(run.stdout.strip().splitlines()[-1])
    printed, figure, failed = result["outputs"]
    # the kernel runs in the notebook's folder, with the package already imported
    assert printed[0]["text"] == "True True\n"
    # the inline backend shows the figure, as in a kernel started afresh
    assert any("image/png" in out.get("data", {}) for out in figure)
    # an error stops the run and is reported
    assert "ZeroDivisionError" in result["error"]


def test_sphinx_waits_for_each_notebook_the_runner_reports(tmp_path):
    import os
    import threading

    from scripts import book_build

    read, write = os.pipe()
    reports = book_build._Notebooks(read)
    answers = {}
    waiting = threading.Thread(target=lambda: answers.update(b=reports.ready("nb/b.ipynb")))
    os.write(write, b"order nb/a.ipynb nb/b.ipynb nb/c.ipynb\n")
    assert reports.run_order() == ["nb/a.ipynb", "nb/b.ipynb", "nb/c.ipynb"]
    waiting.start()
    waiting.join(0.2)
    assert waiting.is_alive()                  # b is not stored yet: its page waits
    os.write(write, b"done nb/a.ipynb\nfailed nb/b.ipynb\n")
    waiting.join(5)
    assert answers == {"b": False}             # a failed notebook stops the build
    assert reports.ready("nb/a.ipynb")
    assert reports.ready("book/page.ipynb")    # not run now: its stored outputs are read
    os.close(write)                            # the runner ended before running c
    assert not reports.ready("nb/c.ipynb")


def test_pybtex_plugins_looked_up_once_are_the_same_and_registered_ones_still_win():
    import pybtex.plugin

    from scripts import book_build

    before = pybtex.plugin.find_plugin("pybtex.style.formatting", "plain")
    book_build._entry_points_looked_up_once()
    book_build._entry_points_looked_up_once()          # a second setup does not wrap it again
    assert pybtex.plugin.find_plugin("pybtex.style.formatting", "plain") is before
    assert pybtex.plugin.find_plugin("pybtex.style.formatting", "plain") is before

    class Other(before):
        pass

    pybtex.plugin.register_plugin("pybtex.style.formatting", "plain", Other, force=True)
    try:
        assert pybtex.plugin.find_plugin("pybtex.style.formatting", "plain") is Other
    finally:
        del pybtex.plugin._RUNTIME_PLUGINS["pybtex.style.formatting"]["plain"]
    assert pybtex.plugin.find_plugin("pybtex.style.formatting", "plain") is before


def _notebook(path, code, text="A chapter.", kernel="python3"):
    import nbformat

    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_markdown_cell(text), nbformat.v4.new_code_cell(code)],
        metadata={"kernelspec": {"name": kernel, "display_name": kernel, "language": "python"}})
    nbformat.write(notebook, path)
    return path


def test_a_notebooks_signature_follows_its_code_not_its_text(tmp_path):
    signature = execute_notebooks._file_signature
    first = signature(_notebook(tmp_path / "a.ipynb", "x = 1"))
    assert signature(_notebook(tmp_path / "a.ipynb", "x = 1", text="Another text.")) == first
    assert signature(_notebook(tmp_path / "a.ipynb", "x = 2")) != first
    assert signature(_notebook(tmp_path / "a.ipynb", "x = 1", kernel="other")) != first
    # a cell's metadata is part of the execution cache's key
    content = json.loads((tmp_path / "a.ipynb").read_text())
    content["metadata"]["kernelspec"].update(name="python3", display_name="python3")
    content["cells"][1]["metadata"]["tags"] = ["remove-input"]
    (tmp_path / "a.ipynb").write_text(json.dumps(content))
    assert signature(tmp_path / "a.ipynb") != first
    # the source saved as a list of lines or as one string is the same code
    content["cells"][1]["metadata"] = {}
    content["cells"][1]["source"] = ["x ", "= 1"]
    (tmp_path / "a.ipynb").write_text(json.dumps(content))
    assert signature(tmp_path / "a.ipynb") == first
    (tmp_path / "broken.ipynb").write_text("{not json")
    assert signature(tmp_path / "broken.ipynb") is None


def test_only_notebooks_with_no_record_are_looked_up_in_the_execution_cache(tmp_path):
    cache = tmp_path / "cache"
    a, b, c = (_notebook(tmp_path / f"{n}.ipynb", f"{n} = 1") for n in "abc")
    looked_up = []

    def in_cache(path):
        looked_up.append(path.name)
        return path.name != "c.ipynb"

    # no record yet: each is looked up; those found are recorded, the others are run
    assert execute_notebooks.to_run([a, b, c], cache, in_cache) == [c]
    assert looked_up == ["a.ipynb", "b.ipynb", "c.ipynb"]
    # c's outputs stored (as the runner records them); then a's code and b's text are edited
    execute_notebooks._store_signatures(cache, {c.as_posix(): execute_notebooks._file_signature(c)})
    _notebook(a, "a = 2")
    _notebook(b, "b = 1", text="New words.")
    looked_up.clear()
    assert execute_notebooks.to_run([a, b, c], cache, in_cache) == [a]
    assert looked_up == []                      # no look-up, and nothing else is run
    (tmp_path / "d.ipynb").write_text("{not json")
    assert execute_notebooks.to_run([tmp_path / "d.ipynb"], cache, in_cache) == [tmp_path / "d.ipynb"]


def test_a_page_waiting_for_its_notebook_works_meanwhile_and_stops_when_it_is_stored():
    import os

    from scripts import book_build

    read, write = os.pipe()
    reports = book_build._Notebooks(read)
    os.write(write, b"order nb/a.ipynb nb/b.ipynb\n")
    taken = []

    def steps():
        for n in range(1000):
            taken.append(n)
            if n == 2:                          # the runner stores a while the third step runs
                os.write(write, b"done nb/a.ipynb\n")
                reports.ready("nb/a.ipynb")
            yield

    work = steps()
    assert reports.ready("nb/a.ipynb", work)
    assert taken == [0, 1, 2]                   # no step once the notebook is stored
    os.write(write, b"done nb/b.ipynb\n")
    os.close(write)
    assert reports.ready("nb/b.ipynb", work)    # (and the next wait takes up the same steps)
    assert reports.ready("nb/b.ipynb", iter(()))   # nothing left to do: it just waits


def test_while_a_notebook_runs_the_pages_not_read_again_are_unpickled():
    from types import SimpleNamespace

    from scripts import book_build

    unpickled = []

    def get_doctree(docname):
        unpickled.append(docname)
        if docname == "gone":
            raise FileNotFoundError(docname)
        return f"doctree of {docname}"

    env = SimpleNamespace(all_docs={"front": 1, "ch2": 1, "ch3": 1, "gone": 1}, get_doctree=get_doctree,
                          domains={})
    book_build._DOCTREES.clear()
    try:
        for _ in book_build._while_a_notebook_runs(SimpleNamespace(env=env), reading={"ch2"}):
            pass
        assert sorted(unpickled) == ["ch3", "front", "gone"]       # never the page read again
        assert book_build._DOCTREES == {"front": "doctree of front", "ch3": "doctree of ch3"}
        # a page read again has a new doctree: the one kept is forgotten
        env.docname = "ch3"
        book_build._forget_doctree(SimpleNamespace(env=env), None)
        assert "ch3" not in book_build._DOCTREES
    finally:
        book_build._DOCTREES.clear()


def test_an_entry_formatted_once_is_the_same_as_formatted_again():
    import pybtex.plugin
    from pybtex.database import Entry, Person

    from scripts import book_build

    style_class = pybtex.plugin.find_plugin("pybtex.style.formatting", "plain")
    entry = Entry("article", fields={"title": "Framing", "journal": "J. Commun.", "year": "1993",
                                     "volume": "43", "pages": "51--58"})
    entry.persons["author"] = [Person("Entman, Robert M.")]
    before = style_class().format_entry("1", entry)
    book_build._formatting_each_entry_once()
    book_build._formatting_each_entry_once()    # a second setup does not wrap it again
    once, again = style_class().format_entry("1", entry), style_class().format_entry("1", entry)
    assert again is once
    backend = pybtex.plugin.find_plugin("pybtex.backends", "text")()
    assert once.text.render(backend) == before.text.render(backend)
    assert once.label == "1" and style_class().format_entry("2", entry).label == "2"
