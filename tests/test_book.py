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
        if notebook.stem == "06_comparison":       # not in a book about one article
            continue
        page = directory / "_build/html/notebooks" / f"{notebook.stem}.html"
        html = page.read_text()
        assert "Traceback" not in html and 'class="output stderr"' not in html, page.name
        assert "{glue" not in html and "{ref}" not in html and "{numref}" not in html, page.name
    chapter = (directory / "_build/html/notebooks/01_article_and_language.html").read_text()
    assert chapter.count("<img") >= 2                    # frequent words, dispersion
    assert 'href="A0_article.html#p' in chapter          # evidence links reach the sentences
    article = (directory / "_build/html/notebooks/A0_article.html").read_text()
    assert 'id="p05-s2"' in article


def test_html_loads_nothing_from_another_host(built):
    directory, _ = built
    external = re.compile(r"<(?:script|link|img|iframe)\b[^>]*(?:src|href)=\"(?:https?:)?//", re.I)
    for page in html_pages(directory):
        assert not external.search(page.read_text()), page


@pytest.fixture(scope="module")
def pdf_built(built):
    """The PDF built by ``make pdf`` beside the HTML of ``built``: (directory, result)."""
    if not (shutil.which("xelatex") and shutil.which("latexmk")):
        pytest.skip("XeLaTeX is not installed (make system-packages)")
    directory, _ = built
    return directory, make(directory, "pdf")


def pdf_pages(pdf: Path) -> list[str]:
    """The text of every page, laid out as printed (poppler's pdftotext)."""
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils is not installed (make system-packages)")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.split("\f")[:-1]      # a form feed ends every page


def test_pdf_builds(pdf_built):
    directory, result = pdf_built
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    pdf = directory / "_build/latex/book.pdf"
    assert pdf.stat().st_size > 50_000
    text = "".join(pdf_pages(pdf))
    assert "P05.S2" in text and "The article and its language" in text


def test_the_contents_and_front_pages_carry_no_part_name(pdf_built):
    # the first part of the book is "The article": it named the contents page and ran as the
    # footer of the contents, brief and findings pages
    directory, _ = pdf_built
    pages = pdf_pages(directory / "_build/latex/book.pdf")
    contents = next(p for p in pages if re.search(r"^1 The article and its language\s+\d+$", p, re.M))
    assert re.search(r"^\s*CONTENTS\s*$", contents, re.M | re.I)
    for number, page in enumerate(pages):
        # neither as a heading nor as a footer beside the page number (the front page's own
        # rubric "The article" stands alone on its line)
        assert not re.search(r"^\s*THE ARTICLE(?:\s{3,}\S+)?\s*$|^\s*The article\s{3,}\S+\s*$", page,
                             re.M), number


def _plain(text: str) -> str:
    """Text with its whitespace collapsed and the invisible break hints removed."""
    return " ".join(text.replace("\u200b", " ").replace("\u00ad", "").split())


def html_tables(directory):
    """(page, caption number or None, first-cell keys of every body row) of every
    table of the HTML book. The key is the first word of the row's first non-empty
    cell: a wrapped cell continues on the PDF's next line, but its first word
    always starts a line."""
    from bs4 import BeautifulSoup

    tables = []
    for page in html_pages(directory):
        soup = BeautifulSoup(page.read_text(), "html.parser")
        for table in soup.find_all("table"):
            number = table.find(class_="caption-number")
            keys = []
            for row in table.find("tbody").find_all("tr", recursive=False):
                cells = [_plain(td.get_text(" ")) for td in row.find_all(["td", "th"], recursive=False)]
                first = next((c for c in cells if c), "")
                keys.append(first.split(" ")[0][:20])
            tables.append((page.name, _plain(number.get_text()) if number else None, keys))
    return tables


def _starts(line: str, key: str) -> bool:
    """The PDF line starts with ``key``, or with its first syllables hyphenated."""
    first = line.split(" ")[0]
    return line.startswith(key) or (len(first) > 3 and first.endswith("-") and key.startswith(first[:-1]))


