"""Every path the project uses, in one place.

Inputs (``seeds/``, the package's ``data/``) are read-only; everything derived
goes under ``_build/``, which git ignores.
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
BUILD = ROOT / "_build"
OUTPUT = BUILD / "data"          # CSV tables written for the book's downloads
NLTK_LOCAL = ROOT / ".nltk_data"  # where NLTK data is downloaded when not found elsewhere


def seed_articles() -> list[Path]:
    """The articles in ``seeds/``, in file-name order; the first is the report's subject."""
    return sorted(SEEDS.glob("*.txt"))


def primary_article() -> Path:
    articles = seed_articles()
    if not articles:
        raise FileNotFoundError(f"no article (*.txt) in {SEEDS}")
    return articles[0]
