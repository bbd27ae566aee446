"""Shared fixtures: the seed article and a way to write small test articles."""
from pathlib import Path

import pytest

from scripts.paths import primary_article
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
