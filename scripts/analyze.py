"""Export the analysis tables of news articles as CSV.

    python -m scripts.analyze ARTICLE.txt --out DIR
    python -m scripts.analyze FOLDER_OR_FILES... --out DIR [--jobs N] [--quiet]

One article: one UTF-8 CSV per table (GUIDE §5) directly in DIR. Several
articles (several files, or a folder of *.txt files): each article's tables in
DIR/<article>/, and combined tables DIR/<table>.csv with an ``article`` column
first, plus DIR/articles.csv (one line per article analysed).

Every input is read and analysed before anything is written. The new set of
tables is written into a folder beside DIR and swapped in for DIR's old content
with one rename, so that DIR always holds one whole set, the old one or the new
one, even if the run is killed or another run writes to DIR at the same time;
bad input leaves DIR as it was. DIR must be new, empty or hold only tables
(it is replaced whole). CSV cells that a spreadsheet would run as a formula
(starting with =, +, -, @, a tab or a carriage return) are written with a
leading ' (OWASP's advice).
"""
from __future__ import annotations

import argparse
import ctypes
import errno
import gc
import os
import re
import shutil
import signal
import stat
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

ARTICLE_COLUMNS = ["article", "title", "sentences", "words", "bytes", "sha256", "dropped_lines",
                   "file"]

# Tests set this environment variable to a step of the writing ("staged:N" after
# the N-th file, "swapped" after the swap) to have the process killed there.
KILL_AT = "SCRIPTS_ANALYZE_KILL_AT"


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


class OutputError(ValueError):
    """The output folder cannot be used; the message says why, on one line."""


def readable(text: str) -> str:
    """``text`` with the bytes of a file name that is not UTF-8 (which Python keeps as
    lone surrogates) shown as U+FFFD, so that it can be printed and written as UTF-8,
    and control characters (a line break) shown escaped (``\\n``)."""
    try:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    # a line break in a file name would break a one-line message in two
    return _CONTROL.sub(lambda m: repr(m.group(0))[1:-1], text)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


# characters no folder name gets: separators, controls, and what Windows forbids
_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
# a leading dot hides a folder (and "." and ".." are not folders of their own); a leading
# =, +, - or @ would be a formula in the article column and an option on a command line
_UNSAFE_START = re.compile(r"^[.=+@-]+")
_MAX_NAME_BYTES = 150


