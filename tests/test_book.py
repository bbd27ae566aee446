"""The book, built as a reader would get it: in a fresh copy of the project,
with the Makefile's own targets, so that nothing cached hides a failure."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make, project_copy

pytestmark = pytest.mark.book

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
    """A copy with only a short front page and the article appendix, for quick failures."""
    directory = project_copy(tmp_path)
    (directory / "book/intro.md").write_text("# A small book\n\nSee {ref}`appendix-article`.\n")
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


HOSTILE = {
    # title, a quotation (reaches the quotes and claims tables) and a paragraph
    "Peace Talks//": "Peace Talks <script>alert(1)</script> *bold* [link](x)//",
    "are not needed by anyone": "are not needed <script>alert(2)</script> by anyone",
    "resupply.": "resupply {ref}`p05-s2` <b>raw</b> $x$ [link](x).",
}


def test_article_text_is_shown_as_text_however_it_is_written(tmp_path):
    """An article holding HTML, a script, markdown and MyST roles shows them as
    characters on every page; nothing of it is run or interpreted."""
    directory = project_copy(tmp_path)
    seed = next((directory / "seeds").glob("*.txt"))
    text = seed.read_text(encoding="utf-8")
    for old, new in HOSTILE.items():
        assert old in text
        text = text.replace(old, new, 1)
    seed.write_text(text, encoding="utf-8")
    result = make(directory, "html")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    pages = {p.name: p.read_text() for p in html_pages(directory)}
    for name, html in pages.items():
        assert "<script>alert" not in html and "<b>raw</b>" not in html, name
        assert "<em>bold</em>" not in html and 'href="x"' not in html, name
    article = pages["A0_article.html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *bold* [link](x)" in article
    assert "{ref}`p05-s2` &lt;b&gt;raw&lt;/b&gt; $x$ [link](x)" in article
    # the quotation reaches the chapters' tables as characters too
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in pages["02_actors.html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages["00_front.html"]


def test_findings_downloads_and_citation_anchors_are_in_the_html(built):
    directory, _ = built
    html = directory / "_build/html"
    front = (html / "notebooks/00_front.html").read_text()
    assert 'id="finding-f1"' in front and 'id="finding-f5"' in front
    assert 'href="A0_article.html#p' in front                 # findings link to their sentences
    assert 'href="05_synthesis.html#ch-synthesis-' in front   # ... and to their sections
    data = (html / "notebooks/A3_data.html").read_text()
    links = re.findall(r'href="(\.\./_downloads/[^"]+\.csv)"', data)
    assert sorted(Path(link).name for link in links) == sorted(
        f"{name}.csv" for name in ("sentences", "actors", "quotes", "demands", "frames"))
    for link in links:
        assert (html / "notebooks" / link).resolve().exists()
    cite = (html / "book/how_to_cite.html").read_text()
    assert "00_front.html#finding-f3" in cite and "A0_article.html#p05-s2" in cite


def test_with_one_article_the_comparison_chapter_says_so(built):
    directory, _ = built
    page = (directory / "_build/html/notebooks/06_comparison.html").read_text()
    assert "Only one article is present" in page and "Analyse another article" in page
    assert 'id="tbl-ch6-actors"' not in page
