"""How long the book and the analysis take: a benchmark, not a test.

    python -m scripts.benchmark [--skip-book] [--edits N] [--venv DIR]

prints a Markdown table (for the README's "Performance" section) of:

* the book built in a fresh copy of the project (environment already installed):
  the HTML and the PDF cold (``make html pdf``, which makes both in one run), then
  both again with nothing changed, and the HTML after one notebook's code changed
  (``--edits N``: N such edits in a row, each a new change);
  wall-clock time, the processor time of the build's processes (less sensitive
  than the wall clock to other work on a shared machine), and the load average
  when each ended (other work on the machine slows the wall clock);
* the analysis (every table of ``scripts.analyze``) of 1, 10 and 100 copies of
  the seed article joined into one text, in words per second, and one ratio: the
  whole analysis time against the time of the NLTK calls it makes (sentence
  splitting, tokenizing, tagging and chunking), so 1.0 would mean our own code
  (pandas included) costs nothing beside NLTK;
* a folder of 100 articles analysed with ``--jobs 1`` and ``--jobs 2``.

Copies are made distinct. The analysis keeps the tokens of each sentence text
it has seen, so exact copies would be served from that cache after the first
and the figures would flatter it. In copy k some spaces between words are
widened (see ``_vary``): no word changes and the tokens are the same, but
every copy is work done afresh.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from scripts.paths import ROOT, primary_article

# tests/ too: chapter 3 measures itself against the hand coding in tests/data/
BOOK_SOURCES = ["book", "notebooks", "scripts", "seeds", "tests", "Makefile", "requirements.txt",
                "pyproject.toml"]
# Functions of scripts.nlp that are nothing but a call into NLTK
NLTK_CALLS = ("split_sentences", "word_tokens", "pos_tag", "named_entity_spans")


# --- distinct copies of an article ------------------------------------------------------------

def _vary(sentence: str, k: int) -> str:
    """The sentence with its spaces widened after the digits of ``k`` in base 4
    (gap i holds 1 + the i-th digit spaces): copy 0 is unchanged, and copies differ
    wherever a sentence has enough gaps (four gaps give 256 variants)."""
    words = sentence.split(" ")
    out = [words[0]]
    for word in words[1:]:
        out.append(" " * (1 + k % 4) + word)
        k //= 4
    return "".join(out)


def variant(text: str, k: int) -> str:
    """Copy ``k`` of an article: every sentence of every line varied by :func:`_vary`."""
    from scripts import nlp

    lines = []
    for line in text.split("\n"):
        spans = nlp.split_sentences(line)
        pieces, last = [], 0
        for start, end in spans:
            pieces.append(line[last:start] + _vary(line[start:end], k))
            last = end
        lines.append("".join(pieces) + line[last:])
    return "\n".join(lines)


def joined_copies(text: str, n: int) -> str:
    return "\n\n".join(variant(text, k) for k in range(n))


# --- the analysis ------------------------------------------------------------------------------

def _words(text: str) -> int:
    return len(text.split())


def time_analysis(path: Path) -> dict:
    """Analyse one file in this process (models already loaded): seconds, and the
    seconds spent in the NLTK calls of :mod:`scripts.nlp`."""
    from scripts import analyze, nlp
    from scripts.reader import read_article

    spent = dict.fromkeys(NLTK_CALLS, 0.0)
    originals = {name: getattr(nlp, name) for name in NLTK_CALLS}

    def timed(name):
        call = originals[name]

        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return call(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - started
        return wrapper

    for name in NLTK_CALLS:
        setattr(nlp, name, timed(name))
    try:
        started = time.perf_counter()
        analyze.tables_for(read_article(path))
        total = time.perf_counter() - started
    finally:
        for name, call in originals.items():
            setattr(nlp, name, call)
    return {"seconds": total, "nltk": sum(spent.values()), **{f"nltk_{k}": v for k, v in spent.items()}}


def profile_analysis(path: Path, top: int = 25) -> str:
    """cProfile's view of one analysis: the functions with most time of their own."""
    from scripts import analyze
    from scripts.reader import read_article

    profiler = cProfile.Profile()
    profiler.enable()
    analyze.tables_for(read_article(path))
    profiler.disable()
    out = []
    stats = pstats.Stats(profiler, stream=_Lines(out))
    stats.sort_stats("tottime").print_stats(top)
    return "".join(out)