def folder_names(names: list[str]) -> list[str]:
    """A safe, distinct folder name for each article name, in order: readable,
    without separators or a leading dot, never empty; a name already taken (ignoring
    case, as some file systems do) gets -2, -3..."""
    result, taken = [], set()
    for name in names:
        safe = _UNSAFE_IN_NAMES.sub("_", readable(name)).strip()
        safe = _UNSAFE_START.sub(lambda m: "_" * len(m.group(0)), safe)
        while len(safe.encode("utf-8")) > _MAX_NAME_BYTES:
            safe = safe[:-1]
        safe = safe or "article"
        unique, n = safe, 1
        while unique.casefold() in taken:
            n += 1
            unique = f"{safe}-{n}"
        taken.add(unique.casefold())
        result.append(unique)
    return result


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_for_spreadsheets(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells that a spreadsheet would run as a formula
    (starting with =, +, -, @, a tab or a carriage return) begin with ``'``, as
    OWASP advises against CSV injection. Numbers and other cells are left alone."""
    escaped = frame.copy()
    for column in frame.columns:
        if pd.api.types.is_object_dtype(frame[column]) or pd.api.types.is_string_dtype(frame[column]):
            escaped[column] = frame[column].map(
                lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v)
    return escaped


def check_output_folder(out: str | Path) -> Path:
    """The absolute output folder, or :class:`OutputError` if it cannot be replaced by a
    set of tables: no name, not a folder, the root, or a folder holding other files."""
    if not str(out).strip():
        raise OutputError("--out is empty; name a folder for the tables")
    path = Path(out).resolve()
    if path.parent == path:
        raise OutputError(f"{path}: the root of the file system cannot be the output folder")
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path}: --out is a file, not a folder")
    if path.is_dir():
        foreign = [readable(p.name) for p in sorted(path.iterdir()) if not _is_table_file(p)]
        if foreign:
            raise OutputError(
                f"{readable(str(path))}: holds files that are not analysis tables "
                f"({', '.join(foreign[:3])}{', ...' if len(foreign) > 3 else ''}); the tables replace "
                "the folder's content, so give a new or empty folder")
    if Path.cwd().resolve() == path or path in Path.cwd().resolve().parents:
        raise OutputError(f"{path}: --out is the current folder or holds it; give another folder")
    return path


def _is_table_file(path: Path) -> bool:
    """What an earlier run wrote: a CSV, a folder of CSVs, or a staging folder left behind."""
    if path.is_symlink():
        return False
    if path.is_file():
        return path.suffix == ".csv"
    if path.is_dir():
        return path.name.startswith(".staging-") or all(
            p.is_file() and not p.is_symlink() and p.suffix == ".csv" for p in path.iterdir())
    return False


def write_tables(tables: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    """Write every table into ``out``, replacing its content as a whole (see :func:`_write_tree`)."""
    return _write_tree({Path("."): tables}, out)


def _write_tree(folders: dict[Path, dict[str, pd.DataFrame]], out: Path) -> list[Path]:
    """Write ``{sub-folder of out: tables}`` as the new content of ``out``: every file is
    written into a staging folder beside ``out``, which is then swapped with ``out`` in
    one rename, so that ``out`` holds the old set or the new set, never a mix."""
    out = check_output_folder(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(out)
    staging = Path(tempfile.mkdtemp(prefix=f"{_staging_prefix(out)}{os.getpid()}-", dir=out.parent))
    try:
        os.chmod(staging, 0o777 & ~_umask())       # mkdtemp makes it private; the tables are not
        written, count = [], 0
        for folder, tables in folders.items():
            (staging / folder).mkdir(exist_ok=True)
            for name, frame in tables.items():
                escape_for_spreadsheets(frame).to_csv(staging / folder / f"{name}.csv",
                                                      index=False, encoding="utf-8")
                written.append(out / folder / f"{name}.csv")
                count += 1
                _checkpoint(f"staged:{count}")
        _swap_in(staging, out)
        _checkpoint("swapped")
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)     # after the swap, the old set


def _umask() -> int:
    """The process's umask, read without changing it where Linux shows it (setting it
    to read it would, for a moment, change it for every thread)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def _staging_prefix(out: Path) -> str:
    return f".{out.name}.staging-"


def _checkpoint(step: str) -> None:
    if os.environ.get(KILL_AT) == step:
        os.kill(os.getpid(), signal.SIGKILL)


