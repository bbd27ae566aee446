"""Export the analysis tables of a news article as CSV.

    python -m scripts.analyze ARTICLE.txt --out DIR

writes one UTF-8 CSV per table (GUIDE §5) into DIR. Every input is read and
analysed before anything is written, and the files are moved into place only
when all of them are complete: bad input leaves DIR as it was.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
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


def tables_for(article: Article) -> dict[str, pd.DataFrame]:
    return {name: build(article) for name, build in TABLES.items()}


def write_tables(tables: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    """Write every table, atomically: into a temporary folder first, then moved."""
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    try:
        for name, frame in tables.items():
            frame.to_csv(staging / f"{name}.csv", index=False, encoding="utf-8")
        written = []
        for name in tables:
            target = out / f"{name}.csv"
            os.replace(staging / f"{name}.csv", target)
            written.append(target)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.analyze",
                                     description=__doc__.splitlines()[1])
    parser.add_argument("article", type=Path, help="a plain-text news article")
    parser.add_argument("--out", type=Path, required=True, help="folder for the CSV tables")
    args = parser.parse_args(argv)
    try:
        article = read_article(args.article)
        tables = tables_for(article)
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        written = write_tables(tables, args.out)
    except OSError as exc:
        print(f"error: {args.out}: cannot write the tables ({exc.strerror or exc})", file=sys.stderr)
        return 2
    print(f"{article.path.name}: {len(article.sentences)} sentences; wrote "
          + ", ".join(p.name for p in written) + f" to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
