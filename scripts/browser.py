"""A reader's check of the built HTML book in a real browser.

    python -m scripts.browser [_build/html] [--screenshots _build/screenshots]

opens every page in headless Chromium (driven by Playwright, with the
system's Chromium: nothing is downloaded) and reports, for each page, any
console error or uncaught exception, any request to another host (the book
must open on a machine with no network), and any internal link to a missing
file or a missing ``#anchor``, at a desktop and a phone width; and any table
caption that runs off the screen (a wide table scrolls sideways, its caption
must stay readable), and any table wider than the screen (on a phone a table is
read row by row: ``book/_static/report.js`` and ``report.css``). It keeps a
full-page screenshot of every page at both widths.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

WIDTHS = {"desktop": 1280, "phone": 390}
LOCAL_SCHEMES = {"file", "data", "blob", "about"}


def chromium_path() -> str | None:
    """The system's Chromium (Debian's package), or None."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def book_pages(html_dir: Path) -> list[Path]:
    """Every page of the book; the theme's templates in ``_static`` are not pages."""
    return sorted(p for p in Path(html_dir).glob("**/*.html")
                  if "_static" not in p.relative_to(html_dir).parts)


@dataclass
class Report:
    pages: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    screenshots: list[Path] = field(default_factory=list)


# Collected in the page: every element id, and every link as the browser resolved it.
_COLLECT = """() => ({
  ids: Array.from(document.querySelectorAll('[id]'), e => e.id)
        .concat(Array.from(document.querySelectorAll('a[name]'), e => e.name)),
  links: Array.from(document.querySelectorAll('a[href]'), a => a.href)
})"""


def _shot_name(page: Path, root: Path, width: str) -> str:
    return page.relative_to(root).with_suffix("").as_posix().replace("/", "__") + f"-{width}.png"


# The captions of tables that do not fit the screen: a reader must be able to read what a
# table is before scrolling it sideways.
_CUT_CAPTIONS = """() => [...document.querySelectorAll('table caption')]
  .filter(c => { const r = c.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > innerWidth + 1); })
  .map(c => c.innerText.trim().slice(0, 60))"""


# Tables wider than the screen: a reader would have to scroll them sideways.
_WIDE_TABLES = """() => [...document.querySelectorAll('table')]
  .filter(t => t.getBoundingClientRect().width > innerWidth + 1)
  .map(t => ((t.querySelector('caption') || {}).innerText || t.id || 'a table').trim().slice(0, 60))"""


def _evaluate(page, script: str):
    """``page.evaluate``, once more after the next page has loaded when a redirect
    (a meta refresh) replaced the page while the script ran."""
    from playwright.sync_api import Error

    try:
        return page.evaluate(script)
    except Error as error:
        if "context was destroyed" not in str(error):
            raise
        page.wait_for_load_state("load")
        page.wait_for_timeout(150)
        return page.evaluate(script)


def check_site(html_dir: Path, screenshots: Path | None = None,
               executable: str | None = None) -> Report:
    """Open every page of ``html_dir``; see the module docstring for what is checked."""
    from playwright.sync_api import sync_playwright

    html_dir = Path(html_dir).resolve()
    report = Report(pages=book_pages(html_dir))
    if screenshots:
        screenshots.mkdir(parents=True, exist_ok=True)
    ids: dict[Path, set[str]] = {}
    links: dict[Path, list[str]] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable or chromium_path(),
                                    args=["--no-sandbox", "--disable-gpu"])
        for width_name, width in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": 900})
            # nothing may leave the machine: requests to other hosts are recorded and refused
            context.route(lambda url: urlparse(url).scheme not in LOCAL_SCHEMES,
                          lambda route: route.abort())
            for path in report.pages:
                page = context.new_page()
                name = path.relative_to(html_dir).as_posix()
                page.on("console", lambda msg, name=name: msg.type == "error" and report.problems.append(
                    f"{name}: console error: {msg.text}"))
                page.on("pageerror", lambda exc, name=name: report.problems.append(
                    f"{name}: uncaught exception: {exc}"))
                page.on("request", lambda req, name=name: urlparse(req.url).scheme not in LOCAL_SCHEMES
                        and report.problems.append(f"{name}: request to another host: {req.url}"))
                page.goto(path.as_uri(), wait_until="load")
                page.wait_for_timeout(150)      # let the theme's scripts run
                # a page that redirects (the book's index.html) is measured once its target has loaded
                page.wait_for_load_state("load")
                for caption in _evaluate(page, _CUT_CAPTIONS):
                    report.problems.append(f"{name}: caption cut off at {width_name} width: {caption}")
                for caption in _evaluate(page, _WIDE_TABLES):
                    report.problems.append(f"{name}: table wider than the screen at {width_name} width: {caption}")
                if width_name == "desktop":
                    found = _evaluate(page, _COLLECT)
                    ids[path] = set(found["ids"])
                    links[path] = found["links"]
                if screenshots:
                    shot = screenshots / _shot_name(path, html_dir, width_name)
                    page.screenshot(path=str(shot), full_page=True)
                    report.screenshots.append(shot)
                page.close()
            context.close()
        browser.close()
    report.problems = list(dict.fromkeys(report.problems))   # once per page, not per width
    report.problems += broken_links(links, ids, html_dir)
    return report


def broken_links(links: dict[Path, list[str]], ids: dict[Path, set[str]], html_dir: Path) -> list[str]:
    """Links from a page to a file that does not exist, or to an anchor its target lacks."""
    problems = []
    for page, hrefs in links.items():
        name = page.relative_to(html_dir).as_posix()
        for href in dict.fromkeys(hrefs):
            url, fragment = urldefrag(href)
            parsed = urlparse(url)
            if parsed.scheme != "file":
                continue      # links out of the book are for the reader to follow, not loaded
            target = Path(unquote(parsed.path))
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                problems.append(f"{name}: link to a missing file: {href}")
            elif fragment and target.suffix == ".html":
                known = ids.get(target.resolve())
                if known is not None and unquote(fragment) not in known:
                    problems.append(f"{name}: link to a missing anchor: {href}")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.browser", description=__doc__.splitlines()[0])
    parser.add_argument("html", nargs="?", type=Path, default=Path("_build/html"))
    parser.add_argument("--screenshots", type=Path, default=Path("_build/screenshots"))
    args = parser.parse_args(argv)
    if not chromium_path():
        print("error: Chromium is not installed (make system-packages)", file=sys.stderr)
        return 2
    report = check_site(args.html, args.screenshots)
    for problem in report.problems:
        print(problem)
    print(f"{len(report.pages)} pages, {len(report.problems)} problems; "
          f"{len(report.screenshots)} screenshots in {args.screenshots}")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
