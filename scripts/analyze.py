"""Export the analysis tables of news articles as CSV.

    python -m scripts.analyze ARTICLE.txt --out DIR
    python -m scripts.analyze FOLDER_OR_FILES... --out DIR [--jobs N] [--quiet]

One article: one UTF-8 CSV per table (GUIDE §5) directly in DIR. Several
articles (several files, or a folder of *.txt files): each article's tables in
DIR/<article>/, and combined tables DIR/<table>.csv with an ``article`` column
first, plus DIR/articles.csv (one line per article analysed).

Every input is read and analysed before anything is written, and the files are
moved into place only when all of them are complete: bad input leaves DIR as
it was.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from scripts import framing
from scripts.actors import actors_table
from scripts.demands import demands_table
from scripts.quotes import quotes_table
from scripts.reader import Article, ArticleError, read_article

# table name -> function of the article giving that table. Each chapter's
# module adds its tables here; the order is the order they are written in.
TABLES: dict[str, Callable[[Article], pd.DataFrame]] = {
    "sentences": lambda article: article.sentences_frame(),
    "actors": actors_table,
    "quotes": quotes_table,
    "demands": demands_table,
    "frames": framing.code_frames,
}

ARTICLE_COLUMNS = ["article", "title", "sentences", "words", "bytes", "sha256", "dropped_lines"]


def tables_for(article: Article, progress: bool = False) -> dict[str, pd.DataFrame]:
    """Every table of :data:`TABLES` for the article (with ``progress``, a bar on stderr)."""
    if not progress:
        # computed once per article (and, in a book build, once for every notebook)
        tables = article.computed("tables", lambda: {name: build(article) for name, build in TABLES.items()})
        return {name: frame.copy() for name, frame in tables.items()}
    from tqdm import tqdm

    tables = {}
    with tqdm(TABLES.items(), desc=article.path.name, unit="table", file=sys.stderr,
              dynamic_ncols=True) as bar:
        for name, build in bar:
            bar.set_postfix_str(name)
            tables[name] = build(article)
    return tables


def write_tables(tables: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    """Write every table, atomically: into a temporary folder first, then moved."""
    return _write_tree({Path("."): tables}, out)


def _write_tree(folders: dict[Path, dict[str, pd.DataFrame]], out: Path) -> list[Path]:
    """Write ``{sub-folder of out: tables}``: every file is complete in a staging
    folder inside ``out`` before the first one is moved into place."""
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    try:
        for folder, tables in folders.items():
            (staging / folder).mkdir(parents=True, exist_ok=True)
            for name, frame in tables.items():
                frame.to_csv(staging / folder / f"{name}.csv", index=False, encoding="utf-8")
        written = []
        for folder, tables in folders.items():
            (out / folder).mkdir(parents=True, exist_ok=True)
            for name in tables:
                target = out / folder / f"{name}.csv"
                os.replace(staging / folder / f"{name}.csv", target)
                written.append(target)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# --- many articles -----------------------------------------------------------

def article_files(inputs: list[Path]) -> tuple[list[Path], list[str]]:
    """The article files named by ``inputs`` (files, or folders of *.txt files, in
    name order), and one line per input that gives no article."""
    files, problems = [], []
    for path in inputs:
        if path.is_dir():
            found = sorted(p for p in path.glob("*.txt") if p.is_file())
            if not found:
                problems.append(f"{path}: no article (*.txt) in this folder")
            files.extend(found)
        else:
            files.append(path)      # a missing file is reported when it is read
    return files, problems


def analyse_file(path: Path) -> tuple[Path, dict | None, dict | None, str]:
    """(path, summary, tables, problem) for one file, the summary being the article's
    line of ``articles.csv``; never raises, so that one bad file cannot stop a run over many."""
    try:
        article = read_article(path)
        return path, _summary(article), tables_for(article), ""
    except ArticleError as exc:
        return path, None, None, str(exc)
    except Exception as exc:                               # a fault of ours on this text
        return path, None, None, f"{path}: the analysis failed ({type(exc).__name__}: {exc})"


def _load_models() -> None:
    """Load every model and knowledge table once in this process (a worker's start)."""
    from scripts import actors, framing, nlp
    from scripts.knowledge import knowledge
    nlp.sentence_splitter(), nlp.tagger(), nlp.binary_chunker(), nlp.stopwords()
    knowledge(), actors._dictionary_words(), framing.load_codebook()


def analyse_files(files: list[Path], jobs: int = 1, progress: bool = False):
    """Yield :func:`analyse_file` results in the order of ``files``, on ``jobs``
    worker processes (each loads the models once), with a progress bar on stderr."""
    from tqdm import tqdm

    bar = tqdm(total=len(files), unit="article", file=sys.stderr, disable=not progress,
               dynamic_ncols=True)
    jobs = max(1, min(jobs, len(files)))
    try:
        if jobs == 1:
            for path in files:
                result = analyse_file(path)
                bar.update()
                yield result
            return
        import multiprocessing
        context = multiprocessing.get_context()
        if context.get_start_method() == "fork":
            _load_models()      # loaded once here, the forked workers share them
        with context.Pool(jobs, initializer=_load_models) as pool:
            done = {}
            # results arrive as workers finish; they are handed on in input order
            for index, result in pool.imap_unordered(_analyse_indexed, enumerate(files)):
                done[index] = result
                bar.update()
            for index in range(len(files)):
                yield done.pop(index)
    finally:
        bar.close()


def _analyse_indexed(item: tuple[int, Path]):
    index, path = item
    return index, analyse_file(path)


def _summary(article: Article) -> dict:
    words = sum(len(s.text.split()) for s in article.sentences)
    return {"article": article.name, "title": article.title, "sentences": len(article.sentences),
            "words": words, "bytes": article.size, "sha256": article.sha256,
            "dropped_lines": len(article.dropped)}


def combine(per_article: dict[str, dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """One table per kind over all articles, with the article's name in a first column."""
    combined = {}
    for name in TABLES:
        frames = [tables[name].assign(article=article)[["article", *tables[name].columns]]
                  for article, tables in per_article.items()]
        combined[name] = pd.concat(frames, ignore_index=True)
    return combined


def _default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:                                  # not on Linux
        return os.cpu_count() or 1


# --- the command line --------------------------------------------------------

def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.analyze", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=__doc__.split("\n\n", 1)[1].rstrip(),
        epilog=textwrap.fill(
            "Exit status: 0 when at least one article was analysed. With one file, bad input "
            "stops the run with a one-line error (status 2). With several files or a folder, "
            "each file that cannot be analysed is reported on one line and skipped; the status "
            "is 2 only if no article could be analysed.", 79))
    parser.add_argument("inputs", nargs="+", type=Path, metavar="ARTICLE_OR_FOLDER",
                        help="plain-text news articles, or folders of them (*.txt)")
    parser.add_argument("--out", type=Path, required=True, help="folder for the CSV tables")
    parser.add_argument("--jobs", "-j", type=int, default=_default_jobs(), metavar="N",
                        help="articles analysed at once, on N processes (default: all cores, %(default)s here)")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="no progress bar (it is shown on a terminal only)")
    return parser


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    if args.jobs < 1:
        _parser().error("--jobs must be 1 or more")
    progress = not args.quiet and sys.stderr.isatty()
    if len(args.inputs) == 1 and not args.inputs[0].is_dir():
        return _one_article(args.inputs[0], args.out, progress)
    return _many_articles(args.inputs, args.out, args.jobs, progress)


def _one_article(path: Path, out: Path, progress: bool = False) -> int:
    try:
        article = read_article(path)
        tables = tables_for(article, progress)
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        written = write_tables(tables, out)
    except OSError as exc:
        print(f"error: {out}: cannot write the tables ({exc.strerror or exc})", file=sys.stderr)
        return 2
    print(f"{article.path.name}: {len(article.sentences)} sentences; wrote "
          + ", ".join(p.name for p in written) + f" to {out}")
    return 0


def _many_articles(inputs: list[Path], out: Path, jobs: int, progress: bool) -> int:
    from tqdm import tqdm

    files, problems = article_files(inputs)
    for problem in problems:
        print(f"skipped: {problem}", file=sys.stderr)
    per_article: dict[str, dict[str, pd.DataFrame]] = {}
    summaries, seen = [], {}
    for path, summary, tables, problem in analyse_files(files, jobs, progress):
        if not problem and summary["article"] in seen:
            problem = f"{path}: another article has the same name ({seen[summary['article']]})"
        if problem:
            tqdm.write(f"skipped: {problem}", file=sys.stderr)
            continue
        seen[summary["article"]] = path
        per_article[summary["article"]] = tables
        summaries.append(summary)
    skipped = len(files) - len(per_article) + len(problems)
    if not per_article:
        print(f"error: no article could be analysed ({skipped} input(s) skipped)", file=sys.stderr)
        return 2
    folders = {Path(name): tables for name, tables in per_article.items()}
    folders[Path(".")] = {"articles": pd.DataFrame(summaries, columns=ARTICLE_COLUMNS),
                          **combine(per_article)}
    try:
        _write_tree(folders, out)
    except OSError as exc:
        print(f"error: {out}: cannot write the tables ({exc.strerror or exc})", file=sys.stderr)
        return 2
    print(f"analysed {len(per_article)} article(s)" + (f", skipped {skipped}" if skipped else "")
          + f"; wrote each article's tables to {out}/<article>/ and the combined tables "
          + ", ".join(f"{name}.csv" for name in folders[Path('.')]) + f" to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
