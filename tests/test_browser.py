"""A reader's check: every page of the built book in headless Chromium."""
import shutil
from pathlib import Path

import pytest

from scripts import browser
from scripts.paths import BUILD

pytestmark = [
    pytest.mark.skipif(browser.chromium_path() is None,
                       reason="Chromium is not installed (Debian: apt-get install chromium; "
                              "or make system-packages)"),
]
playwright = pytest.importorskip("playwright", reason="the Playwright Python package drives Chromium")


@pytest.mark.book
def test_every_page_opens_cleanly_offline_with_working_links(built):
    directory, result = built
    assert result.returncode == 0, result.stdout[-2000:]
    shots = directory / "_build" / "screenshots"
    report = browser.check_site(directory / "_build" / "html", shots)
    assert len(report.pages) >= 10
    assert report.problems == []
    # a desktop and a phone screenshot of every page, kept in the build folder
    assert len(report.screenshots) == 2 * len(report.pages)
    assert {p.name.rsplit("-", 1)[1] for p in report.screenshots} == {"desktop.png", "phone.png"}
    # and copied into this project's build folder, where a reader can look at them
    shutil.copytree(shots, BUILD / "screenshots", dirs_exist_ok=True)


def test_the_check_sees_console_errors_other_hosts_and_broken_links(tmp_path):
    site = tmp_path / "html"
    site.mkdir()
    (site / "other.html").write_text('<html><body><p id="here">here</p></body></html>')
    (site / "index.html").write_text(
        "<html><body>"
        "<script>console.error('deliberate error')</script>"
        '<img src="https://example.org/pixel.png">'
        '<a href="other.html#here">fine</a>'
        '<a href="other.html#nowhere">missing anchor</a>'
        '<a href="missing.html">missing file</a>'
        '<a href="https://example.org/">a link out is not a request</a>'
        "</body></html>")
    report = browser.check_site(site, tmp_path / "shots")
    problems = "\n".join(report.problems)
    assert "console error: deliberate error" in problems
    assert "request to another host: https://example.org/pixel.png" in problems
    assert "missing anchor" in problems and "other.html#nowhere" in problems
    assert "missing file" in problems and "missing.html" in problems
    assert "other.html#here" not in problems.replace("other.html#nowhere", "")
    assert not [p for p in report.problems if p.startswith("other.html")]
    assert sorted(p.name for p in (tmp_path / "shots").iterdir()) == [
        "index-desktop.png", "index-phone.png", "other-desktop.png", "other-phone.png"]


def test_the_check_sees_a_table_caption_cut_off_at_phone_width(tmp_path):
    site = tmp_path / "html"
    site.mkdir()
    cells = "".join(f"<td>column {i} of a wide table</td>" for i in range(12))
    table = (f'<div style="overflow-x:auto"><table><caption>{{}} caption of a wide table, '
             f'long enough to be cut</caption><tr>{cells}</tr></table></div>')
    css = (Path(__file__).parents[1] / "book" / "_static" / "report.css").read_text()
    (site / "index.html").write_text(f"<html><body>{table.format('Plain')}</body></html>")
    (site / "styled.html").write_text(f"<html><head><style>{css}</style></head>"
                                      f"<body>{table.format('Styled')}</body></html>")
    report = browser.check_site(site)
    cut = [p for p in report.problems if "caption cut off" in p]
    # centred over the table's whole width, the plain caption runs off a phone's screen;
    # the book's style keeps it in view
    assert cut == ["index.html: caption cut off at phone width: Plain caption of a wide table, long enough to be cut"]


def test_the_books_style_reads_a_wide_table_row_by_row_on_a_phone(tmp_path):
    # a table of six columns with long cells is wider than a 390 px phone: the check reports
    # it on a plain page; with the book's style and script it is shown row by row, each cell
    # after its column's header, and fits the screen (the desktop keeps the table)
    site = tmp_path / "html"
    site.mkdir()
    static = Path(__file__).parents[1] / "book" / "_static"
    heads = "".join(f"<th>Column {i}</th>" for i in range(6))
    row = "".join(f"<td>cell {i} of a table that reads sentences from an article</td>" for i in range(6))
    table = (f'<div class="bd-article"><table><caption>{{}} table</caption><thead><tr>{heads}</tr></thead>'
             f'<tbody><tr>{row}</tr><tr>{row}</tr></tbody></table></div>')
    (site / "index.html").write_text(f"<html><body>{table.format('Plain')}</body></html>")
    (site / "styled.html").write_text(
        f"<html><head><style>{(static / 'report.css').read_text()}</style></head>"
        f"<body>{table.format('Styled')}<script>{(static / 'report.js').read_text()}</script></body></html>")
    report = browser.check_site(site, tmp_path / "shots")
    wide = [p for p in report.problems if "wider than the screen" in p]
    assert wide == ["index.html: table wider than the screen at phone width: Plain table"]
