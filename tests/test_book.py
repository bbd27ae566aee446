"""The book, built as a reader would get it: in a fresh copy of the project,
with the Makefile's own targets, so that nothing cached hides a failure."""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.paths import ROOT

pytestmark = pytest.mark.book

# tests/ too: chapter 3 measures itself against the hand coding in tests/data/
SOURCES = ["book", "notebooks", "scripts", "seeds", "tests", "Makefile", "requirements.txt", "pyproject.toml"]


def project_copy(dest: Path) -> Path:
    """The project's sources in ``dest``; make is told to use this project's
    environment (see :func:`make`), so nothing is installed."""
    for name in SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, copy_function=shutil.copy2,
                            ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
        else:
            shutil.copy2(src, dest / name)
    return dest


def make(directory: Path, target: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    # the environment running the tests (the project's .venv, or the one a worktree shares)
    return subprocess.run(["make", "--no-print-directory", target, f"VENV={sys.prefix}"],
                          cwd=directory, env=env,
                          capture_output=True, text=True, timeout=1800)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    directory = project_copy(tmp_path_factory.mktemp("book"))
    result = make(directory, "html")
    return directory, result


def test_html_builds_without_warnings(built):
    directory, result = built
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert (directory / "_build/html/index.html").exists()


def html_pages(directory):
    return sorted((directory / "_build/html").glob("**/*.html"))


def test_every_chapter_page_has_its_content_and_no_error_output(built):
    directory, _ = built
    for notebook in (directory / "notebooks").glob("*.ipynb"):
        page = directory / "_build/html/notebooks" / f"{notebook.stem}.html"
        html = page.read_text()
        assert "Traceback" not in html and 'class="output stderr"' not in html, page.name
        assert "{glue" not in html and "{ref}" not in html and "{numref}" not in html, page.name
    chapter = (directory / "_build/html/notebooks/01_article_and_language.html").read_text()
    assert chapter.count("<img") >= 3
    assert 'href="A0_article.html#p' in chapter          # evidence links reach the sentences
    article = (directory / "_build/html/notebooks/A0_article.html").read_text()
    assert 'id="p05-s2"' in article


def test_html_loads_nothing_from_another_host(built):
    directory, _ = built
    external = re.compile(r"<(?:script|link|img|iframe)\b[^>]*(?:src|href)=\"(?:https?:)?//", re.I)
    for page in html_pages(directory):
        assert not external.search(page.read_text()), page


def test_pdf_builds(built):
    if not (shutil.which("xelatex") and shutil.which("latexmk")):
        pytest.skip("XeLaTeX is not installed (make system-packages)")
    directory, _ = built
    result = make(directory, "pdf")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    pdf = directory / "_build/latex/book.pdf"
    assert pdf.stat().st_size > 50_000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "P05.S2" in text and "The article and its language" in text


def small_book(tmp_path: Path) -> Path:
    """A copy with only the intro and the article appendix, for quick failures."""
    directory = project_copy(tmp_path)
    (directory / "book/_toc.yml").write_text(
        "format: jb-book\nroot: book/intro\nchapters:\n"
        "  - file: notebooks/A0_article\n  - file: book/bibliography\n")
    return directory


def test_a_failing_cell_fails_the_build(tmp_path):
    directory = small_book(tmp_path)
    notebook = directory / "notebooks/A0_article.ipynb"
    notebook.write_text(notebook.read_text().replace(
        "report.article_text(article)", "raise RuntimeError('deliberate failure')"))
    result = make(directory, "html")
    assert result.returncode != 0
    assert "deliberate failure" in result.stdout + result.stderr


def test_a_broken_cross_reference_fails_the_build(tmp_path):
    directory = small_book(tmp_path)
    intro = directory / "book/intro.md"
    intro.write_text(intro.read_text() + "\nSee {numref}`tbl-that-does-not-exist`.\n")
    result = make(directory, "html")
    assert result.returncode != 0
    assert "tbl-that-does-not-exist" in result.stdout + result.stderr


def test_with_one_article_the_comparison_chapter_says_so(built):
    directory, _ = built
    page = (directory / "_build/html/notebooks/06_comparison.html").read_text()
    assert "Only one article is present" in page and "Analyse another article" in page
    assert 'id="tbl-ch6-actors"' not in page