def _swap_in(staging: Path, out: Path) -> None:
    """Make ``staging`` the content of ``out``; afterwards ``staging`` holds the old content."""
    for _ in range(10):                        # another run may create or swap ``out`` meanwhile
        try:
            os.rename(staging, out)            # no ``out`` yet (or an empty one): one rename
            return
        except OSError as exc:
            if exc.errno not in (errno.EEXIST, errno.ENOTEMPTY):
                raise
        exchanged = _exchange(staging, out)
        if exchanged:
            return
        if exchanged is None:                  # the system cannot exchange two folders
            aside = Path(tempfile.mkdtemp(prefix=f"{_staging_prefix(out)}{os.getpid()}-",
                                          dir=out.parent))
            os.rename(out, aside / "old")      # ``out`` is missing, not mixed, until the next line
            os.rename(staging, out)
            os.rename(aside, staging)
            return
    raise OSError(errno.EBUSY, "other runs keep replacing the folder", str(out))


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool | None:
    """Swap two existing paths atomically (Linux renameat2 with RENAME_EXCHANGE): True when
    done, False when ``b`` vanished meanwhile, None when the system cannot do it."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return None
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err == errno.ENOENT:
        return False
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return None
    raise OSError(err, os.strerror(err), str(b))


def _remove_stale_staging(out: Path) -> None:
    """Remove the staging folders beside ``out`` of runs that died (their process is gone)."""
    prefix = _staging_prefix(out)
    for entry in os.scandir(out.parent):
        if not entry.name.startswith(prefix):
            continue
        pid = entry.name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(entry.path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:                    # alive, and someone else's
        return True
    return True


# --- many articles -----------------------------------------------------------

def article_files(inputs: list[Path]) -> tuple[list[Path], list[str]]:
    """The article files named by ``inputs`` (files, or folders of *.txt files, in
    name order), and one line per input that gives no article."""
    files, problems = [], []
    for path in inputs:
        if path.is_dir():
            found = sorted(path.glob("*.txt"))
            if not found:
                problems.append(f"{path}: no article (*.txt) in this folder")
            # a pipe or device named *.txt in a folder is said, and never opened
            problems.extend(readable(f"{p}: not a regular file") for p in found if not p.is_file())
            files.extend(p for p in found if p.is_file())
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
        return path, None, None, readable(str(exc))
    except OSError as exc:
        return path, None, None, readable(f"{path}: cannot be read ({exc.strerror or exc})")
    except Exception as exc:                               # a fault of ours on this text
        return path, None, None, readable(f"{path}: the analysis failed ({type(exc).__name__}: {exc})")


def _load_models() -> None:
    """Load every model and knowledge table once in this process (a worker's start)."""
    from scripts import actors, framing, nlp
    from scripts.knowledge import knowledge
    nlp.sentence_splitter(), nlp.tagger(), nlp.binary_chunker(), nlp.stopwords()
    knowledge(), actors._dictionary_words(), framing.load_codebook()
    # The models are kept for the whole process: left out of the garbage collector's full
    # scans (each walked the tagger's and chunker's millions of objects: 0.39 of 11.3 s on 30
    # copies of the seed, 0.06 s frozen), in this process and those forked from it.
    gc.freeze()


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
            "dropped_lines": len(article.dropped), "file": readable(str(article.path))}


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
    parser.add_argument("--out", required=True, metavar="DIR",
                        help="folder for the CSV tables (new, empty or holding only tables: "
                             "its content is replaced whole)")
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
    try:
        check_output_folder(args.out)
    except OutputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if len(args.inputs) == 1 and not args.inputs[0].is_dir():
        return _one_article(args.inputs[0], args.out, progress)
    return _many_articles(args.inputs, args.out, args.jobs, progress)


def _one_article(path: Path, out: Path, progress: bool = False) -> int:
    try:
        article = read_article(path)
        tables = tables_for(article, progress)
    except ArticleError as exc:
        print(f"error: {readable(str(exc))}", file=sys.stderr)
        return 2
    try:
        written = write_tables(tables, out)
    except OutputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {readable(str(out))}: cannot write the tables ({exc.strerror or exc})",
              file=sys.stderr)
        return 2
    print(readable(f"{article.path.name}: {len(article.sentences)} sentences; wrote "
                   + ", ".join(p.name for p in written) + f" to {out}"))
    return 0


def _many_articles(inputs: list[Path], out: Path, jobs: int, progress: bool) -> int:
    from tqdm import tqdm

    files, problems = article_files(inputs)
    for problem in problems:
        print(f"skipped: {problem}", file=sys.stderr)
    per_article: dict[str, dict[str, pd.DataFrame]] = {}
    results = []
    for path, summary, tables, problem in analyse_files(files, jobs, progress):
        if problem:
            tqdm.write(f"skipped: {problem}", file=sys.stderr)
            continue
        results.append((summary, tables))
    # an article is known by a safe folder name of its own: its file name, cleaned and
    # made distinct (two "report.txt" from two folders become report and report-2)
    summaries = []
    for name, (summary, tables) in zip(folder_names([s["article"] for s, _ in results]), results):
        per_article[name] = tables
        summaries.append({**summary, "article": name})
    skipped = len(files) - len(per_article) + len(problems)
    if not per_article:
        print(f"error: no article could be analysed ({skipped} input(s) skipped)", file=sys.stderr)
        return 2
    folders = {Path(name): tables for name, tables in per_article.items()}
    folders[Path(".")] = {"articles": pd.DataFrame(summaries, columns=ARTICLE_COLUMNS),
                          **combine(per_article)}
    try:
        _write_tree(folders, out)
    except OutputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {readable(str(out))}: cannot write the tables ({exc.strerror or exc})",
              file=sys.stderr)
        return 2
    print(f"analysed {len(per_article)} article(s)" + (f", skipped {skipped}" if skipped else "")
          + readable(f"; wrote each article's tables to {out}/<article>/ and the combined tables "
                     + ", ".join(f"{name}.csv" for name in folders[Path('.')]) + f" to {out}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