def test_every_row_of_every_table_is_in_the_pdf(pdf_built):
    """Long tables break across pages: no row is lost at the foot of a page. Each
    table's rows are looked for between its caption and the next table's caption."""
    directory, result = pdf_built
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    text = "\n".join(pdf_pages(directory / "_build/latex/book.pdf"))
    lines = [_plain(line) for line in text.splitlines()]
    captions = [i for i, line in enumerate(lines) if re.match(r"Table [A-Z0-9]+(?:\.\d+)?: ", line)]
    tables = html_tables(directory)
    assert len([t for t in tables if t[1]]) >= 40, "the book's numbered tables were not found"
    for page, number, keys in tables:
        segment = lines
        if number:
            starts = [i for i in captions if lines[i].startswith(number + ": ")]
            assert starts, f"{number} ({page}) is not in the PDF"
            later = [i for i in captions if i > starts[0] and not lines[i].startswith(number + ": ")]
            segment = lines[starts[0]:later[0] if later else len(lines)]
        for key in set(keys):
            found = sum(_starts(line, key) for line in segment)
            assert found >= keys.count(key), (
                f"{number or 'a table'} of {page}: {keys.count(key)} rows start with {key!r}, "
                f"{found} lines of the PDF do")


def test_no_pdf_page_is_blank_and_nothing_runs_off_the_page(pdf_built):
    directory, result = pdf_built
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    pdf = directory / "_build/latex/book.pdf"
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    with_images = {int(line.split()[0]) for line in listing if line.split()}
    for number, page in enumerate(pdf_pages(pdf), start=1):
        # the running head and the foot (section and page number) are not content
        body = [line for line in page.splitlines() if line.strip()][1:-1]
        assert any(line.strip() for line in body) or number in with_images, f"page {number} is blank"
    log = (directory / "_build/latex/book.log").read_text(errors="replace")
    # a box taller than the page is a table or figure cut at its foot
    assert "Overfull \\vbox" not in log
    # a table wider than the line runs into the margin; a word a little wider than its
    # cell stays within the cell's padding (6pt a side), and a line of text as much
    # over its measure is not seen
    overfull = re.findall(r"Overfull \\hbox \((\d+(?:\.\d+)?)pt too wide\) in (alignment|paragraph)", log)
    tables = [float(w) for w, where in overfull if where == "alignment" and float(w) > 1]
    text = [float(w) for w, where in overfull if where == "paragraph" and float(w) > 6]
    assert not tables, f"tables wider than the text block by up to {max(tables)}pt"
    assert not text, f"lines wider than the text block by up to {max(text)}pt"


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


def test_with_one_article_the_comparison_chapter_is_left_out(built):
    directory, _ = built
    assert not (directory / "_build/html/notebooks/06_comparison.html").exists()
    for page in html_pages(directory):
        html = page.read_text()
        assert "06_comparison.html" not in html and "Comparing articles" not in html, page.name


def test_weak_statistics_are_in_their_appendix_and_references_to_them_still_work(built):
    """Keyness against Brown (1961) and VADER tone are out of chapters 1 and 4; every
    label they had still resolves, now to the appendix."""
    directory, _ = built
    html = directory / "_build/html/notebooks"
    appendix = (html / "A1_weak_statistics.html").read_text()
    for label in ("appendix-weak-statistics", "ch-language-keyness", "fig-ch1-keyness", "tbl-ch1-keyness",
                  "ch-framing-tone", "fig-ch4-tone", "tbl-ch4-tone-sections", "tbl-ch4-tone-actors"):
        assert f'id="{label}"' in appendix, label
    assert appendix.count("<img") >= 2
    language = (html / "01_article_and_language.html").read_text()
    framing = (html / "04_framing.html").read_text()
    assert 'id="ch-language-keyness"' not in language and 'id="ch-framing-tone"' not in framing
    assert 'href="A1_weak_statistics.html#ch-language-keyness"' in language
    assert 'href="A1_weak_statistics.html#ch-framing-tone"' in framing


def singular_count_errors(html: str) -> list[str]:
    """'1 claims', 'None', 'nan' in the running prose of a page (paragraphs and list items; tables
    left out): what a count glued before a plural noun, or a missing value, would print."""
    import html as html_lib

    import nltk
    html = re.sub(r"<table.*?</table>|<script.*?</script>|<style.*?</style>", "", html, flags=re.S)
    found = []
    for block in re.findall(r"<(?:p|li)\b[^>]*>(.*?)</(?:p|li)>", html, flags=re.S):
        text = html_lib.unescape(re.sub(r"<[^>]+>", "", block))
        found += [f"missing value: {text[:80]}" for _ in re.findall(r"\b(?:None|nan|NaN)\b", text)]
        tokens = nltk.word_tokenize(text)
        tags = [("", "")] + nltk.pos_tag(tokens)
        for (before, _), (word, _), (after, tag) in zip(tags, tags[1:], tags[2:]):
            # "Table 1 sets ...", "(1 means twice as frequent)": a verb the tagger takes for a noun
            if word == "1" and tag == "NNS" and before not in ("Table", "Figure", "Fig.", "F") \
                    and after not in ("means", "sets", "shows", "gives", "lists", "says"):
                found.append(f"1 {after}: {text[:80]}")
    return found


