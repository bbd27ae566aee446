"""Execute the book's notebooks on every core before Sphinx reads them.

    python -m scripts.execute_notebooks _build/_toc.yml _build/.jupyter_cache [--jobs N]

Jupyter Book executes one notebook after the other while Sphinx reads the book.
This runs the notebooks of the table of contents that the execution cache does
not hold yet, several at a time, and stores their outputs in that cache exactly as
Jupyter Book's own cache mode does (same cache, same notebook hash), so that the
build then only reads them. While the first notebooks run, one worker analyses the
primary article once and keeps it in the analysis cache
(:mod:`scripts.analysis_cache`) for the chapters that follow.

A notebook that fails is reported with its error, and the command fails after
the others have run; nothing of a failed notebook is stored.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

import nbformat
import yaml

from scripts.paths import ROOT

# Notebooks that do not analyse the article run while it is analysed once for the others.
LIGHT = ("notebooks/01_article_and_language", "notebooks/A0_article", "notebooks/A2_codebook_framing",
         "notebooks/A4_methods")


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


def notebooks(toc_path: Path) -> list[Path]:
    toc = yaml.safe_load(toc_path.read_text(encoding="utf-8"))
    return [ROOT / f"{name}.ipynb" for name in toc_files(toc) if (ROOT / f"{name}.ipynb").exists()]


def _warm_analysis() -> float:
    """Analyse the primary article into the analysis cache (a worker's first task)."""
    from scripts import analyze
    from scripts.paths import primary_article
    from scripts.reader import read_article

    started = time.perf_counter()
    analyze.tables_for(read_article(primary_article()))
    return time.perf_counter() - started


def _execute(path: str, timeout: int):
    """Run a notebook as Jupyter Book's cache mode does; (notebook, seconds, error)."""
    from jupyter_cache.executors.utils import single_nb_execution

    notebook = nbformat.read(path, as_version=4)
    result = single_nb_execution(notebook, cwd=str(Path(path).parent), allow_errors=False,
                                 timeout=timeout, meta_override=True)
    return notebook, result.time, result.exc_string if result.err is not None else None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.execute_notebooks",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("toc", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--timeout", type=int, default=300)
    args = parser.parse_args(argv)

    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    cache = get_cache(str(args.cache))
    todo = []
    for path in notebooks(args.toc):
        try:
            cache.match_cache_notebook(nbformat.read(path, as_version=4))
        except KeyError:
            todo.append(path)
    if not todo:
        return 0
    light = [p for p in todo if p.relative_to(ROOT).with_suffix("").as_posix() in LIGHT]
    order = light + [p for p in todo if p not in light]
    failed = []
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=max(1, min(args.jobs, len(order) + 1))) as pool:
        if len(order) - len(light) > 1:     # one notebook alone gains nothing from it
            pool.submit(_warm_analysis)
        futures = {pool.submit(_execute, str(p), args.timeout): p for p in order}
        for future in as_completed(futures):
            path = futures[future]
            name = path.relative_to(ROOT).as_posix()
            notebook, seconds, error = future.result()
            if error:
                failed.append(name)
                print(f"{name}: failed\n{error}", file=sys.stderr)
                continue
            staged = cache.add_nb_to_project(str(path))
            cache.cache_notebook_bundle(CacheBundleIn(notebook, staged.uri,
                                                      data={"execution_seconds": seconds}),
                                        check_validity=False, overwrite=True)
            print(f"{name}: executed in {seconds:.1f} s")
    print(f"{len(order) - len(failed)} notebooks executed in {time.perf_counter() - started:.1f} s "
          f"on {args.jobs} worker(s)")
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
