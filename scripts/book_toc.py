"""The table of contents the book is built with, for the articles in ``seeds/``.

    python -m scripts.book_toc book/_toc.yml _build/_toc.yml
    python -m scripts.book_toc --prune book/_toc.yml _build/_toc.yml _build/html

``book/_toc.yml`` lists every page the book can have. The chapter comparing
articles has nothing to say about a single article, so with fewer than two
articles in ``seeds/`` it is left out (and a part it leaves empty goes with it).
The file is written only when its content changes, so that an unchanged table
of contents does not rebuild the book.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

from scripts.paths import seed_articles

COMPARISON = "notebooks/06_comparison"


def _without(entries: list[dict], drop: set[str]) -> list[dict]:
    kept = []
    for entry in entries:
        if entry.get("file") in drop:
            continue
        entry = dict(entry)
        for key in ("sections", "chapters"):
            if key in entry:
                entry[key] = _without(entry[key], drop)
                if not entry[key]:
                    del entry[key]
        kept.append(entry)
    return kept


def book_toc(toc: dict, articles: int) -> dict:
    """``toc`` (a Jupyter Book table of contents) for a book about ``articles`` articles."""
    drop = {COMPARISON} if articles < 2 else set()
    toc = dict(toc)
    if "chapters" in toc:
        toc["chapters"] = _without(toc["chapters"], drop)
    if "parts" in toc:
        parts = []
        for part in toc["parts"]:
            chapters = _without(part.get("chapters", []), drop)
            if chapters:
                parts.append({**part, "chapters": chapters})
        toc["parts"] = parts
    return toc


def write_toc(source: Path, dest: Path, articles: int) -> bool:
    """Write the book's table of contents to ``dest``; True when it changed."""
    toc = book_toc(yaml.safe_load(source.read_text(encoding="utf-8")), articles)
    text = (f"# Generated from {source.as_posix()} by scripts/book_toc.py for "
            f"{articles} article(s) in seeds/: edit that file, not this one.\n"
            + yaml.safe_dump(toc, sort_keys=False, allow_unicode=True))
    if dest.exists() and dest.read_text(encoding="utf-8") == text:
        return False
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = dest.with_name(dest.name + ".tmp")
    staging.write_text(text, encoding="utf-8")
    staging.replace(dest)
    return True


def toc_files(toc: dict) -> list[str]:
    """Every file of a Jupyter Book table of contents, in reading order."""
    files = [toc["root"]] if "root" in toc else []

    def walk(entries):
        for entry in entries:
            if "file" in entry:
                files.append(entry["file"])
            walk(entry.get("sections", []) + entry.get("chapters", []))

    walk(toc.get("chapters", []))
    for part in toc.get("parts", []):
        walk(part.get("chapters", []))
    return files


def prune(full: dict, toc: dict, html: Path) -> list[Path]:
    """Remove from a built HTML book the pages of ``full`` (every page the book can
    have) that ``toc`` leaves out, and their copied sources. Sphinx never deletes
    an output it wrote before, so a chapter left out after an earlier build would
    stay behind as a page outside the table of contents, with a stale number."""
    kept = set(toc_files(toc))
    removed = []
    for doc in toc_files(full):
        if doc in kept:
            continue
        for path in [html / f"{doc}.html", *(html / "_sources").glob(f"{doc}.*")]:
            if path.is_file():
                path.unlink()
                removed.append(path)
    return removed


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 4 and args[0] == "--prune":
        load = lambda name: yaml.safe_load(Path(name).read_text(encoding="utf-8"))   # noqa: E731
        prune(load(args[1]), load(args[2]), Path(args[3]))
        return 0
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    write_toc(Path(args[0]), Path(args[1]), len(seed_articles()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
