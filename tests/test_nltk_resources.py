"""NLTK data: every resource the code uses is found; the downloader path
works from a local index as it would from NLTK's server."""
import hashlib
import shutil
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

import nltk
import pytest

from scripts import nltk_resources


def test_every_resource_is_present():
    assert nltk_resources.missing() == []
    nltk_resources.require()


def test_require_names_what_is_missing(monkeypatch):
    monkeypatch.setitem(nltk_resources.RESOURCES, "no_such_model", ("models/no_such_model/",))
    with pytest.raises(RuntimeError, match="no_such_model.*make nltk-data"):
        nltk_resources.require()


def test_downloader_fetches_a_missing_resource_from_an_index(tmp_path, monkeypatch):
    """Serve the stopwords package from a local index, as NLTK's server would,
    and check that provisioning downloads exactly what is missing."""
    source = Path(str(nltk.data.find("corpora/stopwords.zip")).rstrip("/"))
    packages = tmp_path / "server" / "packages" / "corpora"
    packages.mkdir(parents=True)
    shutil.copy(source, packages / "stopwords.zip")
    index = tmp_path / "server" / "index.xml"
    root = ET.Element("nltk_data")
    pkgs = ET.SubElement(root, "packages")
    data = source.read_bytes()
    with zipfile.ZipFile(source) as archive:
        unzipped = sum(info.file_size for info in archive.infolist())
    ET.SubElement(pkgs, "package", id="stopwords", name="Stopwords Corpus", subdir="corpora",
                  url=(packages / "stopwords.zip").as_uri(), size=str(len(data)),
                  unzipped_size=str(unzipped), unzip="1",
                  checksum=hashlib.md5(data).hexdigest(), sha256=hashlib.sha256(data).hexdigest())
    ET.SubElement(root, "collections")
    ET.ElementTree(root).write(index)

    target = tmp_path / "nltk_data"
    # NLTK only opens local files under its data path: the mirror lives there
    monkeypatch.setattr(nltk.data, "path", [*nltk.data.path, str(tmp_path)])
    monkeypatch.setattr(nltk_resources, "missing",
                        lambda: [] if (target / "corpora" / "stopwords").exists() else ["stopwords"])
    fetched = nltk_resources.provision(download_dir=target, server_index_url=index.as_uri())
    assert fetched == ["stopwords"]
    assert (target / "corpora" / "stopwords" / "english").exists()


def test_every_corpus_the_package_reads_is_provisioned():
    """A corpus read in the code but missing from RESOURCES works only where
    someone installed it by hand: provisioning must list it."""
    import re

    from scripts.paths import ROOT

    used = {name for path in (ROOT / "scripts").glob("*.py")
            for name in re.findall(r"nltk\.corpus\.(\w+)", path.read_text())}
    assert used and used <= set(nltk_resources.RESOURCES)
