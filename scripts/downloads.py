"""The analysis tables as files a reader can download, and what their columns mean."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from scripts.analyze import tables_for, write_tables
from scripts.paths import DATA, OUTPUT
from scripts.reader import Article

DICTIONARY = DATA / "data_dictionary.csv"


def data_dictionary() -> pd.DataFrame:
    """table, column, meaning: one row for every column of every exported table."""
    return pd.read_csv(DICTIONARY, dtype=str, keep_default_na=False)


def undescribed(tables: dict[str, pd.DataFrame]) -> list[tuple[str, str]]:
    """(table, column) pairs of ``tables`` that the data dictionary does not describe."""
    described = set(zip(data_dictionary().table, data_dictionary().column))
    return [(name, column) for name, frame in tables.items() for column in frame.columns
            if (name, column) not in described]


def write_downloads(article: Article, out: Path = OUTPUT) -> dict[str, tuple[Path, pd.DataFrame]]:
    """Write every table of the article as CSV into ``out``; table name -> (file, table)."""
    tables = tables_for(article)
    paths = write_tables(tables, out)
    return {name: (path, tables[name]) for name, path in zip(tables, paths)}


def download_entry(name: str, path: Path, frame: pd.DataFrame, root: Path) -> str:
    """The MyST line that offers one table for download: the file name is the link, so it is
    not written twice ("sentences.csv: 52 rows, 5 columns")."""
    def counted(n: int, noun: str) -> str:
        return f"{n:,} {noun}" + ("" if n == 1 else "s")
    return (f"(appendix-data-{name})=\n{{download}}`{name}.csv </{path.relative_to(root).as_posix()}>`: "
            f"{counted(len(frame), 'row')}, {counted(len(frame.columns), 'column')}.\n")