class _Lines:
    def __init__(self, out):
        self.out = out

    def write(self, text):
        self.out.append(text)


def _warm_up() -> None:
    """Load every model and table once, as a run does before its first article."""
    from scripts import analyze
    from scripts.reader import parse

    analyze._load_models()
    analyze.tables_for(parse("Talks resume\n\nThe minister said on Monday that the talks "
                             "in Geneva would resume, and Russia urged Ukraine to accept.\n"))


# --- the book ----------------------------------------------------------------------------------

def _copy_project(dest: Path) -> Path:
    for name in BOOK_SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
        else:
            shutil.copy2(src, dest / name)
    return dest


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _make(directory: Path, venv: Path, *targets: str) -> tuple[float, float, float]:
    """Run make once with the targets; (wall-clock seconds, processor seconds of make and
    everything it ran, the machine's load average over the last minute when it ended)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    started, cpu = time.perf_counter(), _children_cpu()
    result = subprocess.run(["make", "--no-print-directory", *targets, f"VENV={venv}"], cwd=directory,
                            env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"make {' '.join(targets)} failed in {directory}:\n"
                           f"{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return time.perf_counter() - started, _children_cpu() - cpu, os.getloadavg()[0]


def _seconds(timing: tuple[float, float, float], digits: int = 1) -> str:
    wall, cpu, load = timing
    return f"{wall:.{digits}f} s (processor {cpu:.{digits}f} s; load {load:.1f})"


def _edit_one_notebook(directory: Path, k: int = 1) -> str:
    """Change one code cell of one chapter (a comment line, the ``k``-th edit), as an author would."""
    notebook = directory / "notebooks/02_actors.ipynb"
    content = json.loads(notebook.read_text())
    cell = next(c for c in content["cells"] if c["cell_type"] == "code"
                and "remove-input" in c["metadata"].get("tags", []))
    source = "".join(cell["source"])
    cell["source"] = source + f"\n# edit {k} for the benchmark"
    notebook.write_text(json.dumps(content, indent=1))
    return notebook.name


def book_timings(venv: Path, pdf: bool = True, edits: int = 1) -> list[tuple[str, str]]:
    """The book built in a fresh copy: cold (``make html pdf``: one run makes both), again
    with nothing changed, and the HTML after one notebook's code changed (``edits`` times in
    a row, each a new change)."""
    rows = []
    targets = ("html", "pdf") if pdf else ("html",)
    with tempfile.TemporaryDirectory(prefix="benchmark-book-") as tmp:
        directory = _copy_project(Path(tmp))
        rows.append((f"`make {' '.join(targets)}`, cold (fresh copy, environment installed)",
                     _seconds(_make(directory, venv, *targets))))
        rows.append((f"`make {' '.join(targets)}`, nothing changed", _seconds(_make(directory, venv, *targets), 2)))
        for k in range(1, edits + 1):
            name = _edit_one_notebook(directory, k)
            rows.append((f"`make html` after one notebook's code changed ({name}"
                         f"{f', edit {k} of {edits}' if edits > 1 else ''})",
                         _seconds(_make(directory, venv, "html"))))
    return rows


# --- a folder of articles -----------------------------------------------------------------------

def folder_timings(text: str, n: int = 100) -> list[tuple[str, str]]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="benchmark-folder-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for k in range(n):
            (folder / f"article_{k:03d}.txt").write_text(variant(text, k), encoding="utf-8")
        words = n * _words(text)
        for jobs in (1, 2):
            started = time.perf_counter()
            result = subprocess.run([sys.executable, "-m", "scripts.analyze", str(folder),
                                     "--out", str(Path(tmp) / f"out{jobs}"), "--jobs", str(jobs), "--quiet"],
                                    cwd=ROOT, capture_output=True, text=True)
            elapsed = time.perf_counter() - started
            if result.returncode != 0:
                raise RuntimeError(result.stderr[-2000:])
            rows.append((f"{n}-article folder, `--jobs {jobs}` (whole command)",
                         f"{elapsed:.1f} s ({words / elapsed:,.0f} words/s)"))
    return rows


# --- the report ----------------------------------------------------------------------------------

def analysis_timings(text: str, copies=(1, 10, 100)) -> tuple[list[tuple[str, str]], dict]:
    rows, details = [], {}
    _warm_up()
    with tempfile.TemporaryDirectory(prefix="benchmark-analysis-") as tmp:
        for n in copies:
            path = Path(tmp) / f"copies_{n}.txt"
            joined = joined_copies(text, n)
            path.write_text(joined, encoding="utf-8")
            result = time_analysis(path)
            words = _words(joined)
            details[n] = result
            rows.append((f"analysis of {n} cop{'y' if n == 1 else 'ies'} of the seed ({words:,} words)",
                         f"{result['seconds']:.2f} s, {words / result['seconds']:,.0f} words/s"))
    return rows, details


def nltk_ratio(details: dict) -> float:
    """The analysis time of every run against the time of its NLTK calls (1.0: our code costs nothing)."""
    return sum(d["seconds"] for d in details.values()) / sum(d["nltk"] for d in details.values())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.benchmark", description=__doc__.splitlines()[0])
    parser.add_argument("--skip-book", action="store_true", help="leave out the book builds")
    parser.add_argument("--skip-folder", action="store_true", help="leave out the 100-article folder")
    parser.add_argument("--skip-pdf", action="store_true", help="build the HTML book only")
    parser.add_argument("--skip-analysis", action="store_true", help="time the book's builds only")
    parser.add_argument("--venv", type=Path, default=Path(sys.prefix),
                        help="the installed environment make uses (default: this one, %(default)s)")
    parser.add_argument("--edits", type=int, default=1,
                        help="time this many one-notebook edits in a row (default %(default)s)")
    parser.add_argument("--profile", action="store_true",
                        help="also print cProfile's top functions for 10 copies")
    args = parser.parse_args(argv)

    text = primary_article().read_text(encoding="utf-8")
    rows: list[tuple[str, str]] = []
    if not args.skip_book:
        rows += book_timings(args.venv, pdf=not args.skip_pdf, edits=args.edits)
    if not args.skip_analysis:
        analysis_rows, details = analysis_timings(text)
        rows += analysis_rows
        rows.append(("analysis time / time of its NLTK calls, 1 + 10 + 100 copies (target ≤ 1.5)",
                     f"{nltk_ratio(details):.2f}"))
        per_word = {n: d["seconds"] / (n * _words(text)) for n, d in details.items()}
        rows.append(("cost per word, 100 copies against 1 (1.0 = linear)",
                     f"{per_word[100] / per_word[1]:.2f}"))
        nltk_100 = details[100]
        rows.append(("NLTK time, 100 copies: sentences / tokens / tags / chunks",
                     " / ".join(f"{nltk_100[f'nltk_{k}']:.1f} s" for k in NLTK_CALLS)))
    if not args.skip_folder and not args.skip_analysis:
        rows += folder_timings(text)

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"Measured {date.today().isoformat()} on {platform.machine()} Linux, {cpus} cores "
          f"({platform.processor() or 'unknown CPU'}), Python {platform.python_version()}.\n")
    print("| measure | result |\n|---|---|")
    for measure, result in rows:
        print(f"| {measure} | {result} |")
    if args.profile:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "copies_10.txt"
            path.write_text(joined_copies(text, 10), encoding="utf-8")
            print("\n```\n" + profile_analysis(path) + "```")
    return 0


if __name__ == "__main__":
    sys.exit(main())