def test_no_page_counts_one_of_a_plural_or_prints_a_missing_value(built):
    directory, _ = built
    problems = {page.name: singular_count_errors(page.read_text())
                for page in sorted((directory / "_build/html/notebooks").glob("*.html"))}
    assert not {name: p for name, p in problems.items() if p}


def page_text(html: str, tables: bool = True) -> str:
    """A page's words as a reader sees them (without its tables unless ``tables``)."""
    import html as entities
    if not tables:
        html = re.sub(r"<table.*?</table>", "", html, flags=re.S)
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", entities.unescape(re.sub(r"<[^>]+>", " ", html)))


def test_no_displayed_table_header_is_a_column_name(built):
    # headers are words ("stands for"); the CSV downloads keep their column names (data dictionary)
    directory, _ = built
    found = []
    for page in html_pages(directory):
        for cell in re.findall(r"<th\b[^>]*>(.*?)</th>", page.read_text(), re.S):
            text = page_text(cell).strip()
            if "_" in text:
                found.append(f"{page.name}: {text}")
    assert not found


def test_no_page_prints_an_object_instead_of_its_value(built):
    directory, _ = built
    for page in html_pages(directory):
        assert "IPython.core.display" not in page.read_text(), page.name


def test_the_codebooks_list_cue_words_not_regular_expressions(built):
    directory, _ = built
    syntax = re.compile(r"\(\?|\\[a-zA-Z]|\||\[\^|[*{}]|\w\?|\+(?!1 )")   # "+1 means", "+1 position": words
    pages = {"03_demands": ("tbl-ch3-forms", "tbl-ch3-issues", "tbl-ch3-hedges"),
             "A2_codebook_framing": ("tbl-a2-generic-cues", "tbl-a2-policy-cues", "tbl-a2-entman",
                                     "tbl-a2-hedges", "tbl-a2-veiled", "tbl-a2-evaluative")}
    for page, names in pages.items():
        html = (directory / f"_build/html/notebooks/{page}.html").read_text()
        for name in names:
            table = re.search(rf'<table\b[^>]*id="{name}".*?</table>', html, re.S).group(0)
            text = page_text(table)
            assert not syntax.search(text), (name, syntax.search(text).group(0))
    html = (directory / "_build/html/notebooks/03_demands.html").read_text()
    forms = page_text(re.search(r'<table\b[^>]*id="tbl-ch3-forms".*?</table>', html, re.S).group(0))
    assert "must" in forms and "have to" in forms and "need(s) to" in forms


def test_the_gap_between_the_parties_is_stated_in_full_once(built):
    # P11.S1 "possibly through a European peacekeeping force": the full statement of the gap
    # gives each party's stance on each issue; the brief and the chapters name the number of
    # issues and refer to it
    directory, _ = built
    prose = {page.name: page_text(page.read_text(), tables=False) for page in html_pages(directory)}
    full = {name: text.count("Ukraine possibly for, on the article's word") for name, text in prose.items()}
    assert sum(full.values()) == 1 and full["00_front.html"] == 1
    for name in ("00_front.html", "03_demands.html", "05_synthesis.html"):
        # ceasefire and foreign troops opposed, territory (P32.S1) and a deal (P06.S1, P26.S1) only on
        # conditions, security guarantees each for its own (P05.S3, P23.S3)
        assert re.search(r"apart on 5 issues", prose[name], re.I), name


def test_pdf_figures_stay_in_the_section_that_shows_them(pdf_built):
    directory, _ = pdf_built
    tex = (directory / "_build/latex/book.tex").read_text()
    placements = re.findall(r"\\begin\{figure\}\[(\w+)\]", tex)
    assert placements and set(placements) == {"H"}
    # and in print: Fig. 4.2 (frames by section) on a page of section 4.3, Frames by section
    pages = pdf_pages(directory / "_build/latex/book.pdf")
    page = next(p for p in pages if re.search(r"Fig\. 4\.2:", p))
    assert re.search(r"^\s*4\.3\.? ", page.strip().splitlines()[-1]) or "4.3 Frames by section" in page
