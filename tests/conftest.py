"""Shared fixtures: the seed article, a way to write small test articles, and
the book built once per test session in a fresh copy of the project."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.paths import ROOT, primary_article
from scripts.reader import read_article

SEED = primary_article()


@pytest.fixture(scope="session")
def seed():
    return read_article(SEED)


@pytest.fixture
def write_article(tmp_path):
    """Write bytes or text to a file in a temporary folder and return its path."""
    def write(content, name="article.txt") -> Path:
        path = tmp_path / name
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path
    return write


# what a fresh clone holds that the build reads (chapter 3 reads its hand coding from tests/data)
SOURCES = ["book", "notebooks", "scripts", "seeds", "tests/data", "Makefile", "requirements.txt",
           "pyproject.toml"]


def project_copy(dest: Path) -> Path:
    """The project's sources in ``dest``; make is told to use this project's
    environment (see :func:`make`), so nothing is installed."""
    for name in SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, copy_function=shutil.copy2,
                            ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
        else:
            shutil.copy2(src, dest / name)
    return dest


# The environment running the tests builds the book (the project's .venv, or
# the one a worktree borrows).
VENV = Path(sys.prefix)


def make(directory: Path, target: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    return subprocess.run(["make", "--no-print-directory", target, f"VENV={VENV}"],
                          cwd=directory, env=env,
                          capture_output=True, text=True, timeout=1800)


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The HTML book built by ``make html`` in a fresh copy: (directory, result)."""
    directory = project_copy(tmp_path_factory.mktemp("book"))
    result = make(directory, "html")
    return directory, result
